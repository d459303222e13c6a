"""Organisers' badges read offline: vCard, MECARD/BIZCARD, URLs, delimited text, e-mail.

`parse_foreign(payload)` turns a scanned QR payload that is not one of our badges into
a `ForeignBadge`, or None when nothing person-like can be read. It never raises: the
payload is capped at 4 KB, control characters are removed, every value goes through
`clean()` (markup such as `<b>` stays literal text) and a country becomes its ISO code
or nothing.

- vCard 2.1, 3.0 and 4.0 are read by core.visitors.vcard (vobject, else a tolerant line
  reader for a broken or truncated card).
  The name is FN, else "Given Middle Family" from N; ORG keeps the company, not its
  units; the work (then preferred, then first) TEL, EMAIL and ADR win; an X-...-ID
  property (X-REGISTRATION-ID, X-BADGE-ID...), else UID, is the registration id.
- MECARD (`N:Last,First;...;;`, escapes `\\ ; : ,`) and BIZCARD (kind "mecard").
- http(s) URLs: person fields in query parameters (or the fragment) under common names,
  compared without case or punctuation (`first_name` == `FirstName`). A URL without
  person fields is a badge only if it carries an id (an id parameter, or a last path
  segment that looks like one); otherwise it is just a link and gives None.
- `mailto:` and bare addresses (`Name <a@b.c>` too) give kind "email".
- Delimited text, one line split on tab, `|`, `^`, `;` or `,` (the first of those
  that occurs at least twice), at most 16 non-empty fields. When two or more fields
  (or lines) are labelled (`name=...`, `Company: ...`) the labels are used. Otherwise
  each field is classified, conservatively: an e-mail address -> email; a URL ->
  website; a date -> ignored; a phone-looking field (7-15 digits, and a leading + or
  phone punctuation, or digits only once the id is taken) -> phone; the first id-like
  field (letters and digits without spaces, at least one digit) -> registration id; a
  badge type (VISITOR, VIP, PRESS...) -> category or ignored; an honorific (Mr, Dr,
  Ibu...) -> ignored; a full country name -> country; a 2-3 letter country code ->
  country only if it follows a text field (the last such code wins, so "LI" before a
  name stays a name). Of the remaining text, the first field without digits is the
  name and the next one the organisation; but when the first two are single words
  and a third text follows, they are the given and family name. With `^` names in
  capitals are family name first (the HL7/ID-card convention: `DOE^JOHN` -> "JOHN
  DOE"); names in mixed case are given name first, as organisers' exports write
  `ID^First^Last^email^Title^Company`. When two texts follow the name, the first is
  the job title and the second the organisation if the first reads like a title
  (Director, Manager, Purchasing...), or the second like an organisation (PT, LLC,
  Hospital...) and the first does not, or an e-mail address stands between the name
  and them (that export's shape); otherwise the first is the organisation (and the
  second the title if it reads like one); a lone text after the name is the
  organisation. Without a name or an e-mail address
  delimited text is not a badge, and neither is another kind of QR code (`WIFI:`,
  `SMSTO:`, `geo:`...).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, unquote, urlsplit

from booth_app.core.badges.codes import normalise_code
from booth_app.core.badges.tokens import looks_like_token
from booth_app.core.countries import country_code
from booth_app.core.errors import InputError
from booth_app.core.text import clean
from booth_app.core.visitors.register import EMAIL, VisitorFields, category_value
from booth_app.core.visitors.vcard import Prop, card_props, split_escaped, unescape

log = logging.getLogger(__name__)

MAX_PAYLOAD = 4096
KINDS = ("vcard", "mecard", "url", "delimited", "email")
# C0 (but tab and newline), DEL and C1 controls: never part of a badge's text.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_LIMITS = {"name": 300, "organization": 300, "job_title": 200, "email": 320, "phone": 64,
           "country": 64, "registration_id": 128, "website": 500, "given_name": 200,
           "family_name": 200, "category": 64}
_PERSON = ("name", "organization", "email", "phone")
# Field -> parameter or label names, compared by _key (lower case, letters and digits).
_NAMES: dict[str, tuple[str, ...]] = {
    "name": ("name", "fullname", "fn", "displayname", "attendeename", "visitorname",
             "contactname", "participantname", "nama", "namalengkap"),
    "given_name": ("first", "firstname", "givenname", "fname", "forename", "namadepan"),
    "family_name": ("last", "lastname", "surname", "familyname", "lname", "namabelakang"),
    "organization": ("company", "companyname", "org", "organization", "organisation",
                     "employer", "institution", "instansi", "perusahaan"),
    "email": ("email", "mail", "emailaddress"),
    "phone": ("phone", "mobile", "tel", "telephone", "cell", "phonenumber", "mobilephone",
              "hp", "nohp", "whatsapp"),
    "country": ("country", "countrycode", "negara", "nationality"),
    "job_title": ("title", "jobtitle", "position", "designation", "role", "jabatan"),
    "registration_id": ("id", "badge", "badgeid", "badgeno", "regid", "regno",
                        "registrationid", "registrationno", "registration", "ticket",
                        "ticketid", "attendeeid", "visitorid", "barcode"),
    "category": ("category", "type", "visitortype", "badgetype"),
    "website": ("website", "web", "url", "homepage"),
}
_FIELD_OF = {key: name for name, keys in _NAMES.items() for key in keys}
_ID = re.compile(r"^(?=[^\s]*\d)[A-Za-z0-9][A-Za-z0-9_./-]{2,63}$")
_PHONE = re.compile(r"^\+?[\d\s().\-/]+$")
_DATE = re.compile(r"^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})$")
_NAMED_EMAIL = re.compile(r"^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$")
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
_VCARD = re.compile("BEGIN:VCARD", re.IGNORECASE)
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")


@dataclass(frozen=True)
class ForeignBadge:
    """What an organiser's badge says about its wearer (cleaned; country as ISO code)."""

    kind: str  # one of KINDS
    name: str = ""
    organization: str = ""
    job_title: str = ""
    email: str = ""
    phone: str = ""
    country: str = ""
    registration_id: str = ""
    website: str = ""
    raw: str = field(default="", repr=False)
    given_name: str = ""
    family_name: str = ""
    category: str = ""  # a core category when the badge names one, else ""

    def prefill(self) -> dict[str, str]:
        """The visitor form's values (`VisitorForm.start_new(prefill)` keys)."""
        values = {"name": self.name, "organization": self.organization,
                  "job_title": self.job_title, "email": self.email, "phone": self.phone,
                  "country": self.country, "given_name": self.given_name,
                  "family_name": self.family_name, "external_id": self.registration_id}
        if self.category:
            values["category"] = self.category
        return values

    def to_fields(self) -> VisitorFields:
        """Ready for `add_visitor`; InputError when the badge carries no name."""
        return VisitorFields.parse(**self.prefill())


