"""Schedule from the window: the core scheduler off the GUI thread, then what it did.

The run keeps locked meetings (the core does). Before and after, the live meetings are
compared, so the summary can name the meetings that moved. Cancel in the progress
dialog rolls the whole run back: the database stays as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication

from booth_app.core.events import require_event
from booth_app.core.meetings.meetings import live_meetings
from booth_app.core.meetings.scheduling import schedule
from booth_app.core.meetings.times import hhmm
from booth_app.core.progress import Progress
from booth_app.storage.database import Database
from booth_app.storage.models import Exhibitor, Visitor
from booth_app.ui.language import arrow
from booth_app.ui.meetings.words import isolate

TIME_LIMIT_S = 10.0  # the exact search on small instances; the budget says under 10 s


# translate("Context", "text"): the form lupdate reads, with the context named.
translate = QCoreApplication.translate


@dataclass
class ScheduleRun:
    result: dict[str, Any]  # ScheduleResult.as_dict()
    moved: list[str] = field(default_factory=list)  # "Name · CODE 10:00 → 11:30"

    @property
    def reasons(self) -> dict[str, str]:
        return {row["request"]: row["reason"] for row in self.result["unplaced"]}


def run_schedule(db: Database, progress: Progress) -> ScheduleRun:
    """The work of the Schedule button (on a worker thread)."""
    progress.report(0, 0, translate("Meetings", "Placing the requests…"))
    with db.session() as session:
        event = require_event(session)
        before = {m.id: (m.starts_at, m.table_name) for m in live_meetings(session)}
        result = schedule(session, time_limit=TIME_LIMIT_S, progress=progress)
        moved: list[str] = []
        for meeting in live_meetings(session):
            old = before.get(meeting.id)
            if old is None or old == (meeting.starts_at, meeting.table_name):
                continue
            buyer = session.get(Visitor, meeting.visitor_id)
            exhibitor = session.get(Exhibitor, meeting.exhibitor_id)
            moved.append(f"{isolate(buyer.name) if buyer else '?'} · "
                         f"{exhibitor.code if exhibitor else '?'}: {hhmm(event, old[0])} "
                         f"{old[1]} {arrow()} {hhmm(event, meeting.starts_at)} "
                         f"{meeting.table_name}")
        progress.report(1, 1, translate("Meetings",
                                        "Saving…"))  # Cancel pressed by now: nothing is kept
    return ScheduleRun(result.as_dict(), moved)


def summary(run: ScheduleRun, *, shown: int = 6) -> str:
    """What the run did, in a few lines: placed, new, moved, kept; proven optimal or not."""
    r = run.result
    lines = [translate("Meetings",
                       "{0} meetings placed: {1} new, {2} moved, {3} kept; {4} not placed.").format(
        r["placed"], r["new"], r["moved"], r["kept"], len(r["unplaced"]))]
    if r["cancelled"]:
        lines.append(translate("Meetings", "{0} meetings cancelled (their request can no "
                                           "longer be placed).").format(r["cancelled"]))
    if r["optimal"]:
        lines.append(translate("Meetings", "✔ Proven optimal: no schedule places more."))
    else:
        lines.append(translate("Meetings", "Not proven optimal: at most {0} could be "
                                           "placed.").format(r["bound"]))
    if run.moved:
        lines.append(translate("Meetings", "Moved:"))
        lines += [f"  {line}" for line in run.moved[:shown]]
        if len(run.moved) > shown:
            lines.append(translate("Meetings", "  and {0} more").format(len(run.moved) - shown))
    return "\n".join(lines)
