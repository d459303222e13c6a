"""The check-in scan field: scanner bursts (fast, back to back, through other layouts,
mixed with a person typing) against a person searching, and the field keeping focus."""

from __future__ import annotations

import random
import time
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot
from typing_keys import press, type_keys

from booth_app.core.badges.codes import CODE_ALPHABET
from booth_app.core.badges.tokens import check_token, make_token
from booth_app.core.checkin.keyboard_layouts import LAYOUTS, recognise, recognise_all
from booth_app.ui.checkin.bursts import BURST_MEDIAN_GAP, RUN_MAX_GAP, burst_spans
from booth_app.ui.checkin.scan_field import SEARCH_DEBOUNCE_MS, ScanField

EVENT = SimpleNamespace(id="evt-scan-field", badge_secret=b"scan-field-secret")
# Windows "Arabic (101)" types lam-alef as two characters (XKB: one presentation form).
WINDOWS_LAM_ALEF = {"\ufefb": "\u0644\u0627", "\ufef5": "\u0644\u0622",
                    "\ufef9": "\u0644\u0625", "\ufef7": "\u0644\u0623"}


def typed(text: str, layout: str, *, windows: bool = False) -> str:
    """What a scanner pressing the US keys of `text` types on `layout` (as in test_wedge)."""
    result = "".join(LAYOUTS[layout][ch] for ch in text)
    if windows:
        for form, pair in WINDOWS_LAM_ALEF.items():
            result = result.replace(form, pair)
    return result


def tokens(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [make_token(EVENT, "".join(rng.choice(CODE_ALPHABET) for _ in range(8)),  # type: ignore[arg-type]
                       rng.randint(1, 575)) for _ in range(count)]


class Recorder:
    def __init__(self, field: ScanField) -> None:
        self.scanned: list[str] = []
        self.search: list[str] = []
        self.submitted: list[str] = []
        field.scanned.connect(self.scanned.append)
        field.search.connect(self.search.append)
        field.submitted.connect(self.submitted.append)


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    """A window like the check-in page: the field, a button, a table, another text input."""
    win = QWidget()
    layout = QVBoxLayout(win)
    win.field = ScanField()  # type: ignore[attr-defined]
    win.button = QPushButton("Mode")  # type: ignore[attr-defined]
    win.table = QTableWidget(3, 2)  # type: ignore[attr-defined]
    win.other = QLineEdit()  # type: ignore[attr-defined]
    for widget in (win.field, win.button, win.table, win.other):  # type: ignore[attr-defined]
        layout.addWidget(widget)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    win.field.setFocus()  # type: ignore[attr-defined]
    qtbot.waitUntil(win.field.hasFocus)  # type: ignore[attr-defined]
    return win


@pytest.fixture
def field(window: QWidget) -> ScanField:
    return window.field  # type: ignore[attr-defined,no-any-return]


def settle(qtbot: QtBot) -> None:
    """Long enough for the search debounce and the no-terminator silence to pass."""
    qtbot.wait(SEARCH_DEBOUNCE_MS + 100)


# -- scanner bursts ------------------------------------------------------------------


@pytest.mark.parametrize("gap_ms", [0, 2, 30], ids=["usb-instant", "usb-2ms", "bluetooth-30ms"])
def test_a_burst_ending_in_return_is_one_scan_and_no_search(qtbot, field, gap_ms):
    seen = Recorder(field)
    token = tokens(1, seed=1)[0]
    type_keys(field, token + "\r", gap_ms)
    assert seen.scanned == [token]
    assert field.text() == ""
    settle(qtbot)
    assert seen.search == []
    assert seen.submitted == []
    assert check_token(EVENT, recognise(seen.scanned[0])).kind == "valid"  # type: ignore[arg-type]


def test_tab_ends_a_scan_and_keeps_focus_in_the_field(qtbot, window, field):
    seen = Recorder(field)
    first, second = tokens(2, seed=2)
    type_keys(field, first + "\t", 1)
    assert seen.scanned == [first]
    assert field.hasFocus()
    assert QApplication.focusWidget() is field
    type_keys(field, second + "\t", 1)  # the next scan still lands in the field
    assert seen.scanned == [first, second]
    assert field.hasFocus()


@pytest.mark.parametrize("gap_ms", [0, 1])
def test_twenty_scans_back_to_back_are_twenty_clean_scans_in_order(qtbot, field, gap_ms):
    seen = Recorder(field)
    batch = tokens(20, seed=3)
    type_keys(field, "".join(token + "\r" for token in batch), gap_ms)
    assert seen.scanned == batch
    assert field.text() == ""
    settle(qtbot)
    assert seen.search == [] and seen.submitted == []


def test_keys_queued_while_a_check_in_runs_are_neither_lost_nor_mixed(qtbot, field):
    """The OS queues a scanner's keys while the GUI is busy; a check-in that lets the event
    loop run (a repaint, a sound) receives the next scan's keys in the middle of it."""
    batch = tokens(5, seed=12)
    seen: list[str] = []

    def slow_check_in(text: str) -> None:
        seen.append(text)
        time.sleep(0.02)  # the core commits the scan
        QApplication.processEvents()  # queued keys of the next scan come in right now

    field.scanned.connect(slow_check_in)
    for ch in "".join(token + "\r" for token in batch):
        key = Qt.Key.Key_Return if ch == "\r" else Qt.Key(ord(ch))
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.postEvent(field, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))
    qtbot.waitUntil(lambda: len(seen) == len(batch), timeout=2000)
    assert seen == batch
    assert field.text() == ""


