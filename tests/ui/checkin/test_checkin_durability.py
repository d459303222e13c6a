"""Kill the check-in station in the middle of a storm of scans: every scan the card
showed as accepted is in the database after restart.

The station runs in its own process (offscreen Qt, the real page, the real scan field,
keys typed as a scanner types them). It prints a line each time the card shows a
result; the test kills it with SIGKILL at a moment of its choosing, reopens the
database and looks for every confirmed check-in.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import select

from booth_app.core.badges.tokens import issue_badge
from booth_app.core.events import require_event
from booth_app.storage.database import Database
from booth_app.storage.models import Checkin, Visitor

REPO = Path(__file__).resolve().parents[3]
BADGES = 400
KILL_AFTER = 120  # results shown before the kill

STATION = textwrap.dedent(
    """
    import json, os, sys, tempfile
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      tempfile.mkdtemp())
    from booth_app.storage.database import Database
    from booth_app.ui.checkin.page import CheckinPage

    db = Database(sys.argv[1])
    tokens = json.loads(open(sys.argv[2]).read())
    app = QApplication([])
    page = CheckinPage(db)
    page.resize(1166, 700)
    page.show()

    def shown(status):
        view = page.card.view
        print(json.dumps([status, view.visitor_id if view else None]), flush=True)

    page.result_shown.connect(shown)
    position = [0]

    def next_scan():
        token = tokens[position[0] % len(tokens)]
        position[0] += 1
        QTest.keyClicks(page.scan_field, token)
        QTest.keyClick(page.scan_field, Qt.Key.Key_Return)
        QTimer.singleShot(0, next_scan)

    QTimer.singleShot(0, next_scan)
    app.exec()
    """
)


@pytest.mark.slow
def test_no_confirmed_scan_is_lost_when_the_station_is_killed(event_db: Database,
                                                              tmp_path: Path) -> None:
    from booth_app.core.visitors.register import VisitorFields, add_visitor

    with event_db.session() as session:
        event = require_event(session)
        tokens = []
        for number in range(BADGES):
            visitor = add_visitor(session, VisitorFields.parse(name=f"Visitor {number}"))
            tokens.append(issue_badge(session, event, visitor)[1])
    token_file = tmp_path / "tokens.json"
    token_file.write_text(json.dumps(tokens))
    path = event_db.path
    event_db.dispose()
    process = subprocess.Popen(
        [sys.executable, "-c", STATION, str(path), str(token_file)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)})
    shown: list[tuple[str, str | None]] = []
    try:
        assert process.stdout is not None
        while len(shown) < KILL_AFTER:
            line = process.stdout.readline()
            assert line, f"the station stopped: {process.stderr.read() if process.stderr else ''}"
            status, visitor_id = json.loads(line)
            shown.append((status, visitor_id))
        process.send_signal(signal.SIGKILL)  # in the middle of the storm
        process.wait(timeout=10)
        shown += [tuple(json.loads(line)) for line in process.stdout if line.strip()]  # type: ignore[misc]
    finally:
        if process.poll() is None:
            process.kill()
    accepted = [visitor_id for status, visitor_id in shown if status == "admitted"]
    assert len(accepted) >= KILL_AFTER - 1, shown[:5]

    reopened = Database(path)
    try:
        with reopened.reader() as session:
            checked_in = set(session.scalars(select(Checkin.visitor_id).where(
                Checkin.status == "admitted")))
            names = session.scalar(select(Visitor.name).where(Visitor.id == accepted[-1]))
        missing = [visitor_id for visitor_id in accepted if visitor_id not in checked_in]
        assert missing == [], f"{len(missing)} check-ins shown as admitted were lost"
        assert names is not None
        assert reopened.verify() is None  # the file is sound after the kill
    finally:
        reopened.dispose()
