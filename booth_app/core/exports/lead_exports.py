"""Lead exports for the coordinator: one manufacturer's leads to a CSV, XLSX or vCard
file, or every manufacturer's at once as a ZIP (optionally AES-256 encrypted).

What a file holds, column by column, is in `core.exports.formats`; how the leads are
read, in `core.exports.rows`. The rules here:

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
  nothing behind (a process killed outright can leave a hidden ".part" file, never a
  half-written export under the real name), and an existing file stays as it was until
  the new one is complete.
- Reading takes a read snapshot only: pass a `db.reader()` session, so scans on this
  laptop never wait for an export. The export is then recorded in the audit log with
  `log_export` in a short writing session (who, which manufacturer, how many leads,
  the format).
"""

from __future__ import annotations

import io
import os
import re
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from booth_app.core.audit import with_origin
from booth_app.core.errors import InputError, NotFound
from booth_app.core.events import require_event
from booth_app.core.exhibitors.manufacturers import list_exhibitors
from booth_app.core.exports.csv_lines import write_csv
from booth_app.core.exports.formats import LeadTable, Sheet, write_xlsx
from booth_app.core.exports.rows import lead_counts, read_leads, sheet_for
from booth_app.core.exports.vcard import write_vcards
from booth_app.core.gc_pause import collector_paused
from booth_app.core.progress import NO_PROGRESS, Progress
from booth_app.core.text import clean
from booth_app.storage.ids import utcnow
from booth_app.storage.models import AuditLog, Event, Exhibitor

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
        super().__init__("{path} already exists: choose another name (nothing was written).",
                         path=path)
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
        raise InputError("Leads export as csv, xlsx or vcf, not {fmt!r}.", fmt=fmt)
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
        raise InputError("{target} is a folder: give a file name to export to.", target=target)
    if not target.parent.is_dir():
        raise InputError("The folder {parent} does not exist.", parent=target.parent)
    if target.exists() and not overwrite:
        raise ExportExists(target)
    return target


@contextmanager
def _written_in_place(target: Path, overwrite: bool) -> Iterator[Path]:
    """A temporary file beside `target`, renamed to it when the block ends well and
    removed when it does not (cancel, error, full disk)."""
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name[:60]}.", suffix=".part",
                                    dir=target.parent)
    except OSError as exc:
        raise _unwritable(target, exc) from exc
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        if target.exists() and not overwrite:  # made meanwhile by someone else
            raise ExportExists(target)
        os.replace(temp, target)
    except OSError as exc:  # a full USB stick, a file open in Excel on Windows, ...
        raise _unwritable(target, exc) from exc
    finally:
        temp.unlink(missing_ok=True)


def _unwritable(target: Path, exc: OSError) -> InputError:
    return InputError("Cannot write {target}: {reason} (nothing was written).",
                      target=target, reason=exc.strerror or exc)


def _durable(stream: Any) -> None:
    stream.flush()
    os.fsync(stream.fileno())


def _live_exhibitor(session: Session, event: Event, exhibitor: Exhibitor) -> Exhibitor:
    if exhibitor.deleted or exhibitor.event_id != event.id:
        raise NotFound("The exhibitor {code} is not in this event any more.", code=exhibitor.code)
    return exhibitor


def write_leads(stream: IO[bytes], fmt: str, sheet: Sheet, table: LeadTable,
                **options: Any) -> None:
    """Write the table's leads to `stream` as `fmt` (csv, xlsx or vcf)."""
    if fmt == "csv":
        write_csv(stream, sheet, table, **options)
    elif fmt == "xlsx":
        write_xlsx(stream, sheet, table.records(), **options)
    else:
        write_vcards(stream, sheet, table.records(), **options)


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
    with collector_paused():
        table = read_leads(session, exhibitor.id)
        with _written_in_place(target, overwrite) as temp, temp.open("wb") as stream:
            write_leads(stream, fmt, sheet, table, progress=progress, total=len(table))
            _durable(stream)
            # The last chance to cancel: once renamed, the file is the export.
            progress.report(len(table), len(table), "Done")
    part = ExportPart(exhibitor.id, exhibitor.code, exhibitor.name, len(table), target.name)
    return ExportResult(len(table), target, fmt, [part])


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
                with collector_paused():
                    table = read_leads(session, exhibitor.id)
                    write_leads(buffer, fmt, sheet, table, progress=progress, done=done,
                                total=total)
                member = f"{folder_name(exhibitor)}/{file_name(exhibitor, fmt)}"
                # An XLSX is compressed already.
                kind = zipfile.ZIP_STORED if fmt == "xlsx" else zipfile.ZIP_DEFLATED
                archive.writestr(member, buffer.getvalue(), compress_type=kind)
                done += len(table)
                parts.append(ExportPart(exhibitor.id, exhibitor.code, exhibitor.name,
                                        len(table), member))
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
    if fmt == "csv":
        lines += ["'Captured at' is the event's local time with its UTC offset (ISO 8601).",
                  "Text a spreadsheet would read as a formula (starting with = + - @) starts "
                  "with ' so that it shows as text."]
    elif fmt == "xlsx":
        lines += [f"'Captured at' is the event's local time ({event.timezone}).",
                  "Text a spreadsheet would read as a formula is kept as a text cell."]
    return "\r\n".join(lines) + "\r\n"


# -- the audit log -------------------------------------------------------------------------


def log_export(session: Session, result: ExportResult, *, staff_id: str | None = None,
               now: datetime | None = None) -> list[AuditLog]:
    """Record an export in the audit log: one row per manufacturer in it, with the
    format, the number of leads and the file (the caller's session commits)."""
    now = now or utcnow()
    rows = [AuditLog(at=now, staff_id=staff_id, action=AUDIT_ACTION, entity="exhibitor",
                     entity_id=part.exhibitor_id,
                     detail=with_origin({
                         "exhibitor": part.code, "format": result.fmt, "rows": part.count,
                         "file": result.path.name, "member": part.file,
                         "archive": result.archive, "encrypted": result.encrypted}, staff_id))
            for part in result.parts]
    session.add_all(rows)
    session.flush()
    return rows
