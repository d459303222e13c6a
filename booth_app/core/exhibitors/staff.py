"""Booth staff and coordinators, with PINs kept as slow salted hashes, and the
coordinator's staff list (rename, role, deactivate, a new PIN).

Signing in on a shared laptop: `sign_in` checks a member's PIN. Wrong PINs in a row
slow guessing down: from the third one on the member waits (30 s, doubling with every
further wrong PIN, at most 15 minutes) before the next try is even checked. The count
is kept per laptop in the local `meta` table (never synced), so restarting the app does
not reset it; the right PIN does.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from booth_app.core import audit
from booth_app.core.errors import BoothError, InputError, NotFound
from booth_app.core.exhibitors.manufacturers import find_exhibitor
from booth_app.core.text import clean
from booth_app.storage.ids import utcnow
from booth_app.storage.models import AuditLog, Exhibitor, Meta, Staff

ROLES = ("staff", "coordinator")
PIN_RESET_ACTION = "staff.pin_reset"  # the audit row of a PIN given anew
# scrypt cost: ~50 ms per check on a laptop, so guessing a 4-6 digit PIN offline is slow.
_N, _R, _P = 2**14, 8, 1


def hash_pin(pin: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    b64 = base64.b64encode
    return f"scrypt${_N}${_R}${_P}${b64(salt).decode()}${b64(digest).decode()}"


def verify_pin(pin: str, stored: str) -> bool:
    """True when `pin` matches; a malformed or foreign stored hash never matches."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest, validate=True)
        actual = hashlib.scrypt(
            normalise_pin(pin).encode(),
            salt=base64.b64decode(salt, validate=True),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
        )
    except ValueError:  # includes binascii.Error and scrypt's own parameter checks
        return False
    return hmac.compare_digest(actual, expected)


def normalise_pin(pin: str) -> str:
    """Digits typed through an Arabic or full-width layout (٣, ３) count as 3."""
    return "".join(
        str(unicodedata.decimal(ch)) if unicodedata.decimal(ch, None) is not None else ch
        for ch in pin.strip()
    )


def check_pin_format(pin: str) -> str:
    pin = normalise_pin(pin)
    if not (pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 8):
        raise InputError("A PIN is 4 to 8 digits.")
    return pin


def add_staff(
    session: Session, *, name: str, pin: str, exhibitor_code: str | None, role: str = "staff"
) -> Staff:
    name = clean(name, 200)
    if not name:
        raise InputError("A staff member needs a name.")
    if role not in ROLES:
        raise InputError("Role must be one of {roles}.", roles=', '.join(ROLES))
    exhibitor = find_exhibitor(session, exhibitor_code) if exhibitor_code else None
    if exhibitor is None and role != "coordinator":
        raise InputError("Booth staff belong to an exhibitor: give --exhibitor CODE.")
    member = Staff(
        exhibitor_id=exhibitor.id if exhibitor else None,
        name=name,
        role=role,
        pin_hash=hash_pin(check_pin_format(pin)),
    )
    session.add(member)
    session.flush()
    return member


def staff_to_dict(member: Staff, exhibitor_code: str | None = None) -> dict[str, Any]:
    return {
        "id": member.id,
        "name": member.name,
        "role": member.role,
        "exhibitor": exhibitor_code,
        "active": member.active,
    }


# -- the coordinator's staff list ------------------------------------------------------------


def list_staff(session: Session, exhibitor: Exhibitor) -> list[Staff]:
    """A manufacturer's staff, deactivated ones included (they show as such)."""
    return list(
        session.scalars(
            select(Staff)
            .where(Staff.exhibitor_id == exhibitor.id, Staff.deleted.is_(False))
            .order_by(Staff.active.desc(), func.lower(Staff.name))
        )
    )


def _check_staff_name(name: str) -> str:
    cleaned = clean(name, 201)
    if not cleaned:
        raise InputError("A staff member needs a name.")
    if len(cleaned) > 200:
        raise InputError("A staff member's name is at most 200 characters.")
    return cleaned


def rename_staff(session: Session, member: Staff, name: str) -> Staff:
    member.name = _check_staff_name(name)
    session.flush()
    return member


def set_staff_role(session: Session, member: Staff, role: str) -> Staff:
    if role not in ROLES:
        raise InputError("Role must be one of {roles}.", roles=', '.join(ROLES))
    if member.exhibitor_id is None and role != "coordinator":
        raise InputError("Booth staff belong to a manufacturer; this is the pavilion's "
                         "coordinator account.")
    member.role = role
    session.flush()
    return member


