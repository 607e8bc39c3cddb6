#!/usr/bin/env bash
# The designer started exactly as ./run.sh starts it (`pipewright --sandbox EXAMPLE`)
# on Xvfb, in a fresh home (a new installation). PIPEWRIGHT_GRAB makes it grab the
# screen after 2.5 s, print a "view: ..." line and exit; this script checks that line:
# the whole pipeline inside the viewport at a readable zoom, no machine path in the
# status bar, the first window 80 % of the screen.
# usage: start_path_test.sh PIPEWRIGHT SOURCE_DIR OUTPUT.png CHECKER
set -euo pipefail
exe=$1 source_dir=$2 out=$3 checker=$4
rm -f "$out"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM
cd "$source_dir"
report=$(PIPEWRIGHT_GRAB="$out" xvfb-run -a -s "-screen 0 1920x1080x24" \
         "$exe" --sandbox resources/examples/iot-temperature-alerts.pipeline.json)
echo "$report"
view=$(grep '^view:' <<<"$report")
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$view"; }
fail() { echo "FAIL: $*" >&2; exit 1; }
[[ $(field window) == 1536x864 ]] || fail "first window is $(field window), expected 80 % of 1920x1080"
[[ $(field welcome) == 0 ]] || fail "the welcome page shows instead of the file"
nodes=$(field nodes) inside=$(field inside)
(( nodes > 0 && inside == nodes )) || fail "$inside of $nodes nodes inside the viewport"
zoom=$(field zoom)
awk -v z="$zoom" 'BEGIN { exit !(z >= 0.6 && z <= 1.0) }' || fail "zoom $zoom is not readable (0.6 .. 1.0)"
grep -q 'message="Opened iot-temperature-alerts.pipeline.json"' <<<"$view" || fail "status bar: $view"
! grep -qF "$source_dir" <<<"$view" || fail "a machine path in the status bar: $view"
size=$(sed -n 's/^saved .*(\([0-9]*x[0-9]*\)).*/\1/p' <<<"$report")
[[ $size == 1536x864 ]] || fail "grabbed $size"
QT_QPA_PLATFORM=offscreen "$checker" "$out" "$size"
echo "start path OK: zoom $zoom, $inside/$nodes nodes visible"
