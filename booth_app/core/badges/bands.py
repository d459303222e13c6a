"""The category band on badges and on the check-in card: a word and its colour.

Dark colours, so the word reads white on them. Kept apart from badge_render so the
check-in card can use it without loading reportlab.

The printed word is in the event's badge language (`Event.badge_lang`): the words an
Indonesian pavilion or a Gulf show prints. The check-in card shows the English word in
the window's own language instead (ui.checkin.scan_words).
"""

from __future__ import annotations

BANDS: dict[str, tuple[str, str]] = {
    "hospital/clinic": ("VISITOR", "#1D4ED8"),
    "distributor": ("VISITOR", "#1D4ED8"),
    "government": ("VISITOR", "#1D4ED8"),
    "other": ("VISITOR", "#1D4ED8"),
    "buyer": ("BUYER", "#15803D"),
    "media": ("MEDIA", "#C2410C"),
    "exhibitor": ("EXHIBITOR", "#6D28D9"),
    "vip": ("VIP", "#B91C1C"),
}

BADGE_LANGS = ("en", "id", "ar")
DEFAULT_BADGE_LANG = "en"
# The English word -> the word printed in that language (the same words as the check-in
# card's translations in resources/translations).
PRINTED_WORDS: dict[str, dict[str, str]] = {
    "id": {"VISITOR": "PENGUNJUNG", "BUYER": "PEMBELI", "MEDIA": "MEDIA",
           "EXHIBITOR": "EKSIBITOR", "VIP": "VIP"},
    "ar": {"VISITOR": "زائر", "BUYER": "مشترٍ", "MEDIA": "إعلام",
           "EXHIBITOR": "عارض", "VIP": "كبار الشخصيات"},
}


def band_for(category: str | None, lang: str | None = None) -> tuple[str, str]:
    """(word, "#RRGGBB") for a visitor category, the word in badge language `lang`
    (None or "en": English); unknown categories are VISITOR."""
    word, colour = BANDS.get(category or "other", BANDS["other"])
    return PRINTED_WORDS.get(lang or DEFAULT_BADGE_LANG, {}).get(word, word), colour
