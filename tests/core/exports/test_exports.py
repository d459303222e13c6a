"""Lead exports read back as a manufacturer's sales team would open them: CSV through the
csv module, XLSX through openpyxl, vCards through vobject, ZIPs through zipfile and
pyzipper (with the password, and refused with a wrong one)."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import pyzipper
import vobject
from sqlalchemy import delete as sa_delete
from sqlalchemy import insert, select, update

from booth_app.core.errors import Cancelled, InputError
from booth_app.core.events import require_event
from booth_app.core.exhibitors.manufacturers import add_exhibitor, add_product
from booth_app.core.exhibitors.staff import add_staff
from booth_app.core.exports.formats import split_name
from booth_app.core.exports.lead_exports import (
    AUDIT_ACTION,
    ExportExists,
    check_format,
    export_all,
    export_leads,
    folder_name,
    log_export,
    safe_name,
)
from booth_app.core.exports.vcard import fold_line
from booth_app.core.exports.xlsx_writer import MAX_TEXT, XlsxColumn, write_xlsx
from booth_app.core.leads.capture import capture_for_visitor
from booth_app.core.leads.fields import Catalogue, LeadFields
from booth_app.core.leads.summary import lead_summary
from booth_app.core.progress import Progress
from booth_app.core.visitors.register import VisitorFields, add_visitor
from booth_app.storage.database import Database
from booth_app.storage.ids import new_id
from booth_app.storage.models import (
    Answer,
    AuditLog,
    Device,
    Exhibitor,
    Lead,
    LeadInteraction,
    LeadProduct,
    Product,
    Question,
    Visitor,
)

T0 = datetime(2027, 1, 27, 6, 42, tzinfo=UTC)  # 10:42 in Dubai (UTC+4)
FORMULAS = ["=cmd|' /C calc'!A0", "+1+1", "-2", "@SUM(A1)", "\tx"]
HEADERS = ["First name", "Last name", "Company", "Job title", "Email", "Phone", "Country code",
           "Country", "Rating", "Stage", "Products", "Q: Budget ready?", "Q: Wards",
           "Q: Number of beds", "Q: Remark", "Notes", "Follow-up action", "Follow-up date",
           "Value", "Currency", "Captured at", "Captured by", "Device", "Consent to contact",
           "Lead ID"]


def _raw_visitor(session: Any, event_id: str, name: str, number: int) -> Visitor:
    """A visitor written as sync could bring one: no form cleaned the name."""
    visitor = Visitor(event_id=event_id, code=f"RAW{number:05d}", name=name,
                      organization=name, sort_name=name.casefold(), search_text="")
    session.add(visitor)
    session.flush()
    return visitor


@pytest.fixture
def pavilion(event_db: Database) -> dict[str, Any]:
    """MEDIKA (products, four questions, Dewi) with leads from Siti, an Arabic, a Chinese
    and formula-like visitors; SEHAT with leads of its own (one of them Siti again);
    KOSONG without any lead."""
    ids: dict[str, Any] = {"medika_leads": [], "sehat_leads": []}
    with event_db.session() as session:
        event = require_event(session)
        medika = add_exhibitor(session, code="MEDIKA", name="PT Medika Nusantara", booth="B10")
        sehat = add_exhibitor(session, code="SEHAT", name="PT Sehat: Sentosa / Jaya*",
                              booth="B12")
        add_exhibitor(session, code="KOSONG", name="PT Kosong", booth="B14")
        for name in ("Patient Monitor PM-7", "Hospital Bed HB-200", "Infusion Pump IP-3"):
            add_product(session, medika, name)
        add_product(session, sehat, "Surgical Mask")
        session.add_all([
            Question(exhibitor_id=medika.id, text="Budget ready?", kind="single",
                     options=["Yes", "Next year", "No"], position=1),
            Question(exhibitor_id=medika.id, text="Wards", kind="multi",
                     options=["ICU", "ER", "Maternity"], position=2),
            Question(exhibitor_id=medika.id, text="Number of beds", kind="number", position=3),
            Question(exhibitor_id=medika.id, text="Remark", kind="text", position=4),
            Question(exhibitor_id=sehat.id, text="Masks per month", kind="number", position=1),
        ])
        dewi = add_staff(session, name="Dewi Lestari", pin="2468", exhibitor_code="MEDIKA")
        session.flush()
        siti = add_visitor(session, VisitorFields.parse(
            name="Siti Rahma", given_name="Siti", family_name="Rahma",
            organization="RS Harapan Kita", job_title="Head of Procurement",
            email="siti@harapan.example", phone="+971 4 123 4567", country="AE"))
        arab = add_visitor(session, VisitorFields.parse(
            name="محمد بن راشد آل مكتوم", organization="مستشفى الواحة", country="AE",
            email="mohammed@oasis.example"))
        han = add_visitor(session, VisitorFields.parse(name="王伟", organization="北京协和医院",
                                                       country="CN"))
        catalogue = Catalogue.load(session, medika.id)
        questions = {q.text: q.id for q in catalogue.questions}
        fields = LeadFields.parse(
            catalogue, rating="hot", stage="mou", notes="Wants 20 beds, ICU; quote\nby Friday",
            follow_up_action="Send quotation", follow_up_date="2027-02-03", value="250000",
            currency="usd", consent_contact=True,
            products=["Hospital Bed HB-200", "Patient Monitor PM-7"],
            answers={questions["Budget ready?"]: "Yes", questions["Wards"]: ["ER", "ICU"],
                     questions["Number of beds"]: "-2", questions["Remark"]: "-2 rooms"})
        lead = capture_for_visitor(session, medika, siti, staff_id=dewi.id, now=T0,
                                   fields=fields).lead
        ids["siti_lead"] = lead.id
        ids["medika_leads"].append(lead.id)
        for number, visitor in enumerate([arab, han], start=1):
            got = capture_for_visitor(session, medika, visitor, now=T0 + timedelta(minutes=number))
            ids["medika_leads"].append(got.lead.id)
        for number, name in enumerate(FORMULAS, start=10):
            visitor = _raw_visitor(session, event.id, name, number)
            got = capture_for_visitor(session, medika, visitor,
                                      now=T0 + timedelta(minutes=number))
            ids["medika_leads"].append(got.lead.id)
        sehat_catalogue = Catalogue.load(session, sehat.id)
        for number, visitor in enumerate([siti, han]):
            got = capture_for_visitor(session, sehat, visitor, now=T0 + timedelta(hours=number),
                                      fields=LeadFields.parse(
                                          sehat_catalogue, rating="cold",
                                          products=["Surgical Mask"], notes="SEHAT only"))
            ids["sehat_leads"].append(got.lead.id)
        ids.update(medika=medika.id, sehat=sehat.id, siti=siti.id, dewi=dewi.id,
                   event=event.id)
    return ids


def exhibitor(db: Database, code: str) -> Exhibitor:
    with db.reader() as session:
        found = session.scalars(select(Exhibitor).where(Exhibitor.code == code)).one()
    return found


def export(db: Database, code: str, path: Path, fmt: str, **options: Any) -> Any:
    with db.reader() as session:
        return export_leads(session, exhibitor(db, code), path, fmt, **options)


def read_csv(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 with a BOM, for Excel"
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder of its own (the database lives beside it in tmp_path)."""
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


