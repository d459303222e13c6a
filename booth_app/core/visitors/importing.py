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

For speed (100,000 rows within 1.5 times SQLite's own share of the work): the rows are
checked a column at a time (core.visitors.import_columns.check_rows, the form's rule
applied to whole columns; a refused row goes through the rule itself, which says why)
and their search words made the same way (core.visitors.import_search); matching is
one pass of dictionary look-ups; on SQLite the rows go in as plain tuples through the
driver's executemany, with the full-text index and the secondary indexes filled after
a large batch, and only the visitors whose searchable words changed are re-indexed on
a re-import (core.visitors.import_writer). ImportResult.timings says where the time
went. Progress is reported every few hundred rows, and Cancel is honoured at each
report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from booth_app.core.errors import InputError
from booth_app.core.events import require_event
from booth_app.core.gc_pause import collector_paused
from booth_app.core.progress import NO_PROGRESS, Progress
from booth_app.core.tabular import Table, read_table
from booth_app.core.text import fold
from booth_app.core.visitors.import_columns import (
    check_mapping,
    check_rows,
    detect_mapping,
    parse_row,
)
from booth_app.core.visitors.import_match import Matcher, picker
from booth_app.core.visitors.import_search import SearchTexts, fold_column
from booth_app.core.visitors.import_writer import (
    REBUILD_INDEXES_FROM,
    REINDEX_FROM,
    VISITOR_COLUMNS,
    Clock,
    Inserter,
    Updater,
    drop_trigger,
    fill_search_index,
    fresh_codes,
    new_ids,
    set_indexes_aside,
)
from booth_app.storage.ids import utcnow
from booth_app.storage.models import Meta, Visitor

if TYPE_CHECKING:
    from collections.abc import Callable

    from booth_app.storage.database import Database

BATCH = 5_000  # rows written between two progress reports
CHUNK = 2_000  # rows checked a column at a time between two progress reports
STEP = 500  # rows matched between two progress reports
# A new visitor's columns, kept by field for the whole file (row k's value at k).
RECORD = (*VISITOR_COLUMNS, "sort_name")
# A stored visitor as loaded (rowid on SQLite only: updates go by rowid there).
STORED = ("id", "code", "sort_name", "search_text", *VISITOR_COLUMNS, "consent_at")


@dataclass
class ImportResult:
    imported: int = 0
    updated: int = 0
    skipped: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)
    rows: int = 0
    # Seconds per step (read, load, check, match, prepare, insert, search_index, commit):
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
    shown = []
    for number, cells in table.rows[:limit]:
        try:
            shown.append({"row": number, "fields": parse_row(cells, mapping)})
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


