"""Rebuild the bundled fonts in this folder from Debian's Noto packages.

Build step only (the app never runs this); needs fontTools, which is not a
runtime dependency of Booth:

    .venv/bin/pip install fonttools
    mkdir -p /tmp/fontdebs && cd /tmp/fontdebs
    apt-get download fonts-noto-core fonts-noto-cjk
    for deb in *.deb; do dpkg-deb -x "$deb" x; done
    cd /work/main && .venv/bin/python resources/fonts/build_fonts.py /tmp/fontdebs/x

(With the two packages installed, `build_fonts.py /` works too.)

What it does, see README.md in this folder for the why:
- copies the Noto TrueType files (Latin, Arabic, Devanagari) unchanged;
- takes the Simplified Chinese face out of the Noto Sans CJK collection (.ttc),
  subsets it to GB2312 + Big5 level 1 + ASCII + CJK punctuation, converts its
  CFF (cubic) outlines to TrueType (quadratic, `glyf`) outlines so reportlab can
  embed it, and names it "Noto Sans SC".
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import sys
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

HERE = Path(__file__).resolve().parent
CORE = "usr/share/fonts/truetype/noto"
CJK = "usr/share/fonts/opentype/noto"

COPIED = [
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoNaskhArabic-Regular.ttf",
    "NotoNaskhArabic-Bold.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold.ttf",
    "NotoSansDevanagari-Regular.ttf",
    "NotoSansDevanagari-Bold.ttf",
]

# cu2qu tolerance in font units (1000 per em): 1.0 is what fontTools' otf2ttf uses.
MAX_ERR = 1.0


def _double_byte(codec: str, leads: range, trails: list[int], last: int | None = None) -> set[str]:
    chars = set()
    for lead in leads:
        for trail in trails:
            if last is not None and (lead << 8 | trail) > last:
                continue
            with contextlib.suppress(UnicodeDecodeError):
                chars.add(bytes([lead, trail]).decode(codec))
    return chars


def gb2312() -> set[str]:
    """Every character of GB2312 (6,763 hanzi, punctuation, kana, Greek, Cyrillic...)."""
    return _double_byte("gb2312", range(0xA1, 0xF8), list(range(0xA1, 0xFF)))


def big5_level1() -> set[str]:
    """Big5 punctuation/symbols (0xA140-0xA3BF) and the 5,401 frequently used hanzi
    (level 1, 0xA440-0xC67E)."""
    trails = list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF))
    return _double_byte("big5", range(0xA1, 0xC7), trails, last=0xC67E)


def extra() -> set[str]:
    """ASCII, Latin-1, Latin Extended-A (what of it the font has) and CJK punctuation."""
    ranges = [
        (0x0020, 0x007E),  # ASCII
        (0x00A0, 0x017F),  # Latin-1; of Latin Extended-A the font only has ~30 (pinyin ā ě ī...)
        (0x2010, 0x2027),  # dashes, quotes, bullets, ellipsis, U+2027 hyphenation point
        (0x2030, 0x203B),
        (0x3000, 0x303F),  # CJK symbols and punctuation
        (0x30FB, 0x30FC),  # katakana middle dot (used between parts of foreign names)
        (0xFE30, 0xFE4F),  # CJK compatibility forms
        (0xFF01, 0xFF5E),  # fullwidth ASCII
        (0xFF5F, 0xFF65),
        (0xFFE0, 0xFFE6),  # fullwidth signs
    ]
    return {chr(c) for start, end in ranges for c in range(start, end + 1)}


def cjk_charset() -> set[str]:
    return gb2312() | big5_level1() | extra()


def _sc_face(ttc: Path) -> int:
    collection = TTCollection(str(ttc))
    for index, face in enumerate(collection.fonts):
        if face["name"].getDebugName(1) == "Noto Sans CJK SC":
            return index
    raise SystemExit(f"{ttc}: no 'Noto Sans CJK SC' face")


def _subset(ttc: Path, chars: set[str]) -> TTFont:
    font = TTFont(str(ttc), fontNumber=_sc_face(ttc), lazy=False)
    options = subset.Options()
    options.name_IDs = ["*"]  # keep copyright (0), license (13) and license URL (14)
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False  # CFF hints do not survive the conversion anyway
    options.desubroutinize = True
    # The usual features (kerning, vertical forms, proportional punctuation...) but not
    # 'locl': it swaps in Japanese/Korean/Traditional glyph shapes, which this SC-only
    # face does not keep (nearly doubles the file).
    options.layout_features = [f for f in options.layout_features if f != "locl"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(ord(c) for c in chars))
    subsetter.subset(font)
    return font


def _to_truetype(font: TTFont) -> None:
    """CFF to glyf, after fontTools' Snippets/otf2ttf.py."""
    assert font.sfntVersion == "OTTO" and "CFF " in font
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERR, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        if hasattr(glyph, "xMin"):
            hmtx[name] = (hmtx[name][0], glyph.xMin)
    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    maxp.maxTwilightPoints = 0
    maxp.maxStorage = 0
    maxp.maxFunctionDefs = 0
    maxp.maxInstructionDefs = 0
    maxp.maxStackElements = 0
    maxp.maxSizeOfInstructions = 0
    maxp.maxComponentElements = 0
    post = font["post"]
    post.formatType = 3.0  # no glyph names (cid01234...): smaller, nobody needs them
    post.extraNames = []
    post.mapping = {}
    font.sfntVersion = "\x00\x01\x00\x00"


