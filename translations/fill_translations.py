#!/usr/bin/env python3
"""Reports and fills the untranslated messages of translations/schooldx_en.ts.

    python3 translations/fill_translations.py                      # report what is untranslated
    python3 translations/fill_translations.py --template new.json  # write untranslated sources to fill in
    python3 translations/fill_translations.py --apply new.json     # put the filled translations in the .ts

The dictionary is a JSON object. A key is a source text, or "context|source text" when one
context needs another wording; the value is the English text, or for a %n message a list
[singular, plural]. Only messages that are still unfinished are filled (--overwrite replaces
finished ones too, to correct a wording everywhere), and a translation
that drops a placeholder (%1 … %9, %n) or the '&' accelerator of its source is refused.
Linguist (`linguist translations/schooldx_en.ts`) edits the same file; either way, finish with
`make translations` (normalises the file) and the tests of tests/i18n.
"""
import argparse
import json
import pathlib
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_TS = ROOT / "translations" / "schooldx_en.ts"
PLACEHOLDER = re.compile(r"%(?:[1-9]|n)")
# "&Tệp", "T&rợ giúp": an ampersand before a letter; not "&&", an entity like "&nbsp;",
# nor one between capitals as in "GD&ĐT".
AMPERSAND = re.compile(r"(?<!&)&(?!&)(?!\w+;)(?=\w)")


def has_accelerator(text):
    for match in AMPERSAND.finditer(text):
        before = text[match.start() - 1] if match.start() > 0 else ""
        after = text[match.end()]
        if not (before.isupper() and after.isupper()):
            return True
    return False


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)))


def problems(source, translation):
    """Why `translation` cannot stand for `source` (empty list when it can)."""
    texts = translation if isinstance(translation, list) else [translation]
    found = []
    for text in texts:
        if not text.strip():
            found.append("empty translation")
            continue
        missing = [p for p in placeholders(source) if p not in text]
        if missing:
            found.append("missing " + " ".join(missing))
        if has_accelerator(source) != has_accelerator(text):
            found.append("accelerator '&' differs")
    return found


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def unfinished(message):
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished",):
        return True
    if message.get("numerus") == "yes":
        return any(not (form.text or "").strip() for form in translation.iter("numerusform"))
    return not (translation.text or "").strip()


def lookup(dictionary, context, source):
    return dictionary.get(context + "|" + source, dictionary.get(source))


def fill(message, value):
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        forms = value if isinstance(value, list) else [value, value]
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = value


def save(tree, path):
    tree.write(path, encoding="utf-8", xml_declaration=True)
    text = path.read_text("utf-8").replace("<?xml version='1.0' encoding='utf-8'?>",
                                           '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    path.write_text(text, "utf-8")
    # lconvert writes the file back in Qt's own layout, so diffs stay small.
    lconvert = pathlib.Path(args.lupdate).with_name("lconvert") if args.lupdate else None
    if lconvert and lconvert.exists():
        subprocess.run([str(lconvert), "-locations", "relative", "-i", str(path), "-o", str(path)], check=True)


def main():
    tree = ET.parse(args.ts)
    if args.apply:
        dictionary = json.loads(pathlib.Path(args.apply).read_text("utf-8"))
        filled, refused = 0, []
        for context, message in messages(tree):
            source = message.findtext("source")
            value = lookup(dictionary, context, source)
            if value is None or not (args.overwrite or unfinished(message)):
                continue
            why = problems(source, value)
            if why:
                refused.append("%s | %s: %s" % (context, source, ", ".join(why)))
                continue
            fill(message, value)
            filled += 1
        save(tree, pathlib.Path(args.ts))
        print("filled %d message(s)" % filled)
        for line in refused:
            print("refused:", line, file=sys.stderr)
    left = [(context, message) for context, message in messages(tree) if unfinished(message)]
    if args.template:
        template = {}
        for context, message in left:
            source = message.findtext("source")
            template[source] = ["", ""] if message.get("numerus") == "yes" else ""
        pathlib.Path(args.template).write_text(json.dumps(template, ensure_ascii=False, indent=1) + "\n", "utf-8")
        print("wrote %d untranslated source(s) to %s" % (len(template), args.template))
    total = sum(1 for _ in messages(tree))
    print("%d of %d message(s) untranslated" % (len(left), total))
    if args.verbose:
        for context, message in left:
            print("  %s | %s" % (context, message.findtext("source")))
    return 1 if left else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ts", default=str(DEFAULT_TS))
    parser.add_argument("--apply", metavar="DICT.json")
    parser.add_argument("--overwrite", action="store_true",
                        help="with --apply: also replace translations that are already finished")
    parser.add_argument("--template", metavar="OUT.json")
    parser.add_argument("--verbose", action="store_true", help="list every untranslated message")
    parser.add_argument("--lupdate", default="/usr/lib/qt6/bin/lupdate",
                        help="Qt's lupdate; lconvert beside it normalises the file")
    args = parser.parse_args()
    sys.exit(main())
