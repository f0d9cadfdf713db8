#!/usr/bin/env python3
"""Fills the English catalogue after `cmake --build <dir> --target update_translations`.

Source strings are English, so every new message of juesuan_en.ts gets its
source as translation; plural messages ("%n report(s)") get a singular and a
plural form. Existing translations are kept. The Chinese catalogue is
translated by hand (Qt Linguist or an editor): this script only reports the
messages still unfinished there, and exits 1 when there are any.
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent


def plural_forms(source):
    singular = source.replace("(s)", "")
    plural = re.sub(r"(\w+)\(s\)", lambda match: match.group(1) + "s", source)
    return [singular, plural]


def write(tree, path):
    tree.write(path, encoding="utf-8", xml_declaration=True)
    text = path.read_text(encoding="utf-8")
    text = text.replace("<?xml version='1.0' encoding='utf-8'?>",
                        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    path.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")


def complete_english(path):
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation.get("type") != "unfinished":
            continue
        source = message.find("source").text or ""
        for child in list(translation):
            translation.remove(child)
        del translation.attrib["type"]
        if message.get("numerus") == "yes":
            translation.text = None
            for form in plural_forms(source):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = source
        filled += 1
    write(tree, path)
    return filled


def unfinished(path):
    tree = ET.parse(path)
    result = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            if message.find("translation").get("type") == "unfinished":
                result.append((context.find("name").text, message.find("source").text))
    return result


def main():
    print(f"juesuan_en.ts: {complete_english(HERE / 'juesuan_en.ts')} messages filled")
    missing = unfinished(HERE / "juesuan_zh_CN.ts")
    for context, source in missing:
        print(f"juesuan_zh_CN.ts: unfinished in {context}: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