# -- CSV ------------------------------------------------------------------------------------


def test_csv_holds_the_documented_columns_and_the_lead_as_captured(
        event_db: Database, pavilion: dict[str, Any], tmp_path: Path) -> None:
    result = export(event_db, "MEDIKA", tmp_path / "medika.csv", "csv")
    assert result.count == len(pavilion["medika_leads"]) == 8
    data = (tmp_path / "medika.csv").read_bytes()
    header = next(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert header == HEADERS
    rows = read_csv(data)
    assert [row["Lead ID"] for row in rows] == pavilion["medika_leads"]  # oldest first
    siti = rows[0]
    assert {key: siti[key] for key in HEADERS if key != "Lead ID"} == {
        "First name": "Siti", "Last name": "Rahma", "Company": "RS Harapan Kita",
        "Job title": "Head of Procurement", "Email": "siti@harapan.example",
        "Phone": "'+971 4 123 4567",  # neutralised: it starts with "+"
        "Country code": "AE", "Country": "United Arab Emirates", "Rating": "Hot",
        "Stage": "MoU signed", "Products": "Hospital Bed HB-200; Patient Monitor PM-7",
        "Q: Budget ready?": "Yes", "Q: Wards": "ICU; ER", "Q: Number of beds": "-2",
        "Q: Remark": "'-2 rooms", "Notes": "Wants 20 beds, ICU; quote\nby Friday",
        "Follow-up action": "Send quotation", "Follow-up date": "2027-02-03",
        "Value": "250000.00", "Currency": "USD",
        "Captured at": "2027-01-27T10:42:00+04:00", "Captured by": "Dewi Lestari",
        "Device": event_db.device_name, "Consent to contact": "yes"}
    moment = datetime.fromisoformat(siti["Captured at"])
    assert moment == T0 and moment.utcoffset() == timedelta(hours=4)
    with event_db.reader() as session:
        assert result.count == lead_summary(session, pavilion["medika"]).total


def test_the_capture_time_follows_the_events_time_zone(
        db: Database, make_event: Any, tmp_path: Path) -> None:
    make_event(db, name="HealthConnect Jakarta", timezone="Asia/Jakarta")
    with db.session() as session:
        maker = add_exhibitor(session, code="ALKES", name="PT Alkes")
        visitor = add_visitor(session, VisitorFields.parse(name="Budi Santoso"))
        capture_for_visitor(session, maker, visitor, now=T0)
    rows = read_csv(export(db, "ALKES", tmp_path / "a.csv", "csv").path.read_bytes())
    assert rows[0]["Captured at"] == "2027-01-27T13:42:00+07:00"


@pytest.mark.parametrize(("timezone", "captures", "expected"), [
    # Düsseldorf (MEDICA): summer time starts at 01:00 UTC on 28 March 2027, within a
    # few seconds of these captures.
    ("Europe/Berlin", [datetime(2027, 3, 28, 0, 59, 59, 999_999, tzinfo=UTC),
                       datetime(2027, 3, 28, 1, 0, 0, tzinfo=UTC),
                       datetime(2027, 10, 31, 0, 59, 30, tzinfo=UTC),
                       datetime(2027, 10, 31, 1, 0, 30, tzinfo=UTC)],
     ["2027-03-28T01:59:59+01:00", "2027-03-28T03:00:00+02:00",
      "2027-10-31T02:59:30+02:00", "2027-10-31T02:00:30+01:00"]),
    # Kathmandu keeps UTC+05:45; Lord Howe Island moves by half an hour.
    ("Asia/Kathmandu", [datetime(2027, 1, 27, 6, 42, 7, tzinfo=UTC)],
     ["2027-01-27T12:27:07+05:45"]),
    ("Australia/Lord_Howe", [datetime(2027, 4, 3, 14, 59, 59, tzinfo=UTC),
                             datetime(2027, 4, 3, 15, 0, 1, tzinfo=UTC)],
     ["2027-04-04T01:59:59+11:00", "2027-04-04T01:30:01+10:30"]),
])
def test_capture_times_keep_the_offset_of_their_own_moment(
        db: Database, make_event: Any, tmp_path: Path, timezone: str,
        captures: list[datetime], expected: list[str]) -> None:
    make_event(db, name="MEDICA", timezone=timezone)
    with db.session() as session:
        maker = add_exhibitor(session, code="ALKES", name="PT Alkes")
        for number, moment in enumerate(captures):
            visitor = add_visitor(session, VisitorFields.parse(name=f"Visitor {number}"))
            capture_for_visitor(session, maker, visitor, now=moment)
    rows = read_csv(export(db, "ALKES", tmp_path / "a.csv", "csv").path.read_bytes())
    assert [row["Captured at"] for row in rows] == expected
    assert [datetime.fromisoformat(row["Captured at"]) for row in rows] == [
        moment.replace(microsecond=0) for moment in captures]


def test_csv_lines_are_what_csv_writer_makes_of_the_same_cells(
        event_db: Database, pavilion: dict[str, Any], tmp_path: Path) -> None:
    """Quoting only where a cell needs it (a comma, a quote, a line break), doubled
    quotes, CRLF line ends: any CSV reader gets the cells back."""
    with event_db.session() as session:
        siti = session.get(Lead, pavilion["siti_lead"])
        assert siti is not None
        siti.notes = 'Said "call me", then left\r\nback at 3'
        arab = session.get(Lead, pavilion["medika_leads"][1])
        assert arab is not None
        arab.follow_up_action = "Visit, with samples"  # the line's only comma in a cell
        han = session.get(Lead, pavilion["medika_leads"][2])
        assert han is not None
        han.notes = 'Wants the 24" monitor'  # a quote alone
        for lead_id, notes in zip(pavilion["medika_leads"][3:5],
                                  ("line\nbreak", "carriage\rreturn"), strict=True):
            lead = session.get(Lead, lead_id)
            assert lead is not None
            lead.notes = notes
    data = export(event_db, "MEDIKA", tmp_path / "m.csv", "csv").path.read_bytes()
    text = data.decode("utf-8-sig")
    cells = list(csv.reader(io.StringIO(text, newline="")))
    again = io.StringIO(newline="")
    csv.writer(again).writerows(cells)
    assert text == again.getvalue()
    assert {len(row) for row in cells} == {len(HEADERS)}
    rows = [dict(zip(HEADERS, row, strict=True)) for row in cells[1:]]
    assert rows[0]["Notes"] == 'Said "call me", then left\r\nback at 3'
    assert rows[1]["Follow-up action"] == "Visit, with samples"
    assert [row["Notes"] for row in rows[2:5]] == [
        'Wants the 24" monitor', "line\nbreak", "carriage\rreturn"]


def test_equal_answers_of_different_kinds_each_show_as_stored(
        event_db: Database, pavilion: dict[str, Any], tmp_path: Path) -> None:
    """1, 1.0 and true are equal to Python; each answer still shows as it was given (as
    sync from an older laptop could bring them)."""
    with event_db.session() as session:
        remark = session.scalars(select(Question).where(Question.text == "Remark")).one()
        session.execute(sa_delete(Answer).where(Answer.question_id == remark.id))
        for lead_id, value in zip(pavilion["medika_leads"][:5],
                                  (1, 1.0, True, [1, "ICU"], 1), strict=True):
            session.add(Answer(lead_id=lead_id, question_id=remark.id, value={"value": value}))
    rows = read_csv(export(event_db, "MEDIKA", tmp_path / "m.csv", "csv").path.read_bytes())
    assert [row["Q: Remark"] for row in rows[:5]] == ["1", "1.0", "yes", "1; ICU", "1"]
    sheet = openpyxl.load_workbook(export(event_db, "MEDIKA", tmp_path / "m.xlsx",
                                          "xlsx").path).active
    column = HEADERS.index("Q: Remark")
    assert [row[column].value for row in sheet.iter_rows(min_row=2, max_row=6)] == [
        1, 1, "yes", "1; ICU", 1]


def test_formula_like_text_is_neutralised_in_csv_and_numbers_are_not(
        event_db: Database, pavilion: dict[str, Any], tmp_path: Path) -> None:
    rows = read_csv(export(event_db, "MEDIKA", tmp_path / "m.csv", "csv").path.read_bytes())
    by_company = {row["Company"]: row for row in rows}
    names = {"=cmd|' /C calc'!A0": ("'=cmd|'", "/C calc'!A0"), "+1+1": ("", "'+1+1"),
             "-2": ("", "'-2"), "@SUM(A1)": ("", "'@SUM(A1)"),
             "\tx": ("", "x")}  # white space around a name is trimmed
    for name in FORMULAS:
        row = by_company["'" + name]  # the company cell: one quote, nothing else changed
        assert (row["First name"], row["Last name"]) == names[name]
    for row in rows:
        for key, cell in row.items():
            assert cell[:1] not in ("=", "+", "@", "\t", "\r"), (key, cell)
            if cell.startswith("-"):
                assert key == "Q: Number of beds" and cell == "-2"  # a real number
    assert by_company["RS Harapan Kita"]["Value"] == "250000.00"


# -- names ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "given", "family", "expected"), [
    ("Siti Rahma", "Siti", "Rahma", ("Siti", "Rahma")),
    ("Mohammed Al Hashimi", "", "", ("Mohammed", "Al Hashimi")),
    ("Jan van der Berg", "", "", ("Jan", "van der Berg")),
    ("Sukarno", "", "", ("", "Sukarno")),
    ("Sukarno", "Sukarno", "", ("", "Sukarno")),
    ("محمد", "", "", ("", "محمد")),
    ("محمد بن راشد آل مكتوم", "", "", ("محمد", "بن راشد آل مكتوم")),
    ("王伟", "伟", "王", ("伟", "王")),  # stored parts that match the name are used
    ("王伟", "", "", ("", "王伟")),
    ("山田 太郎", "", "", ("", "山田 太郎")),
    ("김민준", "", "", ("", "김민준")),
    ("Budi Santoso", "Budi", "Hartono", ("Budi", "Santoso")),  # renamed: stale parts
])
def test_names_split_for_crms_without_mangling(name: str, given: str, family: str,
                                               expected: tuple[str, str]) -> None:
    assert split_name(name, given, family) == expected


