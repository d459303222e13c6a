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

On SQLite an FTS5 index (unicode61 tokenizer, with prefix indexes for one and two
letters) answers prefix queries over 250,000 visitors in milliseconds; PostgreSQL
matches the same words with LIKE.

One letter typed alone (not a Han character) jumps to the names that start with it,
as in a contact list: it would match most of the pavilion anywhere else, and a
range of the name index answers at once. From the second letter on, every word of
every field counts.

Results come in name order, and getting the first 50 of 150,000 matches in name
order is the costly part, so the plan depends on the query (measured at 250,000):
a cheap probe (one- and two-letter prefix indexes keep it cheap) counts matches up
to FEW_MATCHES: few are fetched by rowid and sorted; more are kept while walking
the name index, where they turn up every few rows.
"""

from __future__ import annotations

import re

from sqlalchemy import Select, false, func, literal, select, text, tuple_
from sqlalchemy.orm import Session

from booth_app.core.badges.codes import CODE_ALPHABET, normalise_code
from booth_app.core.text import clean, fold, words
from booth_app.storage.models import Visitor

SortKey = tuple[str, str]
FEW_MATCHES = 5_000
_PARTIAL_CODE = re.compile(f"[{CODE_ALPHABET}]{{4}}-[{CODE_ALPHABET}]{{0,4}}")

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
    """The words of what was typed; a printed code, whole or begun, is one word."""
    typed = clean(query, 200)
    code = normalise_code(typed)
    if code:
        return [code.lower()]
    if _PARTIAL_CODE.fullmatch(typed.upper()):
        return [typed.replace("-", "").lower()]
    return _words(typed)


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


# -- queries ----------------------------------------------------------------------------

_FTS_ROWIDS = "SELECT rowid FROM visitor_fts WHERE visitor_fts MATCH :m"


def visitor_query(session: Session, query: str = "", *,
                  plan: str | None = None) -> Select[tuple[Visitor]]:
    """Visitors for whom every word typed begins one of their words, in name order."""
    stmt = select(Visitor)
    typed = query_words(query)
    if not typed:
        stmt = stmt.where(Visitor.deleted.is_(False))
        if clean(query, 200):
            stmt = stmt.where(false())  # only punctuation typed: it names nobody
        return stmt.order_by(Visitor.sort_name, Visitor.id)
    if _is_initial(typed):
        return _initial_query(stmt, typed[0])
    if session.get_bind().dialect.name != "sqlite":
        stmt = stmt.where(Visitor.deleted.is_(False))
        padded = literal(" ") + Visitor.search_text
        for pattern in like_patterns(typed):
            stmt = stmt.where(padded.like(pattern, escape="\\"))
        return stmt.order_by(Visitor.sort_name, Visitor.id)
    match = fts_match(typed)
    plan = plan or _plan(session, typed)
    if plan == "sort":
        # The unary + keeps SQLite off the name index: fetch the few matches, sort them.
        stmt = stmt.where(text(f"visitor.rowid IN ({_FTS_ROWIDS})").bindparams(m=match),
                          text("+visitor.deleted = 0"))
    else:
        stmt = stmt.where(Visitor.deleted.is_(False),
                          text(f"visitor.rowid IN ({_FTS_ROWIDS})").bindparams(m=match))
    return stmt.order_by(Visitor.sort_name, Visitor.id)


def _is_initial(typed: list[str]) -> bool:
    return len(typed) == 1 and len(typed[0]) == 1 and not _HAN.fullmatch(typed[0])


def _initial_query(stmt: Select[tuple[Visitor]], letter: str) -> Select[tuple[Visitor]]:
    """Names starting with `letter`: a range of the (deleted, sort_name) index."""
    return stmt.where(Visitor.deleted.is_(False), Visitor.sort_name >= letter,
                      Visitor.sort_name < chr(ord(letter) + 1)
                      ).order_by(Visitor.sort_name, Visitor.id)


def _probe(session: Session, match: str, limit: int) -> int:
    return session.scalar(
        text(f"SELECT count(*) FROM ({_FTS_ROWIDS} LIMIT :k)"), {"m": match, "k": limit}
    ) or 0


def _plan(session: Session, typed: list[str]) -> str:
    few = _probe(session, fts_match(typed), FEW_MATCHES + 1) <= FEW_MATCHES
    return "sort" if few else "walk"


def search_visitors(session: Session, query: str = "", *, limit: int = 50, offset: int = 0,
                    after: SortKey | None = None) -> list[Visitor]:
    """A page of matches; `after` (the last row's sort key) pages without OFFSET's cost."""
    stmt = visitor_query(session, query)
    if after is not None:
        stmt = stmt.where(tuple_(Visitor.sort_name, Visitor.id) > tuple_(*after))
    return list(session.scalars(stmt.limit(limit).offset(offset)))


def sort_key(visitor: Visitor) -> SortKey:
    return visitor.sort_name, visitor.id


def count_visitors(session: Session, query: str = "", *, cap: int | None = None) -> int:
    """How many match; with `cap`, counting stops there (the window shows "10,000+")."""
    typed = query_words(query)
    if typed and session.get_bind().dialect.name == "sqlite" and not _is_initial(typed):
        # The text index holds live visitors only (tombstones leave it), so it counts.
        limit = cap + 1 if cap is not None else -1
        return _probe(session, fts_match(typed), limit)
    inner = visitor_query(session, query)
    inner = inner.order_by(None).with_only_columns(Visitor.id)
    if cap is not None:
        inner = inner.limit(cap + 1)
    found = session.scalar(select(func.count()).select_from(inner.subquery())) or 0
    return min(found, cap + 1) if cap is not None else found
