"""A write reported as saved is on disk, even if the process is killed right after."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from sqlalchemy import select

from booth_app.storage.database import Database
from booth_app.storage.models import Visitor

REPO = Path(__file__).resolve().parents[2]

WRITER = textwrap.dedent(
    """
    import sys
    from booth_app.core.visitors.register import VisitorFields, add_visitor
    from booth_app.storage.database import Database

    db = Database(sys.argv[1])
    number = 0
    while True:
        with db.session() as session:
            visitor_id = add_visitor(session, VisitorFields.parse(name=f"Walk-in {number}")).id
        # Only after the commit returned: this is what the screen would show as saved.
        print(visitor_id, flush=True)
        number += 1
    """
)


def test_committed_visitors_survive_a_killed_process(event_db: Database) -> None:
    assert event_db.path is not None
    path = event_db.path
    event_db.dispose()
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    confirmed: list[str] = []
    try:
        assert process.stdout is not None
        while len(confirmed) < 60:
            line = process.stdout.readline()
            assert line, f"the writer stopped: {process.stderr.read() if process.stderr else ''}"
            confirmed.append(line.strip())
        process.send_signal(signal.SIGKILL)  # mid-write, no chance to clean up
        process.wait(timeout=10)
        confirmed += [line.strip() for line in process.stdout if line.strip()]
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == -signal.SIGKILL

    reopened = Database(path)  # also runs the integrity check at open
    try:
        with reopened.reader() as session:
            stored = set(session.scalars(select(Visitor.id)))
    finally:
        reopened.dispose()
    missing = [vid for vid in confirmed if vid not in stored]
    assert not missing, f"{len(missing)} confirmed visitors lost after the kill"
    assert len(stored) >= len(confirmed)
