"""`booth visitors import FILE`: the organiser's visitor list from CSV or XLSX.

Exit 0 when the file was read, even if some rows were skipped (they are listed);
exit 2 with one line when the file cannot be read, and then nothing changed. The
import is one transaction: interrupted (Ctrl+C), it keeps nothing.
"""

from __future__ import annotations

import argparse
from typing import Any

from booth_app.cli.commands import open_db

Result = tuple[dict[str, Any], str, int]
SHOWN_ERRORS = 20


def add_parser(visitors_subparsers: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """Add `import` to the `booth visitors` actions."""
    del parser_class  # the subparsers object already makes parsers of that class
    parser = visitors_subparsers.add_parser(
        "import",
        help="add or update visitors from a CSV or XLSX file",
        description="Add or update visitors from the organiser's CSV (any delimiter; "
        "UTF-8, UTF-16 or cp1252) or XLSX file. Re-importing a file updates, never "
        "duplicates; rejected rows are listed with their row number. Interrupted, "
        "the import keeps nothing.",
    )
    parser.add_argument("file", metavar="FILE")
    parser.set_defaults(handler=visitors_import)


def visitors_import(args: argparse.Namespace) -> Result:
    db = open_db(args)
    from booth_app.core.visitors.importing import import_visitors

    result = import_visitors(db, args.file).as_dict()
    return result, summary(result), 0


def summary(result: dict[str, Any]) -> str:
    lines = [
        f"Imported {result['imported']}, updated {result['updated']}, "
        f"skipped {result['skipped']}."
    ]
    return "\n".join(lines + rejected_rows(result["errors"]))


def rejected_rows(errors: list[dict[str, Any]]) -> list[str]:
    """An import's rejected rows for the terminal: the first few, then how many more."""
    if not errors:
        return []
    lines = ["Rejected rows:"]
    lines += [f"  row {e['row']}: {e['reason']}" for e in errors[:SHOWN_ERRORS]]
    if len(errors) > SHOWN_ERRORS:
        lines.append(f"  ... and {len(errors) - SHOWN_ERRORS} more (use --json for the full list)")
    return lines
