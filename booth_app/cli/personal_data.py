"""Personal data on the command line (UU PDP 27/2022, UAE PDPL): `booth visitors erase`,
`booth visitors export-data`, `booth purge` and `booth audit`.

They act with coordinator rights, as every command does, on SQLite files and on the
PostgreSQL hub alike; each act is in the audit log.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from booth_app.cli.commands import open_db
from booth_app.core.errors import InputError
from booth_app.core.events import parse_date, require_event

Result = tuple[dict[str, Any], str, int]


def add_visitor_parsers(visitors_subparsers: Any,
                        parser_class: type[argparse.ArgumentParser]) -> None:
    """Add `erase` and `export-data` to the `booth visitors` actions."""
    del parser_class  # the subparsers object already makes parsers of that class
    erase = visitors_subparsers.add_parser(
        "erase", help="erase one person on request, here and (by sync) everywhere",
        description="Erase a person's name, contact details, notes and answers about them "
        "(REF: visitor id, short code or e-mail). Their check-ins, leads and meetings "
        "still count, naming nobody; their badge stops working. Sync carries the "
        "erasure to every laptop and the hub.")
    erase.add_argument("ref", metavar="REF")
    erase.add_argument("--reason", default="", metavar="TEXT",
                       help="why (kept in the audit log, without the person's details)")
    erase.set_defaults(handler=visitors_erase)
    export = visitors_subparsers.add_parser(
        "export-data", help="everything held about one person, as JSON (subject access)",
        description="Write everything this database holds about one person to a JSON "
        "file. An existing file is never replaced.")
    export.add_argument("ref", metavar="REF")
    export.add_argument("--out", required=True, metavar="FILE.json")
    export.set_defaults(handler=visitors_export_data)


def add_parsers(subparsers: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """Add `booth purge` and `booth audit`."""
    del parser_class
    purge = subparsers.add_parser(
        "purge", help="erase everyone not seen since a date",
        description="Erase every visitor not seen (registered, scanned, met, lead captured) "
        "since the date (default: the event's retention date); the rolling backups taken "
        "before it are deleted too. --dry-run only counts.")
    purge.add_argument("--before", metavar="YYYY-MM-DD")
    purge.add_argument("--dry-run", action="store_true", help="count, change nothing")
    purge.set_defaults(handler=purge_command)
    log = subparsers.add_parser(
        "audit", help="the audit log, newest first",
        description="Who did what, when, on which laptop: sign-ins and failed PINs, "
        "exports, prints, erasures, purges, merges, setup and sync.")
    log.add_argument("--limit", type=int, default=50, metavar="N")
    log.add_argument("--action", metavar="A",
                     help="an action (visitor.erase), a group (sync) or a verb (erase)")
    log.add_argument("--who", metavar="NAME", help="part of a staff member's name")
    log.add_argument("--since", metavar="YYYY-MM-DD", help="from this day (event's time)")
    log.set_defaults(handler=audit_command)


def visitors_erase(args: argparse.Namespace) -> Result:
    from booth_app.core.visitors.erasure import erase_person

    erased = erase_person(open_db(args), args.ref, reason=args.reason)
    human = (f"Erased visitor {erased.visitor_id}: their {erased.leads} lead(s), "
             f"{erased.checkins} check-in(s) and {erased.meetings} meeting(s) still count, "
             "naming nobody. Sync carries the erasure to the other laptops and the hub.")
    return {"erased": erased.as_dict()}, human, 0


def visitors_export_data(args: argparse.Namespace) -> Result:
    from booth_app.core.visitors.subject_access import export_personal_data

    done = export_personal_data(open_db(args), args.ref, args.out)
    human = (f"Wrote everything held about visitor {done['visitor']} to {done['file']} "
             f"({done['leads']} lead(s), {done['checkins']} check-in(s), "
             f"{done['meetings']} meeting(s)).")
    return {"exported": done}, human, 0


def purge_command(args: argparse.Namespace) -> Result:
    from booth_app.core.visitors.purge import purge

    before = parse_date(args.before, "--before") if args.before else None
    done = purge(open_db(args), before=before, dry_run=args.dry_run)
    if args.dry_run:
        human = (f"{done['would_erase']} visitor(s) not seen since {done['before']} would be "
                 f"erased, and {done['backups_to_delete']} old backup(s) deleted. "
                 "Nothing was changed.")
    else:
        human = (f"Erased {done['erased']} visitor(s) not seen since {done['before']}; "
                 f"deleted {done['backups_deleted']} old backup(s).")
    return done, human, 0


def audit_command(args: argparse.Namespace) -> Result:
    from booth_app.core.audit import entry_to_dict, list_entries

    if args.limit < 0:
        raise InputError("--limit is a number of entries (0 or more).")
    db = open_db(args)
    with db.reader() as session:
        since = None
        if args.since:
            event = require_event(session)
            day = parse_date(args.since, "--since")
            since = datetime.combine(day, time.min, ZoneInfo(event.timezone)).astimezone(UTC)
        entries = list_entries(session, action=args.action, who=args.who, since=since,
                               limit=args.limit)
    rows = [entry_to_dict(entry) for entry in entries]
    human = "\n".join(f"{r['at'][:19]}  {r['action']:<20} {r['who'] or '-':<16} "
                      f"{r['device']:<16} {r['what']}" for r in rows)
    return {"entries": rows}, human or "No entries.", 0
