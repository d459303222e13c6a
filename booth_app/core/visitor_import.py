"""Importing the organiser's visitor list (CSV or XLSX) into the event.

The rules, in the order a row meets them:

- Columns are recognised from their headers in English or Indonesian
  (`detect_mapping`); the dialog may hand in a corrected mapping.
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

import gc
import secrets
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, literal_column, select, update
from sqlalchemy.orm import Session

from booth_app.core.codes import CODE_ALPHABET, CODE_LENGTH
from booth_app.core.countries import country_code
from booth_app.core.errors import InputError
from booth_app.core.events import require_event
from booth_app.core.progress import NO_PROGRESS, Progress
from booth_app.core.search import index_text
from booth_app.core.tabular import Table, header_key, read_table
from booth_app.core.text import clean, fold
from booth_app.core.visitors import VisitorFields
from booth_app.storage.ids import new_id, utcnow
from booth_app.storage.models import Meta, Visitor

if TYPE_CHECKING:
    from booth_app.storage.database import Database

# Field name -> header spellings seen in organisers' exports (compared by header_key,
# so case, spaces and punctuation do not matter: "No. HP" == "no hp" == "NoHP").
HEADERS: dict[str, tuple[str, ...]] = {
    "name": (
        "name", "full name", "fullname", "nama", "nama lengkap", "visitor name",
        "participant name", "attendee name", "delegate name", "nama peserta",
        "nama pengunjung", "contact name",
    ),
    "given_name": ("first name", "firstname", "given name", "forename", "nama depan"),
    "family_name": (
        "last name", "lastname", "surname", "family name", "nama belakang", "nama keluarga",
    ),
    "organization": (
        "company", "company name", "organization", "organisation", "organization name",
        "organisation name", "instansi", "nama instansi", "asal instansi", "perusahaan",
        "nama perusahaan", "institution", "institusi", "lembaga", "employer", "hospital",
    ),
    "email": (
        "email", "e-mail", "email address", "e-mail address", "alamat email",
        "alamat e-mail", "surel", "mail",
    ),
    "phone": (
        "phone", "phone number", "mobile", "mobile number", "mobile phone", "telephone",
        "tel", "no hp", "nomor hp", "no. hp", "no handphone", "nomor handphone", "hp",
        "telepon", "no telepon", "nomor telepon", "no telp", "telp", "whatsapp",
        "no whatsapp", "nomor whatsapp", "no wa", "wa", "cell", "cell phone",
    ),
    "country": ("country", "negara", "country of residence", "nationality", "asal negara"),
    "job_title": (
        "job title", "jobtitle", "title", "position", "jabatan", "designation", "role",
        "posisi", "job",
    ),
    "category": ("category", "kategori", "type", "visitor type", "jenis", "tipe"),
    "external_id": (
        "registration id", "registration no", "registration number", "reg id", "reg no",
        "reg number", "id", "ticket", "ticket id", "ticket number", "no registrasi",
        "nomor registrasi", "no. registrasi", "kode", "kode registrasi", "badge id",
        "barcode", "attendee id",
    ),
    "consent": ("consent", "persetujuan", "agree", "setuju", "opt in", "opt-in"),
}
FIELDS: tuple[str, ...] = tuple(HEADERS)
YES = frozenset({"yes", "ya", "y", "true", "1", "x", "setuju", "agree", "agreed", "✓", "v"})
BATCH = 5_000
# Below this many new rows the per-row full-text trigger is cheap enough.
REINDEX_FROM = 500
_COLUMNS = (
    "name", "given_name", "family_name", "organization", "job_title", "email", "phone",
    "country", "category", "external_id", "consent",
)
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


def detect_mapping(headers: Iterable[str]) -> dict[str, int]:
    """Which column holds each field: `{"name": 0, "email": 3, ...}`."""
    wanted = {header_key(s): name for name, spellings in HEADERS.items() for s in spellings}
    mapping: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = header_key(header)
        name = wanted.get(key)
        if name is None and key:
            name = _loose_match(key)
        if name and name not in mapping:
            mapping[name] = index
    return mapping


def _loose_match(key: str) -> str | None:
    # Headers with a note added: "Email (work)", "Nama Lengkap*", "Phone / WhatsApp".
    for name, spellings in HEADERS.items():
        for spelling in spellings:
            spelled = header_key(spelling)
            if len(spelled) >= 5 and key.startswith(spelled):
                return name
    return None


def check_mapping(mapping: dict[str, int]) -> None:
    if "name" not in mapping and not ({"given_name", "family_name"} & set(mapping)):
        raise InputError(
            "No column for the visitor's name was found (expected a header such as "
            "Name, Full Name, Nama, Nama Lengkap, or First Name and Last Name)."
        )
    unknown = set(mapping) - set(FIELDS)
    if unknown:
        raise InputError(f"Unknown import field(s): {', '.join(sorted(unknown))}")


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
    with _no_cycle_collection():
        clock = _Clock()
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


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused for the length of an import.

    An import makes a million objects and frees almost none until the end, so the
    collector walks all of them again and again and finds nothing (half a second of
    six at 100,000 rows). Plain reference counting still frees everything; the
    collector is switched back on (if it was on) however the import ends.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


class _Clock:
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
        progress: Progress, clock: _Clock,
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
        names = ["id", "code", "sort_name", "search_text", *_COLUMNS, "consent_at"]
        columns: list[Any] = [getattr(Visitor, c) for c in names]
        if self.db.is_sqlite:
            # Updates reach the full-text index in rowid order (see _Updater).
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
            incoming = _incoming(values, self.parse.filled(cells))
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
            _Updater(self.db, connection, self.clock)(self.changed, self.existing)
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
        trigger = _drop_trigger(connection, "visitor_fts_ai") if reindex else None
        first_rowid = (
            connection.exec_driver_sql("SELECT coalesce(max(rowid), 0) FROM visitor").scalar()
            if trigger else 0
        )
        clock.lap("search_index")
        items = list(self.new.items())
        codes = _fresh_codes(len(items), self.codes)
        insert = _Inserter(connection, self.db.is_sqlite, self.event_id)
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
                f"INSERT INTO visitor_fts(rowid, search_text) SELECT rowid, {_INDEXED} "
                "FROM visitor WHERE rowid > ? ORDER BY rowid",
                (first_rowid,),
            )
            connection.exec_driver_sql(trigger)
            clock.lap("search_index")


# What the full-text index holds for a visitor row (migration 0001: live visitors only).
_INDEXED = "CASE WHEN deleted THEN '' ELSE search_text END"


def _search_text(record: dict[str, Any], code: str) -> str:
    return index_text(
        record["name"], record["organization"], record["email"], code, record["phone"]
    )


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


class _Inserter:
    """Inserts new visitor rows: on SQLite as plain tuples through the driver's executemany.

    SQLAlchemy's per-row parameter processing costs more than SQLite's own work at
    100,000 rows; the only values needing conversion (times) are the same for a whole
    batch, so they are converted once with the column types' own bind processors.
    """

    # Column order of the tuples: what varies per row, then what a batch shares.
    ROW = ("id", "code", "search_text", "consent_at", *_COLUMNS, "sort_name")
    SHARED = ("event_id", "source", "notes", "merged_into_id", "created_at", "updated_at",
              "device_id", "hlc", "deleted")

    def __init__(self, connection: Any, raw: bool, event_id: str) -> None:
        table_columns = {column.name for column in Visitor.__table__.columns}
        if set(self.ROW + self.SHARED) != table_columns or len(self.ROW + self.SHARED) != len(
            table_columns
        ):
            raise RuntimeError("the import does not fill every visitor column")
        self.connection, self.raw, self.event_id = connection, raw, event_id
        # Other databases get the values as they are: SQLAlchemy converts them there.
        self.bind = (
            _binder(connection, ("consent_at", "created_at", "updated_at")) if raw
            else _as_is
        )
        self.pick = itemgetter(*_COLUMNS, "sort_name")
        columns = self.ROW + self.SHARED
        marks = ", ".join("?" for _ in columns)
        self.sql = f"INSERT INTO visitor ({', '.join(columns)}) VALUES ({marks})"

    def rows(
        self, items: list[tuple[str, dict[str, Any]]], codes: list[str], stamp: dict[str, Any]
    ) -> list[tuple[Any, ...]]:
        """The batch's rows as tuples in ROW + SHARED order (a search text each)."""
        bind, pick = self.bind, self.pick
        shared = (
            self.event_id, "import", "", None, bind("created_at", stamp["created_at"]),
            bind("updated_at", stamp["updated_at"]), stamp["device_id"], stamp["hlc"],
            stamp["deleted"],
        )
        return [
            (visitor_id, code, _search_text(record, code), bind("consent_at", record["consent_at"]),
             *pick(record), *shared)
            for (visitor_id, record), code in zip(items, codes, strict=True)
        ]

    def __call__(self, rows: list[tuple[Any, ...]]) -> None:
        if self.raw:
            _executemany(self.connection, self.sql, rows)
            return
        names = self.ROW + self.SHARED
        self.connection.execute(
            Visitor.__table__.insert(), [dict(zip(names, row, strict=True)) for row in rows]
        )


