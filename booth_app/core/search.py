"""How visitors are found as someone types: word prefixes, in any script.

Each visitor carries `search_text`: folded, space-separated words of the name, the
organisation, the e-mail, the short code and the phone number (whole, by group, and
its last four digits). A query matches when
every word typed is the beginning of some word there: "moh al" finds "Mohammed Al
Hashimi", "gulf med" finds "Gulf Medical Supplies", "7jf8" finds code 7JF8-B9JC.

Two scripts need help to have "words":
- Han characters are written without spaces; each one is made a word, so "嘉怡"
  finds "王嘉怡" (the phrase 嘉 怡 inside 王 嘉 怡).
- Arabic family names carry the article (الهاشمي); the form without it is indexed
  too, so "هاشمي" finds it.

On SQLite an FTS5 index (unicode61 tokenizer) answers prefix queries over 250,000
visitors in milliseconds; PostgreSQL matches the same words with LIKE.
"""

from __future__ import annotations

import re

from booth_app.core.codes import normalise_code
from booth_app.core.text import clean, fold, words

_HAN = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff])")
_ARTICLE = "ال"


def _words(text: str) -> list[str]:
    folded = fold(text)
    if not folded.isascii():
        folded = _HAN.sub(r" \1 ", folded)
    return words(folded)


def index_text(name: str, organization: str = "", email: str = "", code: str = "",
               phone: str = "") -> str:
    """The words a visitor is found by, as stored in `visitor.search_text`."""
    found = _words(name) + _words(organization) + _words(email)
    extra = [w[len(_ARTICLE):] for w in found
             if w.startswith(_ARTICLE) and len(w) > len(_ARTICLE) + 1]
    return " ".join(found + extra + [code.lower()] + _phone_words(phone))


def _phone_words(phone: str) -> list[str]:
    """The whole number, each group as written, and the last four digits: people type
    any of them ("0812-3456-7890" is found by 0812, 3456, 7890 or 081234567890)."""
    digits = re.sub(r"\D", "", phone)
    if not digits:
        return []
    groups = [g for g in re.findall(r"\d+", phone) if len(g) >= 3 and g != digits]
    last = [digits[-4:]] if len(digits) > 4 else []
    return list(dict.fromkeys([digits, *groups, *last]))


def query_words(query: str) -> list[str]:
    """The words of what was typed; a whole printed code is one word."""
    text = clean(query, 200)
    code = normalise_code(text)
    if code:
        return [code.lower()]
    return _words(text)


def fts_match(typed: list[str]) -> str:
    """An FTS5 expression: every word as a prefix (Han runs as prefix phrases)."""
    return " AND ".join('"' + w.replace('"', '""') + '"*' for w in _group_han(typed))


def _group_han(typed: list[str]) -> list[str]:
    """Consecutive single Han characters typed together stay one phrase."""
    grouped: list[str] = []
    for word in typed:
        if grouped and _HAN.fullmatch(word) and _HAN.fullmatch(grouped[-1][-1]):
            grouped[-1] = f"{grouped[-1]} {word}"
        else:
            grouped.append(word)
    return grouped


def like_patterns(typed: list[str]) -> list[str]:
    """LIKE patterns against ' ' || search_text, for databases without FTS5."""
    patterns = []
    for group in _group_han(typed):
        escaped = group.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        patterns.append(f"% {escaped}%")
    return patterns