def parse_foreign(payload: str) -> ForeignBadge | None:
    """Read a foreign badge's payload; None for our own codes and anything not a person."""
    try:
        return _parse(payload)
    except Exception:  # a scan must never take the desk down; the bug is logged
        log.exception("foreign badge: could not read a payload of %d characters",
                      len(payload) if isinstance(payload, str) else -1)
        return None


def _parse(payload: object) -> ForeignBadge | None:
    if isinstance(payload, bytes):
        payload = payload[:MAX_PAYLOAD].decode("utf-8", errors="replace")
    if not isinstance(payload, str):
        return None
    text = payload[:MAX_PAYLOAD].replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROLS.sub("", text).strip().lstrip("\ufeff").strip()
    if not text or looks_like_token(text.upper()) or normalise_code(text):
        return None
    upper = text[:16].upper()
    vcard = _VCARD.search(text)
    one_line = "\n" not in text
    if vcard:
        badge = _make("vcard", text, _card_values(card_props(text[vcard.start():])))
    elif upper.startswith(("MECARD:", "BIZCARD:")):
        body = text.split(":", 1)[1]
        badge = _make("mecard", text,
                      _mecard(body) if upper.startswith("MECARD:") else _bizcard(body))
    elif upper.startswith(("HTTP://", "HTTPS://")):
        return _url(text)
    elif upper.startswith("MAILTO:") or ("@" in text and one_line
                                         and not _has_separators(text)):
        badge = _make("email", text, _email_values(text))
        return badge if badge.email else None
    else:
        scheme = _SCHEME.match(text)
        if scheme and _key(scheme[1]) not in _FIELD_OF:
            return None  # another kind of QR code: WIFI:, SMS:, geo:, MATMSG:, otpauth:...
        values = _delimited(text) if one_line else _labelled(text.split("\n"))
        badge = _make("delimited", text, values)
        return badge if badge.name or badge.email else None
    return badge if any(getattr(badge, key) for key in _PERSON) else None


