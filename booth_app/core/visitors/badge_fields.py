"""The fields an organiser's badge may label (in a URL, a vCard's X- property or
delimited text: `first_name`, `Company`, `nama`...), what a registration id looks like,
and a badge's country and category as the visitor form takes them."""

from __future__ import annotations

import re

from booth_app.core.countries import country_code
from booth_app.core.errors import InputError
from booth_app.core.visitors.register import category_value

# Field -> parameter or label names, compared by field_key (lower case, letters and digits).
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
FIELD_OF = {key: name for name, keys in _NAMES.items() for key in keys}
# A registration id: letters and digits (at least one digit), no spaces.
REGISTRATION_ID = re.compile(r"^(?=[^\s]*\d)[A-Za-z0-9][A-Za-z0-9_./-]{2,63}$")


def field_key(label: str) -> str:
    """A label as compared: lower case, letters and digits only (`first_name` == `FirstName`)."""
    return "".join(ch for ch in label.casefold() if ch.isalnum())


def badge_country(text: str) -> str:
    """A country name or code as its ISO code, or "" when it is not one."""
    if not text or any(ch.isdigit() for ch in text):
        return ""  # pycountry would read "784" as the UAE's numeric code
    return country_code(text, strict=False)


def badge_category(text: str) -> str:
    """A badge type as one of the visitor categories, or "" when it is none."""
    if not text:
        return ""
    try:
        return category_value(text)
    except InputError:
        return ""


def values_of_pairs(pairs: list[tuple[str, str]]) -> dict[str, str]:
    """Labelled values as fields: the first non-empty value of each field wins."""
    values: dict[str, str] = {}
    for label, value in pairs:
        name = FIELD_OF.get(field_key(label))
        if name and value.strip() and name not in values:
            values[name] = value
    return values
