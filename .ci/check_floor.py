#!/usr/bin/env python3
"""Fail when a score.py --json result falls below the floors in floor.json, or has invalid codes."""
import json
import sys

score = json.load(open(sys.argv[1]))
floor = json.load(open(sys.argv[2]))
bad = [f"{k} {score.get(k)} < {v}" for k, v in floor.items() if (score.get(k) or 0) < v]
for k in ("invalid_codes", "unreadable_lines", "events_for_unknown_articles"):
    if score.get(k):
        bad.append(f"{k} = {score[k]}")
if bad:
    print("below the quality floor: " + "; ".join(bad), file=sys.stderr)
    sys.exit(1)
print("quality floor met: " + ", ".join(f"{k} {score[k]}" for k in floor))
