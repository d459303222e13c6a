"""`booth event show` and `booth event set [--badge-lang en|id|ar]`: the event's settings
after `booth init`.

`--badge-lang`: the language of the category words printed on badges (VISITOR,
PENGUNJUNG, زائر; core.badges.bands). Badges printed afterwards use it; laptops get it
by sync like any other change to the event.
"""

from __future__ import annotations

import argparse
from typing import Any

from booth_app.cli.commands import open_db
from booth_app.core.badges.bands import BADGE_LANGS
from booth_app.core.events import event_to_dict, require_event, set_badge_lang

Result = tuple[dict[str, Any], str, int]


def add_parser(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """Add `event` (show, set) to the `booth` commands."""
    event = sub.add_parser("event", help="the event's settings")
    actions = event.add_subparsers(dest="action", metavar="ACTION", required=True,
                                   parser_class=parser_class)
    actions.add_parser("show", help="the event and its settings").set_defaults(
        handler=event_show)
    setter = actions.add_parser("set", help="change the event's settings")
    setter.add_argument("--badge-lang", choices=BADGE_LANGS,
                        help="the language of the category words printed on badges")
    setter.set_defaults(handler=event_set)


def event_show(args: argparse.Namespace) -> Result:
    db = open_db(args)
    with db.reader() as session:
        data = event_to_dict(require_event(session))
    return {"event": data}, describe(data), 0


def event_set(args: argparse.Namespace) -> Result:
    db = open_db(args)
    with db.session() as session:
        event = require_event(session)
        if args.badge_lang is not None:
            set_badge_lang(event, args.badge_lang)
        data = event_to_dict(event)
    return {"event": data}, describe(data), 0


def describe(data: dict[str, Any]) -> str:
    return (f"{data['name']} ({data['start']} to {data['end']}, {data['timezone']}); "
            f"badges printed in {data['badge_lang']}.")
