"""Printed agendas (A4 PDF, English or Bahasa Indonesia): what the matching desk hands
out because Wi-Fi and phone batteries fail.

- One agenda per participant, each starting on a new page: a buyer's lists time, table,
  manufacturer and its code; a manufacturer's lists time, table, buyer, organisation and
  category. Times are the event's local time and the header names the zone. Cancelled
  meetings are left out. A participant without meetings gets a page that says so.
- `grid=True`: the master grid, a landscape page per day (more when there are more
  tables or slots than fit): tables down the side, slots across, the buyer in each cell.
- `changed_since`: the desk's change list, every meeting whose row changed since that
  moment (Meeting.updated_at): new (made since), cancelled (since; one both made and
  cancelled since never reached a printed agenda and is left out) and moved (any other
  change to a scheduled meeting: its time, its table, or its lock). Meetings held or
  missed since are not changes of plan and are left out. With `exhibitor` or `buyer`
  only that participant's meetings.

The file is written beside the target and renamed into place once complete: a failure
leaves nothing behind. The pages are drawn by core.meetings.agenda_pages (agendas, the
change list) and core.meetings.agenda_grid (the grid).
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from sqlalchemy import select
from sqlalchemy.orm import Session

from booth_app.core.badges.codes import format_code
from booth_app.core.errors import BoothError, InputError
from booth_app.core.events import require_event
from booth_app.core.gc_pause import collector_paused
from booth_app.core.meetings.agenda_grid import GridCell, GridDay, GridSlot, draw_grid, place
from booth_app.core.meetings.agenda_pages import MARGIN_X, Column, Header, Printer
from booth_app.core.meetings.agenda_words import Words, span
from booth_app.core.meetings.meetings import list_meetings
from booth_app.core.meetings.requests import table_of
from booth_app.core.meetings.sessions import all_slots
from booth_app.core.meetings.times import local
from booth_app.storage.models import Event, Exhibitor, Meeting, MeetingRequest, Visitor

_CHUNK = 500  # ids per IN (...) query
NOTHING_SCHEDULED = ("No meetings are scheduled yet: nothing to print "
                     "(run `booth meetings schedule`).")


@dataclass(frozen=True)
class Entry:
    """One meeting as agendas print it: who, where, when (in the event's zone)."""

    meeting: Meeting
    buyer: Visitor | None
    exhibitor: Exhibitor | None
    start: datetime
    end: datetime

    @property
    def day(self) -> date:
        return self.start.date()

    @property
    def table(self) -> str:
        return self.meeting.table_name


@dataclass(frozen=True)
class Agenda:
    """One participant's agenda: a buyer's (`buyer` set) or a manufacturer's."""

    entries: list[Entry]
    buyer: Visitor | None = None
    exhibitor: Exhibitor | None = None


def natural(text: str) -> tuple[Any, ...]:
    """"T2" before "T10"."""
    return tuple(int(part) if part.isdigit() else part.casefold()
                 for part in re.split(r"(\d+)", text))


def _by_id(session: Session, model: type[Any], ids: Iterable[str]) -> dict[str, Any]:
    wanted = sorted(set(ids))
    found: dict[str, Any] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start:start + _CHUNK]
        found.update((row.id, row) for row in session.scalars(
            select(model).where(model.id.in_(chunk))))
    return found


def entries_of(session: Session, event: Event, meetings: list[Meeting]) -> list[Entry]:
    """The meetings with their buyers and manufacturers (loaded in a few queries)."""
    buyers = _by_id(session, Visitor, (m.visitor_id for m in meetings))
    makers = _by_id(session, Exhibitor, (m.exhibitor_id for m in meetings))
    return [Entry(m, buyers.get(m.visitor_id), makers.get(m.exhibitor_id),
                  local(event, m.starts_at), local(event, m.ends_at)) for m in meetings]


def _buyer_key(buyer: Visitor | None) -> tuple[str, str]:
    return (buyer.sort_name or buyer.name.casefold(), buyer.id) if buyer else ("", "")