def test_arabic_and_chinese_names_come_out_intact_in_every_format(
        event_db: Database, pavilion: dict[str, Any], tmp_path: Path) -> None:
    rows = read_csv(export(event_db, "MEDIKA", tmp_path / "m.csv", "csv").path.read_bytes())
    assert ("محمد", "بن راشد آل مكتوم", "مستشفى الواحة") in {
        (r["First name"], r["Last name"], r["Company"]) for r in rows}
    assert ("", "王伟", "北京协和医院", "China") in {
        (r["First name"], r["Last name"], r["Company"], r["Country"]) for r in rows}
    sheet = openpyxl.load_workbook(export(event_db, "MEDIKA", tmp_path / "m.xlsx",
                                          "xlsx").path).active
    values = {cell.value for row in sheet.iter_rows() for cell in row}
    assert {"محمد", "بن راشد آل مكتوم", "مستشفى الواحة", "王伟", "北京协和医院"} <= values
    cards = list(vobject.readComponents(
        export(event_db, "MEDIKA", tmp_path / "m.vcf", "vcf").path.read_text("utf-8")))
    assert {card.fn.value for card in cards} >= {"محمد بن راشد آل مكتوم", "王伟"}


# -- XLSX -----------------------------------------------------------------------------------


def test_xlsx_has_typed_cells_a_styled_frozen_filtered_header_and_widths(
        event_db: Database, pavilion: dict[str, Any], tmp_path: Path) -> None:
    path = export(event_db, "MEDIKA", tmp_path / "medika.xlsx", "xlsx").path
    book = openpyxl.load_workbook(path)
    sheet = book.active
    headers = [cell.value for cell in sheet[1]]
    assert headers == [h if h != "Captured at" else "Captured at (Asia/Dubai)" for h in HEADERS]
    assert all(cell.font.b for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(len(HEADERS))}9"
    assert sheet.max_row == 9
    widths = {sheet.column_dimensions[c.column_letter].width for c in sheet[1]}
    assert min(widths) >= 8 and max(widths) <= 50 and len(widths) > 3
    cells = {header: cell for header, cell in zip(headers, sheet[2], strict=True)}
    value = cells["Value"]
    assert (value.value, value.data_type) == (250000, "n")
    assert value.number_format == "#,##0.00"
    captured = cells["Captured at (Asia/Dubai)"]
    assert captured.value == datetime(2027, 1, 27, 10, 42)  # Dubai time, as the header says
    assert captured.is_date
    follow_up = cells["Follow-up date"]
    assert follow_up.is_date and follow_up.value.date() == date(2027, 2, 3)
    assert cells["Q: Number of beds"].value == -2 and cells["Q: Number of beds"].data_type == "n"
    assert cells["Notes"].value == "Wants 20 beds, ICU; quote\nby Friday"
    phone = cells["Phone"]
    assert (phone.value, phone.data_type) == ("+971 4 123 4567", "s")  # text, as typed