@pytest.mark.parametrize(("layout", "windows"), [
    ("fr", False), ("de", False), ("ara", False), ("ara", True),
], ids=["french-azerty", "german-qwertz", "arabic-xkb", "arabic-windows"])
def test_bursts_typed_through_other_layouts_are_scans(qtbot, field, layout, windows):
    seen = Recorder(field)
    badges = tokens(4, seed=4)
    codes = ["BCDF-2345", "9XTV-HK27"]  # a short code's dash: ")" on AZERTY, "ß" on QWERTZ
    arrived = [typed(text, layout, windows=windows) for text in badges + codes]
    assert arrived[-1] != codes[-1]  # the layout really changed what arrives
    type_keys(field, "".join(text + "\r" for text in arrived), 1)
    assert seen.scanned == arrived
    expected = badges + [code.replace("-", "") for code in codes]
    for text, badge in zip(seen.scanned, expected, strict=True):
        assert badge in recognise_all(text)
    if not windows:
        assert [recognise(text) for text in seen.scanned] == expected
    settle(qtbot)
    assert seen.search == [] and seen.submitted == []


def test_lowercase_arabic_windows_burst_still_reads_back_to_the_badge(qtbot, field):
    """Lowercase through Windows Arabic: b and g,h type alike; the MAC tells which."""
    seen = Recorder(field)
    token = tokens(1, seed=5)[0]
    type_keys(field, typed(token.lower(), "ara", windows=True) + "\r", 1)
    assert len(seen.scanned) == 1
    valid = [t for t in recognise_all(seen.scanned[0]) if check_token(EVENT, t).kind == "valid"]  # type: ignore[arg-type]
    assert valid == [token]


def test_a_foreign_badge_burst_is_a_scan_not_a_search(qtbot, field):
    seen = Recorder(field)
    foreign = "https://organiser.example/badge?id=88213"
    type_keys(field, foreign + "\r", 1)
    assert seen.scanned == [foreign]
    settle(qtbot)
    assert seen.search == [] and seen.submitted == []


@pytest.mark.parametrize("ending", ["\r", ""], ids=["enter-after-end", "no-final-enter"])
def test_a_vcard_typed_line_by_line_is_one_scan(qtbot, field, ending):
    """A wedge scanner types each newline of a vCard as Enter: the lines are one badge."""
    seen = Recorder(field)
    lines = ["BEGIN:VCARD", "VERSION:3.0", "FN:Siti Rahma", "ORG:RS Harapan Kita",
             "EMAIL:siti@harapan.id", "END:VCARD"]
    type_keys(field, "\r".join(lines) + ending, 1)
    qtbot.waitUntil(lambda: len(seen.scanned) == 1, timeout=2000)
    assert seen.scanned == ["\n".join(lines)]
    assert field.text() == ""
    settle(qtbot)
    assert seen.scanned == ["\n".join(lines)] and seen.submitted == [] and seen.search == []
    token = tokens(1, seed=9)[0]
    type_keys(field, token + "\r", 1)  # the next badge is its own scan
    assert seen.scanned[-1] == token


def test_a_truncated_vcard_is_taken_when_the_scanner_goes_quiet(qtbot, field):
    seen = Recorder(field)
    type_keys(field, "BEGIN:VCARD\rVERSION:3.0\rFN:Budi\r", 1)
    assert seen.scanned == []  # still gathering
    qtbot.waitUntil(lambda: len(seen.scanned) == 1, timeout=2000)
    assert seen.scanned == ["BEGIN:VCARD\nVERSION:3.0\nFN:Budi"]


def test_a_long_junk_burst_is_one_scan(qtbot, field):
    seen = Recorder(field)
    rng = random.Random(6)
    junk = "".join(rng.choice("abcdefXYZ0123456789-/:.%") for _ in range(600))
    type_keys(field, junk + "\r", 0)
    assert seen.scanned == [junk]
    assert field.text() == ""


