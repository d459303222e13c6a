"""Which badges to print, and issuing them: the step between the visitors and the PDF.

Printing a badge issues a new badge version (core.badges.tokens.issue_badges): the previous one
is revoked and the print is logged. A batch reads its visitors and their badges with a few
queries and writes its badges a few hundred per flush, all in the caller's one transaction.
A preview issues nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from booth_app.core.badges.codes import normalise_code
from booth_app.core.badges.render import BadgeFace, Layout, face_for
from booth_app.core.badges.tokens import current_badge, issue_badges, make_token
from booth_app.core.errors import NotFound
from booth_app.core.events import require_event
from booth_app.storage.models import Visitor

_CHUNK = 500  # ids per IN (...)


def _live(event_id: str) -> Select[tuple[Visitor]]:
    return select(Visitor).where(Visitor.event_id == event_id, Visitor.deleted.is_(False),
                                 Visitor.merged_into_id.is_(None))


def visitor_ids_for(session: Session, refs: Sequence[str]) -> list[str]:
    """Visitor ids for what a user typed: ids or printed short codes ("BCDF-2345"), each
    once, in the order given. Anything that names no live visitor raises NotFound."""
    ids: list[str] = []
    for ref in refs:
        text = ref.strip()
        visitor = session.get(Visitor, text) if text else None
        if visitor is None and text:
            code = normalise_code(text)
            if code:
                visitor = session.scalars(select(Visitor).where(Visitor.code == code)).first()
        if visitor is None or visitor.deleted:
            raise NotFound("No visitor with id or code {ref!r}.", ref=ref)
        if visitor.id not in ids:
            ids.append(visitor.id)
    return ids


def print_order(session: Session, visitor_ids: Sequence[str] | None) -> list[str]:
    """The ids a print job covers, in the order they print (None: every live visitor by
    name). Read once, so a long batch can print in chunks of its own transactions."""
    if visitor_ids is not None:
        return list(visitor_ids)
    event = require_event(session)
    stmt = _live(event.id).order_by(Visitor.sort_name, Visitor.id).with_only_columns(Visitor.id)
    return list(session.scalars(stmt))


def faces_for_print(session: Session, visitor_ids: Sequence[str] | None, layout: Layout, *,
                    staff_id: str | None = None) -> list[BadgeFace]:
    """Issue a badge for each visitor (None: every live visitor, in name order) and return
    what each prints. The caller's session commits (or rolls back) the issued badges."""
    event = require_event(session)
    if visitor_ids is None:
        visitors = list(session.scalars(_live(event.id).order_by(Visitor.sort_name,
                                                                 Visitor.id)))
    else:
        visitors = _visitors(session, visitor_ids)
    issued = issue_badges(session, event, visitors, layout=layout.name, staff_id=staff_id)
    return [face_for(event, visitor, token)
            for visitor, (_, token) in zip(visitors, issued, strict=True)]


def _visitors(session: Session, visitor_ids: Sequence[str]) -> list[Visitor]:
    """The visitors with these ids, in this order, read a chunk at a time; NotFound names
    the first id that is not a visitor (or a deleted one)."""
    found: dict[str, Visitor] = {}
    wanted = list(dict.fromkeys(visitor_ids))
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start:start + _CHUNK]
        found.update((v.id, v) for v in session.scalars(select(Visitor).where(
            Visitor.id.in_(chunk))))
    visitors = []
    for visitor_id in visitor_ids:
        visitor = found.get(visitor_id)
        if visitor is None or visitor.deleted:
            raise NotFound("No visitor with id {visitor_id!r}.", visitor_id=visitor_id)
        visitors.append(visitor)
    return visitors


def preview_face(session: Session, visitor: Visitor) -> BadgeFace:
    """The badge as it would look, issuing nothing: the current badge's token, or the
    token version 1 would have."""
    event = require_event(session)
    badge = current_badge(session, visitor)
    version = badge.version if badge is not None else 1
    return face_for(event, visitor, make_token(event, visitor.code, version))
