"""Badge PDFs as a user gets them: every layout rasterised, every QR decoded and verified,
the short code readable as text, long names kept inside their box."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp

from booth_app.core.badges.jobs import faces_for_print
from booth_app.core.badges.render import (
    DEFAULT_LAYOUT,
    BadgeFace,
    Layout,
    get_layout,
    list_layouts,
    render_pdf,
)
from booth_app.core.badges.shaping import ELLIPSIS, fit_text
from booth_app.core.badges.tokens import check_token, current_badge
from booth_app.core.errors import InputError
from booth_app.core.events import require_event
from booth_app.core.visitors.register import VisitorFields, add_visitor
from booth_app.storage.database import Database
from booth_app.storage.models import Visitor

DPI = 300
PEOPLE = [
    ("Siti Nurhaliza Rahayu", "Palm Crescent Specialist Hospital", "ID", "hospital/clinic"),
    ("محمد الهاشمي", "مستشفى دبي", "AE", "buyer"),
    ("王嘉怡 镕喆堃", "北京协和医院", "CN", "media"),
    ("राजेश कुमार शर्मा", "Apollo Hospitals", "IN", "exhibitor"),
    ("Zoë Dvořák", "", "CZ", "vip"),
]
LONG_NAME = " ".join(["Maximiliano de la Santísima Trinidad"] * 9)[:300]
LONG_WORD = "Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaftschaferswessen"


def add(db: Database, name: str, organization: str = "", country: str = "",
        category: str = "") -> str:
    with db.session() as session:
        fields = VisitorFields.parse(name=name, organization=organization, country=country,
                                     category=category)
        return add_visitor(session, fields).id


def issue(db: Database, ids: list[str] | None, layout: Layout) -> list[BadgeFace]:
    with db.session() as session:
        return faces_for_print(session, ids, layout)


def decode_pages(path: Path) -> list[list[str]]:
    """Every QR on every page, page by page, as zxing-cpp reads the 300 dpi raster."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        return [[found.text for found in zxingcpp.read_barcodes(
                    page.render(scale=DPI / 72).to_pil(),
                    formats=zxingcpp.BarcodeFormat.QRCode)]
                for page in pdf]
    finally:
        pdf.close()