def _rename(font: TTFont, style: str, charset_size: int, contents: str) -> None:
    """Family "Noto Sans SC" (as Google ships the SC-only cut), never a Reserved Font Name."""
    name = font["name"]
    old_version = name.getDebugName(5) or ""
    for name_id in (1, 2, 3, 4, 6, 16, 17):
        name.removeNames(nameID=name_id)
    postscript = f"NotoSansSC-{style}"
    version = old_version.split(";")[0]
    records = {
        1: "Noto Sans SC",
        2: style,
        3: f"{version};Booth subset;{postscript}",
        4: "Noto Sans SC" if style == "Regular" else f"Noto Sans SC {style}",
        5: f"{version}; subset of Noto Sans CJK SC for Booth ({charset_size} characters: "
           f"{contents}), TrueType outlines",
        6: postscript,
    }
    for name_id, text in records.items():
        name.setName(text, name_id, 3, 1, 0x409)  # Windows, Unicode BMP, English (US)
        name.setName(text, name_id, 1, 0, 0)      # Macintosh, Roman, English


def build_cjk(root: Path, style: str, chars: set[str], contents: str) -> Path:
    ttc = root / CJK / f"NotoSansCJK-{style}.ttc"
    font = _subset(ttc, chars)
    _to_truetype(font)
    _rename(font, style, len(chars), contents)
    out = HERE / f"NotoSansSC-{style}.ttf"
    font.save(str(out))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path,
                        help="where usr/share/fonts lives (/ or an extracted .deb)")
    parser.add_argument("--no-bold-cjk", action="store_true", help="skip NotoSansSC-Bold.ttf")
    parser.add_argument("--all-han", action="store_true",
                        help="add the whole CJK Unified Ideographs block (U+4E00-9FFF)")
    args = parser.parse_args(argv)
    for name in COPIED:
        shutil.copyfile(args.root / CORE / name, HERE / name)
        print(f"copied {name}")
    chars = cjk_charset()
    contents = "GB2312, Big5 level 1, Latin-1, Latin Extended-A, CJK punctuation"
    if args.all_han:
        chars |= {chr(code) for code in range(0x4E00, 0xA000)}
        contents = "U+4E00-9FFF, " + contents
    for style in ("Regular",) if args.no_bold_cjk else ("Regular", "Bold"):
        out = build_cjk(args.root, style, chars, contents)
        print(f"built {out.name}: {len(chars)} characters, {out.stat().st_size / 2**20:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
