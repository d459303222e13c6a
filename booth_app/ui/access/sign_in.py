"""Signing in on a shared booth laptop: booth, then name, then PIN.

Three steps in one dialog: a grid of the pavilion's booths (booth number and
manufacturer; coordinators have their own button), the staff names of that booth,
then a PIN pad with big digit buttons that also takes the keyboard (digits,
Backspace, Enter). Escape goes back a step. A wrong PIN says how many tries are
left; after too many, the pad waits with a live countdown (core.exhibitors.staff keeps the
count per laptop, so closing the dialog does not reset it). "Switch staff" opens
straight on the current booth's names.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from booth_app.core.errors import BoothError
from booth_app.core.exhibitors.staff import (
    PinLocked,
    WrongPin,
    coordinators_for_sign_in,
    pin_wait_seconds,
    sign_in,
    staff_for_sign_in,
)
from booth_app.storage.database import Database
from booth_app.storage.ids import utcnow
from booth_app.ui import settings
from booth_app.ui.access.pin_pad import PinPad
from booth_app.ui.access.session import SignedIn, StaffSession
from booth_app.ui.language import error_text

Clock = Callable[[], datetime]
GRID_COLUMNS = 4
STEP_BOOTH, STEP_STAFF, STEP_PIN = range(3)
COORDINATORS = "__coordinators__"

STYLE = """
#signInTitle { font-size: 15pt; font-weight: 600; color: #17324d; }
#boothButton { text-align: left; padding: 8px 12px; min-height: 54px; font-size: 11.5pt; }
#boothButton[here="true"] { border: 2px solid #2f6aa3; }
#staffButton { padding: 10px 14px; min-height: 46px; font-size: 13pt; }
#pinDots { font-size: 26pt; letter-spacing: 6px; color: #17324d; min-height: 48px; }
#pinKey { font-size: 20pt; font-weight: 600; min-width: 84px; min-height: 60px; }
#pinMessage { font-size: 12pt; }
#pinMessage[tone="bad"] { color: #9b1c1c; }
#pinMessage[tone="wait"] { color: #7a4b00; }
"""


PANEL_STYLE = """
#signInPanel { background: white; border: 1px solid #d8dee6; border-radius: 12px; }
#signInPanelTitle { font-size: 20pt; font-weight: 600; color: #17324d; }
#signInButton { font-size: 15pt; padding: 12px 28px; background: #2f6aa3; color: white;
                border-radius: 8px; }
