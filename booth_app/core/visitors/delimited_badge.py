"""Delimited text on an organiser's badge (`ID^First^Last^email^Title^Company`,
`Siti | RS Harapan | +62 812...`), read into a visitor's fields.

One line split on tab, `|`, `^`, `;` or `,` (the first of those that occurs at least
twice), at most 16 non-empty fields. When two or more fields (or lines) are labelled
(`name=...`, `Company: ...`) the labels are used. Otherwise each field is classified,
conservatively: an e-mail address -> email; a URL -> website; a date -> ignored; a
phone-looking field (7-15 digits, and a leading + or phone punctuation, or digits only
once the id is taken) -> phone; the first id-like field (letters and digits without
spaces, at least one digit) -> registration id; a badge type (VISITOR, VIP, PRESS...) ->
category or ignored; an honorific (Mr, Dr, Ibu...) -> ignored; a full country name ->
country; a 2-3 letter country code -> country only if it follows a text field (the last
such code wins, so "LI" before a name stays a name). Of the remaining text, the first
field without digits is the name and the next one the organisation; but when the first
two are single words and a third text follows, they are the given and family name. With
`^` names in capitals are family name first (the HL7/ID-card convention: `DOE^JOHN` ->
"JOHN DOE"); names in mixed case are given name first, as organisers' exports write
`ID^First^Last^email^Title^Company`. When two texts follow the name, the first is the
job title and the second the organisation if the first reads like a title (Director,
Manager, Purchasing...), or the second like an organisation (PT, LLC, Hospital...) and
the first does not, or an e-mail address stands between the name and them (that export's
shape); otherwise the first is the organisation (and the second the title if it reads
like one); a lone text after the name is the organisation. Multi-line text counts only
when labelled.

Text that merely holds separators is not a badge: unlabelled fields count only when
they carry an e-mail address, or a plausible name (letters, spaces and . ' -) together
with a phone number or a registration id; labelled fields need a plausible name or an
e-mail. Text that reads as a database command or markup (`'; DROP TABLE visitor; --`,
`<script>`) is never a badge (`looks_like_junk`).
"""

from __future__ import annotations

import re

from booth_app.core.visitors.badge_fields import (
    FIELD_OF,
    REGISTRATION_ID,
    badge_category,
    badge_country,
    field_key,
    values_of_pairs,
)
from booth_app.core.visitors.register import EMAIL

_PHONE = re.compile(r"^\+?[\d\s().\-/]+$")
_DATE = re.compile(r"^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})$")
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam",
                         "bapak", "pak", "ibu", "bu", "sdr", "sdri", "h", "hj"})
_BADGE_WORDS = frozenset({"delegate", "attendee", "speaker", "guest", "trade visitor",
                          "staff", "organizer", "organiser", "contractor", "peserta"})
