#!/usr/bin/env python3
"""Fills translations/pipewright_<lang>.ts from translation tables.

usage: fill_translations.py TABLE.py [TABLE.py ...]
Each table defines T = {source_text: (de, fr, ja, zh_CN)}; a numerus entry gives
(singular, plural) for de and fr. Entries are marked finished. Checks that every
%1..%9 / %n placeholder of the source is kept and that an accelerator (&) stays.
Run the update_translations target afterwards: lupdate normalises the layout.
"""
import re
import runpy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

LANGS = ["de", "fr", "ja", "zh_CN"]
ROOT = Path(__file__).resolve().parent.parent

def placeholders(text):
    return sorted(set(re.findall(r"%(?:\d|n)", text)))

def has_accel(text):
    return bool(re.search(r"&(?!&)\S", text.replace("&&", "")))

def main(tables):
    table = {}
    for t in tables:
        table.update(runpy.run_path(t)["T"])
    problems = []
    for i, lang in enumerate(LANGS):
        path = ROOT / "translations" / f"pipewright_{lang}.ts"
        tree = ET.parse(path)
        missing = 0
        for message in tree.getroot().iter("message"):
            source = message.find("source").text or ""
            tr = message.find("translation")
            entry = table.get(source)
            if entry is None:
                missing += 1
                continue
            value = entry[i]
            forms = list(value) if isinstance(value, (tuple, list)) else [value]
            for f in forms:
                if placeholders(f) != placeholders(source) and not (message.get("numerus") == "yes" and placeholders(f) + ["%n"] == placeholders(source)):
                    problems.append(f"{lang}: placeholders differ: {source!r} -> {f!r}")
                if has_accel(source) != has_accel(f):
                    problems.append(f"{lang}: accelerator differs: {source!r} -> {f!r}")
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            tr.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                count = 2 if lang in ("de", "fr") else 1
                forms = (forms * 2)[:count] if len(forms) < count else forms[:count]
                for f in forms:
                    ET.SubElement(tr, "numerusform").text = f
            else:
                tr.text = forms[0]
        tree.write(path, encoding="utf-8", xml_declaration=True)
        print(f"{lang}: {missing} messages without a translation in the tables")
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
