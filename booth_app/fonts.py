"""The fonts Booth bundles, by script, for the window (Qt) and for badges (reportlab).

No Qt import here: badges and the command line use this module too. The files
live in resources/fonts (see README.md there: sources, versions, subsetting,
the SIL Open Font License 1.1).

Qt falls back from family to family by itself (booth_app.ui.fonts sets the
chain on the application font); reportlab does not, so a badge picks the family
for a name with `font_for_text`, or splits a mixed name with `font_runs`.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from booth_app.paths import resource_path

Script = Literal["latin", "arabic", "devanagari", "han"]
Purpose = Literal["ui", "print"]

FONT_DIR: Path = resource_path("fonts")

REGULAR = 400
BOLD = 700

NOTO_SANS = "Noto Sans"
NOTO_SANS_ARABIC = "Noto Sans Arabic"
NOTO_NASKH_ARABIC = "Noto Naskh Arabic"
NOTO_SANS_DEVANAGARI = "Noto Sans Devanagari"
NOTO_SANS_SC = "Noto Sans SC"


@dataclass(frozen=True)
class BundledFont:
    file: str  # file name inside FONT_DIR
    family: str  # family name inside the file, as Qt reports it
    script: Script  # what it is bundled for (Noto Sans also covers Greek and Cyrillic)
    weight: int  # 400 regular, 700 bold

    @property
    def path(self) -> Path:
        return resource_path("fonts", self.file)

    @property
    def name(self) -> str:
        """A name to register with reportlab, e.g. "NotoSans-Bold" (the file's stem)."""
        return Path(self.file).stem

    @property
    def bold(self) -> bool:
        return self.weight >= BOLD


BUNDLED_FONTS: list[BundledFont] = [
    BundledFont("NotoSans-Regular.ttf", NOTO_SANS, "latin", REGULAR),
    BundledFont("NotoSans-Bold.ttf", NOTO_SANS, "latin", BOLD),
    BundledFont("NotoSansArabic-Regular.ttf", NOTO_SANS_ARABIC, "arabic", REGULAR),
    BundledFont("NotoSansArabic-Bold.ttf", NOTO_SANS_ARABIC, "arabic", BOLD),
    BundledFont("NotoNaskhArabic-Regular.ttf", NOTO_NASKH_ARABIC, "arabic", REGULAR),
    BundledFont("NotoNaskhArabic-Bold.ttf", NOTO_NASKH_ARABIC, "arabic", BOLD),
    BundledFont("NotoSansDevanagari-Regular.ttf", NOTO_SANS_DEVANAGARI, "devanagari", REGULAR),
    BundledFont("NotoSansDevanagari-Bold.ttf", NOTO_SANS_DEVANAGARI, "devanagari", BOLD),
    # Subset: all of U+4E00-9FFF + GB2312 + Big5 level 1, TrueType outlines; see README.md.
    BundledFont("NotoSansSC-Regular.ttf", NOTO_SANS_SC, "han", REGULAR),
    BundledFont("NotoSansSC-Bold.ttf", NOTO_SANS_SC, "han", BOLD),
]

# The window's chain: Latin first (the default family), then one family per script.
# Noto Sans Arabic reads better on screen; Naskh stays as a last Arabic fallback.
UI_FAMILIES: list[str] = [
    NOTO_SANS, NOTO_SANS_ARABIC, NOTO_SANS_DEVANAGARI, NOTO_SANS_SC, NOTO_NASKH_ARABIC,
]

_FAMILY_BY_SCRIPT: dict[Purpose, dict[Script, str]] = {
    "ui": {"latin": NOTO_SANS, "arabic": NOTO_SANS_ARABIC,
           "devanagari": NOTO_SANS_DEVANAGARI, "han": NOTO_SANS_SC},
    "print": {"latin": NOTO_SANS, "arabic": NOTO_NASKH_ARABIC,
              "devanagari": NOTO_SANS_DEVANAGARI, "han": NOTO_SANS_SC},
}

# Code point ranges of the scripts that need a font of their own.
_RANGES: list[tuple[int, int, Script]] = [
    (0x0600, 0x06FF, "arabic"),
    (0x0750, 0x077F, "arabic"),  # Arabic Supplement
    (0x0870, 0x08FF, "arabic"),  # Arabic Extended-B and -A
    (0xFB50, 0xFDFF, "arabic"),  # Presentation Forms-A
    (0xFE70, 0xFEFF, "arabic"),  # Presentation Forms-B
    (0x0900, 0x097F, "devanagari"),
    (0xA8E0, 0xA8FF, "devanagari"),  # Devanagari Extended
    (0x1CD0, 0x1CFF, "devanagari"),  # Vedic Extensions
    (0x2E80, 0x2FDF, "han"),  # radicals
    (0x3000, 0x303F, "han"),  # CJK symbols and punctuation
    (0x3040, 0x30FF, "han"),  # kana (GB2312 has them, so the SC font does)
    (0x3100, 0x312F, "han"),  # Bopomofo
    (0x3400, 0x4DBF, "han"),  # Extension A
    (0x4E00, 0x9FFF, "han"),
    (0xF900, 0xFAFF, "han"),  # compatibility ideographs
    (0xFE30, 0xFE4F, "han"),  # CJK compatibility forms
    (0xFF00, 0xFFEF, "han"),  # fullwidth forms
    (0x20000, 0x3FFFF, "han"),  # Extensions B and later
]


# Neutral characters every bundled font has: spaces, combining marks, joiners (ZWJ/ZWNJ).
_SOFT = {"Zs", "Mn", "Me", "Cf"}
# Families with all of ASCII and Latin-1 punctuation.
_FULL_ASCII = {NOTO_SANS, NOTO_SANS_SC}


def font_files() -> list[Path]:
    """Every bundled font file, in BUNDLED_FONTS order."""
    return [font.path for font in BUNDLED_FONTS]


def families() -> list[str]:
    """The bundled family names, each once."""
    return list(dict.fromkeys(font.family for font in BUNDLED_FONTS))


@cache  # asked for every character of every name on a badge batch
def script_of(char: str) -> Script | None:
    """The script of one character (by block, or "latin" for any other letter), or None
    for neutral ones: spaces, digits, punctuation and symbols, combining marks."""
    code = ord(char)
    for start, end, script in _RANGES:
        if start <= code <= end:
            return script  # punctuation of these blocks too: only that script's font has it
    category = unicodedata.category(char)
    if category[0] == "L":
        return "latin"
    return None


def font_for_text(text: str, purpose: Purpose = "print") -> str:
    """The family for a whole string: the first script needing its own font wins
    (Han, then Arabic, then Devanagari); otherwise Noto Sans.

    `purpose="print"` (badges) uses Noto Naskh Arabic for Arabic, `"ui"` Noto Sans Arabic.
    Noto Sans SC also holds ASCII and Latin-1, so "王嘉怡 (Wang)" prints whole in it, but
    not every Latin letter (no ř, ł, ş); Arabic and Devanagari fonts have no Latin
    letters. A name mixing scripts is better printed with `font_runs`.
    """
    found = {script_of(char) for char in text}
    for script in ("han", "arabic", "devanagari"):
        if script in found:
            return _FAMILY_BY_SCRIPT[purpose][script]
    return NOTO_SANS


def font_runs(text: str, purpose: Purpose = "print") -> list[tuple[str, str]]:
    """Split `text` into (run, family) pieces for reportlab, which has no fallback of
    its own. Concatenating the runs gives `text` back; runs are in logical order
    (shaping and right-to-left reordering are the caller's business).

    Spaces, combining marks and joiners stay in the run they follow. Digits and
    punctuation do too after Latin or Chinese (both fonts have all of ASCII), but
    not after Arabic or Devanagari: Noto Naskh Arabic has no parentheses or hyphen,
    so they go to a Noto Sans run.
    """
    table = _FAMILY_BY_SCRIPT[purpose]
    runs: list[list[str]] = []  # [family, text]
    pending = ""  # spaces and marks before the first run
    for char in text:
        script = script_of(char)
        if script is None:
            soft = unicodedata.category(char) in _SOFT
            if runs and (soft or runs[-1][0] in _FULL_ASCII):
                runs[-1][1] += char
                continue
            if not runs and soft:
                pending += char
                continue
            family = NOTO_SANS
        else:
            family = table[script]
        if runs and runs[-1][0] == family:
            runs[-1][1] += char
        else:
            runs.append([family, pending + char])
            pending = ""
    if pending:
        runs.append([NOTO_SANS, pending])
    return [(run, family) for family, run in runs]


def bundled(family: str, bold: bool = False) -> BundledFont:
    """The file of `family` in the given weight."""
    weight = BOLD if bold else REGULAR
    for font in BUNDLED_FONTS:
        if font.family == family and font.weight == weight:
            return font
    raise KeyError(f"{family!r} ({weight}) is not bundled")
