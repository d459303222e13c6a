"""The pavilion results report as the ministry reads it: the PDF's text, extracted with
pypdfium2, carries the figures counted independently from the database (plain sqlite3),
in English and in Bahasa Indonesia, with the rates printed, unconverted currencies
listed, page numbers, and names in Arabic, Chinese and Devanagari."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest

from booth_app.core.checkin.rules import check_in
from booth_app.core.demo.pavilion import create_demo
from booth_app.core.errors import BoothError, Cancelled, InputError
from booth_app.core.events import require_event
from booth_app.core.exhibitors.manufacturers import add_exhibitor
from booth_app.core.progress import Progress
from booth_app.core.report import build as report_build
from booth_app.core.report import pages as report_pages
from booth_app.core.report.build import build_report
from booth_app.core.report.figures import collect_report
from booth_app.core.report.formatting import format_number, format_rate
from booth_app.core.report.money import convert, parse_rate, parse_rates
from booth_app.core.visitors.register import VisitorFields, add_visitor
from booth_app.storage.database import Database
from booth_app.storage.models import Exhibitor, Lead

RATES = {"USD": Decimal("16250"), "EUR": Decimal("17600.5")}  # AED left without a rate
# No lam-alef in these: HarfBuzz draws it as one ligature glyph, which the PDF's text layer
# gives back as a private-use character (the page shows it right; search and copy lose it).
ARABIC_MAKER = "شركة الخليج الطبية"
ARABIC_VISITOR = "محمد الهاشمي"
ARABIC_ORG = "مستشفى دبي"
CHINESE_VISITOR = "王嘉怡"
DEVANAGARI_VISITOR = "राजेश शर्मा"
NOW = datetime(2025, 2, 1, 14, 0, tzinfo=UTC)


# -- the demo pavilion, with a few leads of our own --------------------------------------------


def _visitor(session: Any, name: str, organization: str = "", country: str = "") -> str:
    fields = VisitorFields.parse(name=name, organization=organization, country=country)
    return add_visitor(session, fields).id


def _lead(session: Any, exhibitor_id: str, visitor_id: str, *, stage: str, value: str | None,
          currency: str = "", rating: str = "", deleted: bool = False) -> None:
    session.add(Lead(exhibitor_id=exhibitor_id, visitor_id=visitor_id, stage=stage,
                     rating=rating, value=Decimal(value) if value is not None else None,
                     currency=currency, deleted=deleted))


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The demo pavilion (400 visitors) plus an Arabic manufacturer, the EUR 1 million MoU
    with an Arabic hospital, values in AED (no rate given), a lost and a deleted lead."""
    path = tmp_path_factory.mktemp("report") / "demo.sqlite"
    db = Database(path)
    with db.session() as session:
        create_demo(session, db.stamp(), 400, today=date(2025, 1, 29))
    with db.session() as session:
        gulf = add_exhibitor(session, code="KHALEEJ", name=ARABIC_MAKER, booth="S1-Z99")
        session.flush()
        nusel = session.query(Exhibitor).filter_by(code="NUSEL").one()
        arab = _visitor(session, ARABIC_VISITOR, ARABIC_ORG, "AE")
        chinese = _visitor(session, CHINESE_VISITOR, "北京协和医院", "CN")
        indian = _visitor(session, DEVANAGARI_VISITOR, "Apollo Hospitals", "IN")
        others = [_visitor(session, f"Buyer {i}", "Gulf Buyers LLC", "AE") for i in range(4)]
        _lead(session, gulf.id, arab, stage="won", value="1000000", currency="EUR",
              rating="hot")
        _lead(session, nusel.id, chinese, stage="mou", value="900000", currency="USD")
        _lead(session, gulf.id, indian, stage="mou", value="850000", currency="USD")
        _lead(session, gulf.id, others[0], stage="meeting", value="250000", currency="AED")
        _lead(session, nusel.id, others[1], stage="mou", value="75000.50", currency="AED")
        _lead(session, gulf.id, others[2], stage="lost", value="999999", currency="USD")
        _lead(session, nusel.id, others[3], stage="mou", value="5000000", currency="USD",
              deleted=True)
    db.dispose()
    yield path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_file, path)
    db = Database(path)
    yield db
    db.dispose()


def report(db: Database, out: Path, **options: Any) -> Any:
    with db.reader() as session:
        return build_report(session, out, now=NOW, **options)


