"""Which visitor each row of an import is: a stored one it updates, an earlier row's, or
a new one (core.visitors.importing's rules), with dictionary look-ups only.

A row matches by the organiser's registration id, else by e-mail, else by name and
organisation (folded); an e-mail or name whose visitor has another registration id is
another person. Each update makes the visitor findable by its new keys too, so rows are
matched in file order.

A row with every mapped cell filled that changes a stored visitor no other row touched
(a re-import of an updated list: nearly every row) is only noted; its new values are
put together a column at a time when written (`updates`), not as a record per row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from itertools import compress, count
from operator import itemgetter, not_
from typing import Any

Key = str | int  # a stored visitor's id, or a new visitor's first row


class Matcher:
    """The visitors of one import, by match keys.

    `columns[field][k]` is row k's checked value (VISITOR_COLUMNS and sort_name);
    `cells[field][k]` its mapped cell as read; `stored` the column names of the stored
    visitors' rows.
    """

    def __init__(
        self, stored: Sequence[str], columns: dict[str, list[Any]],
        cells: dict[str, list[str]], now: datetime, fold: Callable[[str], str],
    ) -> None:
        self.stored, self.columns, self.cells = stored, columns, cells
        self.now, self.fold = now, fold
        self.by_external: dict[str, Key] = {}
        self.by_email: dict[str, Key] = {}
        self.by_name: dict[tuple[str, str], Key] = {}
        self.existing: dict[str, Sequence[Any]] = {}
        self.changed: dict[str, dict[str, Any]] = {}  # stored visitors, as changed
        self.simple: dict[str, int] = {}  # stored visitor -> the one full row changing it
        self.new: list[int] = []
        # What a row brings when none of its cells is blank, and the same of a stored one.
        self.fields = (*cells, *(() if "name" in cells else ("name",)))
        self.stored_values = picker([stored.index(name) for name in self.fields])
        self.at = {name: stored.index(name) for name in stored}
        # Whether a full row's own keys are its visitor's keys after it.
        self.keys_mapped = {"external_id", "email", "organization"} <= set(cells)
        self._values: list[tuple[Any, ...]] | None = None
        self._blank: set[int] | None = None

    @property
    def blank(self) -> set[int]:
        """The rows with a blank cell in a mapped column (worked out when first asked:
        only a row matching a visitor needs it)."""
        if self._blank is None:
            self._blank = set()
            for column in self.cells.values():
                self._blank.update(compress(count(), map(not_, map(str.strip, column))))
        return self._blank

    def load(self, rows: Sequence[Sequence[Any]]) -> None:
        """The stored visitors, findable by their keys (the first with a key keeps it)."""
        if not rows:
            return
        stored = dict(zip(self.stored, zip(*rows, strict=True), strict=True))
        ids = stored["id"]
        self.existing.update(zip(ids, rows, strict=True))
        for index, key in ((self.by_external, "external_id"), (self.by_email, "email")):
            index.update(zip(reversed(stored[key]), reversed(ids), strict=True))
            index.pop("", None)
        folded = {organization: self.fold(organization)
                  for organization in set(stored["organization"])}
        keys = list(zip(stored["sort_name"], map(folded.__getitem__, stored["organization"]),
                        strict=True))
        self.by_name.update(zip(reversed(keys), reversed(ids), strict=True))

    def match_rows(
        self, count: int, refused: set[int], org_keys: Sequence[str],
        report: Callable[[int], None], step: int,
    ) -> tuple[int, int]:
        """Rows 0..count-1 but the `refused`, in file order, onto their visitors (a row's
        organisation folded: `org_keys[k]`); `report(k)` every `step` rows. Returns how
        many rows were new visitors and how many updated one."""
        externals, emails = self.columns["external_id"], self.columns["email"]
        sort_names = self.columns["sort_name"]
        by_external, by_email, by_name = self.by_external, self.by_email, self.by_name
        same_person, new = self._same_person, self.new
        existing, changed, simple = self.existing, self.changed, self.simple
        stored_values, keys_mapped = self.stored_values, self.keys_mapped
        blank: set[int] | None = None
        values: list[tuple[Any, ...]] = []
        updated = 0
        for k in range(count):
            if k % step == 0:
                report(k)
            if k in refused:
                continue
            external_id, email = externals[k], emails[k]
            key = (sort_names[k], org_keys[k])
            found = by_external.get(external_id) if external_id else None
            if found is None and email:
                found = by_email.get(email)
                if found is not None and external_id:
                    found = same_person(external_id, found)
            if found is None:
                found = by_name.get(key)
                if found is not None and external_id:
                    # Inline for an earlier row's visitor (namesakes are common).
                    other = (externals[found] if isinstance(found, int)
                             else self._value(found, "external_id"))
                    if other and other != external_id:
                        found = None
            if found is None:  # a new visitor
                new.append(k)
                if external_id:
                    by_external.setdefault(external_id, k)
                if email:
                    by_email.setdefault(email, k)
                by_name.setdefault(key, k)
                continue
            updated += 1
            if blank is None:
                blank, values = self.blank, self._row_values()
            if (k in blank or isinstance(found, int) or found in changed
                    or found in simple):
                self._update(found, k)
            elif stored_values(existing[found]) != values[k]:
                # A full row onto a stored visitor no row touched yet: noted, applied
                # when written (`updates`).
                simple[found] = k
                if not keys_mapped:  # its keys as they now stand
                    external_id, email = (self._value(found, name)
                                          for name in ("external_id", "email"))
                    key = (key[0], self.fold(self._value(found, "organization")))
                self._index(found, external_id, email, key)
            # else nothing changes; its keys were indexed when it was loaded
        return len(new), updated

    def _index(self, visitor: Key, external_id: str, email: str, key: tuple[str, str]) -> None:
        """Make the visitor findable by these keys, unless another visitor has them."""
        if external_id:
            self.by_external.setdefault(external_id, visitor)
        if email:
            self.by_email.setdefault(email, visitor)
        self.by_name.setdefault(key, visitor)

    def _same_person(self, external_id: str, found: Key) -> Key | None:
        """`found`, unless it has another registration id than the row's: a shared info@
        address or two delegates with one name are two different people."""
        other = self._value(found, "external_id")
        return None if other and other != external_id else found

    def _value(self, visitor: Key, name: str) -> Any:
        """One of a visitor's values as it stands."""
        if isinstance(visitor, int):
            return self.columns[name][visitor]
        record = self.changed.get(visitor)
        if record is not None:
            return record[name]
        k = self.simple.get(visitor)
        if k is not None and (name in self.fields or name == "sort_name"):
            return self.columns[name][k]
        return self.existing[visitor][self.at[name]]

    def _row_values(self) -> list[tuple[Any, ...]]:
        if self._values is None:
            self._values = list(zip(*(self.columns[name] for name in self.fields),
                                    strict=True))
        return self._values

    def _record(self, visitor: Key) -> dict[str, Any]:
        if isinstance(visitor, int):
            return {name: column[visitor] for name, column in self.columns.items()}
        record = self.changed.get(visitor)
        if record is not None:
            return record
        record = dict(zip(self.stored, self.existing[visitor], strict=True))
        k = self.simple.pop(visitor, None)
        if k is not None:  # its one row, applied now that another row follows it
            self._apply(visitor, record, dict(zip(self.fields, self._row_values()[k],
                                                  strict=True)), k)
        return record

    def _update(self, visitor: Key, k: int) -> None:
        """Row `k`'s filled-in cells onto the visitor it matched (blanks erase nothing)."""
        columns = self.columns
        if k in self.blank:
            incoming = {name: columns[name][k] for name, cells in self.cells.items()
                        if cells[k].strip()}
            incoming["name"] = columns["name"][k]  # also from first + last name
        else:
            incoming = dict(zip(self.fields, self._row_values()[k], strict=True))
        record = self._record(visitor)
        if any(record[name] != value for name, value in incoming.items()):
            self._apply(visitor, record, incoming, k)
        # Findable by its keys as they now stand (a blank cell kept the organisation).
        self._index(visitor, record["external_id"], record["email"],
                    (record["sort_name"], self.fold(record["organization"])))

    def _apply(self, visitor: Key, record: dict[str, Any], incoming: dict[str, Any],
               k: int) -> None:
        """`incoming` (row k's values) onto `record`, which they change."""
        sort_name = self.columns["sort_name"][k]
        if isinstance(visitor, int):  # a new visitor's values live in the columns
            for name, value in incoming.items():
                self.columns[name][visitor] = value
            self.columns["sort_name"][visitor] = sort_name
        else:
            record["consent_at"] = self._consent_at(incoming.get("consent"), record)
            self.changed[visitor] = record
        record.update(incoming)
        record["sort_name"] = sort_name

    def _consent_at(self, consent: bool | None, record: Any) -> Any:
        """When consent was given, after a row saying `consent` (None: nothing)."""
        if consent and not record["consent"]:
            return self.now
        return None if consent is False else record["consent_at"]

    def updates(self, layout: Sequence[str]) -> list[tuple[tuple[Any, ...], Sequence[Any]]]:
        """Each changed stored visitor: its values in `layout` order, and its stored row."""
        pick = itemgetter(*layout)
        pairs = [(pick(record), self.existing[visitor])
                 for visitor, record in self.changed.items()]
        if not self.simple:
            return pairs
        # A stored row, then the row's values, sort name and consent time: picked into
        # `layout` in one call per visitor.
        width, fields = len(self.stored), self.fields
        slots = {name: width + i for i, name in enumerate(fields)}
        slots.update(sort_name=width + len(fields), consent_at=width + len(fields) + 1)
        combine = itemgetter(*(slots[name] if name in slots else self.at[name]
                               for name in layout))
        values, sort_names = self._row_values(), self.columns["sort_name"]
        consents = self.columns["consent"] if "consent" in self.cells else None
        consent, consent_at, now = self.at["consent"], self.at["consent_at"], self.now
        for visitor, k in self.simple.items():
            stored = self.existing[visitor]
            when = stored[consent_at]
            if consents is not None:  # as _consent_at
                if consents[k] and not stored[consent]:
                    when = now
                elif consents[k] is False:
                    when = None
            pairs.append((combine((*stored, *values[k], sort_names[k], when)), stored))
        return pairs


def picker(positions: list[int]) -> Callable[[Sequence[Any]], tuple[Any, ...]]:
    """The values at `positions` of a sequence, as a tuple, in one C-level call."""
    if len(positions) == 1:
        only = positions[0]
        return lambda values: (values[only],)
    return itemgetter(*positions)
