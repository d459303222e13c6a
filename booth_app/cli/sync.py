"""`booth sync export/import/hub/status` and `booth setup export/import`: bundles between laptops.

The passphrase comes from `--passphrase-file F` (its first line) or the
BOOTH_PASSPHRASE environment variable, never from the command line (it would show in
the process list and the shell history).
"""

from __future__ import annotations

import argparse
import json
import os
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from booth_app.cli.commands import open_db
from booth_app.core.errors import BoothError, InputError
from booth_app.core.events import current_event

if TYPE_CHECKING:
    from booth_app.core.sync.status import SyncStatus

Result = tuple[dict[str, Any], str, int]
ENV_PASSPHRASE = "BOOTH_PASSPHRASE"

_KEYS_NOTE = (
    "Badge codes are signed with a shared secret (HMAC), so every laptop that checks "
    "badges needs the same secret as the one that prints them: guard the setup bundle "
    "and its passphrase like the badge printer itself."
)


def add_parsers(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """Add `sync` (export, import) and `setup` (export, import) to the `booth` commands."""
    sync = sub.add_parser("sync", help="change bundles between laptops")
    actions = sync.add_subparsers(dest="action", metavar="ACTION", required=True,
                                  parser_class=parser_class)
    export = actions.add_parser(
        "export", help="write the changes not yet sent to the bundle's folder",
        description="Write every change made or received since the last export to the same "
        "folder (or DESTINATION), or everything with --full, as an encrypted, signed "
        "bundle. Without a passphrase the bundle is keyed from the event's badge secret: "
        "only laptops of this event can read it.",
    )
    export.add_argument("--out", required=True, metavar="FILE")
    _passphrase_option(export)
    export.add_argument("--full", action="store_true", help="everything, not only what is new")
    export.add_argument("--destination", metavar="NAME",
                        help="what to count as sent for (default: the folder of FILE)")
    export.set_defaults(handler=sync_export)
    imp = actions.add_parser(
        "import", help="apply a change bundle from another laptop",
        description="Apply a change bundle: newest change wins, check-ins and lead history "
        "are added, never doubled; importing twice or out of order is harmless. A damaged, "
        "altered or foreign bundle is refused and nothing changes.",
    )
    imp.add_argument("file", metavar="FILE")
    _passphrase_option(imp)
    imp.set_defaults(handler=sync_import)
    hub = actions.add_parser(
        "hub", help="one sync round with the pavilion's PostgreSQL hub",
        description="Send the changes the hub has not had yet, then take the hub's changes "
        "this laptop has not had. When the hub cannot be reached, or goes away during the "
        "round, nothing is half-done: run it again later.",
    )
    hub.add_argument("url", metavar="URL", help="postgresql+psycopg://USER:PASSWORD@HOST/DB")
    hub.add_argument("--timeout", type=float, default=5, metavar="S",
                     help="give up on an unanswering hub after S seconds (default 5)")
    hub.add_argument("--watch", action="store_true",
                     help="keep syncing: a round when another laptop's change is announced "
                     "by the hub, when something changes here, and every --poll seconds; "
                     "one line per round (JSON with --json) until --seconds or Ctrl-C")
    hub.add_argument("--seconds", type=float, default=None, metavar="N",
                     help="with --watch: stop after N seconds (default: until Ctrl-C)")
    hub.add_argument("--poll", type=float, default=10, metavar="S",
                     help="with --watch: a round at least every S seconds (default 10)")
    hub.set_defaults(handler=sync_hub)
    status = actions.add_parser(
        "status", help="which laptops have synced when, and what is still unsent",
        description="Every laptop known to this database with when its changes last "
        "arrived here (by the hub or a bundle), what this database has not yet sent to "
        "each place it sends to (the hub, a USB folder), and the hub's last round. Run "
        "with --db on the hub's address to see when each laptop's changes reached the hub.",
    )
    status.add_argument("--hub", metavar="URL", default="",
                        help="also count what the hub at URL has not had yet (before any round)")
    status.set_defaults(handler=sync_status)

    setup = sub.add_parser("setup", help="the event setup a new laptop joins from")
    setup_actions = setup.add_subparsers(dest="action", metavar="ACTION", required=True,
                                         parser_class=parser_class)
    sexport = setup_actions.add_parser(
        "export", help="write the setup bundle (needs a passphrase)",
        description="Write the event with its badge keys, manufacturers, products, staff "
        "(PIN hashes), check-in points and questions, encrypted with a passphrase. "
        + _KEYS_NOTE,
    )
    sexport.add_argument("--out", required=True, metavar="FILE")
    _passphrase_option(sexport)
    sexport.set_defaults(handler=setup_export)
    simport = setup_actions.add_parser(
        "import", help="join the event of a setup bundle",
        description="Join the event of a setup bundle; this laptop keeps its own device "
        "identity. Importing it again updates the setup. " + _KEYS_NOTE,
    )
    simport.add_argument("file", metavar="FILE")
    _passphrase_option(simport)
    simport.set_defaults(handler=setup_import)


def _passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--passphrase-file", metavar="F",
                        help=f"a file whose first line is the passphrase (or set {ENV_PASSPHRASE})")


def read_passphrase(args: argparse.Namespace) -> str | None:
    """The first line of --passphrase-file, else BOOTH_PASSPHRASE, else None."""
    path = getattr(args, "passphrase_file", None)
    if path:
        try:
            lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
        except FileNotFoundError:
            raise InputError(f"No such passphrase file: {path}") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"Cannot read the passphrase file {path}: {exc}") from None
        if not lines or not lines[0].strip():
            raise InputError(f"The passphrase file {path} is empty.")
        return lines[0]
    value = os.environ.get(ENV_PASSPHRASE)
    return value if value else None


