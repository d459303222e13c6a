"""Printed agendas (core.meetings.agendas): real PDFs read back with pypdfium2 (text and
pixels), in English and Indonesian, names in Arabic and Chinese, the master grid, the
desk's change list, and the refusals."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from booth_app.core.errors import BoothError, InputError
from booth_app.core.events import require_event
from booth_app.core.exhibitors.manufacturers import add_exhibitor
from booth_app.core.meetings import meetings as core
from booth_app.core.meetings.agendas import write_agendas
from booth_app.core.meetings.requests import set_table
from booth_app.core.meetings.sessions import add_session, all_slots
from booth_app.core.meetings.times import parse_local
from booth_app.core.visitors.register import VisitorFields, add_visitor
from booth_app.storage.database import Database
from booth_app.storage.models import Exhibitor, Meeting, Visitor

NOW = datetime(2027, 1, 27, 5, 15, tzinfo=UTC)  # 09:15 in Dubai
ARABIC = "محمد الهاشمي"
ARABIC_ORG = "مستشفى دبي"
CHINESE = "王嘉怡"
CHINESE_ORG = "北京协和医院"
REPO = Path(__file__).resolve().parents[3]


# -- reading PDFs back --------------------------------------------------------------------------


def pages_of(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        texts = []
        for page in pdf:
            textpage = page.get_textpage()
            texts.append(" ".join(textpage.get_text_range().split()))
            textpage.close()
        return texts
    finally:
        pdf.close()


def page_sizes(path: Path) -> list[tuple[float, float]]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return [tuple(page.get_size()) for page in pdf]  # type: ignore[misc]
    finally:
        pdf.close()


def ink_of(path: Path, page_number: int, wanted: str) -> tuple[int, list[float]]:
    """Dark pixels inside the boxes of the characters of `wanted` on that page (found in
    the text layer), and the font sizes they were set in."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        page = pdf[page_number]
        textpage = page.get_textpage()
        count = textpage.count_chars()
        chars = [textpage.get_text_range(i, 1) for i in range(count)]
        joined = "".join(chars)
        indices = []
        for word in wanted.split():  # pdfium may give Arabic words back in either order
            start = joined.index(word)
            indices += range(start, start + len(word))
        boxes = [textpage.get_charbox(i) for i in indices]
        sizes = [pdfium_c.FPDFText_GetFontSize(textpage.raw, i) for i in indices]
        scale = 3.0
        image = page.render(scale=scale).to_pil().convert("L")
        height = page.get_height()
        dark = 0
        for left, bottom, right, top in boxes:
            crop = image.crop((int(left * scale), int((height - top) * scale),
                               int(right * scale) + 1, int((height - bottom) * scale) + 1))
            dark += sum(crop.histogram()[:128])
        textpage.close()
        return dark, sizes
    finally:
        pdf.close()


def smallest_font(path: Path, page_number: int) -> float:
    pdf = pdfium.PdfDocument(str(path))
    try:
        textpage = pdf[page_number].get_textpage()
        sizes = [pdfium_c.FPDFText_GetFontSize(textpage.raw, i)
                 for i in range(textpage.count_chars())
                 if not textpage.get_text_range(i, 1).isspace()]
        textpage.close()
        return min(sizes)
    finally:
        pdf.close()


# -- a small matching ---------------------------------------------------------------------------


def _at(event: Any, text: str) -> datetime:
    return parse_local(event, text, "test")


