"""Synced rows as they travel in a bundle: JSON-ready values, a column list per table.

Times and dates go as ISO 8601 text, amounts as decimal text, bytes as base64;
everything else (text, numbers, booleans, JSON) as it is. A table travels as
{"columns": [...], "rows": [[...], ...]}; decoding refuses a table whose columns
differ from this version's (a column added since, listed in ADDED_LATER, may be
missing).
"""

from __future__ import annotations

import base64
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Date, LargeBinary, Numeric

from booth_app.core.sync.merge import TABLES
from booth_app.storage.types import UTCDateTime


def _kind(column: Any) -> str:
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return "datetime"
    if isinstance(kind, Date):
        return "date"
    if isinstance(kind, Numeric):
        return "decimal"
    if isinstance(kind, LargeBinary):
        return "bytes"
    return "plain"  # text, numbers, booleans and JSON travel as they are


KINDS: dict[str, dict[str, str]] = {
    name: {c.name: _kind(c) for c in t.columns} for name, t in TABLES.items()
}
# Columns added after bundles were first written, with the value a row had before
# them: a bundle written by the previous version still reads.
ADDED_LATER: dict[str, dict[str, Any]] = {
    "exhibitor": {"meeting_table": ""},
    "event": {"retention_date": None, "badge_lang": "en"},
    "visitor": {"erased_at": None},
}


def to_wire(kind: str, value: Any) -> Any:
    if value is None or kind == "plain":
        return value
    if kind in ("datetime", "date"):
        return value.isoformat()
    if kind == "decimal":
        return str(value)
    return base64.b64encode(value).decode("ascii")


def from_wire(kind: str, value: Any) -> Any:
    if value is None or kind == "plain":
        return value
    if kind == "datetime":
        return datetime.fromisoformat(value)
    if kind == "date":
        return date.fromisoformat(value)
    if kind == "decimal":
        return Decimal(value)
    return base64.b64decode(value)


def encode_table(name: str, rows: Iterable[dict[str, Any]]) -> dict[str, Any]:
    kinds = KINDS[name]
    columns = list(kinds)
    return {"columns": columns,
            "rows": [[to_wire(kinds[c], row[c]) for c in columns] for row in rows]}


def decode_table(name: str, block: dict[str, Any]) -> list[dict[str, Any]]:
    kinds = KINDS[name]
    columns = block["columns"]
    missing = set(kinds) - set(columns)
    if set(columns) - set(kinds) or missing - set(ADDED_LATER.get(name, {})):
        raise ValueError(f"the {name} rows do not match this version's columns")
    filled = {column: ADDED_LATER[name][column] for column in missing}
    # Most columns travel as they are; only the typed ones (times, dates, amounts,
    # bytes) are converted, in place (a re-import of 50,000 rows spent half its time
    # calling from_wire on a million plain values).
    typed = [(c, kinds[c]) for c in columns if kinds[c] != "plain"]
    width = len(columns)
    rows = []
    for values in block["rows"]:
        if len(values) != width:
            raise ValueError(f"a {name} row has {len(values)} values, not {width}")
        row = dict(zip(columns, values, strict=True))
        if filled:
            row.update(filled)
        for column, kind in typed:
            value = row[column]
            if value is not None:
                row[column] = from_wire(kind, value)
        rows.append(row)
    return rows
