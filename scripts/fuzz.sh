#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Kindred contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the libFuzzer targets of tests/fuzz with clang, AddressSanitizer and
# UBSan in build-fuzz/ (installing clang and its runtime when missing), then
# runs each for a while. Usage:
#   scripts/fuzz.sh [SECONDS_PER_TARGET (default 600)] [TARGET...]   targets: openstore csvwriter csvreader import
# New interesting inputs go to build-fuzz/corpus/TARGET; a failing input is
# saved in build-fuzz/crashes/TARGET/. Keep it as a regression test: fix the
# bug, then copy the input to tests/fuzz/regressions/TARGET/ under a name
# that says what it broke; CTest replays that folder in every build.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(openstore csvwriter csvreader import)

scripts/setup.sh
missing=()
for p in clang libclang-rt-14-dev; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [[ ${#missing[@]} -gt 0 ]]; then
    sudo=""
    [[ $(id -u) -eq 0 ]] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_COMPILER=clang++ -DKINDRED_FUZZ=ON
cmake --build build-fuzz -j2 --target "${targets[@]/#/fuzz_}"

export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
status=0
for t in "${targets[@]}"; do
    mkdir -p "build-fuzz/corpus/$t" "build-fuzz/crashes/$t"
    echo "fuzz: $t for ${seconds}s"
    build-fuzz/tests/fuzz/"fuzz_$t" -max_total_time="$seconds" -timeout=30 -print_final_stats=1 \
        -artifact_prefix="build-fuzz/crashes/$t/" "build-fuzz/corpus/$t" "tests/fuzz/corpus/$t" || status=$?
done
exit "$status"
