#!/usr/bin/env python3
"""Add or update UI strings in both resource files at once.

    tools/i18n/strings.py set KEY "中文" "English" [KEY "中文" "English" ...]
    tools/i18n/strings.py missing      # keys used in code (L["..."]) that a resource file lacks

SharedResource.resx holds zh-CN (the default culture); SharedResource.en.resx holds en-US.
"""
import html, pathlib, re, sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
RES = ROOT / "ClerkStation" / "Resources"
FILES = {"zh": RES / "SharedResource.resx", "en": RES / "SharedResource.en.resx"}
HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""
ENTRY = re.compile(r'<data name="([^"]+)" xml:space="preserve">\s*<value>(.*?)</value>\s*</data>', re.S)


def load(path):
    if not path.exists():
        return {}
    return {k: html.unescape(v) for k, v in ENTRY.findall(path.read_text(encoding="utf-8"))}


def save(path, entries):
    out = [HEADER]
    for key in sorted(entries):
        out.append(f'  <data name="{html.escape(key)}" xml:space="preserve"><value>{html.escape(entries[key], quote=False)}</value></data>\n')
    out.append("</root>\n")
    path.write_text("".join(out), encoding="utf-8")


def main(argv):
    if len(argv) >= 4 and argv[0] == "set" and (len(argv) - 1) % 3 == 0:
        zh, en = load(FILES["zh"]), load(FILES["en"])
        for i in range(1, len(argv), 3):
            key, z, e = argv[i:i + 3]
            zh[key], en[key] = z, e
        save(FILES["zh"], zh)
        save(FILES["en"], en)
        return 0
    if argv == ["missing"]:
        used = set()
        for f in (ROOT / "ClerkStation").rglob("*"):
            if f.suffix in (".razor", ".cs") and "obj" not in f.parts and "bin" not in f.parts:
                used |= set(re.findall(r'\bL\["([A-Za-z0-9_.]+)"', f.read_text(encoding="utf-8")))
        zh, en = load(FILES["zh"]), load(FILES["en"])
        for key in sorted(used):
            if key not in zh or key not in en:
                print(key)
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