# -- shared helpers -------------------------------------------------------------------------


def _make(kind: str, raw: str, values: dict[str, str]) -> ForeignBadge:
    v = {key: clean(values.get(key), limit) for key, limit in _LIMITS.items()}
    email = v["email"].lower()
    v["email"] = email if EMAIL.match(email) else ""
    v["country"] = _country(v["country"])
    v["category"] = _category(v["category"])
    if not v["name"]:
        v["name"] = clean(f"{v['given_name']} {v['family_name']}", _LIMITS["name"])
    return ForeignBadge(kind=kind, raw=raw, **v)


def _key(label: str) -> str:
    return "".join(ch for ch in label.casefold() if ch.isalnum())


def _country(text: str) -> str:
    if not text or any(ch.isdigit() for ch in text):
        return ""  # pycountry would read "784" as the UAE's numeric code
    return country_code(text, strict=False)


def _category(text: str) -> str:
    if not text:
        return ""
    try:
        return category_value(text)
    except InputError:
        return ""


def _from_pairs(pairs: list[tuple[str, str]]) -> dict[str, str]:
    values: dict[str, str] = {}
    for label, value in pairs:
        name = _FIELD_OF.get(_key(label))
        if name and value.strip() and name not in values:
            values[name] = value
    return values


def _best(props: list[Prop], name: str, index: int | None = None) -> str:
    """The work, else preferred, else first property's value (or component `index`)."""
    found = [p for p in props if p.name == name
             and (p.first if index is None else (p.parts[index:index + 1] or [""])[0].strip())]
    if not found:
        return ""
    best = min(enumerate(found), key=lambda item: ("work" not in item[1].types,
                                                   "pref" not in item[1].types, item[0]))[1]
    return best.first if index is None else best.parts[index]


def _card_values(props: list[Prop]) -> dict[str, str]:
    by_name: dict[str, Prop] = {}
    for prop in props:
        by_name.setdefault(prop.name, prop)
    values: dict[str, str] = {}
    if "N" in by_name:
        n = by_name["N"].parts + [""] * 3
        values["family_name"], values["given_name"] = n[0], n[1]
        values["name"] = " ".join(p.strip() for p in (n[1], n[2], n[0]) if p.strip())
    if "FN" in by_name and by_name["FN"].first.strip():
        values["name"] = by_name["FN"].first
    for key, name in (("organization", "ORG"), ("job_title", "TITLE"),
                      ("job_title", "ROLE"), ("website", "URL"), ("category", "CATEGORIES")):
        if name in by_name and not values.get(key):
            values[key] = by_name[name].first
    emails = [p for p in props if p.name == "EMAIL"
              and EMAIL.match(clean(p.first, 320).lower())]
    values["email"] = _best(emails, "EMAIL")
    values["phone"] = re.sub(r"^tel:", "", _best(props, "TEL"), flags=re.IGNORECASE)
    values["country"] = _best(props, "ADR", 6)
    # The organiser's own X-REGISTRATION-ID (X-BADGE-ID...) before a UID, which a
    # contacts app may have made up.
    ids = [p.first for p in props if p.name.startswith("X-")
           and _FIELD_OF.get(_key(p.name[2:])) == "registration_id"]
    ids += [p.first for p in props if p.name == "UID"]
    values["registration_id"] = re.sub(r"^urn:uuid:", "", next(iter(ids), ""), flags=re.I)
    return values


# -- MECARD, BIZCARD -----------------------------------------------------------------------


def _mecard_fields(body: str) -> list[tuple[str, str]]:
    pairs = []
    for item in split_escaped(body, ";"):
        key, sep, value = item.partition(":")
        if sep:
            pairs.append((key.strip().upper(), value))
    return pairs


