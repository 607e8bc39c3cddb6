#!/usr/bin/env bash
# Runs the real designer window under Xvfb with an example open, saves a PNG of
# it and checks the image: the window's size and not blank.
# usage: screenshot_test.sh PIPEWRIGHT EXAMPLE OUTPUT.png CHECKER
set -euo pipefail
exe=$1 example=$2 out=$3 checker=$4
rm -f "$out"
# A private settings/recovery location so the run neither reads nor leaves user state.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM
report=$(xvfb-run -a -s "-screen 0 1600x1000x24" "$exe" --screenshot "$out" "$example")
echo "$report"
# "saved PATH (WxH)": the window's size in device pixels when it grabbed itself.
size=$(sed -n 's/.*(\([0-9]*x[0-9]*\)).*/\1/p' <<<"$report")
QT_QPA_PLATFORM=offscreen "$checker" "$out" "$size"
