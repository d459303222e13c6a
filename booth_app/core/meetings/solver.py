"""The meeting scheduler: requests placed into slots and tables, no database here.

Two steps, each doing what it does best:

1. **Which requests** (`select`): a min-cost flow over buyers, tables and requests
   (networkx's network simplex) chooses the set to place, ignoring *when*: every
   `must` it can, then as many as it can, then spread fairly (each buyer's k-th
   meeting is worth a little less than their (k-1)-th, so a late registrant is served
   before anyone's eighth). Its optimum is an upper bound on what any schedule places
   (a bipartite relaxation: caps, availability counts, vetoes, locks), the `bound`.
2. **When** (`_Colouring`): the chosen requests are edges of a bipartite graph
   (buyers x tables); a slot is a colour. Meetings already placed keep their slot;
   each new one takes a common free slot (next to the person's other meetings, to
   leave fewer gaps), else an alternating (Kempe) chain of two slots is swapped to
   free one: the classic bipartite edge-colouring step, with availability checked for
   every meeting it moves and locked meetings never moved.

When everything chosen in step 1 is placed, the schedule places the bound and is
proven optimal. Small instances the two steps leave short go to an exact search.
"""

from __future__ import annotations

import time

from booth_app.core.meetings.colouring import Colouring, exact_search
from booth_app.core.meetings.flow_bound import select
from booth_app.core.meetings.problem import (
    MUST,
    Busy,
    Counts,
    Problem,
    Solution,
    request_order,
    score,
)

_EXACT_LIMIT = 14  # open requests up to which a short schedule is searched exhaustively


def solve(problem: Problem, *, time_limit: float = 10.0) -> Solution:
    """Place as many requests as possible (musts first, fairly), keeping locks.

    `time_limit` bounds the chain swaps and the exact search; the answer says whether
    it is proven optimal."""
    deadline = time.perf_counter() + time_limit
    requests = {r.id: r for r in problem.requests}
    busy = Busy(problem)
    locked = {r.id: r.current for r in problem.requests
              if r.locked and r.current is not None}
    for rid, slot in locked.items():
        busy.take(requests[rid], slot)  # type: ignore[arg-type]
    open_requests = [r for r in problem.requests if r.id not in locked]
    usable = {r.id: frozenset(s for s in r.allowed if busy.both_free(r, s))
              for r in open_requests}
    candidates = [r for r in open_requests if usable[r.id]]
    chosen, bound, must_bound = select(problem, candidates, busy)
    colouring = Colouring(problem, busy, usable, requests)
    # Meetings already placed keep their slot when they are still chosen.
    for request in sorted(candidates, key=request_order):
        if request.id in chosen and request.current is not None:
            colouring.keep(request)
    for request in sorted(candidates, key=request_order):
        if request.id in chosen and request.id not in colouring.slot_of:
            colouring.place(request, chains=time.perf_counter() < deadline)
    # The relaxation is only a bound: try the rest where room is left.
    for request in sorted(candidates, key=request_order):
        if request.id not in colouring.slot_of:
            colouring.place(request, chains=False)
    placement = dict(locked) | colouring.slot_of
    placed_open = len(colouring.slot_of)
    musts = sum(1 for rid in colouring.slot_of if requests[rid].priority == MUST)
    optimal = placed_open >= bound and musts >= must_bound
    if not optimal and len(candidates) <= _EXACT_LIMIT:
        for request in candidates:  # the search starts from an empty board
            if request.id in colouring.slot_of:
                busy.release(request, colouring.slot_of[request.id])
        best, finished = exact_search(candidates, usable, busy, requests, deadline)
        if score(best, requests) > score(colouring.slot_of, requests):
            placement = dict(locked) | best
        optimal = finished
    counts = Counts(problem, placement, requests)
    unplaced = {r.id: counts.reason(r, usable.get(r.id, frozenset()))
                for r in problem.requests if r.id not in placement}
    moved = [rid for rid, slot in placement.items()
             if requests[rid].current is not None and requests[rid].current != slot]
    return Solution(placement, unplaced, bound + len(locked),
                    must_bound + sum(1 for rid in locked if requests[rid].priority == MUST),
                    optimal, sorted(moved))
