"""Text on badges: a font per script, Arabic and Devanagari shaped, right-to-left runs in
visual order, and names fitted to their box with the real font metrics.

reportlab has no font fallback and lays shaped glyphs out left to right, so a line is
built here as `Piece`s in visual order: the Unicode bidi algorithm (python-bidi) gives
each character its level, characters are grouped into runs of one level and one font,
the runs are reordered (rule L2), and each run that needs it is shaped by HarfBuzz in
its own direction (an RTL run comes back from HarfBuzz already in visual order, letters
joined). Names are plain text: nothing here interprets markup.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import uharfbuzz
from bidi import algorithm as bidi_algorithm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr, TTFont
from reportlab.pdfgen.canvas import Canvas

from booth_app import fonts

ELLIPSIS = "\u2026"
_RTL_CLASSES = {"R", "AL", "AN", "RLE", "RLO", "RLI"}
_SHAPED_FAMILIES = {fonts.NOTO_NASKH_ARABIC, fonts.NOTO_SANS_ARABIC, fonts.NOTO_SANS_DEVANAGARI}
_FEATURES = {"kern": True, "liga": True}
_JOINERS = {"\u200c", "\u200d"}
_FALLBACK_ORDER = [fonts.NOTO_SANS, fonts.NOTO_SANS_SC, fonts.NOTO_NASKH_ARABIC,
                   fonts.NOTO_SANS_DEVANAGARI]


_BUNDLED = {font.name: font for font in fonts.BUNDLED_FONTS}


@cache
def _font(name: str) -> TTFont:
    """One bundled font (reportlab name), registered with reportlab when first needed: a
    batch of Latin names never reads the Chinese fonts (7 MB each) or the Arabic ones."""
    # Asked by name only when known: getFont() of an unknown name searches the system's
    # Type 1 folders for AFM files first (over a second on a cold start).
    if name in pdfmetrics.getRegisteredFontNames():
        return pdfmetrics.getFont(name)
    tt = TTFont(name, str(_BUNDLED[name].path))
    pdfmetrics.registerFont(tt)
    return tt


@lru_cache(maxsize=1)
def register_fonts() -> dict[str, TTFont]:
    """Register every bundled font with reportlab once; reportlab name -> TTFont. (Badges
    register theirs one by one as their text needs them.)"""
    return {font.name: _font(font.name) for font in fonts.BUNDLED_FONTS}


@cache
def font_name(family: str, bold: bool) -> str:
    return fonts.bundled(family, bold=bold).name


@cache
def _cmap(name: str) -> dict[int, int]:
    return _font(name).face.charToGlyph


@cache
def _metrics(name: str) -> tuple[float, float]:
    """(ascent, descent) per point of size, descent positive."""
    face = _font(name).face
    return face.ascent / 1000, -face.descent / 1000


@cache
def _hb_font(name: str) -> uharfbuzz.Font:
    return _font(name).hbFont()


@dataclass(frozen=True)
class Piece:
    """A run of glyphs in visual order, drawn with one font."""

    text: str  # a reportlab ShapedStr when shaped
    font: str  # reportlab font name
    width: float  # at size 1 (points per point of font size)


@dataclass(frozen=True)
class Line:
    pieces: tuple[Piece, ...]
    width: float  # at size 1
    ascent: float
    descent: float
    rtl: bool  # the paragraph reads right to left (aligns to the right when "start")


def _supported(text: str, bold: bool) -> str:
    """Drop what no bundled font can draw (emoji, symbols), so nothing prints as a box."""
    if all(_drawable(char, bold) for char in text):
        return text
    return "".join(char for char in text if _drawable(char, bold))


@cache
def _drawable(char: str, bold: bool) -> bool:
    """Whether a bundled font has this character (asked once per character and weight)."""
    if char in _JOINERS or char == " ":
        return True
    category = unicodedata.category(char)
    if category in ("Cc", "Cs", "Co", "Cn"):
        return False
    if category == "Cf":
        return False  # bidi controls, tags, variation selectors: clean() strips most already
    code = ord(char)
    return code in _cmap(font_name(fonts.NOTO_SANS, bold)) or code in _cmap(
        font_name(_print_family(char), bold)) or any(
        code in _cmap(font_name(family, bold)) for family in _FALLBACK_ORDER)


def _print_family(char: str) -> str:
    """The family badges print this character's script in: asked before the others, so
    only the fonts of the scripts a batch has are read."""
    return fonts.font_for_text(char)


def _family_for(char: str, family: str, bold: bool) -> str:
    """`family` if it has `char`, else the first bundled family that does."""
    if ord(char) in _cmap(font_name(family, bold)) or char in _JOINERS:
        return family
    for other in _FALLBACK_ORDER:
        if ord(char) in _cmap(font_name(other, bold)):
            return other
    return family


def _has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in _RTL_CLASSES for ch in text)


def paragraph_rtl(text: str) -> bool:
    """Whether `text` reads right to left as a whole (its first strong letter is RTL)."""
    return _has_rtl(text) and bidi_algorithm.get_base_level(text) == 1


def _levels(text: str, rtl: bool | None) -> tuple[list[int], bool]:
    """The bidi embedding level of each character, and whether the paragraph is RTL
    (`rtl`, or from its first strong letter when None)."""
    if not _has_rtl(text) and not rtl:
        return [0] * len(text), False
    storage = bidi_algorithm.get_empty_storage()
    base = bidi_algorithm.get_base_level(text) if rtl is None else int(rtl)
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    bidi_algorithm.get_embedding_levels(text, storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
    bidi_algorithm.explicit_embed_and_overrides(storage)
    bidi_algorithm.resolve_weak_types(storage)
    bidi_algorithm.resolve_neutral_types(storage, False)
    bidi_algorithm.resolve_implicit_levels(storage, False)
    levels: list[int | None] = [None] * len(text)
    for char in storage["chars"]:
        levels[char["index"]] = char["level"]
    result, last = [], base
    for level in levels:  # characters removed by rule X9 take their neighbour's level
        last = level if level is not None else last
        result.append(last)
    # Rule L1: trailing whitespace goes back to the paragraph level.
    end = len(text)
    while end and text[end - 1].isspace():
        end -= 1
        result[end] = base
    return result, bool(base)


def _shape(text: str, name: str, rtl: bool) -> tuple[str, float]:
    """HarfBuzz-shaped glyphs of one run, as a reportlab ShapedStr, and its width."""
    font = _font(name)
    hb = _hb_font(name)
    buf = uharfbuzz.Buffer()
    buf.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    uharfbuzz.shape(hb, buf, _FEATURES)
    face = font.face
    scale = face._pdfScale
    chars, data, width = [], [], 0.0
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        gid = info.codepoint
        known = face.glyphToChar.get(gid)
        if known:
            uchar = known[0]
        else:  # a ligature or contextual form with no code point of its own
            uchar = font.hbAddPrivate(hb.glyph_to_string(gid), gid, pos.x_advance)
        advance = scale(pos.x_advance)
        data.append(ShapeData(info.cluster, advance, scale(pos.y_advance),
                              scale(pos.x_offset), scale(pos.y_offset), face.charWidths[uchar]))
        chars.append(chr(uchar))
        width += advance
    return ShapedStr("".join(chars), shapeData=data), width / 1000


def _needs_shaping(text: str, family: str, rtl: bool) -> bool:
    return rtl or family in _SHAPED_FAMILIES or any(
        unicodedata.category(ch) in ("Mn", "Mc") for ch in text)


@lru_cache(maxsize=8192)
def layout_line(text: str, *, bold: bool = False, rtl: bool | None = None) -> Line:
    """One line of text as pieces in visual order, measured at size 1 (cached: event,
    organisation and country names repeat from badge to badge). `rtl` is the direction of
    the paragraph the line comes from (None: this line's own first strong letter)."""
    text = _supported(text, bold)
    if not text:
        return Line((), 0.0, *_metrics(font_name(fonts.NOTO_SANS, bold)), False)
    levels, rtl = _levels(text, rtl)
    # Logical runs of one level and one font.
    runs: list[list] = []  # [level, family, text]
    position = 0
    for chunk, family in fonts.font_runs(text):
        for char in chunk:
            level = levels[position]
            position += 1
            fam = _family_for(char, family, bold)
            if runs and runs[-1][0] == level and (runs[-1][1] == fam or (
                    unicodedata.category(char) in ("Mn", "Me") or char in _JOINERS)):
                runs[-1][2] += char
            else:
                runs.append([level, fam, char])
    # Rule L2: from the highest level down to the lowest odd one, reverse every
    # sequence of runs at that level or higher.
    top = max(run[0] for run in runs)
    lowest_odd = min((run[0] for run in runs if run[0] % 2), default=top + 1)
    for level in range(top, lowest_odd - 1, -1):
        index = 0
        while index < len(runs):
            if runs[index][0] >= level:
                end = index
                while end < len(runs) and runs[end][0] >= level:
                    end += 1
                runs[index:end] = runs[index:end][::-1]
                index = end
            else:
                index += 1
    pieces, width, ascent, descent = [], 0.0, 0.0, 0.0
    for level, family, chunk in runs:
        name = font_name(family, bold)
        up, down = _metrics(name)  # registers the font before stringWidth asks for it
        if _needs_shaping(chunk, family, bool(level % 2)):
            glyphs, run_width = _shape(chunk, name, bool(level % 2))
        else:
            glyphs, run_width = chunk, pdfmetrics.stringWidth(chunk, name, 1.0)
        pieces.append(Piece(glyphs, name, run_width))
        width += run_width
        ascent, descent = max(ascent, up), max(descent, down)
    return Line(tuple(pieces), width, ascent, descent, rtl)


@dataclass(frozen=True)
class Fitted:
    """Lines chosen for a box and the size they print at."""

    lines: tuple[Line, ...]
    size: float
    truncated: bool = False

    @property
    def height(self) -> float:
        return sum(line.ascent + line.descent for line in self.lines) * self.size


def _height(lines: Sequence[Line]) -> float:
    return sum(line.ascent + line.descent for line in lines)


def _best_size(lines: Sequence[Line], width: float, height: float, largest: float) -> float:
    widest = max((line.width for line in lines), default=0.0)
    size = largest
    if widest > 0:
        size = min(size, width / widest)
    total = _height(lines)
    if total > 0:
        size = min(size, height / total)
    return size


def _cut_to_width(words: str, limit: float, bold: bool, rtl: bool) -> tuple[str, str]:
    """The longest leading part of `words` (cut between characters) whose line fits
    `limit` at size 1, and the rest."""
    low, high = 1, len(words)
    while low < high:
        middle = (low + high + 1) // 2
        if layout_line(words[:middle], bold=bold, rtl=rtl).width <= limit:
            low = middle
        else:
            high = middle - 1
    return words[:low], words[low:]


def fit_text(text: str, width: float, height: float, *, size: float, min_size: float,
             floor_size: float | None = None, max_lines: int = 1,
             bold: bool = False) -> Fitted:
    """The largest size (at most `size`) at which `text` fits `width` x `height` points in
    at most `max_lines` lines broken between words. One unbreakable word too wide at
    `min_size` may shrink down to `floor_size`; below that the text is cut and ends
    with an ellipsis."""
    text = _supported(text, bold)
    words = text.split()
    if not words:
        return Fitted((), size)
    rtl = paragraph_rtl(text)
    floor_size = min_size if floor_size is None else min(floor_size, min_size)
    splits: list[list[str]] = [[" ".join(words)]]
    if max_lines >= 2:
        splits += [[" ".join(words[:cut]), " ".join(words[cut:])] for cut in range(1, len(words))]
    best: Fitted | None = None
    best_parts: list[str] = []
    for parts in splits:  # fewer lines first: they win ties
        lines = [layout_line(part, bold=bold, rtl=rtl) for part in parts]
        fitted = _best_size(lines, width, height, size)
        if best is None or fitted > best.size + 1e-6:
            best, best_parts = Fitted(tuple(lines), fitted), parts
        if best.size >= size - 1e-6:
            break  # at the largest size already: no later split can beat it
    assert best is not None
    # A line that is one unbreakable word may shrink below min_size, down to floor_size.
    widest = max(range(len(best.lines)), key=lambda i: best.lines[i].width)
    lowest = floor_size if " " not in best_parts[widest] else min_size
    if best.size >= lowest - 1e-6:
        return best
    return _truncated(words, width, height, lowest, max_lines, bold, rtl)


def _truncated(words: list[str], width: float, height: float, size: float, max_lines: int,
               bold: bool, rtl: bool) -> Fitted:
    """At `size`, fill the lines word by word (a word wider than a line is cut between
    characters) and end the last line with an ellipsis."""
    one_line = _height([layout_line("Ag", bold=bold, rtl=rtl)])
    size = min(size, height / max(one_line * max_lines, 1e-6))
    limit = width / size
    rest = " ".join(words)
    lines: list[Line] = []
    for number in range(max_lines):
        last = number == max_lines - 1
        if layout_line(rest, bold=bold, rtl=rtl).width <= limit:
            lines.append(layout_line(rest, bold=bold, rtl=rtl))
            rest = ""
            break
        if last:
            room = limit - layout_line(ELLIPSIS, bold=bold, rtl=rtl).width
            head, _ = _cut_to_width(rest, room, bold, rtl)
            lines.append(layout_line(head.rstrip() + ELLIPSIS, bold=bold, rtl=rtl))
            break
        head, tail = _cut_to_width(rest, limit, bold, rtl)
        if tail and not tail.startswith(" ") and " " in head:
            head, tail = head.rsplit(" ", 1)[0], head.rsplit(" ", 1)[1] + tail
        lines.append(layout_line(head.strip(), bold=bold, rtl=rtl))
        rest = tail.strip()
    size = min(size, height / _height(lines), width / max(line.width for line in lines))
    return Fitted(tuple(lines), size, truncated=True)


def draw_fitted(canvas: Canvas, fitted: Fitted, x: float, top: float, width: float,
                height: float, align: str = "start", fill: Any = None) -> None:
    """Draw `fitted` in the box whose top-left corner is (x, top) in PDF points, centred
    vertically; `align` is "start" (left, or right for a right-to-left paragraph),
    "center" or "end"."""
    if not fitted.lines:
        return
    size = fitted.size
    baseline = top - (height - fitted.height) / 2
    if fill:
        canvas.setFillColor(fill)
    for line in fitted.lines:
        baseline -= line.ascent * size
        line_width = line.width * size
        where = align
        if align in ("start", "end") and line.rtl:
            where = "end" if align == "start" else "start"
        if where == "center":
            left = x + (width - line_width) / 2
        elif where == "end":
            left = x + width - line_width
        else:
            left = x
        for piece in line.pieces:
            canvas.setFont(piece.font, size)
            canvas.drawString(left, baseline, piece.text)
            left += piece.width * size
        baseline -= line.descent * size
