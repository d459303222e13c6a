"""`booth report --out FILE.pdf [--currency CUR] [--rate CUR=RATE ...] [--lang en|id]`:
the pavilion results report for the ministry.

An existing file is never overwritten (exit 2); the PDF is written beside it under a
temporary name and renamed into place once complete, so a failure leaves nothing.
"""

from __future__ import annotations

import argparse
from decimal import Decimal
from pathlib import Path
from typing import Any

from booth_app.core import audit
from booth_app.core.errors import InputError
from booth_app.core.events import require_event
from booth_app.core.report.build import build_report
from booth_app.core.report.formatting import LANGUAGES, format_money, format_number
from booth_app.core.report.money import parse_currency_code, parse_rates

Result = tuple[dict[str, Any], str, int]


def add_parser(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """Add `report` to the `booth` commands."""
    report = sub.add_parser(
        "report", help="the pavilion results report (PDF)",
        description="Write the pavilion results report: visitors, check-ins, leads, business "
        "meetings, MoUs and the potential transaction value, per manufacturer and in total, "
        "with charts. Values in other currencies are converted with the rates given by "
        "--rate; a currency without a rate is listed as not converted, never guessed.")
    report.add_argument("--out", required=True, metavar="FILE.pdf",
                        help="the PDF to write (refused if it already exists)")
    report.add_argument("--currency", metavar="CUR",
                        help="reporting currency, an ISO 4217 code (default: the event's)")
    report.add_argument("--rate", action="extend", nargs="+", default=[], metavar="CUR=RATE",
                        help="exchange rate into the reporting currency: --rate USD=16250 means "
                             "1 USD = 16250 units of the reporting currency (a point for "
                             "decimals, no thousands separators); repeat or list several")
    report.add_argument("--lang", choices=LANGUAGES, default="en", type=str.lower,
                        help="en (English) or id (Bahasa Indonesia); default en")
    report.set_defaults(handler=run_report)


def run_report(args: argparse.Namespace) -> Result:
    from booth_app.cli.commands import open_db

    # Arguments are checked before the database is opened: a typo costs nothing.
    out = Path(args.out).expanduser()
    if out.exists() and not out.is_dir():  # a folder gets build_report's own message
        raise InputError(f"{out} already exists; choose another name or remove it first.")
    currency = parse_currency_code(args.currency) if args.currency else ""
    parse_rates(args.rate, currency)
    db = open_db(args)
    with db.reader() as session:
        currency = currency or parse_currency_code(require_event(session).currency)
        rates = parse_rates(args.rate, currency)
        result = build_report(session, args.out, currency=currency, rates=rates,
                              lang=args.lang, overwrite=False)
    totals = result.totals
    audit.record_now(db, audit.REPORT, detail=result.audit_detail(args.lang))
    human = (
        f"Report written to {result.path} ({result.pages} pages): "
        f"{format_number(totals['checkins'], 'en')} check-ins, "
        f"{format_number(totals['unique_visitors'], 'en')} unique visitors, "
        f"{format_number(totals['leads'], 'en')} leads, "
        f"{format_number(totals['mous'], 'en')} MoUs; potential transaction value "
        f"{format_money(Decimal(totals['potential_value']), totals['currency'], 'en')}")
    if totals["not_converted"]:
        human += " + " + ", ".join(
            format_money(Decimal(amount), code or "(no currency)", "en")
            for code, amount in totals["not_converted"].items()) + " not converted (no --rate)"
    return {"report": result.as_dict()}, human + ".", 0

