"""The report's words in English or Bahasa Indonesia (resources/translations/
report_<lang>.json) and how it writes numbers, money, rates, dates, time zones,
countries and visitor categories in each."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import cache
from typing import Any, Literal

import pycountry

from booth_app.core.countries import country_name
from booth_app.core.errors import InputError
from booth_app.paths import resource_path

Lang = Literal["en", "id"]
LANGUAGES: tuple[str, ...] = ("en", "id")


@cache
def labels(lang: str) -> dict[str, Any]:
    """The report's words in `lang` (resources/translations/report_<lang>.json)."""
    if lang not in LANGUAGES:
        raise InputError("The report is written in en or id, not {lang!r}.", lang=lang)
    path = resource_path("translations", f"report_{lang}.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def format_number(value: int | float | Decimal, lang: str, places: int = 0) -> str:
    """1,234.50 in English, 1.234,50 in Indonesian."""
    text = f"{Decimal(value):,.{places}f}"
    if lang == "id":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def format_money(amount: Decimal, currency: str, lang: str) -> str:
    return f"{currency} {format_number(amount, lang, 2)}".strip()


def format_rate(rate: Decimal, lang: str) -> str:
    """A rate as the coordinator gave it, grouped: 16,250 or 0.0000615 (never rounded)."""
    text = f"{rate.normalize():,f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if lang == "id":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def format_date(day: date, lang: str) -> str:
    return f"{day.day} {labels(lang)['months'][day.month - 1]} {day.year}"


def format_dates(start: date, end: date, lang: str) -> str:
    """27-30 January 2027; 30 January - 2 February 2027; across years in full."""
    months = labels(lang)["months"]
    if start == end:
        return format_date(start, lang)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}\u2013{end.day} {months[end.month - 1]} {end.year}"
    if start.year == end.year:
        return f"{start.day} {months[start.month - 1]} \u2013 {format_date(end, lang)}"
    return f"{format_date(start, lang)} \u2013 {format_date(end, lang)}"


def short_day(day: date, lang: str) -> str:
    words = labels(lang)
    return (f"{words['weekdays_short'][day.weekday()]} {day.day} "
            f"{words['months_short'][day.month - 1]}")


def utc_offset(moment: datetime) -> str:
    offset = moment.utcoffset() or timedelta(0)
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


@cache
def _country_names(lang: str) -> Any:
    import gettext

    if lang == "en":
        return gettext.NullTranslations()
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
    except OSError:
        return gettext.NullTranslations()


def country_label(code: str, lang: str) -> str:
    if not code:
        return str(labels(lang)["no_country"])
    name = country_name(code)
    country = pycountry.countries.get(alpha_2=code)
    if lang != "en" and country is not None:
        name = _country_names(lang).gettext(getattr(country, "common_name", None) or country.name)
    return name


def category_label(category: str, lang: str) -> str:
    return str(labels(lang)["categories"].get(category or "other", category))
