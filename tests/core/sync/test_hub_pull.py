"""A pull applies its rows outside the hub's lock (core.sync.hub_pull): a push that
lands meanwhile, with rows older than what was pulled, still reaches that laptop."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from booth_app.core.sync import hub_apply
from booth_app.core.sync.hub import hub_round
from booth_app.storage.database import Database
from booth_app.storage.models import Meta, Visitor
from tests.core.sync.test_sync import join, walk_in


@pytest.fixture
def two_laptops(event_db: Database, tmp_path: Path,
                migrated_template: Path) -> Iterator[tuple[Database, Database]]:
    other = join(event_db, tmp_path, migrated_template, "b")
    yield event_db, other
    other.dispose()


def has_visitor(db: Database, visitor_id: str) -> bool:
    with db.reader() as session:
        return session.scalar(select(Visitor.id).where(Visitor.id == visitor_id)) is not None


def test_a_push_landing_while_a_pull_is_applied_reaches_that_laptop_next_round(
        two_laptops: tuple[Database, Database], pg_fresh_url: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = two_laptops
    for laptop in (a, b, a):
        hub_round(laptop, pg_fresh_url)
    # Gita registers at B before A's round; B's round sends her while A applies its pull,
    # so her row is older than everything A's pull moves its cursor to.
    gita = walk_in(b, "Gita Purnama", "gita@example.id")
    walk_in(a, "Hadi Saputra", "hadi@example.id")
    apply = hub_apply.apply_keeping_cursor
    landed: list[int] = []

    def apply_with_a_push_meanwhile(conn: Any, clock: Any, rows: Any, key: str) -> Any:
        if conn.engine.url == a.engine.url and not landed:  # A applying its pull
            landed.append(hub_round(b, pg_fresh_url).pushed)  # the hub's lock is free
        return apply(conn, clock, rows, key)

    monkeypatch.setattr(hub_apply, "apply_keeping_cursor", apply_with_a_push_meanwhile)
    assert hub_round(a, pg_fresh_url).pushed == 1
    assert landed == [1]
    assert not has_visitor(a, gita)
    monkeypatch.setattr(hub_apply, "apply_keeping_cursor", apply)
    assert hub_round(a, pg_fresh_url).pulled >= 1
    assert has_visitor(a, gita)
    hub = Database(pg_fresh_url)
    try:
        with hub.reader() as session:  # no pending cursor is left behind on the hub
            assert not session.scalars(select(Meta.key).where(
                Meta.key.like("sync_sent:pending:%"))).all()
    finally:
        hub.dispose()
