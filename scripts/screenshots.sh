#!/usr/bin/env bash
# Regenerates the README's screenshots from the real start path: the designer is
# started exactly as ./run.sh starts it (`build/app/pipewright --sandbox FILE`) on
# an Xvfb screen of 1920x1080, in a fresh home (a first start), and grabs its
# window from the screen after 2.5 s (PIPEWRIGHT_GRAB, see app/designer/designerstartup.h).
#   docs/screenshot.png           the IoT example, its range check selected (English)
#   docs/screenshot-<lang>.png    the same in de, fr, ja, zh_CN
#   docs/welcome.png              `pipewright --sandbox` without a file: the start page
#   docs/tests-dock[-<lang>].png  the Tests dock on a copy of the IoT example whose alert
#                                 threshold was edited: one case fails (its diff shown), the others pass
# usage: scripts/screenshots.sh [BUILD_DIR]     (needs xvfb-run; scripts/install-deps.sh installs it)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
exe=$build/app/pipewright
[[ -x $exe ]] || { echo "no $exe: build first (scripts/build.sh)" >&2; exit 1; }
example=resources/examples/iot-temperature-alerts.pipeline.json

grab() { # OUTPUT LANGUAGE SELECT ARGS...   (GRAB_DOCK=OBJECT_NAME raises a dock)
  local out=$1 lang=$2 select=$3
  shift 3
  local home
  home=$(mktemp -d)
  mkdir -p "$home/run" && chmod 700 "$home/run"
  # A fresh home: no saved window geometry, no recent files, no recovery copies.
  env -u QT_QPA_PLATFORM HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
      XDG_RUNTIME_DIR="$home/run" PIPEWRIGHT_LANGUAGE="$lang" PIPEWRIGHT_GRAB="$PWD/$out" \
      PIPEWRIGHT_GRAB_SELECT="$select" PIPEWRIGHT_GRAB_DOCK="${GRAB_DOCK:-}" \
      xvfb-run -a -s "-screen 0 1920x1080x24" "$exe" "$@" | sed "s|^|$out: |"
  rm -rf "$home"
}

grab docs/screenshot.png en check-range --sandbox "$example"
for lang in de fr ja zh_CN; do
  grab "docs/screenshot-$lang.png" "$lang" check-range --sandbox "$example"
done
grab docs/welcome.png en "" --sandbox

# The Tests dock with a failing and passing cases: the IoT example with its lower alert
# threshold lowered from 40 to 30, so the boundary case's 32 no longer raises an alert.
broken=$(mktemp -d)
cp resources/examples/iot-temperature-alerts.tests.json "$broken/"
sed 's/temperature > 100 OR temperature < 40/temperature > 100 OR temperature < 30/' \
  resources/examples/iot-temperature-alerts.pipeline.json > "$broken/iot-temperature-alerts.pipeline.json"
GRAB_DOCK=TestsDock grab docs/tests-dock.png en "" --sandbox "$broken/iot-temperature-alerts.pipeline.json"
for lang in de fr ja zh_CN; do
  GRAB_DOCK=TestsDock grab "docs/tests-dock-$lang.png" "$lang" "" --sandbox "$broken/iot-temperature-alerts.pipeline.json"
done
rm -rf "$broken"
