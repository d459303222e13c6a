"""When: slots given to the chosen requests as a bipartite edge colouring with lists
(buyers x tables, a slot a colour), freeing a slot by alternating-chain swaps; and the
exact search for small instances."""

from __future__ import annotations

import time
from collections import defaultdict

from booth_app.core.meetings.problem import (
    MUST,
    Busy,
    Problem,
    Request,
    request_order,
    score,
)

_CHAIN_LIMIT = 400  # meetings one alternating chain may move


class Colouring:
    """Slots given to chosen requests: a bipartite edge colouring with lists."""

    def __init__(self, problem: Problem, busy: Busy, usable: dict[str, frozenset[int]],
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


def exact_search(candidates: list[Request], usable: dict[str, frozenset[int]], busy: Busy,
           requests: dict[str, Request], deadline: float) -> tuple[dict[str, int], bool]:
    """The best placement by exhaustive search (small instances only); whether the
    search finished before the deadline."""
    order = sorted(candidates, key=request_order)
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
            best, best_score = dict(current), score(current, requests)
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
