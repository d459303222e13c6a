"""The category band on badges and on the check-in card: a word and its colour.

Dark colours, so the word reads white on them. Kept apart from badge_render so the
check-in card can use it without loading reportlab.
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


def band_for(category: str | None) -> tuple[str, str]:
    """(word, "#RRGGBB") for a visitor category; unknown categories are VISITOR."""
    return BANDS.get(category or "other", BANDS["other"])
