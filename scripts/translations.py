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
        finished translation in the committed .ts files; exit 1 when there is one, or
        when booth_app/ui/core_words.py is out of date with the core.
    python scripts/translations.py core-words
        write booth_app/ui/core_words.py: every message the core raises (BoothError and
        its subclasses, as a template such as "No visitor has the code {code}."), marked
        QT_TRANSLATE_NOOP("Core", ...) so lupdate puts it in the .ts files; the window
        shows it translated (booth_app/ui/language.error_text).

A plural message (source with %n) takes a string (every form) or a list of forms.
"""

from __future__ import annotations

import argparse
import ast
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
# {0}, {}, {0:,} of tr() texts; {code}, {value!r}, {limit:,} of the core's templates.
PLACEHOLDER = re.compile(r"\{(?:\d*|[A-Za-z_]\w*)(?:![rsa])?(?::[^}]*)?\}|%n")
CORE = ROOT / "booth_app" / "core"
# Folders of booth_app/core whose messages are not listed (none now: all are templates).
CORE_SKIP: tuple[str, ...] = ()
CORE_WORDS = SOURCES / "core_words.py"
CORE_ERRORS = ("BoothError", "InputError", "NotFound", "Cancelled")


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
    stale = core_words_stale()
    if stale:
        print(f"translations: {CORE_WORDS.relative_to(ROOT)} is out of date with the core "
              "(run scripts/translations.py core-words, then update)")
    gaps = missing()
    for lang, items in gaps.items():
        for item in items:
            print(f"{lang}: {item}")
    count = sum(len(v) for v in gaps.values())
    print(f"translations: {count} text(s) without a finished translation")
    return 1 if count or stale else 0


# -- the core's messages ---------------------------------------------------------------------

def _core_modules() -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text(encoding="utf-8"), str(path)))
            for path in sorted(CORE.rglob("*.py"))
            if not set(path.relative_to(CORE).parts[:-1]) & set(CORE_SKIP)]


def _named(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _text(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def core_templates() -> tuple[list[tuple[str, str]], list[str]]:
    """([(template, where)], [where of a message that is no constant]) for every message
    the core gives an error: the first argument of a call of BoothError or a subclass
    (super().__init__ in a subclass included), a string or a module's string constant
    (ERASED_MESSAGE). A message built at run time (an f-string) is listed as missing."""
    modules = _core_modules()
    errors = set(CORE_ERRORS)
    while True:  # subclasses of subclasses, across modules
        more = {node.name for _path, module in modules for node in ast.walk(module)
                if isinstance(node, ast.ClassDef) and node.name not in errors
                and any(_named(base) in errors for base in node.bases)}
        if not more:
            break
        errors |= more
    constants: dict[str, str] = {}
    for _path, module in modules:
        for node in module.body:
            if (isinstance(node, ast.Assign) and len(node.targets) == 1
                    and isinstance(node.targets[0], ast.Name)
                    and (value := _text(node.value)) is not None):
                constants[node.targets[0].id] = value
    found: list[tuple[str, str]] = []
    built: list[str] = []
    for path, module in modules:
        inside = {id(call): cls.name for cls in ast.walk(module) if isinstance(cls, ast.ClassDef)
                  and cls.name in errors for call in ast.walk(cls) if isinstance(call, ast.Call)}
        for node in ast.walk(module):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            init = (isinstance(node.func, ast.Attribute) and node.func.attr == "__init__"
                    and isinstance(node.func.value, ast.Call)
                    and _named(node.func.value.func) == "super" and id(node) in inside)
            if not (init or _named(node.func) in errors):
                continue
            where = f"{path.relative_to(ROOT).as_posix()}:{node.lineno}"
            first = node.args[0]
            text = _text(first)
            if text is None and isinstance(first, ast.Name):
                text = constants.get(first.id)
            if text is not None:
                found.append((text, where))
            elif isinstance(first, (ast.JoinedStr, ast.BinOp)) or (
                    isinstance(first, ast.Call) and _named(first.func) == "format"):
                built.append(where)
    return found, built


def core_words_text() -> str:
    found, _built = core_templates()
    seen: dict[str, str] = {}
    for template, where in found:
        seen.setdefault(template, where)
    lines = ['"""The core\'s messages (BoothError and its subclasses), marked so lupdate puts them',
             'in Booth\'s .ts files under the context "Core"; booth_app/ui/language.error_text',
             "shows them translated.",
             "",
             "Generated by `scripts/translations.py core-words` from an ast walk of",
             "booth_app/core: do not edit; run it again when a message of the core changes",
             "(scripts/translations.py check and tests/ui/test_language.py fail until then).",
             "Nothing imports this module.",
             '"""',
             "# ruff: noqa: E501",
             "",
             "from __future__ import annotations",
             "",
             "from PySide6.QtCore import QT_TRANSLATE_NOOP",
             "",
             "CORE_WORDS = ("]
    for template, where in seen.items():
        literal = json.dumps(template, ensure_ascii=False)
        lines.append(f'    QT_TRANSLATE_NOOP("Core", {literal}),  # {where.split(":")[0]}')
    lines.append(")")
    return "\n".join(lines) + "\n"


def core_words_stale() -> bool:
    return (not CORE_WORDS.exists()
            or CORE_WORDS.read_text(encoding="utf-8") != core_words_text())


def core_words() -> int:
    text = core_words_text()
    CORE_WORDS.write_text(text, encoding="utf-8")
    found, built = core_templates()
    print(f"translations: {len({t for t, _w in found})} core message(s) in "
          f"{CORE_WORDS.relative_to(ROOT)}")
    for where in built:
        print(f"  built at run time, stays English: {where}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    up = commands.add_parser("update", help="lupdate the .ts files, optionally fill them")
    up.add_argument("--fill", action="append", default=[], metavar="LANG=FILE.json")
    commands.add_parser("build", help="lrelease the .ts files into .qm files")
    commands.add_parser("check", help="list window texts without a finished translation")
    commands.add_parser("core-words", help="write booth_app/ui/core_words.py from the core")
    args = parser.parse_args(argv)
    if args.command == "update":
        return update(args.fill)
    if args.command == "build":
        return build()
    if args.command == "core-words":
        return core_words()
    return check()


if __name__ == "__main__":
    sys.exit(main())
