"""The `booth` command line: parsing, dispatch, output and exit status.

Exit status: 0 done, 1 refused, 2 unusable input. A user's mistake prints one clear
line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from booth_app import __version__
from booth_app.cli import (
    badges,
    checkin,
    commands,
    event,
    leads,
    meetings,
    personal_data,
    products,
    report,
    sync,
    visitors_import,
)
from booth_app.core import audit
from booth_app.core.badges.bands import BADGE_LANGS, DEFAULT_BADGE_LANG
from booth_app.core.errors import BoothError
from booth_app.storage.database import DatabaseError

log = logging.getLogger("booth")


class UsageError(Exception):
    """Arguments argparse cannot make sense of (exit status 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # Raised rather than printed here, so that `--json` still gets its one document.
        raise UsageError(f"{message} (see `booth --help`)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="booth", description="Booth: check-in, badges and leads for pavilions.")
    parser.add_argument(
        "--db",
        metavar="TARGET",
        help="SQLite file or SQLAlchemy URL (default: BOOTH_DB or the data folder)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON document on stdout")
    parser.add_argument("--version", action="version", version=f"booth {__version__}")
    parser.add_argument(
        "--selftest",
        action="store_true",
        help="open the database and the window offscreen, then exit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    gui = sub.add_parser("gui", help="open the window")
    gui.add_argument(
        "--demo", action="store_true", help="open the demo pavilion (created on first use) instead"
    )
    gui.set_defaults(handler=commands.gui)

    init = sub.add_parser("init", help="create the event and its badge keys")
    init.add_argument("--event", required=True)
    init.add_argument("--start", required=True, metavar="YYYY-MM-DD")
    init.add_argument("--end", required=True, metavar="YYYY-MM-DD")
    init.add_argument("--timezone", required=True, metavar="TZ")
    init.add_argument("--venue", default="")
    init.add_argument("--pavilion", default="")
    init.add_argument("--currency", default="USD")
    init.add_argument("--retention", metavar="YYYY-MM-DD",
                      help="keep personal data until this date (then `booth purge`)")
    init.add_argument("--badge-lang", choices=BADGE_LANGS, default=DEFAULT_BADGE_LANG,
                      help="the language of the category words printed on badges "
                      "(default: en)")
    init.set_defaults(handler=commands.init)

    demo = sub.add_parser("demo", help="fill the database with the demo pavilion")
    demo.add_argument("--visitors", type=int, default=500, metavar="N")
    demo.set_defaults(handler=commands.demo)

    exhibitors = sub.add_parser("exhibitors", help="manufacturers in the pavilion")
    ex_sub = exhibitors.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=_Parser
    )
    ex_add = ex_sub.add_parser("add")
    ex_add.add_argument("--code", required=True)
    ex_add.add_argument("--name", required=True)
    ex_add.add_argument("--booth", default="")
    ex_add.add_argument("--country", default="")
    ex_add.set_defaults(handler=commands.exhibitors_add)
    ex_sub.add_parser("list").set_defaults(handler=commands.exhibitors_list)
    ex_import = ex_sub.add_parser("import")
    ex_import.add_argument("file")
    ex_import.set_defaults(handler=commands.exhibitors_import)

    staff = sub.add_parser("staff", help="booth staff and coordinators")
    st_sub = staff.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=_Parser
    )
    st_add = st_sub.add_parser("add")
    st_add.add_argument("--exhibitor", metavar="CODE")
    st_add.add_argument("--name", required=True)
    st_add.add_argument("--pin", required=True)
    st_add.add_argument("--role", choices=("staff", "coordinator"), default="staff")
    st_add.set_defaults(handler=commands.staff_add)

    visitors = sub.add_parser("visitors", help="registered visitors")
    vi_sub = visitors.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=_Parser
    )
    vi_add = vi_sub.add_parser("add")
    vi_add.add_argument("--name", required=True)
    for option in ("organization", "email", "phone", "country", "category"):
        vi_add.add_argument(f"--{option}", default="")
    vi_add.add_argument("--job-title", default="")
    vi_add.add_argument(
        "--consent", action="store_true", help="the visitor agreed to share details with exhibitors"
    )
    vi_add.set_defaults(handler=commands.visitors_add)
    vi_list = vi_sub.add_parser("list")
    vi_list.add_argument("--search", default="", metavar="Q")
    vi_list.add_argument("--limit", type=int, default=100, metavar="N")
    vi_list.set_defaults(handler=commands.visitors_list)
    visitors_import.add_parser(vi_sub, _Parser)
    personal_data.add_visitor_parsers(vi_sub, _Parser)

    backup = sub.add_parser("backup", help="a consistent copy of the database")
    backup.add_argument("--out", required=True, metavar="FILE")
    backup.set_defaults(handler=commands.backup)
    sub.add_parser("check", help="an integrity check").set_defaults(handler=commands.check)
    badges.add_parsers(sub, _Parser)
    checkin.add_parser(sub, _Parser)
    leads.add_parser(sub, _Parser)
    meetings.add_parser(sub, _Parser)
    personal_data.add_parsers(sub, _Parser)
    products.add_parser(sub, _Parser)
    report.add_parser(sub, _Parser)
    sync.add_parsers(sub, _Parser)
    event.add_parser(sub, _Parser)
    return parser


def emit(args: argparse.Namespace, payload: dict[str, Any], human: str) -> None:
    if args.json:
        json.dump(payload, sys.stdout, ensure_ascii=False, default=str)
        sys.stdout.write("\n")
    elif human:
        print(human)


def fail(args: argparse.Namespace | None, message: str, code: int) -> int:
    if args is not None and args.json:
        json.dump({"error": message, "exit": code}, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    print(f"booth: {message}", file=sys.stderr)
    return code


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a bare container)
        return f"uid {os.getuid()}" if hasattr(os, "getuid") else "unknown"


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        return fail(argparse.Namespace(json="--json" in argv), str(exc), 2)
    if args.selftest:
        return commands.selftest(args)
    handler = getattr(args, "handler", commands.gui)
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    # What the command line writes to the audit log says it came from here, and whom.
    audit.set_origin(f"command line ({_user()})")
    try:
        result = handler(args)
    except BoothError as exc:
        return fail(args, str(exc), exc.exit_code)
    except DatabaseError as exc:
        return fail(args, str(exc), 2)
    except KeyboardInterrupt:
        return fail(args, "interrupted", 130)
    finally:
        audit.set_origin("")
        commands.close_databases()
    if isinstance(result, int):
        return result
    payload, human, code = result
    try:
        emit(args, payload, human)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away; that is not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return code
