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
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

MUST, WANT = "must", "want"
# Lexicographic weights: a must beats any number of wants; a want beats any fairness.
# A meeting already placed is worth a little more than a new one (fewer cancellations
# on a second run), but less than fairness to a buyer with four fewer meetings.
_MUST_WEIGHT = 10_000_000
_WANT_WEIGHT = 10_000
_STAY_BONUS = 4
_EXACT_LIMIT = 14  # open requests up to which a short schedule is searched exhaustively
_CHAIN_LIMIT = 400  # meetings one alternating chain may move

REASON_NO_COMMON = "no common free slot"
REASON_BUYER_CAP = "buyer's meeting cap reached"
REASON_EXHIBITOR_CAP = "manufacturer's meeting cap reached"
REASON_FULL = "every common free slot is taken"


@dataclass(frozen=True)
class Request:
    """One pair to meet. `allowed`: slot indices when both can (availability);
    `current`: where it is placed now (kept if still possible); `locked`: never moved."""

    id: str
    buyer: str
    table: str
    priority: str
    allowed: frozenset[int]
    current: int | None = None
    locked: bool = False
    exhibitor: str = ""


@dataclass
class Problem:
    slots: int  # slot indices 0..slots-1
    requests: list[Request]
    day_of: list[int] = field(default_factory=list)  # the day index of each slot
    buyer_cap: int | None = None
    exhibitor_cap: int | None = None
    per_day: bool = False  # caps per day instead of in all
    # Resources taken outside the requests (walk-in meetings): (buyer, table, slot).
    fixed: list[tuple[str, str, int]] = field(default_factory=list)

    def day(self, slot: int) -> int:
        return self.day_of[slot] if self.day_of else 0


@dataclass
class Solution:
    placement: dict[str, int]  # request id -> slot
    unplaced: dict[str, str]  # request id -> reason
    bound: int  # no schedule places more requests than this
    must_bound: int
    optimal: bool
    moved: list[str] = field(default_factory=list)  # placed before, now elsewhere

    @property
    def placed(self) -> int:
        return len(self.placement)


def solve(problem: Problem, *, time_limit: float = 10.0) -> Solution:
    """Place as many requests as possible (musts first, fairly), keeping locks.

    `time_limit` bounds the chain swaps and the exact search; the answer says whether
    it is proven optimal."""
    deadline = time.perf_counter() + time_limit
    requests = {r.id: r for r in problem.requests}
    busy = _Busy(problem)
    locked = {r.id: r.current for r in problem.requests
              if r.locked and r.current is not None}
    for rid, slot in locked.items():
        busy.take(requests[rid], slot)  # type: ignore[arg-type]
    open_requests = [r for r in problem.requests if r.id not in locked]
    usable = {r.id: frozenset(s for s in r.allowed if busy.both_free(r, s))
              for r in open_requests}
    candidates = [r for r in open_requests if usable[r.id]]
    chosen, bound, must_bound = select(problem, candidates, busy)
    colouring = _Colouring(problem, busy, usable, requests)
    # Meetings already placed keep their slot when they are still chosen.
    for request in sorted(candidates, key=_order):
        if request.id in chosen and request.current is not None:
            colouring.keep(request)
    for request in sorted(candidates, key=_order):
        if request.id in chosen and request.id not in colouring.slot_of:
            colouring.place(request, chains=time.perf_counter() < deadline)
    # The relaxation is only a bound: try the rest where room is left.
    for request in sorted(candidates, key=_order):
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
        best, finished = _exact(candidates, usable, busy, requests, deadline)
        if _score(best, requests) > _score(colouring.slot_of, requests):
            placement = dict(locked) | best
        optimal = finished
    counts = _Counts(problem, placement, requests)
    unplaced = {r.id: counts.reason(r, usable.get(r.id, frozenset()))
                for r in problem.requests if r.id not in placement}
    moved = [rid for rid, slot in placement.items()
             if requests[rid].current is not None and requests[rid].current != slot]
    return Solution(placement, unplaced, bound + len(locked),
                    must_bound + sum(1 for rid in locked if requests[rid].priority == MUST),
                    optimal, sorted(moved))


def _order(request: Request) -> tuple[int, int, str]:
    """Musts first, then the pairs with the fewest possible slots, then by id."""
    return (0 if request.priority == MUST else 1, len(request.allowed), request.id)


def _score(placement: dict[str, int], requests: dict[str, Request]) -> tuple[int, int]:
    return (sum(1 for rid in placement if requests[rid].priority == MUST), len(placement))


