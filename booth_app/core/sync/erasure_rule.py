"""Rule 7 of core.sync.merge: a person erased on request stays erased everywhere.

- `rank`: of two versions of one visitor, an erased one (`erased_at` set) beats one
  that is not, whatever their stamps; otherwise the newer stamp wins (rule 1). An old
  edit from a laptop that had not heard of the erasure therefore never brings the
  person back, in whichever order the rows travel.
- `ErasureGuard.on_arrival`: a row arriving for an erased person (their lead, its
  interactions and answers, a meeting request, a meeting, or a visitor merged into
  them) arrives blanked: its personal fields (core.visitors.personal_fields) emptied,
  its stamp kept.
- `ErasureGuard.blank_held`: when an erasure arrives, what this node already holds of
  that person is blanked in place, stamps kept.
- The same person merged into another record on a laptop that had not heard of the
  erasure: the erased version keeps where the merge sent the person (`kept_merge`), and
  the record merged into is erased too (`erased_version`; `ErasureGuard.targets`), with
  stamps derived from both, so every node derives the same versions.

Blanking is a function of the row alone, applied by every node that holds the erasure,
so nodes holding the same version of a row hold it blanked alike and no stamp changes:
nothing has to travel again for it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import Table, or_, select
from sqlalchemy.engine import Connection

from booth_app.core.sync.tables import MERGE_DEVICE
from booth_app.core.visitors.personal_fields import BY_LEAD, BY_VISITOR, PERSONAL, blanked
from booth_app.storage.models import Lead, Visitor

_VISITOR: Table = Visitor.__table__  # type: ignore[assignment]
_LEAD: Table = Lead.__table__  # type: ignore[assignment]
_CHUNK = 500
_DEPTH = 50  # merges point at smaller ids, so chains end; this only guards a damaged file


def rank(table: str, row: dict[str, Any]) -> tuple[bool, str, str]:
    """What orders two versions of one row: erased first (visitors), then the stamp."""
    return (table == "visitor" and row.get("erased_at") is not None,
            row["hlc"], row["device_id"])


def kept_merge(erased: dict[str, Any], merged_into: str | None, merged_hlc: str,
               derive: Callable[..., str]) -> dict[str, Any] | None:
    """The erased version of a visitor, also saying where a version that lost to it had
    merged the person (None when there is nothing to add)."""
    if erased.get("erased_at") is None or erased.get("merged_into_id") or not merged_into:
        return None
    return {**erased, "merged_into_id": merged_into,
            "hlc": derive(erased["hlc"], merged_hlc), "device_id": MERGE_DEVICE}


def erased_version(target: dict[str, Any], source: dict[str, Any],
                   derive: Callable[..., str]) -> dict[str, Any]:
    """`target` erased because the erased visitor `source` was merged into it."""
    return {**blanked("visitor", target), "erased_at": source["erased_at"], "deleted": True,
            "hlc": derive(target["hlc"], source["hlc"]), "device_id": MERGE_DEVICE}


def _chunks(items: list[Any]) -> Iterable[list[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start:start + _CHUNK]


class ErasureGuard:
    """Blanks what arrives for, or is held of, erased people (inside the caller's
    transaction); `blanked` counts the rows it emptied."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.blanked = 0
        self._any: bool | None = None

    def any_erased(self) -> bool:
        """Does this node hold any erasure at all? (Asked once; most never do.)"""
        if self._any is None:
            self._any = self.conn.execute(select(_VISITOR.c.id).where(
                _VISITOR.c.erased_at.is_not(None)).limit(1)).first() is not None
        return self._any

    def erased_people(self, visitor_ids: Iterable[str]) -> set[str]:
        """Those of `visitor_ids` erased, or merged (however indirectly) into an erased
        visitor."""
        wanted = {vid for vid in visitor_ids if vid}
        if not wanted or not self.any_erased():
            return set()
        found: set[str] = set()
        # visitor asked now -> the visitors of `visitor_ids` whose merges lead to it
        path: dict[str, set[str]] = {vid: {vid} for vid in wanted}
        for _hop in range(_DEPTH):
            if not path:
                break
            following: dict[str, set[str]] = {}
            for chunk in _chunks(sorted(path)):
                for vid, erased_at, into in self.conn.execute(
                        select(_VISITOR.c.id, _VISITOR.c.erased_at, _VISITOR.c.merged_into_id)
                        .where(_VISITOR.c.id.in_(chunk))):
                    if erased_at is not None:
                        found |= path[vid]
                    elif into is not None and into != vid:
                        following.setdefault(into, set()).update(path[vid])
            path = {vid: origins - found for vid, origins in following.items()
                    if origins - found}
        return found

    def targets(self, visitor_ids: Iterable[str]) -> list[tuple[dict[str, Any],
                                                               dict[str, Any]]]:
        """(erased visitor, visitor it was merged into and not yet erased) for the erased
        visitors among `visitor_ids` or merged into one of them."""
        ids = sorted(set(visitor_ids))
        if not ids or not self.any_erased():
            return []
        sources: dict[str, dict[str, Any]] = {}
        base = select(_VISITOR).where(_VISITOR.c.erased_at.is_not(None),
                                      _VISITOR.c.merged_into_id.is_not(None))
        for chunk in _chunks(ids):
            for column in (_VISITOR.c.id, _VISITOR.c.merged_into_id):
                for got in self.conn.execute(base.where(column.in_(chunk))).mappings():
                    sources[got["id"]] = dict(got)
        wanted = sorted({row["merged_into_id"] for row in sources.values()})
        live: dict[str, dict[str, Any]] = {}
        for chunk in _chunks(wanted):
            for got in self.conn.execute(select(_VISITOR).where(
                    _VISITOR.c.id.in_(chunk), _VISITOR.c.erased_at.is_(None))).mappings():
                live[got["id"]] = dict(got)
        return [(source, live[source["merged_into_id"]])
                for source in sorted(sources.values(), key=lambda row: row["id"])
                if source["merged_into_id"] in live]

    def on_arrival(self, table: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """`rows` with those of erased people blanked."""
        if table not in PERSONAL or not rows or not self.any_erased():
            return rows
        person = self._person_of(table, rows)
        erased = self.erased_people(set(person.values()))
        if not erased:
            return rows
        out = []
        for row in rows:
            if person.get(row["id"]) in erased:
                row = blanked(table, row)
                self.blanked += 1
            out.append(row)
        return out

    def _person_of(self, table: str, rows: list[dict[str, Any]]) -> dict[str, str]:
        """row id -> the visitor it is about."""
        if table == "visitor":
            # An erased version is blank already; a visitor merged into another is
            # about that one.
            return {r["id"]: r["merged_into_id"] for r in rows
                    if r.get("merged_into_id") and r.get("erased_at") is None}
        if table in BY_VISITOR:
            return {r["id"]: r["visitor_id"] for r in rows if r.get("visitor_id")}
        lead_ids = sorted({r["lead_id"] for r in rows if r.get("lead_id")})
        owner: dict[str, str] = {}
        for chunk in _chunks(lead_ids):
            owner.update(self.conn.execute(select(_LEAD.c.id, _LEAD.c.visitor_id)
                                           .where(_LEAD.c.id.in_(chunk))).all())
        return {r["id"]: owner[r["lead_id"]] for r in rows if r.get("lead_id") in owner}

    def blank_held(self, tables: dict[str, Table], visitor_ids: Iterable[str]) -> None:
        """Blank in place, stamps kept, what is held of these erased visitors: the
        visitors merged into them, their leads (with interactions and answers), meeting
        requests and meetings."""
        people = set(visitor_ids)
        if not people:
            return
        self._any = True
        merged: set[str] = set()
        frontier = set(people)
        for _hop in range(_DEPTH):
            if not frontier:
                break
            found: set[str] = set()
            for chunk in _chunks(sorted(frontier)):
                found.update(self.conn.execute(select(_VISITOR.c.id).where(
                    _VISITOR.c.merged_into_id.in_(chunk))).scalars())
            frontier = found - merged - people
            merged |= frontier
        self._blank(tables["visitor"], "visitor", _VISITOR.c.id, merged)
        people |= merged
        lead_ids: set[str] = set()
        for chunk in _chunks(sorted(people)):
            lead_ids.update(self.conn.execute(select(_LEAD.c.id).where(
                _LEAD.c.visitor_id.in_(chunk))).scalars())
        for name in BY_VISITOR:
            self._blank(tables[name], name, tables[name].c.visitor_id, people)
        for name in BY_LEAD:
            self._blank(tables[name], name, tables[name].c.lead_id, lead_ids)

    def _blank(self, table: Table, name: str, key: Any, ids: set[str]) -> None:
        blanks = PERSONAL[name]
        texts = [table.c[column] != "" for column, blank in blanks.items() if blank == ""]
        for chunk in _chunks(sorted(ids)):
            query = table.update().where(key.in_(chunk))
            if len(texts) == len(blanks):  # only rows that still hold some text
                query = query.where(or_(*texts))
            done = self.conn.execute(query.values(**{c: (dict(v) if isinstance(v, dict) else v)
                                                     for c, v in blanks.items()}))
            self.blanked += max(done.rowcount or 0, 0)
