"""The columns of an organiser's visitor list: which one holds which field (the headers'
spellings in English and Indonesian, `detect_mapping`, `check_mapping`), and the rows'
cells checked a column at a time (`check_rows`) by the registration form's rule.

Checking 100,000 rows one by one through `VisitorFields.parse` costs more than SQLite's
whole share of an import, so `check_rows` applies the same rule to whole columns:
plain cells are cleaned in one pass of C string methods, a cell that repeats down a
column (organisation, title, category, country) is checked once per spelling, and only
a row found wanting goes through `parse_row`, the rule itself, which says why.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from booth_app.core.countries import country_code
from booth_app.core.errors import InputError
from booth_app.core.tabular import header_key
from booth_app.core.text import clean
from booth_app.core.visitors.register import EMAIL, MAX_NAME, VisitorFields, category_value

# Field name -> header spellings seen in organisers' exports (compared by header_key,
# so case, spaces and punctuation do not matter: "No. HP" == "no hp" == "NoHP").
HEADERS: dict[str, tuple[str, ...]] = {
    "name": (
        "name", "full name", "fullname", "nama", "nama lengkap", "visitor name",
        "participant name", "attendee name", "delegate name", "nama peserta",
        "nama pengunjung", "contact name",
    ),
    "given_name": ("first name", "firstname", "given name", "forename", "nama depan"),
    "family_name": (
        "last name", "lastname", "surname", "family name", "nama belakang", "nama keluarga",
    ),
    "organization": (
        "company", "company name", "organization", "organisation", "organization name",
        "organisation name", "instansi", "nama instansi", "asal instansi", "perusahaan",
        "nama perusahaan", "institution", "institusi", "lembaga", "employer", "hospital",
    ),
    "email": (
        "email", "e-mail", "email address", "e-mail address", "alamat email",
        "alamat e-mail", "surel", "mail",
    ),
    "phone": (
        "phone", "phone number", "mobile", "mobile number", "mobile phone", "telephone",
        "tel", "no hp", "nomor hp", "no. hp", "no handphone", "nomor handphone", "hp",
        "telepon", "no telepon", "nomor telepon", "no telp", "telp", "whatsapp",
        "no whatsapp", "nomor whatsapp", "no wa", "wa", "cell", "cell phone",
    ),
    "country": ("country", "negara", "country of residence", "nationality", "asal negara"),
    "job_title": (
        "job title", "jobtitle", "title", "position", "jabatan", "designation", "role",
        "posisi", "job",
    ),
    "category": ("category", "kategori", "type", "visitor type", "jenis", "tipe"),
    "external_id": (
        "registration id", "registration no", "registration number", "reg id", "reg no",
        "reg number", "id", "ticket", "ticket id", "ticket number", "no registrasi",
        "nomor registrasi", "no. registrasi", "kode", "kode registrasi", "badge id",
        "barcode", "attendee id",
    ),
    "consent": ("consent", "persetujuan", "agree", "setuju", "opt in", "opt-in"),
}
FIELDS: tuple[str, ...] = tuple(HEADERS)


def detect_mapping(headers: Iterable[str]) -> dict[str, int]:
    """Which column holds each field: `{"name": 0, "email": 3, ...}`."""
    wanted = {header_key(s): name for name, spellings in HEADERS.items() for s in spellings}
    mapping: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = header_key(header)
        name = wanted.get(key)
        if name is None and key:
            name = _loose_match(key)
        if name and name not in mapping:
            mapping[name] = index
    return mapping


def _loose_match(key: str) -> str | None:
    # Headers with a note added: "Email (work)", "Nama Lengkap*", "Phone / WhatsApp".
    for name, spellings in HEADERS.items():
        for spelling in spellings:
            spelled = header_key(spelling)
            if len(spelled) >= 5 and key.startswith(spelled):
                return name
    return None


def check_mapping(mapping: dict[str, int]) -> None:
    """InputError unless the mapping has a name column and only known fields."""
    if "name" not in mapping and not ({"given_name", "family_name"} & set(mapping)):
        raise InputError(
            "No column for the visitor's name was found (expected a header such as "
            "Name, Full Name, Nama, Nama Lengkap, or First Name and Last Name)."
        )
    unknown = set(mapping) - set(FIELDS)
    if unknown:
        raise InputError("Unknown import field(s): {unknown}", unknown=', '.join(sorted(unknown)))


# -- the rows' cells, checked ------------------------------------------------------------

YES = frozenset({"yes", "ya", "y", "true", "1", "x", "setuju", "agree", "agreed", "✓", "v"})
# VisitorFields.parse's limits for the cells cleaned as they are.
LIMITS = {"organization": 300, "job_title": 200, "phone": 64, "external_id": 128}
_EMAILS = re.compile(EMAIL.pattern, re.MULTILINE)  # one address a line, as EMAIL checks one
_APART = "\ue000"


def parse_row(cells: Sequence[str], mapping: dict[str, int]) -> dict[str, Any]:
    """One row's fields by the registration form's rule (VisitorFields' names), or the
    InputError saying why not; consent and country are read the import's way."""
    def cell(name: str) -> str:
        index = mapping[name]
        return cells[index] if index < len(cells) else ""

    raw = {name: cell(name) for name in mapping if name not in ("consent", "country")}
    values = vars(VisitorFields.parse(**raw))
    values["consent"] = consent_value(cell("consent")) if "consent" in mapping else False
    values["country"] = import_country(cell("country")) if "country" in mapping else ""
    return values


def consent_value(cell: str) -> bool:
    return cell.strip().casefold() in YES


def import_country(cell: str) -> str:
    """A country cell as the import reads it (a name, an ISO code, UAE...), or InputError."""
    country = cell.strip()
    return country_code(clean(country, 100)) if country else ""


@dataclass
class Checked:
    """Rows checked column by column: `values[field][k]` is the k-th row's value (fields
    as VisitorFields names them); `errors[k]` the reason the k-th row is refused."""

    numbers: list[int]
    values: dict[str, list[Any]]
    # The mapped cells as read: a blank cell erases nothing on a visitor it updates.
    cells: dict[str, Sequence[str]]
    errors: dict[int, str] = field(default_factory=dict)


def check_rows(
    rows: Sequence[tuple[int, list[str]]], mapping: dict[str, int],
    seen: dict[str, dict[str, Any]],
) -> Checked:
    """`rows` checked by the registration form's rule, a column at a time (see the module
    docstring); `seen` remembers the checked repeating cells from one call to the next."""
    count = len(rows)
    width = max(mapping.values()) + 1
    padded = list(map(itemgetter(1), rows))
    if padded and min(map(len, padded)) < width:
        padded = [cells if len(cells) >= width else [*cells, *[""] * (width - len(cells))]
                  for cells in padded]
    columns = list(zip(*padded, strict=False)) if padded else [()] * width
    raw = {name: columns[index] for name, index in mapping.items()}
    values: dict[str, list[Any]] = {}

    def cleaned(name: str, limit: int) -> list[str]:
        return clean_column(raw[name], limit) if name in raw else [""] * count

    given, family = cleaned("given_name", 200), cleaned("family_name", 200)
    if "name" in raw:
        names = clean_column(raw["name"], MAX_NAME)
        if "" in names:  # no name in the cell: the first and last name make it
            for k, name in enumerate(names):
                if not name:
                    names[k] = clean(f"{given[k]} {family[k]}", MAX_NAME)
    else:
        names = clean_column([f"{g} {f}" for g, f in zip(given, family, strict=True)], MAX_NAME)
    values.update(name=names, given_name=given, family_name=family)
    for name, limit in LIMITS.items():
        values[name] = cleaned(name, limit)
    values["email"] = _emails(raw["email"]) if "email" in raw else [""] * count
    repeating = {"category": (category_value, "other"), "country": (import_country, ""),
                 "consent": (consent_value, False)}
    for name, (rule, default) in repeating.items():
        values[name] = (_once_per_cell(raw[name], rule, seen.setdefault(name, {}))
                        if name in raw else [default] * count)
    checked = Checked([number for number, _cells in rows], values, raw)
    # The rows the rule refuses: no name, a bad e-mail, category or country. The rule
    # itself says why (and in which order it complains).
    suspect = {k for k, name in enumerate(names) if not name} if "" in names else set()
    if "email" in raw:
        suspect.update(_bad_emails(values["email"]))
    for name in ("category", "country"):
        if name in raw:
            bad = {cell for cell in set(raw[name]) if isinstance(seen[name][cell], InputError)}
            if bad:
                suspect.update(k for k, cell in enumerate(raw[name]) if cell in bad)
    for k in sorted(suspect):
        try:
            fields = parse_row(padded[k], mapping)
        except InputError as exc:
            checked.errors[k] = str(exc)
        else:  # never expected: the rule's own values win
            for name, value in fields.items():
                values[name][k] = value
    return checked


def clean_column(cells: Sequence[str], limit: int) -> list[str]:
    """`[clean(cell, limit) for cell in cells]`, a column at a time."""
    joined = "".join(cells)
    # A column of printable ASCII with single spaces (nearly every column of a list):
    # clean() only strips and shortens those. "  " across two cells only costs the
    # slower way, never a wrong value.
    if joined.isascii() and joined.isprintable() and "  " not in joined:
        return _stripped(cells, limit)
    if len(set(cells)) * 4 <= len(cells):
        once = {cell: clean(cell, limit) for cell in set(cells)}
        return list(map(once.__getitem__, cells))
    # The cells cleaned as one text, apart by a private-use character: clean() keeps it
    # and never joins what it separates (it starts no whitespace run, composes with
    # nothing); then cut back and shortened as clean() does each cell.
    if _APART not in joined:
        parts = clean(_APART.join(cells), len(joined) + len(cells)).split(_APART)
        if len(parts) == len(cells):
            return _stripped(parts, limit)
    return [clean(cell, limit) for cell in cells]


def _stripped(cells: Sequence[str], limit: int) -> list[str]:
    """Each cell stripped and, when longer than `limit`, cut (as clean() ends)."""
    stripped = list(map(str.strip, cells))
    if max(map(len, stripped), default=0) <= limit:
        return stripped
    return [cell[:limit].rstrip() for cell in stripped]


def _emails(cells: Sequence[str]) -> list[str]:
    """check_email's cleaning (lower case), without its check (see _bad_emails)."""
    cleaned = clean_column(cells, 320)
    joined = "\n".join(cleaned)
    lowered = joined.lower()
    if lowered == joined:  # nothing to lower (nearly always): no new strings
        return cleaned
    rows = lowered.split("\n")
    return rows if len(rows) == len(cleaned) else [cell.lower() for cell in cleaned]


def _bad_emails(emails: list[str]) -> list[int]:
    """Which of the cleaned `emails` check_email refuses (a blank one is no e-mail)."""
    joined = "\n".join(emails)
    filled = len(emails) - emails.count("")
    if len(_EMAILS.findall(joined)) == filled and joined.count("\n") == len(emails) - 1:
        return []
    return [k for k, email in enumerate(emails) if email and not EMAIL.match(email)]


def _once_per_cell(cells: Sequence[str], rule: Any, seen: dict[str, Any]) -> list[Any]:
    """`rule` applied to each distinct cell once: its value, or the InputError it raised."""
    for cell in set(cells).difference(seen):
        try:
            seen[cell] = rule(cell)
        except InputError as exc:
            seen[cell] = exc
    return list(map(seen.__getitem__, cells))
