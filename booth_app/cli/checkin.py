"""`booth checkin PAYLOAD [--point NAME] [--exit]`: one scan, decided and committed."""

from __future__ import annotations

import argparse
from typing import Any

from booth_app.core.checkin.rules import check_in
from booth_app.core.visitors.register import visitor_to_dict


def add_parser(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("checkin", help="check a badge in (exit 0 when the visitor is valid)")
    parser.add_argument("payload", metavar="PAYLOAD", help="what the scanner read")
    parser.add_argument("--point", metavar="NAME", help="check-in point (default: the first)")
    parser.add_argument("--exit", action="store_true", dest="leaving",
                        help="scan on the way out (points that track exits)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> tuple[dict[str, Any], str, int]:
    from booth_app.cli.commands import open_db

    db = open_db(args)
    with db.session() as session:  # committed (durably) before anything is shown
        result = check_in(session, args.payload, point_name=args.point,
                          direction="out" if args.leaving else "in")
        visitor = visitor_to_dict(result.visitor) if result.visitor is not None else None
    payload: dict[str, Any] = {"status": result.status, "visitor": visitor,
                               "message": result.message, "point": result.point}
    if "foreign" in result.extra:  # an organiser's badge: what it says, to register from
        payload["foreign"] = {"kind": result.extra["kind"], **result.extra["foreign"]}
    if result.current_version is not None:
        payload["current_badge"] = result.current_version
    who = f" {visitor['name']}" if visitor else ""
    human = f"{result.status.upper()}{who}: {result.message}"
    return payload, human, 0 if result.valid else 1
