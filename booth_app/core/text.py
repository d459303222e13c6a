"""Text helpers: folding for search, cleaning user-supplied strings."""

from __future__ import annotations

import re
import unicodedata

# Characters a name must never carry: C0/C1 controls, bidi overrides/isolates/marks,
# which could reorder a badge or a spreadsheet cell, and stray byte-order marks.
_UNSAFE = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\ufeff]"
)
_SPACES = re.compile(r"\s+")
# Arabic letter variants people type interchangeably.
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ـ": ""})


def clean(value: object, max_len: int = 300) -> str:
    """One line of safe text: controls and bidi overrides removed, spaces collapsed."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    if text.isascii() and text.isprintable() and "  " not in text:
        # Plain printable ASCII with single spaces: nothing to remove, compose or
        # collapse (most cells of an organiser's file; an import cleans ~1M of them).
        return text.strip()[:max_len].rstrip()
    # Remove first, then compose: a mark between a letter and its accent would otherwise
    # leave the pair uncomposed, and the same name would compare unequal.
    text = unicodedata.normalize("NFC", _UNSAFE.sub("", text))
    text = _SPACES.sub(" ", text).strip()
    return text[:max_len].rstrip()


def _bmp_table(keep: object) -> dict[int, object]:
    return {cp: keep for cp in range(0x80, 0x10000)
            if unicodedata.combining(chr(cp))}


# Combining marks to drop after decomposition (accents, Arabic harakat), and the
# characters that separate words (Unicode punctuation, symbols, spaces and controls,
# as SQLite's unicode61 tokenizer splits). Built once, applied with str.translate.
_DROP_MARKS: dict[int, object] = _bmp_table(None)
_SEPARATOR_TABLE: dict[int, object] = {
    cp: " " for cp in range(0x10000)
    if unicodedata.category(chr(cp))[0] in "PSZC" and chr(cp) != "_"
}
_SEPARATOR_TABLE[ord("_")] = " "


def fold(text: str) -> str:
    """Case- and accent-insensitive form used for search and sorting."""
    if text.isascii():
        return " ".join(text.lower().split())
    # Casefold again after NFKD: compatibility letters (ℌ, mathematical bold 𝐁) decompose
    # to capitals, and a capital would not match on PostgreSQL's case-sensitive LIKE.
    once = unicodedata.normalize("NFKD", text.casefold())
    decomposed = unicodedata.normalize("NFKD", once.casefold())
    stripped = decomposed.translate(_DROP_MARKS)
    if any(ord(ch) > 0xFFFF for ch in stripped):
        stripped = "".join(ch for ch in stripped if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.translate(_ARABIC_FOLD)).strip()


def words(text: str) -> list[str]:
    """Words as SQLite's unicode61 tokenizer sees them (punctuation separates)."""
    return text.translate(_SEPARATOR_TABLE).split()
