#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Kindred contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is needed, builds Kindred and starts it. On the first start it
# opens a demo store in the application data folder.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j2
if [[ $# -eq 0 ]]; then set -- --demo; fi
exec build/app/kindred "$@"
