"""The Exports page: what each signed-in member may export, and that it is written."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from booth_app.storage.database import Database
from booth_app.storage.models import Exhibitor, Lead, Staff
from booth_app.ui.access.session import SignedIn, StaffSession
from booth_app.ui.exports.page import ExportsPage
from booth_app.ui.exports.report import parse_rates


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database) -> ExportsPage:
    widget = ExportsPage(demo_db, StaffSession())
    qtbot.addWidget(widget)
    widget.resize(1166, 690)
    widget.show()
    widget.refresh()
    return widget


def sign_in(db: Database, page: ExportsPage, coordinator: bool) -> SignedIn:
    with db.reader() as session:
        query = select(Staff.id).where(Staff.active.is_(True), Staff.deleted.is_(False))
        if coordinator:
            query = query.where(Staff.role == "coordinator")
        else:
            with_leads = select(Lead.exhibitor_id).group_by(Lead.exhibitor_id)
            query = query.where(Staff.role == "staff", Staff.exhibitor_id.in_(with_leads))
        who = SignedIn.of(session, session.scalars(query.limit(1)).one())
    page.staff.sign_in(who)
    return who


def test_nobody_signed_in_exports_nothing(page: ExportsPage) -> None:
    assert not page.lead_files.button.isEnabled()
    assert not page.leads_zip.button.isEnabled() and not page.report.button.isEnabled()
    assert "Sign in" in page.lead_files.result.text()


def test_booth_staff_export_their_own_leads_only(qtbot: QtBot, page: ExportsPage,
                                                 demo_db: Database, tmp_path: Path) -> None:
    who = sign_in(demo_db, page, coordinator=False)
    chooser = page.lead_files.exhibitor
    assert chooser.count() == 1 and chooser.currentData() == who.exhibitor_id
    assert not page.leads_zip.button.isEnabled() and not page.report.button.isEnabled()
    target = tmp_path / "ours.csv"
    page.lead_files.export(path=target)
    qtbot.waitUntil(lambda: "Exported" in page.lead_files.result.text(), timeout=10_000)
    with demo_db.reader() as session:
        ours = session.scalar(select(func.count()).select_from(Lead).where(
            Lead.exhibitor_id == who.exhibitor_id, Lead.deleted.is_(False)))
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == ours > 0
    assert page.lead_files.open_button.isVisible()


def test_a_coordinator_exports_every_manufacturer_encrypted(qtbot: QtBot, page: ExportsPage,
                                                            demo_db: Database,
                                                            tmp_path: Path) -> None:
    import pyzipper

    sign_in(demo_db, page, coordinator=True)
    with demo_db.reader() as session:
        manufacturers = session.scalar(select(func.count()).select_from(Exhibitor).where(
            Exhibitor.deleted.is_(False)))
    assert page.lead_files.exhibitor.count() == manufacturers and page.leads_zip.button.isEnabled()
    page.leads_zip.password.setText("kunci rahasia")
    page.leads_zip.password_again.setText("kunci rahasiaX")
    page.leads_zip.export(path=tmp_path / "never.zip")
    assert "differ" in page.leads_zip.result.text() and not (tmp_path / "never.zip").exists()
    page.leads_zip.password_again.setText("kunci rahasia")
    target = tmp_path / "all.zip"
    page.leads_zip.export(path=target)
    qtbot.waitUntil(lambda: "encrypted" in page.leads_zip.result.text(), timeout=20_000)
    with pyzipper.AESZipFile(target) as archive:
        archive.setpassword(b"kunci rahasia")
        names = archive.namelist()
        assert archive.read(names[0])  # opens with the password
    folders = {name.split("/")[0] for name in names if "/" in name}
    assert len(folders) == manufacturers


def test_a_coordinator_creates_the_report(qtbot: QtBot, page: ExportsPage, demo_db: Database,
                                          tmp_path: Path) -> None:
    sign_in(demo_db, page, coordinator=True)
    page.report.rates.setText("USD=x")
    page.report.create(path=tmp_path / "never.pdf")
    assert "Not an exchange rate" in page.report.result.text()
    page.report.rates.setText("IDR=0.0000615, EUR=1.08")
    page.report.currency.setCurrentText("USD")
    target = tmp_path / "report.pdf"
    page.report.create(path=target)
    qtbot.waitUntil(lambda: "pages saved" in page.report.result.text(), timeout=30_000)
    assert target.read_bytes().startswith(b"%PDF")
    from booth_app.core.audit import list_entries

    with demo_db.reader() as session:
        [entry] = list_entries(session, action="report.write")
    assert entry.staff_id == page.staff.current.staff_id and entry.who  # the coordinator
    assert entry.detail["file"] == "report.pdf" and entry.detail["pages"] >= 4


def test_rates_are_read_as_the_coordinator_types_them() -> None:
    assert parse_rates(" idr = 0.0000615 ; EUR=1.08 ") == {
        "IDR": parse_rates("IDR=0.0000615")["IDR"], "EUR": parse_rates("EUR=1.08")["EUR"]}
    assert parse_rates("") == {}


def test_every_export_is_in_the_audit_log(qtbot: QtBot, page: ExportsPage, demo_db: Database,
                                          tmp_path: Path) -> None:
    from booth_app.storage.models import AuditLog

    who = sign_in(demo_db, page, coordinator=False)
    page.lead_files.export(path=tmp_path / "ours-again.csv")
    qtbot.waitUntil(lambda: "Exported" in page.lead_files.result.text(), timeout=10_000)
    with demo_db.reader() as session:
        logged = session.scalars(select(AuditLog).where(AuditLog.action == "leads.export")).all()
    assert [(row.staff_id, row.entity_id) for row in logged] == [(who.staff_id,
                                                                  who.exhibitor_id)]
