"""Business matching in the pavilion results report: a small forum made with the meetings
core (sessions, requests with a veto, the scheduler, outcomes, a check-in at the table, a
cancellation, the no-show action), then the PDF read back with pypdfium2 in English and
Bahasa Indonesia, and `totals()` as `booth report --json` prints it."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from booth_app.core.badges.codes import format_code
from booth_app.core.events import require_event
from booth_app.core.exhibitors.manufacturers import add_exhibitor
from booth_app.core.meetings import meetings as meeting_desk
from booth_app.core.meetings import outcomes, requests, scheduling, sessions, table_checkin
from booth_app.core.report.build import build_report
from booth_app.core.report.figures import collect_report
from booth_app.core.report.matchmaking import buyer_kind
from booth_app.core.visitors.register import VisitorFields, add_visitor
from booth_app.storage.database import Database
from booth_app.storage.models import Exhibitor, Meeting, MeetingRequest, Visitor
from tests.core.report.test_report import NOW, flat, page_texts

ARABIC_MAKER = "شركة الخليج الطبية"
CHINESE_MAKER = "华夏医疗器械"
RATES = {"EUR": Decimal("1.08")}  # the event reports in USD; AED is left without a rate


def _buyer(session: Any, name: str, category: str) -> Visitor:
    return add_visitor(session, VisitorFields.parse(name=name, organization=f"{name} Org",
                                                    category=category))


def _meeting(session: Any, buyer: Visitor, maker: Exhibitor) -> Meeting:
    return session.scalars(select(Meeting).where(Meeting.visitor_id == buyer.id,
                                                 Meeting.exhibitor_id == maker.id)).one()


@pytest.fixture
def forum(event_db: Database) -> Database:
    """Three manufacturers (one Arabic, one Chinese name), six buyers of five categories,
    eight live requests met as: an MoU (EUR 1 million), a cooperation (AED 50,000, no
    rate), informative, no interest, cancelled, checked in at the table without an
    outcome yet, missed (the no-show action) and "did not happen"; besides, a veto from
    each side and a deleted request, which count nowhere."""
    with event_db.session() as session:
        event = require_event(session)
        alkes = add_exhibitor(session, code="ALKES", name="PT Alat Kesehatan Nusantara",
                              booth="A1")
        gulf = add_exhibitor(session, code="KHALEEJ", name=ARABIC_MAKER, booth="B2")
        huaxia = add_exhibitor(session, code="HUAXIA", name=CHINESE_MAKER, booth="C3")
        hospital = _buyer(session, "Siti Rahma", "hospital/clinic")
        clinic = _buyer(session, "محمد الهاشمي", "hospital")
        ministry = _buyer(session, "Budi Santoso", "government")
        distributor = _buyer(session, "王嘉怡", "distributor")
        buyer = _buyer(session, "John Smith", "buyer")
        press = _buyer(session, "Jane Press", "media")
        sessions.add_session(session, day="2027-01-27", start="09:00", end="12:00",
                             slot_minutes=30, name="Business matching")
        for who, maker, priority in ((hospital, alkes, "must"), (hospital, gulf, "want"),
                                     (clinic, gulf, "want"), (ministry, alkes, "want"),
                                     (ministry, huaxia, "want"), (distributor, huaxia, "must"),
                                     (distributor, alkes, "want"), (buyer, huaxia, "want"),
                                     (press, alkes, "no"), (buyer, gulf, "want"),
                                     (press, gulf, "want")):
            requests.set_request(session, event, who, maker, priority=priority, by="buyer")
        requests.set_request(session, event, buyer, gulf, priority="no", by="exhibitor")
        session.scalars(select(MeetingRequest).where(
            MeetingRequest.visitor_id == press.id,
            MeetingRequest.exhibitor_id == gulf.id)).one().deleted = True
        placed = scheduling.schedule(session)
        assert placed.placed == 8 and placed.optimal
        outcomes.record_outcome(session, _meeting(session, hospital, alkes), "mou",
                                value="1000000", currency="EUR", note="Three years")
        outcomes.record_outcome(session, _meeting(session, hospital, gulf), "cooperation",
                                value="50000", currency="AED")
        outcomes.record_outcome(session, _meeting(session, clinic, gulf), "informative")
        outcomes.record_outcome(session, _meeting(session, ministry, alkes), "no_interest")
        meeting_desk.cancel(_meeting(session, ministry, huaxia))
        walked_up = _meeting(session, distributor, huaxia)
        checked = table_checkin.check_in_at_table(
            session, format_code(distributor.code), exhibitor=huaxia,
            now=walked_up.starts_at + timedelta(minutes=2))
        assert checked.status == "on_time"
        outcomes.record_outcome(session, _meeting(session, buyer, huaxia), "no_show")
        missed = table_checkin.mark_no_shows(session, now=walked_up.starts_at
                                             + timedelta(hours=6))
        assert [m.visitor_id for m in missed] == [distributor.id]  # with ALKES
    return event_db


def report(db: Database, out: Path, lang: str) -> Any:
    with db.reader() as session:
        return build_report(session, out, rates=RATES, lang=lang, now=NOW)


EXPECTED = {"requested": 8, "scheduled": 7, "held": 5, "no_shows": 2, "cancelled": 1,
            "mous": 1, "potential_value": "1080000.00", "not_converted": {"AED": "50000.00"},
            "outcomes": {"mou": 1, "cooperation": 1, "informative": 1, "no_interest": 1,
                         "no_show": 2, "not_recorded": 1},
            "by_buyer": {
                "hospital": {"requested": 3, "scheduled": 3, "held": 3, "no_shows": 0,
                             "cancelled": 0},
                "ministry": {"requested": 2, "scheduled": 1, "held": 1, "no_shows": 0,
                             "cancelled": 1},
                "distributor": {"requested": 2, "scheduled": 2, "held": 1, "no_shows": 1,
                                "cancelled": 0},
                "other": {"requested": 1, "scheduled": 1, "held": 0, "no_shows": 1,
                          "cancelled": 0}}}


def test_figures_count_requests_meetings_outcomes_and_value(forum: Database) -> None:
    with forum.reader() as session:
        data = collect_report(session, rates=RATES, now=NOW)
    assert data.totals()["matchmaking"] == EXPECTED
    # The headline "Business meetings" is the meetings held, as on the dashboard; the
    # MoUs stay lead-based: the MoU outcome moved its lead to "MoU signed", counted once.
    assert data.meetings == 5 and data.mous == 1
    assert {m.code: m.meetings for m in data.manufacturers} == {
        "ALKES": 2, "KHALEEJ": 2, "HUAXIA": 1}
    makers = {m.code: m for m in data.matchmaking.manufacturers}
    assert [m.code for m in data.matchmaking.manufacturers] == ["ALKES", "KHALEEJ", "HUAXIA"]
    assert [(m.requested, m.scheduled, m.held, m.no_shows, m.cancelled, m.mous)
            for m in makers.values()] == [(3, 3, 2, 1, 0, 1), (2, 2, 2, 0, 0, 0),
                                          (3, 2, 1, 1, 1, 0)]
    assert makers["ALKES"].value.converted == Decimal("1080000.00")
    assert makers["KHALEEJ"].value.not_converted == {"AED": Decimal("50000.00")}
    assert makers["KHALEEJ"].name == ARABIC_MAKER


def test_english_report_has_the_business_matching_section(forum: Database,
                                                          tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    result = report(forum, out, "en")
    assert result.totals["matchmaking"] == EXPECTED and result.totals["meetings"] == 5
    pages = page_texts(out)
    assert "5\r\nBusiness meetings\r\n" in pages[0]
    text = flat("\n".join(pages))
    section = text[text.index("Business matching 8 Meetings requested"):]
    for shown in ("7 Meetings scheduled", "5 Meetings held", "2 No-shows",
                  "1 Meetings cancelled", "1 MoUs signed at meetings",
                  "USD 1,080,000.00 Potential value recorded at meetings",
                  "+ AED 50,000.00 (not converted)",
                  "Meetings by kind of buyer Kind of buyer Requested Scheduled Held No-shows",
                  "Hospitals and clinics 3 3 3 0", "Ministries and agencies 2 1 1 0",
                  "Distributors 2 2 1 1", "Other buyers 1 1 0 1", "Total 8 7 5 2",
                  "Outcomes of the meetings Outcome Meetings Share", "MoU signed 1 14%",
                  "Cooperation possible 1 14%", "Informative 1 14%", "No interest 1 14%",
                  "Did not happen 2 29%", "Held, outcome not recorded yet 1 14%", "Total 7",
                  "Business matching per manufacturer, by meetings held (values in whole USD)",
                  "ALKES PT Alat Kesehatan Nusantara 3 3 2 1 1 1,080,000",
                  "Total 8 7 5 2 1 1,080,000 AED 50,000",
                  "How business matching is counted"):
        assert shown in section, shown
    # Names in other scripts are shaped; pdfium gives a line mixing scripts back in its
    # own word order, so the Arabic row is read as a bag of words.
    alkes = "ALKES PT Alat Kesehatan Nusantara 3 3 2 1 1 1,080,000"
    gulf = section[section.index(alkes) + len(alkes):section.index("HUAXIA")]
    assert sorted(gulf.split()) == sorted(["KHALEEJ", *ARABIC_MAKER.split(), "2", "2", "2",
                                           "0", "0", "0", "AED", "50,000"])
    assert f"HUAXIA {CHINESE_MAKER} 3 2 1 1 0 0 Total" in section
    assert "Business meetings: the business-matching meetings held" in text


def test_indonesian_report_says_it_in_indonesian(forum: Database, tmp_path: Path) -> None:
    out = tmp_path / "laporan.pdf"
    result = report(forum, out, "id")
    assert result.totals["matchmaking"]["held"] == 5
    text = flat("\n".join(page_texts(out)))
    section = text[text.index("Temu bisnis (business matching) 8 Permintaan pertemuan"):]
    for shown in ("7 Pertemuan dijadwalkan", "5 Pertemuan terlaksana", "2 Tidak hadir",
                  "1 Pertemuan dibatalkan", "USD 1.080.000,00",
                  "+ AED 50.000,00 (tidak dikonversi)", "Pertemuan menurut jenis pembeli",
                  "Rumah sakit dan klinik 3 3 3 0", "Kementerian dan lembaga 2 1 1 0",
                  "Distributor 2 2 1 1", "Pembeli lainnya 1 1 0 1", "Hasil pertemuan",
                  "MoU ditandatangani 1 14%", "Peluang kerja sama 1 14%", "Informatif 1 14%",
                  "Tidak berminat 1 14%", "Tidak terlaksana 2 29%",
                  "Temu bisnis per produsen", "3 3 2 1 1 1.080.000",
                  "Cara menghitung angka temu bisnis"):
        assert shown in section, shown
    assert "Pertemuan bisnis: pertemuan temu bisnis (business matching) yang terlaksana" \
        in text
    for english in ("Meetings requested", "Did not happen", "Cooperation possible",
                    "Kind of buyer", "Hospitals and clinics", "No interest"):
        assert english not in text, english


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "Business matching No business matching was held at this event"),
    ("id", "Temu bisnis (business matching) Tidak ada kegiatan temu bisnis pada pameran ini"),
])
def test_an_event_without_business_matching_says_so(event_db: Database, tmp_path: Path,
                                                    lang: str, line: str) -> None:
    out = tmp_path / f"{lang}.pdf"
    result = report(event_db, out, lang)
    assert line in flat("\n".join(page_texts(out)))
    figures = result.totals["matchmaking"]
    assert (figures["requested"], figures["scheduled"], figures["held"], figures["mous"],
            figures["potential_value"]) == (0, 0, 0, 0, "0.00")
    assert result.totals["meetings"] == 0


def test_kinds_of_buyer() -> None:
    assert [buyer_kind(c) for c in ("hospital/clinic", "government", "distributor", "buyer",
                                    "media", "vip", "", None)] == [
        "hospital", "ministry", "distributor", "other", "other", "other", "other", "other"]
