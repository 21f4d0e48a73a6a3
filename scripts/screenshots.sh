#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Kindred contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Regenerates the pictures in docs/: every view of Kindred on the demo store
# (500 customers, seed 1), in English (docs/VIEW.png) and Japanese
# (docs/ja/VIEW.png), each under its own private Xvfb display with fresh
# settings. Usage: scripts/screenshots.sh [BUILD_DIR (default build)]
# Installs Xvfb, xdotool and ImageMagick from Debian's packages when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
screen=1920x1200 # room for the window at its default size and its docks
wait=4

need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
[[ -x /usr/bin/import ]] || need+=(imagemagick)
if [[ ${#need[@]} -gt 0 ]]; then
    sudo=""
    [[ $(id -u) -eq 0 ]] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
[[ -x $build/app/kindred && -x $build/app/kindred-cli ]] || {
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cmake --build "$build" -j2 --target kindred kindred-cli
}

work=$(mktemp -d)
xvfb="" app=""
cleanup() {
    [[ -n $app ]] && kill "$app" 2>/dev/null
    [[ -n $xvfb ]] && kill "$xvfb" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

store=$work/demo.kindred
"$build/app/kindred-cli" --db "$store" demo --customers 500 --seed 1 >/dev/null

# shot LANG VIEW OUT.png
shot() {
    local display=:$((90 + RANDOM % 400))
    Xvfb "$display" -screen 0 "${screen}x24" -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    sleep 1
    # Fresh settings for each picture: no saved geometry, no recent stores.
    local home=$work/home-$1-$2
    mkdir -p "$home/runtime" && chmod 700 "$home/runtime"
    env -u QT_QPA_PLATFORM DISPLAY="$display" LANG="$1" LC_ALL="$1" LANGUAGE="" \
        XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/runtime" \
        "$build/app/kindred" --view "$2" "$store" >"$work/app.log" 2>&1 &
    app=$!
    sleep "$wait"
    kill -0 "$app" 2>/dev/null || { echo "screenshots: kindred exited early:" >&2; cat "$work/app.log" >&2; exit 1; }
    # The main window alone; there is no window manager, so no frame.
    local window
    window=$(DISPLAY=$display xdotool search --onlyvisible --name 'Kindred' | head -1)
    DISPLAY=$display /usr/bin/import -window "$window" "$3"
    kill "$app" "$xvfb" 2>/dev/null
    wait "$app" "$xvfb" 2>/dev/null || true
    app="" xvfb=""
    echo "saved $3"
}

mkdir -p docs/ja
for view in customers matrix funnel pareto; do
    shot en_US.UTF-8 "$view" "docs/$view.png"
    shot ja_JP.UTF-8 "$view" "docs/ja/$view.png"
done
