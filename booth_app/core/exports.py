"""Lead exports for the coordinator: one manufacturer's leads to a CSV, XLSX or vCard
file, or every manufacturer's at once as a ZIP (optionally AES-256 encrypted).

What a file holds, column by column, is in `core.export_formats`. The rules here:

- A manufacturer's file is read with that manufacturer in the query itself: its live
  leads only (what its lead list shows), its own products and questions only. In the
  ZIP every manufacturer is read on its own the same way, so no folder can hold
  another manufacturer's lead.
- The ZIP holds one folder per manufacturer of the event, named "<CODE> - <name>"
  (characters Windows and macOS refuse in names replaced by "_"), each with one file,
  "<CODE> leads.csv" (.xlsx, .vcf). A manufacturer without leads still gets its
  folder and a file with the header row only (an empty .vcf for vCards), so every
  manufacturer receives something and "no leads" is plain to see. README.txt at the top
  lists the folders with their lead counts.
- With a password the ZIP is AES-256 encrypted (WinZip AES, through pyzipper): 7-Zip,
  WinZip, Keka, The Unarchiver and `7z x` open it; Windows Explorer's built-in ZIP
  folders and macOS Archive Utility do not read AES and say the file is damaged or ask
  in vain. File contents are encrypted, file and folder names (the manufacturers'
  names) are not. Without a password it is a plain ZIP any tool opens.
- An existing file is never replaced unless `overwrite=True` (ExportExists otherwise,
  before anything is read). The file is written under a temporary name in the same
  folder and renamed into place at the end, so a cancelled or failed export leaves
  nothing behind, and an existing file stays as it was until the new one is complete.
- Reading takes a read snapshot only: pass a `db.reader()` session, so scans on this
  laptop never wait for an export. The export is then recorded in the audit log with
  `log_export` in a short writing session (who, which manufacturer, how many leads,
  the format).
"""

from __future__ import annotations

import gc
import io
import json
import os
import re
import tempfile
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from booth_app.core.errors import InputError, NotFound
from booth_app.core.events import require_event
from booth_app.core.exhibitors import list_exhibitors
from booth_app.core.export_formats import (
    LeadRecord,
    QuestionColumn,
    Sheet,
    split_name,
    write_leads,
)
from booth_app.core.progress import NO_PROGRESS, Progress
from booth_app.core.text import clean
from booth_app.storage.ids import utcnow
from booth_app.storage.models import (
    Answer,
    AuditLog,
    Device,
    Event,
    Exhibitor,
    Lead,
    LeadInteraction,
    LeadProduct,
    Product,
    Question,
    Staff,
    Visitor,
)

FORMATS = ("csv", "xlsx", "vcf")
FORMAT_LABELS = {"csv": "CSV (Excel, CRMs)", "xlsx": "Excel workbook (XLSX)",
                 "vcf": "vCard (phones, address books)"}
AUDIT_ACTION = "leads.export"
README_NAME = "README.txt"
# Characters Windows refuses in file names (macOS only ":" and "/"), and its device names.
_UNSAFE_IN_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
             *(f"LPT{i}" for i in range(1, 10))}