def test_formula_like_text_stays_text_in_xlsx(event_db: Database, pavilion: dict[str, Any],
                                              tmp_path: Path) -> None:
    path = export(event_db, "MEDIKA", tmp_path / "m.xlsx", "xlsx").path
    sheet = openpyxl.load_workbook(path).active
    by_company = {row[2].value: row for row in sheet.iter_rows(min_row=2)}
    assert by_company["=cmd|' /C calc'!A0"][0].value == "=cmd|'"  # first name
    assert by_company["=cmd|' /C calc'!A0"][0].quotePrefix
    for name in FORMULAS:
        cell = by_company[name][2]  # the company: exactly as typed, no visible quote
        assert cell.value == name
        assert cell.data_type == "s"  # a text cell: Excel shows it, never runs it
        assert cell.quotePrefix  # and keeps it text when someone edits the cell
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    assert not by_company["RS Harapan Kita"][0].quotePrefix  # "Siti": no mark needed


def test_the_xlsx_writer_keeps_awkward_text_and_values(tmp_path: Path) -> None:
    path = tmp_path / "w.xlsx"
    long_text = "x" * (MAX_TEXT + 100)
    rows = [["<b>&amp;</b>", " padded ", "bell\x07removed", long_text, Decimal("1.50"),
             2.25, True, None, ""]]
    with path.open("wb") as handle:
        write_xlsx(handle, [XlsxColumn(f"c{i}") for i in range(9)], rows,
                   sheet_name="Leads: all/[x]")
    book = openpyxl.load_workbook(path)
    sheet = book.active
    assert sheet.title == "Leads  all  x"
    values = [cell.value for cell in sheet[2]]
    assert values[:7] == ["<b>&amp;</b>", " padded ", "bellremoved", "x" * MAX_TEXT, 1.5,
                          2.25, True]
    assert values[7:] == [None, None]


