"""Which place of the window needs whom, in one place, and the panel a locked place shows.

- Nobody signed in: the desk only (Dashboard, Check-in, Visitors' search, walk-ins and
  badges, and the sign-in).
- Booth staff: their own manufacturer's leads and meetings as well.
- Coordinator: everything (Exhibitors, Exports with backups and the report, Settings
  with the audit log and the purge, Meetings' scheduling, erasure, import and merge).

A locked page is never hidden: a `LockedPanel` covers it, says what it needs and
offers the sign-in.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from booth_app.storage.database import Database
from booth_app.ui.access.session import SignedIn, StaffSession

# translate("Context", "text"): the form lupdate reads, with the context named.
translate = QCoreApplication.translate


class Needs(Enum):
    DESK = "desk"  # anyone at the laptop
    STAFF = "staff"  # anyone signed in (booth staff see their own manufacturer's)
    COORDINATOR = "coordinator"


# Sidebar labels (main_window.NAVIGATION) to what the page needs.
PAGE_NEEDS: dict[str, Needs] = {
    "Dashboard": Needs.DESK,
    "Check-in": Needs.DESK,
    "Visitors": Needs.DESK,
    "Leads": Needs.DESK,  # the page asks for its own sign-in and scopes to the member
    "Exhibitors": Needs.COORDINATOR,
    "Exports": Needs.COORDINATOR,
    "Meetings": Needs.STAFF,
    "Settings": Needs.COORDINATOR,
}
DESK_PAGES = ("Check-in", "Visitors")


def allows(needs: Needs, who: SignedIn | None) -> bool:
    if needs is Needs.DESK:
        return True
    if who is None:
        return False
    return needs is Needs.STAFF or who.is_coordinator


def is_coordinator(who: SignedIn | None) -> bool:
    return who is not None and who.is_coordinator


class LockedPanel(QWidget):
    """Covers its page while locked: what it needs, who is signed in, and Sign in."""

    sign_in_requested = Signal()

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self.setObjectName("lockedPanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "#lockedPanel { background: rgba(240, 242, 245, 242); }"
            "#lockedCard { background: white; border: 1px solid #c9d1dc;"
            " border-radius: 10px; }"
            "#lockedTitle { font-size: 18pt; font-weight: 600; color: #17324d; }")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        card = QFrame()
        card.setObjectName("lockedCard")
        card.setMaximumWidth(560)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 28)
        inner.setSpacing(12)
        self.title = QLabel()
        self.title.setObjectName("lockedTitle")
        self.title.setWordWrap(True)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.button = QPushButton(self.tr("Sign in…"))
        self.button.setObjectName("signInButton")
        self.button.clicked.connect(self.sign_in_requested)
        hint = QLabel(self.tr("Shortcut: Ctrl+L signs in, and locks again when you leave."))
        hint.setObjectName("pageSubtitle")
        hint.setWordWrap(True)
        for widget in (self.title, self.explain, self.button, hint):
            inner.addWidget(widget)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.for_coordinator = False
        page.installEventFilter(self)
        self.hide()

    def show_for(self, needs: Needs, who: SignedIn | None) -> None:
        self.for_coordinator = needs is Needs.COORDINATOR  # the sign-in opens on them
        if needs is Needs.COORDINATOR:
            self.title.setText(self.tr("Coordinator sign-in needed"))
            self.explain.setText(self.tr(
                "Only a coordinator can open this page.") + " " + (
                self.tr("{0} is signed in for booth {1}.").format(who.name, who.booth or "–")
                if who is not None else self.tr("Nobody is signed in on this laptop.")))
        else:
            self.title.setText(self.tr("Sign-in needed"))
            self.explain.setText(self.tr(
                "Booth staff see their own manufacturer's meetings here; a coordinator "
                "sees and schedules them all. Nobody is signed in on this laptop."))
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False


def lock_page(page: QWidget, panel: LockedPanel, needs: Needs, who: SignedIn | None) -> bool:
    """Lock or unlock `page` for `who`; True when it is open. A locked page's own
    widgets are disabled too, so no key reaches them under the panel."""
    open_ = allows(needs, who)
    if not open_:
        panel.show_for(needs, who)
    set_locked = getattr(page, "set_locked", None)  # a Page also says it in its banner
    if set_locked is not None:
        set_locked(None if open_ else f"{panel.title.text()}. {panel.explain.text()}")
    else:
        for child in page.findChildren(QWidget,
                                       options=Qt.FindChildOption.FindDirectChildrenOnly):
            child.setEnabled(open_)
    panel.setEnabled(True)
    if open_:
        panel.hide()
    return open_


def require_coordinator(db: Database, staff_session: StaffSession,
                        parent: QWidget | None) -> bool:
    """True when a coordinator is signed in; else say so and offer the sign-in (True
    once a coordinator has signed in)."""
    if is_coordinator(staff_session.current):
        return True
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("AccessGuard", "Coordinator sign-in needed"))
    box.setText(translate("AccessGuard", "Coordinator sign-in needed"))
    box.setInformativeText(translate("AccessGuard", "Only a coordinator can do this (erasure, "
                                                    "import, merging duplicates)."))
    sign_in = box.addButton(translate("AccessGuard", "Sign in…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(sign_in)
    box.exec()
    if box.clickedButton() is not sign_in:
        return False
    from booth_app.ui.access.sign_in import ask_sign_in

    return ask_sign_in(db, staff_session, parent, coordinators=True) and is_coordinator(
        staff_session.current)