@pytest.fixture
def fair(event_db: Database) -> Iterator[dict[str, Any]]:
    """Three manufacturers at T1-T3, four buyers (one without meetings), two mornings of
    three 20-minute slots (10:00-11:00, Dubai); one meeting cancelled."""
    with event_db.session() as session:
        event = require_event(session)
        for day in ("2027-01-27", "2027-01-28"):
            add_session(session, day=day, start="10:00", end="11:00", slot_minutes=20)
        makers = {}
        for number, (code, name) in enumerate((("NUSA", "PT Nusa Elektromedika"),
                                               ("GULF", "شركة الخليج الطبية"),
                                               ("HAN", "PT Han Medika")), start=1):
            makers[code] = add_exhibitor(session, code=code, name=name, booth=f"S1-{number}")
            set_table(session, makers[code], f"T{number}")
        people = {}
        for key, name, org, category in (
                ("siti", "Siti Rahmawati", "RS Harapan Kita", "hospital/clinic"),
                ("arabic", ARABIC, ARABIC_ORG, "government"),
                ("chinese", CHINESE, CHINESE_ORG, "distributor"),
                ("idle", "Idle Buyer", "Nowhere Clinic", "other")):
            people[key] = add_visitor(session, VisitorFields(name=name, organization=org,
                                                             category=category))
        ids = {}
        for key, buyer, maker, when in (
                ("siti_nusa", "siti", "NUSA", "2027-01-27 10:00"),
                ("siti_gulf", "siti", "GULF", "2027-01-28 10:40"),
                ("arabic_gulf", "arabic", "GULF", "2027-01-27 10:00"),
                ("arabic_nusa", "arabic", "NUSA", "2027-01-27 10:20"),
                ("chinese_gulf", "chinese", "GULF", "2027-01-27 10:20"),
                ("chinese_nusa", "chinese", "NUSA", "2027-01-27 10:40"),
                ("chinese_han", "chinese", "HAN", "2027-01-28 10:00")):
            ids[key] = core.add_meeting(session, event, people[buyer], makers[maker],
                                        _at(event, when)).id
        core.cancel(session.get(Meeting, ids["chinese_han"]))
        ids.update({f"buyer_{k}": v.id for k, v in people.items()})
        ids.update({f"maker_{k}": v.id for k, v in makers.items()})
    yield {"db": event_db, **ids}


def write(db: Database, out: Path, **options: Any) -> dict[str, Any]:
    with db.reader() as session:
        for key in ("buyer", "exhibitor"):
            if isinstance(options.get(key), str):
                model = Visitor if key == "buyer" else Exhibitor
                options[key] = session.get(model, options[key])
        return write_agendas(session, out, now=options.pop("now", NOW), **options)


# -- agendas ------------------------------------------------------------------------------------


