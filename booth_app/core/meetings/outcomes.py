"""Outcomes: how a meeting ended, recorded on the meeting and on the manufacturer's lead.

One lead per visitor per manufacturer: the meeting becomes an interaction of that lead
(made if needed), an MoU moves the lead to "MoU signed", a cooperation to at least
"Meeting"; the potential value goes onto the lead, so exports and the report see it.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy.orm import Session

from booth_app.core.errors import InputError
from booth_app.core.leads.capture import capture_for_visitor
from booth_app.core.leads.fields import parse_amount, parse_currency
from booth_app.core.leads.vocabulary import STAGES
from booth_app.core.text import clean
from booth_app.storage.ids import utcnow
from booth_app.storage.models import Exhibitor, Lead, Meeting, Visitor

RESULTS = ("no_show", "no_interest", "informative", "cooperation", "mou")
RESULT_LABELS = {"no_show": "Did not happen", "no_interest": "No interest",
                 "informative": "Informative", "cooperation": "Cooperation possible",
                 "mou": "MoU signed"}
_STAGE_FOR = {"informative": "meeting", "cooperation": "meeting", "mou": "mou"}


def record_outcome(session: Session, meeting: Meeting, result: str, *,
                   value: str | Decimal | None = None, currency: str = "", note: str = "",
                   staff_id: str | None = None) -> Lead | None:
    """Set the meeting's outcome; for a meeting that happened, update the lead too."""
    result = (result or "").strip().lower()
    if result not in RESULTS:
        raise InputError("The result is one of {results}, not {result!r}.",
                         results=', '.join(RESULTS), result=result)
    amount = parse_amount(value) if value not in (None, "") else None
    code = parse_currency(currency) if currency else ""
    if amount is not None and not code:
        raise InputError("A value needs its currency (--currency USD).")
    meeting.outcome = result
    meeting.status = "no_show" if result == "no_show" else "held"
    meeting.outcome_value, meeting.outcome_currency = amount, code
    meeting.outcome_note = clean(note, 2000) if note else meeting.outcome_note
    if result == "no_show":
        session.flush()
        return None
    exhibitor = session.get(Exhibitor, meeting.exhibitor_id)
    visitor = session.get(Visitor, meeting.visitor_id)
    if exhibitor is None or visitor is None:
        return None
    text = f"meeting: {RESULT_LABELS[result]}" + (f"; {clean(note, 500)}" if note else "")
    lead = capture_for_visitor(session, exhibitor, visitor, staff_id=staff_id, now=utcnow(),
                               source=text, kind="meeting").lead
    stage = _STAGE_FOR.get(result)
    if stage is not None and STAGES.index(stage) > STAGES.index(lead.stage or "new") \
            and lead.stage not in ("won", "lost"):
        lead.stage = stage
    if result == "no_interest" and not lead.rating:
        lead.rating = "cold"
    if result in ("cooperation", "mou") and not lead.rating:
        lead.rating = "hot"
    if amount is not None:
        lead.value, lead.currency = amount, code
    session.flush()
    return lead
