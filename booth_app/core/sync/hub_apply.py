"""Applying what a hub round carries, and the stamps a round compares: shared by the
round (core.sync.hub) and the pull (core.sync.hub_pull), so neither imports the other."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select, union_all
from sqlalchemy.engine import Connection
from sqlalchemy.sql.selectable import ScalarSelect

from booth_app.core.sync.cursors import get_meta, set_meta, stamp_floor
from booth_app.core.sync.hub_rows import tables_above
from booth_app.core.sync.merge import ORDER, TABLES, Applier, ApplyResult
from booth_app.storage.clock import HybridClock
from booth_app.storage.models import Meta


class EchoAwareApplier(Applier):
    """Tells rows written as they came from the rows the merge rules derived."""

    via = "hub"

    def __init__(self, conn: Connection, clock: HybridClock,
                 incoming: dict[str, list[dict[str, Any]]]) -> None:
        super().__init__(conn, clock)
        self.incoming = {(r["id"], r["hlc"], r["device_id"])
                         for rows in incoming.values() for r in rows}
        self.derived_lowest: str | None = None

    def _wrote(self, row: dict[str, Any], name: str = "") -> None:
        super()._wrote(row, name)
        derived = (row["id"], row["hlc"], row["device_id"]) not in self.incoming
        if derived and (self.derived_lowest is None or row["hlc"] < self.derived_lowest):
            self.derived_lowest = row["hlc"]


def apply_keeping_cursor(conn: Connection, clock: HybridClock,
                          rows: dict[str, list[dict[str, Any]]], key: str) -> ApplyResult:
    """Apply `rows`; the cursor `key` (of the side they came from) skips their echo."""
    before = get_meta(conn, key)
    applier = EchoAwareApplier(conn, clock, rows)
    result = applier.apply(rows)
    if before is not None:
        # apply() lowered every cursor below the lowest row written; for the sender
        # only the derived rows are news.
        keep = before
        if applier.derived_lowest is not None:
            keep = min(before, stamp_floor(applier.derived_lowest))
        else:
            keep = past_echoes(conn, before, applier.incoming)
        set_meta(conn, key, keep)
    return result


def past_echoes(conn: Connection, since: str, incoming: set[tuple[str, str, str]]) -> str:
    """`since`, moved past the rows above it when every one of them is an echo.

    Rows that arrived with stamps above the sender's cursor (the other side's clock was
    ahead) would otherwise count as unsent and travel back whole at the next round (a
    laptop joining a full hub would push every row it just pulled). One row above the
    cursor that is not an echo (written here meanwhile) keeps the cursor where it was.
    """
    newest = since
    for name in tables_above(conn, since):
        table = TABLES[name]
        for row in conn.execute(select(table.c.id, table.c.hlc, table.c.device_id)
                                .where(table.c.hlc > since)):
            if (row[0], row[1], row[2]) not in incoming:
                return since
            newest = max(newest, row[1])
    return newest


def newest_stamp(tables: Iterable[str] = ORDER) -> ScalarSelect[Any]:
    """The newest stamp of any synced row, as a scalar subquery.

    Each table's max(hlc) is read off the end of its hlc index (migration 0002), so the
    answer costs a few page reads whatever the table sizes and whatever the planner
    thinks of a cursor value it cannot see. (An EXISTS(... hlc > cursor) took 200 ms on
    the hub: with the cursor in a subquery PostgreSQL planned a sequential scan that
    stops at the first match, and an idle round has none, so it read every row.)
    """
    each = union_all(*(select(func.max(TABLES[name].c.hlc).label("hlc")) for name in tables))
    return select(func.max(each.subquery().c.hlc)).scalar_subquery()


def meta_value(key: str) -> ScalarSelect[Any]:
    meta = Meta.__table__
    return select(meta.c.value).where(meta.c.key == key).scalar_subquery()  # type: ignore[attr-defined]