def collect_agendas(entries: list[Entry], *, exhibitor: Exhibitor | None = None,
                    buyer: Visitor | None = None) -> list[Agenda]:
    """Buyers' agendas by name, then manufacturers' by code; or the one asked for
    (even without meetings)."""
    if buyer is not None:
        return [Agenda([e for e in entries if e.meeting.visitor_id == buyer.id], buyer=buyer)]
    if exhibitor is not None:
        return [Agenda([e for e in entries if e.meeting.exhibitor_id == exhibitor.id],
                       exhibitor=exhibitor)]
    per_buyer: dict[str, list[Entry]] = {}
    per_maker: dict[str, list[Entry]] = {}
    for entry in entries:
        per_buyer.setdefault(entry.meeting.visitor_id, []).append(entry)
        per_maker.setdefault(entry.meeting.exhibitor_id, []).append(entry)
    agendas = [Agenda(rows, buyer=rows[0].buyer) for rows in sorted(
        per_buyer.values(), key=lambda rows: _buyer_key(rows[0].buyer))]
    agendas += [Agenda(rows, exhibitor=rows[0].exhibitor) for rows in sorted(
        per_maker.values(), key=lambda rows: natural(
            rows[0].exhibitor.code if rows[0].exhibitor else ""))]
    return agendas


def change_of(meeting: Meeting, since: datetime) -> str | None:
    """"new", "moved" or "cancelled" for a meeting whose row changed since `since`, or
    None when the change is not one of plan (an outcome, a check-in)."""
    made_since = _utc(meeting.created_at) >= since
    if meeting.status == "cancelled":
        return None if made_since else "cancelled"
    if made_since:
        return "new"
    return "moved" if meeting.status == "scheduled" else None


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


# -- the sheets ---------------------------------------------------------------------------------


class _Sheets:
    """Draws agendas and the change list on a Printer."""

    def __init__(self, printer: Printer, event: Event, words: Words, made_at: datetime) -> None:
        self.printer = printer
        self.event = event
        self.w = words
        self.made_at = made_at
        self.frame = A4[0] - 2 * MARGIN_X

    def corner(self) -> str:
        return " \u00b7 ".join(part for part in (self.event.name, self.event.pavilion) if part)

    def details(self, entries: list[Entry], first: str) -> list[str]:
        count = self.w.count(len(entries), "one_meeting", "meetings")
        when = [self.w.days(e.day for e in entries)] if entries else []
        moment = entries[0].start if entries else self.made_at
        return [line for line in (first, " \u00b7 ".join(
            [*when, self.w.zone(self.event.timezone, moment), count])) if line]

    def columns(self, spec: list[tuple[str, float, int]]) -> list[Column]:
        """Columns from (word, share of the frame or 0 for the rest, lines)."""
        fixed = sum(share for _, share, _ in spec) * self.frame
        rest = self.frame - fixed
        return [Column(self.w(key), share * self.frame if share else rest, lines=lines)
                for key, share, lines in spec]

    def agenda(self, agenda: Agenda) -> int:
        if agenda.buyer is not None:
            return self.buyer_agenda(agenda.buyer, agenda.entries)
        assert agenda.exhibitor is not None
        return self.maker_agenda(agenda.exhibitor, agenda.entries)

    def _days(self, entries: list[Entry], cells: Any) -> list[list[str] | str]:
        rows: list[list[str] | str] = []
        day = None
        for entry in entries:
            if entry.day != day:
                day = entry.day
                rows.append(self.w.day(day))
            rows.append(cells(entry))
        return rows

    def buyer_agenda(self, buyer: Visitor, entries: list[Entry]) -> int:
        first = " \u00b7 ".join(p for p in (buyer.organization, _code(buyer.code)) if p)
        header = Header(f"{self.w('agenda')} \u00b7 {self.w('buyer')}", buyer.name or "\u2014",
                        self.details(entries, first), self.corner())
        columns = self.columns([("time", 0.16, 1), ("table", 0.12, 1),
                                ("manufacturer", 0.0, 2), ("code", 0.16, 1)])
        rows = self._days(entries, lambda e: [
            span(e.start, e.end), e.table, e.exhibitor.name if e.exhibitor else "",
            e.exhibitor.code if e.exhibitor else ""])
        return self.printer.sheet(header, columns, rows, empty=self.w("no_meetings"))

    def maker_agenda(self, maker: Exhibitor, entries: list[Entry]) -> int:
        first = " \u00b7 ".join((maker.code, self.w("table_at", table=table_of(maker))))
        header = Header(f"{self.w('agenda')} \u00b7 {self.w('manufacturer')}",
                        maker.name or maker.code, self.details(entries, first), self.corner())
        columns = self.columns([("time", 0.14, 1), ("table", 0.09, 1), ("buyer", 0.27, 2),
                                ("organisation", 0.0, 2), ("category", 0.15, 2)])
        rows = self._days(entries, lambda e: [
            span(e.start, e.end), e.table, e.buyer.name if e.buyer else "",
            e.buyer.organization if e.buyer else "",
            self.w.category(e.buyer.category) if e.buyer else ""])
        return self.printer.sheet(header, columns, rows, empty=self.w("no_meetings"))

    def changes(self, changed: list[tuple[str, Entry]], since: datetime, whom: str) -> int:
        count = self.w.count(len(changed), "one_change", "changes_count")
        header = Header(self.w("changes"), self.w("changes_since", when=self.w.moment(since)),
                        [line for line in (whom, " \u00b7 ".join(
                            (self.w.zone(self.event.timezone, since), count))) if line],
                        self.corner())
        columns = self.columns([("change", 0.13, 1), ("day", 0.13, 1), ("time", 0.13, 1),
                                ("table", 0.09, 1), ("buyer", 0.0, 2),
                                ("manufacturer", 0.26, 2)])
        rows: list[list[str] | str] = [[
            self.w(kind), self.w.short_day(e.day), span(e.start, e.end), e.table,
            e.buyer.name if e.buyer else "",
            f"{e.exhibitor.code} \u00b7 {e.exhibitor.name}" if e.exhibitor else ""]
            for kind, e in changed]
        return self.printer.sheet(header, columns, rows, empty=self.w("no_changes"),
                                  note=self.w("changes_note") if changed else "")


