"""Badge tokens: what a badge's QR code carries, verifiable offline.

A token is 22 characters, all from the short-code alphabet (digits and consonants
that QR encodes in its compact alphanumeric mode and that survive keyboard-wedge
scanners on QWERTY, AZERTY and QWERTZ layouts):

    BT  VV  CCCCCCCC  MMMMMMMMMM
    |   |   |         `- message authentication code, 10 symbols (~45.9 bits)
    |   |   `- the visitor's short code (printed under the QR)
    |   `- badge version, base 24 (reprints count up; older versions are revoked)
    `- format marker

The MAC is HMAC-SHA256 under the event's badge secret over the event id, code and
version, so an altered or invented code is rejected without any network. Whoever
holds the secret can make badges; check-in laptops hold it too (HMAC is symmetric).
"""

from __future__ import annotations

import hmac
from collections.abc import Sequence
from dataclasses import dataclass
from hashlib import sha256

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from booth_app.core.audit import with_origin
from booth_app.core.badges.codes import CODE_ALPHABET, CODE_LENGTH
from booth_app.storage.ids import utcnow
from booth_app.storage.models import AuditLog, Badge, Event, Visitor

PREFIX = "BT"
VERSION_LEN = 2
MAC_LEN = 10
TOKEN_LENGTH = len(PREFIX) + VERSION_LEN + CODE_LENGTH + MAC_LEN
BASE = len(CODE_ALPHABET)
MAX_VERSION = BASE**VERSION_LEN - 1
# Visitors per read of their badges and per flush. Not the whole batch in one flush:
# stamping a flush's rows (Database._stamp_rows) takes time growing with the square of
# their number, and a batch can be every visitor of the event.
_CHUNK = 250


def _encode(number: int, width: int) -> str:
    digits = []
    for _ in range(width):
        number, digit = divmod(number, BASE)
        digits.append(CODE_ALPHABET[digit])
    if number:
        raise ValueError("number too large for width")
    return "".join(reversed(digits))


def _decode(text: str) -> int:
    number = 0
    for char in text:
        number = number * BASE + CODE_ALPHABET.index(char)
    return number


def _mac(secret: bytes, event_id: str, code: str, version: int) -> str:
    digest = hmac.new(secret, f"{event_id}|{code}|{version}".encode(), sha256).digest()
    return _encode(int.from_bytes(digest[:8], "big") % BASE**MAC_LEN, MAC_LEN)


def make_token(event: Event, code: str, version: int) -> str:
    if not 1 <= version <= MAX_VERSION:
        raise ValueError(f"badge version must be 1..{MAX_VERSION}")
    return (PREFIX + _encode(version, VERSION_LEN) + code
            + _mac(event.badge_secret, event.id, code, version))


@dataclass(frozen=True)
class TokenCheck:
    """What a scanned string is: not ours, ours but forged, or a genuine badge."""

    kind: str  # "foreign" | "invalid" | "valid"
    code: str = ""
    version: int = 0


def looks_like_token(text: str) -> bool:
    return len(text) == TOKEN_LENGTH and text.startswith(PREFIX)


def check_token(event: Event, text: str) -> TokenCheck:
    """Verify a scanned token offline (constant-time MAC comparison)."""
    candidate = text.strip().upper()
    if not looks_like_token(candidate):
        return TokenCheck("foreign")
    body = candidate[len(PREFIX):]
    if any(ch not in CODE_ALPHABET for ch in body):
        return TokenCheck("invalid")
    version = _decode(body[:VERSION_LEN])
    code = body[VERSION_LEN:VERSION_LEN + CODE_LENGTH]
    mac = body[VERSION_LEN + CODE_LENGTH:]
    if version < 1 or not hmac.compare_digest(mac, _mac(event.badge_secret, event.id, code,
                                                         version)):
        return TokenCheck("invalid", code, version)
    return TokenCheck("valid", code, version)


def current_badge(session: Session, visitor: Visitor) -> Badge | None:
    return session.scalars(
        select(Badge).where(Badge.visitor_id == visitor.id, Badge.deleted.is_(False))
        .order_by(Badge.version.desc()).limit(1)
    ).first()


def issue_badge(session: Session, event: Event, visitor: Visitor, *, layout: str = "",
                staff_id: str | None = None) -> tuple[Badge, str]:
    """The badge to print now: the first one, or a reprint that revokes the previous.

    Returns the badge row and its token; the print is counted and logged.
    """
    return issue_badges(session, event, [visitor], layout=layout, staff_id=staff_id)[0]


def _versions(session: Session, visitor_ids: list[str]
              ) -> tuple[dict[str, int], dict[str, Badge]]:
    """Per visitor with badges: the highest version ever issued, and the current badge
    (as current_badge finds it) when it is not revoked yet. Two queries."""
    latest: dict[str, int] = {}
    kept: dict[str, int] = {}  # the highest version not deleted: the current badge's
    rows = session.execute(
        select(Badge.visitor_id, func.max(Badge.version),
               func.max(case((Badge.deleted.is_(False), Badge.version))))
        .where(Badge.visitor_id.in_(visitor_ids)).group_by(Badge.visitor_id))
    for visitor_id, highest, highest_kept in rows:
        latest[visitor_id] = highest
        if highest_kept is not None:
            kept[visitor_id] = highest_kept
    live: dict[str, Badge] = {}
    if kept:
        for badge in session.scalars(select(Badge).where(
                Badge.visitor_id.in_(list(kept)), Badge.deleted.is_(False),
                Badge.revoked.is_(False))):
            if kept[badge.visitor_id] == badge.version:
                live[badge.visitor_id] = badge
    return latest, live


def issue_badges(session: Session, event: Event, visitors: Sequence[Visitor], *,
                 layout: str = "", staff_id: str | None = None) -> list[tuple[Badge, str]]:
    """issue_badge for each visitor in turn, a few hundred at a time: their versions read
    with two queries, their badges and audit rows written with one flush (all in the
    caller's one transaction). Returns (badge, token) per visitor."""
    now = utcnow()
    issued = []
    for start in range(0, len(visitors), _CHUNK):
        chunk = visitors[start:start + _CHUNK]
        latest, live = _versions(session, list(dict.fromkeys(v.id for v in chunk)))
        rows: list[Badge | AuditLog] = []
        for visitor in chunk:
            version = latest.get(visitor.id, 0) + 1
            previous = live.get(visitor.id)
            if previous is not None and not previous.revoked:
                previous.revoked, previous.revoked_at = True, now
            badge = Badge(visitor_id=visitor.id, version=version, printed_count=1,
                          last_printed_at=now, layout=layout)
            # A visitor named twice gets two versions, the first revoked by the second.
            latest[visitor.id], live[visitor.id] = version, badge
            rows.append(badge)
            rows.append(AuditLog(at=now, staff_id=staff_id,
                                 action="badge.reprint" if version > 1 else "badge.print",
                                 entity="visitor", entity_id=visitor.id,
                                 detail=with_origin({"version": version, "layout": layout},
                                                    staff_id)))
            issued.append((badge, make_token(event, visitor.code, version)))
        session.add_all(rows)
        session.flush()
    return issued
