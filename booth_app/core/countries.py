"""Countries as ISO 3166-1 alpha-2 codes, looked up from codes or names."""

from __future__ import annotations

import pycountry

from booth_app.core.errors import InputError

_ALIASES = {"UAE": "AE", "KSA": "SA", "UK": "GB", "USA": "US", "RRC": "CN", "RI": "ID"}


def country_code(value: str | None, *, strict: bool = True) -> str:
    """`AE`, `are`, `United Arab Emirates` or `UAE` -> `AE`; empty stays empty."""
    text = (value or "").strip()
    if not text:
        return ""
    alias = _ALIASES.get(text.upper())
    if alias:
        return alias
    try:
        return str(pycountry.countries.lookup(text).alpha_2)
    except LookupError:
        if strict:
            raise InputError(
                "Unknown country: {text!r} (use an ISO code such as AE or ID)", text=text
            ) from None
        return ""


def country_name(code: str) -> str:
    country = pycountry.countries.get(alpha_2=code) if code else None
    return str(getattr(country, "common_name", None) or country.name) if country else code
