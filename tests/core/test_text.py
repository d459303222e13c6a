"""Cleaning what people type or paste, and folding it for search."""

from __future__ import annotations

import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st

from booth_app.core.text import clean, fold

BIDI_CONTROLS = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

# Text as it arrives from scanners, spreadsheets and copy-paste: any code point, with the
# troublesome ones (controls, bidi marks, odd spaces, combining marks) made common.
nasty_chars = st.sampled_from(
    sorted(BIDI_CONTROLS)
    + list("\x00\x07\t\n\r\x1b\x7f\x85\x9f\xa0\u2028\u2029\u3000\ufeff\u0301\u0654")
    + list("أإآةىـ ℌ𝐁ǅİß")
)
messy_text = st.text(alphabet=st.one_of(st.characters(), nasty_chars), max_size=80)


def is_unsafe(ch: str) -> bool:
    return unicodedata.category(ch) == "Cc" or ch in BIDI_CONTROLS


@settings(max_examples=300, deadline=None)
@given(messy_text, st.integers(min_value=1, max_value=100))
@example("a" * 4 + " b", 5)  # truncation lands just after a space
@example("x\u202ey", 300)
@example("e\u200f\u0301", 10)  # a mark between a letter and its accent
def test_clean_never_lets_controls_through_and_is_idempotent(value: str, limit: int) -> None:
    cleaned = clean(value, limit)
    assert len(cleaned) <= limit
    assert not any(is_unsafe(ch) for ch in cleaned)
    assert cleaned == cleaned.strip()
    assert "  " not in cleaned
    assert clean(cleaned, limit) == cleaned


@settings(max_examples=300, deadline=None)
@given(messy_text)
@example("ℌ")  # compatibility letters decompose to capitals
@example("𝐁𝐮𝐝𝐢")  # a name pasted from a social-media bio in "bold" letters
def test_fold_is_idempotent_and_lower_case(value: str) -> None:
    folded = fold(value)
    assert fold(folded) == folded
    assert folded == folded.casefold()
    assert not any(unicodedata.combining(ch) for ch in folded)


def test_clean_keeps_markup_as_plain_text() -> None:
    assert clean("<b>Dr.</b>   Ahmed\n\tAl-Farsi") == "<b>Dr.</b> Ahmed Al-Farsi"


def test_clean_removes_bidi_tricks_from_names() -> None:
    # A right-to-left override would show "gnp.exe" as "exe.png" on a badge.
    assert clean("Invoice\u202egnp.exe") == "Invoicegnp.exe"
    assert clean("\u2067محمد\u2069 Ali\u200f") == "محمد Ali"


def test_clean_handles_none_numbers_and_limits() -> None:
    assert clean(None) == ""
    assert clean(12345) == "12345"
    assert clean("x" * 400) == "x" * 300
    assert clean("e\u0301") == "é"  # NFC: what you see is what gets compared


def test_fold_makes_search_forgiving() -> None:
    assert fold("José MÜLLER") == "jose muller"
    assert fold("  Straße  ") == "strasse"
    assert fold("أحمد") == fold("احمد") == fold("إحمد") == fold("آحمد")
    assert fold("مدرسة") == fold("مدرسه")
    assert fold("مصطفى") == fold("مصطفي")
    assert fold("عـــلي") == fold("علي")  # tatweel stretching is decoration
    assert fold("王伟") == "王伟"
    assert fold("İstanbul") == "istanbul"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_fold_of_plain_ascii_is_lower_case_with_single_spaces(value: str) -> None:
    assert fold(value) == " ".join(value.lower().split())
