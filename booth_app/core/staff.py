"""Booth staff and coordinators, with PINs kept as slow salted hashes."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import unicodedata
from typing import Any

from sqlalchemy.orm import Session

from booth_app.core.errors import InputError
from booth_app.core.exhibitors import find_exhibitor
from booth_app.core.text import clean
from booth_app.storage.models import Staff

ROLES = ("staff", "coordinator")
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
        raise InputError(f"Role must be one of {', '.join(ROLES)}.")
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
