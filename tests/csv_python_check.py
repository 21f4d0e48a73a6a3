#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Kindred contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads Kindred's CSV output with Python's csv module, an independent reader.

Usage: csv_python_check.py CSVFIXTURE. Runs the fixture program into a
temporary folder, then checks every file it wrote against expected.json:
the byte order mark, CRLF record ends and every cell.
"""
import csv
import json
import os
import subprocess
import sys
import tempfile

CODECS = {"utf-8-bom": "utf-8-sig", "utf-8": "utf-8", "cp932": "cp932"}


def check(folder, entry):
    path = os.path.join(folder, entry["file"])
    with open(path, "rb") as f:
        raw = f.read()
    problems = []
    has_bom = raw.startswith(b"\xef\xbb\xbf")
    if has_bom != (entry["encoding"] == "utf-8-bom"):
        problems.append("byte order mark present: %s" % has_bom)
    if not raw.endswith(b"\r\n"):
        problems.append("last record does not end with CRLF")
    # strict: a byte the codec cannot decode fails the test
    with open(path, newline="", encoding=CODECS[entry["encoding"]], errors="strict") as f:
        rows = list(csv.reader(f, delimiter=entry["delimiter"], strict=True))
    if rows != entry["rows"]:
        for i, (got, want) in enumerate(zip(rows, entry["rows"])):
            if got != want:
                problems.append("row %d: got %r, expected %r" % (i + 1, got, want))
        if len(rows) != len(entry["rows"]):
            problems.append("%d rows, expected %d" % (len(rows), len(entry["rows"])))
    return problems


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([sys.argv[1], folder], check=True)
        with open(os.path.join(folder, "expected.json"), encoding="utf-8") as f:
            expected = json.load(f)
        failed = 0
        for entry in expected:
            problems = check(folder, entry)
            status = "FAIL" if problems else "ok"
            print("%s %s (%d rows)" % (status, entry["file"], len(entry["rows"])))
            for p in problems:
                print("    " + p)
            failed += bool(problems)
        print("%d of %d files read back as written" % (len(expected) - failed, len(expected)))
        return 1 if failed or not expected else 0


if __name__ == "__main__":
    sys.exit(main())