class ExportExists(InputError):
    """The export's file already exists and replacing it was not asked for."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} already exists: choose another name (nothing was written).")
        self.path = path


@dataclass(frozen=True)
class ExportPart:
    """One manufacturer in an export."""

    exhibitor_id: str
    code: str
    name: str
    count: int  # leads written
    file: str  # the file's name, or its path inside the ZIP ("MEDIKA - PT X/MEDIKA leads.csv")


@dataclass
class ExportResult:
    count: int  # leads written, over every manufacturer
    path: Path
    fmt: str
    parts: list[ExportPart] = field(default_factory=list)
    encrypted: bool = False
    archive: bool = False  # a ZIP of every manufacturer

    def as_dict(self) -> dict[str, Any]:
        """What `booth leads export --json` prints."""
        return {"path": str(self.path), "format": self.fmt, "leads": self.count,
                "archive": self.archive, "encrypted": self.encrypted,
                "exhibitors": [{"code": p.code, "name": p.name, "leads": p.count,
                                "file": p.file} for p in self.parts]}


# -- names and checks ----------------------------------------------------------------------


def check_format(fmt: str) -> str:
    """csv, xlsx or vcf (any case); InputError otherwise."""
    wanted = (fmt or "").strip().lower().lstrip(".")
    wanted = {"vcard": "vcf", "excel": "xlsx"}.get(wanted, wanted)
    if wanted not in FORMATS:
        raise InputError(f"Leads export as csv, xlsx or vcf, not {fmt!r}.")
    return wanted


def safe_name(text: str, limit: int = 80) -> str:
    """`text` usable as a file or folder name on Windows, macOS and Linux."""
    name = _UNSAFE_IN_NAMES.sub("_", clean(text, 300)).strip(" .")
    if name.split(".")[0].upper() in _RESERVED:
        name = f"_{name}"
    return name[:limit].rstrip(" .") or "_"


def folder_name(exhibitor: Exhibitor) -> str:
    """The manufacturer's folder in the ZIP: "<CODE> - <name>"."""
    return safe_name(f"{exhibitor.code} - {exhibitor.name}")


def file_name(exhibitor: Exhibitor, fmt: str) -> str:
    """The manufacturer's file: "<CODE> leads.csv"."""
    return safe_name(f"{exhibitor.code} leads.{check_format(fmt)}")


def suggested_name(exhibitor: Exhibitor | None, fmt: str) -> str:
    """A file name to offer in a save dialog: one manufacturer's file, or the ZIP."""
    if exhibitor is None:
        return f"Leads of every manufacturer ({check_format(fmt).upper()}).zip"
    return safe_name(f"{exhibitor.code} - {exhibitor.name} - leads.{check_format(fmt)}", 120)


def check_password(password: str | None) -> str | None:
    """None (no encryption) or a non-empty password."""
    if password is None:
        return None
    if not password:
        raise InputError("The ZIP's password is empty: give one, or export without.")
    return password


def _check_target(path: str | Path, overwrite: bool) -> Path:
    target = Path(path).expanduser()
    if target.is_dir():
        raise InputError(f"{target} is a folder: give a file name to export to.")
    if not target.parent.is_dir():
        raise InputError(f"The folder {target.parent} does not exist.")
    if target.exists() and not overwrite:
        raise ExportExists(target)
    return target


@contextmanager
def _written_in_place(target: Path, overwrite: bool) -> Iterator[Path]:
    """A temporary file beside `target`, renamed to it when the block ends well and
    removed when it does not (cancel, error, full disk)."""
    fd, name = tempfile.mkstemp(prefix=f".{target.name[:60]}.", suffix=".part",
                                dir=target.parent)
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        if target.exists() and not overwrite:  # made meanwhile by someone else
            raise ExportExists(target)
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while the leads are held: 100,000 records and their
    cells are hundreds of thousands of objects, none of them garbage, and the collector
    walking them over and over took a fifth of the time. Reference counting still frees
    everything."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _durable(stream: Any) -> None:
    stream.flush()
    os.fsync(stream.fileno())


# -- reading -------------------------------------------------------------------------------


def questions_of(session: Session, exhibitor_id: str) -> tuple[QuestionColumn, ...]:
    """The manufacturer's live qualifier questions, in the form's order."""
    rows = session.execute(
        select(Question.id, Question.text, Question.kind)
        .where(Question.exhibitor_id == exhibitor_id, Question.deleted.is_(False))
        .order_by(Question.position, Question.created_at, Question.id))
    return tuple(QuestionColumn(qid, text, kind) for qid, text, kind in rows)