def sync_export(args: argparse.Namespace) -> Result:
    from booth_app.core.sync.bundle import export_changes

    db = open_db(args)
    result = export_changes(db, args.out, passphrase=read_passphrase(args),
                            destination=args.destination, full=args.full)
    human = f"Wrote {result['rows']} changes to {result['file']}."
    return result, human, 0


def sync_import(args: argparse.Namespace) -> Result:
    from booth_app.core.sync.bundle import import_changes

    db = open_db(args)
    result = import_changes(db, args.file, passphrase=read_passphrase(args))
    payload = result.as_dict()
    human = (f"Applied {result.applied} changes, skipped {result.skipped} already held"
             + (f", merged {result.merged} duplicates." if result.merged else "."))
    return payload, human, 0


def sync_hub(args: argparse.Namespace) -> Result | int:
    from booth_app.core.sync.hub import hub_round

    if args.watch:
        return sync_hub_watch(args)
    if args.seconds is not None:
        raise InputError("--seconds goes with --watch.")
    db = open_db(args)
    result = hub_round(db, args.url, timeout_s=args.timeout)
    human = (f"Sent {result.pushed} changes to the hub, took {result.pulled} from it"
             + (f", merged {result.merged} duplicates." if result.merged else ".")
             + f" ({result.seconds:.2f} s)")
    return result.as_dict(), human, 0


def sync_hub_watch(args: argparse.Namespace) -> int:
    """`booth sync hub URL --watch`: rounds until --seconds or Ctrl-C, a line each."""
    from booth_app.core.sync.watch import Watch, WatchRound, event_id_of

    if args.seconds is not None and args.seconds <= 0:
        raise InputError("--seconds must be more than 0.")
    if args.poll <= 0:
        raise InputError("--poll must be more than 0.")
    db = open_db(args)
    if event_id_of(db) is None:
        raise BoothError("This laptop has not joined an event: import the setup bundle "
                         "first (booth setup import FILE).")
    watch = Watch(db, args.url, poll_s=args.poll, timeout_s=args.timeout)

    def show(one: WatchRound) -> None:
        if args.json:
            print(json.dumps(one.as_dict(), ensure_ascii=False), flush=True)
            return
        if one.result is None:
            print(f"{one.at:%H:%M:%S} ({one.reason}) the hub is away: {one.error}", flush=True)
        else:
            r = one.result
            print(f"{one.at:%H:%M:%S} ({one.reason}) sent {r.pushed}, took {r.pulled}"
                  + (f", merged {r.merged}" if r.merged else "") + f" ({r.seconds:.2f} s)",
                  flush=True)

    try:
        watch.run(show, seconds=args.seconds)
    except KeyboardInterrupt:  # Ctrl-C is how a watch ends
        pass
    finally:
        watch.close()
    return 0


def sync_status(args: argparse.Namespace) -> Result:
    from booth_app.core.sync.status import sync_status as read_sync_status

    db = open_db(args)
    status = read_sync_status(db, hub_url=args.hub)
    with db.reader() as session:
        event = current_event(session)
    zone = ZoneInfo(event.timezone) if event is not None else UTC
    return status.as_dict(), "\n".join(status_lines(status, zone)), 0


def status_lines(status: SyncStatus, zone: tzinfo) -> list[str]:
    """The status for people: times in the event's time zone."""

    def when(value: datetime | None) -> str:
        return f"{value.astimezone(zone):%a %d %b %H:%M}" if value is not None else "never"

    lines = ["Laptops:"]
    for laptop in status.laptops:
        label = laptop.name + (" (this one)" if laptop.this else "")
        label += f" [{laptop.role}]" if laptop.role else ""
        if laptop.this:
            detail = "writes here"
        elif laptop.reached_at is None:
            detail = "no changes received yet"
        else:
            detail = f"changes arrived {when(laptop.reached_at)} by {laptop.via}"
            if laptop.newest_change is not None:
                detail += f", its newest from {when(laptop.newest_change)}"
        lines.append(f"  {label:<32} {detail}")
    lines.append("Not sent yet:")
    if not status.outboxes:
        lines.append("  nothing has been sent anywhere yet (no hub round, no bundle export)")
    for box in status.outboxes:
        where = {"hub": "hub", "laptop": "to laptop", "bundle": "bundles to"}.get(box.kind,
                                                                                 "elsewhere")
        sent = f" (sent up to {when(box.sent_until)})" if box.sent_until else " (nothing sent)"
        lines.append(f"  {where} {box.destination}: {box.unsent:,} changes{sent}")
    last = status.hub_round
    if last is None:
        lines.append("Hub: no round yet.")
    elif last.ok:
        lines.append(f"Hub: last round {when(last.at)} with {last.hub}: sent {last.pushed}, "
                     f"took {last.pulled}" + (f", merged {last.merged}" if last.merged else ""))
    else:
        lines.append(f"Hub: last round {when(last.at)} failed: {last.error}")
    return lines


def setup_export(args: argparse.Namespace) -> Result:
    from booth_app.core.sync.bundle import export_setup

    db = open_db(args)
    result = export_setup(db, args.out, passphrase=read_passphrase(args))
    counts = result["counts"]
    human = (f"Wrote the setup of {result['event']} to {result['file']}: "
             f"{counts.get('exhibitor', 0)} manufacturers, {counts.get('staff', 0)} staff, "
             f"{counts.get('product', 0)} products.")
    return result, human, 0


def setup_import(args: argparse.Namespace) -> Result:
    from booth_app.core.sync.bundle import import_setup

    db = open_db(args)
    result = import_setup(db, args.file, passphrase=read_passphrase(args))
    human = f"This laptop now works for {result['event']} (device {result['device_id']})."
    return result, human, 0
