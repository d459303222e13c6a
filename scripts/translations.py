"""The window's translations: .ts files kept in the repository, .qm files built from them.

    python scripts/translations.py update [--fill id=id.json --fill ar=ar.json]
        pyside6-lupdate over booth_app/ui into resources/translations/booth_<lang>.ts
        (new texts added, texts gone dropped); with --fill, every text found in the JSON
        map {English source: translation} gets that translation, marked finished.
    python scripts/translations.py build
        pyside6-lrelease: resources/translations/booth_<lang>.ts -> booth_<lang>.qm
        (setup.sh and the PyInstaller build run this; .qm files are not committed).
    python scripts/translations.py check
        lupdate into a temporary folder and list every text of the window that has no
        finished translation in the committed .ts files; exit 1 when there is one.

A plural message (source with %n) takes a string (every form) or a list of forms.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "booth_app" / "ui"
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("en", "id", "ar")
# English is the source language: its file holds only the plural forms ("1 visitor").
PLURAL_ONLY = ("en",)
PLACEHOLDER = re.compile(r"\{\d*(?::[^}]*)?\}|%n")


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python (the venv), else on PATH."""
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    found = shutil.which(name)
    if found is None:
        sys.exit(f"translations: {name} not found (pip install PySide6)")
    return found


def ts_path(lang: str, folder: Path = FOLDER) -> Path:
    return folder / f"booth_{lang}.ts"


def lupdate(ts: Path, lang: str) -> None:
    """lupdate over the window's package; locations relative to the .ts file."""
    only = ["-pluralonly"] if lang in PLURAL_ONLY else []
    subprocess.run([tool("pyside6-lupdate"), "-silent", "-extensions", "py", "-no-obsolete",
                    "-locations", "relative", "-target-language", lang, *only, str(SOURCES),
                    "-ts", str(ts)], check=True, cwd=ROOT)


def messages(ts: Path) -> list[tuple[str, ET.Element]]:
    """(context, <message>) for every message of a .ts file."""
    root = ET.parse(ts).getroot()
    return [(context.findtext("name") or "", message)
            for context in root.iter("context") for message in context.iter("message")]


def finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = translation.findall("numerusform")
    texts = [f.text for f in forms] if forms else [translation.text]
    return all(text and text.strip() for text in texts)


def load_map(path: Path) -> dict[str, str | list[str]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        sys.exit(f"translations: {path} is not a JSON object {{source: translation}}")
    bad = [key for key, value in data.items()
           if not (isinstance(value, str) or (isinstance(value, list)
                                              and all(isinstance(v, str) for v in value)))]
    if bad:
        sys.exit(f"translations: {path}: not a string or list of strings for {bad[:5]}")
    return data


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def fill(ts: Path, mapping: dict[str, str | list[str]]) -> tuple[int, list[str]]:
    """Write the map's translations into the .ts; (filled, problems). A key
    "Context|source" is for that context only and wins over the bare source."""
    tree = ET.parse(ts)
    filled, problems = 0, []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            filled += _fill_message(message, name, mapping, problems)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled, problems


def _fill_message(message: ET.Element, context: str, mapping: dict[str, str | list[str]],
                  problems: list[str]) -> int:
    source = message.findtext("source") or ""
    value = mapping.get(f"{context}|{source}", mapping.get(source))
    forms = [] if value is None else [value] if isinstance(value, str) else list(value)
    if not forms or not all(form.strip() for form in forms):
        return 0
    wanted = [p for p in placeholders(source) if p != "%n"]
    problems += [f"placeholders differ: {source!r} -> {form!r}" for form in forms
                 if [p for p in placeholders(form) if p != "%n"] != wanted]
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        count = max(len(translation.findall("numerusform")), 1)
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for index in range(count):
            ET.SubElement(translation, "numerusform").text = forms[min(index, len(forms) - 1)]
    else:
        translation.text = forms[0]
    return 1


def update(fills: list[str]) -> int:
    FOLDER.mkdir(parents=True, exist_ok=True)
    maps: dict[str, dict[str, str | list[str]]] = {}
    for item in fills:
        lang, _, path = item.partition("=")
        if lang not in LANGUAGES or not path:
            sys.exit(f"translations: --fill wants LANG=FILE with LANG in {LANGUAGES}: {item}")
        maps.setdefault(lang, {}).update(load_map(Path(path)))
    status = 0
    for lang in LANGUAGES:
        ts = ts_path(lang)
        lupdate(ts, lang)
        if lang in maps:
            count, problems = fill(ts, maps[lang])
            lupdate(ts, lang)  # lupdate writes the file again in its own layout
            print(f"{ts.name}: {count} translations filled from the map")
            for problem in problems:
                print(f"  {lang}: {problem}")
                status = 1
        total = messages(ts)
        done = sum(finished(m) for _c, m in total)
        print(f"{ts.name}: {done} of {len(total)} finished")
    return status


def build() -> int:
    built = 0
    for ts in sorted(FOLDER.glob("booth_*.ts")):
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm",
                        str(ts.with_suffix(".qm"))], check=True)
        built += 1
    print(f"translations: {built} .qm file(s) in {FOLDER.relative_to(ROOT)}")
    return 0


def missing(folder: Path = FOLDER) -> dict[str, list[str]]:
    """Per language, 'Context: text' of every window text without a finished translation."""
    out: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGUAGES:
            fresh = Path(tmp) / f"fresh_{lang}.ts"
            lupdate(fresh, lang)
            committed = ts_path(lang, folder)
            done = ({(c, m.findtext("source")) for c, m in messages(committed) if finished(m)}
                    if committed.exists() else set())
            out[lang] = sorted(f"{c}: {m.findtext('source')}" for c, m in messages(fresh)
                               if (c, m.findtext("source")) not in done)
    return out


def check() -> int:
    gaps = missing()
    for lang, items in gaps.items():
        for item in items:
            print(f"{lang}: {item}")
    count = sum(len(v) for v in gaps.values())
    print(f"translations: {count} text(s) without a finished translation")
    return 1 if count else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    up = commands.add_parser("update", help="lupdate the .ts files, optionally fill them")
    up.add_argument("--fill", action="append", default=[], metavar="LANG=FILE.json")
    commands.add_parser("build", help="lrelease the .ts files into .qm files")
    commands.add_parser("check", help="list window texts without a finished translation")
    args = parser.parse_args(argv)
    if args.command == "update":
        return update(args.fill)
    if args.command == "build":
        return build()
    return check()


if __name__ == "__main__":
    sys.exit(main())
