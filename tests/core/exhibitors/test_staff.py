"""Booth staff sign in with a PIN; the database never holds the PIN itself."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from booth_app.core.errors import InputError, NotFound
from booth_app.core.exhibitors.manufacturers import add_exhibitor
from booth_app.core.exhibitors.staff import (
    add_staff,
    check_pin_format,
    hash_pin,
    staff_to_dict,
    verify_pin,
)
from booth_app.storage.database import Database
from booth_app.storage.models import Staff


def test_right_pin_verifies_wrong_pin_does_not() -> None:
    stored = hash_pin("4821")
    assert verify_pin("4821", stored)
    for wrong in ("4822", "1284", "48210", "", "0000"):
        assert not verify_pin(wrong, stored), wrong


def test_the_stored_hash_is_salted_and_is_not_the_pin() -> None:
    first, second = hash_pin("4821"), hash_pin("4821")
    assert "4821" not in first
    assert first.startswith("scrypt$")
    assert first != second  # salted: equal PINs do not show as equal hashes
    assert verify_pin("4821", first) and verify_pin("4821", second)


@pytest.mark.parametrize(
    "stored",
    ["", "garbage", "plain$1234", "md5$1$2$3$4$5", "scrypt$a$b$c$d$e", "scrypt$16384$8$1$!!!$???"],
)
def test_a_damaged_stored_hash_never_matches_and_never_crashes(stored: str) -> None:
    assert verify_pin("1234", stored) is False


@pytest.mark.parametrize("pin", ["123", "123456789", "12a4", "12 34", "", "²³⁴⁵", "abcd"])
def test_pin_format_is_four_to_eight_digits(pin: str) -> None:
    with pytest.raises(InputError, match="4 to 8 digits"):
        check_pin_format(pin)


def test_digits_from_other_keyboard_layouts_are_the_same_pin() -> None:
    assert check_pin_format("١٢٣٤") == "1234"  # Arabic-Indic
    assert check_pin_format("１２３４") == "1234"  # full-width
    assert verify_pin("١٢٣٤", hash_pin("1234"))


def test_add_staff_to_an_exhibitor(event_db: Database) -> None:
    with event_db.session() as session:
        add_exhibitor(session, code="MEDIKA", name="PT Medika Nusantara")
        member = add_staff(session, name=" Dewi  Lestari ", pin="2468", exhibitor_code="medika")
        data = staff_to_dict(member, "MEDIKA")
    assert data["name"] == "Dewi Lestari"
    assert data["role"] == "staff" and data["exhibitor"] == "MEDIKA" and data["active"] is True
    with event_db.reader() as session:
        stored = session.scalars(select(Staff)).one()
        assert stored.pin_hash != "2468" and "2468" not in stored.pin_hash
        assert verify_pin("2468", stored.pin_hash)


def test_coordinator_needs_no_exhibitor_but_staff_do(event_db: Database) -> None:
    with event_db.session() as session:
        boss = add_staff(session, name="Coordinator", pin="9999", exhibitor_code=None,
                         role="coordinator")  # fmt: skip
        assert boss.exhibitor_id is None
    with pytest.raises(InputError, match="belong to an exhibitor"), event_db.session() as session:
        add_staff(session, name="Lost", pin="1234", exhibitor_code=None)


def test_staff_refusals(event_db: Database) -> None:
    with event_db.session() as session:
        add_exhibitor(session, code="MEDIKA", name="PT Medika Nusantara")
    cases = [
        ({"exhibitor_code": "NOPE"}, NotFound, "No exhibitor with code"),
        ({"pin": "12"}, InputError, "4 to 8 digits"),
        ({"name": "  "}, InputError, "needs a name"),
        ({"role": "admin"}, InputError, "Role must be one of"),
    ]
    for change, error, message in cases:
        values = {"name": "Rudi", "pin": "1234", "exhibitor_code": "MEDIKA", "role": "staff"}
        values.update(change)
        with pytest.raises(error, match=message), event_db.session() as session:
            add_staff(session, **values)  # type: ignore[arg-type]
    with event_db.reader() as session:
        assert session.scalars(select(Staff)).all() == []