# -- a person typing -----------------------------------------------------------------


def test_a_person_typing_a_name_searches_and_never_scans(qtbot, field):
    seen = Recorder(field)
    type_keys(field, "Siti", 120)
    with qtbot.waitSignal(field.search, timeout=2000) as blocker:
        pass
    assert blocker.args == ["Siti"]
    assert seen.search[-1] == "Siti"
    assert seen.scanned == [] and seen.submitted == []
    assert field.text() == "Siti"


def test_a_person_typing_a_name_fast_then_enter_submits(qtbot, field):
    seen = Recorder(field)
    type_keys(field, "Siti Rahma", 70)  # a quick typist
    qtbot.waitUntil(lambda: seen.search[-1:] == ["Siti Rahma"], timeout=1000)  # reads the list
    press(field, "\r")
    assert seen.submitted == ["Siti Rahma"]
    assert seen.scanned == []
    assert field.text() == ""
    qtbot.waitUntil(lambda: seen.search[-1:] == [""], timeout=1000)  # the matches are cleared


def test_a_person_typing_a_short_code_and_enter_checks_in(qtbot, field):
    seen = Recorder(field)
    type_keys(field, "bcdf2345", 70)
    qtbot.wait(150)
    press(field, "\r")
    assert seen.scanned == ["bcdf2345"]
    assert recognise(seen.scanned[0]) == "BCDF2345"
    assert seen.submitted == []


def test_a_pasted_email_and_enter_submits(qtbot, field):
    """Pasted text arrives in one go, but it is not a burst of key presses."""
    seen = Recorder(field)
    QApplication.clipboard().setText("siti.rahma@example.co.id")
    QTest.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == "siti.rahma@example.co.id"
    press(field, "\r")
    assert seen.submitted == ["siti.rahma@example.co.id"]
    assert seen.scanned == []


def test_escape_clears_the_field_and_the_search(qtbot, field):
    seen = Recorder(field)
    type_keys(field, "Siti", 30)
    press(field, "\x1b")
    assert field.text() == ""
    assert seen.search == [""]
    settle(qtbot)
    assert seen.search == [""]  # the debounce does not search the cleared text again


def test_up_and_down_move_through_results(qtbot, field):
    steps: list[int] = []
    field.navigate.connect(steps.append)
    QTest.keyClick(field, Qt.Key.Key_Down)
    QTest.keyClick(field, Qt.Key.Key_Down)
    QTest.keyClick(field, Qt.Key.Key_Up)
    assert steps == [1, 1, -1]


# -- a person and a scanner in the same field -----------------------------------------


def test_a_burst_after_slow_typing_is_scanned_and_the_typing_is_kept(qtbot, field):
    seen = Recorder(field)
    token = tokens(1, seed=7)[0]
    type_keys(field, "Sit", 100)
    qtbot.wait(150)  # the person picks up the scanner
    type_keys(field, token + "\r", 1)
    assert seen.scanned == [token]
    assert field.text() == "Sit"
    type_keys(field, "i", 0)  # and goes on searching
    qtbot.waitUntil(lambda: seen.search[-1:] == ["Siti"], timeout=2000)
    assert seen.submitted == []
    assert all(token not in text for text in seen.search)


def test_a_burst_with_the_cursor_inside_typed_text_is_scanned(qtbot, field):
    seen = Recorder(field)
    token = tokens(1, seed=8)[0]
    field.setText("Siti")
    QTest.keyClick(field, Qt.Key.Key_Home)
    type_keys(field, token + "\r", 1)
    assert seen.scanned == [token]
    assert field.text() == "Siti"


def test_a_scanner_without_terminator_is_taken_after_its_silence(qtbot, field):
    seen = Recorder(field)
    first, second = tokens(2, seed=9)
    type_keys(field, first, 1)
    with qtbot.waitSignal(field.scanned, timeout=1000) as blocker:
        pass
    assert blocker.args == [first]
    assert field.text() == ""
    type_keys(field, second, 1)
    qtbot.waitUntil(lambda: len(seen.scanned) == 2, timeout=1000)
    assert seen.scanned == [first, second]
    settle(qtbot)
    assert seen.search == [] and seen.submitted == []


def test_no_terminator_keeps_a_person_prefix_and_ignores_a_late_enter(qtbot, field):
    seen = Recorder(field)
    token = tokens(1, seed=10)[0]
    field.setText("Budi")
    type_keys(field, token, 1)
    qtbot.waitUntil(lambda: seen.scanned == [token], timeout=1000)
    assert field.text() == "Budi"
    press(field, "\r")  # the scanner's Enter, later than its silence
    assert seen.submitted == []
    assert seen.scanned == [token]


