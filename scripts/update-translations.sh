#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Kindred contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Refreshes resources/translations/*.ts from the sources: new strings are added
# unfinished, strings no longer in the code are dropped, translations of the
# others are kept. Then open the .ts in Qt Linguist (or an editor), translate
# what is marked type="unfinished", and rebuild.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=/usr/lib/qt6/bin/lupdate
[[ -x $lupdate ]] || lupdate=$(command -v lupdate6 || command -v lupdate)
# No line numbers: they change with every edit and would only add noise to diffs.
"$lupdate" -locations none -no-obsolete -extensions cpp,h core ui app \
    -ts resources/translations/kindred_ja.ts "$@"
# English needs only its plural forms.
"$lupdate" -locations none -no-obsolete -pluralonly -extensions cpp,h core ui app \
    -ts resources/translations/kindred_en.ts "$@"
grep -Hc 'type="unfinished"' resources/translations/kindred_*.ts |
    sed 's/:/: unfinished: /' || true