def sheet_for(session: Session, event: Event, exhibitor: Exhibitor) -> Sheet:
    return Sheet(event.name, event.timezone, exhibitor.code, exhibitor.name,
                 questions_of(session, exhibitor.id))


_LEAD_COLUMNS = (
    Lead.id, Visitor.name, Visitor.given_name, Visitor.family_name, Visitor.organization,
    Visitor.job_title, Visitor.email, Visitor.phone, Visitor.country, Lead.rating, Lead.stage,
    Lead.notes, Lead.follow_up_action, Lead.follow_up_date, Lead.value, Lead.currency,
    Lead.captured_at, Lead.captured_by_id, Lead.consent_contact, Lead.device_id)
_CENT = Decimal("0.01")


def _plain_rows(session: Session, stmt: Select[Any]) -> Sequence[Any]:
    """The rows of a Core select as the driver gives them, without SQLAlchemy's
    per-value conversions (a third of the time at 100,000 leads); the readers below
    convert the few typed columns themselves, from SQLite's text or PostgreSQL's types."""
    conn = session.connection()
    compiled = stmt.compile(dialect=conn.dialect)
    params: Any = compiled.params
    if compiled.positional:
        params = tuple(params[key] for key in compiled.positiontup or ())
    return conn.exec_driver_sql(str(compiled), params).all()


def _utc(value: Any) -> datetime:
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _amount(value: Any) -> Decimal | None:
    # SQLite keeps NUMERIC as an integer or a float; two decimals is what a value holds.
    if value is None or isinstance(value, Decimal):
        return value
    return Decimal(str(value)).quantize(_CENT)


def lead_records(session: Session, exhibitor_id: str) -> list[LeadRecord]:
    """Every live lead of one manufacturer, oldest capture first, ready to write.

    A handful of queries whatever the number of leads, each restricted to this
    manufacturer: the leads with their visitors, then the ticked products (this
    manufacturer's products only), the answers and the capturing laptops.
    """
    mine = (Lead.exhibitor_id == exhibitor_id, Lead.deleted.is_(False))
    staff = dict(session.execute(select(Staff.id, Staff.name)).all())
    devices = dict(session.execute(select(Device.id, Device.name)).all())
    records: list[LeadRecord] = []
    by_id: dict[str, LeadRecord] = {}
    writer_of: dict[str, str] = {}
    rows = _plain_rows(session, select(*_LEAD_COLUMNS)
                       .join(Visitor, Visitor.id == Lead.visitor_id).where(*mine)
                       .order_by(Lead.captured_at, Lead.id))
    for (lead_id, name, given, family, org, title, email, phone, country, rating, stage,
         notes, action, follow_date, value, currency, captured_at, by, consent,
         device_id) in rows:
        first, last = split_name(name, given, family)
        record = LeadRecord(lead_id, name, first, last, org, title, email, phone, country,
                            rating, stage, notes, action,
                            _day(follow_date) if follow_date is not None else None,
                            _amount(value) if value is not None else None, currency,
                            _utc(captured_at), staff.get(by, "") if by else "", "",
                            bool(consent))
        records.append(record)
        by_id[lead_id] = record
        writer_of[lead_id] = device_id
    if not records:
        return records
    for lead_id, product in _plain_rows(session, select(LeadProduct.lead_id, Product.name)
                                        .join(Lead, Lead.id == LeadProduct.lead_id)
                                        .join(Product, Product.id == LeadProduct.product_id)
                                        .where(*mine, LeadProduct.deleted.is_(False),
                                               Product.exhibitor_id == exhibitor_id)):
        by_id[lead_id].products.append(product)
    for record in records:
        if len(record.products) > 1:
            record.products.sort(key=str.casefold)
    # Answers repeat ("Yes", ["ICU"]): each stored text is decoded once.
    decoded: dict[str, Any] = {}
    for lead_id, question_id, stored in _plain_rows(
            session, select(Answer.lead_id, Answer.question_id, Answer.value)
            .join(Lead, Lead.id == Answer.lead_id).where(*mine, Answer.deleted.is_(False))):
        if isinstance(stored, str):
            if stored not in decoded:
                decoded[stored] = (json.loads(stored) or {}).get("value")
            by_id[lead_id].answers[question_id] = decoded[stored]
        elif stored:
            by_id[lead_id].answers[question_id] = stored.get("value")
    # The laptop that captured the lead: its first scan since the capture time (a lead
    # deleted and scanned again starts afresh). Newest first, so the earliest stays.
    captured_on: dict[str, str] = {}
    for lead_id, device_id in _plain_rows(
            session, select(LeadInteraction.lead_id, LeadInteraction.device_id)
            .join(Lead, Lead.id == LeadInteraction.lead_id)
            .where(*mine, LeadInteraction.deleted.is_(False),
                   LeadInteraction.at >= Lead.captured_at)
            .order_by(LeadInteraction.at.desc(), LeadInteraction.id.desc())):
        captured_on[lead_id] = device_id
    for record in records:
        device_id = captured_on.get(record.lead_id) or writer_of[record.lead_id]
        record.device = devices.get(device_id, "")
    return records


