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
- Delimited text, one line split on tab, `|`, `^`, `;` or `,`, or lines labelled
  `Name: ...`, is read by core.visitors.delimited_badge (its rules are there).
  Without a name or an e-mail address delimited text is not a badge, and neither is
  another kind of QR code (`WIFI:`, `SMSTO:`, `geo:`...).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, unquote, urlsplit

from booth_app.core.badges.codes import normalise_code
from booth_app.core.badges.tokens import looks_like_token
from booth_app.core.text import clean
from booth_app.core.visitors.badge_fields import (
    FIELD_OF,
    REGISTRATION_ID,
    badge_category,
    badge_country,
    field_key,
    values_of_pairs,
)
from booth_app.core.visitors.delimited_badge import has_separators, read_delimited, read_labelled
from booth_app.core.visitors.register import EMAIL, VisitorFields
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
_NAMED_EMAIL = re.compile(r"^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$")
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
                                         and not has_separators(text)):
        badge = _make("email", text, _email_values(text))
        return badge if badge.email else None
    else:
        scheme = _SCHEME.match(text)
        if scheme and field_key(scheme[1]) not in FIELD_OF:
            return None  # another kind of QR code: WIFI:, SMS:, geo:, MATMSG:, otpauth:...
        values = read_delimited(text) if one_line else read_labelled(text.split("\n"))
        badge = _make("delimited", text, values)
        return badge if badge.name or badge.email else None
    return badge if any(getattr(badge, key) for key in _PERSON) else None


# -- shared helpers -------------------------------------------------------------------------


def _make(kind: str, raw: str, values: dict[str, str]) -> ForeignBadge:
    v = {key: clean(values.get(key), limit) for key, limit in _LIMITS.items()}
    email = v["email"].lower()
    v["email"] = email if EMAIL.match(email) else ""
    v["country"] = badge_country(v["country"])
    v["category"] = badge_category(v["category"])
    if not v["name"]:
        v["name"] = clean(f"{v['given_name']} {v['family_name']}", _LIMITS["name"])
    return ForeignBadge(kind=kind, raw=raw, **v)



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
           and FIELD_OF.get(field_key(p.name[2:])) == "registration_id"]
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
    values = values_of_pairs(pairs)
    values.setdefault("website", text)
    badge = _make("url", text, values)
    if any(getattr(badge, key) for key in _PERSON):
        return badge
    segment = unquote(parts.path.rstrip("/").rsplit("/", 1)[-1])
    registration_id = badge.registration_id or (segment if REGISTRATION_ID.match(segment) else "")
    if not REGISTRATION_ID.match(registration_id):
        return None
    return ForeignBadge(kind="url", registration_id=registration_id, website=badge.website,
                        raw=text)
