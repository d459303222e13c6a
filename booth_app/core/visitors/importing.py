"""Importing the organiser's visitor list (CSV or XLSX) into the event.

The rules, in the order a row meets them:

- Columns are recognised from their headers in English or Indonesian
  (`detect_mapping`, core.visitors.import_columns); the dialog may hand in a corrected
  mapping.
- Every row is checked by `VisitorFields.parse`, the same rule as the registration
  form. A bad row is reported with its spreadsheet row number and skipped; it never
  stops the rows after it. A file that cannot be read raises InputError before
  anything is written.
- A row updates the visitor it matches instead of adding a second one: by the
  organiser's registration id when the file has one, else by e-mail, else by name and
  organisation (accents and case ignored). Rows repeated inside the file merge the
  same way. Empty cells never erase what a visitor already has.
- The whole import is one transaction: Cancel (or any failure) keeps nothing of it.
  The database is never left with half a file.

For speed (100,000 rows): cells that repeat down a column (organisation, title,
category, country) are checked once per spelling; on SQLite the rows go in as plain
tuples through the driver's executemany, the full-text index is filled with one
statement after the rows instead of a trigger call per row, and only the visitors
whose searchable words changed are re-indexed on a re-import. ImportResult.timings
says where the time went.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import literal_column, select
from sqlalchemy.orm import Session

from booth_app.core.countries import country_code
from booth_app.core.errors import InputError
from booth_app.core.events import require_event
from booth_app.core.gc_pause import collector_paused
from booth_app.core.progress import NO_PROGRESS, Progress
from booth_app.core.tabular import Table, read_table
from booth_app.core.text import clean, fold
from booth_app.core.visitors.import_columns import check_mapping, detect_mapping
from booth_app.core.visitors.import_writer import (
    INDEXED,
    REINDEX_FROM,
    VISITOR_COLUMNS,
    Clock,
    Inserter,
    Updater,
    drop_trigger,
    fresh_codes,
    incoming_values,
)
from booth_app.core.visitors.register import VisitorFields
from booth_app.storage.ids import new_id, utcnow
from booth_app.storage.models import Meta, Visitor

if TYPE_CHECKING:
    from booth_app.storage.database import Database

YES = frozenset({"yes", "ya", "y", "true", "1", "x", "setuju", "agree", "agreed", "✓", "v"})
BATCH = 5_000
# Columns whose cells repeat down a list (checked once per distinct cell), in the order
# the form's rule would complain about them; the last two are always checked that way
# (they are not the form's rule's: the import reads yes/ya/x and country names itself).
_REPEATING = ("organization", "job_title", "category", "consent", "country")
_ALWAYS_ONCE = ("consent", "country")


@dataclass
class ImportResult:
    imported: int = 0
    updated: int = 0
    skipped: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)
    rows: int = 0
    # Seconds per step (read, load, check, prepare, insert, search_index, commit):
    # where an import's time went, for the benchmark and for anyone asking why.
    timings: dict[str, float] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "imported": self.imported,
            "updated": self.updated,
            "skipped": self.skipped,
            "errors": list(self.errors),
        }


def preview(table: Table, mapping: dict[str, int], limit: int = 10) -> list[dict[str, Any]]:
    """The first rows as they would be imported: `{"row", "fields" | "error"}`."""
    parse = _RowParser(mapping, table.rows[:limit])
    shown = []
    for number, cells in table.rows[:limit]:
        try:
            shown.append({"row": number, "fields": parse(cells)})
        except InputError as exc:
            shown.append({"row": number, "error": str(exc)})
    return shown


def import_visitors(
    db: Database,
    path: str | Path,
    mapping: dict[str, int] | None = None,
    progress: Progress = NO_PROGRESS,
    *,
    session: Session | None = None,
    table: Table | None = None,
) -> ImportResult:
    """Add or update visitors from a CSV/XLSX file; see the module docstring.

    With `session`, the work happens in the caller's transaction (the caller commits);
    otherwise in a transaction of its own. Raises InputError for a file that cannot
    be read or has no name column, Cancelled when `progress` is cancelled; in both
    cases nothing is kept.
    """
    with collector_paused():
        clock = Clock()
        table = table if table is not None else read_table(path)
        clock.lap("read")
        mapping = dict(mapping) if mapping is not None else detect_mapping(table.headers)
        check_mapping(mapping)
        if session is not None:
            return _Importer(db, session, table, mapping, progress, clock).run()
        with db.session() as s:
            result = _Importer(db, s, table, mapping, progress, clock).run()
            clock.lap()
        clock.lap("commit")
        return result


class _RowParser:
    """A row's checked fields: `VisitorFields.parse`, the form's rule, for every row.

    An organiser's list names a few dozen organisations, titles, categories and
    countries in 100,000 rows, so those cells are checked once per distinct spelling
    (VisitorFields.parse checks each field on its own); the cells that differ on every
    row (names, e-mail, phone, registration id, and any column of `rows` that hardly
    repeats) are checked row by row.
    """

    def __init__(self, mapping: dict[str, int], rows: list[tuple[int, list[str]]]) -> None:
        self.mapping = mapping
        self.width = max(mapping.values(), default=-1) + 1
        repeating = [name for name in _REPEATING if name in mapping
                     and (name in _ALWAYS_ONCE or _repeats(rows, mapping[name]))]
        self.each_row = [(name, i) for name, i in mapping.items() if name not in repeating]
        # In the order the form's rule would complain: a bad category before a bad country.
        self.repeating: list[tuple[str, int, dict[str, Any]]] = [
            (name, mapping[name], {}) for name in repeating
        ]

    def __call__(self, cells: list[str]) -> dict[str, Any]:
        """The row's fields (VisitorFields' names and order), or InputError saying why not."""
        if len(cells) < self.width:
            cells = [*cells, *[""] * (self.width - len(cells))]
        values = vars(VisitorFields.parse(**{name: cells[i] for name, i in self.each_row}))
        for name, i, seen in self.repeating:
            cell = cells[i]
            got = seen.get(cell)
            if got is None:
                got = seen[cell] = _check_one(name, cell)
            if isinstance(got, InputError):
                raise got
            values[name] = got
        return values

    def filled(self, cells: list[str]) -> set[str]:
        """The fields whose cell holds something (a blank cell erases nothing)."""
        return {name for name, i in self.mapping.items() if i < len(cells) and cells[i].strip()}


def _repeats(rows: list[tuple[int, list[str]]], index: int) -> bool:
    """Whether a column's cells repeat enough to check each distinct one only once."""
    distinct = {cells[index] for _number, cells in rows if index < len(cells)}
    return len(distinct) * 4 <= len(rows)


