"""The window's language: which one, its translations, its locale and direction, and
numbers, dates and money written the way that language writes them.

The language follows Settings, then BOOTH_LANG, then the system locale. Applying one
installs Booth's translation (resources/translations/booth_<lang>.qm, built by
scripts/translations.py) and Qt's own for its dialogs where PySide6 ships one, sets
the default QLocale and the application's layout direction. Installing a translator
sends every widget a LanguageChange event; the main window rebuilds itself on it.
"""

from __future__ import annotations

import gettext
import logging
import os
from datetime import date, datetime, time
from decimal import Decimal
from functools import cache
from pathlib import Path

import pycountry
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    Qt,
    QTime,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from booth_app import paths
from booth_app.core.countries import country_name as english_country_name
from booth_app.core.errors import BoothError
from booth_app.ui import settings

log = logging.getLogger(__name__)

SUPPORTED = ("en", "id", "ar")
# Each language's own name: a person finds theirs whatever the window speaks now.
NAMES = {"en": "English", "id": "Bahasa Indonesia", "ar": "العربية"}
# The locale behind numbers and dates. Arabic: the United Arab Emirates, whose CLDR
# data writes Latin digits (1,234.50) with Arabic month and day names; ar_SA and plain
# ar would write Arabic-Indic digits (١٬٢٣٤٫٥٠). Gulf software (banking, airlines,
# government portals in the UAE and Saudi Arabia) mostly shows Latin digits, and the
# badge codes and phone numbers a visitor compares with their badge are Latin anyway.
LOCALES = {"en": "en_GB", "id": "id_ID", "ar": "ar_AE"}
ENV = "BOOTH_LANG"

_translators: list[QTranslator] = []
_current = "en"


def supported(code: str | None) -> str | None:
    """'id', 'id_ID', 'in' (Java's old code), 'ar-AE', 'AR' -> a supported code or None."""
    if not code:
        return None
    base = code.strip().replace("-", "_").split("_")[0].split(".")[0].lower()
    base = {"in": "id"}.get(base, base)
    return base if base in SUPPORTED else None


def chosen_language() -> str:
    """Settings first, then BOOTH_LANG, then the system's locale; English otherwise."""
    for code in (settings.LANGUAGE.get(), os.environ.get(ENV)):
        if found := supported(code):
            return found
    for name in QLocale.system().uiLanguages():
        if found := supported(name):
            return found
    return "en"


def current_language() -> str:
    return _current


def is_rtl() -> bool:
    return _current == "ar"


def translations_dir() -> Path:
    return paths.resource_path("translations")


def qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def apply_language(code: str | None = None) -> str:
    """Install the language's translators, locale and direction; returns the code used."""
    global _current
    code = supported(code) or chosen_language()
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("apply_language needs the QApplication first")
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    # booth_en.qm holds only English plural forms ("1 visitor"). Qt ships no
    # qtbase_id.qm: its own dialogs then stay English in Indonesian.
    files = [translations_dir() / f"booth_{code}.qm"]
    if code != "en":
        files.append(qt_translations_dir() / f"qtbase_{code}.qm")
    for path in files:
        translator = QTranslator(app)
        if path.exists() and translator.load(str(path)):
            app.installTranslator(translator)
            _translators.append(translator)
        elif path.name.startswith("booth_"):
            log.warning("no translation %s (scripts/translations.py build makes it)", path)
    QLocale.setDefault(QLocale(LOCALES[code]))
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if code == "ar"
                               else Qt.LayoutDirection.LeftToRight)
    _current = code
    return code


def reset_language() -> None:
    """Back to no translation, the system's locale, left to right (tests end with it)."""
    global _current
    app = QCoreApplication.instance()
    for translator in _translators:
        if app is not None:
            app.removeTranslator(translator)
    _translators.clear()
    QLocale.setDefault(QLocale.system())
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    _current = "en"


# -- the core's messages -----------------------------------------------------------------

