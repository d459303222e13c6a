"""A scanner's burst typed into a note or another input is taken out and handed over as a scan."""

from __future__ import annotations

import random
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from typing_keys import type_keys

from booth_app.core.badges.codes import CODE_ALPHABET
from booth_app.core.badges.tokens import make_token
from booth_app.ui.checkin.burst_guard import BurstGuard
from booth_app.ui.checkin.scan_field import ScanField

EVENT = SimpleNamespace(id="evt-burst-guard", badge_secret=b"burst-guard-secret")
SCANNER_MS = 4  # a USB scanner: a key every few milliseconds
PERSON_MS = 140  # a quick person


def a_token(seed: int) -> str:
    rng = random.Random(seed)
    return make_token(EVENT, "".join(rng.choice(CODE_ALPHABET) for _ in range(8)),  # type: ignore[arg-type]
                      1)


@pytest.fixture
def page(qtbot: QtBot) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    page.notes = QPlainTextEdit()  # type: ignore[attr-defined]
    page.action = QLineEdit()  # type: ignore[attr-defined]
    page.scan = ScanField()  # type: ignore[attr-defined]
    for widget in (page.notes, page.action, page.scan):  # type: ignore[attr-defined]
        layout.addWidget(widget)
    qtbot.addWidget(page)
    page.guard = BurstGuard(page)  # type: ignore[attr-defined]
    page.guard.watch_children()  # type: ignore[attr-defined]
    page.scans = []  # type: ignore[attr-defined]
    page.guard.scanned.connect(page.scans.append)  # type: ignore[attr-defined]
    page.show()
    qtbot.waitExposed(page)
    return page


def test_a_badge_scanned_into_the_notes_is_a_scan_and_the_note_is_kept(page: QWidget,
                                                                       qtbot: QtBot) -> None:
    notes: QPlainTextEdit = page.notes  # type: ignore[attr-defined]
    notes.setFocus()
    type_keys(notes, "20 beds", PERSON_MS)
    qtbot.wait(400)  # the visitor hands the badge over
    token = a_token(1)
    type_keys(notes, token + "\r", SCANNER_MS)
    assert page.scans == [token]  # type: ignore[attr-defined]
    assert notes.toPlainText() == "20 beds"  # no code, no new line
    type_keys(notes, " asap", PERSON_MS)  # typing goes on where it was
    assert notes.toPlainText() == "20 beds asap"


def test_a_short_code_scanned_into_a_line_input_with_tab(page: QWidget, qtbot: QtBot) -> None:
    action: QLineEdit = page.action  # type: ignore[attr-defined]
    action.setFocus()
    type_keys(action, "Call", PERSON_MS)
    qtbot.wait(400)
    type_keys(action, "K7PX-2BDF\t", SCANNER_MS)
    assert page.scans == ["K7PX-2BDF"]  # type: ignore[attr-defined]
    assert action.text() == "Call"


def test_a_person_typing_a_code_slowly_keeps_it_in_the_note(page: QWidget) -> None:
    notes: QPlainTextEdit = page.notes  # type: ignore[attr-defined]
    notes.setFocus()
    type_keys(notes, "K7PX-2BDF\r", PERSON_MS)
    assert page.scans == []  # type: ignore[attr-defined]
    assert notes.toPlainText() == "K7PX-2BDF\n"


def test_a_fast_burst_that_is_no_badge_stays_where_it_was_typed(page: QWidget) -> None:
    notes: QPlainTextEdit = page.notes  # type: ignore[attr-defined]
    notes.setFocus()
    type_keys(notes, "hello there\r", SCANNER_MS)
    assert page.scans == []  # type: ignore[attr-defined]
    assert notes.toPlainText() == "hello there\n"


def test_a_mecard_burst_in_a_line_input_is_a_scan(page: QWidget) -> None:
    action: QLineEdit = page.action  # type: ignore[attr-defined]
    action.setFocus()
    card = "MECARD:N:Putri,Ayu;EMAIL:ayu@example.id;;"
    type_keys(action, card + "\r", SCANNER_MS)
    assert page.scans == [card]  # type: ignore[attr-defined]
    assert action.text() == ""


def test_the_scan_field_itself_is_left_to_its_own_rules(page: QWidget) -> None:
    scan: ScanField = page.scan  # type: ignore[attr-defined]
    own: list[str] = []
    scan.scanned.connect(own.append)
    scan.setFocus()
    token = a_token(2)
    type_keys(scan, token + "\r", SCANNER_MS)
    assert own == [token]
    assert page.scans == []  # type: ignore[attr-defined]