def _code(code: str) -> str:
    return format_code(code) if code else ""


def grid_of(session: Session, event: Event,
            entries: list[Entry]) -> tuple[list[tuple[str, str]], list[GridDay], int]:
    """The grid's tables (every table with a meeting or a manufacturer with requests,
    with who sits there), its days and how many meetings fall in no slot (a session
    changed after they were placed)."""
    sitting: dict[str, set[str]] = {}
    for entry in entries:
        codes = sitting.setdefault(entry.table, set())
        if entry.exhibitor is not None:
            codes.add(entry.exhibitor.code)
    asked = select(MeetingRequest.exhibitor_id).where(MeetingRequest.deleted.is_(False))
    for maker in session.scalars(select(Exhibitor).where(
            Exhibitor.deleted.is_(False), Exhibitor.id.in_(asked))):
        table = table_of(maker)
        if not sitting.get(table):
            sitting.setdefault(table, set()).add(maker.code)
    tables = [(name, "/".join(sorted(codes, key=natural)))
              for name, codes in sorted(sitting.items(), key=lambda item: natural(item[0]))]
    slots: dict[date, list[GridSlot]] = {}
    for slot in all_slots(session, event):
        start = local(event, slot.start)
        slots.setdefault(start.date(), []).append(GridSlot(start, local(event, slot.end)))
    cells: dict[date, list[GridCell]] = {day: [] for day in slots}
    off_grid = 0
    for entry in entries:
        index = place(slots.get(entry.day, []), entry.start)
        if index is None:
            off_grid += 1
            continue
        cells[entry.day].append(GridCell(entry.table, index,
                                         entry.buyer.name if entry.buyer else "\u2014"))
    days = [GridDay(day, slots[day], cells[day]) for day in sorted(slots)]
    return tables, days, off_grid


# -- the file -----------------------------------------------------------------------------------


def _target(out: str | Path) -> Path:
    target = Path(out).expanduser()
    if target.is_dir():
        raise InputError("{target} is a folder; give a file name such as agendas.pdf.",
                         target=target)
    if not target.parent.is_dir():
        raise InputError("The folder {parent} does not exist.", parent=target.parent)
    return target


