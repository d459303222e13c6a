"""Who is signed in on this window, and the lock that ends it.

Several booth staff share one laptop. A `StaffSession` holds the member signed in
now (a `SignedIn`, or None) and says when that changes; pages that show leads read
`lead_scope()` from it, so a booth's staff never get another manufacturer's leads
from any page of the window. The window locks on Ctrl+L and by itself after
AUTO_LOCK_MINUTES without a key press or a mouse click, move or wheel anywhere in
the application.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication
from sqlalchemy.orm import Session

from booth_app.core.errors import BoothError, NotFound
from booth_app.storage.models import Exhibitor, Staff

# translate("Context", "text"): the form lupdate reads, with the context named.
translate = QCoreApplication.translate

# Input that counts as someone at the laptop (a scan is key presses too).
_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
})


@dataclass(frozen=True)
class SignedIn:
    """A staff member signed in on this window (plain data, safe after the session)."""

    staff_id: str
    name: str
    role: str  # "staff" or "coordinator"
    exhibitor_id: str | None = None  # None for a coordinator
    exhibitor_code: str = ""
    exhibitor_name: str = ""
    booth: str = ""

    @property
    def is_coordinator(self) -> bool:
        return self.role == "coordinator"

    @classmethod
    def of(cls, session: Session, staff_id: str) -> SignedIn:
        """The signed-in view of a member (NotFound when gone, BoothError when inactive
        or a booth member without a manufacturer)."""
        member = session.get(Staff, staff_id)
        if member is None or member.deleted:
            raise NotFound(translate("StaffSession", "No such staff member."))
        if not member.active:
            raise BoothError(translate("StaffSession", "{0} can no longer sign in here "
                                        "(deactivated).").format(member.name))
        if member.role == "coordinator":
            return cls(member.id, member.name, member.role)
        exhibitor = session.get(Exhibitor, member.exhibitor_id) if member.exhibitor_id else None
        if exhibitor is None or exhibitor.deleted:
            raise BoothError(translate("StaffSession", "{0} belongs to no manufacturer of this "
                                        "event.").format(member.name))
        return cls(member.id, member.name, member.role, exhibitor.id, exhibitor.code,
                   exhibitor.name, exhibitor.booth)


class StaffSession(QObject):
    """The window's signed-in member; `changed(SignedIn | None)` on sign-in and lock."""

    changed = Signal(object)

    def __init__(self, parent: QObject | None = None, *, auto_lock_minutes: float = 0) -> None:
        super().__init__(parent)
        self._current: SignedIn | None = None
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self.lock)
        self._idle_ms = 0
        self._watching = False
        self.set_auto_lock_minutes(auto_lock_minutes)

    @property
    def current(self) -> SignedIn | None:
        return self._current

    def lead_scope(self) -> str | None:
        """The manufacturer whose leads this window may show: the member's own for booth
        staff, None (every one) for a coordinator. BoothError when nobody is signed in."""
        who = self._current
        if who is None:
            raise BoothError(translate("StaffSession", "Sign in to see leads."))
        if who.is_coordinator:
            return None
        if not who.exhibitor_id:  # never widen a booth member's view to every booth
            raise BoothError(translate("StaffSession",
                                       "This staff member belongs to no manufacturer."))
        return who.exhibitor_id

    def sign_in(self, who: SignedIn) -> None:
        self._current = who
        self._restart_idle()
        self._watch(True)
        self.changed.emit(who)

    def lock(self) -> None:
        """Sign the member out (Ctrl+L, or after inactivity)."""
        self._idle.stop()
        self._watch(False)
        if self._current is None:
            return
        self._current = None
        self.changed.emit(None)

    # -- auto-lock --------------------------------------------------------------------

    def set_auto_lock_minutes(self, minutes: float) -> None:
        """Lock after this many minutes without input; 0 never locks by itself."""
        self.set_auto_lock_ms(int(minutes * 60_000))

    def set_auto_lock_ms(self, ms: int) -> None:
        self._idle_ms = max(0, ms)
        if self._current is not None:
            self._restart_idle()

    @property
    def auto_lock_ms(self) -> int:
        return self._idle_ms

    def _restart_idle(self) -> None:
        if self._idle_ms > 0 and self._current is not None:
            self._idle.start(self._idle_ms)
        else:
            self._idle.stop()

    def _watch(self, on: bool) -> None:
        app = QApplication.instance()
        if app is None or on == self._watching:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._watching = on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._idle.isActive():
            self._idle.start(self._idle_ms)
        return False
