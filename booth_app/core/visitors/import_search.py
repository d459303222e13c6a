"""The search words (`visitor.search_text`) of many visitors at once, for the import.

`index_text` (core.visitors.search) makes one visitor's text in about 25 microseconds:
three folds, three word splits and two regular expressions, each a few calls on a short
string. For 100,000 visitors that is more than SQLite's whole share of the import, so
here the same steps run on a column at a time: the column joined with newlines
(which no cleaned cell holds) goes through `str.lower` and `str.translate` once and is
split back into rows. Cells outside plain ASCII take the slower exact way (`fold` per
cell, a translate that keeps the rows apart), so the result is `index_text`'s, character
for character (tests/core/visitors/test_visitor_import.py checks it on every script).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache
from itertools import compress
from operator import itemgetter

from booth_app.core.text import fold, words
from booth_app.core.visitors.search import index_text

# As core.visitors.search: Han characters become words of their own, and an Arabic
# word with the article is also indexed without it.
_HAN = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff])")
_ARTICLE = "ال"
# Whitespace fold() collapses and a cleaned cell never holds (only single spaces).
_ODD_SPACE = re.compile(r"[\t\r\x0b\x0c\x1c-\x1f]")
# Whitespace but the newline between rows (fold collapses whitespace to one space).
_SPACES_IN_ROW = re.compile(r"[^\S\n]+")
# What fold() treats with rules of its own: characters beyond the BMP, and Arabic
# (core.text's letter variants are all in the Arabic block).
_OWN_RULES = re.compile("[\U00010000-\U0010ffff\u0600-\u06ff]")
# ASCII that is not a digit, as a space (phone numbers' groups are runs of digits), or
# left out; and groups too short to be searched for.
_NOT_DIGIT = str.maketrans({c: " " for c in map(chr, range(128)) if not c.isdigit()} | {
    "\n": "\n"})
_DIGITS_ONLY = str.maketrans({c: None for c in map(chr, range(128)) if not c.isdigit()} | {
    "\n": "\n"})
_SHORT_GROUP = re.compile("(?<![0-9])[0-9]{1,2}(?![0-9])")
_LAST_FOUR = itemgetter(slice(-4, None))
_SPACE_RUN = re.compile("  +")


def fold_column(texts: Sequence[str]) -> list[str]:
    """`[fold(text) for text in texts]`, a column at a time."""
    distinct = set(texts)
    if texts and len(distinct) * 4 <= len(texts):  # a column that repeats: each once
        distinct_list = list(distinct)
        once = dict(zip(distinct_list, fold_column(distinct_list), strict=True))
        return list(map(once.__getitem__, texts))
    plain = list(map(str.isascii, texts))
    narrow = texts if all(plain) else list(compress(texts, plain))
    joined = "\n".join(narrow)
    lowered = joined.lower()
    # Nothing to lower (an e-mail column): the texts themselves, no new strings.
    rows = (list(narrow) if lowered == joined else lowered.split("\n")) if narrow else []
    if len(rows) != len(narrow) or (
        "  " in lowered or " \n" in lowered or "\n " in lowered
        or lowered.startswith(" ") or lowered.endswith(" ") or _ODD_SPACE.search(lowered)
    ):
        # Uneven spaces or a newline in a cell (never in cleaned text): one at a time.
        return [fold(text) for text in texts]
    if narrow is texts:
        return rows
    folded = iter(_fold_wide([text for text, ascii in zip(texts, plain, strict=True)
                              if not ascii]))
    lowered_rows = iter(rows)
    return [next(lowered_rows) if ascii else next(folded) for ascii in plain]


def _fold_wide(texts: list[str]) -> list[str]:
    """`[fold(text) for text in texts]` for texts beyond ASCII:
    fold's steps on them all at once, regular expressions instead of its per-character
    tables. A text with characters fold treats apart (beyond the BMP; Arabic, whose
    letter variants it merges) is folded on its own."""
    joined = "\n".join(texts)
    if joined.count("\n") != len(texts) - 1:
        return [fold(text) for text in texts]
    text = unicodedata.normalize("NFKD", joined.casefold())
    text = _marks().sub("", unicodedata.normalize("NFKD", text.casefold()))
    rows = _SPACES_IN_ROW.sub(" ", text).split("\n")
    if _OWN_RULES.search(text):
        return [fold(original) if _OWN_RULES.search(row) else row.strip()
                for original, row in zip(texts, rows, strict=True)]
    return [row.strip() for row in rows]


@cache
def _marks() -> re.Pattern[str]:
    """The combining marks fold() drops: every BMP character with a combining class."""
    marks = "".join(chr(cp) for cp in range(0x80, 0x10000) if unicodedata.combining(chr(cp)))
    return re.compile(f"[{re.escape(marks)}]")


@cache
def _separators() -> dict[int, str]:
    """core.text.words' separators (every one becomes a space), except the newline."""
    table = {cp: " " for cp in range(0x10000) if not words(chr(cp))}
    del table[ord("\n")]
    return table