def test_a_buyers_agenda_in_english(fair: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "siti.pdf"
    result = write(fair["db"], out, buyer=fair["buyer_siti"])
    assert result == {**result, "out": str(out), "pages": 1, "agendas": 1, "meetings": 2}
    [text] = pages_of(out)
    assert text.startswith("AGENDA · BUYER Indonesia Pavilion at Arab Health 2027 "
                           "Siti Rahmawati RS Harapan Kita · ")
    assert "27–28 January 2027 · Times in Asia/Dubai (UTC+04:00) · 2 meetings" in text
    assert "Time Table Manufacturer Code" in text
    assert "Wed 27 January 2027 10:00–10:20 T1 PT Nusa Elektromedika NUSA" in text
    # pdfium hands a line holding Arabic back in its own order: look at its parts.
    second_day = text[text.index("Thu 28 January 2027"):text.index("Made ")]
    for part in ("GULF", "شركة الخليج الطبية", "10:40", "11:00"):
        assert part in second_day, part
    assert "Made 27 January 2027, 09:15 (UTC+04:00)" in text and "Page 1 of 1" in text


def test_a_buyers_agenda_in_indonesian(fair: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "siti-id.pdf"
    write(fair["db"], out, buyer=fair["buyer_siti"], lang="id")
    [text] = pages_of(out)
    assert text.startswith("AGENDA · PEMBELI ")
    assert "27–28 Januari 2027 · Waktu Asia/Dubai (UTC+04:00) · 2 pertemuan" in text
    assert "Waktu Meja Produsen Kode" in text
    assert "Rab 27 Januari 2027 10:00–10:20 T1 PT Nusa Elektromedika NUSA" in text
    assert "Kam 28 Januari 2027 " in text and "شركة الخليج الطبية" in text
    assert "Dibuat 27 Januari 2027, 09:15 (UTC+04:00)" in text and "Halaman 1 dari 1" in text


def test_cancelled_meetings_are_left_out(fair: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "wang.pdf"
    result = write(fair["db"], out, buyer=fair["buyer_chinese"])
    [text] = pages_of(out)
    assert result["meetings"] == 2 and "2 meetings" in text
    assert "HAN" not in text and "28 January" not in text


def test_a_manufacturers_agenda_prints_arabic_and_chinese_names(
        fair: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "nusa.pdf"
    write(fair["db"], out, exhibitor=fair["maker_NUSA"])
    [text] = pages_of(out)
    assert text.startswith("AGENDA · MANUFACTURER ")
    assert "PT Nusa Elektromedika NUSA · Table T1" in text
    assert "Time Table Buyer Organisation Category" in text
    assert "10:00–10:20 T1 Siti Rahmawati RS Harapan Kita Hospital / clinic" in text
    for name in (ARABIC, ARABIC_ORG, CHINESE, CHINESE_ORG, "Government", "Distributor"):
        assert name in text, name
    for name in (ARABIC, CHINESE):  # drawn, not only in the text layer
        dark, sizes = ink_of(out, 0, name)
        assert dark > 30 * len(name.replace(" ", "")), name
        assert min(sizes) >= 7, name
    data = out.read_bytes()
    assert b"NotoNaskhArabic" in data and b"NotoSansSC" in data


def test_an_arabic_manufacturer_name_heads_its_agenda(fair: dict[str, Any],
                                                      tmp_path: Path) -> None:
    out = tmp_path / "gulf.pdf"
    write(fair["db"], out, exhibitor=fair["maker_GULF"], lang="id")
    [text] = pages_of(out)
    assert "شركة الخليج الطبية" in text and "GULF · Meja T2" in text
    dark, sizes = ink_of(out, 0, "شركة الخليج الطبية")
    assert dark > 500 and min(sizes) >= 11


def test_a_buyer_without_meetings_gets_a_page_that_says_so(fair: dict[str, Any],
                                                           tmp_path: Path) -> None:
    out = tmp_path / "idle.pdf"
    result = write(fair["db"], out, buyer=fair["buyer_idle"])
    assert result["pages"] == 1 and result["agendas"] == 1 and result["meetings"] == 0
    [text] = pages_of(out)
    assert "Idle Buyer" in text and "No meetings are scheduled." in text
    write(fair["db"], out, buyer=fair["buyer_idle"], lang="id")
    assert "Tidak ada pertemuan terjadwal." in pages_of(out)[0]


def test_all_gives_every_participant_with_meetings_a_page_of_their_own(
        fair: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "all.pdf"
    result = write(fair["db"], out, lang="id")
    # Three buyers (the idle one has none) by name, then the two manufacturers with
    # meetings by code (HAN's only meeting is cancelled).
    assert result["agendas"] == 5 and result["pages"] == 5 and result["meetings"] == 6
    titles = [text.split(" Arab Health 2027 ", 1)[1] for text in pages_of(out)]
    assert titles[0].startswith("Siti Rahmawati")
    assert {titles[1].split()[0], titles[2].split()[0]} == {"محمد", "王嘉怡"}
    assert titles[3].startswith("شركة الخليج الطبية") and "GULF" in titles[3]
    assert titles[4].startswith("PT Nusa Elektromedika")
    assert all(text.count("Halaman 1 dari 1") == 1 for text in pages_of(out))


def test_a_long_agenda_goes_on_over_pages_with_its_header(event_db: Database,
                                                          tmp_path: Path) -> None:
    with event_db.session() as session:
        event = require_event(session)
        for day in ("2027-01-27", "2027-01-28"):
            add_session(session, day=day, start="09:00", end="10:40", slot_minutes=5)
        maker = add_exhibitor(session, code="BUSY", name="PT Sibuk Sekali", booth="A1")
        slots = all_slots(session, event)
        for number, slot in enumerate(slots):
            buyer = add_visitor(session, VisitorFields(
                name=f"Buyer Number {number:02d}",
                organization=f"Rumah Sakit Umum Daerah Kabupaten Nomor {number}"))
            session.add(Meeting(event_id=event.id, visitor_id=buyer.id, exhibitor_id=maker.id,
                                table_name="A1", starts_at=slot.start, ends_at=slot.end))
        maker_id = maker.id
    out = tmp_path / "busy.pdf"
    result = write(event_db, out, exhibitor=maker_id)
    texts = pages_of(out)
    assert result["meetings"] == 40 and result["pages"] == len(texts) >= 2
    for number, text in enumerate(texts, start=1):
        assert "PT Sibuk Sekali" in text and "Time Table Buyer" in text
        assert f"Page {number} of {len(texts)}" in text
    whole = " ".join(texts)
    assert all(f"Buyer Number {n:02d}" in whole for n in range(40))
    # A page that starts in the middle of a day says which day it is.
    assert all(text.split("Category ", 1)[1].startswith(("Wed 27", "Thu 28")) for text in texts)


# -- the grid -----------------------------------------------------------------------------------


def _grid_fair(db: Database, tables: int) -> None:
    """`tables` manufacturers at T1..Tn, one morning of 12 slots, every cell taken."""
    with db.session() as session:
        event = require_event(session)
        add_session(session, day="2027-01-27", start="09:00", end="13:00", slot_minutes=20)
        slots = all_slots(session, event)
        makers = [add_exhibitor(session, code=f"M{n:02d}", name=f"PT Maker {n}",
                                booth=f"T{n}") for n in range(1, tables + 1)]
        names = ["Siti Rahmawati", ARABIC, CHINESE, "Mohammed Abdullah Al Hashimi Al Qasimi"]
        buyers = [add_visitor(session, VisitorFields(
            name=names[n] if n < len(names) else f"Buyer {n:02d}")) for n in range(tables)]
        for e, maker in enumerate(makers):
            for s, slot in enumerate(slots):
                buyer = buyers[(e + s) % tables]
                session.add(Meeting(event_id=event.id, visitor_id=buyer.id,
                                    exhibitor_id=maker.id, table_name=maker.booth,
                                    starts_at=slot.start, ends_at=slot.end))


def test_the_grid_holds_twenty_tables_by_twelve_slots_on_one_readable_page(
        event_db: Database, tmp_path: Path) -> None:
    _grid_fair(event_db, 20)
    out = tmp_path / "grid.pdf"
    result = write(event_db, out, grid=True)
    assert result["pages"] == 1 and result["meetings"] == 240 and result["tables"] == 20
    width, height = page_sizes(out)[0]
    assert width > height  # landscape
    [text] = pages_of(out)
    assert text.startswith("MASTER GRID ") and "Wed 27 January 2027" in text
    assert "Times in Asia/Dubai (UTC+04:00)" in text
    assert "09:00–09:20" in text and "12:40–13:00" in text
    for n in range(1, 21):
        assert f"T{n} M{n:02d}" in text
    assert smallest_font(out, 0) >= 5.5
    # A name too long for two lines of a cell keeps its first and family names.
    assert "Mohammed Al Qasimi" in text and "Abdullah" not in text
    for name in (ARABIC, CHINESE):
        dark, sizes = ink_of(out, 0, name)
        assert dark > 10 * len(name.replace(" ", "")) and min(sizes) >= 5.5, name


def test_more_tables_than_a_page_holds_go_on_over_pages(event_db: Database,
                                                         tmp_path: Path) -> None:
    _grid_fair(event_db, 25)
    out = tmp_path / "grid-id.pdf"
    result = write(event_db, out, grid=True, lang="id")
    texts = pages_of(out)
    assert result["pages"] == len(texts) == 2
    assert "JADWAL INDUK" in texts[0] and "Rab 27 Januari 2027" in texts[0]
    assert "Meja 1–13 dari 25" in texts[0] and "Meja 14–25 dari 25" in texts[1]
    assert "Halaman 1 dari 2" in texts[0] and "Halaman 2 dari 2" in texts[1]
    assert "T13 M13" in texts[0] and "T14 M14" in texts[1] and "T25 M25" in texts[1]


# -- the change list ----------------------------------------------------------------------------


def test_the_change_list_holds_new_moved_and_cancelled_meetings(
        fair: dict[str, Any], tmp_path: Path) -> None:
    db = fair["db"]
    time.sleep(0.01)
    since = datetime.now(UTC)
    time.sleep(0.01)
    with db.session() as session:
        event = require_event(session)
        core.move(session, event, session.get(Meeting, fair["siti_nusa"]),
                  _at(event, "2027-01-28 10:00"))
        core.cancel(session.get(Meeting, fair["arabic_gulf"]))
        core.add_meeting(session, event, session.get(Visitor, fair["buyer_arabic"]),
                         session.get(Exhibitor, fair["maker_HAN"]),
                         _at(event, "2027-01-28 10:20"))
        session.get(Meeting, fair["chinese_gulf"]).status = "held"  # an outcome, not a change
    out = tmp_path / "changes.pdf"
    result = write(db, out, changed_since=since)
    assert result["changes"] == {"new": 1, "moved": 1, "cancelled": 1}
    assert result["agendas"] == 0 and result["meetings"] == 3
    [text] = pages_of(out)
    assert text.startswith("CHANGES ") and "Changes since " in text
    assert "Change Day Time Table Buyer Manufacturer" in text
    assert "Cancelled Wed 27 Jan 10:00–10:20 T2" in text
    assert "Moved Thu 28 Jan 10:00–10:20 T1 Siti Rahmawati NUSA · PT Nusa Elektromedika" in text
    assert "New Thu 28 Jan 10:20–10:40 T3" in text and "HAN · PT Han Medika" in text
    assert all(word in text for word in ARABIC.split()) and CHINESE not in text
    assert "3 changes" in text

    write(db, out, changed_since=since, lang="id", exhibitor=fair["maker_NUSA"])
    [text] = pages_of(out)
    assert text.startswith("PERUBAHAN ") and "Perubahan sejak" in text
    assert "Produsen: NUSA · PT Nusa Elektromedika" in text
    assert "Dipindah Kam 28 Jan 10:00–10:20 T1 Siti Rahmawati" in text
    assert "Dibatalkan" not in text and "Baru" not in text and "1 perubahan" in text
    write(db, out, changed_since=since, lang="id", buyer=fair["buyer_arabic"])
    [text] = pages_of(out)
    assert "Dibatalkan Rab 27 Jan" in text and "Baru Kam 28 Jan" in text


def test_no_changes_says_so(fair: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "none.pdf"
    result = write(fair["db"], out, changed_since=datetime.now(UTC))
    assert result["pages"] == 1 and result["meetings"] == 0
    assert "No meeting changed since then." in pages_of(out)[0]


# -- refusals -----------------------------------------------------------------------------------


def test_nothing_scheduled_refuses_and_writes_nothing(event_db: Database,
                                                      tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    for options in ({}, {"grid": True}):
        with pytest.raises(BoothError, match="No meetings are scheduled yet"):
            write(event_db, out, **options)
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".pdf"]


def test_bad_requests_are_refused(fair: dict[str, Any], tmp_path: Path) -> None:
    with pytest.raises(InputError):
        write(fair["db"], tmp_path / "x.pdf", lang="fr")
    with pytest.raises(InputError, match="folder"):
        write(fair["db"], tmp_path, buyer=fair["buyer_siti"])
    with pytest.raises(InputError, match="does not exist"):
        write(fair["db"], tmp_path / "no" / "x.pdf", buyer=fair["buyer_siti"])
    with pytest.raises(InputError, match="one participant"):
        write(fair["db"], tmp_path / "x.pdf", buyer=fair["buyer_siti"],
              exhibitor=fair["maker_NUSA"])
    assert not [p for p in tmp_path.rglob("*.pdf")]
