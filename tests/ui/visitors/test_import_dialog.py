"""The Import visitors dialog on real widgets: mapping, preview, run, report."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from booth_app.storage.database import Database
from booth_app.storage.models import Visitor
from booth_app.ui.visitors.import_dialog import ImportVisitorsDialog

FILES = Path(__file__).resolve().parents[2] / "fixtures" / "import"


def count(db: Database) -> int:
    with db.reader() as s:
        return s.scalar(select(func.count()).select_from(Visitor)) or 0


def column_of(dialog: ImportVisitorsDialog, header: str) -> int:
    return [dialog.columns.item(r, 0).text() for r in range(dialog.columns.rowCount())].index(
        header)


def test_fix_mapping_run_and_read_the_report(
    demo_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    before = count(demo_db)
    dialog = ImportVisitorsDialog(demo_db, None, str(FILES / "messy.csv"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert "11 rows" not in dialog.info.text() and "10 rows" in dialog.info.text()
    # Detected: the Notes column is ignored; make it the job title instead.
    notes = dialog.combos[column_of(dialog, "Notes")]
    assert notes.currentData() == ""
    notes.setCurrentIndex(notes.findData("job_title"))
    headers = [dialog.preview.horizontalHeaderItem(c).text()
               for c in range(dialog.preview.columnCount())]
    assert "Job title" in headers
    job = headers.index("Job title")
    assert dialog.preview.item(0, job).text() == "first line second line, with a comma"
    problem = headers.index("Problem")
    assert "not-an-email" in dialog.preview.item(2, problem).text()

    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter starts the import
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
    assert dialog.summary.text() == "Imported 4 new visitors, updated 2, skipped 4 rows."
    shown = [(dialog.rejected.item(r, 0).text(), dialog.rejected.item(r, 1).text())
             for r in range(dialog.rejected.rowCount())]
    assert [row for row, _ in shown] == ["3", "4", "5", "9"]
    assert "Narnia" in shown[2][1]
    assert count(demo_db) == before + 4
    with demo_db.reader() as s:
        aisha = s.scalars(select(Visitor).where(Visitor.name == "Aisha Rahman")).one()
        assert aisha.job_title == "duplicate row"  # from the remapped column

    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied.splitlines()[0] == "Row\tReason"
    assert "4\tNot an e-mail address: 'not-an-email'" in copied.splitlines()
    saved = tmp_path / "rejected.csv"
    dialog.save_report(str(saved))
    with saved.open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle))[1:] == [[r, why] for r, why in shown]


def test_unreadable_file_is_said_and_import_stays_off(demo_db: Database, qtbot: QtBot) -> None:
    dialog = ImportVisitorsDialog(demo_db, None, str(FILES / "garbage.bin"))
    qtbot.addWidget(dialog)
    assert "cannot be imported" in dialog.info.text()
    assert not dialog.import_button.isEnabled()


def test_no_name_column_disables_import(demo_db: Database, qtbot: QtBot) -> None:
    dialog = ImportVisitorsDialog(demo_db, None, str(FILES / "cp1252_first_last.csv"))
    qtbot.addWidget(dialog)
    assert dialog.import_button.isEnabled()
    for header in ("First Name", "Last Name"):
        dialog.combos[column_of(dialog, header)].setCurrentIndex(0)
    assert not dialog.import_button.isEnabled()
    assert "name" in dialog.info.text()
    # Choosing the first-name field for another column frees it from its first column.
    given = dialog.combos[column_of(dialog, "Organisation")]
    given.setCurrentIndex(given.findData("given_name"))
    assert dialog.import_button.isEnabled()


def test_cancel_keeps_nothing(demo_db: Database, qtbot: QtBot, tmp_path: Path) -> None:
    source = tmp_path / "many.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Name", "Company", "Email"])
        writer.writerows([f"Person {n}", "Acme", f"p{n}@acme.example"] for n in range(30_000))
    before = count(demo_db)
    dialog = ImportVisitorsDialog(demo_db, None, str(source))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.import_button.click()
    assert dialog.cancel_button.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Escape while running cancels
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)
    assert dialog.isVisible()
    assert "nothing was imported" in dialog.info.text()
    assert count(demo_db) == before


def test_fits_a_1366x768_screen(demo_db: Database, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ImportVisitorsDialog(demo_db, None, str(FILES / "indonesian_bom_semicolon.csv"))
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    assert dialog.width() <= 1366 and dialog.height() <= 700
    for combo in dialog.combos:
        assert combo.sizeHint().width() <= combo.width()  # no clipped field names
    dialog.grab().save(str(tmp_path / "import_dialog.png"))
