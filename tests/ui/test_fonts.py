"""The bundled fonts load into Qt and cover visitors' names in every script we expect."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter, QRawFont
from PySide6.QtWidgets import QApplication

from booth_app import fonts as bundled
from booth_app.ui.fonts import load_fonts

NAMES = ["王嘉怡", "محمد الهاشمي", "राजेश शर्मा", "Zoë Dvořák"]
TOFU = "\u0378"  # unassigned (Greek block): no font has it, Qt draws a box


@pytest.fixture
def app_font(qapp: QApplication) -> QFont:
    load_fonts()
    return qapp.font()


def test_every_bundled_file_loads(qapp: QApplication) -> None:
    for font in bundled.BUNDLED_FONTS:
        assert font.path.is_file(), font.path
        font_id = QFontDatabase.addApplicationFont(str(font.path))
        assert font_id >= 0, font.file
        assert font.family in QFontDatabase.applicationFontFamilies(font_id), font.file
    assert set(load_fonts()) == set(bundled.families())


def test_load_fonts_is_idempotent_and_keeps_the_size(qapp: QApplication) -> None:
    load_fonts()
    size = qapp.font().pointSizeF()
    families = load_fonts()
    assert families == load_fonts()
    assert qapp.font().pointSizeF() == size
    assert qapp.font().families() == bundled.UI_FAMILIES


def test_missing_file_is_logged_and_skipped(qapp: QApplication, monkeypatch: pytest.MonkeyPatch,
                                            caplog: pytest.LogCaptureFixture) -> None:
    ghost = bundled.BundledFont("NoSuchFont-Regular.ttf", "No Such Font", "latin", 400)
    monkeypatch.setattr("booth_app.ui.fonts.BUNDLED_FONTS", [*bundled.BUNDLED_FONTS, ghost])
    families = load_fonts()
    assert "No Such Font" not in families
    assert bundled.NOTO_SANS_SC in families
    assert "NoSuchFont-Regular.ttf" in caplog.text


def test_app_font_chain(app_font: QFont) -> None:
    families = app_font.families()
    assert families[0] == bundled.NOTO_SANS
    for family in (bundled.NOTO_SANS_SC, bundled.NOTO_SANS_ARABIC, bundled.NOTO_NASKH_ARABIC,
                   bundled.NOTO_SANS_DEVANAGARI):
        assert family in families
        # the family resolves to the bundled file, not to a system substitute
        assert QRawFont.fromFont(QFont(family)).familyName() == family


@pytest.mark.parametrize("name", NAMES)
def test_every_character_has_a_glyph_in_the_chain(app_font: QFont, name: str) -> None:
    raw = [QRawFont.fromFont(QFont(family)) for family in app_font.families()]
    for char in name.replace(" ", ""):
        # PySide6 picks the QChar overload for a str and gets it wrong; pass the code point
        assert any(font.supportsCharacter(ord(char)) for font in raw), f"{char} U+{ord(char):04X}"


def _draw(text: str, font: QFont) -> QImage:
    image = QImage(160, 60, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return image


def _ink(image: QImage) -> int:
    return sum(1 for y in range(image.height()) for x in range(image.width())
               if image.pixelColor(x, y).lightness() < 128)


def test_chinese_renders_as_glyphs_not_tofu(app_font: QFont) -> None:
    font = QFont(app_font)
    font.setPixelSize(36)
    tofu = _draw(TOFU, font)
    assert _ink(tofu) > 0  # Qt does draw a box for a character no font has
    images = [_draw(char, font) for char in "王嘉怡"]
    for char, image in zip("王嘉怡", images, strict=True):
        assert _ink(image) > 20, char
        assert image != tofu, char
    # three different characters, three different pictures (boxes would all be alike)
    assert images[0] != images[1] != images[2] != images[0]
    assert _draw("王嘉怡", font) != _draw(TOFU * 3, font)


def test_fonts_folder_stays_small() -> None:
    total = sum(path.stat().st_size for path in bundled.FONT_DIR.iterdir() if path.is_file())
    assert total < 30 * 2**20, f"resources/fonts is {total / 2**20:.1f} MiB"
