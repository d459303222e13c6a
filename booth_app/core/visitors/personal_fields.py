"""What of each table names or describes a person, and what it becomes when erased.

Shared by the erasure itself (core.visitors.erasure) and by sync, which blanks the same
fields of rows that arrive for a person already erased (core.sync.merge, rule 7). What
is not listed stays: the visitor's badge code, country, category and consent flags, the
check-ins, a lead's rating, stage, value and products, a meeting's time, table, status
and outcome, so the pavilion's counts still add up with nobody named.
"""

from __future__ import annotations

from typing import Any

# table -> {column: its erased value}
PERSONAL: dict[str, dict[str, Any]] = {
    "visitor": {"name": "", "given_name": "", "family_name": "", "organization": "",
                "job_title": "", "email": "", "phone": "", "external_id": "", "notes": "",
                "sort_name": "", "search_text": ""},
    "lead": {"notes": "", "follow_up_action": ""},
    "lead_interaction": {"note": ""},
    "answer": {"value": {}},
    "meeting_request": {"note": ""},
    "meeting": {"outcome_note": ""},
}
# Rows that name their person through `visitor_id`, and rows that do through their lead.
BY_VISITOR = ("lead", "meeting_request", "meeting")
BY_LEAD = ("lead_interaction", "answer")


def blanked(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """`row` with its personal fields erased (a new dict; other columns as they were)."""
    blanks = PERSONAL.get(table)
    if not blanks:
        return row
    return {**row, **{column: (dict(value) if isinstance(value, dict) else value)
                      for column, value in blanks.items()}}


def holds_personal(table: str, row: dict[str, Any]) -> bool:
    """Does `row` still hold anything `blanked` would remove?"""
    return any(row.get(column) not in (None, blank)
               for column, blank in PERSONAL.get(table, {}).items())