# -- vCard ----------------------------------------------------------------------------------


def test_vcards_read_back_with_every_field(event_db: Database, pavilion: dict[str, Any],
                                           tmp_path: Path) -> None:
    path = export(event_db, "MEDIKA", tmp_path / "medika.vcf", "vcf").path
    text = path.read_bytes().decode("utf-8")
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    cards = list(vobject.readComponents(text))
    assert len(cards) == 8
    siti = cards[0]
    assert siti.version.value == "3.0"
    assert (siti.n.value.family, siti.n.value.given) == ("Rahma", "Siti")
    assert siti.fn.value == "Siti Rahma"
    assert siti.org.value == ["RS Harapan Kita"]
    assert siti.title.value == "Head of Procurement"
    assert siti.email.value == "siti@harapan.example"
    assert siti.tel.value == "+971 4 123 4567"  # no quote in a vCard
    assert siti.adr.value.country == "United Arab Emirates"
    assert siti.uid.value == pavilion["siti_lead"]
    note = siti.note.value
    for expected in ("PT Medika Nusantara (MEDIKA)", "2027-01-27 10:42 (Asia/Dubai)",
                     "Rating: Hot", "Stage: MoU signed",
                     "Products: Hospital Bed HB-200; Patient Monitor PM-7",
                     "Wards: ICU; ER", "Follow-up: Send quotation (2027-02-03)",
                     "Value: 250,000.00 USD", "Notes: Wants 20 beds, ICU; quote\nby Friday"):
        assert expected in note
    names = {card.fn.value for card in cards}
    assert set(FORMULAS[:-1]) <= names  # kept as typed (the tab one: "x" after unfolding)


def test_folding_never_cuts_a_character() -> None:
    line = "NOTE:" + "محمد الهاشمي، " * 20
    folded = fold_line(line)
    parts = folded.split("\r\n ")
    assert len(parts) > 1
    assert all(len(part.encode("utf-8")) <= 75 for part in parts)
    assert "".join(parts) == line


# -- isolation ------------------------------------------------------------------------------


