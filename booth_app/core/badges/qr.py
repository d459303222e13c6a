"""QR symbols for badge tokens, fast enough for batches of thousands.

`qrcode` chooses the mask by building the whole symbol eight times in pure Python and
computes the error correction with polynomial objects (together about 3 ms per code,
more than everything else on a badge). Here the symbol's fixed parts and the place of
each data module are worked out once per version with qrcode's own functions, and a
symbol is one integer holding its rows and its columns (see _Plan). Per token: the data
codewords are qrcode's bit stream (its mode encoders, the padding of its `create_data`),
their Reed-Solomon error correction comes from a table per block size, the symbol under
each of the eight masks is a few integer operations away, and the mask with the lowest
ISO/IEC 18004 penalty (rules N1-N4, computed on the whole integer at once) is kept. The
symbol is the one the same scoring picks from qrcode's own (tests/core/badges/test_badge_qr).
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from dataclasses import dataclass
from functools import cache

import qrcode
from qrcode import LUT, base, util
from qrcode.constants import ERROR_CORRECT_Q

ERROR_CORRECTION = ERROR_CORRECT_Q
_ALPHANUMERIC = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
_DARK_RUNS = re.compile(r"1+")
_EXP = base.EXP_TABLE
_LOG = base.LOG_TABLE


@dataclass(frozen=True)
class _Plan:
    """One version's symbol as a single integer: its rows, then its columns, one line of
    `size` bits per `size + 1` (a 0 bit between lines stops runs and patterns there).
    In a line, module 0 is the highest bit, so a line printed in binary reads left to right
    (rows) or top to bottom (columns)."""

    size: int
    fixed: tuple[int, ...]  # per mask: the function patterns and format information
    flips: tuple[int, ...]  # per mask: the data modules it inverts
    nibbles: tuple[tuple[int, ...], ...]  # per half codeword: its 16 values' data modules
    blocks: tuple[tuple[int, int], ...]  # per Reed-Solomon block: data and EC codewords
    lines: int  # every module of every line
    rows: int  # every module of the rows
    pairs: int  # N2: where a 2x2 block can start (not the last row or column)
    starts: int  # N3: where an 11-module pattern fits in a line


def _packed(rows: list[list[bool | None]]) -> int:
    """The matrix's rows and columns as one integer (see _Plan)."""
    size = len(rows)
    value = 0
    for line in itertools.chain(rows, zip(*rows, strict=True)):
        value = (value << (size + 1)) | sum(1 << (size - 1 - i) for i in range(size) if line[i])
    return value


@cache
def _ec_table(ec_count: int) -> tuple[int, ...]:
    """Reed-Solomon with a table, as CRCs are computed: for each value of the byte that
    leaves the remainder, the generator polynomial (after its leading 1) times that value,
    its coefficients as the bytes of one integer, highest order first."""
    if ec_count in LUT.rsPoly_LUT:
        coefficients = list(LUT.rsPoly_LUT[ec_count])
    else:
        poly = base.Polynomial([1], 0)
        for i in range(ec_count):
            poly = poly * base.Polynomial([1, base.gexp(i)], 0)
        coefficients = [poly[i] for i in range(len(poly))]
    logs = [_LOG[c] for c in coefficients[1:]]
    table = [0]
    for factor in range(1, 256):
        products = bytes(_EXP[(log + _LOG[factor]) % 255] for log in logs)
        table.append(int.from_bytes(products, "big"))
    return tuple(table)


def _repeat(pattern: int, size: int, count: int) -> int:
    return sum(pattern << ((size + 1) * line) for line in range(count))


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
    fixed = []
    for mask in range(8):
        code.modules = [row[:] for row in blank]
        code.setup_type_info(False, mask)
        if version >= 7:
            code.setup_type_number(False)
        fixed.append(_packed(code.modules))
    # The data placement order of qrcode's map_data: two-column zigzag from the bottom right.
    cells: list[tuple[int, int]] = []
    row, step = size - 1, -1
    for col in range(size - 1, 0, -2):
        if col <= 6:
            col -= 1
        while True:
            for c in (col, col - 1):
                if code.modules[row][c] is None:
                    cells.append((row, c))
            row += step
            if row < 0 or row >= size:
                row -= step
                step = -step
                break
    flips = []
    for mask in range(8):
        inverted = util.mask_func(mask)
        grid: list[list[bool | None]] = [[False] * size for _ in range(size)]
        for r, c in cells:
            grid[r][c] = bool(inverted(r, c))
        flips.append(_packed(grid))
    def bit(line: int, module: int) -> int:
        return 1 << ((2 * size - 1 - line) * (size + 1) + size - 1 - module)

    cell_bits = [bit(r, c) | bit(size + c, r) for r, c in cells]  # in its row and column
    nibbles = []
    for start in range(0, len(cells), 4):  # bits 4k..4k+3: the high half, then the low
        group = cell_bits[start:start + 4]
        nibbles.append(tuple(
            functools.reduce(operator.or_, (bit for k, bit in enumerate(group)
                                            if value >> (3 - k) & 1), 0)
            for value in range(16)))
    blocks = tuple((block.data_count, block.total_count - block.data_count)
                   for block in base.rs_blocks(version, ERROR_CORRECTION))
    line = (1 << size) - 1
    return _Plan(size, tuple(fixed), tuple(flips), tuple(nibbles), blocks,
                 lines=_repeat(line, size, 2 * size),
                 rows=_repeat(line, size, size) << ((size + 1) * size),
                 pairs=_repeat((1 << (size - 1)) - 1, size, size - 1) << ((size + 1) * (size + 1)),
                 starts=_repeat((1 << (size - 10)) - 1, size, 2 * size))


