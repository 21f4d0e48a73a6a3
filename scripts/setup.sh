#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Kindred contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the Debian 12 packages that Kindred needs to build, run and test.
# Safe to run more than once; uses sudo when not run as root.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libgl-dev
    qt6-svg-dev libqt6svg6
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqcustomplot-dev
    fonts-noto-cjk fonts-vlgothic
    poppler-utils
    sqlite3 libsqlite3-dev python3 time tzdata
    libzip-dev
    libxlsxwriter-dev python3-openpyxl
    postgresql libqt6sql6-psql
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [[ ${#missing[@]} -eq 0 ]]; then
    echo "setup: all packages present"
    exit 0
fi

sudo=""
[[ $(id -u) -eq 0 ]] || sudo=sudo
echo "setup: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
