"""The CSV writer's lines against the plain rule, for any text a visitor or a booth
could type: every text cell neutralised (a leading quote before a formula start), then
the row written by csv.writer. The writer works column by column and quotes by hand
(core.exports.csv_lines.CsvLines); this holds it to csv.writer byte for byte."""

from __future__ import annotations

import csv
import io
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import given as for_any
from hypothesis import strategies as st

from booth_app.core.countries import country_name
from booth_app.core.exports.csv_lines import CsvLines
from booth_app.core.exports.formats import (
    PRODUCT_SEPARATOR,
    RATING_LABELS,
    LeadTable,
    QuestionColumn,
    Sheet,
    answer_value,
    neutralise,
    split_name,
)
from booth_app.core.leads.vocabulary import STAGE_LABELS

# What makes a cell special: the separator, quotes, line breaks, formula starts (and
# their full-width forms), white space, letters of other scripts.
TEXT = st.text(alphabet=st.sampled_from(list(',"\r\n=+-@\t \uff1d\uff0bab\u00e9\u738b\u0645')),
               max_size=8)
QUESTIONS = (QuestionColumn("q-choice", "Budget, ready?", "single"),
             QuestionColumn("q-number", "=Beds", "number"))
ANSWER = st.one_of(st.none(), TEXT, st.integers(-5, 5), st.sampled_from([1.0, 2.5, -0.5]),
                   st.lists(TEXT, min_size=1, max_size=2).map(tuple))
NAMES = st.one_of(
    st.tuples(TEXT, TEXT, TEXT),
    # The full name made of the stored given and family names, as the booth keeps them
    # (or with white space around them, as an old import may have left them).
    st.tuples(TEXT, TEXT, st.sampled_from([" ", "  ", "\t"])).map(
        lambda parts: (f"{parts[0]}{parts[2]}{parts[1]}", parts[0], parts[1])),
    st.tuples(TEXT, TEXT).map(lambda parts: (f" {parts[0]} {parts[1]} ", f" {parts[0]}",
                                             f"{parts[1]} ")))
LEAD = st.fixed_dictionaries({
    "names": NAMES, "company": TEXT, "title": TEXT,
    "email": TEXT, "phone": TEXT, "country": st.sampled_from(["", "AE", "ID", "CN"]),
    "rating": st.sampled_from(list(RATING_LABELS)),
    "stage": st.sampled_from(list(STAGE_LABELS)),
    "notes": TEXT, "action": TEXT, "day": st.sampled_from([None, "2027-02-03"]),
    "value": st.sampled_from([None, 250000, 1500.5, 0]),
    "currency": st.sampled_from(["", "USD", "=X"]),
    "minute": st.integers(0, 59), "second": st.integers(0, 59),
    "by": st.sampled_from([None, "s1", "s2"]), "consent": st.booleans(),
    "device": st.sampled_from(["d1", "d2"]), "ticked": st.integers(0, 7),
    "answers": st.tuples(ANSWER, ANSWER)})


def _table(leads: list[dict[str, Any]], staff: list[str], devices: list[str],
           products: list[str]) -> LeadTable:
    table = LeadTable(staff={None: "", "": "", "s1": staff[0], "s2": staff[1]},
                      devices={"d1": devices[0], "d2": devices[1]},
                      product_names=tuple(products))
    for number, lead in enumerate(leads):
        lead_id = f"{number:032x}"
        table.leads.append((
            lead_id, *lead["names"], lead["company"],
            lead["title"], lead["email"], lead["phone"], lead["country"], lead["rating"],
            lead["stage"], lead["notes"], lead["action"], lead["day"], lead["value"],
            lead["currency"], f"2027-01-27 06:{lead['minute']:02d}:{lead['second']:02d}.000000",
            lead["by"], int(lead["consent"]), lead["device"]))
        if lead["ticked"]:
            table.products[lead_id] = lead["ticked"]
        for question, answer in zip(QUESTIONS, lead["answers"], strict=True):
            if answer is not None:
                table.answers.setdefault(question.id, {})[lead_id] = answer
    return table


def _expected(sheet: Sheet, table: LeadTable) -> str:
    """The rule, written the plain way: neutralised text cells through csv.writer."""
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow([neutralise(header) for header in sheet.headers("csv")])
    for (lead_id, name, given, family, company, title, email, phone, country, rating, stage,
         notes, action, day, value, currency, captured, by, consent, device) in table.leads:
        first, last = split_name(name, given, family)
        answers = []
        for question in QUESTIONS:
            shown = answer_value(table.answers.get(question.id, {}).get(lead_id))
            answers.append("" if shown is None else neutralise(shown)
                           if isinstance(shown, str) else str(shown))
        writer.writerow([
            *map(neutralise, (first, last, company, title, email, phone, country,
                              country_name(country), RATING_LABELS[rating],
                              STAGE_LABELS[stage], PRODUCT_SEPARATOR.join(
                                  table.product_list(table.products.get(lead_id, 0))))),
            *answers, neutralise(notes), neutralise(action), day or "",
            "" if value is None else f"{value:.2f}", neutralise(currency),
            f"2027-01-27T10:{captured[14:19]}+04:00", neutralise(table.staff[by]),
            neutralise(table.devices[device]), "yes" if consent else "no", lead_id])
    return out.getvalue()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@for_any(leads=st.lists(LEAD, min_size=1, max_size=12),
       staff=st.lists(TEXT, min_size=2, max_size=2),
       devices=st.lists(TEXT, min_size=2, max_size=2),
       products=st.lists(TEXT, min_size=3, max_size=3))
def test_csv_lines_are_csv_writer_of_the_neutralised_cells(
        leads: list[dict[str, Any]], staff: list[str], devices: list[str],
        products: list[str]) -> None:
    sheet = Sheet("Arab Health", "Asia/Dubai", "MEDIKA", "PT Medika", QUESTIONS)
    table = _table(leads, staff, devices, products)
    lines = CsvLines(sheet, table)
    # Two blocks, as the writer sends them: what a column holds is judged per block.
    middle = len(table.leads) // 2
    got = (lines.header(sheet.headers("csv")) + lines.text(table.leads[:middle])
           + lines.text(table.leads[middle:]))
    assert got == _expected(sheet, table)