def test_a_foreign_burst_without_terminator_is_not_submitted_or_searched(qtbot, field):
    seen = Recorder(field)
    type_keys(field, "HC-2027-0042-VIP", 1)
    settle(qtbot)
    assert seen.scanned == [] and seen.search == [] and seen.submitted == []
    assert field.text() == "HC-2027-0042-VIP"


# -- keeping focus -------------------------------------------------------------------


def test_focus_comes_back_after_clicking_a_button_or_the_table(qtbot, window, field):
    field.set_keep_focus(True)
    clicks: list[bool] = []
    window.button.clicked.connect(lambda: clicks.append(True))
    qtbot.mouseClick(window.button, Qt.MouseButton.LeftButton)
    assert clicks == [True]
    qtbot.waitUntil(field.hasFocus, timeout=1000)
    window.table.setItem(1, 0, QTableWidgetItem("row 2"))
    cell = window.table.visualItemRect(window.table.item(1, 0)).center()
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.waitUntil(field.hasFocus, timeout=1000)
    assert window.table.currentRow() == 1  # the click still selected the row


def test_keys_typed_while_the_table_has_focus_reach_the_field(qtbot, window, field):
    field.set_keep_focus(True)
    seen = Recorder(field)
    token = tokens(1, seed=11)[0]
    window.table.setFocus()
    assert window.table.hasFocus()
    type_keys(None, token + "\r", 0)  # before focus had a chance to come back
    assert seen.scanned == [token]
    assert field.hasFocus()
    window.table.setFocus()
    type_keys(None, "Siti", 0)  # a person's typing too
    assert field.text() == "Siti"
    window.table.setFocus()
    QTest.keyClick(window.table, Qt.Key.Key_Down)  # the table's own keys stay the table's
    assert window.table.currentRow() == 1


def test_focus_is_not_taken_from_another_text_input(qtbot, window, field):
    field.set_keep_focus(True)
    seen = Recorder(field)
    qtbot.mouseClick(window.other, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert window.other.hasFocus()
    type_keys(window.other, "note", 0)
    press(window.other, "\r")
    assert window.other.text() == "note"
    assert field.text() == ""
    assert seen.scanned == [] and seen.submitted == []


def test_without_keep_focus_the_button_keeps_focus(qtbot, window, field):
    qtbot.mouseClick(window.button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert window.button.hasFocus()
    field.set_keep_focus(True)
    qtbot.waitUntil(field.hasFocus, timeout=1000)
    field.set_keep_focus(False)
    window.table.setFocus()
    qtbot.wait(50)
    assert window.table.hasFocus()


# -- the burst rule itself -----------------------------------------------------------


def _times(gaps: list[float], start: float = 100.0) -> list[float | None]:
    out: list[float | None] = [start]
    for gap in gaps:
        out.append(out[-1] + gap)  # type: ignore[operator]
    return out


def test_burst_rule_on_measured_timings():
    scanner_usb = _times([0.004] * 21)
    scanner_bt = _times([0.02, 0.04, 0.03, 0.09, 0.035, 0.03] + [0.04] * 15)  # one jitter
    person = _times([0.15, 0.11, 0.2, 0.13, 0.09, 0.16])
    fast_roll = _times([0.04, 0.045, 0.05])  # "the " rolled by a fast typist
    assert burst_spans(scanner_usb, scanner_usb[-1] + 0.005) == [(0, 22)]  # type: ignore[operator]
    assert burst_spans(scanner_bt, scanner_bt[-1] + 0.03) == [(0, 22)]  # type: ignore[operator]
    assert burst_spans(person, person[-1] + 0.2) == []  # type: ignore[operator]
    assert burst_spans(fast_roll, fast_roll[-1] + 0.04) == []  # type: ignore[operator]
    # the terminator of a scanner comes at burst speed; a person's Enter comes later
    assert burst_spans(scanner_usb, scanner_usb[-1] + RUN_MAX_GAP + 0.1) == []  # type: ignore[operator]
    # pasted (untimed) text is never part of a burst
    assert burst_spans([None] * 5 + scanner_usb) == [(5, 27)]
    assert burst_spans([None] * 22) == []
    assert BURST_MEDIAN_GAP < 0.06  # below what people sustain


def test_burst_rule_offers_the_scan_without_a_person_last_key():
    # a person's key 80 ms before the scanner starts joins the run: offer both readings
    times = _times([0.08] + [0.003] * 21)
    assert burst_spans(times) == [(0, 23), (1, 23)]
    # a slow first pause of the scanner itself looks the same: the reading decides
    assert burst_spans(_times([0.003] * 21)) == [(0, 22)]
