#!/usr/bin/env python3
"""Build seed-data/catalog/*.json from the authoring modules in tools/catalog.

Usage: python3 tools/catalog/build.py   (then python3 tools/catalog/check.py)
The department modules live in tools/catalog/depts/<dept>.py and each defines ITEMS.
"""
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "seed-data", "catalog")

import common  # noqa: E402
from lib import t  # noqa: E402


def dump(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main():
    depts = [{"code": c, "name": t(zh, en), "window": w, "order": o}
             for c, zh, en, w, o, _ in common.DEPARTMENTS]
    dump(os.path.join(OUT, "departments.json"), {"departments": depts})
    dump(os.path.join(OUT, "templates.json"), {"templates": common.TEMPLATES})
    written = []
    for c, *_ in common.DEPARTMENTS:
        if not os.path.exists(os.path.join(HERE, "depts", c + ".py")):
            continue
        mod = importlib.import_module("depts." + c)
        dump(os.path.join(OUT, "items", c + ".json"), {"items": mod.ITEMS})
        written.append((c, len(mod.ITEMS)))
    if os.path.exists(os.path.join(HERE, "bundles.py")):
        import bundles
        dump(os.path.join(OUT, "bundles.json"), {"bundles": bundles.BUNDLES})
    print("built:", ", ".join(f"{c}={n}" for c, n in written))


if __name__ == "__main__":
    main()
