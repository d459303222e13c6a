"""How one manufacturer's leads look in a file: the columns and XLSX here, CSV in
core.exports.csv_lines, vCard in core.exports.vcard, by the rules below.

The columns, in this order (CSV and XLSX; a stable set that CRMs map by header):

    First name, Last name, Company, Job title, Email, Phone, Country code (ISO 3166
    alpha-2), Country (its English name), Rating (Hot, Warm, Cold or empty), Stage
    (New, Contacted, Meeting, Quotation, MoU signed, Won, Lost), Products (names, "; "
    between them, alphabetical), then one "Q: <question>" column per qualifier question
    of that manufacturer (in the form's order; a multiple choice answer joins its
    options with "; "; a number answer is a number), then Notes, Follow-up action,
    Follow-up date (YYYY-MM-DD), Value (a plain number, two decimals, "." as the
    decimal point), Currency (ISO 4217), Captured at, Captured by (the staff member),
    Device (the laptop's name), Consent to contact (yes/no), Lead ID.

- Captured at: CSV gives ISO 8601 in the event's local time with its UTC offset,
  `2027-01-27T10:42:00+04:00`. XLSX has no time zones, so the cell is a real
  date-time in the event's local time and the header names the zone, "Captured at
  (Asia/Dubai)".
- Names: a visitor's stored given and family names when both are filled and both
  appear in the full name (so a renamed visitor is not exported under the old split).
  Otherwise the full name is split: the first word is the first name, the rest the
  last name ("Mohammed Al Hashimi" -> "Mohammed" / "Al Hashimi"). A one-word name
  ("Sukarno", "محمد") and any name in Chinese, Japanese or Korean script ("王伟") go
  whole into the last name, never cut apart: CRMs (Salesforce, HubSpot) require a last
  name and accept an empty first name. The full name is kept as typed in the vCard.
- Spreadsheet safety (OWASP "CSV injection"): a text cell that starts with `=`, `+`,
  `-`, `@`, a tab or a carriage return (or their full-width forms, which East Asian
  Excel also reads as formulas) gets a single quote in front in the CSV, so Excel
  shows it as text: a phone written "+971 4 123 4567" reads "'+971 4 123 4567" there.
  Numbers (value, number answers), dates and times are never changed. XLSX cells are
  typed: such text is written as a text cell, which Excel never evaluates, exactly as
  typed and with Excel's "quote prefix" style, so it stays text even when someone edits
  the cell; no visible quote is needed there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import IO, Any
from zoneinfo import ZoneInfo

from booth_app.core.countries import country_name
from booth_app.core.exports.xlsx_writer import SheetWriter, XlsxColumn
from booth_app.core.leads.vocabulary import STAGE_LABELS
from booth_app.core.progress import NO_PROGRESS, Progress

# A cell starting with one of these is read as a formula by a spreadsheet.
FORMULA_STARTS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")
RATING_LABELS = {"hot": "Hot", "warm": "Warm", "cold": "Cold", "": ""}
HEAD = ("First name", "Last name", "Company", "Job title", "Email", "Phone", "Country code",
        "Country", "Rating", "Stage", "Products")
TAIL = ("Notes", "Follow-up action", "Follow-up date", "Value", "Currency", "Captured at",
        "Captured by", "Device", "Consent to contact", "Lead ID")
PRODUCT_SEPARATOR = "; "
REPORT_EVERY = 1000
# Width in characters of each fixed XLSX column (questions: from their answers).
_WIDTHS = dict(zip(HEAD + TAIL, (14, 18, 30, 24, 30, 18, 8, 20, 8, 12, 36,
                                 40, 24, 12, 14, 9, 17, 18, 16, 10, 34), strict=True))


def formula_like(text: str) -> bool:
    """Would a spreadsheet read this text as a formula?"""
    return text[:1] in FORMULA_STARTS


def neutralise(text: str) -> str:
    """A text cell made safe for a CSV opened in a spreadsheet (OWASP: a leading ')."""
    return "'" + text if text[:1] in FORMULA_STARTS else text


def _cjk(text: str) -> bool:
    # Han, Hiragana, Katakana and Hangul: written family name first, mostly without a
    # space, so there is no telling where to cut.
    return any("\u1100" <= ch <= "\u11ff" or "\u2e80" <= ch <= "\u9fff"
               or "\uac00" <= ch <= "\ud7af" or "\uf900" <= ch <= "\ufaff"
               or "\U00020000" <= ch <= "\U0003134f" for ch in text)


def split_name(name: str, given: str = "", family: str = "") -> tuple[str, str]:
    """(first name, last name) for a CRM; see the module docstring for the rule."""
    name, given, family = name.strip(), given.strip(), family.strip()
    if given and family and given in name and family in name:
        return given, family
    if not name:
        return given, family
    words = name.split()
    if len(words) == 1 or _cjk(name):
        return "", name
    return words[0], " ".join(words[1:])


@dataclass(frozen=True)
class QuestionColumn:
    id: str
    text: str
    kind: str  # single, multi, text or number


@dataclass(frozen=True)
class Sheet:
    """What is the same for every lead of one file: whose leads, and the questions."""

    event_name: str
    timezone: str
    exhibitor_code: str
    exhibitor_name: str
    questions: tuple[QuestionColumn, ...] = ()

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def headers(self, fmt: str = "csv") -> list[str]:
        captured = f"Captured at ({self.timezone})" if fmt == "xlsx" else "Captured at"
        tail = [captured if header == "Captured at" else header for header in TAIL]
        return [*HEAD, *question_headers(self.questions), *tail]


def question_headers(questions: Sequence[QuestionColumn]) -> list[str]:
    """"Q: <text>" per question; a repeated text gets " (2)", " (3)" so every header
    stays unique (a CSV read by header name would lose a column otherwise)."""
    seen: dict[str, int] = {}
    headers = []
    for question in questions:
        header = f"Q: {question.text}"
        seen[header] = seen.get(header, 0) + 1
        headers.append(header if seen[header] == 1 else f"{header} ({seen[header]})")
    return headers


@dataclass(slots=True)
class LeadRecord:
    """One lead as it is exported (typed values; formats turn them into cells)."""

    lead_id: str
    full_name: str
    first_name: str
    last_name: str
    company: str
    job_title: str
    email: str
    phone: str
    country: str  # ISO 3166 alpha-2 or ""
    rating: str  # hot, warm, cold or ""
    stage: str
    notes: str
    follow_up_action: str
    follow_up_date: date | None
    value: Decimal | None
    currency: str
    captured_at: datetime  # aware
    captured_by: str
    device: str
    consent: bool
    products: list[str] = field(default_factory=list)
    answers: dict[str, Any] = field(default_factory=dict)  # question id -> stored value


# A lead's fields in a LeadTable row, its visitor's among them, in this order.
LEAD_FIELDS = ("lead_id", "name", "given_name", "family_name", "company", "job_title",
               "email", "phone", "country", "rating", "stage", "notes", "follow_up_action",
               "follow_up_date", "value", "currency", "captured_at", "captured_by_id",
               "consent", "device_id")
_CENT = Decimal("0.01")


def utc_moment(value: Any) -> datetime:
    """A stored time (SQLite's naive UTC text, PostgreSQL's datetime) as aware UTC."""
    if isinstance(value, str):
        return datetime.fromisoformat(value + "+00:00")  # naive UTC text, in one step
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def stored_day(value: Any) -> date | None:
    """A stored date (SQLite's text, PostgreSQL's date) or None."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def stored_amount(value: Any) -> Decimal | None:
    """A stored amount as a Decimal of two places: SQLite keeps NUMERIC as an integer or
    a float."""
    if value is None or isinstance(value, Decimal):
        return value
    return Decimal(str(value)).quantize(_CENT)


class Memo(dict[Any, Any]):
    """What `make` gives for a value, made the first time the value is seen."""

    def __init__(self, make: Callable[[Any], Any]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, key: Any) -> Any:
        made = self[key] = self.make(key)
        return made


@dataclass
class LeadTable:
    """One manufacturer's live leads as read (core.exports.rows), before any cell is made.

    `leads` holds one row per lead, LEAD_FIELDS in that order, oldest capture first,
    with the values as the database driver gave them (SQLite: times and dates as text,
    amounts as numbers; PostgreSQL: its own types). The rest is kept by column, the
    shape the CSV writer works in:

    - `products`: the products ticked on a lead as a bit set, bit i standing for
      `product_names[i]` (the manufacturer's products); a lead with none is absent.
    - `answers`: per question id, each lead's answer, hashable (a choice list as a
      tuple of texts, yes/no as "yes"/"no"), so a writer can keep each distinct
      answer's cell.
    - `captured_on`: the laptop that captured a lead where it is not the lead's own
      `device_id` (the laptop that last saved it).

    `records()` gives the typed LeadRecords the XLSX and vCard writers use.
    """

    leads: list[Any] = field(default_factory=list)
    products: dict[str, int] = field(default_factory=dict)  # lead id -> bit set
    product_names: tuple[str, ...] = ()
    answers: dict[str, dict[str, Any]] = field(default_factory=dict)  # question -> lead -> value
    staff: dict[Any, str] = field(default_factory=dict)  # staff id -> name; None -> ""
    devices: dict[str, str] = field(default_factory=dict)  # device id -> the laptop's name
    captured_on: dict[str, str] = field(default_factory=dict)  # lead id -> capturing device id

    def __len__(self) -> int:
        return len(self.leads)

    def product_list(self, ticked: int) -> list[str]:
        """The names of a bit set's products, alphabetical (ignoring case)."""
        names = [name for bit, name in enumerate(self.product_names) if ticked >> bit & 1]
        names.sort(key=str.casefold)
        return names

    def records(self) -> list[LeadRecord]:
        """The leads as typed records, in the same order."""
        answers = self.answers
        staff, devices, captured_on = self.staff, self.devices, self.captured_on
        products = Memo(self.product_list)  # the same few sets recur
        ticked = self.products
        amounts = Memo(stored_amount)  # amounts repeat: each is made once
        records = []
        append = records.append
        for (lead_id, name, given, family, company, title, email, phone, country, rating,
             stage, notes, action, follow_date, value, currency, captured_at, by, consent,
             device_id) in self.leads:
            append(LeadRecord(
                lead_id, name, *split_name(name, given, family), company, title, email,
                phone, country, rating, stage, notes, action, stored_day(follow_date),
                amounts[value], currency, utc_moment(captured_at), staff.get(by, ""),
                devices.get(captured_on.get(lead_id, device_id), ""), bool(consent),
                list(products[ticked.get(lead_id, 0)]),
                {question: column[lead_id] for question, column in answers.items()
                 if lead_id in column}))
        return records


def answer_value(value: Any) -> str | int | float | None:
    """A stored answer as one cell: text, or a number for a number question."""
    if value is None or value == "" or value == []:
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return value
    if isinstance(value, list | tuple):
        return PRODUCT_SEPARATOR.join(str(item) for item in value)
    return str(value)


def country_names() -> Callable[[str], str]:
    """country_name, each code looked up once per file."""
    return Memo(country_name).__getitem__


# -- XLSX --------------------------------------------------------------------------------


def xlsx_cells(record: LeadRecord, sheet: Sheet, zone: ZoneInfo,
               country: Callable[[str], str]) -> list[Any]:
    """One sheet row: text as typed (the writer marks formula-like text), a real
    number for the value, real dates, the capture time in the event's local time."""
    cells: list[Any] = [
        record.first_name, record.last_name, record.company, record.job_title, record.email,
        record.phone, record.country, country(record.country),
        RATING_LABELS.get(record.rating, record.rating),
        STAGE_LABELS.get(record.stage, record.stage), PRODUCT_SEPARATOR.join(record.products)]
    cells += [answer_value(record.answers.get(q.id)) for q in sheet.questions]
    cells += [record.notes, record.follow_up_action, record.follow_up_date, record.value,
              record.currency,
              record.captured_at.astimezone(zone).replace(tzinfo=None, microsecond=0),
              record.captured_by, record.device, "yes" if record.consent else "no",
              record.lead_id]
    return cells


def xlsx_columns(sheet: Sheet, records: Sequence[LeadRecord]) -> list[XlsxColumn]:
    """Typed columns with widths: fixed ones by what they hold, a question's by its
    header and its first few hundred answers."""
    columns = [XlsxColumn(header, "text", _WIDTHS[header]) for header in HEAD]
    sample = records[:300]
    for question, header in zip(sheet.questions, question_headers(sheet.questions),
                                strict=True):
        longest = max((len(str(answer_value(r.answers.get(question.id)) or ""))
                       for r in sample), default=0)
        width = min(max(len(header), longest, 8) + 2, 50)
        columns.append(XlsxColumn(header, "number" if question.kind == "number" else "text",
                                  width))
    kinds = {"Follow-up date": "date", "Value": "money", "Captured at": "datetime"}
    for header, shown in zip(TAIL, sheet.headers("xlsx")[-len(TAIL):], strict=True):
        columns.append(XlsxColumn(shown, kinds.get(header, "text"),
                                  max(_WIDTHS[header], len(shown) + 2)))
    return columns


def write_xlsx(stream: IO[bytes], sheet: Sheet, records: Sequence[LeadRecord], *,
               progress: Progress = NO_PROGRESS, done: int = 0, total: int = 0) -> None:
    writer = SheetWriter(stream, xlsx_columns(sheet, records), sheet_name="Leads",
                         title=f"Leads of {sheet.exhibitor_name} at {sheet.event_name}",
                         quote_prefix=formula_like)
    try:
        zone, country = sheet.zone, country_names()
        total = total or len(records)
        for number, record in enumerate(records):
            if number % REPORT_EVERY == 0:
                progress.report(done + number, total, f"Writing {sheet.exhibitor_code}")
            writer.add(xlsx_cells(record, sheet, zone, country))
    except BaseException:
        writer.abort()
        raise
    writer.close()