def _check_one(name: str, cell: str) -> Any:
    """One cell of a repeating column, checked: its value, or the InputError it gets."""
    try:
        if name == "consent":
            return cell.strip().casefold() in YES
        if name == "country":
            country = cell.strip()
            return country_code(clean(country, 100)) if country else ""
        return getattr(VisitorFields.parse(name="-", **{name: cell}), name)
    except InputError as exc:
        return exc


class _Importer:
    def __init__(
        self, db: Database, session: Session, table: Table, mapping: dict[str, int],
        progress: Progress, clock: Clock,
    ) -> None:
        self.db, self.session, self.table = db, session, table
        self.mapping, self.progress, self.clock = mapping, progress, clock
        self.event_id = require_event(session).id
        self.result = ImportResult(rows=len(table), timings=clock.timings)
        self.total = 2 * len(table) + 1
        self.parse = _RowParser(mapping, table.rows)
        # Match keys -> visitor id, for visitors already stored and rows already read.
        self.by_external: dict[str, str] = {}
        self.by_email: dict[str, str] = {}
        self.by_name: dict[tuple[str, str], str] = {}
        self.existing: dict[str, dict[str, Any]] = {}
        self.changed: dict[str, dict[str, Any]] = {}
        self.new: dict[str, dict[str, Any]] = {}
        self.codes: set[str] = set()
        self.now = utcnow()
        self._folded: dict[str, str] = {}

    def _fold(self, text: str) -> str:
        # Organisations repeat thousands of times in a list: fold each spelling once.
        got = self._folded.get(text)
        if got is None:
            got = self._folded[text] = fold(text)
        return got

    def run(self) -> ImportResult:
        self.progress.report(0, self.total, "Reading the visitors already registered")
        self._load_existing()
        self.clock.lap("load")
        report, parse, take, result = self.progress.report, self.parse, self._take, self.result
        for done, (number, cells) in enumerate(self.table.rows, start=1):
            if done % 500 == 0:
                report(done, self.total, "Checking rows")
            try:
                values = parse(cells)
            except InputError as exc:
                result.skipped += 1
                result.errors.append({"row": number, "reason": str(exc)})
                continue
            take(values, cells)
        self.clock.lap("check")
        self._write()
        self.progress.report(self.total, self.total, "Done")
        return self.result

    # -- matching -------------------------------------------------------------------
    def _load_existing(self) -> None:
        names = ["id", "code", "sort_name", "search_text", *VISITOR_COLUMNS, "consent_at"]
        columns: list[Any] = [getattr(Visitor, c) for c in names]
        if self.db.is_sqlite:
            # Updates reach the full-text index in rowid order (see Updater).
            names.append("rowid")
            columns.append(literal_column("visitor.rowid"))
        # Core rather than ORM rows: a quarter of the time for 250,000 visitors.
        rows = self.session.connection().execute(
            select(*columns).where(Visitor.event_id == self.event_id, Visitor.deleted.is_(False))
        )
        for row in rows:
            record = dict(zip(names, row, strict=True))
            self.existing[record["id"]] = record
            self._index(record["id"], record, self._fold(record["organization"]))
        self.codes.update(self.session.connection().scalars(select(Visitor.code)))

    def _index(self, visitor_id: str, record: dict[str, Any], org_key: str) -> None:
        """Make the visitor findable by its match keys (`org_key`: folded organisation)."""
        if record["external_id"]:
            self.by_external.setdefault(record["external_id"], visitor_id)
        if record["email"]:
            self.by_email.setdefault(record["email"], visitor_id)
        self.by_name.setdefault((record["sort_name"], org_key), visitor_id)

    def _match(self, values: dict[str, Any], name_key: str, org_key: str) -> str | None:
        external_id = values["external_id"]
        if external_id:
            found = self.by_external.get(external_id)
            if found:
                return found
        email = values["email"]
        for found in (
            self.by_email.get(email) if email else None,
            self.by_name.get((name_key, org_key)),
        ):
            if found is None:
                continue
            other = self._record(found)["external_id"]
            # Same e-mail or name but another registration id: two different people
            # (a shared info@ address, two delegates with one name).
            if external_id and other and other != external_id:
                continue
            return found
        return None

    def _record(self, visitor_id: str) -> dict[str, Any]:
        return self.new.get(visitor_id) or self.changed.get(visitor_id) or self.existing[visitor_id]

    def _take(self, values: dict[str, Any], cells: list[str]) -> None:
        name_key = fold(values["name"])
        org_key = self._fold(values["organization"])
        found = self._match(values, name_key, org_key)
        if found is None:
            visitor_id = new_id()
            record = values
            record["consent_at"] = self.now if values["consent"] else None
            record["sort_name"] = name_key
            self.new[visitor_id] = record
            self.result.imported += 1
        else:
            visitor_id = found
            record = self._record(found)
            incoming = incoming_values(values, self.parse.filled(cells))
            if any(record[k] != v for k, v in incoming.items()):
                if found in self.existing and found not in self.changed:
                    record = self.changed[found] = dict(record)
                if incoming.get("consent") and not record["consent"]:
                    record["consent_at"] = self.now
                elif incoming.get("consent") is False:
                    record["consent_at"] = None
                record.update(incoming)
                record["sort_name"] = name_key
            org_key = self._fold(record["organization"])  # a blank cell kept the old one
            self.result.updated += 1
        self._index(visitor_id, record, org_key)

    # -- writing --------------------------------------------------------------------
    def _write(self) -> None:
        connection = self.session.connection()
        if self.changed:
            Updater(self.db, connection, self.clock)(self.changed, self.existing)
        self.progress.report(len(self.table), self.total, "Saving visitors")
        if self.new:
            self._write_new(connection)
        if self.new or self.changed:
            # Bulk rows bypass the session's stamping; keep the clock's high-water mark.
            self.session.merge(Meta(key="last_hlc", value=self.db.stamp()["hlc"]))
        self.session.flush()
        self.clock.lap("insert")

    def _write_new(self, connection: Any) -> None:
        clock = self.clock
        reindex = self.db.is_sqlite and len(self.new) >= REINDEX_FROM
        trigger = drop_trigger(connection, "visitor_fts_ai") if reindex else None
        first_rowid = (
            connection.exec_driver_sql("SELECT coalesce(max(rowid), 0) FROM visitor").scalar()
            if trigger else 0
        )
        clock.lap("search_index")
        items = list(self.new.items())
        codes = fresh_codes(len(items), self.codes)
        insert = Inserter(connection, self.db.is_sqlite, self.event_id)
        done = len(self.table)
        for start in range(0, len(items), BATCH):
            batch = insert.rows(
                items[start:start + BATCH], codes[start:start + BATCH], self.db.stamp()
            )
            clock.lap("prepare")
            insert(batch)
            clock.lap("insert")
            done += len(batch)
            self.progress.report(done, self.total, "Saving visitors")
        if trigger:
            # One statement, in rowid order: FTS5 writes its index in large sorted runs
            # instead of a small segment per row (what the trigger would do).
            connection.exec_driver_sql(
                f"INSERT INTO visitor_fts(rowid, search_text) SELECT rowid, {INDEXED} "
                "FROM visitor WHERE rowid > ? ORDER BY rowid",
                (first_rowid,),
            )
            connection.exec_driver_sql(trigger)
            clock.lap("search_index")
