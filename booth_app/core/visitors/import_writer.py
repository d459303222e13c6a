"""Writing visitor rows fast for the visitor import (core.visitors.importing).

On SQLite new rows go in as plain tuples through the driver's executemany, built a
column at a time, with the few typed values (times) converted once per batch by the
column types' own bind processors. A large batch is written with the full-text trigger
and the secondary indexes set aside: the full-text index is filled with one statement
in rowid order, the indexes are built again from sorted rows (both faster than a row at
a time, and both inside the import's transaction, so a cancel restores them). Updates
touch only the cells a row brings, by rowid, and only visitors whose searchable words
changed are re-indexed; when most of the index changes it is filled again in one
statement. Other databases go through SQLAlchemy.
"""

from __future__ import annotations

import os
import re
import secrets
import time
from collections.abc import Iterable, Mapping, Sequence
from itertools import compress, repeat
from operator import ne
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, update

from booth_app.core.badges.codes import CODE_ALPHABET, CODE_LENGTH
from booth_app.core.visitors.import_match import picker
from booth_app.core.visitors.import_search import SearchTexts
from booth_app.storage.models import Visitor

if TYPE_CHECKING:
    from booth_app.storage.database import Database


# Below this many new rows the per-row full-text trigger is cheap enough.
REINDEX_FROM = 500
# From this many new rows, and at least as many as the table holds, the secondary
# indexes are built again after the rows rather than kept up to date row by row.
REBUILD_INDEXES_FROM = 20_000
VISITOR_COLUMNS = (
    "name", "given_name", "family_name", "organization", "job_title", "email", "phone",
    "country", "category", "external_id", "consent",
)

class Clock:
    """Seconds spent in each step of an import, for ImportResult.timings."""

    def __init__(self) -> None:
        self.timings: dict[str, float] = {}
        self.last = time.perf_counter()

    def lap(self, step: str | None = None) -> None:
        """Add the time since the last lap to `step` (None: to no step)."""
        now = time.perf_counter()
        if step is not None:
            self.timings[step] = self.timings.get(step, 0.0) + now - self.last
        self.last = now


# What the full-text index holds for a visitor row (migration 0001: live visitors only).
INDEXED = "CASE WHEN deleted THEN '' ELSE search_text END"


def new_ids(count: int) -> list[str]:
    """`count` row ids as storage.ids.new_id makes them (48 bits of milliseconds, then 80
    random bits), from one read of random bytes."""
    prefix = f"{time.time_ns() // 1_000_000:012x}"
    random = os.urandom(10 * count).hex()
    return [prefix + random[at:at + 20] for at in range(0, 20 * count, 20)]


def _binder(connection: Any, columns: Iterable[str]) -> Any:
    """`bind(column, value)`: a value as the column's type stores it; the time `columns`
    are converted (memoised: an import has one or two distinct times), others kept."""
    dialect = connection.dialect
    table = Visitor.__table__
    # The dialect's own form of the type: on SQLite it writes the time as text, as the
    # ORM does (the bare type would hand sqlite3 a datetime to convert row by row).
    processors = {
        c: table.c[c].type.dialect_impl(dialect).bind_processor(dialect) for c in columns
    }
    cache: dict[tuple[str, Any], Any] = {}

    def bind(column: str, value: Any) -> Any:
        processor = processors.get(column)
        if value is None or processor is None:
            return value
        key = (column, value)
        got = cache.get(key)
        if got is None:
            got = cache[key] = processor(value)
        return got

    return bind


class Inserter:
    """Inserts new visitor rows: on SQLite as plain tuples through the driver's executemany.

    SQLAlchemy's per-row parameter processing costs more than SQLite's own work at
    100,000 rows; the only values needing conversion (times) are the same for a whole
    batch, so they are converted once with the column types' own bind processors.
    """

    # Column order of the tuples: what varies per row, then what a batch shares.
    ROW = ("id", "code", "search_text", "consent_at", *VISITOR_COLUMNS, "sort_name")
    SHARED = ("event_id", "source", "notes", "merged_into_id", "created_at", "updated_at",
              "device_id", "hlc", "deleted")

    def __init__(self, connection: Any, raw: bool, event_id: str) -> None:
        _check_columns(self.ROW + self.SHARED)
        self.connection, self.raw, self.event_id = connection, raw, event_id
        # Other databases get the values as they are: SQLAlchemy converts them there.
        self.bind = (
            _binder(connection, ("consent_at", "created_at", "updated_at")) if raw
            else _as_is
        )
        columns = self.ROW + self.SHARED
        marks = ", ".join("?" for _ in columns)
        self.sql = f"INSERT INTO visitor ({', '.join(columns)}) VALUES ({marks})"

    def rows(
        self, batch: Mapping[str, Sequence[Any]], ids: Sequence[str], codes: Sequence[str],
        texts: Sequence[str], now: Any, stamp: dict[str, Any],
    ) -> list[tuple[Any, ...]]:
        """The batch's rows as tuples in ROW + SHARED order; `batch` holds the visitors'
        columns (VISITOR_COLUMNS and sort_name), `now` is when consent was given."""
        bind = self.bind
        given = bind("consent_at", now)
        consent_at = [given if consent else None for consent in batch["consent"]]
        shared = (
            self.event_id, "import", "", None, bind("created_at", stamp["created_at"]),
            bind("updated_at", stamp["updated_at"]), stamp["device_id"], stamp["hlc"],
            stamp["deleted"],
        )
        return list(zip(
            ids, codes, texts, consent_at, *(batch[c] for c in VISITOR_COLUMNS),
            batch["sort_name"], *map(repeat, shared), strict=False,
        ))

    def __call__(self, rows: list[tuple[Any, ...]]) -> None:
        if self.raw:
            _executemany(self.connection, self.sql, rows)
            return
        names = self.ROW + self.SHARED
        self.connection.execute(
            Visitor.__table__.insert(), [dict(zip(names, row, strict=True)) for row in rows]
        )


