#!/usr/bin/env python3
"""Resolve git merge conflicts in the two resource files: keep every key from both sides, re-sort.

Both sides only ever add keys (tools/i18n/strings.py keeps the files sorted), so a conflict is two lists of additions
next to each other; where both sides changed the same key, the incoming side ("theirs") wins.
"""
import re, sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
import strings  # noqa: E402

for path in strings.FILES.values():
    text = path.read_text(encoding="utf-8")
    if "<<<<<<<" not in text:
        continue
    text = re.sub(r"^(<<<<<<<|=======|>>>>>>>).*\n", "", text, flags=re.M)
    path.write_text(text, encoding="utf-8")
    strings.save(path, strings.load(path))
    print("resolved", path)
