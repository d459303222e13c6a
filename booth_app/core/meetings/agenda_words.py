"""The agendas' words in English and Bahasa Indonesia, and the days and times they print.

Months, weekdays, visitor categories and "Page 3 of 7" come from the results report's
word lists (core.report.formatting.labels), so both documents say them alike; the words
only agendas use are here.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from booth_app.core.report.formatting import (
    category_label,
    format_date,
    format_dates,
    labels,
    short_day,
    utc_offset,
)

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "agenda": "Agenda",
        "buyer": "Buyer",
        "manufacturer": "Manufacturer",
        "time": "Time",
        "table": "Table",
        "code": "Code",
        "organisation": "Organisation",
        "category": "Category",
        "made": "Made {when}",
        "times_in": "Times in {zone} ({offset})",
        "meetings": "{count} meetings",
        "one_meeting": "1 meeting",
        "no_meetings": "No meetings are scheduled.",
        "grid": "Master grid",
        "tables_of": "Tables {first}\u2013{last} of {total}",
        "slots_of": "Slots {first}\u2013{last}",
        "changes": "Changes",
        "changes_since": "Changes since {when}",
        "change": "Change",
        "new": "New",
        "moved": "Moved",
        "cancelled": "Cancelled",
        "changes_count": "{count} changes",
        "one_change": "1 change",
        "no_changes": "No meeting changed since then.",
        "changes_note": "New and moved meetings show their time and table now; cancelled "
                        "ones the time and table they had.",
        "day": "Day",
        "table_at": "Table {table}",
    },
    "id": {
        "agenda": "Agenda",
        "buyer": "Pembeli",
        "manufacturer": "Produsen",
        "time": "Waktu",
        "table": "Meja",
        "code": "Kode",
        "organisation": "Organisasi",
        "category": "Kategori",
        "made": "Dibuat {when}",
        "times_in": "Waktu {zone} ({offset})",
        "meetings": "{count} pertemuan",
        "one_meeting": "1 pertemuan",
        "no_meetings": "Tidak ada pertemuan terjadwal.",
        "grid": "Jadwal induk",
        "tables_of": "Meja {first}\u2013{last} dari {total}",
        "slots_of": "Slot {first}\u2013{last}",
        "changes": "Perubahan",
        "changes_since": "Perubahan sejak {when}",
        "change": "Perubahan",
        "new": "Baru",
        "moved": "Dipindah",
        "cancelled": "Dibatalkan",
        "changes_count": "{count} perubahan",
        "one_change": "1 perubahan",
        "no_changes": "Tidak ada pertemuan yang berubah sejak saat itu.",
        "changes_note": "Pertemuan baru dan yang dipindah menunjukkan waktu dan meja terbaru; "
                        "yang dibatalkan menunjukkan waktu dan meja semula.",
        "day": "Hari",
        "table_at": "Meja {table}",
    },
}


class Words:
    """The fixed words of one language, and the dates and times written in it."""

    def __init__(self, lang: str) -> None:
        self.report = labels(lang)  # refuses a language other than en or id
        self.lang = lang
        self.words = WORDS[lang]

    def __call__(self, key: str, **values: Any) -> str:
        return self.words[key].format(**values)

    def page(self, page: int, pages: int) -> str:
        return str(self.report["page"]).format(page=page, pages=pages)

    def count(self, count: int, one: str, many: str) -> str:
        return self(one) if count == 1 else self(many, count=count)

    def category(self, category: str) -> str:
        return category_label(category, self.lang) if category else ""

    def day(self, day: date) -> str:
        """Wed 27 January 2027 / Rab 27 Januari 2027."""
        return f"{self.report['weekdays_short'][day.weekday()]} {format_date(day, self.lang)}"

    def short_day(self, day: date) -> str:
        """Wed 27 Jan."""
        return short_day(day, self.lang)

    def days(self, days: Iterable[date]) -> str:
        """One day in full; days in a row as 27-28 January 2027; others listed."""
        ordered = sorted(set(days))
        if not ordered:
            return ""
        if len(ordered) == 1:
            return self.day(ordered[0])
        if (ordered[-1] - ordered[0]).days == len(ordered) - 1:
            return format_dates(ordered[0], ordered[-1], self.lang)
        return ", ".join(self.short_day(day) for day in ordered) + f" {ordered[-1].year}"

    def moment(self, local: datetime) -> str:
        """27 January 2027, 09:15 (UTC+04:00): a moment in the event's zone."""
        return f"{format_date(local.date(), self.lang)}, {local:%H:%M} ({utc_offset(local)})"

    def zone(self, name: str, local: datetime) -> str:
        return self("times_in", zone=name, offset=utc_offset(local))


def span(start: datetime, end: datetime) -> str:
    """10:00-10:20 (both local); an end on a later day keeps its own clock time."""
    return f"{start:%H:%M}\u2013{end:%H:%M}"