def words_column(folded: Sequence[str]) -> list[str]:
    """Each folded text's words, space-separated (spaces not collapsed)."""
    if not folded:
        return []
    table = _separators()
    joined = "\n".join(folded)
    if joined.isascii():
        return joined.translate(table).split("\n")
    # A translate of non-ASCII text looks every character up: the ASCII rows apart.
    out = [""] * len(folded)
    plain = [k for k, text in enumerate(folded) if text.isascii()]
    other = [k for k, text in enumerate(folded) if not text.isascii()]
    for rows, spaced in ((plain, False), (other, True)):
        if not rows:
            continue
        text = "\n".join(folded[k] for k in rows)
        if spaced:
            text = _HAN.sub(r" \1 ", text)
        for k, row in zip(rows, text.translate(table).split("\n"), strict=True):
            out[k] = row
    return out


def phone_words_column(phones: Sequence[str]) -> list[str]:
    """Each phone number's search words: the whole number, each group of three or more
    digits as written, the last four digits (as core.visitors.search), space-separated.

    A group equal to the whole number, or last four digits that are the whole number,
    are the whole number again: dropping repeats (as index_text does) drops them too.
    """
    joined = "\n".join(phones)
    if not joined.isascii() or joined.count("\n") != len(phones) - 1 or not phones:
        return [index_text("", phone=phone) for phone in phones]
    numbers = joined.translate(_DIGITS_ONLY).split("\n")
    groups = _SHORT_GROUP.sub("", joined.translate(_NOT_DIGIT)).split("\n")
    lasts = map(_LAST_FOUR, numbers)
    return list(map(" ".join, map(dict.fromkeys, map(str.split, map(
        " ".join, zip(numbers, groups, lasts, strict=True))))))


class SearchTexts:
    """`index_text(name, organization, email, code, phone)` for columns of visitors; an
    organisation's words are worked out once for the whole import."""

    def __init__(self) -> None:
        self.organizations: dict[str, str] = {}

    def __call__(
        self, folded_names: Sequence[str], organizations: Sequence[str],
        emails: Sequence[str], codes: Sequence[str], phones: Sequence[str],
    ) -> list[str]:
        """The texts, from each visitor's folded name (its sort_name) and other cells."""
        if not folded_names:
            return []
        known = self.organizations
        fresh = list(set(organizations).difference(known))
        known.update(zip(fresh, words_column(fold_column(fresh)), strict=True))
        names = words_column(folded_names)
        mails = words_column(fold_column(emails))
        lowered = "\n".join(codes).lower().split("\n")
        numbers = phone_words_column(phones)
        rows = "\n".join(map(" ".join, zip(
            names, map(known.__getitem__, organizations), mails, lowered, numbers,
            strict=True)))
        # Words apart by one space, none around: as " ".join(words) makes them.
        texts = list(map(str.strip, _SPACE_RUN.sub(" ", rows).split("\n")))
        if _ARTICLE in rows:  # only names, organisations and e-mails hold Arabic letters
            for k, text in enumerate(texts):
                if _ARTICLE in text:
                    found = _with_article_dropped(
                        f"{names[k]} {known[organizations[k]]} {mails[k]}")
                    texts[k] = " ".join(f"{found} {lowered[k]} {numbers[k]}".split())
        return texts


def _with_article_dropped(found: str) -> str:
    """The words, then those with the Arabic article again without it."""
    split = found.split()
    extra = [w[len(_ARTICLE):] for w in split
             if w.startswith(_ARTICLE) and len(w) > len(_ARTICLE) + 1]
    return " ".join(split + extra)
