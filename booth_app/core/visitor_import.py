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

For speed (100,000 rows) the rows go in with Core bulk inserts, and on SQLite the
full-text index is filled with one statement after the rows instead of a trigger
call per row.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, select, update
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


@dataclass
class ImportResult:
    imported: int = 0
    updated: int = 0
    skipped: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)
    rows: int = 0

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
    countries: dict[str, str | InputError] = {}
    shown = []
    for number, cells in table.rows[:limit]:
        try:
            fields, _filled = _parse(cells, mapping, countries)
            shown.append({"row": number, "fields": vars(fields)})
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
    table = table if table is not None else read_table(path)
    mapping = dict(mapping) if mapping is not None else detect_mapping(table.headers)
    check_mapping(mapping)
    scope: AbstractContextManager[Session] = (
        nullcontext(session) if session is not None else db.session()
    )
    with scope as s:
        return _Importer(db, s, table, mapping, progress).run()


class _Importer:
    def __init__(
        self, db: Database, session: Session, table: Table, mapping: dict[str, int],
        progress: Progress,
    ) -> None:
        self.db, self.session, self.table = db, session, table
        self.mapping, self.progress = mapping, progress
        self.event_id = require_event(session).id
        self.result = ImportResult(rows=len(table))
        self.total = 2 * len(table) + 1
        self.countries: dict[str, str | InputError] = {}
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
        for done, (number, cells) in enumerate(self.table.rows, start=1):
            if done % 500 == 0:
                self.progress.report(done, self.total, "Checking rows")
            try:
                fields, filled = _parse(cells, self.mapping, self.countries)
            except InputError as exc:
                self.result.skipped += 1
                self.result.errors.append({"row": number, "reason": str(exc)})
                continue
            self._take(fields, filled)
        self._write()
        self.progress.report(self.total, self.total, "Done")
        return self.result

    # -- matching -------------------------------------------------------------------
    def _load_existing(self) -> None:
        names = ("id", "code", "sort_name", *_COLUMNS, "consent_at")
        columns = [getattr(Visitor, c) for c in names]
        rows = self.session.execute(
            select(*columns).where(Visitor.event_id == self.event_id, Visitor.deleted.is_(False))
        )
        for row in rows:
            record = row._asdict()
            self.existing[record["id"]] = record
            self._index(record["id"], record)
        self.codes.update(self.session.scalars(select(Visitor.code)))

    def _index(self, visitor_id: str, record: dict[str, Any]) -> None:
        if record["external_id"]:
            self.by_external.setdefault(record["external_id"], visitor_id)
        if record["email"]:
            self.by_email.setdefault(record["email"], visitor_id)
        key = (record["sort_name"], self._fold(record["organization"]))
        self.by_name.setdefault(key, visitor_id)

    def _match(self, fields: VisitorFields, name_key: str) -> str | None:
        if fields.external_id:
            found = self.by_external.get(fields.external_id)
            if found:
                return found
        candidates = []
        if fields.email:
            candidates.append(self.by_email.get(fields.email))
        candidates.append(self.by_name.get((name_key, self._fold(fields.organization))))
        for found in candidates:
            if found is None:
                continue
            other = self._record(found)["external_id"]
            # Same e-mail or name but another registration id: two different people
            # (a shared info@ address, two delegates with one name).
            if fields.external_id and other and other != fields.external_id:
                continue
            return found
        return None

    def _record(self, visitor_id: str) -> dict[str, Any]:
        return self.new.get(visitor_id) or self.changed.get(visitor_id) or self.existing[visitor_id]

    def _take(self, fields: VisitorFields, filled: set[str]) -> None:
        name_key = fold(fields.name)
        found = self._match(fields, name_key)
        if found is None:
            visitor_id = new_id()
            record = {c: getattr(fields, c) for c in _COLUMNS}
            record["consent_at"] = self.now if fields.consent else None
            record["sort_name"] = name_key
            self.new[visitor_id] = record
            self.result.imported += 1
        else:
            visitor_id = found
            record = self._record(found)
            incoming = _incoming(fields, filled)
            if any(record[k] != v for k, v in incoming.items()):
                if found in self.existing and found not in self.changed:
                    record = self.changed[found] = dict(record)
                if incoming.get("consent") and not record["consent"]:
                    record["consent_at"] = self.now
                elif incoming.get("consent") is False:
                    record["consent_at"] = None
                record.update(incoming)
                record["sort_name"] = name_key
            self.result.updated += 1
        self._index(visitor_id, record)

    # -- writing --------------------------------------------------------------------
    def _write(self) -> None:
        done = len(self.table)
        connection = self.session.connection()
        if self.changed:
            stamp = self.db.stamp()
            statement = (
                update(Visitor.__table__)
                .where(Visitor.__table__.c.id == bindparam("_id"))
                .values({c: bindparam(c) for c in (*_COLUMNS, "consent_at", "sort_name",
                                                   "search_text", "updated_at", "device_id",
                                                   "hlc")})
            )
            params = []
            for visitor_id, record in self.changed.items():
                row = {c: record[c] for c in (*_COLUMNS, "consent_at", "sort_name")}
                row["search_text"] = _search_text(record, record["code"])
                row.update(
                    _id=visitor_id, updated_at=stamp["updated_at"],
                    device_id=stamp["device_id"], hlc=stamp["hlc"],
                )
                params.append(row)
            connection.execute(statement, params)
        last_hlc = None
        if self.new:
            reindex = self.db.is_sqlite and len(self.new) >= REINDEX_FROM
            trigger = _drop_insert_trigger(connection) if reindex else None
            first_rowid = (
                connection.exec_driver_sql("SELECT coalesce(max(rowid), 0) FROM visitor").scalar()
                if trigger else 0
            )
            items = list(self.new.items())
            codes = _fresh_codes(len(items), self.codes)
            insert = _Inserter(connection, self.db.is_sqlite)
            for start in range(0, len(items), BATCH):
                stamp = self.db.stamp()
                last_hlc = stamp["hlc"]
                batch = []
                for (visitor_id, record), code in zip(
                    items[start:start + BATCH], codes[start:start + BATCH], strict=True
                ):
                    row = dict(record, **stamp)
                    row.update(id=visitor_id, event_id=self.event_id, code=code,
                               source="import", notes="", merged_into_id=None,
                               search_text=_search_text(record, code))
                    batch.append(row)
                insert(batch)
                done += len(batch)
                self.progress.report(done, self.total, "Saving visitors")
            if trigger:
                connection.exec_driver_sql(
                    "INSERT INTO visitor_fts(rowid, search_text) SELECT rowid, "
                    "CASE WHEN deleted THEN '' ELSE search_text END FROM visitor "
                    "WHERE rowid > ?",
                    (first_rowid,),
                )
                connection.exec_driver_sql(trigger)
        if last_hlc is not None:
            # Bulk rows bypass the session's stamping; keep the clock's high-water mark.
            self.session.merge(Meta(key="last_hlc", value=self.db.stamp()["hlc"]))
        self.session.flush()


