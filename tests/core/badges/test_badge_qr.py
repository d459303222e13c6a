"""QR symbols of badge tokens: qrcode's own symbol under the mask a plain N1-N4 scoring
picks, and what a scanner reads back."""

from __future__ import annotations

import random

import pytest
import qrcode
import zxingcpp
from PIL import Image
from qrcode import util

from booth_app.core.badges.codes import CODE_ALPHABET
from booth_app.core.badges.qr import ERROR_CORRECTION, dark_runs, qr_matrix, qr_rows


def _plain_penalty(modules: list[list[bool]]) -> int:
    """ISO/IEC 18004 rules N1-N4, written out plainly over the rows and columns."""
    size = len(modules)
    lines = ["".join("1" if m else "0" for m in row) for row in modules]
    lines += ["".join(line[c] for line in lines[:size]) for c in range(size)]
    score = 0
    for line in lines:
        run = 1
        for index in range(1, size + 1):
            if index < size and line[index] == line[index - 1]:
                run += 1
                continue
            if run >= 5:
                score += 3 + run - 5
            run = 1
        for start in range(size - 10):
            if line[start:start + 11] in ("10111010000", "00001011101"):
                score += 40
    for r in range(size - 1):
        for c in range(size - 1):
            if modules[r][c] == modules[r][c + 1] == modules[r + 1][c] == modules[r + 1][c + 1]:
                score += 3
    dark = sum(map(sum, modules))
    return score + 10 * (abs(dark * 100 // (size * size) - 50) // 5)


def _reference(payload: str) -> list[list[bool]]:
    """qrcode's symbol at level Q under each mask; the lowest penalty wins (first on ties)."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECTION, border=0)
    alnum = payload and all(ch in util.ALPHA_NUM.decode() for ch in payload)
    code.add_data(util.QRData(payload, mode=util.MODE_ALPHA_NUM if alnum else None))
    code.best_fit()
    best: list[list[bool]] = []
    best_score = 0
    for mask in range(8):
        code.makeImpl(False, mask)
        modules = [[bool(m) for m in row] for row in code.modules]
        score = _plain_penalty(modules)
        if not best or score < best_score:
            best, best_score = modules, score
    return best


def _tokens(count: int, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    return ["BT" + "".join(rng.choices(CODE_ALPHABET, k=20)) for _ in range(count)]


@pytest.mark.parametrize("payload", [
    *_tokens(60),
    "A", "HELLO WORLD", "12345", "hello, world", "Zoë Dvořák 王嘉怡",
    "X" * 120,  # alphanumeric, version 6: two error correction blocks
    "https://example.com/" + "a" * 180,  # bytes, version 10: four blocks
    "Q" * 400,  # version 13: type number bits as well
])
def test_the_symbol_is_qrcodes_under_the_best_mask(payload: str) -> None:
    assert qr_matrix(payload) == _reference(payload)


def test_tokens_scan_back() -> None:
    for token in _tokens(12, seed=9):
        rows = qr_rows(token)
        assert len(rows) == 25  # version 2, as the layouts are sized for
        scale, border = 8, 4
        side = (len(rows) + 2 * border) * scale
        image = Image.new("L", (side, side), 255)
        for r, row in enumerate(rows):
            for start, length in dark_runs(row):
                left, top = (start + border) * scale, (r + border) * scale
                image.paste(0, (left, top, left + length * scale, top + scale))
        found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
        assert [item.text for item in found] == [token]


def test_dark_runs() -> None:
    assert dark_runs("0110001") == [(1, 2), (6, 1)]
    assert dark_runs("1111") == [(0, 4)]
    assert dark_runs("000") == []
