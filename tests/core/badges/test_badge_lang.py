"""The badge language, an event setting: the words printed in the category band are
English (VISITOR), Indonesian (PENGUNJUNG) or Arabic (زائر, shaped and right to left like
names), on every laptop of the event."""

from __future__ import annotations

import shutil
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from alembic import command
from sqlalchemy import text

from booth_app.core.badges.bands import BADGE_LANGS, BANDS, PRINTED_WORDS, band_for
from booth_app.core.badges.jobs import faces_for_print, preview_face
from booth_app.core.badges.render import get_layout, render_pdf
from booth_app.core.errors import InputError
from booth_app.core.events import event_to_dict, require_event, set_badge_lang
from booth_app.core.sync.bundle import export_changes, export_setup, import_changes, import_setup
from booth_app.core.sync.wire import decode_table, encode_table
from booth_app.core.visitors.register import VisitorFields, add_visitor
from booth_app.storage.database import Database
from booth_app.storage.migrate import alembic_config
from booth_app.storage.models import Event, Visitor
from tests.conftest import make_event

PASS = "correct horse battery staple"


def add(db: Database, name: str, category: str) -> str:
    with db.session() as session:
        return add_visitor(session, VisitorFields.parse(name=name, category=category)).id


def set_lang(db: Database, lang: str) -> None:
    with db.session() as session:
        set_badge_lang(require_event(session), lang)


def render(db: Database, ids: list[str], out: Path, layout: str = "cr80") -> Path:
    with db.session() as session:
        faces = faces_for_print(session, ids, get_layout(layout))
    render_pdf(faces, get_layout(layout), out)
    return out


def chars(path: Path) -> list[tuple[str, float]]:
    """Every character of the first page as pdfium reads it back, with its left edge."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        textpage = pdf[0].get_textpage()
        count = textpage.count_chars()
        found = [(textpage.get_text_range(i, 1), textpage.get_charbox(i)[0])
                 for i in range(count)]
        textpage.close()
        return found
    finally:
        pdf.close()


def page_text(path: Path) -> str:
    return "".join(char for char, _x in chars(path))


def test_every_band_word_has_its_indonesian_and_arabic_word() -> None:
    english = {word for word, _colour in BANDS.values()}
    for lang in BADGE_LANGS:
        if lang != "en":
            assert set(PRINTED_WORDS[lang]) == english, lang
    assert band_for("hospital/clinic") == ("VISITOR", "#1D4ED8")
    assert band_for("hospital/clinic", "id") == ("PENGUNJUNG", "#1D4ED8")
    assert band_for("government", "ar") == ("زائر", "#1D4ED8")
    assert band_for("nonsense", "id")[0] == "PENGUNJUNG"
    assert band_for("buyer", "en")[0] == "BUYER"


def test_a_new_event_prints_english_and_refuses_an_unknown_language(event_db: Database) -> None:
    with event_db.session() as session:
        event = require_event(session)
        assert event.badge_lang == "en" and event_to_dict(event)["badge_lang"] == "en"
        with pytest.raises(InputError, match="must be en, id or ar"):
            set_badge_lang(event, "fr")
        assert set_badge_lang(event, " ID ").badge_lang == "id"


def test_an_indonesian_event_prints_pengunjung(event_db: Database, tmp_path: Path) -> None:
    visitor = add(event_db, "Siti Nurhaliza Rahayu", "hospital/clinic")
    english = page_text(render(event_db, [visitor], tmp_path / "en.pdf"))
    assert "VISITOR" in english and "PENGUNJUNG" not in english
    set_lang(event_db, "id")
    indonesian = page_text(render(event_db, [visitor], tmp_path / "id.pdf"))
    assert "PENGUNJUNG" in indonesian and "VISITOR" not in indonesian
    assert "Siti Nurhaliza" in indonesian  # the name is unchanged (wrapped on cr80)


@pytest.mark.parametrize("layout", ["cr80", "a6", "ql62"])
def test_an_arabic_event_prints_the_arabic_word_right_to_left(event_db: Database,
                                                              tmp_path: Path,
                                                              layout: str) -> None:
    visitor = add(event_db, "Zoë Dvořák", "other")
    set_lang(event_db, "ar")
    found = chars(render(event_db, [visitor], tmp_path / f"{layout}.pdf", layout))
    text_read = "".join(char for char, _x in found)
    assert "زائر" in text_read and "VISITOR" not in text_read
    start = text_read.index("زائر")
    xs = [x for _char, x in found[start:start + 4]]
    # Read back in logical order, drawn from right to left: the first letter is rightmost.
    assert xs == sorted(xs, reverse=True), xs


def test_every_category_prints_in_arabic(event_db: Database, tmp_path: Path) -> None:
    ids = [add(event_db, f"Person {category}", category)
           for category in ("other", "buyer", "media", "exhibitor", "vip")]
    set_lang(event_db, "ar")
    text_read = page_text(render(event_db, ids, tmp_path / "all.pdf", "a4x8"))
    # إعلام is drawn with the lam-alef ligature, which reads back as one glyph of its own.
    for word in ("زائر", "عارض", "كبار الشخصيات", "مشتر"):
        assert word in text_read, word


def test_the_preview_follows_the_setting(event_db: Database) -> None:
    visitor = add(event_db, "Budi Santoso", "buyer")
    set_lang(event_db, "id")
    with event_db.reader() as session:
        face = preview_face(session, session.get(Visitor, visitor))  # type: ignore[arg-type]
    assert (face.band_word, face.band_color) == ("PEMBELI", "#15803D")


def test_the_setting_reaches_another_laptop_by_sync(event_db: Database, tmp_path: Path,
                                                     migrated_template: Path) -> None:
    other_path = tmp_path / "b.sqlite"
    shutil.copyfile(migrated_template, other_path)
    other = Database(other_path)
    try:
        export_setup(event_db, tmp_path / "setup.bundle", passphrase=PASS)
        import_setup(other, tmp_path / "setup.bundle", passphrase=PASS)
        set_lang(event_db, "ar")
        export_changes(event_db, tmp_path / "a-b.bundle", destination=other.device_id)
        import_changes(other, tmp_path / "a-b.bundle")
        with other.reader() as session:
            assert require_event(session).badge_lang == "ar"
    finally:
        other.dispose()


def test_a_bundle_from_before_the_setting_reads_as_english(event_db: Database) -> None:
    with event_db.engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(Event.__table__.select()).mappings()]  # type: ignore[attr-defined]
    block = encode_table("event", rows)
    at = block["columns"].index("badge_lang")
    old = {"columns": [c for c in block["columns"] if c != "badge_lang"],
           "rows": [row[:at] + row[at + 1:] for row in block["rows"]]}
    assert [row["badge_lang"] for row in decode_table("event", old)] == ["en"]


def test_migration_0006_gives_an_existing_event_english(db: Database) -> None:
    make_event(db)
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0005_personal_data")
        columns = [row[1] for row in conn.execute(text("PRAGMA table_info(event)"))]
        assert "badge_lang" not in columns
        command.upgrade(cfg, "head")
        assert conn.execute(text("SELECT badge_lang FROM event")).scalars().all() == ["en"]
