"""A manufacturer's leads as CSV (the columns and the rules: core.exports.formats).

UTF-8 with a BOM, comma separated, CRLF line ends, a field quoted only where
csv.writer quotes it, text cells neutralised. At 100,000 leads this has to be close
to raw csv.writer (DESIGN.md: under 3 s), so the lines are made column by column, a
block of rows at a time, mostly in C: see CsvLines. A property test holds the lines to
csv.writer of the neutralised cells (tests/core/test_export_csv_lines.py).
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator, Sequence
from datetime import timedelta
from itertools import repeat
from operator import itemgetter
from typing import IO, Any

from booth_app.core.countries import country_name
from booth_app.core.exports.formats import (
    FORMULA_STARTS,
    PRODUCT_SEPARATOR,
    RATING_LABELS,
    REPORT_EVERY,
    LeadTable,
    Memo,
    Sheet,
    answer_value,
    neutralise,
    split_name,
    stored_amount,
    utc_moment,
)
from booth_app.core.leads.vocabulary import STAGE_LABELS
from booth_app.core.progress import NO_PROGRESS, Progress


class _AnswerCells(Memo):
    """An answer's cell per distinct answer, for a column holding fractional numbers:
    numbers are not kept, as 1.0 would find the cell of 1 (they are equal keys) and
    show as "1"."""

    def __missing__(self, key: Any) -> Any:
        if type(key) is int or type(key) is float:
            return str(key)  # a number as it is, never neutralised
        made = self[key] = self.make(key)
        return made


def csv_quoted(text: str) -> str:
    """A field as csv.writer writes it (QUOTE_MINIMAL): in double quotes, its own
    doubled, when it holds a comma, a double quote or a line break."""
    if "," in text or '"' in text or "\n" in text or "\r" in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def csv_cell(text: str) -> str:
    """A text cell for the CSV: neutralised, then quoted where it must be."""
    return csv_quoted(neutralise(text))


def _text_column(values: Sequence[str], *, neutral: bool = True) -> Sequence[str]:
    """A column of text cells made safe (see csv_cell), each looked at only when the
    column as a whole holds something to change."""
    if neutral and not FORMULA_STARTS.isdisjoint(map(_FIRST_CHARACTER, values)):
        starts = FORMULA_STARTS
        values = ["'" + value if value[:1] in starts else value for value in values]
    whole = "".join(values)
    if "," in whole or '"' in whole or "\n" in whole or "\r" in whole:
        values = ['"' + value.replace('"', '""') + '"'
                  if "," in value or '"' in value or "\n" in value or "\r" in value else value
                  for value in values]  # csv_quoted, inline: no call per value
    return values


_FIRST_CHARACTER = itemgetter(slice(0, 1))


class CsvLines:
    """Turns a LeadTable's rows into CSV text: text cells neutralised, numbers, dates and
    times as they are, fields quoted where csv.writer quotes them.

    The work goes column by column, a block of rows at a time, mostly in C (map, zip,
    join): a column of free text is checked as a whole and changed only where it holds
    a formula start, a comma, a quote or a line break; what repeats down a column
    (countries, labels, answers, products, amounts, dates, staff, laptops, the minute
    of a capture) is a cell worked out once per distinct value. Every line is the same
    as csv.writer's would be.
    """

    def __init__(self, sheet: Sheet, table: LeadTable) -> None:
        self.table = table
        self.zone = sheet.zone
        self.question_ids = [question.id for question in sheet.questions]
        self.countries = Memo(lambda code: csv_cell(code) + "," + csv_cell(country_name(code)))
        self.ratings = Memo(lambda key: csv_cell(RATING_LABELS.get(key, key)))
        self.stages = Memo(lambda key: csv_cell(STAGE_LABELS.get(key, key)))
        self.currencies = Memo(csv_cell)
        self.staff = Memo(lambda key: csv_cell(table.staff.get(key, "")))
        self.devices = Memo(lambda key: csv_cell(table.devices.get(key, "")))
        self.products = Memo(lambda ticked: csv_cell(
            PRODUCT_SEPARATOR.join(table.product_list(ticked))))
        self.answers = Memo(self._answer)  # texts, choices and whole numbers
        self.fractional_answers = _AnswerCells(self._answer)
        self.amounts = Memo(lambda value: format(stored_amount(value), "f"))
        self.amounts[None] = ""
        self.days = Memo(lambda day: day[:10] if type(day) is str else day.isoformat())
        self.days[None] = ""
        self.consents = Memo(lambda consent: "yes" if consent else "no")
        self.minutes = Memo(self._minute)

    @staticmethod
    def _answer(value: Any) -> str:
        shown = answer_value(value)
        return "" if shown is None else csv_cell(shown) if isinstance(shown, str) else str(shown)

    def _minute(self, minute: str) -> tuple[str, str] | None:
        """The local minute ("2027-01-27T10:42") and offset ("+04:00") of a minute of
        naive UTC text ("2027-01-27 06:42"); None when the offset changes within the
        minute or is not whole minutes (each time is then converted on its own)."""
        start = utc_moment(minute)
        local, later = start.astimezone(self.zone), start + timedelta(seconds=59)
        offset = local.utcoffset()
        if (offset is None or offset != later.astimezone(self.zone).utcoffset()
                or offset % timedelta(minutes=1)):
            return None
        text = local.isoformat(timespec="seconds")
        return text[:16], text[19:]

    def local(self, stored: Any) -> str:
        """A stored UTC time as ISO 8601 in the event's zone with its offset."""
        return utc_moment(stored).astimezone(self.zone).isoformat(timespec="seconds")

    def header(self, headers: list[str]) -> str:
        return ",".join(csv_cell(header) for header in headers) + "\r\n"

    def _times(self, stored: Sequence[Any]) -> list[str]:
        """The capture times in the event's zone: SQLite's text ("2027-01-27
        06:42:07.123456") as its local minute, its seconds and the offset."""
        minutes, local = self.minutes, self.local
        try:
            return [minute[0] + at[16:19] + minute[1]
                    if len(at) > 18 and (minute := minutes[at[:16]]) else local(at)
                    for at in stored]
        except TypeError:  # PostgreSQL's datetimes
            return [local(at) for at in stored]

    def _answer_column(self, answers: dict[str, Any], lead_ids: Sequence[str]) -> Iterator[str]:
        """One question's cells for these leads."""
        values = list(map(answers.get, lead_ids))
        cells = self.fractional_answers if float in map(type, values) else self.answers
        return map(cells.__getitem__, values)

    def text(self, leads: Sequence[Any]) -> str:
        """The CSV lines of these rows of the table, each ending in CRLF."""
        if not leads:
            return ""
        table = self.table
        (lead_ids, names, givens, families, companies, titles, emails, phones, countries,
         ratings, stages, notes, actions, follow_dates, values, currencies, captured,
         by, consents, device_ids) = zip(*leads, strict=True)
        # A visitor's stored given and family names (split_name's first rule, inline for
        # names stored trimmed, as the booth stores them), or split_name.
        firsts, lasts = zip(*[(given, family)
                              if given and family and given in name and family in name
                              and given.strip() == given and family.strip() == family
                              else split_name(name, given, family)
                              for name, given, family in zip(names, givens, families, strict=True)],
                            strict=True)
        ticked = table.products
        columns = [
            _text_column(firsts), _text_column(lasts), _text_column(companies),
            _text_column(titles), _text_column(emails), _text_column(phones),
            map(self.countries.__getitem__, countries),
            map(self.ratings.__getitem__, ratings), map(self.stages.__getitem__, stages),
            map(self.products.__getitem__, map(ticked.get, lead_ids, repeat(0))),
            *(self._answer_column(table.answers.get(question, {}), lead_ids)
              for question in self.question_ids),
            _text_column(notes), _text_column(actions),
            map(self.days.__getitem__, follow_dates), map(self.amounts.__getitem__, values),
            map(self.currencies.__getitem__, currencies), self._times(captured),
            map(self.staff.__getitem__, by),
            map(self.devices.__getitem__, map(table.captured_on.get, lead_ids, device_ids)),
            map(self.consents.__getitem__, consents), _text_column(lead_ids, neutral=False)]
        return "\r\n".join(map(",".join, zip(*columns, strict=True))) + "\r\n"


def write_csv(stream: IO[bytes], sheet: Sheet, table: LeadTable, *,
              progress: Progress = NO_PROGRESS, done: int = 0, total: int = 0) -> None:
    """UTF-8 with a BOM (Excel then reads the accents and scripts right), comma
    separated, CRLF line ends, every field quoted only when it must be."""
    lines = CsvLines(sheet, table)
    stream.write(codecs.BOM_UTF8 + lines.header(sheet.headers("csv")).encode("utf-8"))
    leads, total = table.leads, total or len(table)
    for start in range(0, len(leads), REPORT_EVERY):
        progress.report(done + start, total, f"Writing {sheet.exhibitor_code}")
        stream.write(lines.text(leads[start:start + REPORT_EVERY]).encode("utf-8"))


