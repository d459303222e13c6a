"""Keyboard-wedge scanners: read a code back through the keyboard layout it was typed in.

A USB or Bluetooth scanner is a keyboard. It sends US-layout key codes (HID usages)
and the operating system turns them into characters through the *active* layout, so
a badge token scanned on a laptop set to French AZERTY arrives as ``BTé"...`` and on
an Arabic layout as Arabic letters and marks. This module maps what arrived back to
the keys that were pressed, for the layouts we meet at fairs, and says whether one
of those readings is a badge token or a printed short code.

No Qt here: the check-in page and ``booth checkin`` both call :func:`recognise`.

The tables below were generated once from xkb-data 2.35.1 (Debian 12,
``/usr/share/X11/xkb/symbols``) by compiling each layout with libxkbcommon (rules
``evdev``, model ``pc105``) and asking, for each US key, what it types without and
with Shift; they are hard-coded so nothing parses XKB at run time. Keys covered:
the digit row (scanners send digits without Shift), the US ``-`` key (the short
code's dash), letters without Shift (some scanners send lowercase) and letters with
Shift (how scanners send uppercase). A table maps the character a US layout would
type to the character this layout types for the same key press.
"""

from __future__ import annotations

import re
from itertools import combinations, islice

from booth_app.core.badges.codes import CODE_ALPHABET, CODE_LENGTH, normalise_code
from booth_app.core.badges.tokens import PREFIX, TOKEN_LENGTH, looks_like_token

# xkb-data 2.35.1 symbols/fr, "basic" (French AZERTY).
FR_AZERTY: dict[str, str] = {
    '1': '&', '2': 'é', '3': '"', '4': "'", '5': '(', '6': '-',
    '7': 'è', '8': '_', '9': 'ç', '0': 'à', '-': ')',
    'q': 'a', 'w': 'z', 'e': 'e', 'r': 'r', 't': 't', 'y': 'y', 'u': 'u', 'i': 'i', 'o': 'o',
    'p': 'p',
    'a': 'q', 's': 's', 'd': 'd', 'f': 'f', 'g': 'g', 'h': 'h', 'j': 'j', 'k': 'k', 'l': 'l',
    'z': 'w', 'x': 'x', 'c': 'c', 'v': 'v', 'b': 'b', 'n': 'n', 'm': ',',
    'Q': 'A', 'W': 'Z', 'E': 'E', 'R': 'R', 'T': 'T', 'Y': 'Y', 'U': 'U', 'I': 'I', 'O': 'O',
    'P': 'P',
    'A': 'Q', 'S': 'S', 'D': 'D', 'F': 'F', 'G': 'G', 'H': 'H', 'J': 'J', 'K': 'K', 'L': 'L',
    'Z': 'W', 'X': 'X', 'C': 'C', 'V': 'V', 'B': 'B', 'N': 'N', 'M': '?',
}

# xkb-data 2.35.1 symbols/be, "basic" (Belgian AZERTY; includes fr(oss)).
BE_AZERTY: dict[str, str] = {
    '1': '&', '2': 'é', '3': '"', '4': "'", '5': '(', '6': '§',
    '7': 'è', '8': '!', '9': 'ç', '0': 'à', '-': ')',
    'q': 'a', 'w': 'z', 'e': 'e', 'r': 'r', 't': 't', 'y': 'y', 'u': 'u', 'i': 'i', 'o': 'o',
    'p': 'p',
    'a': 'q', 's': 's', 'd': 'd', 'f': 'f', 'g': 'g', 'h': 'h', 'j': 'j', 'k': 'k', 'l': 'l',
    'z': 'w', 'x': 'x', 'c': 'c', 'v': 'v', 'b': 'b', 'n': 'n', 'm': ',',
    'Q': 'A', 'W': 'Z', 'E': 'E', 'R': 'R', 'T': 'T', 'Y': 'Y', 'U': 'U', 'I': 'I', 'O': 'O',
    'P': 'P',
    'A': 'Q', 'S': 'S', 'D': 'D', 'F': 'F', 'G': 'G', 'H': 'H', 'J': 'J', 'K': 'K', 'L': 'L',
    'Z': 'W', 'X': 'X', 'C': 'C', 'V': 'V', 'B': 'B', 'N': 'N', 'M': '?',
}

