#!/usr/bin/env bash
# Configures (once) and builds Pipewright in build/. Shared by run.sh and test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
build_type=${PIPEWRIGHT_BUILD_TYPE:-RelWithDebInfo}
if [[ ! -f build/build.ninja ]]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="$build_type"
fi
# AUTOMOC in an existing build tree can miss headers that a pull added to a globbed
# folder (undefined vtable/signal at link time). When the set of headers changed,
# make every target's autogen step rescan.
headers=$(find widgets app tests -name '*.h' | sort | md5sum | cut -d' ' -f1)
if [[ -f build/.headers.md5 && "$(cat build/.headers.md5)" != "$headers" ]]; then
  find build -path '*_autogen*' -name timestamp -delete
fi
cmake --build build --parallel "$(nproc)"
echo "$headers" > build/.headers.md5
