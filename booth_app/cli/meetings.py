"""`booth meetings ...`: business matching from the command line (sessions, tables,
requests, availability, the scheduler, the meeting list and its edits, agendas, the
table check-in and outcomes). Times are typed and shown in the event's time zone."""

from __future__ import annotations

import argparse
from typing import Any

from booth_app.cli.commands import open_db
from booth_app.core import audit
from booth_app.core.events import require_event
from booth_app.core.exhibitors.manufacturers import find_exhibitor
from booth_app.core.meetings import meetings as core
from booth_app.core.meetings.requests import find_buyer, request_to_dict, set_request, set_table
from booth_app.core.meetings.sessions import add_session, list_sessions, session_to_dict
from booth_app.core.meetings.times import parse_local

Result = tuple[dict[str, Any], str, int]


def add_parser(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """Add `meetings` and its actions to the `booth` commands."""
    meetings = sub.add_parser("meetings", help="business matching: one-on-one meetings")
    act = meetings.add_subparsers(dest="action", metavar="ACTION", required=True,
                                  parser_class=parser_class)

    sessions = act.add_parser("sessions", help="blocks of meeting slots")
    s_act = sessions.add_subparsers(dest="what", metavar="ACTION", required=True,
                                    parser_class=parser_class)
    s_add = s_act.add_parser("add", help="a block of slots on one day")
    s_add.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    s_add.add_argument("--start", required=True, metavar="HH:MM")
    s_add.add_argument("--end", required=True, metavar="HH:MM")
    s_add.add_argument("--slot", required=True, type=int, metavar="MIN")
    s_add.add_argument("--gap", type=int, default=0, metavar="MIN")
    s_add.add_argument("--name", default="")
    s_add.set_defaults(handler=sessions_add)
    s_act.add_parser("list").set_defaults(handler=sessions_list)

    tables = act.add_parser("tables", help="where each manufacturer meets")
    t_act = tables.add_subparsers(dest="what", metavar="ACTION", required=True,
                                  parser_class=parser_class)
    t_set = t_act.add_parser("set")
    t_set.add_argument("--exhibitor", required=True, metavar="CODE")
    t_set.add_argument("--table", required=True, metavar="T")
    t_set.set_defaults(handler=tables_set)

    request = act.add_parser("request", help="a buyer and a manufacturer to meet (or not)")
    request.add_argument("--buyer", required=True, metavar="REF")
    request.add_argument("--exhibitor", required=True, metavar="CODE")
    request.add_argument("--priority", default="want", choices=("must", "want", "no"))
    request.add_argument("--by", default="organiser", choices=("buyer", "exhibitor", "organiser"))
    request.set_defaults(handler=request_set)

    requests = act.add_parser("requests", help="requests from the organiser's file")
    r_act = requests.add_subparsers(dest="what", metavar="ACTION", required=True,
                                    parser_class=parser_class)
    r_import = r_act.add_parser("import")
    r_import.add_argument("file", metavar="FILE")
    r_import.set_defaults(handler=requests_import)
    r_act.add_parser("list").set_defaults(handler=requests_list)

    unavailable = act.add_parser("unavailable", help="a buyer or manufacturer cannot meet then")
    who = unavailable.add_mutually_exclusive_group(required=True)
    who.add_argument("--buyer", metavar="REF")
    who.add_argument("--exhibitor", metavar="CODE")
    unavailable.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD HH:MM")
    unavailable.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD HH:MM")
    unavailable.set_defaults(handler=unavailable_add)

    sched = act.add_parser("schedule", help="place the requests (locked meetings stay)")
    sched.add_argument("--max-per-buyer", type=int, metavar="N")
    sched.add_argument("--max-per-exhibitor", type=int, metavar="N")
    sched.add_argument("--per-day", action="store_true", help="the caps count per day")
    sched.add_argument("--time-limit", type=float, default=10.0, metavar="S",
                       help="seconds the exact search may take on small instances")
    sched.set_defaults(handler=schedule)

    listing = act.add_parser("list", help="the meetings")
    whose = listing.add_mutually_exclusive_group()
    whose.add_argument("--exhibitor", metavar="CODE")
    whose.add_argument("--buyer", metavar="REF")
    listing.add_argument("--day", metavar="YYYY-MM-DD")
    listing.set_defaults(handler=meetings_list)

    for name, handler in (("lock", lock), ("unlock", unlock), ("cancel", cancel)):
        one = act.add_parser(name)
        one.add_argument("id", metavar="ID")
        one.set_defaults(handler=handler)
    moving = act.add_parser("move", help="move a meeting (refused if it double-books)")
    moving.add_argument("id", metavar="ID")
    moving.add_argument("--start", required=True, metavar="YYYY-MM-DD HH:MM")
    moving.add_argument("--table", metavar="T")
    moving.set_defaults(handler=move)

    adding = act.add_parser("add", help="a walk-in meeting in a free slot (locked)")
    adding.add_argument("--buyer", required=True, metavar="REF")
    adding.add_argument("--exhibitor", required=True, metavar="CODE")
    adding.add_argument("--start", required=True, metavar="YYYY-MM-DD HH:MM")
    adding.set_defaults(handler=walk_in)

    act.add_parser("conflicts", help="double bookings left by syncing moves made apart") \
        .set_defaults(handler=conflicts)

    agendas = act.add_parser("agendas", help="printable agendas (PDF)")
    agendas.add_argument("--out", required=True, metavar="FILE.pdf")
    whom = agendas.add_mutually_exclusive_group(required=True)
    whom.add_argument("--all", action="store_true")
    whom.add_argument("--exhibitor", metavar="CODE")
    whom.add_argument("--buyer", metavar="REF")
    whom.add_argument("--grid", action="store_true", help="the master grid, tables x slots")
    agendas.add_argument("--lang", choices=("en", "id"), default="en")
    agendas.add_argument("--changes-since", metavar="YYYY-MM-DD HH:MM",
                         help="only the meetings changed since then (the desk's change list)")
    agendas.add_argument("--print", dest="send", action="store_true",
                         help="also send the PDF to the print system (CUPS)")
    agendas.add_argument("--printer", metavar="NAME", help="the queue (default: the system's)")
    agendas.set_defaults(handler=agendas_run)

    check = act.add_parser("checkin", help="a buyer's badge scanned at a table")
    check.add_argument("payload", metavar="PAYLOAD")
    check.add_argument("--exhibitor", metavar="CODE")
    check.add_argument("--at", metavar="YYYY-MM-DD HH:MM")
    check.set_defaults(handler=table_checkin)

    noshow = act.add_parser("no-shows", help="mark ended meetings nobody checked in to")
    noshow.add_argument("--at", metavar="YYYY-MM-DD HH:MM")
    noshow.set_defaults(handler=no_shows)

    outcome = act.add_parser("outcome", help="how a meeting ended (goes onto the lead)")
    outcome.add_argument("id", metavar="ID")
    outcome.add_argument("--result", required=True,
                         choices=("no_show", "no_interest", "informative", "cooperation", "mou"))
    outcome.add_argument("--value", metavar="AMOUNT")
    outcome.add_argument("--currency", default="", metavar="CUR")
    outcome.add_argument("--note", default="")
    outcome.set_defaults(handler=outcome_set)


def sessions_add(args: argparse.Namespace) -> Result:
    with open_db(args).session() as session:
        block = add_session(session, day=args.date, start=args.start, end=args.end,
                            slot_minutes=args.slot, gap_minutes=args.gap, name=args.name)
        out = session_to_dict(require_event(session), block)
    return {"session": out}, f"Session {out['date']} {out['start']}-{out['end']}: " \
                             f"{out['slots']} slots of {out['slot_minutes']} min", 0


def sessions_list(args: argparse.Namespace) -> Result:
    with open_db(args).reader() as session:
        event = require_event(session)
        rows = [session_to_dict(event, block) for block in list_sessions(session)]
    lines = [f"{r['date']} {r['start']}-{r['end']} {r['slots']} x {r['slot_minutes']} min "
             f"{r['name']}".rstrip() for r in rows]
    return {"sessions": rows}, "\n".join(lines) or "No sessions yet.", 0


def tables_set(args: argparse.Namespace) -> Result:
    with open_db(args).session() as session:
        exhibitor = set_table(session, find_exhibitor(session, args.exhibitor), args.table)
        out = {"exhibitor": exhibitor.code, "table": exhibitor.meeting_table}
    return out, f"{out['exhibitor']} meets at table {out['table']}", 0


def request_set(args: argparse.Namespace) -> Result:
    with open_db(args).session() as session:
        event = require_event(session)
        buyer = find_buyer(session, event, args.buyer)
        exhibitor = find_exhibitor(session, args.exhibitor)
        request, created = set_request(session, event, buyer, exhibitor,
                                       priority=args.priority, by=args.by)
        out = request_to_dict(session, request)
    verb = "Added" if created else "Updated"
    return {"request": out, "created": created}, \
        f"{verb}: {buyer.name} - {exhibitor.code} ({out['priority']})", 0


def requests_import(args: argparse.Namespace) -> Result:
    from booth_app.cli.visitors_import import summary
    from booth_app.core.meetings.requests_import import import_requests

    with open_db(args).session() as session:
        result = import_requests(session, args.file)
    return result, summary(result), 0


def requests_list(args: argparse.Namespace) -> Result:
    from booth_app.core.meetings.requests import list_requests

    with open_db(args).reader() as session:
        rows = [request_to_dict(session, r) for r in list_requests(session)]
    lines = [f"{r['buyer']['name'] if r['buyer'] else '?'} - {r['exhibitor']}: "
             f"{r['priority']} ({r['status']})" for r in rows]
    return {"requests": rows}, "\n".join(lines) or "No requests yet.", 0


def unavailable_add(args: argparse.Namespace) -> Result:
    from booth_app.core.meetings.availability import add_unavailable

    with open_db(args).session() as session:
        event = require_event(session)
        buyer = find_buyer(session, event, args.buyer) if args.buyer else None
        exhibitor = find_exhibitor(session, args.exhibitor) if args.exhibitor else None
        row = add_unavailable(session, event, buyer=buyer, exhibitor=exhibitor,
                              starts=parse_local(event, args.start, "--from"),
                              ends=parse_local(event, args.end, "--to"))
        who = buyer.name if buyer else exhibitor.code  # type: ignore[union-attr]
        out = {"id": row.id, "buyer": buyer.id if buyer else None,
               "exhibitor": exhibitor.code if exhibitor else None,
               "from": args.start, "to": args.end}
    return {"unavailable": out}, f"{who} cannot meet from {args.start} to {args.end}", 0


def schedule(args: argparse.Namespace) -> Result:
    from booth_app.core.meetings.scheduling import schedule as run_schedule

    with open_db(args).session() as session:
        result = run_schedule(session, max_per_buyer=args.max_per_buyer,
                              max_per_exhibitor=args.max_per_exhibitor, per_day=args.per_day,
                              time_limit=args.time_limit)
    out = result.as_dict()
    proof = "proven optimal" if result.optimal else f"the bound is {result.bound}"
    human = (f"{out['placed']} placed ({out['new']} new, {out['moved']} moved, "
             f"{out['kept']} kept), {len(out['unplaced'])} not placed; {proof}")
    return out, human, 0


def _meetings_out(session: Any, rows: list[Any]) -> list[dict[str, Any]]:
    event = require_event(session)
    return [core.meeting_to_dict(session, event, m) for m in rows]


def _line(m: dict[str, Any]) -> str:
    buyer = m["buyer"]["name"] if m["buyer"] else "?"
    return f"{m['start'][:16].replace('T', ' ')} {m['table']:>6} {m['exhibitor']} - {buyer} " \
           f"[{m['status']}{', locked' if m['locked'] else ''}] {m['id']}"


def meetings_list(args: argparse.Namespace) -> Result:
    db = open_db(args)
    with db.reader() as session:
        event = require_event(session)
        exhibitor = find_exhibitor(session, args.exhibitor) if args.exhibitor else None
        buyer = find_buyer(session, event, args.buyer) if args.buyer else None
        rows = _meetings_out(session, core.list_meetings(
            session, exhibitor=exhibitor, buyer=buyer, day=args.day, event=event))
    return {"meetings": rows}, "\n".join(map(_line, rows)) or "No meetings.", 0


def _one(args: argparse.Namespace, change: Any, word: str) -> Result:
    with open_db(args).session() as session:
        meeting = change(session, core.get_meeting(session, args.id))
        session.flush()
        out = _meetings_out(session, [meeting])[0]
    return {"meeting": out}, f"{word}: {_line(out)}", 0


def lock(args: argparse.Namespace) -> Result:
    return _one(args, lambda _s, m: core.set_locked(m, True), "Locked")


def unlock(args: argparse.Namespace) -> Result:
    return _one(args, lambda _s, m: core.set_locked(m, False), "Unlocked")


def cancel(args: argparse.Namespace) -> Result:
    return _one(args, lambda _s, m: core.cancel(m), "Cancelled")


def move(args: argparse.Namespace) -> Result:
    def change(session: Any, meeting: Any) -> Any:
        event = require_event(session)
        return core.move(session, event, meeting, parse_local(event, args.start, "--start"),
                         args.table)

    return _one(args, change, "Moved")


def walk_in(args: argparse.Namespace) -> Result:
    with open_db(args).session() as session:
        event = require_event(session)
        buyer = find_buyer(session, event, args.buyer)
        exhibitor = find_exhibitor(session, args.exhibitor)
        request, _created = set_request(session, event, buyer, exhibitor, priority="want")
        meeting = core.add_meeting(session, event, buyer, exhibitor,
                                   parse_local(event, args.start, "--start"),
                                   request_id=request.id)
        out = _meetings_out(session, [meeting])[0]
    return {"meeting": out}, f"Added: {_line(out)}", 0


def conflicts(args: argparse.Namespace) -> Result:
    with open_db(args).reader() as session:
        pairs = [_meetings_out(session, [a, b]) for a, b in core.conflicts(session)]
    lines = [f"{_line(a)}\n  clashes with {_line(b)}" for a, b in pairs]
    return {"conflicts": pairs}, "\n".join(lines) or "No double bookings.", 1 if pairs else 0


def agendas_run(args: argparse.Namespace) -> Result:
    from booth_app.core.meetings.agendas import agendas_detail, write_agendas

    db = open_db(args)
    with db.reader() as session:
        event = require_event(session)
        exhibitor = find_exhibitor(session, args.exhibitor) if args.exhibitor else None
        buyer = find_buyer(session, event, args.buyer) if args.buyer else None
        since = parse_local(event, args.changes_since, "--changes-since") \
            if args.changes_since else None
        result = write_agendas(session, args.out, exhibitor=exhibitor, buyer=buyer,
                               grid=args.grid, lang=args.lang, changed_since=since)
    audit.record_now(db, audit.AGENDAS, detail=agendas_detail(result))
    human = f"{result['pages']} pages, {result['agendas']} agendas: {result['out']}"
    if args.send:
        from booth_app.core import printing

        queue = printing.resolve_printer(args.printer)
        job = printing.print_pdf(result["out"], queue, title="Booth agendas")
        with db.session() as session:
            printing.log_print_job(session, printer=queue, job=job, count=result["agendas"],
                                   layout="agendas-a4")
        result["printer"], result["job"] = queue, job
        human += f"; sent to {queue} as job {job}"
    return result, human, 0


def table_checkin(args: argparse.Namespace) -> Result:
    from booth_app.core.meetings.table_checkin import ACCEPTED, check_in_at_table

    with open_db(args).session() as session:
        event = require_event(session)
        exhibitor = find_exhibitor(session, args.exhibitor) if args.exhibitor else None
        now = parse_local(event, args.at, "--at") if args.at else None
        result = check_in_at_table(session, args.payload, exhibitor=exhibitor, now=now)
        meeting = _meetings_out(session, [result.meeting])[0] if result.meeting else None
    payload = {"status": result.status, "meeting": meeting, "message": result.message,
               **result.extra}
    return payload, f"{result.status.upper()}: {result.message}", \
        0 if result.status in ACCEPTED else 1


def no_shows(args: argparse.Namespace) -> Result:
    from booth_app.core.meetings.table_checkin import mark_no_shows

    with open_db(args).session() as session:
        event = require_event(session)
        now = parse_local(event, args.at, "--at") if args.at else None
        missed = _meetings_out(session, mark_no_shows(session, now=now))
    return {"no_shows": missed}, f"{len(missed)} meetings marked no-show", 0


def outcome_set(args: argparse.Namespace) -> Result:
    from booth_app.core.leads.details import lead_to_dict
    from booth_app.core.leads.listing import lead_row
    from booth_app.core.meetings.outcomes import record_outcome

    with open_db(args).session() as session:
        meeting = core.get_meeting(session, args.id)
        lead = record_outcome(session, meeting, args.result, value=args.value,
                              currency=args.currency, note=args.note)
        out = _meetings_out(session, [meeting])[0]
        row = lead_row(session, lead.id) if lead is not None else None
        lead_out = lead_to_dict(row) if row is not None else None
    return {"meeting": out, "lead": lead_out}, f"Outcome {args.result}: {_line(out)}", 0
