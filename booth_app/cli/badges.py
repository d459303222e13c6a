"""`booth badges`: the layouts, and badge PDFs (`print` comes from badges_print)."""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path
from typing import Any

from booth_app.cli.commands import open_db
from booth_app.core.errors import InputError

Result = tuple[dict[str, Any], str, int]


def add_parsers(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """Add the `badges` group and its actions to the top-level subparsers."""
    badges = sub.add_parser("badges", help="badge layouts, badge PDFs and printing")
    group_sub = badges.add_subparsers(dest="action", metavar="ACTION", required=True,
                                      parser_class=parser_class)
    group_sub.add_parser("layouts", help="the badge layouts").set_defaults(handler=layouts)
    render = group_sub.add_parser("render", help="write badges to a PDF file")
    render.add_argument("--out", required=True, metavar="FILE.pdf")
    # No default here: the layouts (and reportlab) are loaded only when badges are made,
    # not for every command (`booth gui` starts faster).
    render.add_argument("--layout", metavar="L",
                        help="badge layout (default cr80, the credit-card badge; see "
                             "`booth badges layouts`)")
    which = render.add_mutually_exclusive_group(required=True)
    which.add_argument("--all", action="store_true", help="every visitor")
    which.add_argument("--visitor", nargs="+", action="extend", metavar="ID",
                       help="visitor ids or short codes")
    render.set_defaults(handler=render_badges)
    try:
        from booth_app.cli import badges_print
    except ImportError:
        return
    badges_print.add_print_parser(group_sub, parser_class)


def layouts(args: argparse.Namespace) -> Result:
    from booth_app.core.badges.render import list_layouts

    rows = [{"name": layout.name, "title": layout.title, "width_mm": layout.width_mm,
             "height_mm": layout.height_mm, "per_page": layout.per_page}
            for layout in list_layouts()]
    human = "\n".join(
        f"{row['name']:<8} {row['width_mm']:g} x {row['height_mm']:g} mm, "
        f"{row['per_page']} per page  {row['title']}" for row in rows)
    return {"layouts": rows}, human, 0


def _check_out(path: Path) -> None:
    if path.is_dir():
        raise InputError(f"{path} is a folder; give a file name such as badges.pdf.")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"The folder {folder} does not exist.")
    if not os.access(folder, os.W_OK):
        raise InputError(f"Cannot write in {folder}.")


def render_badges(args: argparse.Namespace) -> Result:
    """Issue the badges and write them to --out; the issue is committed only once the
    PDF is safely on disk (written beside it, then renamed into place)."""
    from booth_app.core.badges.jobs import faces_for_print, visitor_ids_for
    from booth_app.core.badges.render import DEFAULT_LAYOUT, get_layout, render_pdf

    layout = get_layout(args.layout or DEFAULT_LAYOUT)
    out = Path(args.out).expanduser()
    _check_out(out)
    db = open_db(args)
    with db.session() as session:
        ids = None if args.all else visitor_ids_for(session, args.visitor)
        faces = faces_for_print(session, ids, layout)
        if not faces:
            raise InputError("There are no visitors to print badges for.")
        handle, temp = tempfile.mkstemp(prefix=".badges-", suffix=".pdf",
                                        dir=out.parent if str(out.parent) else ".")
        os.close(handle)
        try:
            pages = render_pdf(faces, layout, temp)
            os.replace(temp, out)
        except OSError as exc:
            raise InputError(f"Cannot write {out}: {exc.strerror or exc}") from None
        finally:
            Path(temp).unlink(missing_ok=True)
    payload = {"pdf": str(out), "badges": len(faces), "pages": pages, "layout": layout.name}
    human = f"{len(faces)} badge(s) on {pages} page(s), layout {layout.name}: {out}"
    return payload, human, 0
