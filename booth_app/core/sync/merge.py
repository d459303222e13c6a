"""Merging rows from other laptops: the rules every laptop (and later the hub) applies.

A row travels as a whole version: every column, its `hlc` stamp and the `device_id`
that wrote it. The rules, applied in one transaction by `apply_rows`:

1. **Last writer wins** for every table, by `(hlc, device_id)`, never by wall clock:
   an incoming version replaces the local row only when its stamp is greater; an
   older or equal one is skipped. A row is never re-stamped on arrival (written
   through Core, bypassing the session's flush stamping), and the local clock
   observes every stamp it applies, so the next local change sorts after it.
2. **Append-only tables** (checkin, lead_interaction, audit_log) are a union by id:
   nothing is ever removed, an id already held is skipped. The only later versions
   of such rows are the re-pointings of rule 5, which follow rule 1.
3. **Deletes are tombstones**: a row with `deleted=True` is a version like any other.
4. **Natural keys** (a unique constraint the tables keep: exhibitor code per event,
   visitor badge code, lead per manufacturer and visitor, badge version per visitor,
   product per lead, answer per lead and question, meeting request per buyer and
   manufacturer): two rows that share one are the
   same logical row. The one with the smaller id is kept; the other is dropped from
   the table (its children re-pointed, its id remembered as an alias in the local
   Meta table so rows that still name it are re-pointed on arrival) and the kept
   row carries the content of whichever version is newest. When that content comes
   from the dropped row, the kept row gets a *derived* stamp (rule 6).
5. **The same walk-in on two laptops** (live visitors with the same e-mail): the
   visitor with the smaller id is kept; the others become tombstones with
   `merged_into_id` pointing at it (their printed badges still find the person);
   their check-ins and leads move to it (two leads at one manufacturer then meet
   under rule 4, so one lead holds both laptops' history); blank details of the
   kept visitor are filled from the others. Badges stay with their visitor. A
   check-in or lead that arrives later for a merged-away visitor (from a laptop that
   had not heard of the merge) moves on arrival the same way, so a node holding both
   the merge and the lead always holds the lead on the kept visitor.
6. **Derived stamps make merges converge**: a write made by these rules is stamped
   `derive(...)` from the stamps (and ids) it was computed from: one counter past the
   largest of them, with a hash of all of them as the device part, `device_id`
   "merge" and the input's own `updated_at`. Two laptops that resolve the same
   conflict from the same versions write byte-identical rows, whichever order the
   bundles came in; laptops that resolved it from different versions produce
   versions that rule 1 orders the same way everywhere.
7. **Erasure is final** (core.sync.erasure_rule): a visitor version with `erased_at`
   set beats any version without it, whatever the stamps (between two erased versions,
   or two not erased, rule 1 decides), so an older edit from a laptop that had not
   heard of the erasure never brings the person back. A row arriving for an erased
   person (their leads with interactions and answers, meeting requests, meetings, a
   visitor merged into them, also after rule 5 moved it there) is blanked on arrival
   (core.visitors.personal_fields) and keeps its stamp; when the erasure arrives, what
   is held of the person is blanked in place, stamps kept. Blanking depends on the
   row alone, so every node that holds the erasure blanks the same versions alike.
   When a laptop that had not heard of it merged the erased record into another (the
   same person registered twice), the erased version keeps where the merge sent them
   and the record merged into is erased too, both with derived stamps (rule 6).

"Rows changed since cursor X" (`changed_rows`) is what a bundle or a hub round
sends; each destination has its cursor in Meta (core.sync.cursors). A row
applied from elsewhere, or derived, may carry a stamp below a cursor already
sent; applying lowers every cursor below it, so it is forwarded too (relaying).
How rows are written into a bundle is core.sync.wire; the tables' order, keys and
derived stamps are in core.sync.tables.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from booth_app.core.sync.cursors import get_meta, lower_cursors, record_arrivals, set_meta
from booth_app.core.sync.erasure_rule import ErasureGuard, erased_version, kept_merge, rank
from booth_app.core.sync.tables import (
    ALIAS_PREFIX,
    APPEND_ONLY,
    CHILDREN,
    FOLLOW_MERGES,
    FOREIGN,
    MERGE_DEVICE,
    MUTABLE,
    NATURAL_KEYS,
    ORDER,
    TABLES,
    ApplyResult,
    changed_rows,
    derive,
)
from booth_app.core.visitors.merge import FILLABLE
from booth_app.storage.clock import HybridClock
from booth_app.storage.models import Meta

_CHUNK = 500


def _chunks(items: list[Any], size: int = _CHUNK) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


class Applier:
    """Applies versions from elsewhere inside the caller's transaction (one connection)."""

    via = "bundle"  # how the rows came, for the arrivals kept in Meta (sync_seen:<device>)

    def __init__(self, conn: Connection, clock: HybridClock) -> None:
        self.conn = conn
        self.clock = clock
        self.result = ApplyResult()
        self.lowest: str | None = None
        self.highest: str | None = None
        self.newest_by_device: dict[str, str] = {}
        self.aliases: dict[str, dict[str, str]] = {name: {} for name in ORDER}
        self.new_aliases: dict[str, str] = {}
        for key, value in conn.execute(select(Meta.key, Meta.value)
                                       .where(Meta.key.like(f"{ALIAS_PREFIX}%"))):
            _prefix, table, old = key.split(":", 2)
            if table in self.aliases:
                self.aliases[table][old] = value
        self.emails: set[str] = set()
        self.guard = ErasureGuard(conn)

    # -- bookkeeping --
    def _wrote(self, row: dict[str, Any], name: str = "") -> None:
        stamp = row["hlc"]
        if self.lowest is None or stamp < self.lowest:
            self.lowest = stamp
        if self.highest is None or stamp > self.highest:
            self.highest = stamp
        device = row["device_id"]
        # A laptop's audit entries (its sync acts among them) are no news of its own data.
        if (device != MERGE_DEVICE and name != "audit_log"
                and stamp > self.newest_by_device.get(device, "")):
            self.newest_by_device[device] = stamp
        if row.get("email") is not None and not row.get("deleted") and row["email"]:
            self.emails.add(row["email"])
        if row.get("erased_at") is not None:
            self.result.erasures += 1

    def _alias(self, table: str, old: str, new: str) -> None:
        self.aliases[table][old] = new
        self.new_aliases[f"{ALIAS_PREFIX}{table}:{old}"] = new

    def _resolve_alias(self, table: str, value: str) -> str:
        seen = 0
        while value in self.aliases[table] and seen < 50:
            value, seen = self.aliases[table][value], seen + 1
        return value

    def _rewrite(self, name: str, row: dict[str, Any],
                 merged: dict[str, str] | None = None) -> dict[str, Any]:
        """Point at kept rows instead of dropped ones, with the re-pointing's stamp; a
        check-in or lead of a walk-in merged into another visitor moves to that one.

        `merged` (visitor id -> the visitor it was merged into) is what the caller read
        for a batch; without it, the visitor is looked up here."""
        for column, parent in FOREIGN[name]:
            value = row.get(column)
            if value is None:
                continue
            target = self._resolve_alias(parent, value)
            if target != value:
                row = self.repointed(row, column, target)
        if name in FOLLOW_MERGES and row["visitor_id"] is not None:
            if merged is None:
                merged = self._merged_into([row["visitor_id"]])
            # One hop at a time, as a laptop that saw each merge happen moved it, so
            # every side derives the same stamps (rule 6). Merges point at smaller ids,
            # so chains end; the bound only guards against a damaged file's loop.
            for _hop in range(50):
                into = merged.get(row["visitor_id"])
                if into is None:
                    break
                row = self.repointed(row, "visitor_id", into)
        return row

    def _merged_into(self, visitor_ids: Iterable[str]) -> dict[str, str]:
        """visitor id -> merged_into_id for those of `visitor_ids` merged away here, and
        for the visitors they were merged into, if merged in turn."""
        table = TABLES["visitor"]
        found: dict[str, str] = {}
        wanted = set(visitor_ids)
        while wanted:
            batch = sorted(wanted)
            wanted = set()
            for chunk in _chunks(batch):
                for vid, into in self.conn.execute(
                        select(table.c.id, table.c.merged_into_id).where(
                            table.c.id.in_(chunk), table.c.merged_into_id.is_not(None),
                            table.c.deleted.is_(True))):
                    found[vid] = into
                    if into not in found:
                        wanted.add(into)
            wanted -= set(found)
        return found

    @staticmethod
    def repointed(row: dict[str, Any], column: str, target: str) -> dict[str, Any]:
        return {**row, column: target, "hlc": derive(row["hlc"], target),
                "device_id": MERGE_DEVICE}

    def _local(self, name: str, row_id: str) -> dict[str, Any] | None:
        table = TABLES[name]
        got = self.conn.execute(select(table).where(table.c.id == row_id)).mappings().first()
        return dict(got) if got is not None else None

    # -- the bulk path --
    def apply(self, tables: dict[str, list[dict[str, Any]]]) -> ApplyResult:
        for name in ORDER:
            rows = tables.get(name) or []
            if rows:
                self._apply_table(name, rows)
        self._merge_walk_ins()
        for key, value in self.new_aliases.items():
            set_meta(self.conn, key, value)
        if self.highest is not None:
            self.clock.observe(self.highest)
            last = get_meta(self.conn, "last_hlc")
            if last is None or self.highest > last:
                set_meta(self.conn, "last_hlc", self.highest)
        if self.lowest is not None:
            lower_cursors(self.conn, self.lowest)
        record_arrivals(self.conn, self.newest_by_device, self.via)
        self.result.erasures += self.guard.blanked
        return self.result

    def _apply_table(self, name: str, rows: list[dict[str, Any]]) -> None:
        self._apply_versions(name, rows)
        if name == "visitor":
            self._follow_merged(rows)
            self.guard.blank_held(TABLES, [r["id"] for r in rows if r.get("erased_at")])
            self._erase_merge_targets([r["id"] for r in rows])

    def _follow_merged(self, rows: list[dict[str, Any]]) -> None:
        """A merge resolved elsewhere: a visitor arriving as merged into another takes
        this laptop's check-ins and leads of it along (the other side already moved its
        own; the same derived stamps make both ends agree). Bundles relayed from a
        laptop that merged need this as much as hub rounds."""
        for row in rows:
            target = row.get("merged_into_id")
            if not row.get("deleted") or not target:
                continue
            for child in sorted(FOLLOW_MERGES):
                table = TABLES[child]
                for got in self.conn.execute(select(table).where(
                        table.c.visitor_id == row["id"])).mappings().all():
                    self.put(child, self.repointed(dict(got), "visitor_id", target))

    def _apply_versions(self, name: str, rows: list[dict[str, Any]]) -> None:
        table = TABLES[name]
        merged = (self._merged_into({r["visitor_id"] for r in rows if r["visitor_id"]})
                  if name in FOLLOW_MERGES else None)
        rows = self.guard.on_arrival(name, [self._rewrite(name, r, merged) for r in rows])
        # The newest version of each id in the batch.
        latest: dict[str, dict[str, Any]] = {}
        for row in rows:
            held = latest.get(row["id"])
            if held is None or rank(name, row) > rank(name, held):
                if held is not None:
                    self.result.skipped += 1
                latest[row["id"]] = row
            else:
                self.result.skipped += 1
        existing: dict[str, tuple[bool, str, str]] = {}
        merged_to: dict[str, str | None] = {}  # visitors: where the held version merged them
        marks = [table.c.erased_at, table.c.merged_into_id] if name == "visitor" else []
        for chunk in _chunks(list(latest)):
            for rid, hlc, device, *mark in self.conn.execute(
                    select(table.c.id, table.c.hlc, table.c.device_id, *marks)
                    .where(table.c.id.in_(chunk))):
                existing[rid] = rank(name, {"hlc": hlc, "device_id": device,
                                            "erased_at": mark[0] if mark else None})
                merged_to[rid] = mark[1] if mark else None
        inserts, updates, absorbed = [], [], []
        for rid, row in latest.items():
            held_key = existing.get(rid)
            if held_key is None:
                inserts.append(row)
            elif rank(name, row) > held_key:
                kept = (None if held_key[0] else
                        kept_merge(row, merged_to.get(rid), held_key[1], derive))  # rule 7
                updates.append(kept or row)
            else:
                self.result.skipped += 1
                if held_key[0] and row.get("merged_into_id"):
                    absorbed.append(row)
        keys = NATURAL_KEYS.get(name)
        if keys:
            inserts, updates = self._split_conflicts(name, keys, inserts, updates)
        if inserts:
            for chunk in _chunks(inserts, 5000):
                self.conn.execute(table.insert(), chunk)
        for row in updates:
            self.conn.execute(table.update().where(table.c.id == row["id"]).values(**row))
        for row in inserts + updates:
            self._wrote(row, name)
        self.result.applied += len(inserts) + len(updates)
        self.result.by_table[name] = self.result.by_table.get(name, 0) + len(inserts) + len(updates)
        for row in absorbed:  # an erased visitor that another laptop had merged away
            local = self._local(name, row["id"])
            kept = kept_merge(local, row["merged_into_id"], row["hlc"], derive) if local else None
            if kept is not None:
                self._write(name, kept, exists=True)

    def _erase_merge_targets(self, visitor_ids: list[str]) -> None:
        """Rule 7: a visitor an erased one was merged into is that person: erased too."""
        for _hop in range(8):
            pairs = self.guard.targets(visitor_ids)
            if not pairs:
                return
            for source, target in pairs:
                self._write("visitor", erased_version(target, source, derive), exists=True)
            visitor_ids = [target["id"] for _source, target in pairs]
            self.guard.blank_held(TABLES, visitor_ids)

    def _split_conflicts(self, name: str, keys: tuple[str, ...], inserts: list[dict[str, Any]],
                         updates: list[dict[str, Any]]) -> tuple[list[dict[str, Any]],
                                                                 list[dict[str, Any]]]:
        """Rows whose natural key is free go the bulk way; the others one by one."""
        table = TABLES[name]
        candidates = inserts + updates
        seen: dict[tuple[Any, ...], str] = {}
        clash: set[str] = set()
        for row in candidates:
            nk = tuple(row[k] for k in keys)
            if nk in seen:
                clash.add(row["id"])
                clash.add(seen[nk])
            seen[nk] = row["id"]
        first = keys[0]
        values = list({row[first] for row in candidates if row[first] is not None})
        for chunk in _chunks(values):
            cols = [table.c.id, *(table.c[k] for k in keys)]
            for got in self.conn.execute(select(*cols).where(table.c[first].in_(chunk))):
                nk = tuple(got[1:])
                mine = seen.get(nk)
                if mine is not None and mine != got[0]:
                    clash.add(mine)
        if not clash:
            return inserts, updates
        for row in candidates:
            if row["id"] in clash:
                self.put(name, row, count=True)
        return ([r for r in inserts if r["id"] not in clash],
                [r for r in updates if r["id"] not in clash])

    # -- the careful path: one version at a time --
    def put(self, name: str, row: dict[str, Any], *, count: bool = False) -> bool:
        """Apply one version with every rule; True when something was written."""
        row = self.guard.on_arrival(name, [self._rewrite(name, row)])[0]
        table = TABLES[name]
        local = self._local(name, row["id"])
        if local is not None and rank(name, row) <= rank(name, local):
            if count:
                self.result.skipped += 1
            return False
        keys = NATURAL_KEYS.get(name)
        twin = None
        if keys:
            query = select(table).where(table.c.id != row["id"],
                                        *(table.c[k] == row[k] for k in keys))
            got = self.conn.execute(query).mappings().first()
            twin = dict(got) if got is not None else None
        if twin is None:
            self._write(name, row, exists=local is not None)
            if count:
                self.result.applied += 1
            return True
        # Two rows, one natural key: keep the smaller id with the newest content.
        winner_id, loser_id = sorted((row["id"], twin["id"]))
        newest = max(row, twin, key=lambda version: rank(name, version))
        winner = row if row["id"] == winner_id else twin
        if newest["id"] == winner_id:
            final = newest
        else:
            final = {**newest, "id": winner_id, "created_at": winner["created_at"],
                     "hlc": derive(newest["hlc"], winner["hlc"]), "device_id": MERGE_DEVICE}
        self._alias(name, loser_id, winner_id)
        if winner_id == row["id"]:
            # The incoming row is kept: drop the local twin first (it holds the key).
            self._drop(name, twin, winner_id)
            self._write(name, final, exists=local is not None)
        else:
            if local is not None:  # this id changed its key onto the twin's
                self._drop(name, local, winner_id)
            if final is not twin:
                self._write(name, final, exists=True)
        self.result.merged += 1
        if count:
            self.result.applied += 1
        return True

    def _write(self, name: str, row: dict[str, Any], *, exists: bool) -> None:
        table = TABLES[name]
        if exists:
            self.conn.execute(table.update().where(table.c.id == row["id"]).values(**row))
        else:
            self.conn.execute(table.insert().values(**row))
        self._wrote(row, name)

    def _drop(self, name: str, row: dict[str, Any], winner_id: str) -> None:
        """Remove a row that lost its natural key, moving what points at it."""
        table = TABLES[name]
        # Its key must be free before children may land on the winner's key.
        self.conn.execute(table.delete().where(table.c.id == row["id"]))
        for child, column in CHILDREN[name]:
            ctable = TABLES[child]
            for got in self.conn.execute(select(ctable).where(ctable.c[column] == row["id"])
                                         ).mappings().all():
                self.put(child, self.repointed(dict(got), column, winner_id))

    # -- the same walk-in on two laptops --
    def _merge_walk_ins(self) -> None:
        if not self.emails:
            return
        table = TABLES["visitor"]
        live = table.c.deleted.is_(False)
        # Only the e-mails held by two live visitors are read whole: a bundle of 25,000
        # walk-ins has a handful of those, and reading every row was most of its import.
        twice: list[str] = []
        for chunk in _chunks(sorted(self.emails)):
            twice += self.conn.execute(
                select(table.c.email).where(table.c.email.in_(chunk), live)
                .group_by(table.c.email).having(func.count() > 1)).scalars()
        groups: dict[str, list[dict[str, Any]]] = {}
        for chunk in _chunks(sorted(twice)):
            query = select(table).where(table.c.email.in_(chunk), live)
            for got in self.conn.execute(query).mappings():
                groups.setdefault(got["email"], []).append(dict(got))
        for email in sorted(groups):
            people = sorted(groups[email], key=lambda v: v["id"])
            if len(people) > 1:
                self.merge_visitors(people[0], people[1:])

    def merge_visitors(self, keep: dict[str, Any], others: list[dict[str, Any]]) -> None:
        for other in others:
            keep = self._local("visitor", keep["id"]) or keep
            filled = dict(keep)
            for key in FILLABLE:
                if not filled.get(key) and other.get(key):
                    filled[key] = other[key]
            if filled["category"] == "other" and other["category"] != "other":
                filled["category"] = other["category"]
            if other["consent"] and not filled["consent"]:
                filled["consent"], filled["consent_at"] = True, other["consent_at"]
            if other["notes"] and other["notes"] not in filled["notes"]:
                filled["notes"] = f"{filled['notes']}\n{other['notes']}".strip()
            if filled != keep:
                filled["search_text"] = " ".join(
                    dict.fromkeys(f"{keep['search_text']} {other['search_text']}".split()))
                filled.update(hlc=derive(keep["hlc"], other["hlc"]), device_id=MERGE_DEVICE)
                self._write("visitor", filled, exists=True)
            gone = {**other, "deleted": True, "merged_into_id": keep["id"],
                    "hlc": derive(other["hlc"], keep["id"]), "device_id": MERGE_DEVICE}
            self._write("visitor", gone, exists=True)
            for child in sorted(FOLLOW_MERGES):
                ctable = TABLES[child]
                for got in self.conn.execute(
                        select(ctable).where(ctable.c.visitor_id == other["id"])
                ).mappings().all():
                    self.put(child, self.repointed(dict(got), "visitor_id", keep["id"]))
            self.result.merged += 1


def apply_rows(conn: Connection, clock: HybridClock,
               tables: dict[str, list[dict[str, Any]]]) -> ApplyResult:
    """Apply versions from elsewhere with every merge rule (the caller's transaction)."""
    return Applier(conn, clock).apply(tables)


# The tables, stamps and results live in core.sync.tables; importers still find them here.
__all__ = ["ALIAS_PREFIX", "APPEND_ONLY", "CHILDREN", "FOLLOW_MERGES", "FOREIGN",
           "MERGE_DEVICE", "MUTABLE", "NATURAL_KEYS", "ORDER", "TABLES", "Applier",
           "ApplyResult", "apply_rows", "changed_rows", "derive"]
