"""Core errors carry a template and its values (the window translates the template);
their English text, what the CLI prints, is what it always was."""

from __future__ import annotations

import pytest

from booth_app.core.errors import BoothError, InputError
from booth_app.core.events import check_currency, parse_date
from booth_app.core.exhibitors.staff import PinLocked, WrongPin


def test_a_converted_error_keeps_its_english_text_and_carries_its_parts() -> None:
    with pytest.raises(InputError) as caught:
        parse_date("27/01/2027", "The start")
    exc = caught.value
    assert str(exc) == "The start must be a date like 2027-01-27, not '27/01/2027'"
    assert exc.template == "{what} must be a date like 2027-01-27, not {text!r}"
    assert exc.values == {"what": "The start", "text": "27/01/2027"}
    with pytest.raises(InputError, match=r"^Currency must be a three-letter code such as "
                                         r"USD, not 'US'$"):
        check_currency("us")


def test_a_plain_error_is_as_it_was() -> None:
    exc = BoothError("Braces {stay} as they are.")
    assert str(exc) == "Braces {stay} as they are."
    assert exc.args == ("Braces {stay} as they are.",)
    assert exc.template == "Braces {stay} as they are." and exc.values == {}
    assert BoothError().args == ()


def test_pin_refusals_read_as_before() -> None:
    assert str(WrongPin(2)) == "Wrong PIN. 2 more tries before a wait."
    assert str(WrongPin(1)) == "Wrong PIN. One more try before a wait."
    assert str(WrongPin(0, 90)) == "Wrong PIN. Wait 1 min 30 s before trying again."
    assert str(PinLocked(30)) == "Too many wrong PINs. Try again in 30 s."
    assert WrongPin(2).values == {"attempts_left": 2}