class _Busy:
    """Who and which table is taken in which slot, and meetings counted per cap."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        self.buyer: set[tuple[str, int]] = set()
        self.table: set[tuple[str, int]] = set()
        self.buyer_count: dict[tuple[str, int], int] = defaultdict(int)
        self.exhibitor_count: dict[tuple[str, int], int] = defaultdict(int)
        for buyer, table, slot in problem.fixed:
            self.buyer.add((buyer, slot))
            self.table.add((table, slot))

    def both_free(self, request: Request, slot: int) -> bool:
        return (request.buyer, slot) not in self.buyer and (request.table, slot) not in self.table

    def _period(self, slot: int) -> int:
        return self.problem.day(slot) if self.problem.per_day else 0

    def under_caps(self, request: Request, slot: int) -> bool:
        period = self._period(slot)
        cap = self.problem.buyer_cap
        if cap is not None and self.buyer_count[(request.buyer, period)] >= cap:
            return False
        cap = self.problem.exhibitor_cap
        return cap is None or self.exhibitor_count[(request.exhibitor, period)] < cap

    def take(self, request: Request, slot: int) -> None:
        self.buyer.add((request.buyer, slot))
        self.table.add((request.table, slot))
        period = self._period(slot)
        self.buyer_count[(request.buyer, period)] += 1
        self.exhibitor_count[(request.exhibitor, period)] += 1

    def release(self, request: Request, slot: int) -> None:
        self.buyer.discard((request.buyer, slot))
        self.table.discard((request.table, slot))
        period = self._period(slot)
        self.buyer_count[(request.buyer, period)] -= 1
        self.exhibitor_count[(request.exhibitor, period)] -= 1


def _cap_left(cap: int | None, used: int, periods: int) -> int | None:
    return None if cap is None else max(0, cap * periods - used)


def select(problem: Problem, candidates: list[Request],
           busy: _Busy) -> tuple[set[str], int, int]:
    """The requests to place, by a min-cost flow that ignores *when*; its optimum
    (requests placed, musts placed) bounds every schedule's."""
    import networkx as nx  # only the scheduler needs it

    if not candidates:
        return set(), 0, 0
    periods = len(set(problem.day_of)) if problem.per_day and problem.day_of else 1
    # Few nodes (source, manufacturers, buyers, sink), parallel arcs keyed: a request is
    # an arc from its manufacturer to its buyer, a buyer's k-th meeting an arc to the sink.
    graph = nx.MultiDiGraph()
    source, sink = "source", "sink"
    table_slots: dict[str, set[int]] = defaultdict(set)
    buyer_slots: dict[str, set[int]] = defaultdict(set)
    exhibitors: dict[str, set[str]] = defaultdict(set)
    for request in candidates:
        table_slots[request.table] |= request.allowed
        buyer_slots[request.buyer] |= request.allowed
        exhibitors[request.exhibitor].add(request.table)
    used_b: dict[str, int] = defaultdict(int)
    used_e: dict[str, int] = defaultdict(int)
    for (buyer, _period), count in busy.buyer_count.items():
        used_b[buyer] += count
    for (exhibitor, _period), count in busy.exhibitor_count.items():
        used_e[exhibitor] += count
    for exhibitor, tables in exhibitors.items():
        free = sum(1 for t in tables for s in table_slots[t] if (t, s) not in busy.table)
        left = _cap_left(problem.exhibitor_cap, used_e[exhibitor], periods)
        graph.add_edge(source, ("e", exhibitor), key=0,
                       capacity=free if left is None else min(free, left), weight=0)
    for buyer, slots in buyer_slots.items():
        free = sum(1 for s in slots if (buyer, s) not in busy.buyer)
        left = _cap_left(problem.buyer_cap, used_b[buyer], periods)
        room = free if left is None else min(free, left)
        # The k-th meeting of a buyer costs a little more than the (k-1)-th: fairness.
        for k in range(room):
            graph.add_edge(("b", buyer), sink, key=k, capacity=1, weight=k + used_b[buyer])
    for request in candidates:
        weight = _MUST_WEIGHT if request.priority == MUST else _WANT_WEIGHT
        if request.current is not None:
            weight += _STAY_BONUS
        graph.add_edge(("e", request.exhibitor), ("b", request.buyer), key=request.id,
                       capacity=1, weight=-weight)
    # A bypass lets the flow place fewer than it could: it places what pays.
    total = len(candidates)
    graph.add_edge(source, sink, key=0, capacity=total, weight=0)
    graph.nodes[source]["demand"] = -total
    graph.nodes[sink]["demand"] = total
    _cost, flow = nx.network_simplex(graph)
    chosen = {r.id for r in candidates
              if flow[("e", r.exhibitor)][("b", r.buyer)][r.id] > 0}
    musts = sum(1 for r in candidates if r.id in chosen and r.priority == MUST)
    return chosen, len(chosen), musts