def lead_counts(session: Session) -> dict[str, int]:
    """Live leads per manufacturer id."""
    return dict(session.execute(
        select(Lead.exhibitor_id, func.count()).where(Lead.deleted.is_(False))
        .group_by(Lead.exhibitor_id)).all())


def _live_exhibitor(session: Session, event: Event, exhibitor: Exhibitor) -> Exhibitor:
    if exhibitor.deleted or exhibitor.event_id != event.id:
        raise NotFound(f"The exhibitor {exhibitor.code} is not in this event any more.")
    return exhibitor


# -- one manufacturer ----------------------------------------------------------------------


def export_leads(session: Session, exhibitor: Exhibitor, path: str | Path, fmt: str, *,
                 overwrite: bool = False, progress: Progress = NO_PROGRESS) -> ExportResult:
    """One manufacturer's leads to `path` as csv, xlsx or vcf (see the module docstring).

    Raises ExportExists when `path` exists and `overwrite` is False, InputError for a
    bad format or folder, Cancelled when `progress` was cancelled (no file then).
    """
    fmt = check_format(fmt)
    target = _check_target(path, overwrite)
    event = require_event(session)
    exhibitor = _live_exhibitor(session, event, exhibitor)
    progress.report(0, 0, f"Reading the leads of {exhibitor.code}")
    sheet = sheet_for(session, event, exhibitor)
    with _collector_paused():
        records = lead_records(session, exhibitor.id)
        with _written_in_place(target, overwrite) as temp, temp.open("wb") as stream:
            write_leads(stream, fmt, sheet, records, progress=progress, total=len(records))
            _durable(stream)
            # The last chance to cancel: once renamed, the file is the export.
            progress.report(len(records), len(records), "Done")
    part = ExportPart(exhibitor.id, exhibitor.code, exhibitor.name, len(records), target.name)
    return ExportResult(len(records), target, fmt, [part])


# -- every manufacturer --------------------------------------------------------------------


