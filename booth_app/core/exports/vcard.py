"""Leads as vCards 3.0 (RFC 2426), one card per lead in one file: N, FN, ORG, TITLE,
EMAIL, TEL, ADR (country only), NOTE (where the lead was taken, rating, stage, products,
answers, follow-up, value, notes) and UID (the lead id); text escaped and long lines
folded at 75 bytes without cutting a character in two.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import IO

from booth_app.core.exports.formats import (
    PRODUCT_SEPARATOR,
    RATING_LABELS,
    REPORT_EVERY,
    LeadRecord,
    Sheet,
    answer_value,
    country_names,
)
from booth_app.core.leads.vocabulary import STAGE_LABELS
from booth_app.core.progress import NO_PROGRESS, Progress


def vcard_text(text: str) -> str:
    """A TEXT value escaped as RFC 2426 says: backslash, comma, semicolon, newline."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return (text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
            .replace("\n", "\\n"))


def fold_line(line: str) -> str:
    """A content line folded at 75 bytes (CRLF and a space), never inside a character."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts, start, limit = [], 0, 75
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and data[end] & 0xC0 == 0x80:  # a UTF-8 continuation byte
            end -= 1
        parts.append(data[start:end].decode("utf-8"))
        start, limit = end, 74  # a continuation line starts with the space
    return "\r\n ".join(parts)


def _money(value: Decimal) -> str:
    return f"{value:,.2f}"


def vcard_note(record: LeadRecord, sheet: Sheet) -> str:
    local = record.captured_at.astimezone(sheet.zone)
    lines = [f"Lead of {sheet.exhibitor_name} ({sheet.exhibitor_code}) at {sheet.event_name}, "
             f"{local:%Y-%m-%d %H:%M} ({sheet.timezone})"]
    if record.rating:
        lines.append(f"Rating: {RATING_LABELS.get(record.rating, record.rating)}")
    lines.append(f"Stage: {STAGE_LABELS.get(record.stage, record.stage)}")
    if record.products:
        lines.append(f"Products: {PRODUCT_SEPARATOR.join(record.products)}")
    for question in sheet.questions:
        value = answer_value(record.answers.get(question.id))
        if value is not None:
            lines.append(f"{question.text}: {value}")
    follow_up = " ".join(part for part in (
        record.follow_up_action,
        f"({record.follow_up_date.isoformat()})" if record.follow_up_date else "") if part)
    if follow_up:
        lines.append(f"Follow-up: {follow_up}")
    if record.value is not None:
        lines.append(f"Value: {_money(record.value)} {record.currency}".rstrip())
    if record.captured_by:
        lines.append(f"Met by: {record.captured_by}")
    if record.notes:
        lines.append(f"Notes: {record.notes}")
    return "\n".join(lines)


def vcard(record: LeadRecord, sheet: Sheet, country: Callable[[str], str]) -> str:
    """One vCard 3.0 for a lead (CRLF line ends)."""
    full = record.full_name or " ".join(p for p in (record.first_name, record.last_name) if p)
    lines = ["BEGIN:VCARD", "VERSION:3.0",
             f"N:{vcard_text(record.last_name)};{vcard_text(record.first_name)};;;",
             f"FN:{vcard_text(full or record.email or 'Lead')}"]
    if record.company:
        lines.append(f"ORG:{vcard_text(record.company)}")
    if record.job_title:
        lines.append(f"TITLE:{vcard_text(record.job_title)}")
    if record.email:
        lines.append(f"EMAIL;TYPE=INTERNET:{vcard_text(record.email)}")
    if record.phone:
        lines.append(f"TEL;TYPE=VOICE:{vcard_text(record.phone)}")
    if record.country:
        lines.append(f"ADR;TYPE=WORK:;;;;;;{vcard_text(country(record.country))}")
    lines += [f"NOTE:{vcard_text(vcard_note(record, sheet))}",
              f"UID:{vcard_text(record.lead_id)}", "END:VCARD"]
    return "".join(fold_line(line) + "\r\n" for line in lines)


def write_vcards(stream: IO[bytes], sheet: Sheet, records: Sequence[LeadRecord], *,
                 progress: Progress = NO_PROGRESS, done: int = 0, total: int = 0) -> None:
    """Every lead's card, one after the other, in one UTF-8 file."""
    country = country_names()
    total = total or len(records)
    for start in range(0, len(records), REPORT_EVERY):
        progress.report(done + start, total, f"Writing {sheet.exhibitor_code}")
        stream.write("".join(vcard(record, sheet, country)
                             for record in records[start:start + REPORT_EVERY])
                     .encode("utf-8"))