class _Colouring:
    """Slots given to chosen requests: a bipartite edge colouring with lists."""

    def __init__(self, problem: Problem, busy: _Busy, usable: dict[str, frozenset[int]],
                 requests: dict[str, Request]) -> None:
        self.problem = problem
        self.busy = busy
        self.usable = usable
        self.requests = requests
        self.slot_of: dict[str, int] = {}
        # (buyer, slot) -> request id; (table, slot) -> request id (open requests only)
        self.at_buyer: dict[tuple[str, int], str] = {}
        self.at_table: dict[tuple[str, int], str] = {}
        self.by_buyer: dict[str, set[int]] = defaultdict(set)
        self.by_table: dict[str, set[int]] = defaultdict(set)

    def _set(self, request: Request, slot: int) -> None:
        self.slot_of[request.id] = slot
        self.at_buyer[(request.buyer, slot)] = request.id
        self.at_table[(request.table, slot)] = request.id
        self.by_buyer[request.buyer].add(slot)
        self.by_table[request.table].add(slot)
        self.busy.take(request, slot)

    def _unset(self, request: Request) -> int:
        slot = self.slot_of.pop(request.id)
        del self.at_buyer[(request.buyer, slot)]
        del self.at_table[(request.table, slot)]
        self.by_buyer[request.buyer].discard(slot)
        self.by_table[request.table].discard(slot)
        self.busy.release(request, slot)
        return slot

    def _fits(self, request: Request, slot: int) -> bool:
        return (slot in self.usable[request.id] and self.busy.both_free(request, slot)
                and self.busy.under_caps(request, slot))

    def keep(self, request: Request) -> None:
        if request.current is not None and self._fits(request, request.current):
            self._set(request, request.current)

    def _best_free(self, request: Request) -> int | None:
        """A common free slot, next to the buyer's or the table's other meetings if one
        is (fewer idle gaps), else the earliest."""
        free = [s for s in sorted(self.usable[request.id]) if self._fits(request, s)]
        if not free:
            return None
        near = self.by_buyer[request.buyer] | self.by_table[request.table]

        def gap_cost(slot: int) -> tuple[int, int]:
            beside = sum(1 for s in (slot - 1, slot + 1)
                         if s in near and self.problem.day(s) == self.problem.day(slot))
            return (-beside, slot)

        return min(free, key=gap_cost)

    def place(self, request: Request, *, chains: bool = True) -> bool:
        slot = self._best_free(request)
        if slot is not None:
            self._set(request, slot)
            return True
        return chains and self._by_chain(request)

    def _by_chain(self, request: Request) -> bool:
        """Free a slot by swapping two slots along an alternating chain of meetings."""
        usable = self.usable[request.id]
        buyer_free = [s for s in sorted(usable) if (request.buyer, s) not in self.busy.buyer]
        table_free = [s for s in sorted(usable) if (request.table, s) not in self.busy.table]
        for alpha in buyer_free:  # the buyer is free then, the table is not
            for beta in table_free:  # the table is free then, the buyer is not
                if alpha == beta:
                    continue
                if self._swap_from_table(request, alpha, beta):
                    return True
        for beta in table_free:
            for alpha in buyer_free:
                if alpha == beta:
                    continue
                if self._swap_from_buyer(request, beta, alpha):
                    return True
        return False

    def _chain(self, start: tuple[str, str], first: int, second: int) -> list[str] | None:
        """The meetings of the alternating chain from a buyer or table, leaving by a
        meeting in `first`, then `second`, and so on; None when one cannot move."""
        chain: list[str] = []
        side, node = start
        colour, other = first, second
        while True:
            index = self.at_table if side == "table" else self.at_buyer
            rid = index.get((node, colour))
            if rid is None:
                return chain
            request = self.requests[rid]
            if rid not in self.usable or other not in self.usable[rid] or request.locked:
                return None
            chain.append(rid)
            if len(chain) > _CHAIN_LIMIT:
                return None
            side, node = ("buyer", request.buyer) if side == "table" else ("table", request.table)
            colour, other = other, colour

    def _apply_swap(self, chain: list[str], first: int, second: int) -> bool:
        moves = [(self.requests[rid], second if self.slot_of[rid] == first else first)
                 for rid in chain]
        for request, _slot in moves:
            self._unset(request)
        for request, slot in moves:
            if not (self.busy.both_free(request, slot) and self.busy.under_caps(request, slot)):
                # Caps per day or fixed meetings can refuse a swap: put everything back.
                for placed, _s in moves:
                    if placed.id in self.slot_of:
                        self._unset(placed)
                for back, slot_back in moves:
                    self._set(back, first if slot_back == second else second)
                return False
            self._set(request, slot)
        return True

    def _swap_from_table(self, request: Request, alpha: int, beta: int) -> bool:
        # The table is busy at alpha: push its alpha meeting to beta, and so on.
        chain = self._chain(("table", request.table), alpha, beta)
        if chain is None:
            return False
        if not self._apply_swap(chain, alpha, beta):
            return False
        if self._fits(request, alpha):
            self._set(request, alpha)
            return True
        self._apply_swap(chain, alpha, beta)  # undo
        return False

    def _swap_from_buyer(self, request: Request, beta: int, alpha: int) -> bool:
        # The buyer is busy at beta: push their beta meeting to alpha, and so on.
        chain = self._chain(("buyer", request.buyer), beta, alpha)
        if chain is None:
            return False
        if not self._apply_swap(chain, beta, alpha):
            return False
        if self._fits(request, beta):
            self._set(request, beta)
            return True
        self._apply_swap(chain, beta, alpha)
        return False


