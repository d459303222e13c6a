"""The scheduler on random instances: never a double booking, vetoes (absent requests),
availability, caps and locks always respected; on small instances as many requests
(and as many musts) placed as an exhaustive search finds."""

from __future__ import annotations

import itertools
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from booth_app.core.meetings.problem import (
    REASON_BUYER_CAP,
    REASON_NO_COMMON,
    Problem,
    Request,
    Solution,
)
from booth_app.core.meetings.solver import solve


@st.composite
def problems(draw: st.DrawFn, max_requests: int = 7, max_slots: int = 4) -> Problem:
    slots = draw(st.integers(1, max_slots))
    buyers = [f"b{i}" for i in range(draw(st.integers(1, 4)))]
    tables = [f"t{i}" for i in range(draw(st.integers(1, 3)))]
    pairs = draw(st.lists(st.tuples(st.sampled_from(buyers), st.sampled_from(tables)),
                          max_size=max_requests, unique=True))
    requests = []
    for i, (buyer, table) in enumerate(pairs):
        allowed = draw(st.frozensets(st.integers(0, slots - 1)))
        requests.append(Request(id=f"r{i}", buyer=buyer, table=table, exhibitor=table,
                                priority=draw(st.sampled_from(["must", "want"])),
                                allowed=allowed))
    # A few locked meetings, placed where they do not clash with each other.
    taken: set[tuple[str, int]] = set()
    for i, request in enumerate(requests):
        if request.allowed and draw(st.integers(0, 4)) == 0:
            slot = min(request.allowed)
            if ("b" + request.buyer, slot) in taken or ("t" + request.table, slot) in taken:
                continue
            taken |= {("b" + request.buyer, slot), ("t" + request.table, slot)}
            requests[i] = Request(request.id, request.buyer, request.table, request.priority,
                                  request.allowed, current=slot, locked=True,
                                  exhibitor=request.exhibitor)
    cap = draw(st.one_of(st.none(), st.integers(1, 3)))
    ecap = draw(st.one_of(st.none(), st.integers(1, 3)))
    return Problem(slots=slots, requests=requests, day_of=[s // 2 for s in range(slots)],
                   buyer_cap=cap, exhibitor_cap=ecap, per_day=draw(st.booleans()))


def period(problem: Problem, slot: int) -> int:
    return problem.day(slot) if problem.per_day else 0


def check_valid(problem: Problem, solution: Solution) -> None:
    requests = {r.id: r for r in problem.requests}
    buyers: Counter[tuple[str, int]] = Counter()
    tables: Counter[tuple[str, int]] = Counter()
    per_buyer: Counter[tuple[str, int]] = Counter()
    per_exhibitor: Counter[tuple[str, int]] = Counter()
    for rid, slot in solution.placement.items():
        request = requests[rid]
        assert slot in request.allowed or (request.locked and slot == request.current)
        buyers[(request.buyer, slot)] += 1
        tables[(request.table, slot)] += 1
        per_buyer[(request.buyer, period(problem, slot))] += 1
        per_exhibitor[(request.exhibitor, period(problem, slot))] += 1
    assert max(buyers.values(), default=0) <= 1, "a buyer in two meetings at once"
    assert max(tables.values(), default=0) <= 1, "a table holding two meetings"
    for request in problem.requests:
        if request.locked:
            assert solution.placement.get(request.id) == request.current, "a locked one moved"
    locked_buyers = Counter((r.buyer, period(problem, r.current)) for r in problem.requests
                            if r.locked and r.current is not None)
    if problem.buyer_cap is not None:
        for key, count in per_buyer.items():
            assert count <= max(problem.buyer_cap, locked_buyers[key])
    locked_ex = Counter((r.exhibitor, period(problem, r.current)) for r in problem.requests
                        if r.locked and r.current is not None)
    if problem.exhibitor_cap is not None:
        for key, count in per_exhibitor.items():
            assert count <= max(problem.exhibitor_cap, locked_ex[key])
    assert set(solution.placement) | set(solution.unplaced) == set(requests)
    assert not set(solution.placement) & set(solution.unplaced)


def brute_force(problem: Problem) -> tuple[int, int]:
    """The best (musts placed, requests placed) over every assignment."""
    best = (0, 0)
    choices = [[r.current] if r.locked else [None, *sorted(r.allowed)]
               for r in problem.requests]
    for pick in itertools.product(*choices):
        solution = Solution({r.id: s for r, s in zip(problem.requests, pick, strict=True)
                             if s is not None}, {}, 0, 0, False)
        solution.unplaced = {r.id: "" for r in problem.requests
                             if r.id not in solution.placement}
        try:
            check_valid(problem, solution)
        except AssertionError:
            continue
        musts = sum(1 for r, s in zip(problem.requests, pick, strict=True)
                    if s is not None and r.priority == "must")
        best = max(best, (musts, len(solution.placement)))
    return best


@settings(max_examples=300, deadline=None)
@given(problems())
def test_small_instances_are_valid_and_optimal(problem: Problem) -> None:
    solution = solve(problem)
    check_valid(problem, solution)
    musts = sum(1 for rid in solution.placement
                if next(r for r in problem.requests if r.id == rid).priority == "must")
    assert (musts, solution.placed) == brute_force(problem)
    assert solution.optimal
    assert solution.placed <= solution.bound


@settings(max_examples=40, deadline=None)
@given(problems(max_requests=40, max_slots=8))
def test_larger_instances_stay_valid_and_under_the_bound(problem: Problem) -> None:
    solution = solve(problem)
    check_valid(problem, solution)
    assert solution.placed <= solution.bound
    if solution.optimal:
        assert solution.placed == solution.bound or len(problem.requests) <= 14


def test_every_unplaced_request_says_why() -> None:
    problem = Problem(slots=2, requests=[
        Request("never", "b1", "t1", "want", frozenset()),
        Request("r1", "b2", "t1", "must", frozenset({0, 1})),
        Request("r2", "b2", "t2", "want", frozenset({0, 1})),
    ], buyer_cap=1)
    solution = solve(problem)
    assert solution.placement.keys() == {"r1"}
    assert solution.unplaced == {"never": REASON_NO_COMMON, "r2": REASON_BUYER_CAP}


def test_a_late_registrant_is_not_left_with_nothing() -> None:
    # One table, three slots; an early buyer asked for all three, a late one for one.
    requests = [Request(f"early{i}", "early", f"t{i}", "want", frozenset({0, 1, 2}),
                        exhibitor="busy" if i == 0 else f"e{i}") for i in range(3)]
    requests.append(Request("late", "late", "t0", "want", frozenset({0, 1, 2}),
                            exhibitor="busy"))
    solution = solve(Problem(slots=3, requests=requests, exhibitor_cap=1))
    assert "late" in solution.placement  # the popular manufacturer's one meeting is fair


def test_meetings_already_placed_stay_put_when_nothing_forces_a_move() -> None:
    requests = [Request(f"r{i}", f"b{i}", f"t{i % 3}", "want", frozenset(range(6)),
                        current=i) for i in range(6)]
    solution = solve(Problem(slots=6, requests=requests))
    assert solution.moved == []
    assert solution.placement == {r.id: r.current for r in requests}
