"""`booth badges print`: issue, render and print badges through the system's print queue.

Order matters: the printer is checked before any badge is issued, and issuing
(which revokes a reprinted visitor's previous badge) is committed only once the print
system has accepted the job, so a refused job leaves every old badge valid.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path
from typing import Any

from booth_app.cli.commands import open_db
from booth_app.core.errors import BoothError
from booth_app.core.events import require_event
from booth_app.core.progress import NO_PROGRESS

Result = tuple[dict[str, Any], str, int]


def add_print_parser(badges_subparsers: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """Add `print` to the `booth badges` actions."""
    del parser_class  # the subparsers object already makes parsers of that class
    parser = badges_subparsers.add_parser(
        "print", help="print badges through the operating system's print system")
    parser.add_argument("--printer", metavar="NAME",
                        help="print queue (default: the system's default printer)")
    parser.add_argument("--layout", metavar="L", help="badge layout (see `booth badges layouts`)")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--all", action="store_true", help="every visitor")
    which.add_argument("--visitor", nargs="+", action="extend", metavar="ID",
                       help="visitor ids or short codes")
    parser.set_defaults(handler=badges_print)


def badges_print(args: argparse.Namespace) -> Result:
    from booth_app.core import printing
    from booth_app.core.badges.jobs import faces_for_print, visitor_ids_for
    from booth_app.core.badges.render import DEFAULT_LAYOUT, get_layout, render_pdf

    layout = get_layout(args.layout or DEFAULT_LAYOUT)
    layout_name = layout.name
    queue = printing.resolve_printer(args.printer)  # refuse before issuing anything
    db = open_db(args)
    with tempfile.TemporaryDirectory(prefix="booth-print-") as folder, \
            db.session() as session:
        require_event(session)
        ids = None if args.all else visitor_ids_for(session, args.visitor)
        faces = faces_for_print(session, ids, layout)
        if not faces:
            raise BoothError("There are no visitors to print badges for.")
        pdf = Path(folder) / "badges.pdf"
        render_pdf(faces, layout, pdf, NO_PROGRESS)
        count = len(faces)
        job = printing.print_pdf(pdf, queue, title=f"Booth badges ({count})")
        printing.log_print_job(session, printer=queue, job=job, count=count,
                               layout=layout_name, visitor_ids=ids)
    noun = "badge" if count == 1 else "badges"
    return ({"printed": count, "printer": queue, "layout": layout_name, "job": job},
            f"Printed {count} {noun} on {queue} (job {job}).", 0)