def test_a_manufacturers_file_holds_its_own_leads_only(
        event_db: Database, pavilion: dict[str, Any], tmp_path: Path) -> None:
    with event_db.session() as session:
        # A tick pointing at another manufacturer's product (as a bad merge could
        # leave) and a deleted lead must not show.
        mask = session.scalars(select(Product).where(Product.name == "Surgical Mask")).one()
        session.add(LeadProduct(lead_id=pavilion["siti_lead"], product_id=mask.id))
        deleted = session.get(Lead, pavilion["medika_leads"][-1])
        assert deleted is not None
        deleted.deleted = True
    for fmt in ("csv", "xlsx", "vcf"):
        sehat = export(event_db, "SEHAT", tmp_path / f"sehat.{fmt}", fmt).path
        medika = export(event_db, "MEDIKA", tmp_path / f"medika.{fmt}", fmt).path
        assert _lead_ids(sehat, fmt) == pavilion["sehat_leads"]
        assert _lead_ids(medika, fmt) == pavilion["medika_leads"][:-1]
    rows = read_csv((tmp_path / "sehat.csv").read_bytes())
    assert list(rows[0])[11] == "Q: Masks per month"  # its question, none of MEDIKA's
    assert all("Budget" not in key for key in rows[0])
    assert {row["Products"] for row in rows} == {"Surgical Mask"}
    siti = read_csv((tmp_path / "medika.csv").read_bytes())[0]
    assert "Surgical Mask" not in siti["Products"]
    medika_text = (tmp_path / "medika.csv").read_text("utf-8-sig")
    assert "SEHAT only" not in medika_text


def _lead_ids(path: Path, fmt: str) -> list[str]:
    if fmt == "csv":
        return [row["Lead ID"] for row in read_csv(path.read_bytes())]
    if fmt == "xlsx":
        sheet = openpyxl.load_workbook(path).active
        return [row[-1].value for row in sheet.iter_rows(min_row=2)]
    return [card.uid.value for card in vobject.readComponents(path.read_text("utf-8"))]


# -- every manufacturer in one ZIP ----------------------------------------------------------


def test_the_zip_has_a_folder_per_manufacturer_with_only_its_leads(
        event_db: Database, pavilion: dict[str, Any], tmp_path: Path) -> None:
    with event_db.reader() as session:
        result = export_all(session, tmp_path / "all.zip", "csv")
    assert (result.count, result.encrypted, result.archive) == (10, False, True)
    with zipfile.ZipFile(tmp_path / "all.zip") as archive:
        names = sorted(archive.namelist())
        assert names == ["KOSONG - PT Kosong/KOSONG leads.csv",
                         "MEDIKA - PT Medika Nusantara/MEDIKA leads.csv", "README.txt",
                         "SEHAT - PT Sehat_ Sentosa _ Jaya_/SEHAT leads.csv"]
        files = {name.split(" - ")[0]: archive.read(name) for name in names if "/" in name}
        readme = archive.read("README.txt").decode("utf-8")
    assert [r["Lead ID"] for r in read_csv(files["MEDIKA"])] == pavilion["medika_leads"]
    assert [r["Lead ID"] for r in read_csv(files["SEHAT"])] == pavilion["sehat_leads"]
    empty = files["KOSONG"].decode("utf-8-sig").splitlines()
    assert len(empty) == 1 and empty[0].startswith("First name,Last name,")
    assert "KOSONG - PT Kosong" in readme and "MEDIKA - PT Medika Nusantara" in readme
    assert [p.count for p in result.parts] == [0, 8, 2]