def export_all(session: Session, zip_path: str | Path, fmt: str, *,
               password: str | None = None, overwrite: bool = False,
               progress: Progress = NO_PROGRESS) -> ExportResult:
    """Every manufacturer's leads in one ZIP, a folder each (see the module docstring);
    AES-256 encrypted when `password` is given."""
    fmt = check_format(fmt)
    password = check_password(password)
    target = _check_target(zip_path, overwrite)
    event = require_event(session)
    exhibitors = list_exhibitors(session)
    counts = lead_counts(session)
    total = sum(counts.get(ex.id, 0) for ex in exhibitors)
    parts: list[ExportPart] = []
    done = 0
    progress.report(0, total, "Reading the leads")
    with _written_in_place(target, overwrite) as temp, temp.open("wb") as stream:
        with _open_zip(stream, password) as archive:
            for exhibitor in exhibitors:
                sheet = sheet_for(session, event, exhibitor)
                buffer = io.BytesIO()
                with _collector_paused():
                    records = lead_records(session, exhibitor.id)
                    write_leads(buffer, fmt, sheet, records, progress=progress, done=done,
                                total=total)
                member = f"{folder_name(exhibitor)}/{file_name(exhibitor, fmt)}"
                # An XLSX is compressed already.
                kind = zipfile.ZIP_STORED if fmt == "xlsx" else zipfile.ZIP_DEFLATED
                archive.writestr(member, buffer.getvalue(), compress_type=kind)
                done += len(records)
                parts.append(ExportPart(exhibitor.id, exhibitor.code, exhibitor.name,
                                        len(records), member))
            archive.writestr(README_NAME, readme(event, fmt, parts, password is not None)
                             .encode("utf-8"), compress_type=zipfile.ZIP_DEFLATED)
        _durable(stream)
        progress.report(done, total, "Done")
    return ExportResult(done, target, fmt, parts, encrypted=password is not None,
                        archive=True)


def _open_zip(stream: Any, password: str | None) -> zipfile.ZipFile:
    if password is None:
        return zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED)
    import pyzipper

    archive = pyzipper.AESZipFile(stream, "w", compression=pyzipper.ZIP_DEFLATED,
                                  encryption=pyzipper.WZ_AES)
    archive.setpassword(password.encode("utf-8"))
    archive.setencryption(pyzipper.WZ_AES, nbits=256)
    return archive  # type: ignore[no-any-return]


def readme(event: Event, fmt: str, parts: list[ExportPart], encrypted: bool) -> str:
    """README.txt at the top of the ZIP: what is in it, for the coordinator."""
    from zoneinfo import ZoneInfo

    now = datetime.now(UTC).astimezone(ZoneInfo(event.timezone))
    lines = [f"Leads of every manufacturer - {event.name}",
             f"Exported {now:%Y-%m-%d %H:%M} ({event.timezone}) by Booth, as {fmt.upper()}"
             + (", AES-256 encrypted" if encrypted else "") + ".", "",
             "One folder per manufacturer, holding only that manufacturer's leads: hand "
             "each manufacturer its own folder.",
             "A file with no leads holds the column headers only.", ""]
    width = max((len(part.file.split("/")[0]) for part in parts), default=0)
    for part in parts:
        folder = part.file.split("/")[0]
        lines.append(f"  {folder:<{width}}  {part.count:>7,} lead{'s' if part.count != 1 else ''}")
    lines += ["", f"  {'Total':<{width}}  {sum(p.count for p in parts):>7,}", ""]
    if fmt != "vcf":
        lines += ["Times are the event's local time: the CSV's 'Captured at' carries its UTC "
                  "offset (ISO 8601); the XLSX header names the time zone.",
                  "Text that a spreadsheet would read as a formula (starting with = + - @) "
                  "starts with ' in the CSV."]
    return "\r\n".join(lines) + "\r\n"


# -- the audit log -------------------------------------------------------------------------


def log_export(session: Session, result: ExportResult, *, staff_id: str | None = None,
               now: datetime | None = None) -> list[AuditLog]:
    """Record an export in the audit log: one row per manufacturer in it, with the
    format, the number of leads and the file (the caller's session commits)."""
    now = now or utcnow()
    rows = [AuditLog(at=now, staff_id=staff_id, action=AUDIT_ACTION, entity="exhibitor",
                     entity_id=part.exhibitor_id,
                     detail={"exhibitor": part.code, "format": result.fmt, "rows": part.count,
                             "file": result.path.name, "member": part.file,
                             "archive": result.archive, "encrypted": result.encrypted})
            for part in result.parts]
    session.add_all(rows)
    session.flush()
    return rows
