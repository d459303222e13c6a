"""The synced tables as the merge rules see them (core.sync.merge): their order, natural
keys and foreign keys, what follows a merged walk-in; derived stamps (rule 6); the rows
changed since a stamp; what applying a batch did."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.engine import Connection

from booth_app.storage.clock import parse_stamp
from booth_app.storage.models import SYNCED_MODELS

TABLES: dict[str, Table] = {m.__table__.name: m.__table__ for m in SYNCED_MODELS}  # type: ignore[attr-defined]
ORDER: tuple[str, ...] = tuple(TABLES)
APPEND_ONLY = frozenset({"checkin", "lead_interaction", "audit_log"})
MUTABLE = frozenset(ORDER) - APPEND_ONLY
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "exhibitor": ("event_id", "code"),
    "visitor": ("code",),
    "badge": ("visitor_id", "version"),
    "lead": ("exhibitor_id", "visitor_id"),
    "lead_product": ("lead_id", "product_id"),
    "answer": ("lead_id", "question_id"),
    "meeting_request": ("visitor_id", "exhibitor_id"),
}
# What moves with a merged walk-in (rule 5).
FOLLOW_MERGES = frozenset({"checkin", "lead", "meeting_request", "meeting", "meeting_unavailable"})
MERGE_DEVICE = "merge"
ALIAS_PREFIX = "sync_alias:"


def _children() -> dict[str, list[tuple[str, str]]]:
    """parent table -> [(child table, fk column)] among the synced tables."""
    found: dict[str, list[tuple[str, str]]] = {name: [] for name in ORDER}
    for name, table in TABLES.items():
        for column in table.columns:
            for fk in column.foreign_keys:
                parent = fk.column.table.name
                if parent in found:
                    found[parent].append((name, column.name))
    return found


CHILDREN = _children()
FOREIGN: dict[str, list[tuple[str, str]]] = {
    name: [(c.name, fk.column.table.name) for c in t.columns for fk in c.foreign_keys]
    for name, t in TABLES.items()
}


# -- stamps ---------------------------------------------------------------------------------


def derive(*parts: str) -> str:
    """A stamp one counter past the largest stamp in `parts`, the same on every laptop."""
    best = max((parse_stamp(p) for p in parts if p.count(".") >= 2), default=(0, 0))
    ms, counter = best[0], best[1] + 1
    if counter > 99_999:
        ms, counter = ms + 1, 0
    digest = hashlib.sha1("|".join(parts).encode()).hexdigest()[:20]
    return f"{ms:013d}.{counter:05d}.m{digest}"


# -- reading --------------------------------------------------------------------------------


def changed_rows(conn: Connection, since: str | None,
                 tables: Iterable[str] = ORDER) -> dict[str, list[dict[str, Any]]]:
    """Every synced row whose stamp is greater than `since` (None: every row)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for name in tables:
        table = TABLES[name]
        query = select(table)
        if since:
            query = query.where(table.c.hlc > since)
        out[name] = [dict(r) for r in conn.execute(query.order_by(table.c.id)).mappings()]
    return out


# -- applying -------------------------------------------------------------------------------


@dataclass
class ApplyResult:
    applied: int = 0
    skipped: int = 0
    merged: int = 0
    by_table: dict[str, int] = field(default_factory=dict)
    # Erased versions written and rows blanked for erased people (rule 7): the caller
    # then clears the freed text out of the file (storage.scrub).
    erasures: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {"applied": self.applied, "skipped": self.skipped, "merged": self.merged}

    @property
    def data_rows(self) -> int:
        """Rows applied other than audit entries (which follow every sync act)."""
        return self.applied - self.by_table.get("audit_log", 0)