def write_agendas(session: Session, out: str | Path, *, exhibitor: Exhibitor | None = None,
                  buyer: Visitor | None = None, grid: bool = False, lang: str = "en",
                  changed_since: datetime | None = None,
                  now: datetime | None = None) -> dict[str, Any]:
    """Write agendas (every participant with meetings, or the `exhibitor`'s or the
    `buyer`'s), the master grid (`grid`) or the change list (`changed_since`, a UTC
    moment) to `out`; returns {"out", "pages", "agendas", "meetings", ...}."""
    words = Words(lang)  # refuses an unknown language before any work
    if exhibitor is not None and buyer is not None:
        raise InputError("Print one participant's agenda at a time: a buyer or a manufacturer.")
    target = _target(out)
    event = require_event(session)
    made_at = local(event, now or datetime.now(UTC))
    result: dict[str, Any] = {"out": str(target), "lang": lang}

    draw: Callable[[_Sheets], object]
    if changed_since is not None:
        since = _utc(changed_since)
        rows = [m for m in list_meetings(session, exhibitor=exhibitor, buyer=buyer)
                if _utc(m.updated_at) >= since]
        kinds = {m.id: change_of(m, since) for m in rows}
        changed = [(kinds[e.meeting.id] or "", e) for e in entries_of(
            session, event, [m for m in rows if kinds[m.id]])]
        whom = (f"{words('buyer')}: {buyer.name}" if buyer is not None else
                f"{words('manufacturer')}: {exhibitor.code} \u00b7 {exhibitor.name}"
                if exhibitor is not None else "")

        def draw(sheets: _Sheets) -> object:
            return sheets.changes(changed, local(event, since), whom)

        result.update(kind="changes", agendas=0, meetings=len(changed),
                      changes={kind: sum(1 for k, _ in changed if k == kind)
                               for kind in ("new", "moved", "cancelled")})
    elif grid:
        entries = entries_of(session, event, list_meetings(session, include_cancelled=False))
        if not entries:
            raise BoothError(NOTHING_SCHEDULED)
        tables, days, off_grid = grid_of(session, event, entries)
        zone = words.zone(event.timezone, entries[0].start)

        def draw(sheets: _Sheets) -> object:
            return draw_grid(sheets.printer, words, corner=sheets.corner(), zone=zone,
                             tables=tables, days=days)

        result.update(kind="grid", agendas=0, meetings=len(entries) - off_grid,
                      off_grid=off_grid, tables=len(tables))
    else:
        entries = entries_of(session, event, list_meetings(
            session, exhibitor=exhibitor, buyer=buyer, include_cancelled=False))
        agendas = collect_agendas(entries, exhibitor=exhibitor, buyer=buyer)
        if not agendas:
            raise BoothError(NOTHING_SCHEDULED)

        def draw(sheets: _Sheets) -> object:
            return [sheets.agenda(agenda) for agenda in agendas]

        result.update(kind="agendas", agendas=len(agendas), meetings=len(entries))

    handle, temp = tempfile.mkstemp(prefix=".agendas-", suffix=".pdf", dir=target.parent)
    os.close(handle)
    try:
        title = words("grid") if result["kind"] == "grid" else words("agenda")
        printer = Printer(temp, words, words("made", when=words.moment(made_at)),
                          f"{title} \u2013 {event.name}")
        with collector_paused():  # thousands of cells and page streams, none garbage
            draw(_Sheets(printer, event, words, made_at))
            result["pages"] = printer.save()
        os.replace(temp, target)
    except OSError as exc:
        raise BoothError("Cannot write {target}: {reason}",
                         target=target, reason=exc.strerror or exc) from None
    finally:
        Path(temp).unlink(missing_ok=True)
    return result


def agendas_detail(result: dict[str, Any]) -> dict[str, Any]:
    """What the audit log keeps of a `write_agendas` result: the kind, the file's name
    and the counts (never a participant's name)."""
    return {"kind": result.get("kind", ""), "file": Path(str(result["out"])).name,
            "pages": result.get("pages", 0), "agendas": result.get("agendas", 0),
            "meetings": result.get("meetings", 0), "lang": result.get("lang", "")}