def _as_is(_column: str, value: Any) -> Any:
    return value


class _Updater:
    """Writes the visitors a file changed, with one writer stamp for all of them.

    Each UPDATE sets only the columns that changed (rows grouped by which ones), so
    SQLite leaves the indexes of unchanged columns alone. The full-text trigger fires
    for an UPDATE that sets search_text, even to the same text, and FTS5 then writes a
    segment per row (0.3 ms each: 40 s for a re-imported list of 100,000); so
    search_text is set only where it changed, and when many changed the trigger is set
    aside and the index entries are replaced in rowid order, in two passes (old words
    out, new words in).
    """

    COLUMNS = (*_COLUMNS, "consent_at", "sort_name")
    WRITER = ("updated_at", "device_id", "hlc")

    def __init__(self, db: Database, connection: Any, clock: _Clock) -> None:
        self.db, self.connection, self.clock = db, connection, clock
        self.raw = db.is_sqlite

    def __call__(
        self, changed: dict[str, dict[str, Any]], before: dict[str, dict[str, Any]]
    ) -> None:
        """Write `changed` records, compared with the same visitors `before` the file."""
        stamp = self.db.stamp()
        bind = _binder(self.connection, ("consent_at", "updated_at")) if self.raw else _as_is
        writer = (bind("updated_at", stamp["updated_at"]), stamp["device_id"], stamp["hlc"])
        records = list(changed.items())
        if self.raw:
            records.sort(key=lambda item: item[1]["rowid"])
        groups: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
        entries: list[tuple[int, str, str]] = []  # rowid, old text, new text
        for visitor_id, record in records:
            old = before[visitor_id]
            columns = tuple(c for c in self.COLUMNS if record[c] != old[c])
            values = [bind(c, record[c]) for c in columns]
            text = _search_text(record, record["code"])
            if text != old["search_text"]:
                columns += ("search_text",)
                values.append(text)
                if self.raw:
                    entries.append((record["rowid"], old["search_text"], text))
            # A row whose cells came back to what they were is still stamped, as before.
            groups.setdefault(columns, []).append((*values, *writer, visitor_id))
        self.clock.lap("prepare")
        bulk = self.raw and len(entries) >= REINDEX_FROM
        trigger = _drop_trigger(self.connection, "visitor_fts_au") if bulk else None
        if trigger:
            # Every changed visitor is live (only live ones are matched): indexed as is.
            _executemany(self.connection, "INSERT INTO visitor_fts(visitor_fts, rowid, "
                         "search_text) VALUES ('delete', ?, ?)", [e[:2] for e in entries])
            self.clock.lap("search_index")
        for columns, rows in groups.items():
            self._update((*columns, *self.WRITER), rows)
        self.clock.lap("insert")
        if trigger:
            _executemany(self.connection, "INSERT INTO visitor_fts(rowid, search_text) "
                         "VALUES (?, ?)", [(e[0], e[2]) for e in entries])
            self.connection.exec_driver_sql(trigger)
            self.clock.lap("search_index")

    def _update(self, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
        """UPDATE the `rows` (values in `columns` order, then the id)."""
        if not rows:
            return
        if self.raw:
            sets = ", ".join(f"{c} = ?" for c in columns)
            _executemany(self.connection, f"UPDATE visitor SET {sets} WHERE id = ?", rows)
            return
        table = Visitor.__table__
        statement = (
            update(table).where(table.c.id == bindparam("_id"))
            .values({c: bindparam(c) for c in columns})
        )
        names = (*columns, "_id")
        self.connection.execute(statement, [dict(zip(names, r, strict=True)) for r in rows])


def _executemany(connection: Any, sql: str, rows: list[tuple[Any, ...]]) -> None:
    """`sql` for each of `rows`, straight through the SQLite driver."""
    cursor = connection.connection.driver_connection.cursor()
    try:
        cursor.executemany(sql, rows)
    finally:
        cursor.close()


def _incoming(values: dict[str, Any], filled: set[str]) -> dict[str, Any]:
    """The values a matching row brings: its filled-in cells (blanks erase nothing)."""
    incoming = {c: values[c] for c in _COLUMNS if c in filled}
    incoming["name"] = values["name"]  # also when it came from first + last name
    return incoming


def _fresh_codes(count: int, taken: set[str]) -> list[str]:
    """`count` new short codes (core.codes alphabet and length) not in `taken`.

    The same draw as `codes.new_code` (each character uniform over the alphabet), from
    one block of random bytes for all of them: a byte below a multiple of the
    alphabet's size picks `alphabet[byte % size]`, the bytes above it are dropped, so
    there is no bias. 100,000 codes in a few hundredths of a second.
    """
    size = len(CODE_ALPHABET)
    limit = 256 - 256 % size
    table = bytes(ord(CODE_ALPHABET[b % size]) if b < limit else 0 for b in range(256))
    dropped = bytes(range(limit, 256))
    out: list[str] = []
    while len(out) < count:
        # A little more than needed: 1/16 of the bytes are dropped, a few codes are taken.
        want = (count - len(out)) * CODE_LENGTH * 9 // 8 + 64
        chars = secrets.token_bytes(want).translate(table, dropped).decode("ascii")
        for start in range(0, len(chars) - CODE_LENGTH + 1, CODE_LENGTH):
            code = chars[start:start + CODE_LENGTH]
            if code not in taken:
                taken.add(code)
                out.append(code)
                if len(out) == count:
                    break
    return out


def _drop_trigger(connection: Any, name: str) -> str | None:
    """Drop the full-text trigger `name`, returning its SQL to recreate it (or None)."""
    sql = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)
    ).scalar()
    if sql:
        connection.exec_driver_sql(f"DROP TRIGGER {name}")
    return sql
