"""The organiser's meeting requests from CSV/XLSX: buyer, manufacturer, priority.

The buyer is found by e-mail, by the organiser's registration id, by our short code,
or by name and organisation together; the manufacturer by code or by name. Headers in
English or Indonesian. A bad row is reported with its reason; the others go in.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from booth_app.core.badges.codes import normalise_code
from booth_app.core.errors import InputError
from booth_app.core.events import require_event
from booth_app.core.exhibitors.manufacturers import list_exhibitors
from booth_app.core.meetings.requests import parse_priority, parse_side, set_request
from booth_app.core.progress import NO_PROGRESS, Progress
from booth_app.core.tabular import iter_records, map_headers, read_table
from booth_app.core.text import fold
from booth_app.storage.models import Event, Exhibitor, Visitor

HEADERS: dict[str, tuple[str, ...]] = {
    "email": ("email", "e-mail", "buyer email", "email pembeli", "surel", "alamat email"),
    "registration": ("registration id", "reg id", "registration", "id registrasi",
                     "nomor registrasi", "buyer id"),
    "code": ("code", "badge code", "kode", "kode lencana"),
    "name": ("name", "buyer", "buyer name", "full name", "nama", "nama pembeli",
             "nama lengkap"),
    "organization": ("organization", "organisation", "company", "institution", "hospital",
                     "instansi", "organisasi", "perusahaan", "rumah sakit"),
    "exhibitor": ("exhibitor", "manufacturer", "exhibitor code", "manufacturer code",
                  "seller", "produsen", "kode produsen", "peserta pameran", "kode peserta",
                  "exhibitor name", "manufacturer name", "nama produsen"),
    "priority": ("priority", "prioritas", "preference", "preferensi"),
    "by": ("requested by", "by", "diminta oleh", "oleh"),
}


class _Buyers:
    """The event's visitors, indexed the ways a sheet may name them."""

    def __init__(self, session: Session, event: Event) -> None:
        self.by_email: dict[str, list[Visitor]] = {}
        self.by_registration: dict[str, list[Visitor]] = {}
        self.by_code: dict[str, Visitor] = {}
        self.by_name: dict[tuple[str, str], list[Visitor]] = {}
        for visitor in session.scalars(select(Visitor).where(
                Visitor.event_id == event.id, Visitor.deleted.is_(False))):
            if visitor.email:
                self.by_email.setdefault(visitor.email.lower(), []).append(visitor)
            if visitor.external_id:
                self.by_registration.setdefault(visitor.external_id, []).append(visitor)
            self.by_code[visitor.code] = visitor
            key = (fold(visitor.name), fold(visitor.organization))
            self.by_name.setdefault(key, []).append(visitor)

    def find(self, record: dict[str, str]) -> Visitor:
        for found in (self.by_email.get(record.get("email", "").lower()),
                      self.by_registration.get(record.get("registration", ""))):
            if found and len(found) == 1:
                return found[0]
            if found:
                raise InputError("more than one visitor matches the buyer")
        code = normalise_code(record.get("code", ""))
        if code and code in self.by_code:
            return self.by_code[code]
        name = record.get("name", "")
        if name:
            found = self.by_name.get((fold(name), fold(record.get("organization", ""))))
            if found and len(found) == 1:
                return found[0]
            if found:
                raise InputError("more than one visitor is called {name!r} at that "
                                 "organisation", name=name)
        raise InputError("buyer not found (by e-mail, registration id, code, or name and "
                         "organisation)")


def _exhibitor(record: dict[str, str], by_code: dict[str, Exhibitor],
               by_name: dict[str, Exhibitor]) -> Exhibitor:
    text = record.get("exhibitor", "")
    if not text:
        raise InputError("no manufacturer")
    found = by_code.get(text.strip().upper()) or by_name.get(fold(text))
    if found is None:
        raise InputError("unknown manufacturer {text!r}", text=text)
    return found


def import_requests(session: Session, path: str | Path,
                    progress: Progress = NO_PROGRESS) -> dict[str, Any]:
    """Add or update requests from a file; `{"imported", "updated", "skipped", "errors"}`."""
    event = require_event(session)
    table = read_table(path)
    mapping = map_headers(table.headers, HEADERS)
    if "exhibitor" not in mapping:
        raise InputError("{name}: no column for the manufacturer was found.", name=Path(path).name)
    if not {"email", "registration", "code", "name"} & set(mapping):
        raise InputError("{name}: no column names the buyer (e-mail, "
                         "registration id, code or name).", name=Path(path).name)
    buyers = _Buyers(session, event)
    exhibitors = list_exhibitors(session)
    by_code = {e.code: e for e in exhibitors}
    by_name = {fold(e.name): e for e in exhibitors}
    result: dict[str, Any] = {"imported": 0, "updated": 0, "skipped": 0, "errors": []}
    for done, (number, record) in enumerate(iter_records(table, mapping), start=1):
        progress.report(done, len(table), "")
        if not any(record.values()):
            continue
        try:
            with session.begin_nested():
                buyer = buyers.find(record)
                exhibitor = _exhibitor(record, by_code, by_name)
                priority = parse_priority(record.get("priority") or "want")
                by = parse_side(record.get("by") or "organiser")
                _request, created = set_request(session, event, buyer, exhibitor,
                                                priority=priority, by=by)
            result["imported" if created else "updated"] += 1
        except InputError as exc:
            result["skipped"] += 1
            result["errors"].append({"row": number, "reason": str(exc)})
    return result
