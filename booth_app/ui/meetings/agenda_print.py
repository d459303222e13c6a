"""One participant's agenda (or the master grid) as a PDF, opened to print.

The PDF is written off the GUI thread by the core's `write_agendas` (the same call as
`booth meetings agendas`) into the data folder's "agendas" folder, then opened in the
laptop's PDF viewer, whose Print prints it on A4 (the badge printer of
ui/printing.py is set up for badge-sized paper, not agendas).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from booth_app import paths
from booth_app.core import audit
from booth_app.core.errors import BoothError
from booth_app.core.progress import Progress
from booth_app.storage.database import Database
from booth_app.storage.models import Exhibitor, Visitor
from booth_app.ui.language import current_language
from booth_app.ui.printing import announce
from booth_app.ui.tasks import Task, run_task

# translate("Context", "text"): the form lupdate reads, with the context named.
translate = QCoreApplication.translate


def agenda_path(name: str, folder: Path | None = None) -> Path:
    """A new file name in the agendas folder: agenda-<name>-<time>.pdf."""
    folder = folder or paths.data_dir() / "agendas"
    folder.mkdir(parents=True, exist_ok=True)
    slug = re.sub(r"[^\w-]+", "-", name, flags=re.UNICODE).strip("-")[:40] or "agenda"
    return folder / f"agenda-{slug}-{datetime.now():%Y%m%d-%H%M%S}.pdf"


def write_agenda(db: Database, out: Path, *, buyer_id: str | None = None,
                 exhibitor_id: str | None = None, grid: bool = False,
                 lang: str = "en", staff_id: str | None = None) -> dict[str, object]:
    """Write the PDF through the core (imported here: it loads reportlab), then note
    it in the audit log."""
    try:
        from booth_app.core.meetings.agendas import agendas_detail, write_agendas
    except ImportError as exc:
        raise BoothError(translate("Meetings",
                                   "Agendas cannot be printed from this version yet.")) from exc
    with db.reader() as session:
        buyer = session.get(Visitor, buyer_id) if buyer_id else None
        exhibitor = session.get(Exhibitor, exhibitor_id) if exhibitor_id else None
        result: dict[str, object] = write_agendas(
            session, str(out), exhibitor=exhibitor, buyer=buyer, grid=grid, lang=lang,
            changed_since=None)
    audit.record_now(db, audit.AGENDAS, detail=agendas_detail(result), staff_id=staff_id)
    return result


def print_agenda(parent: QWidget, db: Database, name: str, *, buyer_id: str | None = None,
                 exhibitor_id: str | None = None, grid: bool = False,
                 opened: Callable[[Path], None] | None = None,
                 staff_id: str | None = None) -> Task:
    """Write the agenda with progress, then open it (the viewer prints it)."""
    out = agenda_path(name)
    lang = "id" if current_language() == "id" else "en"  # the window's, where printed

    def work(progress: Progress) -> Path:
        progress.report(0, 0, translate("Meetings", "Writing the agenda…"))
        write_agenda(db, out, buyer_id=buyer_id, exhibitor_id=exhibitor_id, grid=grid,
                     lang=lang, staff_id=staff_id)
        return out

    def done(path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        announce(parent, translate("Meetings",
                                   "Agenda written to {0} and opened: print it from the "
                             "viewer.").format(path))
        if opened is not None:
            opened(path)

    return run_task(parent, work, done, title=translate("Meetings", "Agenda"))