# xkb-data 2.35.1 symbols/de, "basic" (German QWERTZ).
DE_QWERTZ: dict[str, str] = {
    '1': '1', '2': '2', '3': '3', '4': '4', '5': '5', '6': '6',
    '7': '7', '8': '8', '9': '9', '0': '0', '-': 'ß',
    'q': 'q', 'w': 'w', 'e': 'e', 'r': 'r', 't': 't', 'y': 'z', 'u': 'u', 'i': 'i', 'o': 'o',
    'p': 'p',
    'a': 'a', 's': 's', 'd': 'd', 'f': 'f', 'g': 'g', 'h': 'h', 'j': 'j', 'k': 'k', 'l': 'l',
    'z': 'y', 'x': 'x', 'c': 'c', 'v': 'v', 'b': 'b', 'n': 'n', 'm': 'm',
    'Q': 'Q', 'W': 'W', 'E': 'E', 'R': 'R', 'T': 'T', 'Y': 'Z', 'U': 'U', 'I': 'I', 'O': 'O',
    'P': 'P',
    'A': 'A', 'S': 'S', 'D': 'D', 'F': 'F', 'G': 'G', 'H': 'H', 'J': 'J', 'K': 'K', 'L': 'L',
    'Z': 'Y', 'X': 'X', 'C': 'C', 'V': 'V', 'B': 'B', 'N': 'N', 'M': 'M',
}

# xkb-data 2.35.1 symbols/ch, "basic" (Swiss German; ch(fr) gives the same on these keys).
CH_QWERTZ: dict[str, str] = {
    '1': '1', '2': '2', '3': '3', '4': '4', '5': '5', '6': '6',
    '7': '7', '8': '8', '9': '9', '0': '0', '-': "'",
    'q': 'q', 'w': 'w', 'e': 'e', 'r': 'r', 't': 't', 'y': 'z', 'u': 'u', 'i': 'i', 'o': 'o',
    'p': 'p',
    'a': 'a', 's': 's', 'd': 'd', 'f': 'f', 'g': 'g', 'h': 'h', 'j': 'j', 'k': 'k', 'l': 'l',
    'z': 'y', 'x': 'x', 'c': 'c', 'v': 'v', 'b': 'b', 'n': 'n', 'm': 'm',
    'Q': 'Q', 'W': 'W', 'E': 'E', 'R': 'R', 'T': 'T', 'Y': 'Z', 'U': 'U', 'I': 'I', 'O': 'O',
    'P': 'P',
    'A': 'A', 'S': 'S', 'D': 'D', 'F': 'F', 'G': 'G', 'H': 'H', 'J': 'J', 'K': 'K', 'L': 'L',
    'Z': 'Y', 'X': 'X', 'C': 'C', 'V': 'V', 'B': 'B', 'N': 'N', 'M': 'M',
}

# xkb-data 2.35.1 symbols/tr, "basic" (Turkish Q).
TR_Q: dict[str, str] = {
    '1': '1', '2': '2', '3': '3', '4': '4', '5': '5', '6': '6',
    '7': '7', '8': '8', '9': '9', '0': '0', '-': '*',
    'q': 'q', 'w': 'w', 'e': 'e', 'r': 'r', 't': 't', 'y': 'y', 'u': 'u', 'i': 'ı', 'o': 'o',
    'p': 'p',
    'a': 'a', 's': 's', 'd': 'd', 'f': 'f', 'g': 'g', 'h': 'h', 'j': 'j', 'k': 'k', 'l': 'l',
    'z': 'z', 'x': 'x', 'c': 'c', 'v': 'v', 'b': 'b', 'n': 'n', 'm': 'm',
    'Q': 'Q', 'W': 'W', 'E': 'E', 'R': 'R', 'T': 'T', 'Y': 'Y', 'U': 'U', 'I': 'I', 'O': 'O',
    'P': 'P',
    'A': 'A', 'S': 'S', 'D': 'D', 'F': 'F', 'G': 'G', 'H': 'H', 'J': 'J', 'K': 'K', 'L': 'L',
    'Z': 'Z', 'X': 'X', 'C': 'C', 'V': 'V', 'B': 'B', 'N': 'N', 'M': 'M',
}