def page_texts(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        texts = []
        for page in pdf:
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
        return texts
    finally:
        pdf.close()


def test_the_five_layouts_are_there() -> None:
    names = [layout.name for layout in list_layouts()]
    assert names[0] == DEFAULT_LAYOUT
    assert set(names) >= {"4x3in", "a6", "cr80", "ql62", "a4x8"}
    cr80 = get_layout("cr80")
    assert (cr80.width_mm, cr80.height_mm, cr80.per_page) == (85.6, 54.0, 1)
    sheet = get_layout("a4x8")
    assert (sheet.page_width_mm, sheet.page_height_mm, sheet.per_page) == (210, 297, 8)
    assert sheet.cut_marks
    for layout in list_layouts():  # every badge fits its page, the QR big enough to scan
        assert layout.qr_size_mm >= 23
        right = layout.margin_left_mm + layout.columns * layout.width_mm
        bottom = layout.margin_top_mm + layout.rows * layout.height_mm
        assert right <= layout.page_width_mm and bottom <= layout.page_height_mm


def test_unknown_layout_names_the_valid_ones() -> None:
    with pytest.raises(InputError) as caught:
        get_layout("letter")
    assert "cr80" in str(caught.value) and "a4x8" in str(caught.value)


@pytest.mark.slow
@pytest.mark.parametrize("name", ["cr80", "4x3in", "a6", "ql62", "a4x8"])
def test_every_qr_of_every_layout_scans_and_verifies(event_db: Database, tmp_path: Path,
                                                       name: str) -> None:
    ids = [add(event_db, *person) for person in PEOPLE]
    layout = get_layout(name)
    faces = issue(event_db, ids, layout)
    out = tmp_path / f"{name}.pdf"
    pages = render_pdf(faces, layout, out)
    assert pages == -(-len(faces) // layout.per_page)

    decoded = decode_pages(out)
    assert len(decoded) == pages
    tokens = [token for page in decoded for token in page]
    assert sorted(tokens) == sorted(face.token for face in faces)
    with event_db.reader() as session:
        event = require_event(session)
        codes = {v.id: v.code for v in session.query(Visitor)}
        for face in faces:
            check = check_token(event, face.token)
            assert check.kind == "valid" and check.code == codes[face.visitor_id]

    text = "\n".join(page_texts(out))
    for face in faces:
        assert face.short_code in text  # typed by hand when a QR will not scan
        assert face.band_word in text
    assert "Siti Nurhaliza Rahayu" in text or "Siti Nurhaliza\r\nRahayu" in text


def test_tampered_and_revoked_tokens_are_told_apart(event_db: Database, tmp_path: Path) -> None:
    visitor_id = add(event_db, "Ahmed Al Mansoori", "Najd Horizon Medical City", "SA")
    layout = get_layout("cr80")
    first = issue(event_db, [visitor_id], layout)[0]
    reprint = issue(event_db, [visitor_id], layout)[0]
    render_pdf([reprint], layout, tmp_path / "reprint.pdf")
    assert decode_pages(tmp_path / "reprint.pdf") == [[reprint.token]]
    with event_db.reader() as session:
        event = require_event(session)
        visitor = session.get(Visitor, visitor_id)
        current = current_badge(session, visitor)
        old, new = check_token(event, first.token), check_token(event, reprint.token)
        assert old.kind == new.kind == "valid" and old.version < new.version == current.version
        position = 15
        swapped = "C" if first.token[position] != "C" else "D"
        tampered = first.token[:position] + swapped + first.token[position + 1:]
        assert check_token(event, tampered).kind == "invalid"


def char_boxes(path: Path) -> list[tuple[str, tuple[float, float, float, float]]]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        page = pdf[0]
        textpage = page.get_textpage()
        boxes = [(textpage.get_text_range(i, 1), textpage.get_charbox(i))
                 for i in range(textpage.count_chars())]
        textpage.close()
        return boxes
    finally:
        pdf.close()


@pytest.mark.parametrize("name", [LONG_NAME, LONG_WORD, "<b>Tom & Jerry</b> 😀 \u202eevil"])
@pytest.mark.parametrize("layout_name", ["cr80", "ql62"])
def test_long_and_strange_names_stay_inside_their_box(event_db: Database, tmp_path: Path,
                                                       name: str, layout_name: str) -> None:
    visitor_id = add(event_db, name, "A" * 200, "DE")
    layout = get_layout(layout_name)
    faces = issue(event_db, [visitor_id], layout)
    out = tmp_path / "long.pdf"
    render_pdf(faces, layout, out)
    box = layout.name_box
    # The name box in PDF points (origin bottom-left); a small tolerance for side bearings.
    left, right = box.x * 72 / 25.4 - 1, (box.x + box.w) * 72 / 25.4 + 1
    top = (layout.height_mm - box.y) * 72 / 25.4 + 1
    bottom = (layout.height_mm - box.y - box.h) * 72 / 25.4 - 1
    qr_left = layout.qr_x_mm * 72 / 25.4
    qr_top = (layout.height_mm - layout.qr_y_mm) * 72 / 25.4
    qr_bottom = qr_top - layout.qr_size_mm * 72 / 25.4
    page_w = layout.width_mm * 72 / 25.4
    page_h = layout.height_mm * 72 / 25.4
    shown = ""
    for char, (x0, y0, x1, y1) in char_boxes(out):
        if not char.strip():
            continue
        assert x0 >= 0 and x1 <= page_w and y0 >= 0 and y1 <= page_h, char
        overlaps_qr = x1 > qr_left + 0.5 and x0 < qr_left + layout.qr_size_mm * 72 / 25.4 \
            and y1 > qr_bottom + 0.5 and y0 < qr_top - 0.5
        assert not overlaps_qr, char
        if bottom <= y0 and y1 <= top and left <= x0 and x1 <= right:
            shown += char
    assert shown, "the name is drawn in its box"
    if name.startswith("<b>"):
        assert "<b>Tom&Jerry</b>" in shown.replace(" ", "")  # text, never markup
    else:
        assert shown.startswith(name[:8])


def test_fit_text_shrinks_wraps_and_ellipsises() -> None:
    width, height = 150.0, 50.0
    short = fit_text("Zoë Dvořák", width, height, size=20, min_size=9, max_lines=2, bold=True)
    assert short.size == 20 and len(short.lines) == 1 and not short.truncated
    two = fit_text("Siti Nurhaliza Rahayu Binti Abdullah", width, height, size=20, min_size=9,
                   max_lines=2, bold=True)
    assert len(two.lines) == 2 and 9 <= two.size < 20 and not two.truncated
    assert all(line.width * two.size <= width + 0.01 for line in two.lines)
    long = fit_text(LONG_NAME, width, height, size=20, min_size=9, max_lines=2, bold=True)
    assert long.truncated and len(long.lines) == 2 and long.size == 9
    assert all(line.width * long.size <= width + 0.01 for line in long.lines)
    assert long.height <= height + 0.01
    last_piece = long.lines[-1].pieces[-1]
    assert str(last_piece.text).endswith(ELLIPSIS)
    word = fit_text(LONG_WORD, width, height, size=20, min_size=9, floor_size=6, max_lines=2)
    assert word.size < 9  # one unbreakable word shrinks below the usual minimum
