#!/usr/bin/env python3
"""Prints one closing line, 'N passed, N failed, N skipped', over meson's JSON test logs.

Each entry is one test program (a GTest binary with its own TAP subtests). Exits non-zero
when anything failed or nothing ran."""
import json
import sys

passed = failed = skipped = 0
for path in sys.argv[1:]:
    try:
        with open(path, encoding="utf-8") as log:
            for line in log:
                entry = json.loads(line)
                result = entry.get("result")
                if result in ("OK", "EXPECTEDFAIL"):
                    passed += 1
                elif result == "SKIP":
                    skipped += 1
                else:
                    failed += 1
    except FileNotFoundError:
        continue
print(f"{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed or passed == 0 else 0)
