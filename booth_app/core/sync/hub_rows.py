"""Which synced tables hold rows above a cursor, in one statement (for core.sync.hub).

A hub round used to ask each of the 19 synced tables for its rows above the cursor,
twice on the hub and twice on the laptop (the rows to send or take, then the echo
check): 66 of a round's ~125 statements, most of them finding nothing, each a round
trip to the hub. `tables_above` reads every table's newest stamp off the end of its
hlc index (migration 0002) in one UNION ALL, so only the tables that changed are read.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, func, literal, select, union_all
from sqlalchemy.engine import Connection

from booth_app.core.sync.merge import ORDER, TABLES, changed_rows


def tables_above(conn: Connection, since: str | None) -> list[str]:
    """The synced tables (in ORDER) holding a row stamped above `since` (all for None)."""
    if not since:
        return list(ORDER)
    newest = union_all(*(select(literal(name, String).label("name"),
                                func.max(TABLES[name].c.hlc).label("hlc"))
                         for name in ORDER))
    above = {name for name, stamp in conn.execute(newest) if stamp is not None and stamp > since}
    return [name for name in ORDER if name in above]


def fresh_rows(conn: Connection, since: str | None) -> dict[str, list[dict[str, Any]]]:
    """`changed_rows(conn, since)`, reading only the tables that changed."""
    found = changed_rows(conn, since, tables_above(conn, since))
    return {name: found.get(name, []) for name in ORDER}


__all__ = ["fresh_rows", "tables_above"]
