"""QR symbols for badge tokens, fast enough for batches of thousands.

`qrcode` chooses the mask by building the whole symbol eight times in pure Python
(about 2.5 ms per code, more than everything else on a badge). Here the symbol's
fixed parts and the placement order of its data modules are worked out once per
version with qrcode's own functions; per token the data codewords (qrcode's
`create_data`, with its Reed-Solomon error correction) are placed under each of the
eight masks and the one with the lowest ISO/IEC 18004 penalty (rules N1-N4, as
qrcode's `lost_point` scores them) is kept.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache

import qrcode
from qrcode import util
from qrcode.constants import ERROR_CORRECT_Q

ERROR_CORRECTION = ERROR_CORRECT_Q
_RUNS = re.compile(r"0{5,}|1{5,}")
_FINDER_LIKE = re.compile(r"(?=10111010000|00001011101)")


@dataclass(frozen=True)
class _Plan:
    size: int
    templates: tuple[tuple[tuple[str, ...], ...], ...]  # per mask: fixed parts "1"/"0", data "0"
    cells: tuple[tuple[int, int], ...]  # data modules in placement order
    flips: tuple[tuple[bool, ...], ...]  # per mask: is the data module at cells[i] inverted


@cache
def _plan(version: int) -> _Plan:
    code = qrcode.QRCode(version=version, error_correction=ERROR_CORRECTION, border=0)
    code.modules_count = size = version * 4 + 17
    code.modules = [[None] * size for _ in range(size)]
    code.setup_position_probe_pattern(0, 0)
    code.setup_position_probe_pattern(size - 7, 0)
    code.setup_position_probe_pattern(0, size - 7)
    code.setup_position_adjust_pattern()
    code.setup_timing_pattern()
    blank = [row[:] for row in code.modules]
    templates = []
    for mask in range(8):
        code.modules = [row[:] for row in blank]
        code.setup_type_info(False, mask)
        if version >= 7:
            code.setup_type_number(False)
        templates.append(tuple(tuple("1" if v else "0" for v in row) for row in code.modules))
    # The data placement order of qrcode's map_data: two-column zigzag from the bottom right.
    fixed = code.modules
    cells: list[tuple[int, int]] = []
    row, step = size - 1, -1
    for col in range(size - 1, 0, -2):
        if col <= 6:
            col -= 1
        while True:
            for c in (col, col - 1):
                if fixed[row][c] is None:
                    cells.append((row, c))
            row += step
            if row < 0 or row >= size:
                row -= step
                step = -step
                break
    flips = tuple(tuple(bool(util.mask_func(m)(r, c)) for r, c in cells) for m in range(8))
    return _Plan(size, tuple(templates), tuple(cells), flips)


def _penalty(rows: list[list[str]], size: int) -> int:
    lines = ["".join(row) for row in rows]
    lines += ["".join(column) for column in zip(*rows, strict=True)]
    score = 0
    for line in lines:
        for run in _RUNS.finditer(line):
            score += run.end() - run.start() - 2  # 3 + (length - 5)
        score += 40 * len(_FINDER_LIKE.findall(line))
    ints = [int(line, 2) for line in lines[:size]]
    full = (1 << (size - 1)) - 1
    for above, below in itertools.pairwise(ints):
        same = ~(above ^ below) & ~(above ^ (above >> 1)) & ~(below ^ (below >> 1)) & full
        score += 3 * bin(same).count("1")
    dark = sum(line.count("1") for line in lines[:size])
    score += 10 * (abs(dark * 100 // (size * size) - 50) // 5)
    return score


def qr_matrix(payload: str) -> list[list[bool]]:
    """The QR symbol of `payload` at error correction level Q, without its quiet zone:
    rows of modules, True for dark. Badge tokens (22 upper-case alphanumerics) use the
    compact alphanumeric mode and fit version 2 (25 x 25 modules)."""
    alnum = all(ch in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:" for ch in payload)
    data = util.QRData(payload, mode=util.MODE_ALPHA_NUM if alnum and payload else None)
    fitter = qrcode.QRCode(error_correction=ERROR_CORRECTION, border=0)
    fitter.add_data(data)
    version = fitter.best_fit()
    codewords = util.create_data(version, ERROR_CORRECTION, [data])
    plan = _plan(version)
    bits = [(codewords[i >> 3] >> (7 - (i & 7))) & 1 == 1 if (i >> 3) < len(codewords) else False
            for i in range(len(plan.cells))]
    best: list[list[str]] | None = None
    best_score = 0
    for mask in range(8):
        rows = [list(row) for row in plan.templates[mask]]
        for (r, c), bit, flip in zip(plan.cells, bits, plan.flips[mask], strict=True):
            if bit != flip:
                rows[r][c] = "1"
        score = _penalty(rows, plan.size)
        if best is None or score < best_score:
            best, best_score = rows, score
    assert best is not None
    return [[v == "1" for v in row] for row in best]
