"""Short visitor codes: printed under the QR and typed by hand when a badge is lost.

The alphabet leaves out look-alikes (0/O, 1/I/L is kept but I dropped), vowels (no
accidental words) and the letters that move between QWERTY, AZERTY and QWERTZ
(A, Q, W, Z, Y, M), so a code typed through those layouts arrives unchanged.
"""

from __future__ import annotations

import secrets

CODE_ALPHABET = "23456789BCDFGHJKLNPRSTVX"
CODE_LENGTH = 8


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def format_code(code: str) -> str:
    """`BCDF2345` -> `BCDF-2345` for printing and reading aloud."""
    return f"{code[:4]}-{code[4:]}" if len(code) == CODE_LENGTH else code


def normalise_code(text: str) -> str | None:
    """A typed code in canonical form, or None if it cannot be one."""
    candidate = "".join(ch for ch in text.upper() if ch not in " -_.")
    if len(candidate) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in candidate):
        return None
    return candidate
