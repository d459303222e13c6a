"""The same commands against the pavilion hub (a throwaway PostgreSQL cluster)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Booth = Callable[..., Any]


def test_commands_work_on_the_hub(booth: Booth, pg_fresh_url: str) -> None:
    db = ("--db", pg_fresh_url, "--json")
    event = booth(*db, "init", "--event", "HealthConnect", "--start", "2027-03-02",
                  "--end", "2027-03-04", "--timezone", "Asia/Jakarta")  # fmt: skip
    assert event.code == 0, event.err
    assert booth(*db, "exhibitors", "add", "--code", "MEDIKA", "--name", "PT Medika").code == 0
    added = booth(*db, "visitors", "add", "--name", "José Álvarez", "--country", "ES")
    assert added.code == 0
    found = booth(*db, "visitors", "list", "--search", "jose").doc["visitors"]
    assert [v["id"] for v in found] == [added.doc["visitor"]["id"]]
    assert booth(*db, "init", "--event", "Again", "--start", "2027-03-02", "--end",
                 "2027-03-04", "--timezone", "UTC").code == 1  # fmt: skip
    checked = booth(*db, "check")
    assert checked.code == 0 and checked.doc["ok"] is True
    assert "postgres" in checked.doc["database"]
    backup = booth(*db, "backup", "--out", "/tmp/never-written.sqlite")
    assert backup.code == 2 and "back a server up with its own tools" in backup.err