def _search_text(record: dict[str, Any], code: str) -> str:
    return index_text(
        record["name"], record["organization"], record["email"], code, record["phone"]
    )


class _Inserter:
    """Inserts visitor rows: on SQLite straight through the driver's executemany.

    SQLAlchemy's per-row parameter processing costs more than SQLite's own work at
    100,000 rows; the only values needing conversion (times) are the same for a whole
    batch, so they are converted once with the column types' own bind processors.
    """

    def __init__(self, connection: Any, raw: bool) -> None:
        self.connection = connection
        self.table = Visitor.__table__
        self.raw = raw
        self.columns = [column.name for column in self.table.columns]
        self.times = {c.name: c.type for c in self.table.columns
                      if c.name in ("created_at", "updated_at", "consent_at")}
        marks = ", ".join("?" for _ in self.columns)
        self.sql = f"INSERT INTO visitor ({', '.join(self.columns)}) VALUES ({marks})"

    def __call__(self, rows: list[dict[str, Any]]) -> None:
        if not self.raw:
            self.connection.execute(self.table.insert(), rows)
            return
        dialect = self.connection.dialect
        cache: dict[Any, Any] = {}

        def convert(name: str, value: Any) -> Any:
            if value is None:
                return None
            key = (name, value)
            if key not in cache:
                processor = self.times[name].bind_processor(dialect)
                cache[key] = processor(value) if processor else value
            return cache[key]

        timed = [i for i, c in enumerate(self.columns) if c in self.times]
        tuples = []
        for row in rows:
            values = [row[c] for c in self.columns]
            for i in timed:
                values[i] = convert(self.columns[i], values[i])
            tuples.append(values)
        cursor = self.connection.connection.driver_connection.cursor()
        try:
            cursor.executemany(self.sql, tuples)
        finally:
            cursor.close()


def _incoming(fields: VisitorFields, filled: set[str]) -> dict[str, Any]:
    """The values a matching row brings: its filled-in cells (blanks erase nothing)."""
    values = {c: getattr(fields, c) for c in _COLUMNS if c in filled}
    values["name"] = fields.name  # also when it came from first + last name
    return values


def _parse(
    cells: list[str], mapping: dict[str, int], countries: dict[str, str | InputError]
) -> tuple[VisitorFields, set[str]]:
    """A row's checked fields, and which of them had something in their cell."""
    raw = {name: (cells[i] if i < len(cells) else "") for name, i in mapping.items()}
    filled = {name for name, value in raw.items() if value.strip()}
    country = raw.pop("country", "").strip()
    if "consent" in raw:
        raw["consent"] = raw["consent"].strip().casefold() in YES
    fields = VisitorFields.parse(**raw)
    if country:
        # Looked up once per distinct spelling: 100,000 rows name a few dozen countries.
        code = countries.get(country)
        if code is None:
            try:
                code = country_code(clean(country, 100))
            except InputError as exc:
                code = exc
            countries[country] = code
        if isinstance(code, InputError):
            raise code
        fields.country = code
    return fields, filled


def _fresh_codes(count: int, taken: set[str]) -> list[str]:
    """`count` new short codes (core.codes alphabet and length) not in `taken`.

    The same draw as `codes.new_code`, from one block of random bytes per code rather
    than a call per character: 100,000 codes in a fraction of a second.
    """
    alphabet, size = CODE_ALPHABET, len(CODE_ALPHABET)
    limit = 256 - 256 % size  # reject bytes above a multiple of the size: no bias
    out: list[str] = []
    while len(out) < count:
        chunk = secrets.token_bytes(CODE_LENGTH * 2)
        chars = [alphabet[b % size] for b in chunk if b < limit][:CODE_LENGTH]
        if len(chars) < CODE_LENGTH:
            continue
        code = "".join(chars)
        if code not in taken:
            taken.add(code)
            out.append(code)
    return out


def _drop_insert_trigger(connection: Any) -> str | None:
    """Drop the full-text insert trigger, returning its SQL to recreate it (or None)."""
    sql = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'visitor_fts_ai'"
    ).scalar()
    if sql:
        connection.exec_driver_sql("DROP TRIGGER visitor_fts_ai")
    return sql
