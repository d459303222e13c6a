"""Sign-ins for UI tests (a window's coordinator pages need a coordinator: access/guard.py)."""

from __future__ import annotations

from sqlalchemy import select

from booth_app.storage.database import Database
from booth_app.storage.models import Staff
from booth_app.ui.access.session import SignedIn


def signed_in(db: Database, role: str = "coordinator", index: int = 0) -> SignedIn:
    """The SignedIn of the demo's `index`-th active member with `role` (a window's
    coordinator pages need a coordinator signed in: access/guard.py)."""
    with db.reader() as session:
        ids = session.scalars(select(Staff.id).where(
            Staff.role == role, Staff.active.is_(True), Staff.deleted.is_(False))
            .order_by(Staff.id)).all()
        return SignedIn.of(session, ids[index])
