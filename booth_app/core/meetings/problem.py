"""The scheduling problem as the solver sees it: requests with the slots they may take,
caps and fixed meetings; a solution; and who is busy when (`Busy`), shared by the flow
bound, the colouring and the exact search."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

MUST, WANT = "must", "want"

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


def request_order(request: Request) -> tuple[int, int]:
    """Musts first, then the pairs with the fewest possible slots; ties keep the order
    the requests were given in (sorted() is stable), never their random ids, so the same
    requests give the same schedule on every laptop."""
    return (0 if request.priority == MUST else 1, len(request.allowed))


def score(placement: dict[str, int], requests: dict[str, Request]) -> tuple[int, int]:
    return (sum(1 for rid in placement if requests[rid].priority == MUST), len(placement))


class Busy:
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


class Counts:
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
