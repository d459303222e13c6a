"""Visitor details as typed, scanned or imported: cleaned, checked, normalised."""

from __future__ import annotations

import pytest

from booth_app.core.countries import country_code, country_name
from booth_app.core.errors import InputError
from booth_app.core.visitors.register import (
    VisitorFields,
    add_visitor,
    category_value,
    visitor_to_dict,
)
from booth_app.storage.database import Database


def test_a_300_plus_character_name_is_cut_to_300() -> None:
    fields = VisitorFields.parse(name="Muhammad " * 60)
    assert len(fields.name) == 300
    assert fields.name == fields.name.strip()
    assert fields.name.startswith("Muhammad Muhammad")


def test_controls_and_bidi_overrides_are_removed() -> None:
    fields = VisitorFields.parse(
        name="Ahmed\x00\x07 \u202eAl-Farsi\u202c\r\n", organization="DHA\x1b[31m"
    )
    assert fields.name == "Ahmed Al-Farsi"
    assert fields.organization == "DHA[31m"


def test_markup_stays_plain_text() -> None:
    fields = VisitorFields.parse(name="<b>Siti</b> <script>alert(1)</script>")
    assert fields.name == "<b>Siti</b> <script>alert(1)</script>"


def test_a_name_from_given_and_family_names() -> None:
    fields = VisitorFields.parse(given_name="Budi", family_name="Santoso")
    assert fields.name == "Budi Santoso"
    with pytest.raises(InputError, match="needs a name"):
        VisitorFields.parse(name=" \u200f ", email="x@example.com")


@pytest.mark.parametrize("email", ["not-an-email", "a@b", "two@@example.com", "a b@example.com"])
def test_a_bad_email_is_refused(email: str) -> None:
    with pytest.raises(InputError, match="Not an e-mail address"):
        VisitorFields.parse(name="Ana", email=email)


def test_a_good_email_is_kept_in_lower_case() -> None:
    assert VisitorFields.parse(name="Ana", email=" Ana.Li@CCAD.example ").email == (
        "ana.li@ccad.example"
    )
    assert VisitorFields.parse(name="Ana", email="").email == ""


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("AE", "AE"),
        ("ae", "AE"),
        ("ARE", "AE"),
        ("United Arab Emirates", "AE"),
        ("UAE", "AE"),
        ("uae", "AE"),
        ("KSA", "SA"),
        ("Saudi Arabia", "SA"),
        ("Indonesia", "ID"),
        ("RI", "ID"),
        ("idn", "ID"),
        ("UK", "GB"),
        ("USA", "US"),
        ("India", "IN"),
        ("China", "CN"),
        ("  Egypt ", "EG"),
        ("", ""),
    ],
)
def test_country_names_and_aliases_become_iso_codes(typed: str, code: str) -> None:
    assert VisitorFields.parse(name="Ana", country=typed).country == code
    assert country_code(typed) == code


def test_an_unknown_country_is_refused_or_dropped() -> None:
    with pytest.raises(InputError, match="Unknown country"):
        VisitorFields.parse(name="Ana", country="Atlantis")
    assert country_code("Atlantis", strict=False) == ""
    assert country_name("AE") == "United Arab Emirates"
    assert country_name("") == ""


@pytest.mark.parametrize(
    ("typed", "category"),
    [
        ("", "other"),
        ("Hospital/Clinic", "hospital/clinic"),
        ("hospital", "hospital/clinic"),
        ("Rumah Sakit", "hospital/clinic"),
        ("klinik", "hospital/clinic"),
        ("Pemerintah", "government"),
        ("ministry", "government"),
        ("Pembeli", "buyer"),
        ("pers", "media"),
        ("Press", "media"),
        ("peserta pameran", "exhibitor"),
        ("Lainnya", "other"),
        ("Pengunjung", "other"),
        ("VIP", "vip"),
        ("distributor", "distributor"),
    ],
)
def test_categories_in_english_and_indonesian(typed: str, category: str) -> None:
    assert VisitorFields.parse(name="Ana", category=typed).category == category
    assert category_value(typed) == category


def test_an_unknown_category_is_refused_with_the_choices() -> None:
    with pytest.raises(InputError, match="Unknown category 'alien'; use one of: hospital/clinic"):
        VisitorFields.parse(name="Ana", category="alien")


def test_added_visitor_keeps_what_was_typed(event_db: Database) -> None:
    fields = VisitorFields.parse(
        name="<b>Siti</b>",
        organization="Kementerian Kesehatan",
        email="SITI@kemkes.example",
        country="Indonesia",
        category="Pemerintah",
        consent=True,
    )
    with event_db.session() as session:
        visitor = add_visitor(session, fields)
        data = visitor_to_dict(visitor)
    assert data["name"] == "<b>Siti</b>"
    assert data["email"] == "siti@kemkes.example"
    assert (data["country"], data["category"], data["consent"]) == ("ID", "government", True)
    assert len(data["code"]) == 9 and data["code"][4] == "-"
    assert visitor.consent_at is not None
    assert visitor.source == "manual"


def test_every_visitor_gets_a_different_code(event_db: Database) -> None:
    with event_db.session() as session:
        codes = {add_visitor(session, VisitorFields.parse(name=f"V{n}")).code for n in range(300)}
    assert len(codes) == 300