class _Importer:
    """One import. Visitors are keyed by id when stored, by their first row's position
    in the file (an int) when new; a new visitor's values stay in `columns`."""

    def __init__(
        self, db: Database, session: Session, table: Table, mapping: dict[str, int],
        progress: Progress, clock: Clock,
    ) -> None:
        self.db, self.session, self.table = db, session, table
        self.mapping, self.progress, self.clock = mapping, progress, clock
        self.event_id = require_event(session).id
        self.result = ImportResult(rows=len(table), timings=clock.timings)
        self.total = 2 * len(table) + 1
        # Every row's checked values by field (RECORD, and org_key: the folded
        # organisation), the mapped cells as read, and the rows refused.
        self.columns: dict[str, list[Any]] = {name: [] for name in (*RECORD, "org_key")}
        self.cells: dict[str, list[str]] = {name: [] for name in mapping}
        self.refused: set[int] = set()
        self.stored = STORED + (("rowid",) if db.is_sqlite else ())
        self.now = utcnow()
        # Organisations repeat thousands of times in a list: each spelling folded once.
        self._folded: dict[str, str] = {}
        self._fold = _memo(fold, self._folded)  # no reference back to the importer
        self.matcher = Matcher(self.stored, self.columns, self.cells, self.now, self._fold)
        self.codes: set[str] = set()
        self.search = SearchTexts()

    def run(self) -> ImportResult:
        self.progress.report(0, self.total, "Reading the visitors already registered")
        self._load_existing()
        self.clock.lap("load")
        self._check()
        self.clock.lap("check")
        self._match()
        self.clock.lap("match")
        self._write()
        self.progress.report(self.total, self.total, "Done")
        return self.result

    # -- checking ---------------------------------------------------------------------
    def _check(self) -> None:
        """Every row checked (check_rows), a chunk at a time; refused rows reported."""
        rows, columns, cells, result = self.table.rows, self.columns, self.cells, self.result
        seen: dict[str, dict[str, Any]] = {}
        for start in range(0, len(rows), CHUNK):
            checked = check_rows(rows[start:start + CHUNK], self.mapping, seen)
            for name in RECORD[:-1]:
                columns[name].extend(checked.values[name])
            columns["sort_name"].extend(fold_column(checked.values["name"]))
            organizations = checked.values["organization"]
            for organization in set(organizations).difference(self._folded):
                self._fold(organization)
            columns["org_key"].extend(map(self._folded.__getitem__, organizations))
            for name, column in checked.cells.items():
                cells[name].extend(column)
            for k, reason in checked.errors.items():
                self.refused.add(start + k)
                result.errors.append({"row": checked.numbers[k], "reason": reason})
            self.progress.report((start + len(checked.numbers)) // 2, self.total,
                                 "Checking rows")
        result.skipped = len(self.refused)

    # -- matching ---------------------------------------------------------------------
    def _load_existing(self) -> None:
        names = self.stored
        connection = self.session.connection()
        if self.db.is_sqlite:
            # Plain tuples from the driver: a tenth of the time of result rows.
            cursor = connection.connection.driver_connection.cursor()
            try:
                rows: Any = cursor.execute(
                    f"SELECT {', '.join(names)} FROM visitor WHERE event_id = ? AND deleted = 0",
                    (self.event_id,),
                ).fetchall()
                self.codes.update(map(itemgetter(0), cursor.execute("SELECT code FROM visitor")))
            finally:
                cursor.close()
        else:
            columns = [getattr(Visitor, c) for c in names]
            rows = connection.execute(select(*columns).where(
                Visitor.event_id == self.event_id, Visitor.deleted.is_(False))).all()
            self.codes.update(connection.scalars(select(Visitor.code)))
        self.matcher.load(rows)

    def _match(self) -> None:
        """Each row in file order onto its visitor (core.visitors.import_match)."""
        count, first = len(self.table), len(self.table) // 2

        def report(k: int) -> None:
            self.progress.report(first + k // 2, self.total, "Matching rows")

        self.result.imported, self.result.updated = self.matcher.match_rows(
            count, self.refused, self.columns["org_key"], report, STEP)

    # -- writing ----------------------------------------------------------------------
    def _write(self) -> None:
        connection = self.session.connection()
        updater = Updater(self.db, connection, self.clock, self.search)
        changed = self.matcher.updates(updater.layout)
        if changed:
            updater(changed, self.stored)
        self.progress.report(len(self.table), self.total, "Saving visitors")
        if self.matcher.new:
            self._write_new(connection)
        if self.matcher.new or changed:
            # Bulk rows bypass the session's stamping; keep the clock's high-water mark.
            self.session.merge(Meta(key="last_hlc", value=self.db.stamp()["hlc"]))
        self.session.flush()
        self.clock.lap("insert")

    def _write_new(self, connection: Any) -> None:
        clock, new, columns = self.clock, self.matcher.new, self.columns
        sqlite = self.db.is_sqlite
        trigger = drop_trigger(connection, "visitor_fts_ai") if (
            sqlite and len(new) >= REINDEX_FROM) else None
        first_rowid = (
            connection.exec_driver_sql("SELECT coalesce(max(rowid), 0) FROM visitor").scalar()
            if trigger else 0
        )
        indexes = set_indexes_aside(connection) if sqlite and len(new) >= max(
            REBUILD_INDEXES_FROM, self._stored_rows(connection)) else []
        clock.lap("search_index")
        codes = fresh_codes(len(new), self.codes)
        insert = Inserter(connection, sqlite, self.event_id)
        done = len(self.table)
        for start in range(0, len(new), BATCH):
            part = new[start:start + BATCH]
            pick = picker(part)
            batch = {name: pick(columns[name]) for name in RECORD}
            got = codes[start:start + len(part)]
            texts = self.search(batch["sort_name"], batch["organization"], batch["email"],
                                got, batch["phone"])
            rows = insert.rows(batch, new_ids(len(part)), got, texts, self.now, self.db.stamp())
            clock.lap("prepare")
            insert(rows)
            clock.lap("insert")
            done += len(part)
            self.progress.report(done, self.total, "Saving visitors")
        if trigger:
            fill_search_index(connection, first_rowid)
            connection.exec_driver_sql(trigger)
            clock.lap("search_index")
        for statement in indexes:
            connection.exec_driver_sql(statement)
        clock.lap("indexes")

    def _stored_rows(self, connection: Any) -> int:
        return int(connection.exec_driver_sql("SELECT count(*) FROM visitor").scalar())


def _memo(function: Callable[[str], str], seen: dict[str, str]) -> Callable[[str], str]:
    """`function`, remembering each result in `seen`."""
    def remembered(text: str) -> str:
        got = seen.get(text)
        if got is None:
            got = seen[text] = function(text)
        return got

    return remembered
