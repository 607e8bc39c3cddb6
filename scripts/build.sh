#!/usr/bin/env bash
# Configures (once) and builds Pipewright in build/. Shared by run.sh and test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
build_type=${PIPEWRIGHT_BUILD_TYPE:-RelWithDebInfo}
if [[ ! -f build/build.ninja ]]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="$build_type"
fi
cmake --build build --parallel "$(nproc)"
