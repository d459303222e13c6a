"""Each `booth` command: call the core, shape the JSON and the human-readable line."""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from booth_app.core.errors import InputError
from booth_app.core.events import create_event, event_to_dict, parse_date
from booth_app.core.exhibitors.manufacturers import (
    add_exhibitor,
    exhibitor_to_dict,
    import_exhibitors,
    list_exhibitors,
)
from booth_app.core.exhibitors.staff import add_staff, staff_to_dict
from booth_app.core.visitors.register import (
    VisitorFields,
    add_visitor,
    search_visitors,
    visitor_to_dict,
)
from booth_app.storage.backup import backup_sqlite
from booth_app.storage.database import Database, default_target, integrity_problem, to_url

Result = tuple[dict[str, Any], str, int]


_opened: list[Database] = []


def open_db(args: argparse.Namespace) -> Database:
    db = Database(args.db)
    _opened.append(db)
    return db


def close_databases() -> None:
    """Close what the command opened: the last connection to close folds the WAL back
    into the file, so a file copied by hand afterwards holds everything."""
    while _opened:
        _opened.pop().dispose()


def gui(args: argparse.Namespace) -> int:
    from booth_app.ui.app import run_gui

    target = args.db
    if getattr(args, "demo", False):
        from booth_app.core.demo import pavilion as demo_core
        target = target or demo_core.demo_target()
        demo_core.ensure_demo(target)
    return run_gui(target)


def selftest(args: argparse.Namespace) -> int:
    """Open the database and the main window offscreen; 0 when both work."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from booth_app.ui.app import selftest as ui_selftest

    return ui_selftest(args.db)


def init(args: argparse.Namespace) -> Result:
    start = parse_date(args.start, "--start")
    end = parse_date(args.end, "--end")
    retention = parse_date(args.retention, "--retention") if args.retention else None
    db = open_db(args)
    with db.session() as session:
        event = create_event(
            session,
            name=args.event,
            start=start,
            end=end,
            timezone=args.timezone,
            venue=args.venue,
            pavilion=args.pavilion,
            currency=args.currency,
            retention=retention,
            badge_lang=args.badge_lang,
        )
        data = event_to_dict(event)
    return {"event": data}, f"Created event {data['name']} ({data['start']} to {data['end']}).", 0


def demo(args: argparse.Namespace) -> Result:
    from booth_app.core.demo import pavilion as demo_core
    db = open_db(args)
    with db.session() as session:
        counts = demo_core.create_demo(session, db.stamp(), args.visitors)
    human = (
        f"Demo pavilion ready in {db.describe()}: {counts['exhibitors']} manufacturers, "
        f"{counts['visitors']} visitors, {counts['checkins']} check-ins, "
        f"{counts['leads']} leads. Demo staff PIN {demo_core.DEMO_PIN}."
    )
    return {"demo": counts, "database": db.describe()}, human, 0


def exhibitors_add(args: argparse.Namespace) -> Result:
    db = open_db(args)
    with db.session() as session:
        exhibitor = add_exhibitor(
            session, code=args.code, name=args.name, booth=args.booth, country=args.country
        )
        data = exhibitor_to_dict(exhibitor)
    return {"exhibitor": data}, f"Added {data['code']}: {data['name']}", 0


def exhibitors_list(args: argparse.Namespace) -> Result:
    db = open_db(args)
    with db.reader() as session:
        rows = [exhibitor_to_dict(e) for e in list_exhibitors(session)]
    human = "\n".join(
        f"{r['code']:<10} {r['booth']:<10} {r['country']:<3} {r['name']}" for r in rows
    )
    return {"exhibitors": rows}, human, 0


def exhibitors_import(args: argparse.Namespace) -> Result:
    db = open_db(args)
    with db.session() as session:
        result = import_exhibitors(session, args.file)
    return result, _import_summary(result), 0


def _import_summary(result: dict[str, Any]) -> str:
    lines = [
        f"Imported {result['imported']}, updated {result['updated']}, skipped {result['skipped']}."
    ]
    lines += [f"  row {e['row']}: {e['reason']}" for e in result["errors"][:50]]
    return "\n".join(lines)


def staff_add(args: argparse.Namespace) -> Result:
    db = open_db(args)
    with db.session() as session:
        member = add_staff(
            session, name=args.name, pin=args.pin, exhibitor_code=args.exhibitor, role=args.role
        )
        data = staff_to_dict(member, args.exhibitor.upper() if args.exhibitor else None)
    return {"staff": data}, f"Added {data['role']} {data['name']}", 0


def visitors_add(args: argparse.Namespace) -> Result:
    fields = VisitorFields.parse(
        name=args.name,
        organization=args.organization,
        email=args.email,
        phone=args.phone,
        country=args.country,
        category=args.category,
        job_title=args.job_title,
        consent=args.consent,
    )
    db = open_db(args)
    with db.session() as session:
        visitor = add_visitor(session, fields)
        data = visitor_to_dict(visitor)
    return {"visitor": data}, f"Registered {data['name']}, code {data['code']}", 0


def visitors_list(args: argparse.Namespace) -> Result:
    if args.limit < 1:
        raise InputError("--limit must be at least 1.")
    db = open_db(args)
    with db.reader() as session:
        rows = [visitor_to_dict(v) for v in search_visitors(session, args.search, limit=args.limit)]
    keys = ("id", "code", "name", "organization", "email", "country", "category")
    rows = [{k: r[k] for k in keys} for r in rows]
    human = "\n".join(f"{r['code']}  {r['name']}  ({r['organization']})" for r in rows)
    return {"visitors": rows}, human, 0


def backup(args: argparse.Namespace) -> Result:
    db = open_db(args)
    if db.path is None:
        raise InputError("booth backup copies SQLite files; back a server up with its own tools.")
    out = Path(args.out).expanduser()
    if out.resolve() == db.path.resolve():
        raise InputError("The backup cannot overwrite the database itself.")
    try:
        backup_sqlite(db.path, out)
    except (OSError, sqlite3.Error) as exc:  # sqlite3: a place SQLite cannot create a file
        reason = getattr(exc, "strerror", None) or str(exc)
        raise InputError(f"Cannot write {out}: {reason}") from exc
    size = out.stat().st_size
    from booth_app.core import audit

    with db.session() as session:  # a whole copy of everyone's data: an act to log
        audit.record(session, audit.BACKUP, detail={"file": out.name, "bytes": size})
    return {"backup": str(out), "bytes": size}, f"Backed up to {out} ({size:,} bytes).", 0


def check(args: argparse.Namespace) -> Result:
    """Full integrity check; on a damaged SQLite file this reports instead of refusing."""
    url = make_url(to_url(args.db or default_target()))
    if url.get_backend_name() == "sqlite" and url.database:
        path = Path(url.database)
        if not path.exists():
            raise InputError(f"No database at {path}.")
        problem, where = integrity_problem(path, full=True), str(path)
    else:
        db = open_db(args)
        problem, where = None, db.describe()
    ok = problem is None
    payload = {"ok": ok, "database": where, "problem": problem}
    if not ok:
        print(f"booth: the database is damaged: {problem}", file=sys.stderr)
    return payload, "Database OK." if ok else "", 0 if ok else 1