# Words that make a delimited field a job title, or an organisation (compared casefolded,
# word by word, punctuation removed).
_TITLE_WORDS = frozenset({
    "director", "direktur", "manager", "manajer", "head", "kepala", "officer", "chief",
    "ceo", "cfo", "coo", "cto", "cmo", "cio", "president", "presiden", "vp", "owner",
    "founder", "engineer", "insinyur", "nurse", "perawat", "physician", "surgeon",
    "consultant", "konsultan", "specialist", "spesialis", "pharmacist", "apoteker", "buyer",
    "purchasing", "procurement", "pengadaan", "sales", "marketing", "pemasaran", "executive",
    "coordinator", "koordinator", "supervisor", "administrator", "assistant", "asisten",
    "technician", "teknisi", "analyst", "secretary", "sekretaris", "chairman", "ketua",
    "representative", "superintendent", "radiologist", "biomedical", "commissioner",
    "komisaris", "deputy", "wakil",
})
_ORG_WORDS = frozenset({
    "pt", "cv", "tbk", "llc", "ltd", "limited", "inc", "corp", "corporation", "co",
    "company", "gmbh", "ag", "sa", "bv", "nv", "plc", "fze", "fzco", "fzllc", "pte", "sdn",
    "bhd", "hospital", "hospitals", "rs", "rsud", "rsup", "clinic", "clinics", "klinik",
    "university", "universitas", "ministry", "kementerian", "dinas", "authority",
    "institute", "institut", "laboratory", "laboratories", "labs", "foundation",
    "yayasan", "puskesmas", "group", "holding", "trading", "healthcare", "pharma",
    "pharmaceuticals", "center", "centre",
})
_SEPARATORS = ("\t", "|", "^", ";", ",")
_MAX_CELLS = 16
_JUNK = re.compile(
    r"\b(drop|truncate|alter)\s+(table|database)\b|\bdelete\s+from\b|\binsert\s+into\b"
    r"|\bunion\s+(all\s+)?select\b|\bselect\b.*\bfrom\b|\bupdate\s+\w+\s+set\b"
    r"|\bor\s+'?1'?\s*=\s*'?1|'\s*\)?\s*;|;\s*--|/\*|\bexec\s*\(|<\s*/?\s*script\b"
    r"|javascript:", re.IGNORECASE)
# Letters (any script, with their marks), spaces and the punctuation names carry.
_NAME = re.compile(r"^[^\W\d_](?:[^\W\d_]|[\u0300-\u036f\u064b-\u065f\s.'’‘\-])*$")


def looks_like_junk(text: str) -> bool:
    """A database command, markup or mostly punctuation: nobody's badge."""
    if _JUNK.search(text):
        return True
    visible = [ch for ch in text if not ch.isspace()]
    useful = sum(1 for ch in visible if ch.isalnum() or ch in "@.")
    return not visible or useful * 2 < len(visible)


def plausible_name(text: str) -> bool:
    """Letters (two at least) with spaces, dots, apostrophes and hyphens, nothing else."""
    text = text.strip()
    return sum(ch.isalpha() for ch in text) >= 2 and bool(_NAME.match(text))


def has_separators(text: str) -> bool:
    """Does the text hold one of the separators at least twice?"""
    return any(text.count(sep) >= 2 for sep in _SEPARATORS)


def read_delimited(text: str) -> dict[str, str]:
    """One line's fields, labelled or classified ({} when it is no badge's line)."""
    sep = next((s for s in _SEPARATORS if text.count(s) >= 2), None)
    if sep is None or looks_like_junk(text):
        return {}
    cells = [cell.strip().strip('"').strip() for cell in text.split(sep)]
    if sum(1 for cell in cells if cell) > _MAX_CELLS:
        return {}  # a list or a log line, not one person's badge
    labelled = read_labelled(cells)
    if labelled:
        return labelled
    values = _classify(cells, family_first=sep == "^")
    named = plausible_name(values.get("name", ""))
    if not named:
        values.pop("name", None)
    if values.get("email") or (named and (values.get("phone")
                                          or values.get("registration_id"))):
        return values
    return {}


def read_labelled(cells: list[str]) -> dict[str, str]:
    """`Name: Siti` / `company=RS Harapan` cells (or lines), when two or more are labelled
    and they name someone (a plausible name or an e-mail)."""
    if looks_like_junk(" ".join(cells)):
        return {}
    split = [re.split(r"\s*[=:]\s*", cell.strip(), maxsplit=1) for cell in cells]
    pairs = [(pair[0], pair[1]) for pair in split
             if len(pair) == 2 and field_key(pair[0]) in FIELD_OF]
    values = values_of_pairs(pairs) if len(pairs) >= 2 else {}
    if not plausible_name(values.get("name", "")):
        values.pop("name", None)
    names = [values.get(key, "") for key in ("given_name", "family_name") if values.get(key)]
    if values.get("name") or values.get("email") or (names and all(map(plausible_name,
                                                                       names))):
        return values
    return {}