# xkb-data 2.35.1 symbols/ara, "basic" (Arabic, the Windows "Arabic (101)" arrangement).
ARABIC: dict[str, str] = {
    '1': '1', '2': '2', '3': '3', '4': '4', '5': '5', '6': '6',
    '7': '7', '8': '8', '9': '9', '0': '0', '-': '-',
    'q': 'ض', 'w': 'ص', 'e': 'ث', 'r': 'ق', 't': 'ف', 'y': 'غ', 'u': 'ع', 'i': 'ه', 'o': 'خ',
    'p': 'ح',
    'a': 'ش', 's': 'س', 'd': 'ي', 'f': 'ب', 'g': 'ل', 'h': 'ا', 'j': 'ت', 'k': 'ن', 'l': 'م',
    'z': 'ئ', 'x': 'ء', 'c': 'ؤ', 'v': 'ر', 'b': '\ufefb', 'n': 'ى', 'm': 'ة',
    'Q': '\u064e', 'W': '\u064b', 'E': '\u064f', 'R': '\u064c', 'T': '\ufef9', 'Y': 'إ',
    'U': '`', 'I': '÷', 'O': '×', 'P': '؛',
    'A': '\u0650', 'S': '\u064d', 'D': ']', 'F': '[', 'G': '\ufef7', 'H': 'أ', 'J': '\u0640',
    'K': '،', 'L': '/',
    'Z': '~', 'X': '\u0652', 'C': '}', 'V': '{', 'B': '\ufef5', 'N': 'آ', 'M': "'",
}


# Layouts, most likely first (the order of the candidates decode_scan returns).
LAYOUTS: dict[str, dict[str, str]] = {
    "fr": FR_AZERTY,
    "be": BE_AZERTY,
    "de": DE_QWERTZ,
    "ch": CH_QWERTZ,
    "tr": TR_Q,
    "ara": ARABIC,
}

# Beyond the XKB tables, characters that also mean a US key on that layout:
# - AZERTY with Shift or Caps Lock on the digit row types the digits themselves
#   (symbols/fr and symbols/be level 2 of AE01..AE10; Windows Caps Lock does the same).
# - Arabic with Eastern Arabic numerals: symbols/ara, variant "digits", level 1 of
#   AE01..AE10 (U+0660..U+0669), and the Persian/Urdu forms U+06F0..U+06F9.
_DIGITS = "0123456789"
_EXTRA: dict[str, dict[str, str]] = {
    "fr": {d: d for d in _DIGITS},
    "be": {d: d for d in _DIGITS},
    "ara": {**{chr(0x0660 + i): str(i) for i in range(10)},
            **{chr(0x06F0 + i): str(i) for i in range(10)}},
}

# Windows "Arabic (101)" types lam-alef as two characters where XKB has one
# presentation form: B unshifted -> "\u0644\u0627", Shift+B -> "\u0644\u0622",
# Shift+T -> "\u0644\u0625", Shift+G -> "\u0644\u0623". They are folded to the XKB
# forms before reading. "\u0644\u0627" is also g then h unshifted (lam, alef), so
# that reading is offered too.
_LAM_ALEF = {
    "\u0644\u0622": "\ufef5",
    "\u0644\u0623": "\ufef7",
    "\u0644\u0625": "\ufef9",
}
_LAM_ALEF_PLAIN = "\u0644\u0627"
_LAM_ALEF_PLAIN_FORM = "\ufefb"
_MAX_LAM_ALEF_READINGS = 32
_TARGET_LENGTHS = (TOKEN_LENGTH, CODE_LENGTH, CODE_LENGTH + 1)  # token, code, code with dash

# Anything longer than this is not a token or short code typed by a scanner: decode_scan
# returns only its as-is reading and recognise says None at once, so junk costs nothing.
MAX_SCAN_LENGTH = 64

# Unshifted Arabic letters (and lam-alef) only: a person typing a word. Eight such
# letters can read as a short code (e.g. "ابتسامات" -> HFJSHLHJ), so such text is
# a name search, not a short code; a short code typed on an Arabic layout needs a digit,
# the dash, or Shift.
_ARABIC_WORD = re.compile("[\u0621-\u064a\ufef5-\ufefc\\s]+")

_ALPHABET = frozenset(CODE_ALPHABET)
_MAX_CODE_TEXT = 2 * CODE_LENGTH  # longer readings cannot be a short code, even spaced out


def _inverse(name: str, table: dict[str, str]) -> dict[str, str]:
    inverse: dict[str, str] = {}
    for us, typed in table.items():
        inverse.setdefault(typed, us.upper())
    for typed, us in _EXTRA.get(name, {}).items():
        inverse.setdefault(typed, us)
    return inverse


_INVERSE: dict[str, dict[str, str]] = {name: _inverse(name, t) for name, t in LAYOUTS.items()}
_READERS: tuple[tuple[str, frozenset[str], dict[int, str]], ...] = tuple(
    (name, frozenset(inv), str.maketrans(inv)) for name, inv in _INVERSE.items())


