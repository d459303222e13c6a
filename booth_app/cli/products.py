"""`booth products import FILE` and `booth products list [--exhibitor CODE]`.

Import: one product per row, manufacturer code (Kode) or company name (Perusahaan),
product name (Produk), optionally category (Kategori); any delimiter and encoding,
or XLSX. Exit 0 when the file was read, even if some rows were rejected (they are
listed); exit 2 with one line when it cannot be read, and then nothing changed.
"""

from __future__ import annotations

import argparse
from typing import Any

from booth_app.cli.commands import open_db
from booth_app.cli.visitors_import import rejected_rows
from booth_app.core.exhibitors.manufacturers import find_exhibitor, list_exhibitors
from booth_app.core.exhibitors.products import import_products, list_products

Result = tuple[dict[str, Any], str, int]


def add_parser(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """Add `products` (import, list) to the `booth` commands."""
    products = sub.add_parser("products", help="manufacturers' product catalogues")
    actions = products.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=parser_class
    )
    imports = actions.add_parser(
        "import",
        help="add or update products from a CSV or XLSX file",
        description="Add or update products from a CSV (any delimiter; UTF-8, UTF-16 or "
        "cp1252) or XLSX file with the manufacturer's code (or company name), the product "
        "name and optionally its category; headers in English or Indonesian. Importing "
        "again updates, never duplicates; rejected rows are listed with their row number.",
    )
    imports.add_argument("file", metavar="FILE")
    imports.set_defaults(handler=products_import)
    listing = actions.add_parser("list", help="the products of one or every manufacturer")
    listing.add_argument("--exhibitor", metavar="CODE")
    listing.set_defaults(handler=products_list)


def products_import(args: argparse.Namespace) -> Result:
    db = open_db(args)
    with db.session() as session:
        result = import_products(session, args.file).as_dict()
    return result, summary(result), 0


def products_list(args: argparse.Namespace) -> Result:
    db = open_db(args)
    with db.reader() as session:
        exhibitors = (
            [find_exhibitor(session, args.exhibitor)] if args.exhibitor
            else list_exhibitors(session)
        )
        rows = [
            {"exhibitor": e.code, "id": p.id, "name": p.name, "category": p.category}
            for e in exhibitors
            for p in list_products(session, e)
        ]
    human = "\n".join(
        f"{r['exhibitor']:<10} {r['name']}" + (f"  ({r['category']})" if r["category"] else "")
        for r in rows
    ) or "No products."
    return {"products": rows}, human, 0


def summary(result: dict[str, Any]) -> str:
    lines = [
        f"Added {result['added']}, updated {result['updated']}, already listed "
        f"{result['unchanged']}, skipped {result['skipped']}."
    ]
    return "\n".join(lines + rejected_rows(result["errors"]))