def test_a_password_zip_is_aes_encrypted_and_opens_only_with_the_password(
        event_db: Database, pavilion: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "all.zip"
    with event_db.reader() as session:
        result = export_all(session, path, "xlsx", password="Pavilion-2027 rahasia")
    assert result.encrypted
    with zipfile.ZipFile(path) as plain:
        infos = plain.infolist()
        assert len(infos) == 4 and all(info.flag_bits & 0x1 for info in infos)  # encrypted
        assert {info.compress_type for info in infos} == {99}  # WinZip AES
        with pytest.raises(RuntimeError, match="password required"):
            plain.read("README.txt")
        with pytest.raises(NotImplementedError):  # a tool without AES, even with it
            plain.read("README.txt", pwd=b"Pavilion-2027 rahasia")
    with pyzipper.AESZipFile(path) as archive:
        archive.setpassword(b"Pavilion-2027 rahasia")
        member = "MEDIKA - PT Medika Nusantara/MEDIKA leads.xlsx"
        sheet = openpyxl.load_workbook(io.BytesIO(archive.read(member))).active
        assert [row[-1].value for row in sheet.iter_rows(min_row=2)] == pavilion["medika_leads"]
        archive.setpassword(b"wrong password")
        with pytest.raises(RuntimeError):
            archive.read(member)
    assert b"Siti" not in path.read_bytes() and b"Rahma" not in path.read_bytes()


def test_manufacturer_names_become_safe_folder_names() -> None:
    assert safe_name('PT A/B: "Medika" <Jaya>?*|') == "PT A_B_ _Medika_ _Jaya____"
    assert safe_name("CON") == "_CON"
    assert safe_name(" ..trailing dots.. ") == "trailing dots"
    assert safe_name("\u202eevil\u202c name") == "evil name"  # no bidi overrides
    assert len(safe_name("x" * 500)) == 80
    assert folder_name(Exhibitor(code="MEDIKA", name="PT Médika — Jakarta")) == (
        "MEDIKA - PT Médika — Jakarta")


# -- files: never overwritten, never half-written --------------------------------------------


def test_an_existing_file_is_refused_unless_replacing_was_asked(
        event_db: Database, pavilion: dict[str, Any], out: Path) -> None:
    path = out / "medika.csv"
    path.write_text("the sales team's own notes")
    for fmt in ("csv", "xlsx"):
        with pytest.raises(ExportExists, match="already exists"):
            export(event_db, "MEDIKA", path, fmt)
    with event_db.reader() as session, pytest.raises(ExportExists):
        export_all(session, path, "csv")
    assert path.read_text() == "the sales team's own notes"
    assert sorted(p.name for p in out.iterdir()) == ["medika.csv"]
    export(event_db, "MEDIKA", path, "csv", overwrite=True)
    assert len(read_csv(path.read_bytes())) == 8


def _cancel_after(reports: int) -> Progress:
    seen: list[int] = []
    progress = Progress(lambda done, total, message: seen.append(done))
    original = progress.report

    def report(done: int, total: int, message: str = "") -> None:
        original(done, total, message)
        if len(seen) >= reports:
            progress.cancel()

    progress.report = report  # type: ignore[method-assign]
    return progress


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "vcf"])
def test_a_cancelled_export_leaves_no_file_and_keeps_the_old_one(
        event_db: Database, pavilion: dict[str, Any], out: Path, fmt: str) -> None:
    new = out / f"new.{fmt}"
    with pytest.raises(Cancelled):
        export(event_db, "MEDIKA", new, fmt, progress=_cancel_after(1))
    assert list(out.iterdir()) == []  # no file, no temporary left over
    old = out / f"old.{fmt}"
    old.write_bytes(b"previous export")
    with pytest.raises(Cancelled):
        export(event_db, "MEDIKA", old, fmt, overwrite=True, progress=_cancel_after(1))
    assert old.read_bytes() == b"previous export"
    assert list(out.iterdir()) == [old]
    with event_db.reader() as session, pytest.raises(Cancelled):
        export_all(session, out / "all.zip", fmt, password="x",
                   progress=_cancel_after(3))
    assert list(out.iterdir()) == [old]


