"""The report's currencies and exchange rates: `CUR=RATE` as the coordinator gives it,
and amounts summed into the reporting currency (`Money`); an amount in a currency
without a rate stays apart, never dropped or guessed."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

import pycountry

from booth_app.core.errors import InputError

CENT = Decimal("0.01")


def parse_currency_code(value: str, what: str = "--currency") -> str:
    code = (value or "").strip().upper()
    if len(code) != 3 or not code.isalpha() or pycountry.currencies.get(alpha_3=code) is None:
        raise InputError("{what}: {value!r} is not an ISO 4217 currency code such as IDR, "
                         "USD, EUR or AED.", what=what, value=value)
    return code


def parse_rate(text: str) -> tuple[str, Decimal]:
    """`USD=16250` -> ("USD", 16250): 1 USD is worth 16,250 of the reporting currency.
    A point marks decimals; thousands separators are refused (16,250 and 16.250 could
    each mean two things)."""
    currency, sep, number = (text or "").partition("=")
    if not sep:
        raise InputError("--rate {text!r}: write CUR=RATE, e.g. USD=16250 "
                         "(1 USD = 16250 units of the reporting currency).", text=text)
    code = parse_currency_code(currency, "--rate")
    number = number.strip().replace("_", "")
    if "," in number or number.count(".") > 1:
        raise InputError("--rate {text!r}: write the rate without thousands separators and "
                         "with a point for decimals, e.g. USD=16250 or IDR=0.0000615.", text=text)
    try:
        rate = Decimal(number)
    except InvalidOperation:
        raise InputError("--rate {text!r}: {number!r} is not a number.",
                         text=text, number=number) from None
    if not rate.is_finite() or rate <= 0:
        raise InputError("--rate {text!r}: a rate must be a number above 0.", text=text)
    return code, rate


def parse_rates(items: Iterable[str], currency: str) -> dict[str, Decimal]:
    """Every `CUR=RATE`; a currency twice, or the reporting currency at a rate other than
    1, is refused rather than silently chosen between."""
    rates: dict[str, Decimal] = {}
    for item in items:
        code, rate = parse_rate(item)
        if code in rates and rates[code] != rate:
            raise InputError("--rate {code} is given twice ({rates} and {rate}).",
                             code=code, rates=rates[code], rate=rate)
        if code == currency and rate != 1:
            raise InputError("--rate {item!r}: {code} is the reporting currency (1 {code} = "
                             "1 {code}).", item=item, code=code)
        rates[code] = rate
    return rates


@dataclass(frozen=True)
class Money:
    """Amounts turned into the reporting currency, and those that had no rate."""

    converted: Decimal
    not_converted: dict[str, Decimal]

    def as_dict(self) -> dict[str, Any]:
        return {"converted": str(self.converted),
                "not_converted": {cur: str(amount) for cur, amount in self.not_converted.items()}}


def convert(amounts: Mapping[str, Decimal], currency: str,
            rates: Mapping[str, Decimal]) -> Money:
    """Sum `amounts` (currency -> amount) in `currency`; those without a rate stay apart."""
    total, left = Decimal(0), {}
    for code, amount in sorted(amounts.items()):
        rate = Decimal(1) if code == currency else rates.get(code)
        if rate is None:
            left[code] = amount
        else:
            total += amount * rate
    return Money(total.quantize(CENT, ROUND_HALF_UP), left)
