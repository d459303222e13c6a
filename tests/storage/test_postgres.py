"""The pavilion hub: the same models and core rules on a real PostgreSQL server."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, timedelta

import pytest
from sqlalchemy import inspect, text

from booth_app.core.events import create_event, current_event
from booth_app.core.exhibitors.manufacturers import add_exhibitor, find_exhibitor, list_exhibitors
from booth_app.core.visitors.register import (
    VisitorFields,
    add_visitor,
    count_visitors,
    search_visitors,
)
from booth_app.storage.database import Database, DatabaseError
from booth_app.storage.migrate import current_revision, head_revision
from booth_app.storage.models import Base, Visitor


@pytest.fixture
def hub(pg_fresh_url: str) -> Iterator[Database]:
    database = Database(pg_fresh_url)
    yield database
    database.dispose()


def test_opening_migrates_the_server_to_head(hub: Database) -> None:
    assert not hub.is_sqlite and hub.path is None
    with hub.engine.connect() as conn:
        assert current_revision(conn) == head_revision()
    tables = set(inspect(hub.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert "visitor_fts" not in tables  # SQLite only; the hub searches with LIKE


def test_server_head_matches_the_models(hub: Database, schema_diffs) -> None:
    assert schema_diffs(hub) == []


def test_reopening_is_a_no_op_and_keeps_the_device(pg_fresh_url: str) -> None:
    first = Database(pg_fresh_url)
    device = first.device_id
    first.dispose()
    second = Database(pg_fresh_url)
    try:
        assert second.device_id == device
    finally:
        second.dispose()


def test_core_rules_work_the_same_on_the_hub(hub: Database) -> None:
    with hub.session() as session:
        create_event(
            session,
            name="HealthConnect Jakarta",
            start=date(2027, 3, 2),
            end=date(2027, 3, 4),
            timezone="Asia/Jakarta",
            currency="idr",
        )
        add_exhibitor(session, code="medika", name="PT Medika Nusantara", country="Indonesia")
        for name, org, email in (
            ("José Álvarez", "Hospital Ruber", "jose@ruber.example"),
            ("أحمد الهاشمي", "Dubai Health Authority", ""),
            ("王伟", "Shanghai Medical", ""),
            ("Budi Santoso", "RS Harapan Kita", "budi@harapan.example"),
        ):
            add_visitor(session, VisitorFields.parse(name=name, organization=org, email=email))
        with pytest.raises(Exception, match="already exists"):
            add_exhibitor(session, code="MEDIKA", name="Again")

    with hub.reader() as session:
        event = current_event(session)
        assert event is not None and event.currency == "IDR"
        assert event.created_at.utcoffset() == timedelta(0)
        assert [e.code for e in list_exhibitors(session)] == ["MEDIKA"]
        assert find_exhibitor(session, "medika").country == "ID"

        def names(query: str) -> list[str]:
            return [v.name for v in search_visitors(session, query)]

        assert names("jose") == ["José Álvarez"]
        assert names("احمد") == ["أحمد الهاشمي"]
        assert names("王") == ["王伟"]
        assert names("harapan") == ["Budi Santoso"]
        assert names("BUDI@HARAPAN") == ["Budi Santoso"]
        assert names("bu sa") == ["Budi Santoso"]
        assert names("nobody-here") == []
        assert count_visitors(session) == 4
        budi = search_visitors(session, "budi")[0]
        assert names(f"{budi.code[:4]}-{budi.code[4:]}") == ["Budi Santoso"]
        assert budi.created_at.tzinfo == UTC


def test_search_treats_like_wildcards_as_text_on_the_hub(hub: Database) -> None:
    with hub.session() as session:
        create_event(session, name="E", start=date(2027, 1, 1), end=date(2027, 1, 1),
                     timezone="UTC")  # fmt: skip
        add_visitor(session, VisitorFields.parse(name="Ana 100% Sales"))
        add_visitor(session, VisitorFields.parse(name="Ana Other"))
    with hub.reader() as session:
        assert [v.name for v in search_visitors(session, "100%")] == ["Ana 100% Sales"]
        # Punctuation separates words (as SQLite's tokenizer does); it is never a
        # LIKE wildcard: "a_a" is the words "a" and "a", and "%" alone names nobody.
        both = [v.name for v in search_visitors(session, "a a")]
        assert [v.name for v in search_visitors(session, "a_a")] == both
        assert search_visitors(session, "%") == []
        assert search_visitors(session, "_") == []


def test_tombstoned_visitors_are_hidden_on_the_hub(hub: Database) -> None:
    with hub.session() as session:
        create_event(session, name="E", start=date(2027, 1, 1), end=date(2027, 1, 1),
                     timezone="UTC")  # fmt: skip
        gone = add_visitor(session, VisitorFields.parse(name="Erased Person"))
        gone.deleted = True
    with hub.reader() as session:
        assert search_visitors(session, "erased") == []
        assert session.execute(text("SELECT count(*) FROM visitor")).scalar() == 1
        assert session.get(Visitor, gone.id) is not None


def test_an_unreachable_server_is_a_clear_error(pg_cluster: object) -> None:
    with pytest.raises(DatabaseError, match="Cannot reach the database server"):
        Database("postgresql+psycopg://postgres@127.0.0.1:1/booth_test")


def test_a_missing_database_is_a_clear_error(pg_url: str) -> None:
    with pytest.raises(DatabaseError, match="does not exist"):
        Database(pg_url.rsplit("/", 1)[0] + "/no_such_database")