def error_text(exc: BaseException) -> str:
    """A refusal of the core in the window's language: its template translated (context
    "Core", listed in ui/core_words.py) and filled with its values; str(exc) when the
    message has no translation (English, or a message built at run time)."""
    template = getattr(exc, "template", None)
    if (not isinstance(exc, BoothError) or not isinstance(template, str) or not template
            or len(exc.args) > 1):
        return str(exc)
    text = QCoreApplication.translate("Core", template)
    if not text or text == template:
        return str(exc)
    if not exc.values:
        return text
    try:
        return text.format(**exc.values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        log.warning("the translation of %r does not fit its values", template)
        return str(exc)


# -- numbers, money, dates ---------------------------------------------------------------

def locale() -> QLocale:
    """The current language's locale (also the default once a language is applied)."""
    return QLocale(LOCALES[_current])


def number(value: int | float | Decimal, decimals: int = 0) -> str:
    """1.234 (id), 1,234 (en, ar); with decimals: 1.234,50.

    A count shown in a sentence goes in as {0} with tr(text, "", n) choosing the plural
    form: Qt's %n would write the digits without grouping."""
    if isinstance(value, int) and decimals == 0:
        return locale().toString(value)
    return locale().toString(float(value), "f", decimals)


def amount(value: Decimal | float | None) -> str:
    """A money amount without currency: whole amounts without decimals, else two."""
    if value is None:
        return ""
    exact = Decimal(str(value))
    return number(exact, 0 if exact == exact.to_integral_value() else 2)


def money(value: Decimal | float | None, currency: str) -> str:
    """'IDR 1.234.500' (id), 'USD 1,234.50' (en): the ISO code, as exports write it."""
    if value is None:
        return ""
    return f"{currency} {amount(value)}".strip()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_short(day: date | datetime) -> str:
    """'Sen 27 Jan' (id), 'Mon 27 Jan' (en), 'الاثنين 27 يناير' (ar)."""
    if isinstance(day, datetime):
        day = day.date()
    return locale().toString(_qdate(day), "ddd d MMM")


def day_month(day: date | datetime) -> str:
    """'27 Jan'."""
    if isinstance(day, datetime):
        day = day.date()
    return locale().toString(_qdate(day), "d MMM")


def time_short(moment: datetime | time, seconds: bool = False) -> str:
    """'14:05' (or '14:05:09'): 24 hours in every language Booth speaks."""
    value = QTime(moment.hour, moment.minute, moment.second)
    return locale().toString(value, "HH:mm:ss" if seconds else "HH:mm")


def date_time_short(moment: datetime, seconds: bool = False) -> str:
    """'Sen 27 Jan 14:05'."""
    return f"{date_short(moment)} {time_short(moment, seconds)}"


def day_month_time(moment: datetime) -> str:
    """'27 Jan 14:05'."""
    return f"{day_month(moment)} {time_short(moment)}"


def date_time_full(moment: datetime) -> str:
    """'2026-01-27 14:05:09': the sortable form, the same in every language."""
    stamp = QDateTime(_qdate(moment.date()), QTime(moment.hour, moment.minute, moment.second))
    return stamp.toString("yyyy-MM-dd HH:mm:ss")


# -- country names -----------------------------------------------------------------------

@cache
def _iso3166(code: str) -> gettext.NullTranslations:
    """pycountry's own translations of the country names (Debian's iso-codes)."""
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[code],
                               fallback=True)


def country_name(code: str) -> str:
    """A country's name in the window's language ("Jerman", "ألمانيا"); the code itself
    when it is no country."""
    english = english_country_name(code)
    country = pycountry.countries.get(alpha_2=code) if code and _current != "en" else None
    if country is None:
        return english
    names = _iso3166(_current)
    for msgid in (getattr(country, "common_name", None), country.name):
        if msgid and (text := names.gettext(msgid)) != msgid:
            return text
    return english


def category_label(key: str) -> str:
    """A visitor category (core.visitors.register.CATEGORIES) as the window words it."""
    translate = QCoreApplication.translate
    labels = {"hospital/clinic": translate("VisitorForm", "Hospital / clinic"),
              "distributor": translate("VisitorForm", "Distributor"),
              "government": translate("VisitorForm", "Government"),
              "buyer": translate("VisitorForm", "Buyer"),
              "media": translate("VisitorForm", "Media"),
              "exhibitor": translate("VisitorForm", "Exhibitor"),
              "vip": translate("VisitorForm", "VIP"),
              "other": translate("VisitorForm", "Other")}
    return labels.get(key, key)


# -- left to right inside right to left -----------------------------------------------------

def ltr(text: str) -> str:
    """A code, time range or path kept left to right inside a right-to-left line
    (10:00–10:30, not 10:30–10:00); unchanged when the window reads left to right."""
    return f"\u2066{text}\u2069" if text and is_rtl() else text


def arrow() -> str:
    """'From here to there' in the reading direction: → (en, id), ← (ar)."""
    return "←" if is_rtl() else "→"


def keep_left_to_right(*widgets: QWidget) -> None:
    """Badge codes, PINs, URLs: typed and read left to right in Arabic too."""
    for widget in widgets:
        widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
