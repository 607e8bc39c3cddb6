#!/usr/bin/env bash
# Installs what is missing, builds, and starts the designer on the embedded sandbox
# cluster with an example pipeline open. See README.md.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-deps.sh
scripts/build.sh
example=resources/examples/iot-temperature-alerts.pipeline.json
if [[ -x build/app/pipewright && ( -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" || -n "${QT_QPA_PLATFORM:-}" ) ]]; then
  exec build/app/pipewright --sandbox "$example" "$@"
fi
echo "No display found: validating the example with the CLI instead."
exec build/app/pipewright-cli validate "$example"