def _arabic_readings(text: str, producible: frozenset[str], trans: dict[int, str]) -> list[str]:
    """US readings of Arabic text that may hold Windows lam-alef pairs.

    Each plain pair "لا" is the b key or g then h. Readings: all pairs as b, then the
    ones that make a token's or a short code's length (earlier pairs as g h first), then
    all as g h; at most _MAX_LAM_ALEF_READINGS. None if the layout cannot type the text.
    """
    for pair, form in _LAM_ALEF.items():
        text = text.replace(pair, form)
    parts = text.split(_LAM_ALEF_PLAIN)
    if not set(text.replace(_LAM_ALEF_PLAIN, _LAM_ALEF_PLAIN_FORM)) <= producible:
        return []
    if len(parts) == 1:
        return [text.translate(trans)]
    us_parts = [part.translate(trans) for part in parts]
    pairs = len(parts) - 1
    base = sum(map(len, us_parts)) + pairs  # length with every pair read as b

    splits: list[tuple[int, ...]] = [()]
    for target in _TARGET_LENGTHS:
        extra = target - base
        if 0 < extra <= pairs:
            splits.extend(islice(combinations(range(pairs), extra), _MAX_LAM_ALEF_READINGS))
    splits.append(tuple(range(pairs)))
    readings = []
    for split in dict.fromkeys(splits[:_MAX_LAM_ALEF_READINGS]):
        seps = ["B"] * pairs
        for i in split:
            seps[i] = "GH"
        out = [us_parts[0]]
        for sep, part in zip(seps, us_parts[1:], strict=True):
            out += (sep, part)
        readings.append("".join(out))
    return readings


def _readings(text: str) -> list[tuple[str, str]]:
    """(layout, US reading) pairs, most likely first; layout "" is the text as typed."""
    raw = text.strip()
    if not raw:
        return []
    out = [("", raw.upper())]
    if len(raw) > MAX_SCAN_LENGTH:
        return out
    chars = set(raw)
    for name, producible, trans in _READERS:
        if name == "ara" and "\u0644" in chars:
            out.extend((name, reading) for reading in _arabic_readings(raw, producible, trans))
        elif chars <= producible:
            out.append((name, raw.translate(trans)))
    return out


def decode_scan(text: str) -> list[str]:
    """What keys a scanner pressed to type ``text``, as US-layout readings, most likely first.

    First the text as it arrived, upper-cased (US layout; Caps Lock turns a scanner's
    Shift+letter into lowercase, which upper-casing undoes), then the text read back
    through each supported layout whose keys can type every character of it. Leading
    and trailing whitespace (the scanner's Enter or Tab) is ignored; blank text has no
    readings; text longer than MAX_SCAN_LENGTH only its as-is reading.
    """
    return list(dict.fromkeys(reading for _, reading in _readings(text)))


def _is_token(reading: str) -> bool:
    return looks_like_token(reading) and _ALPHABET.issuperset(reading[len(PREFIX):])


def recognise_all(text: str) -> list[str]:
    """Every distinct token or short code among the readings of ``text``, most likely first.

    Usually one. More than one only where a layout is ambiguous (Windows Arabic types
    the b key and g then h alike); check_token's MAC then tells which badge it is.
    """
    raw = text.strip()
    found: dict[str, None] = {}
    if len(raw) > MAX_SCAN_LENGTH:
        return []
    for layout, reading in _readings(raw):
        if _is_token(reading):
            found[reading] = None
            continue
        code = normalise_code(reading) if len(reading) <= _MAX_CODE_TEXT else None
        if code is not None and not (layout == "ara" and _ARABIC_WORD.fullmatch(raw)):
            found[code] = None
    return list(found)


def recognise(text: str) -> str | None:
    """The badge token or short code a scanner (or a person) typed, whatever the layout.

    Returns the first reading that is a well-formed token (22 characters, "BT" then the
    code alphabet; the MAC is not checked here, see badges.check_token) or a short code
    in canonical 8-character form; None for anything else, such as a name to search.
    """
    raw = text.strip()
    if len(raw) > MAX_SCAN_LENGTH:
        return None
    for layout, reading in _readings(raw):
        if _is_token(reading):
            return reading
        code = normalise_code(reading) if len(reading) <= _MAX_CODE_TEXT else None
        if code is not None and not (layout == "ara" and _ARABIC_WORD.fullmatch(raw)):
            return code
    return None