def _mecard(body: str) -> dict[str, str]:
    values: dict[str, str] = {}
    for key, value in _mecard_fields(body):
        target = {"TEL": "phone", "EMAIL": "email", "ORG": "organization",
                  "TITLE": "job_title", "URL": "website"}.get(key)
        if target and not values.get(target):
            values[target] = unescape(value)
        elif key == "N" and not values.get("name"):
            parts = [unescape(p).strip() for p in split_escaped(value, ",")]
            if len(parts) >= 2:
                values["family_name"], values["given_name"] = parts[0], " ".join(parts[1:])
                values["name"] = " ".join(p for p in (*parts[1:], parts[0]) if p)
            else:
                values["name"] = parts[0]
        elif key == "ADR" and not values.get("country"):
            values["country"] = unescape(split_escaped(value, ",")[-1])
    return values


def _bizcard(body: str) -> dict[str, str]:
    fields = dict(reversed(_mecard_fields(body)))  # the first of a repeated key wins
    got = {key: unescape(value) for key, value in fields.items()}
    return {"given_name": got.get("N", ""), "family_name": got.get("X", ""),
            "job_title": got.get("T", ""), "organization": got.get("C", ""),
            "phone": got.get("B", "") or got.get("M", ""), "email": got.get("E", ""),
            "country": got.get("A", "").rsplit(",", 1)[-1]}


# -- e-mail and URLs ------------------------------------------------------------------------


def _email_values(text: str) -> dict[str, str]:
    if text[:7].upper() == "MAILTO:":
        address = unquote(text[7:].split("?", 1)[0].split(",", 1)[0])
        return {"email": address.strip()}
    named = _NAMED_EMAIL.match(text)
    if named:
        return {"name": named[1].strip().strip('"'), "email": named[2]}
    return {"email": text}


def _url(text: str) -> ForeignBadge | None:
    try:
        parts = urlsplit(text)
    except ValueError:  # e.g. a broken [IPv6] host
        return None
    pairs = parse_qsl(parts.query)
    if "=" in parts.fragment:
        pairs += parse_qsl(parts.fragment)
    values = _from_pairs(pairs)
    values.setdefault("website", text)
    badge = _make("url", text, values)
    if any(getattr(badge, key) for key in _PERSON):
        return badge
    segment = unquote(parts.path.rstrip("/").rsplit("/", 1)[-1])
    registration_id = badge.registration_id or (segment if _ID.match(segment) else "")
    if not _ID.match(registration_id):
        return None
    return ForeignBadge(kind="url", registration_id=registration_id, website=badge.website,
                        raw=text)


# -- delimited text -------------------------------------------------------------------------


def _has_separators(text: str) -> bool:
    return any(text.count(sep) >= 2 for sep in _SEPARATORS)


def _delimited(text: str) -> dict[str, str]:
    sep = next((s for s in _SEPARATORS if text.count(s) >= 2), None)
    if sep is None:
        return {}
    cells = [cell.strip().strip('"').strip() for cell in text.split(sep)]
    if sum(1 for cell in cells if cell) > _MAX_CELLS:
        return {}  # a list or a log line, not one person's badge
    return _labelled(cells) or _classify(cells, family_first=sep == "^")


def _labelled(cells: list[str]) -> dict[str, str]:
    """`Name: Siti` / `company=RS Harapan` cells (or lines), when two or more are labelled."""
    split = [re.split(r"\s*[=:]\s*", cell.strip(), maxsplit=1) for cell in cells]
    pairs = [(pair[0], pair[1]) for pair in split
             if len(pair) == 2 and _key(pair[0]) in _FIELD_OF]
    return _from_pairs(pairs) if len(pairs) >= 2 else {}


def _words_of(text: str) -> set[str]:
    return {_key(word) for word in text.split()} - {""}


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
        elif _ID.match(cell):
            values.setdefault("registration_id", cell)
        elif folded in _HONORIFICS or folded in _BADGE_WORDS:
            continue
        elif _category(cell):
            values.setdefault("category", cell)
        elif len(cell) > 3 and _country(cell):
            values.setdefault("country", cell)
        elif 2 <= len(cell) <= 3 and cell.isalpha() and _country(cell):
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
