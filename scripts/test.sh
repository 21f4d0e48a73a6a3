#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Kindred contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is needed, builds Kindred and runs every test headless.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j2
export QT_QPA_PLATFORM=offscreen
XDG_RUNTIME_DIR=$(mktemp -d)
export XDG_RUNTIME_DIR
cd build
status=0
ctest --output-on-failure -j2 || status=$?
# CTest shows no output of skipped tests: say why the PostgreSQL half did not run.
[[ -f tests/pgserver/skipped ]] && cat tests/pgserver/skipped
exit $status