def _exact(candidates: list[Request], usable: dict[str, frozenset[int]], busy: _Busy,
           requests: dict[str, Request], deadline: float) -> tuple[dict[str, int], bool]:
    """The best placement by exhaustive search (small instances only); whether the
    search finished before the deadline."""
    order = sorted(candidates, key=_order)
    best: dict[str, int] = {}
    best_score = (-1, -1)
    current: dict[str, int] = {}
    finished = True

    def search(i: int, musts: int) -> None:
        nonlocal best, best_score, finished
        if time.perf_counter() > deadline:
            finished = False
            return
        rest = order[i:]
        upper = (musts + sum(1 for r in rest if r.priority == MUST), len(current) + len(rest))
        if upper <= best_score:
            return
        if i == len(order):
            best, best_score = dict(current), _score(current, requests)
            return
        request = order[i]
        for slot in sorted(usable[request.id]):
            if busy.both_free(request, slot) and busy.under_caps(request, slot):
                busy.take(request, slot)
                current[request.id] = slot
                search(i + 1, musts + (request.priority == MUST))
                del current[request.id]
                busy.release(request, slot)
        search(i + 1, musts)

    search(0, 0)
    return best, finished


class _Counts:
    """Meetings placed per buyer and per manufacturer in each cap period: why the
    requests left over were left over."""

    def __init__(self, problem: Problem, placement: dict[str, int],
                 requests: dict[str, Request]) -> None:
        self.problem = problem
        self.buyer: dict[tuple[str, int], int] = defaultdict(int)
        self.exhibitor: dict[tuple[str, int], int] = defaultdict(int)
        for rid, slot in placement.items():
            self.buyer[(requests[rid].buyer, self.period(slot))] += 1
            self.exhibitor[(requests[rid].exhibitor, self.period(slot))] += 1

    def period(self, slot: int) -> int:
        return self.problem.day(slot) if self.problem.per_day else 0

    def reason(self, request: Request, usable: frozenset[int]) -> str:
        if not request.allowed or not usable:
            return REASON_NO_COMMON
        cap = self.problem.buyer_cap
        if cap is not None and all(self.buyer[(request.buyer, self.period(s))] >= cap
                                   for s in usable):
            return REASON_BUYER_CAP
        cap = self.problem.exhibitor_cap
        if cap is not None and all(self.exhibitor[(request.exhibitor, self.period(s))] >= cap
                                   for s in usable):
            return REASON_EXHIBITOR_CAP
        return REASON_FULL


def conflicts(items: Iterable[tuple[str, str, str, int]]) -> list[tuple[str, str]]:
    """Pairs of meeting ids that share a buyer or a table in one slot:
    items are (meeting id, buyer, table, slot)."""
    seen: dict[tuple[str, str, int], str] = {}
    out: list[tuple[str, str]] = []
    for mid, buyer, table, slot in items:
        for key in (("b", buyer, slot), ("t", table, slot)):
            other = seen.get(key)
            if other is not None:
                out.append((other, mid))
            else:
                seen[key] = mid
    return out