def _check_columns(filled: tuple[str, ...]) -> None:
    """RuntimeError unless the import fills every visitor column that needs a value.

    A column the import does not know (added later) may stay out of the INSERT only if
    an imported visitor has nothing in it: nullable, no default other than None.
    """
    for column in Visitor.__table__.columns:
        if column.name in filled:
            continue
        default = column.default
        if not column.nullable or column.server_default is not None or (
            default is not None and getattr(default, "arg", None) is not None
        ):
            raise RuntimeError(f"the import does not fill visitor.{column.name}")


def _as_is(_column: str, value: Any) -> Any:
    return value


class Updater:
    """Writes the visitors a file changed, with one writer stamp for all of them.

    Each UPDATE sets only the columns that changed (rows grouped by which ones), so
    SQLite leaves the indexes of unchanged columns alone. The full-text trigger fires
    for an UPDATE that sets search_text, even to the same text, and FTS5 then writes a
    segment per row (0.3 ms each: 40 s for a re-imported list of 100,000); so
    search_text is set only where it changed, and when many changed the trigger is set
    aside and the index entries are replaced in rowid order, in two passes (old words
    out, new words in), or, when they are most of the index, the whole index is filled
    again in one statement.
    """

    COLUMNS = (*VISITOR_COLUMNS, "consent_at", "sort_name")
    WRITER = ("updated_at", "device_id", "hlc")

    def __init__(self, db: Database, connection: Any, clock: Clock, search: SearchTexts) -> None:
        self.db, self.connection, self.clock, self.search = db, connection, clock, search
        self.raw = db.is_sqlite
        # A changed visitor as handed in: its values, its code, and what the UPDATE
        # finds it by (the rowid on SQLite).
        self.layout = (*self.COLUMNS, "code", "rowid" if self.raw else "id")

    def __call__(
        self, changed: list[tuple[Sequence[Any], Sequence[Any]]], names: Sequence[str]
    ) -> None:
        """Write the `changed` visitors: (values in `layout` order, the stored row of
        the `names` columns) each."""
        if not changed:
            return
        if self.raw:
            changed = sorted(changed, key=lambda pair: pair[0][-1])
        # A column at a time: each changed visitor's new and stored values side by side.
        new = dict(zip(self.layout, zip(*(n for n, _o in changed), strict=True), strict=True))
        old = dict(zip(names, zip(*(o for _n, o in changed), strict=True), strict=True))
        new["search_text"] = self.search(
            *(new[c] for c in ("sort_name", "organization", "email", "code", "phone")))
        updates = self._updates(new, old)
        # rowid, old text, new text of the visitors re-indexed (all live: only live ones
        # are matched), in rowid order.
        moved = compress(zip(new[self.layout[-1]], old["search_text"], new["search_text"],
                             strict=True), map(ne, old["search_text"], new["search_text"]))
        entries = list(moved) if self.raw else []
        self.clock.lap("prepare")
        bulk = self.raw and len(entries) >= REINDEX_FROM
        trigger = drop_trigger(self.connection, "visitor_fts_au") if bulk else None
        refill = bool(trigger) and 2 * len(entries) >= self._rows()
        if trigger and not refill:
            _executemany(self.connection, "INSERT INTO visitor_fts(visitor_fts, rowid, "
                         "search_text) VALUES ('delete', ?, ?)", [e[:2] for e in entries])
            self.clock.lap("search_index")
        for columns, rows in updates:
            self._update(columns, rows)
        self.clock.lap("insert")
        if trigger:
            if refill:
                self.connection.exec_driver_sql(
                    "INSERT INTO visitor_fts(visitor_fts) VALUES ('delete-all')")
                fill_search_index(self.connection)
            else:
                _executemany(self.connection, "INSERT INTO visitor_fts(rowid, search_text) "
                             "VALUES (?, ?)", [(e[0], e[2]) for e in entries])
            self.connection.exec_driver_sql(trigger)
            self.clock.lap("search_index")

    def _updates(self, new: dict[str, Sequence[Any]], old: dict[str, Sequence[Any]]
                 ) -> list[tuple[tuple[str, ...], list[tuple[Any, ...]]]]:
        """The UPDATEs to run: (columns set, rows) each, the visitors grouped by which of
        their columns changed, with one writer stamp for all."""
        stamp = self.db.stamp()
        bind = _binder(self.connection, ("consent_at", "updated_at")) if self.raw else _as_is
        writer = (bind("updated_at", stamp["updated_at"]), stamp["device_id"], stamp["hlc"])
        compared = (*self.COLUMNS, "search_text")
        groups: dict[tuple[bool, ...], list[int]] = {}
        for i, pattern in enumerate(zip(*(map(ne, new[c], old[c]) for c in compared),
                                        strict=True)):
            groups.setdefault(pattern, []).append(i)
        keys, updates = new[self.layout[-1]], []
        for pattern, members in groups.items():
            columns = tuple(compress(compared, pattern))
            pick = picker(members)
            values = [pick(new[c]) if c != "consent_at" else [bind(c, v) for v in pick(new[c])]
                      for c in columns]
            # A row whose cells came back to what they were is still stamped, as before.
            rows = list(zip(*values, *map(repeat, writer), pick(keys), strict=False))
            updates.append(((*columns, *self.WRITER), rows))
        return updates

    def _rows(self) -> int:
        return int(self.connection.exec_driver_sql("SELECT count(*) FROM visitor").scalar())

    def _update(self, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
        """UPDATE the `rows` (values in `columns` order, then the rowid on SQLite, else
        the id)."""
        if not rows:
            return
        if self.raw:
            sets = ", ".join(f"{c} = ?" for c in columns)
            _executemany(self.connection, f"UPDATE visitor SET {sets} WHERE rowid = ?", rows)
            return
        table = Visitor.__table__
        statement = (
            update(table).where(table.c.id == bindparam("_id"))
            .values({c: bindparam(c) for c in columns})
        )
        names = (*columns, "_id")
        self.connection.execute(statement, [dict(zip(names, r, strict=True)) for r in rows])


def fill_search_index(connection: Any, after_rowid: int = 0) -> None:
    """Index the visitors after `after_rowid` in one statement, in rowid order: FTS5 then
    writes large sorted runs instead of a small segment per row (what the trigger does)."""
    connection.exec_driver_sql(
        f"INSERT INTO visitor_fts(rowid, search_text) SELECT rowid, {INDEXED} "
        "FROM visitor WHERE rowid > ? ORDER BY rowid",
        (after_rowid,),
    )


def set_indexes_aside(connection: Any) -> list[str]:
    """Drop the visitor table's secondary indexes (not the unique ones), returning the
    statements that build them again."""
    found = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'visitor' "
        "AND sql IS NOT NULL"
    ).all()
    statements = []
    for name, sql in found:
        if sql.lstrip().upper().startswith("CREATE INDEX"):
            connection.exec_driver_sql(f'DROP INDEX "{name}"')
            statements.append(sql)
    return statements