def _words_of(text: str) -> set[str]:
    return {field_key(word) for word in text.split()} - {""}


def _reads_as_title(text: str) -> bool:
    return bool(_words_of(text) & _TITLE_WORDS)


def _reads_as_org(text: str) -> bool:
    return bool(_words_of(text) & _ORG_WORDS)


def _classify(cells: list[str], *, family_first: bool) -> dict[str, str]:
    values: dict[str, str] = {}
    texts: list[str] = []
    at: list[int] = []  # the cell each text came from
    email_at = -1
    codes: list[tuple[int, str]] = []  # (position in texts, candidate country code)
    for index, cell in enumerate(cells):
        folded = cell.casefold().rstrip(".")
        digits = sum(ch.isdigit() for ch in cell)
        if not cell or _DATE.match(cell):
            continue
        if EMAIL.match(cell.lower()):
            if "email" not in values:
                values["email"], email_at = cell, index
        elif cell.lower().startswith(("http://", "https://", "www.")):
            values.setdefault("website", cell)
        elif _PHONE.match(cell) and 7 <= digits <= 15 and (
                cell.startswith("+") or not cell.isdigit() or "registration_id" in values):
            values.setdefault("phone", cell)
        elif REGISTRATION_ID.match(cell):
            values.setdefault("registration_id", cell)
        elif folded in _HONORIFICS or folded in _BADGE_WORDS:
            continue
        elif badge_category(cell):
            values.setdefault("category", cell)
        elif len(cell) > 3 and badge_country(cell):
            values.setdefault("country", cell)
        elif 2 <= len(cell) <= 3 and cell.isalpha() and badge_country(cell):
            codes.append((len(texts), cell))
            texts.append(cell)
            at.append(index)
        elif any(ch.isalpha() for ch in cell) and "@" not in cell:
            texts.append(cell)
            at.append(index)
    if "country" not in values:
        after_text = [(pos, code) for pos, code in codes if pos > 0]
        if after_text:
            pos, code = after_text[-1]
            values["country"] = code
            del texts[pos], at[pos]
    unused_codes = {code for _, code in codes} - {values.get("country")}
    # A name has no digits and is not only a country code ("LI" may start "LI WEI").
    people = [t for t in texts if not any(ch.isdigit() for ch in t)]
    if not people:
        return values
    start = texts.index(people[0])
    rest = texts[start:]
    if (len(rest) >= 3 and all(len(t.split()) == 1 for t in rest[:2]) and rest[1] in people
            and not {rest[0], rest[1]} <= unused_codes):
        capitals = rest[0].isupper() and rest[1].isupper()
        given, family = (rest[1], rest[0]) if family_first and capitals else rest[:2]
        values.update(given_name=given, family_name=family, name=f"{given} {family}")
        name_at, following = at[start + 1], rest[2:]
    else:
        named = next((t for t in people if t not in unused_codes), "")
        if not named:
            return values
        start = texts.index(named)
        values["name"] = named
        name_at, following = at[start], texts[start + 1:]
    first_at = at[len(texts) - len(following)] if following else -1
    values.update(_title_and_organization(following[:2],
                                          email_between=name_at < email_at < first_at))
    return values


def _title_and_organization(following: list[str], *, email_between: bool) -> dict[str, str]:
    """The job title and organisation among the (at most two) texts after the name."""
    if not following:
        return {}
    first = following[0]
    if len(following) == 1:
        return {"organization": first}
    first_title, first_org = _reads_as_title(first), _reads_as_org(first)
    second = following[1]
    second_title, second_org = _reads_as_title(second), _reads_as_org(second)
    title_first = not first_org and (
        first_title or (second_org and not second_title) or (email_between
                                                             and not second_title))
    if title_first:
        return {"job_title": first, "organization": second}
    values = {"organization": first}
    if second_title and not second_org:
        values["job_title"] = second
    return values
