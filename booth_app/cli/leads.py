"""`booth leads capture`, `booth leads list` and `booth leads export`: a manufacturer's
leads from the shell.

The command line acts with coordinator rights (CLI.md): any manufacturer, no PIN.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from booth_app.core.errors import InputError
from booth_app.core.exhibitors.manufacturers import find_exhibitor
from booth_app.core.leads.capture import capture_lead
from booth_app.core.leads.details import lead_to_dict
from booth_app.core.leads.fields import Catalogue, LeadFields
from booth_app.core.leads.listing import SORTS, lead_row, list_leads
from booth_app.core.leads.vocabulary import RATINGS


def add_parser(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    leads = sub.add_parser("leads", help="leads per manufacturer")
    actions = leads.add_subparsers(dest="action", metavar="ACTION", required=True,
                                   parser_class=parser_class)
    capture = actions.add_parser("capture", help="scan a visitor into a manufacturer's lead")
    capture.add_argument("payload", metavar="PAYLOAD",
                         help="what the scanner read: our badge, a short code, a vCard, a "
                              "MECARD, a URL or delimited text")
    capture.add_argument("--exhibitor", required=True, metavar="CODE")
    capture.add_argument("--rating", choices=RATINGS, type=str.lower)
    capture.add_argument("--note", metavar="TEXT", help="added to the lead's notes")
    capture.add_argument("--value", metavar="AMOUNT", help="estimated deal value")
    capture.add_argument("--currency", metavar="CUR", help="ISO 4217 code, e.g. USD, IDR")
    capture.add_argument("--stage", metavar="STAGE",
                         help="new, contacted, meeting, quotation, mou (MoU signed), won, lost")
    capture.add_argument("--product", action="extend", nargs="+", metavar="NAME",
                         help="a product of interest (added to the lead's)")
    capture.set_defaults(handler=run_capture)

    listing = actions.add_parser("list", help="a manufacturer's leads, newest first")
    listing.add_argument("--exhibitor", required=True, metavar="CODE")
    listing.add_argument("--rating", choices=(*RATINGS, "none"), type=str.lower)
    listing.add_argument("--stage", metavar="STAGE")
    listing.add_argument("--product", metavar="NAME")
    listing.add_argument("--search", default="", metavar="Q")
    listing.add_argument("--sort", choices=SORTS, default="captured_at")
    listing.add_argument("--ascending", action="store_true")
    listing.add_argument("--limit", type=int, metavar="N")
    listing.set_defaults(handler=run_list)

    export = actions.add_parser(
        "export", help="a manufacturer's leads (or every manufacturer's, as a ZIP) to a file")
    export.add_argument("--out", required=True, metavar="PATH",
                        help="the file to write; with --all a ZIP (never overwritten)")
    export.add_argument("--format", required=True, choices=("csv", "xlsx", "vcf"),
                        type=str.lower)
    whose = export.add_mutually_exclusive_group(required=True)
    whose.add_argument("--exhibitor", metavar="CODE")
    whose.add_argument("--all", action="store_true",
                       help="every manufacturer: a ZIP with a folder each")
    export.add_argument("--password-file", metavar="F",
                        help="encrypt the --all ZIP (AES-256) with the first line of F")
    export.set_defaults(handler=run_export)


def run_capture(args: argparse.Namespace) -> tuple[dict[str, Any], str, int]:
    from booth_app.cli.commands import open_db

    raw: dict[str, Any] = {}
    for option, key in (("rating", "rating"), ("stage", "stage"), ("note", "add_note"),
                        ("value", "value"), ("currency", "currency"),
                        ("product", "add_products")):
        if getattr(args, option) is not None:
            raw[key] = getattr(args, option)
    db = open_db(args)
    with db.session() as session:  # committed (durably) before anything is shown
        exhibitor = find_exhibitor(session, args.exhibitor)
        # Checked before the scan is read: a bad option leaves nothing behind.
        fields = LeadFields.parse(Catalogue.load(session, exhibitor.id), **raw) if raw else None
        result = capture_lead(session, exhibitor, args.payload, fields=fields)
        row = lead_row(session, result.lead.id)
        assert row is not None
        lead = lead_to_dict(row)
    word = "NEW" if result.created else "AGAIN"
    who = lead["visitor"]["name"] + (f" ({lead['visitor']['organization']})"
                                     if lead["visitor"]["organization"] else "")
    human = f"{word} lead for {lead['exhibitor']}: {who}"
    return {"lead": lead, "created": result.created}, human, 0


def run_list(args: argparse.Namespace) -> tuple[dict[str, Any], str, int]:
    from booth_app.cli.commands import open_db

    db = open_db(args)
    with db.reader() as session:
        exhibitor = find_exhibitor(session, args.exhibitor)
        product_id = None
        if args.product:
            fields = LeadFields.parse(Catalogue.load(session, exhibitor.id),
                                      products=[args.product])
            product_id = fields.product_ids[0]
        stage = LeadFields.parse(stage=args.stage).stage if args.stage else None
        rating = None if args.rating is None else "" if args.rating == "none" else args.rating
        rows = list_leads(session, exhibitor_id=exhibitor.id, rating=rating, stage=stage,
                          product_id=product_id, search=args.search, sort=args.sort,
                          descending=not args.ascending, limit=args.limit, details=True)
        leads = [lead_to_dict(row) for row in rows]
    lines = [f"{lead['captured_at'][:16].replace('T', ' ')}  {lead['rating'] or '-':4}  "
             f"{lead['stage']:9}  {lead['visitor']['name']}"
             + (f" ({lead['visitor']['organization']})" if lead["visitor"]["organization"]
                else "") for lead in leads]
    human = "\n".join(lines) or f"No leads for {exhibitor.code} yet."
    return {"leads": leads}, human, 0


def _password(path: str | None) -> str | None:
    """The first line of the password file (its line end removed)."""
    if path is None:
        return None
    try:
        with Path(path).expanduser().open(encoding="utf-8-sig") as handle:
            first = handle.readline().rstrip("\r\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"Cannot read the password file {path}: {exc}") from exc
    if not first:
        raise InputError(f"The password file {path} has no password on its first line.")
    return first


def run_export(args: argparse.Namespace) -> tuple[dict[str, Any], str, int]:
    from booth_app.cli.commands import open_db
    from booth_app.core.exports.lead_exports import export_all, export_leads, log_export

    if args.password_file and not args.all:
        raise InputError("--password-file protects the --all ZIP; a single manufacturer's "
                         "file is written as it is.")
    password = _password(args.password_file)
    db = open_db(args)
    # Read from a snapshot (scans on this laptop never wait), then log it in a short write.
    with db.reader() as session:
        if args.all:
            result = export_all(session, args.out, args.format, password=password)
        else:
            exhibitor = find_exhibitor(session, args.exhibitor)
            result = export_leads(session, exhibitor, args.out, args.format)
    with db.session() as session:
        log_export(session, result)
    if result.archive:
        human = (f"{result.count:,} leads of {len(result.parts)} manufacturers written to "
                 f"{result.path}" + (" (AES-256 encrypted)" if result.encrypted else ""))
    else:
        human = f"{result.count:,} leads of {result.parts[0].code} written to {result.path}"
    return result.as_dict(), human, 0
