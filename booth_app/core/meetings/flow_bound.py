"""Which requests to place: a min-cost flow over manufacturers and buyers that ignores
*when*. Its optimum bounds every schedule (requests placed, musts placed)."""

from __future__ import annotations

from collections import defaultdict

from booth_app.core.meetings.problem import MUST, Busy, Problem, Request

# Lexicographic weights: a must beats any number of wants; a want beats any fairness.
# A meeting already placed is worth a little more than a new one (fewer cancellations
# on a second run), but less than fairness to a buyer with four fewer meetings.
_MUST_WEIGHT = 10_000_000
_WANT_WEIGHT = 10_000
_STAY_BONUS = 4


def _cap_left(cap: int | None, used: int, periods: int) -> int | None:
    return None if cap is None else max(0, cap * periods - used)


def select(problem: Problem, candidates: list[Request],
           busy: Busy) -> tuple[set[str], int, int]:
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