def test_progress_reaches_the_total(event_db: Database, pavilion: dict[str, Any],
                                    tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    with event_db.reader() as session:
        export_all(session, tmp_path / "all.zip", "csv",
                   progress=Progress(lambda done, total, _m: seen.append((done, total))))
    assert seen[-1] == (10, 10)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_bad_formats_and_folders_are_refused(event_db: Database, pavilion: dict[str, Any],
                                             out: Path) -> None:
    assert check_format("XLSX") == "xlsx" and check_format("vcard") == "vcf"
    with pytest.raises(InputError, match="csv, xlsx or vcf"):
        export(event_db, "MEDIKA", out / "m.pdf", "pdf")
    with pytest.raises(InputError, match="does not exist"):
        export(event_db, "MEDIKA", out / "missing" / "m.csv", "csv")
    with pytest.raises(InputError, match="is a folder"):
        export(event_db, "MEDIKA", out, "csv")
    with event_db.reader() as session, pytest.raises(InputError, match="password"):
        export_all(session, out / "all.zip", "csv", password="")
    if Path("/proc/self").is_dir():  # a folder nobody can create files in, even root
        with pytest.raises(InputError, match=r"Cannot write /proc/m\.csv"):
            export(event_db, "MEDIKA", Path("/proc/m.csv"), "csv")
    assert list(out.iterdir()) == []


# -- the audit log --------------------------------------------------------------------------


def test_an_export_is_logged_with_who_whose_how_many_and_the_format(
        event_db: Database, pavilion: dict[str, Any], tmp_path: Path) -> None:
    with event_db.reader() as session:
        one = export_leads(session, exhibitor(event_db, "MEDIKA"), tmp_path / "m.xlsx", "xlsx")
        every = export_all(session, tmp_path / "all.zip", "vcf", password="secret")
    with event_db.session() as session:
        log_export(session, one, staff_id=pavilion["dewi"])
        log_export(session, every)
    with event_db.reader() as session:
        rows = session.scalars(select(AuditLog).where(AuditLog.action == AUDIT_ACTION)
                               .order_by(AuditLog.id)).all()
        details = [(row.staff_id, row.entity_id, row.detail["exhibitor"], row.detail["rows"],
                    row.detail["format"], row.detail["encrypted"]) for row in rows]
    assert sorted(details, key=str) == sorted([
        (pavilion["dewi"], pavilion["medika"], "MEDIKA", 8, "xlsx", False),
        (None, pavilion["medika"], "MEDIKA", 8, "vcf", True),
        (None, pavilion["sehat"], "SEHAT", 2, "vcf", True),
        (None, exhibitor(event_db, "KOSONG").id, "KOSONG", 0, "vcf", True)], key=str)


def test_the_capturing_laptop_is_named(event_db: Database, pavilion: dict[str, Any],
                                       tmp_path: Path) -> None:
    event_db.set_device_name("Booth laptop B10")
    rows = read_csv(export(event_db, "SEHAT", tmp_path / "s.csv", "csv").path.read_bytes())
    assert {row["Device"] for row in rows} == {"Booth laptop B10"}



def test_a_lead_edited_on_another_laptop_names_the_laptop_that_captured_it(
        event_db: Database, pavilion: dict[str, Any], tmp_path: Path) -> None:
    """Siti's SEHAT lead was captured on the hall B laptop and then edited here (the
    lead row names this laptop as its last writer): the Device column names hall B.
    Scans before the capture (an earlier lead, deleted) and later ones do not count."""
    event_db.set_device_name("Booth laptop B10")
    hall_b, spare = new_id(), new_id()
    lead_id = pavilion["sehat_leads"][0]
    with event_db.session() as session:
        session.execute(insert(Device), [{"id": hall_b, "name": "Hall B laptop"},
                                         {"id": spare, "name": "Spare laptop"}])
        captured = session.get(Lead, lead_id).captured_at
        session.execute(update(LeadInteraction).where(LeadInteraction.lead_id == lead_id)
                        .values(device_id=hall_b))
        session.execute(insert(LeadInteraction), [
            {"id": new_id(), "lead_id": lead_id, "at": at, "kind": "scan", "note": "",
             "device_id": spare, "hlc": "", "created_at": at, "updated_at": at}
            for at in (captured - timedelta(hours=1), captured + timedelta(hours=1))])
    rows = read_csv(export(event_db, "SEHAT", tmp_path / "s.csv", "csv").path.read_bytes())
    assert {row["Lead ID"]: row["Device"] for row in rows} == {
        lead_id: "Hall B laptop", pavilion["sehat_leads"][1]: "Booth laptop B10"}
    sheet = openpyxl.load_workbook(export(event_db, "SEHAT", tmp_path / "s.xlsx", "xlsx").path)
    header, *cells = [[cell.value for cell in row] for row in sheet.active.iter_rows()]
    assert {row[header.index("Lead ID")]: row[header.index("Device")] for row in cells} == {
        lead_id: "Hall B laptop", pavilion["sehat_leads"][1]: "Booth laptop B10"}

# -- the PostgreSQL hub ---------------------------------------------------------------------


def test_exports_read_the_same_from_the_postgresql_hub(pg_fresh_url: str, make_event: Any,
                                                      tmp_path: Path) -> None:
    """The rows come from the driver's cursor: PostgreSQL hands back its own types
    (datetime, date, Decimal, decoded JSON) where SQLite gives text."""
    hub = Database(pg_fresh_url)
    try:
        make_event(hub)
        with hub.session() as session:
            maker = add_exhibitor(session, code="MEDIKA", name="PT Medika Nusantara")
            add_product(session, maker, "Hospital Bed HB-200")
            session.add(Question(exhibitor_id=maker.id, text="Wards", kind="multi",
                                 options=["ICU", "ER"], position=1))
            session.flush()
            catalogue = Catalogue.load(session, maker.id)
            siti = add_visitor(session, VisitorFields.parse(name="Siti Rahma",
                                                            phone="+62 21 555"))
            capture_for_visitor(session, maker, siti, now=T0, fields=LeadFields.parse(
                catalogue, value="1500.5", currency="EUR", follow_up_date="2027-02-03",
                products=["Hospital Bed HB-200"],
                answers={catalogue.questions[0].id: ["ER", "ICU"]}))
        with hub.reader() as session:
            medika = session.scalars(select(Exhibitor)).one()
            csv_path = export_leads(session, medika, tmp_path / "m.csv", "csv").path
            xlsx_path = export_leads(session, medika, tmp_path / "m.xlsx", "xlsx").path
    finally:
        hub.dispose()
    row = read_csv(csv_path.read_bytes())[0]
    assert (row["Last name"], row["Phone"], row["Value"], row["Follow-up date"],
            row["Captured at"], row["Products"], row["Q: Wards"]) == (
        "Rahma", "'+62 21 555", "1500.50", "2027-02-03", "2027-01-27T10:42:00+04:00",
        "Hospital Bed HB-200", "ICU; ER")
    cells = [cell.value for cell in openpyxl.load_workbook(xlsx_path).active[2]]
    assert datetime(2027, 1, 27, 10, 42) in cells and 1500.5 in cells