def page_texts(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        texts = []
        for page in pdf:
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return texts
    finally:
        pdf.close()


def flat(text: str) -> str:
    """Extracted text with line breaks as spaces (table cells wrap)."""
    return " ".join(text.split())


# -- the database, counted without the report's code -------------------------------------------


def counted(path: Path, rates: dict[str, Decimal], currency: str) -> dict[str, Any]:
    conn = sqlite3.connect(path)
    try:
        one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
        live = "c.deleted = 0 AND c.status IN ('admitted', 'reentry') AND c.direction = 'in'"
        figures: dict[str, Any] = {
            "checkins": one(f"SELECT count(*) FROM checkin c WHERE {live}"),
            "unique_visitors": one(
                "SELECT count(DISTINCT c.visitor_id) FROM checkin c JOIN visitor v "
                f"ON v.id = c.visitor_id WHERE v.deleted = 0 AND {live}"),
            "visitors_registered": one("SELECT count(*) FROM visitor WHERE deleted = 0"),
        }
        leads = conn.execute(
            "SELECT e.code, l.rating, l.stage, l.value, l.currency FROM lead l "
            "JOIN exhibitor e ON e.id = l.exhibitor_id WHERE l.deleted = 0").fetchall()
        figures["leads"] = len(leads)
        figures["hot_leads"] = sum(1 for lead in leads if lead[1] == "hot")
        # Business meetings: the business-matching meetings held (as on the dashboard).
        held = dict(conn.execute(
            "SELECT e.code, count(*) FROM meeting m JOIN exhibitor e ON e.id = m.exhibitor_id "
            "WHERE m.deleted = 0 AND m.status = 'held' GROUP BY e.code").fetchall())
        figures["meetings"] = sum(held.values())
        figures["mous"] = sum(1 for lead in leads if lead[2] in ("mou", "won"))
        potential: dict[str, Decimal] = {}
        mou: dict[str, Decimal] = {}
        per_maker: dict[str, dict[str, Any]] = {}
        for code, rating, stage, value, cur in leads:
            maker = per_maker.setdefault(code, {"leads": 0, "hot": 0, "meetings": 0,
                                                "mous": 0, "value": Decimal(0)})
            maker["leads"] += 1
            maker["hot"] += rating == "hot"
            maker["mous"] += stage in ("mou", "won")
            if value is None or stage == "lost":
                continue
            amount = Decimal(str(value)).quantize(Decimal("0.01"))
            potential[cur] = potential.get(cur, Decimal(0)) + amount
            if stage in ("mou", "won"):
                mou[cur] = mou.get(cur, Decimal(0)) + amount
            rate = Decimal(1) if cur == currency else rates.get(cur)
            if rate is not None:
                maker["value"] += amount * rate
        for code, name, booth in conn.execute("SELECT code, name, booth FROM exhibitor"):
            per_maker.setdefault(code, {"leads": 0, "hot": 0, "meetings": 0, "mous": 0,
                                        "value": Decimal(0)}).update(name=name, booth=booth)
        for code, count in held.items():
            per_maker[code]["meetings"] = count
    finally:
        conn.close()

    def convert_all(amounts: dict[str, Decimal]) -> tuple[Decimal, dict[str, Decimal]]:
        total = sum((a * (Decimal(1) if c == currency else rates[c])
                     for c, a in amounts.items() if c == currency or c in rates), Decimal(0))
        left = {c: a for c, a in amounts.items() if c != currency and c not in rates}
        return total.quantize(Decimal("0.01")), left

    figures["potential"], figures["not_converted"] = convert_all(potential)
    figures["mou_value"], figures["mou_not_converted"] = convert_all(mou)
    figures["potential_by_currency"] = potential
    figures["makers"] = per_maker
    return figures


# -- the tests ------------------------------------------------------------------------------------


def test_english_report_carries_the_database_totals(demo: Database, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    result = report(demo, out, currency="IDR", rates=RATES, lang="en")
    truth = counted(demo.path, RATES, "IDR")  # type: ignore[arg-type]
    for key in ("checkins", "unique_visitors", "visitors_registered", "leads", "hot_leads",
                "meetings", "mous"):
        assert result.totals[key] == truth[key], key
    assert truth["checkins"] > 300 and truth["mous"] > 3  # the demo has something to show
    assert Decimal(result.totals["potential_value"]) == truth["potential"]
    assert Decimal(result.totals["mou_value"]) == truth["mou_value"]
    assert {c: Decimal(a) for c, a in result.totals["not_converted"].items()} == \
        truth["not_converted"] == {"AED": Decimal("325000.50")}

    pages = page_texts(out)
    assert len(pages) == result.pages >= 4
    cover = pages[0]
    for key, label in (("checkins", "Check-ins"), ("unique_visitors", "Unique visitors"),
                       ("visitors_registered", "Visitors registered"), ("leads", "Leads"),
                       ("hot_leads", "Hot leads"), ("meetings", "Business meetings"),
                       ("mous", "MoUs signed")):
        assert f"{truth[key]:,}\r\n{label}\r\n" in cover, label
    assert f"IDR {truth['potential']:,.2f}\r\nPotential transaction value" in cover
    assert f"IDR {truth['mou_value']:,.2f}\r\nValue of MoUs signed" in cover
    # The rates the coordinator gave, on the page, in the direction they were meant.
    assert "1 EUR = 17,600.5 IDR; 1 USD = 16,250 IDR" in flat(cover)
    # A currency without a rate is listed, not dropped: in the table and in the note.
    assert "AED 325,000.50 75,000.50 not converted —" in flat(cover)
    assert "Not converted (no exchange rate given): AED 325,000.50" in flat(cover)
    usd = truth["potential_by_currency"]["USD"]
    assert f"USD {usd:,.2f}" in flat(cover) and f"{usd * 16250:,.2f}" in flat(cover)
    assert "28–31 January 2025" in cover and "Asia/Dubai (UTC+04:00)" in cover
    assert "1 February 2025, 18:00 (UTC+04:00)" in cover  # generated, in event time


def test_indonesian_report_has_indonesian_words_and_numbers(demo: Database,
                                                            tmp_path: Path) -> None:
    out = tmp_path / "laporan.pdf"
    result = report(demo, out, currency="IDR", rates=RATES, lang="id")
    truth = counted(demo.path, RATES, "IDR")  # type: ignore[arg-type]
    text = "\n".join(page_texts(out))
    cover = page_texts(out)[0]

    def id_number(value: Any, places: int = 0) -> str:
        return f"{value:,.{places}f}".replace(",", "_").replace(".", ",").replace("_", ".")

    for key, label in (("checkins", "Check-in"), ("unique_visitors", "Pengunjung unik"),
                       ("visitors_registered", "Pengunjung terdaftar"),
                       ("hot_leads", "Prospek panas"), ("meetings", "Pertemuan bisnis"),
                       ("mous", "MoU ditandatangani")):
        assert f"{id_number(truth[key])}\r\n{label}\r\n" in cover, label
    assert f"IDR {id_number(truth['potential'], 2)}\r\nPotensi nilai transaksi" in cover
    assert "LAPORAN HASIL PAVILIUN" in cover and "28–31 Januari 2025" in cover
    assert "Kurs yang dimasukkan koordinator: 1 EUR = 17.600,5 IDR; 1 USD = 16.250 IDR" \
        in flat(cover)
    assert "AED 325.000,50" in flat(cover) and "tidak dikonversi" in cover
    for word in ("Check-in per hari", "Pengunjung menurut negara", "Produsen",
                 "Hadir", "Terdaftar", "Uni Emirat Arab"):
        assert word in text, word
    for english in ("Check-ins per day", "Unique visitors", "Page ", "not converted",
                    "United Arab Emirates", "Manufacturers"):
        assert english not in text, english
    assert result.totals["leads"] == truth["leads"]


@pytest.mark.parametrize(("lang", "pattern"), [("en", "Page {} of {}"),
                                                ("id", "Halaman {} dari {}")])
def test_every_page_is_numbered_with_the_event_in_the_footer(demo: Database, tmp_path: Path,
                                                             lang: str, pattern: str) -> None:
    out = tmp_path / f"{lang}.pdf"
    result = report(demo, out, lang=lang)
    pages = page_texts(out)
    assert len(pages) == result.pages
    for number, text in enumerate(pages, start=1):
        assert pattern.format(number, len(pages)) in text
        assert "Arab Health 2027 · Indonesia Pavilion" in text


def test_manufacturer_table_rows_match_the_database(demo: Database, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    report(demo, out, currency="IDR", rates=RATES, lang="en")
    truth = counted(demo.path, RATES, "IDR")["makers"]  # type: ignore[arg-type]
    text = flat("\n".join(page_texts(out)))
    found = []
    for code, maker in truth.items():
        if code == "KHALEEJ":
            continue  # its Arabic name is checked below
        row = (f"{code} {maker['name']} {maker['booth']} {maker['leads']:,} {maker['hot']:,} "
               f"{maker['meetings']:,} {maker['mous']:,} {maker['value']:,.0f}")
        assert row in text, row
        found.append((text.index(row), code))
    listed = [code for _, code in sorted(found)]
    expected = sorted((c for c in truth if c != "KHALEEJ"),
                      key=lambda c: (-truth[c]["leads"], c))
    assert listed == expected  # by number of leads, most first
    gulf = truth["KHALEEJ"]
    # pdfium gives a line mixing scripts back in its own word order: the Arabic name's
    # words, then the row's figures.
    row = text[text.index("KHALEEJ ", text.index("Results per manufacturer")):]
    name_part, _, figures = row.partition(" S1-Z99 ")
    assert sorted(name_part.split()[1:]) == sorted(ARABIC_MAKER.split())
    assert figures.startswith(f"{gulf['leads']} {gulf['hot']} {gulf['meetings']} "
                              f"{gulf['mous']} {gulf['value']:,.0f} AED 250,000")
    total = sum(m["leads"] for m in truth.values())
    assert f"Total {total:,} " in text


def test_names_in_arabic_chinese_and_devanagari_print_in_the_tables(
        demo: Database, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    report(demo, out, currency="EUR", rates={"USD": Decimal("0.92"), "AED": Decimal("0.25")})
    text = "\n".join(page_texts(out))
    mous_signed = counted(demo.path, {}, "EUR")["mous"]  # type: ignore[arg-type]
    # The EUR 1 million MoU leads the MoU table: manufacturer, visitor and hospital in Arabic.
    # The demo's meetings sign MoUs too: past 20, the table lists the largest 20.
    title = (f"All {mous_signed} MoUs signed" if mous_signed <= 20
             else f"The 20 largest of {mous_signed} MoUs signed")
    mous = flat(text[text.index(f"MoUs signed\r\n{title.split()[0]}"):])
    assert mous.startswith(f"MoUs signed {title}, by value in EUR")
    # pdfium orders the words of a line mixing scripts its own way: look at the first row
    # as a whole, from the header to its figures.
    first_row = mous[mous.index("In EUR"):mous.index("EUR 1,000,000.00 1,000,000.00")]
    for part in ("KHALEEJ", ARABIC_VISITOR, ARABIC_ORG):
        assert part in first_row, part
    for name in (ARABIC_VISITOR, ARABIC_ORG, CHINESE_VISITOR, "北京协和医院"):
        assert name in text, name
    for word in ARABIC_MAKER.split():  # in the manufacturers table, among Latin cells
        assert word in text, word
    # Devanagari comes back from the text layer in glyph order, so look for its letters.
    assert {"र", "ज", "श"} <= set(text)
    data = out.read_bytes()
    for font in (b"NotoNaskhArabic", b"NotoSansSC", b"NotoSansDevanagari"):
        assert font in data, font


def test_figures_add_up_and_days_and_hours_are_event_local(event_db: Database) -> None:
    """Check-ins land on the venue's day and hour (Dubai, UTC+4): a scan at 21:30 UTC is
    01:30 the next morning there. Refused scans, exits and deleted rows never count."""
    with event_db.session() as session:
        codes = [add_visitor(session, VisitorFields.parse(name=f"V {i}", country=country,
                                                          category=category)).code
                 for i, (country, category) in enumerate(
                     [("AE", "buyer"), ("AE", "media"), ("ID", "buyer"), ("", "vip")])]
    scans = [(codes[0], datetime(2027, 1, 27, 5, 30, tzinfo=UTC)),   # 09:30 on the 27th
             (codes[1], datetime(2027, 1, 27, 5, 59, tzinfo=UTC)),   # 09:59
             (codes[0], datetime(2027, 1, 27, 21, 30, tzinfo=UTC)),  # 01:30 on the 28th
             (codes[2], datetime(2027, 1, 28, 10, 0, tzinfo=UTC)),   # 14:00 on the 28th
             ("NOT-A-BADGE", datetime(2027, 1, 28, 10, 1, tzinfo=UTC)),
             (codes[2], datetime(2027, 1, 28, 10, 0, 2, tzinfo=UTC))]  # a bounce: duplicate
    with event_db.session() as session:
        statuses = [check_in(session, code, now=when).status for code, when in scans]
    assert statuses[-2] in ("unknown", "invalid") and statuses[-1] == "duplicate"
    with event_db.reader() as session:
        data = collect_report(session, now=NOW)
    assert data.checkins == 4 and data.unique_visitors == 3 and data.visitors_registered == 4
    assert data.checkins_by_day == {date(2027, 1, 27): 2, date(2027, 1, 28): 2,
                                    date(2027, 1, 29): 0, date(2027, 1, 30): 0}
    assert data.checkins_by_day_hour[date(2027, 1, 27)] == {9: 2}
    assert data.checkins_by_day_hour[date(2027, 1, 28)] == {1: 1, 14: 1}
    assert data.by_country == [("AE", 2, 2), ("ID", 1, 1), ("", 1, 0)]
    assert sorted(data.by_category) == [("buyer", 2, 2), ("media", 1, 1), ("vip", 1, 0)]
    assert data.currency == "USD" and data.rates == {}  # the event's currency by default


def test_a_zone_with_a_quarter_hour_offset(db: Database, make_event: Any) -> None:
    make_event(db, timezone="Asia/Kathmandu")  # UTC+05:45
    with db.session() as session:
        code = add_visitor(session, VisitorFields.parse(name="Sita")).code
        check_in(session, code, now=datetime(2027, 1, 27, 3, 20, tzinfo=UTC))  # 09:05 there
        check_in(session, code, now=datetime(2027, 1, 27, 18, 20, tzinfo=UTC))  # 00:05, 28th
    with db.reader() as session:
        data = collect_report(session, now=NOW)
    assert data.checkins_by_day_hour[date(2027, 1, 27)] == {9: 1}
    assert data.checkins_by_day_hour[date(2027, 1, 28)] == {0: 1}


def test_country_chart_keeps_ten_and_groups_the_rest(demo: Database) -> None:
    with demo.reader() as session:
        data = collect_report(session, now=NOW)
    pages = report_pages._Pages(data, "en")
    shown = pages._countries()
    assert len(data.by_country) > 11
    assert len(shown) == 11 and shown[-1][0].startswith("Other countries")
    assert sum(row[1] for row in shown) == data.visitors_registered
    assert sum(row[2] for row in shown) == data.unique_visitors
    assert sum(data.checkins_by_day.values()) == data.checkins == sum(
        sum(hours.values()) for hours in data.checkins_by_day_hour.values())
    assert sum(m.leads for m in data.manufacturers) == data.leads


def test_an_empty_event_still_gets_a_report(event_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    result = report(event_db, out, lang="en")
    text = "\n".join(page_texts(out))
    assert result.totals["checkins"] == result.totals["leads"] == 0
    assert "No check-ins recorded yet." in text and "No MoU has been recorded yet." in text
    assert "USD 0.00\r\nPotential transaction value" in text


def test_rates_are_read_strictly() -> None:
    assert parse_rate("USD=16250") == ("USD", Decimal("16250"))
    assert parse_rate(" eur = 0.000057 ") == ("EUR", Decimal("0.000057"))
    for bad in ("USD", "USD=", "USD=abc", "USD=-3", "USD=0", "USD=16,250", "USD=1.2.3",
                "QQQ=2", "=5", "USD=inf", "USD=nan"):
        with pytest.raises(InputError):
            parse_rate(bad)
    assert parse_rates(["USD=16250", "EUR=17600", "USD=16250"], "IDR") == {
        "USD": Decimal("16250"), "EUR": Decimal("17600")}
    with pytest.raises(InputError, match="twice"):
        parse_rates(["USD=16250", "USD=16000"], "IDR")
    with pytest.raises(InputError, match="reporting currency"):
        parse_rates(["IDR=2"], "IDR")
    money = convert({"USD": Decimal("10.50"), "AED": Decimal("7"), "IDR": Decimal("1000")},
                    "IDR", {"USD": Decimal("16250")})
    assert money.converted == Decimal("171625.00") and money.not_converted == {"AED": 7}


def test_numbers_follow_the_language() -> None:
    assert format_number(Decimal("1234.5"), "en", 2) == "1,234.50"
    assert format_number(Decimal("1234.5"), "id", 2) == "1.234,50"
    assert format_number(1234567, "id") == "1.234.567"
    assert format_rate(Decimal("16250"), "en") == "16,250"
    assert format_rate(Decimal("17600.50"), "id") == "17.600,5"
    assert format_rate(Decimal("0.0000615"), "en") == "0.0000615"


def test_bad_requests_change_nothing(demo: Database, tmp_path: Path) -> None:
    existing = tmp_path / "report.pdf"
    existing.write_bytes(b"the coordinator's earlier report")
    with pytest.raises(InputError, match="already exists"):
        report(demo, existing, overwrite=False)
    assert existing.read_bytes() == b"the coordinator's earlier report"
    with pytest.raises(InputError):
        report(demo, tmp_path / "fr.pdf", lang="fr")
    with pytest.raises(InputError):
        report(demo, tmp_path / "x.pdf", currency="DOLLARS")
    with pytest.raises(InputError, match="does not exist"):
        report(demo, tmp_path / "missing" / "x.pdf")
    left = sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("demo.sqlite"))
    assert left == ["report.pdf"]  # no report, no temp file


def test_a_failure_or_a_cancel_leaves_nothing_behind(demo: Database, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "report.pdf"

    def broken(data: Any, path: str, lang: str) -> int:
        Path(path).write_bytes(b"%PDF-1.4 half a report")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(report_build, "write_pdf", broken)
    with pytest.raises(BoothError, match="No space left"):
        report(demo, target)
    assert list(folder.iterdir()) == []
    monkeypatch.undo()

    cancel = Progress()
    seen: list[str] = []

    def on_progress(done: int, total: int, message: str) -> None:
        seen.append(message)
        if message == "Writing the PDF":
            cancel.cancel()

    cancel._callback = on_progress  # type: ignore[attr-defined]
    with pytest.raises(Cancelled):
        report(demo, target, progress=cancel)
    assert list(folder.iterdir()) == []
    assert seen[0].startswith("Counting")

    result = report(demo, target)  # and a plain run replaces nothing but writes it
    assert result.path == target and target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in folder.iterdir()] == ["report.pdf"]


def test_report_names_what_the_ministry_asked_for(demo: Database) -> None:
    with demo.reader() as session:
        data = collect_report(session, currency="IDR", rates=RATES, now=NOW, top_mous=3)
        every = collect_report(session, currency="IDR", rates=RATES, now=NOW, top_mous=100)
        event = require_event(session)
    # The demo's meetings sign MoUs of their own (up to USD 2 million): the three largest
    # of all, largest first, and ours among them in the order of their value in IDR.
    assert len(every.top_mous) == every.mous and data.top_mous == every.top_mous[:3]
    converted = [row.converted for row in every.top_mous if row.converted is not None]
    assert converted == sorted(converted, reverse=True)
    ours = (ARABIC_VISITOR, CHINESE_VISITOR, DEVANAGARI_VISITOR)
    assert [row.visitor for row in every.top_mous if row.visitor in ours] == list(ours)
    top = next(row for row in every.top_mous if row.visitor == ARABIC_VISITOR)
    assert (top.amount, top.currency, top.converted) == (
        Decimal("1000000.00"), "EUR", Decimal("17600500000.00"))
    assert data.generated_at.utcoffset() == timedelta(hours=4)
    assert (data.start, data.end) == (event.start_date, event.end_date)


def test_the_postgresql_hub_gives_the_same_figures(pg_fresh_url: str, tmp_path: Path) -> None:
    """The same demo pavilion (same seed) on the hub and in a SQLite file: every figure of
    the report agrees (the hub groups check-ins by minute with its own SQL)."""
    figures = []
    for target in (pg_fresh_url, tmp_path / "same.sqlite"):
        db = Database(target)
        try:
            with db.session() as session:
                create_demo(session, db.stamp(), 250, today=date(2025, 1, 29))
            with db.reader() as session:
                data = collect_report(session, currency="IDR", rates=RATES, now=NOW)
            figures.append((data.totals(), data.checkins_by_day_hour, data.by_country,
                            data.by_category,
                            [(m.code, m.leads, m.hot, m.meetings, m.mous, m.value)
                             for m in data.manufacturers],
                            # equal values may come in either order (ties go by lead id)
                            sorted((m.code, m.visitor, m.amount) for m in data.top_mous)))
        finally:
            db.dispose()
    hub, local = figures
    assert hub == local
    assert hub[0]["checkins"] > 100 and 20 >= len(hub[-1]) > 0
