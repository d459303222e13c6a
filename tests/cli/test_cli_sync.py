"""`booth sync export/import` and `booth setup export/import` in-process, as a user runs them.

Until `sync.add_parsers(sub, _Parser)` is registered in cli/main.py the fixture adds it
to the parser the test builds; once registered, the real registration is used.
"""

from __future__ import annotations

import argparse
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from booth_app.cli import main as cli_main
from booth_app.cli import sync as cli_sync
from booth_app.core.visitors.register import VisitorFields, add_visitor
from booth_app.storage.database import Database


@pytest.fixture(autouse=True)
def _sync_registered(monkeypatch: pytest.MonkeyPatch) -> None:
    original = cli_main.build_parser

    def build() -> argparse.ArgumentParser:
        parser = original()
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction) and "sync" not in action.choices:
                cli_sync.add_parsers(action, cli_main._Parser)
        return parser

    monkeypatch.setattr(cli_main, "build_parser", build)


def _second_laptop(tmp_path: Path, migrated_template: Path, name: str) -> str:
    path = tmp_path / f"{name}.sqlite"
    shutil.copyfile(migrated_template, path)
    return str(path)


def test_a_new_laptop_joins_then_receives_changes(event_db: Database, booth: Callable[..., Any],
                                                   tmp_path: Path, migrated_template: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    a = str(event_db.path)
    with event_db.session() as session:
        add_visitor(session, VisitorFields(name="Siti Rahma", email="siti@example.id"))
    secret = tmp_path / "pass.txt"
    secret.write_text("correct horse battery\n", encoding="utf-8")
    b = _second_laptop(tmp_path, migrated_template, "b")

    no_pass = booth("--db", a, "setup", "export", "--out", str(tmp_path / "setup.bundle"))
    assert no_pass.code == 2 and "passphrase" in no_pass.err
    done = booth("--db", a, "--json", "setup", "export", "--out", str(tmp_path / "setup.bundle"),
                 "--passphrase-file", str(secret))
    assert done.code == 0, done.err
    joined = booth("--db", b, "--json", "setup", "import", str(tmp_path / "setup.bundle"),
                   "--passphrase-file", str(secret))
    assert joined.code == 0, joined.err
    assert joined.doc["event"] == "Indonesia Pavilion at Arab Health 2027"
    assert joined.doc["device_id"] != event_db.device_id

    out = tmp_path / "usb" / "a.bundle"
    out.parent.mkdir()
    monkeypatch.setenv("BOOTH_PASSPHRASE", "stick passphrase")
    sent = booth("--db", a, "--json", "sync", "export", "--out", str(out))
    assert sent.code == 0, sent.err
    first = booth("--db", b, "--json", "sync", "import", str(out))
    assert first.code == 0, first.err
    assert first.doc["applied"] > 0
    again = booth("--db", b, "--json", "sync", "import", str(out))
    assert again.doc == {"applied": 0, "skipped": first.doc["applied"] + first.doc["skipped"],
                         "merged": 0}
    listed = booth("--db", b, "--json", "visitors", "list")
    assert [v["name"] for v in listed.doc["visitors"]] == ["Siti Rahma"]

    # Nothing new since: the next export to the same folder is empty.
    nothing = booth("--db", a, "--json", "sync", "export", "--out", str(out.parent / "a2.bundle"))
    assert nothing.doc["rows"] == 0

    monkeypatch.setenv("BOOTH_PASSPHRASE", "wrong one")
    refused = booth("--db", b, "--json", "sync", "import", str(out))
    assert refused.code == 1
    assert "passphrase is wrong" in json.loads(refused.out)["error"]