"""


def wait_text(seconds: int) -> str:
    minutes, rest = divmod(max(0, seconds), 60)
    return f"{minutes}:{rest:02d}" if minutes else f"{rest} s"


class SignInDialog(QDialog):
    """Booth, name, PIN. After exec() == Accepted, `signed_in` says who."""

    def __init__(self, db: Database, parent: QWidget | None = None, *,
                 booth_code: str | None = None, clock: Clock = utcnow) -> None:
        super().__init__(parent)
        self.db = db
        self.clock = clock
        self.signed_in: SignedIn | None = None
        self.member_id: str | None = None
        self.booth_key: str | None = None
        self.setWindowTitle(self.tr("Sign in"))
        self.setStyleSheet(STYLE)
        self.setMinimumSize(720, 520)
        self.resize(820, 600)
        with db.reader() as session:
            self.booths = staff_for_sign_in(session)
            self.coordinators = coordinators_for_sign_in(session)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← Back (Esc)"))
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.back)
        self.title = QLabel()
        self.title.setObjectName("signInTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        layout.addLayout(top)
        self.steps = QStackedWidget()
        self.steps.addWidget(self._booth_step())
        self.staff_page = QWidget()
        self.staff_grid = QGridLayout(self.staff_page)
        self.staff_grid.setSpacing(10)
        self.steps.addWidget(self._scrolled(self.staff_page))
        self.steps.addWidget(self._pin_step())
        layout.addWidget(self.steps, 1)

        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._tick)

        here = booth_code or settings.BOOTH_EXHIBITOR.get()
        if any(b.exhibitor_code == here for b in self.booths):
            self.show_staff(here)
        else:
            self.show_booths()

    # -- steps ----------------------------------------------------------------------------

    @staticmethod
    def _scrolled(widget: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(widget)
        return area

    def _booth_step(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setSpacing(10)
        here = settings.BOOTH_EXHIBITOR.get()
        self.booth_buttons: dict[str, QPushButton] = {}
        for index, booth in enumerate(self.booths):
            number = booth.booth or "–"
            name = self.fontMetrics().elidedText(booth.name, Qt.TextElideMode.ElideRight, 165)
            button = QPushButton(f"{number}\n{name}")
            button.setObjectName("boothButton")
            button.setToolTip(self.tr("Booth {0} · {1} ({2})").format(
                number, booth.name, booth.exhibitor_code))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setProperty("here", booth.exhibitor_code == here)
            button.clicked.connect(lambda _=False, c=booth.exhibitor_code: self.show_staff(c))
            self.booth_buttons[booth.exhibitor_code] = button
            grid.addWidget(button, index // GRID_COLUMNS, index % GRID_COLUMNS)
        rows = (len(self.booths) + GRID_COLUMNS - 1) // GRID_COLUMNS
        if not self.booths:
            empty = QLabel(self.tr("No booth has staff yet: a coordinator adds them in "
                                   "Exhibitors."))
            empty.setWordWrap(True)
            grid.addWidget(empty, 0, 0, 1, GRID_COLUMNS)
            rows = 1
        self.coordinator_button = QPushButton(self.tr("Pavilion coordinator"))
        self.coordinator_button.setObjectName("staffButton")
        if self.coordinators:
            self.coordinator_button.clicked.connect(lambda: self.show_staff(COORDINATORS))
        else:  # a new event: its first coordinator is made here (first_coordinator.py)
            self.coordinator_button.setText(self.tr("Make the first coordinator…"))
            self.coordinator_button.clicked.connect(self.make_first_coordinator)
        grid.setRowStretch(rows, 1)
        grid.addWidget(self.coordinator_button, rows + 1, 0, 1, 2)
        return self._scrolled(page)

    def _pin_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.pad = PinPad()
        self.pad.submitted.connect(self.try_pin)
        self.pad.edited.connect(self._pin_edited)
        self.message = QLabel()
        self.message.setObjectName("pinMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.pad)
        layout.addWidget(self.message)
        layout.addStretch(1)
        return page

    @property
    def step(self) -> int:
        return self.steps.currentIndex()

    def show_booths(self) -> None:
        self.countdown.stop()
        self.booth_key = None
        self.steps.setCurrentIndex(STEP_BOOTH)
        self.title.setText(self.tr("Sign in: choose your booth"))
        self.back_button.setText(self.tr("Close (Esc)"))
        here = settings.BOOTH_EXHIBITOR.get()
        first = self.booth_buttons.get(here) or next(iter(self.booth_buttons.values()), None)
        (first or self.coordinator_button).setFocus()

    def show_staff(self, key: str) -> None:
        """The names of one booth (by manufacturer code), or the coordinators."""
        self.countdown.stop()
        if key == COORDINATORS and not self.coordinators:
            self.show_booths()  # where the first coordinator is made
            self.coordinator_button.setFocus()
            return
        self.booth_key = key
        if key == COORDINATORS:
            members = [(m.id, m.name) for m in self.coordinators]
            self.title.setText(self.tr("Pavilion coordinator: who are you?"))
        else:
            booth = next((b for b in self.booths if b.exhibitor_code == key), None)
            if booth is None:
                self.show_booths()
                return
            members = [(m.id, m.name) for m in booth.staff]
            self.title.setText(self.tr("Booth {0} · {1}: who are you?").format(
                booth.booth or "–", booth.name))
        while self.staff_grid.count():
            item = self.staff_grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        self.staff_buttons: dict[str, QPushButton] = {}
        for index, (member_id, name) in enumerate(members):
            button = QPushButton(name)
            button.setObjectName("staffButton")
            button.clicked.connect(lambda _=False, m=member_id, n=name: self.show_pin(m, n))
            self.staff_buttons[member_id] = button
            self.staff_grid.addWidget(button, index // 3, index % 3)
        self.staff_grid.setRowStretch((len(members) + 2) // 3, 1)
        self.steps.setCurrentIndex(STEP_STAFF)
        self.back_button.setText(self.tr("← Booths (Esc)"))
        first = next(iter(self.staff_buttons.values()), None)
        if first is not None:
            first.setFocus()

    def make_first_coordinator(self) -> None:
        from booth_app.ui.access.first_coordinator import FirstCoordinatorDialog

        dialog = FirstCoordinatorDialog(self.db, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.signed_in is not None:
            self.signed_in = dialog.signed_in
            self.accept()

    def show_pin(self, member_id: str, name: str) -> None:
        self.member_id = member_id
        self.pad.clear()
        self._say("", "")
        self.steps.setCurrentIndex(STEP_PIN)
        self.title.setText(self.tr("{0}: enter your PIN").format(name))
        self.back_button.setText(self.tr("← Names (Esc)"))
        self.pad.setFocus()
        self._tick()

    def back(self) -> None:
        if self.step == STEP_PIN and self.booth_key is not None:
            self.show_staff(self.booth_key)
        elif self.step == STEP_STAFF:
            self.show_booths()
        else:
            self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- the PIN --------------------------------------------------------------------------

    def try_pin(self, pin: str) -> None:
        if self.member_id is None or self.countdown.isActive():
            return
        try:
            with self.db.session() as session:
                member = sign_in(session, self.member_id, pin, now=self.clock())
                who = SignedIn.of(session, member.id)
        except WrongPin as wrong:
            self.pad.clear()
            if wrong.wait_seconds:
                self._tick()
            elif wrong.attempts_left == 1:
                self._say(self.tr("✖ Wrong PIN. One more try before a wait."), "bad")
            else:
                self._say(self.tr("✖ Wrong PIN. {0} more tries before a wait.").format(
                    wrong.attempts_left), "bad")
            return
        except PinLocked:
            self.pad.clear()
            self._tick()
            return
        except BoothError as exc:
            self.pad.clear()
            self._say(f"✖ {error_text(exc)}", "bad")
            return
        self.signed_in = who
        self.accept()

    def _pin_edited(self) -> None:
        if self.message.property("tone") == "bad":
            self._say("", "")

    def _tick(self) -> None:
        """Show the wait after too many wrong PINs, second by second; free the pad at 0."""
        if self.member_id is None:
            return
        with self.db.reader() as session:
            left = pin_wait_seconds(session, self.member_id, now=self.clock())
        if left > 0:
            self.pad.set_keys_enabled(False)
            self._say(self.tr("⏳ Too many wrong PINs. Try again in {0}.").format(
                wait_text(left)), "wait")
            if not self.countdown.isActive():
                self.countdown.start()
            return
        self.countdown.stop()
        self.pad.set_keys_enabled(True)
        if self.message.property("tone") == "wait":
            self._say(self.tr("You can try your PIN again."), "")
        self.pad.setFocus()

    @property
    def waiting(self) -> bool:
        return self.countdown.isActive()

    def _say(self, text: str, tone: str) -> None:
        self.message.setText(text)
        self.message.setProperty("tone", tone)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def done(self, result: int) -> None:
        self.countdown.stop()
        super().done(result)


class SignInPanel(QWidget):
    """What a page shows while nobody is signed in: a word and the sign-in button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(PANEL_STYLE)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        panel = QFrame()
        panel.setObjectName("signInPanel")
        panel.setMaximumWidth(560)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(32, 28, 32, 28)
        inner.setSpacing(12)
        title = QLabel(self.tr("Sign in to capture leads"))
        title.setObjectName("signInPanelTitle")
        explain = QLabel(self.tr("Choose your booth and your name, then type your PIN. "
                                 "You see your own manufacturer's leads only."))
        explain.setWordWrap(True)
        self.button = QPushButton(self.tr("Sign in"))
        self.button.setObjectName("signInButton")
        hint = QLabel(self.tr("Shortcut: Ctrl+L signs in, and locks again when you leave."))
        hint.setObjectName("pageSubtitle")
        hint.setWordWrap(True)
        for widget in (title, explain, self.button, hint):
            inner.addWidget(widget)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel, 2)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)


def ask_sign_in(db: Database, staff_session: StaffSession, parent: QWidget | None, *,
                switch: bool = False, coordinators: bool = False, **options: Any) -> bool:
    """Open the sign-in dialog; on success the window's session has the new member.
    `switch` opens on the current booth's names (quick switch between staff);
    `coordinators` on the coordinators' names (a page that needs one)."""
    current = staff_session.current
    booth = current.exhibitor_code if switch and current and not current.is_coordinator \
        else None
    dialog = SignInDialog(db, parent, booth_code=booth, **options)
    if coordinators or (switch and current is not None and current.is_coordinator):
        dialog.show_staff(COORDINATORS)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.signed_in is None:
        return False
    staff_session.sign_in(dialog.signed_in)
    return True