def set_staff_active(session: Session, member: Staff, active: bool) -> Staff:
    """Deactivate (cannot sign in; past leads keep their name) or reactivate."""
    member.active = active
    session.flush()
    return member


def reset_staff_pin(
    session: Session, member: Staff, pin: str, *, by_staff_id: str | None = None
) -> Staff:
    """A new PIN (4-8 digits, kept as a scrypt hash) with an audit row saying who and when;
    `reset_pin`'s rules (only a coordinator resets another's PIN; this laptop's wait after
    wrong PINs is forgotten)."""
    reset_pin(session, member, pin, by_staff_id=by_staff_id)
    return member


# -- signing in on a shared laptop -----------------------------------------------------------

FREE_TRIES = 3  # wrong PINs in a row before the first wait
FIRST_WAIT_S = 30
MAX_WAIT_S = 15 * 60
_META_PREFIX = "pin_failures:"


class WrongPin(BoothError):
    """The PIN did not match; `attempts_left` before a wait, `wait_seconds` now imposed."""

    def __init__(self, attempts_left: int, wait_seconds: int = 0) -> None:
        self.attempts_left = attempts_left
        self.wait_seconds = wait_seconds
        if wait_seconds:
            super().__init__("Wrong PIN. Wait {wait} before trying again.",
                             wait=_duration(wait_seconds))
        elif attempts_left == 1:
            super().__init__("Wrong PIN. One more try before a wait.")
        else:
            super().__init__("Wrong PIN. {attempts_left} more tries before a wait.",
                             attempts_left=attempts_left)


class PinLocked(BoothError):
    """Too many wrong PINs: no PIN is checked for `seconds_left` more seconds."""

    def __init__(self, seconds_left: int) -> None:
        self.seconds_left = seconds_left
        super().__init__("Too many wrong PINs. Try again in {wait}.",
                         wait=_duration(seconds_left))


def _duration(seconds: int) -> str:
    if seconds < 60:
        return f"{seconds} s"
    minutes, rest = divmod(seconds, 60)
    return f"{minutes} min {rest} s" if rest else f"{minutes} min"


@dataclass
class _Failures:
    count: int = 0
    until: datetime | None = None


def _meta_key(staff_id: str) -> str:
    return _META_PREFIX + staff_id


def _load_failures(session: Session, staff_id: str) -> _Failures:
    row = session.get(Meta, _meta_key(staff_id))
    if row is None:
        return _Failures()
    try:
        data = json.loads(row.value)
        until = datetime.fromisoformat(data["until"]) if data.get("until") else None
        return _Failures(int(data.get("count", 0)), until)
    except (ValueError, TypeError, KeyError, AttributeError):
        # A damaged record must not lock anyone out for good, nor reset the count to 0.
        return _Failures(FREE_TRIES)


def _wait_for(count: int) -> int:
    """Seconds to wait after `count` wrong PINs in a row (0 before the third)."""
    if count < FREE_TRIES:
        return 0
    return min(MAX_WAIT_S, FIRST_WAIT_S * 2 ** min(count - FREE_TRIES, 10))


def _seconds_left(failures: _Failures, now: datetime) -> int:
    if failures.until is None or failures.until <= now:
        return 0
    # Never longer than the longest wait: a clock set back must not lock a member out
    # for the hours it jumped.
    return min(MAX_WAIT_S, int((failures.until - now).total_seconds() + 0.999))


def _forget_failures(session: Session, staff_id: str) -> None:
    row = session.get(Meta, _meta_key(staff_id))
    if row is not None:
        session.delete(row)
        session.flush()


def pin_wait_seconds(session: Session, staff_id: str, *, now: datetime | None = None) -> int:
    """Seconds before this member may try a PIN again on this laptop (0: now)."""
    return _seconds_left(_load_failures(session, staff_id), now or utcnow())


def _active_member(session: Session, staff_id: str) -> Staff:
    member = session.get(Staff, staff_id)
    if member is None or member.deleted:
        raise NotFound("No such staff member.")
    if not member.active:
        raise BoothError("{name} can no longer sign in here (deactivated).", name=member.name)
    return member