class _Bits:
    """A bit stream with the `put` of qrcode's BitBuffer (its encoders write to it)."""

    def __init__(self) -> None:
        self.value = 0
        self.length = 0

    def put(self, number: int, length: int) -> None:
        self.value = (self.value << length) | number
        self.length += length


@cache
def _version(mode: int, length: int) -> int:
    """The smallest version that holds `length` characters in `mode` (qrcode's best_fit)."""
    fitter = qrcode.QRCode(error_correction=ERROR_CORRECTION, border=0)
    fitter.add_data(util.QRData(b"0" * length, mode=mode, check_data=False))
    return fitter.best_fit()


def _codewords(data: util.QRData, version: int, blocks: tuple[tuple[int, int], ...]
               ) -> list[int]:
    """qrcode's create_data: the data codewords, padded, then the error correction codewords,
    each interleaved across the blocks."""
    bits = _Bits()
    bits.put(data.mode, 4)
    bits.put(len(data), util.length_in_bits(data.mode, version))
    data.write(bits)
    limit = sum(count for count, _ in blocks) * 8
    if bits.length > limit:
        raise ValueError(f"{bits.length} bits do not fit version {version} ({limit})")
    bits.put(0, min(limit - bits.length, 4))  # terminator
    bits.put(0, -bits.length % 8)
    stream = bits.value.to_bytes(bits.length // 8, "big")
    stream += bytes((util.PAD0, util.PAD1)) * ((limit - bits.length) // 16 + 1)
    data_blocks, ec_blocks, offset = [], [], 0
    for count, ec_count in blocks:
        block = stream[offset:offset + count]
        offset += count
        table, top, full = _ec_table(ec_count), 8 * (ec_count - 1), (1 << 8 * ec_count) - 1
        remainder = 0
        for byte in block:
            remainder = ((remainder << 8) & full) ^ table[byte ^ (remainder >> top)]
        data_blocks.append(block)
        ec_blocks.append(remainder.to_bytes(ec_count, "big"))
    if len(blocks) == 1:
        return [*data_blocks[0], *ec_blocks[0]]
    out: list[int] = []
    for group in (data_blocks, ec_blocks):
        for index in range(max(len(b) for b in group)):
            out.extend(b[index] for b in group if index < len(b))
    return out


_FINDER = 0b10111010000  # N3: dark-light-dark-dark-dark-light-dark, then four light


def _run_penalty(ones: int) -> int:
    """N1 of the runs of 1 bits: 3 + (length - 5) for each run of five or more."""
    starts = ones & (ones >> 1) & (ones >> 2) & (ones >> 3) & (ones >> 4)
    return starts.bit_count() + 2 * (starts & ~(starts << 1)).bit_count()


def _finder_count(symbol: int, plan: _Plan) -> int:
    """N3: windows of 11 modules that read as _FINDER either way round."""
    light = ~symbol
    forward = backward = plan.starts
    for k in range(11):
        forward &= (symbol if _FINDER >> k & 1 else light) >> k
        backward &= (symbol if _FINDER >> (10 - k) & 1 else light) >> k
    return forward.bit_count() + backward.bit_count()


def _penalty(symbol: int, plan: _Plan) -> int:
    size = plan.size
    score = _run_penalty(symbol) + _run_penalty(~symbol & plan.lines)
    score += 40 * _finder_count(symbol, plan)
    above, below = symbol, symbol << (size + 1)
    same = ~(above ^ below) & ~(above ^ (above >> 1)) & ~(below ^ (below >> 1)) & plan.pairs
    score += 3 * same.bit_count()
    dark = (symbol & plan.rows).bit_count()
    score += 10 * (abs(dark * 100 // (size * size) - 50) // 5)
    return score


def qr_rows(payload: str) -> list[str]:
    """The QR symbol of `payload` at error correction level Q, without its quiet zone:
    one string per row, "1" for a dark module. Badge tokens (22 upper-case
    alphanumerics) use the compact alphanumeric mode and fit version 2 (25 x 25)."""
    alnum = bool(payload) and all(ch in _ALPHANUMERIC for ch in payload)
    data = util.QRData(payload, mode=util.MODE_ALPHA_NUM if alnum else None)
    version = _version(data.mode, len(data))
    plan = _plan(version)
    modules = 0
    nibbles = iter(plan.nibbles)
    for codeword in _codewords(data, version, plan.blocks):
        modules |= next(nibbles)[codeword >> 4] | next(nibbles)[codeword & 15]
    best = best_score = -1
    for fixed, flips in zip(plan.fixed, plan.flips, strict=True):
        symbol = fixed | (modules ^ flips)
        score = _penalty(symbol, plan)
        if best < 0 or score < best_score:
            best, best_score = symbol, score
    size = plan.size
    # The rows (the upper half), each after its 0 bit: row r is text[r * (size + 1) + 1:...].
    text = format(best >> ((size + 1) * size), f"0{(size + 1) * size}b")
    return [text[start + 1:start + size + 1] for start in range(0, len(text), size + 1)]


def qr_matrix(payload: str) -> list[list[bool]]:
    """qr_rows as rows of modules, True for dark."""
    return [[module == "1" for module in row] for row in qr_rows(payload)]


def dark_runs(row: str) -> list[tuple[int, int]]:
    """(start, length) of each horizontal run of dark modules in one row of qr_rows."""
    return [(run.start(), run.end() - run.start()) for run in _DARK_RUNS.finditer(row)]
