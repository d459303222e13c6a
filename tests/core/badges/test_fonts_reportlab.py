"""Bundled fonts for badges, without Qt: reportlab can embed every file, and the
family chosen for a name has its characters."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from booth_app import fonts

NAMES = {
    "王嘉怡": fonts.NOTO_SANS_SC,
    "陳志明": fonts.NOTO_SANS_SC,  # Traditional (Big5 level 1)
    "محمد الهاشمي": fonts.NOTO_NASKH_ARABIC,
    "राजेश शर्मा": fonts.NOTO_SANS_DEVANAGARI,
    "Zoë Dvořák": fonts.NOTO_SANS,
    "Ŝtefan Çelik-Øster": fonts.NOTO_SANS,
    "王嘉怡 Wang Jiāyí": fonts.NOTO_SANS_SC,  # the SC subset has ASCII, Latin-1 and pinyin
}


@pytest.fixture(scope="module")
def registered() -> dict[str, TTFont]:
    out = {}
    for font in fonts.BUNDLED_FONTS:
        tt = TTFont(font.name, str(font.path))
        pdfmetrics.registerFont(tt)
        out[font.name] = tt
    return out


def test_bundled_list_matches_the_folder() -> None:
    on_disk = {path.name for path in fonts.FONT_DIR.glob("*.tt[fc]")}
    assert on_disk == {font.file for font in fonts.BUNDLED_FONTS}
    assert fonts.font_files() == [fonts.FONT_DIR / font.file for font in fonts.BUNDLED_FONTS]
    assert (fonts.FONT_DIR / "OFL.txt").is_file()


def test_every_file_registers_with_reportlab(registered: dict[str, TTFont]) -> None:
    assert set(registered) == {font.name for font in fonts.BUNDLED_FONTS}
    for name in registered:
        assert pdfmetrics.getFont(name).fontName == name


@pytest.mark.parametrize(("text", "family"), NAMES.items())
def test_chosen_family_has_every_character(
    registered: dict[str, TTFont], text: str, family: str
) -> None:
    assert fonts.font_for_text(text) == family
    for bold in (False, True):
        font = fonts.bundled(family, bold=bold)
        cmap = registered[font.name].face.charToGlyph
        missing = [char for char in text if char != " " and ord(char) not in cmap]
        assert not missing, (font.file, missing)


def test_pdf_embeds_the_subset(registered: dict[str, TTFont]) -> None:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    for y, text in enumerate(NAMES):
        pdf.setFont(fonts.bundled(fonts.font_for_text(text)).name, 14)
        pdf.drawString(72, 700 - 30 * y, text)
    pdf.save()
    data = buffer.getvalue()
    assert data.startswith(b"%PDF") and b"NotoSansSC-Regular" in data


def test_font_for_text_ui_and_print() -> None:
    assert fonts.font_for_text("محمد", purpose="ui") == fonts.NOTO_SANS_ARABIC
    assert fonts.font_for_text("محمد", purpose="print") == fonts.NOTO_NASKH_ARABIC
    assert fonts.font_for_text("") == fonts.NOTO_SANS
    assert fonts.font_for_text("12-34") == fonts.NOTO_SANS
    assert fonts.font_for_text("王嘉怡 (Wang Jiayi)") == fonts.NOTO_SANS_SC


@pytest.mark.parametrize(
    "text",
    [
        "王嘉怡 Zoë Dvořák",
        "Dr. محمد الهاشمي (Dubai)",
        "राजेश शर्मा / Rajesh Šarma",
        "李 · Łukasz",
        "Ümit 陳",
    ],
)
def test_every_run_has_its_characters(registered: dict[str, TTFont], text: str) -> None:
    runs = fonts.font_runs(text)
    assert len(runs) > 1
    for run, family in runs:
        cmap = registered[fonts.bundled(family).name].face.charToGlyph
        assert all(ord(char) in cmap for char in run), (run, family)


def test_font_runs_split_mixed_names() -> None:
    text = "Dr. محمد الهاشمي (Dubai)"
    runs = fonts.font_runs(text)
    assert "".join(run for run, _ in runs) == text
    assert runs == [
        ("Dr. ", fonts.NOTO_SANS),
        ("محمد الهاشمي ", fonts.NOTO_NASKH_ARABIC),
        ("(Dubai)", fonts.NOTO_SANS),
    ]
    assert fonts.font_runs("王嘉怡 (Wang)") == [
        ("王嘉怡 (", fonts.NOTO_SANS_SC),
        ("Wang)", fonts.NOTO_SANS),
    ]
    assert fonts.font_runs(" राजेश-1") == [
        (" राजेश", fonts.NOTO_SANS_DEVANAGARI),
        ("-1", fonts.NOTO_SANS),
    ]
    assert fonts.font_runs("Zoë") == [("Zoë", fonts.NOTO_SANS)]
    assert fonts.font_runs("Zoe\u0308") == [("Zoe\u0308", fonts.NOTO_SANS)]  # combining mark
    assert fonts.font_runs("  ") == [("  ", fonts.NOTO_SANS)]
    assert fonts.font_runs("") == []


def test_fonts_register_without_a_search_for_afm_files() -> None:
    """reportlab looks an unknown font name up on the system's Type 1 folders first: with
    many AFM files there that took seconds per command (badges, report, agendas)."""
    import subprocess
    import sys
    from pathlib import Path

    script = (
        "from reportlab.pdfbase import pdfmetrics\n"
        "def boom(*a, **k): raise AssertionError('searched for AFM files')\n"
        "pdfmetrics.bruteForceSearchForAFM = boom\n"
        "from booth_app.core.badges.shaping import register_fonts\n"
        "assert len(register_fonts()) > 4\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, cwd=Path(__file__).resolve().parents[3])
    assert done.returncode == 0, done.stderr


def test_badges_register_only_the_fonts_their_text_needs(tmp_path: Path) -> None:
    """A batch of Latin names never reads the Chinese fonts (7 MB each) or the Arabic and
    Devanagari ones; a Chinese name brings in only the Chinese font of its weight. In a
    process of its own (what reportlab registers is for the whole process), with the
    search for AFM files made to fail as above."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from reportlab.pdfbase import pdfmetrics\n"
        "def boom(*a, **k): raise AssertionError('searched for AFM files')\n"
        "pdfmetrics.bruteForceSearchForAFM = boom\n"
        "from booth_app.core.badges.render import BadgeFace, get_layout, render_pdf\n"
        "def face(name):\n"
        "    return BadgeFace('Arab Health 2027', name, 'Apollo Hospitals', 'India', 'other',\n"
        "                     'VISITOR', '#1D4ED8', 'BT02BCDF2345BCDF2345BC', 'BCDF-2345', 'x')\n"
        "def noto():\n"
        "    return sorted(n for n in pdfmetrics.getRegisteredFontNames() if 'Noto' in n)\n"
        "render_pdf([face('Zoë Dvořák'), face('Ahmed Karim')], get_layout('cr80'), sys.argv[1])\n"
        "print(noto())\n"
        "render_pdf([face('王嘉怡')], get_layout('cr80'), sys.argv[1])\n"
        "print(noto())\n")
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "b.pdf")],
                          capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[3])
    assert done.returncode == 0, done.stderr
    latin, han = done.stdout.splitlines()
    assert latin == "['NotoSans-Bold', 'NotoSans-Regular']"
    assert han == "['NotoSans-Bold', 'NotoSans-Regular', 'NotoSansSC-Bold']"