def sign_in(session: Session, staff_id: str, pin: str, *, now: datetime | None = None) -> Staff:
    """The member, when `pin` is theirs; else WrongPin or PinLocked.

    A wrong PIN is counted and committed before WrongPin is raised (so the caller's
    rollback cannot forget it; anything else pending in `session` is committed with
    it). While a wait runs no PIN is checked at all, not even the right one. The right
    PIN clears the count. scrypt makes each check take ~50-100 ms on purpose. Both
    are in the audit log (`staff.sign_in`, `staff.pin_failed`); a try refused during a
    wait checks no PIN and is not.
    """
    now = now or utcnow()
    member = _active_member(session, staff_id)
    if not normalise_pin(pin):
        raise InputError("Enter your PIN.")
    failures = _load_failures(session, staff_id)
    left = _seconds_left(failures, now)
    if left:
        raise PinLocked(left)
    if verify_pin(pin, member.pin_hash):
        _forget_failures(session, staff_id)
        audit.record(session, audit.SIGN_IN, entity="staff", entity_id=member.id,
                     staff_id=member.id, now=now)
        session.flush()
        return member
    count = failures.count + 1
    wait = _wait_for(count)
    until = now + timedelta(seconds=wait) if wait else None
    session.merge(Meta(key=_meta_key(staff_id), value=json.dumps(
        {"count": count, "until": until.isoformat() if until else None})))
    # Whose PIN was tried is the entity; nobody signed in did it.
    audit.record(session, audit.PIN_FAILED, entity="staff", entity_id=member.id,
                 detail={"in_a_row": count, "wait_s": wait}, now=now)
    session.commit()
    raise WrongPin(max(0, FREE_TRIES - count), wait)


def reset_pin(session: Session, staff: Staff, new_pin: str, *,
              by_staff_id: str | None) -> None:
    """Give `staff` a new PIN; by a coordinator, the member themself, or the command line
    (None, which acts with coordinator rights). Audited; clears this laptop's wait."""
    if by_staff_id is not None and by_staff_id != staff.id:
        by = session.get(Staff, by_staff_id)
        if by is None or by.deleted or not by.active or by.role != "coordinator":
            raise BoothError("Only a coordinator can reset another member's PIN.")
    staff.pin_hash = hash_pin(check_pin_format(new_pin))
    session.add(AuditLog(at=utcnow(), staff_id=by_staff_id, action=PIN_RESET_ACTION,
                         entity="staff", entity_id=staff.id,
                         detail=audit.with_origin({"name": staff.name}, by_staff_id)))
    _forget_failures(session, staff.id)
    session.flush()


class BoothStaff(NamedTuple):
    """One booth of the sign-in grid: its manufacturer and who may sign in there."""

    exhibitor_code: str
    booth: str
    name: str
    staff: list[Staff]


def _natural(text: str) -> tuple[Any, ...]:
    """"B2" before "B10"."""
    return tuple(int(part) if part.isdigit() else part.casefold()
                 for part in re.split(r"(\d+)", text))


def staff_for_sign_in(session: Session) -> list[BoothStaff]:
    """Booths in booth-number order with their active staff by name (booths without
    staff left out); coordinators are in `coordinators_for_sign_in`."""
    members = session.scalars(select(Staff).where(
        Staff.deleted.is_(False), Staff.active.is_(True), Staff.role == "staff",
        Staff.exhibitor_id.is_not(None)))
    by_exhibitor: dict[str, list[Staff]] = {}
    for member in members:
        by_exhibitor.setdefault(member.exhibitor_id or "", []).append(member)
    if not by_exhibitor:
        return []
    exhibitors = session.scalars(select(Exhibitor).where(
        Exhibitor.id.in_(by_exhibitor), Exhibitor.deleted.is_(False)))
    booths = [BoothStaff(e.code, e.booth, e.name,
                         sorted(by_exhibitor[e.id], key=lambda m: m.name.casefold()))
              for e in exhibitors]
    # Booths without a number last.
    return sorted(booths, key=lambda b: (not b.booth, _natural(b.booth), b.exhibitor_code))


def coordinators_for_sign_in(session: Session) -> list[Staff]:
    """Active coordinators by name: they sign in to see every booth."""
    return sorted(session.scalars(select(Staff).where(
        Staff.deleted.is_(False), Staff.active.is_(True), Staff.role == "coordinator")),
        key=lambda m: m.name.casefold())


STAFF_ADD = "staff.add"


def add_first_coordinator(session: Session, *, name: str, pin: str) -> Staff:
    """The event's first coordinator, made at the window of a laptop that has none (a
    new event, before anyone ran `booth staff add --role coordinator`). Refused once any
    active coordinator exists, so nobody at an unattended laptop can make another."""
    if coordinators_for_sign_in(session):
        raise BoothError("This event has a coordinator already: they sign in and add "
                         "others in Exhibitors.")
    member = add_staff(session, name=name, pin=pin, exhibitor_code=None, role="coordinator")
    audit.record(session, STAFF_ADD, entity="staff", entity_id=member.id, staff_id=member.id,
                 detail={"role": "coordinator", "first": True})
    return member