def _executemany(connection: Any, sql: str, rows: list[tuple[Any, ...]]) -> None:
    """`sql` for each of `rows`, straight through the SQLite driver."""
    cursor = connection.connection.driver_connection.cursor()
    try:
        cursor.executemany(sql, rows)
    finally:
        cursor.close()


def fresh_codes(count: int, taken: set[str]) -> list[str]:
    """`count` new short codes (core.badges.codes alphabet and length) not in `taken`.

    The same draw as `codes.new_code` (each character uniform over the alphabet), from
    one block of random bytes for all of them: a byte below a multiple of the
    alphabet's size picks `alphabet[byte % size]`, the bytes above it are dropped, so
    there is no bias. 100,000 codes in a few hundredths of a second.
    """
    size = len(CODE_ALPHABET)
    limit = 256 - 256 % size
    table = bytes(ord(CODE_ALPHABET[b % size]) if b < limit else 0 for b in range(256))
    dropped = bytes(range(limit, 256))
    cut = re.compile(f".{{{CODE_LENGTH}}}", re.DOTALL)
    out: list[str] = []
    while len(out) < count:
        # A little more than needed: 1/16 of the bytes are dropped, a few codes are taken.
        want = (count - len(out)) * CODE_LENGTH * 9 // 8 + 64
        chars = secrets.token_bytes(want).translate(table, dropped).decode("ascii")
        # In the order drawn, each once, none already taken.
        fresh = [code for code in dict.fromkeys(cut.findall(chars)) if code not in taken]
        fresh = fresh[:count - len(out)]
        taken.update(fresh)
        out += fresh
    return out


def drop_trigger(connection: Any, name: str) -> str | None:
    """Drop the full-text trigger `name`, returning its SQL to recreate it (or None)."""
    sql = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)
    ).scalar()
    if sql:
        connection.exec_driver_sql(f"DROP TRIGGER {name}")
    return sql
