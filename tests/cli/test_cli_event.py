"""`booth init --badge-lang`, `booth event show` and `booth event set --badge-lang`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium

INIT = ("init", "--event", "Indonesia Pavilion", "--start", "2027-01-27", "--end",
        "2027-01-30", "--timezone", "Asia/Dubai")
Booth = Callable[..., Any]


def pdf_text(path: Path) -> str:
    pdf = pdfium.PdfDocument(str(path))
    try:
        textpage = pdf[0].get_textpage()
        found = textpage.get_text_range()
        textpage.close()
        return found
    finally:
        pdf.close()


def test_init_takes_the_badge_language_and_show_tells_it(booth: Booth, tmp_path: Path) -> None:
    path = str(tmp_path / "e.sqlite")
    made = booth("--db", path, "--json", *INIT, "--badge-lang", "id")
    assert made.code == 0 and made.doc["event"]["badge_lang"] == "id"
    shown = booth("--db", path, "--json", "event", "show")
    assert shown.code == 0 and shown.doc["event"]["badge_lang"] == "id"
    assert shown.doc["event"]["name"] == "Indonesia Pavilion"
    human = booth("--db", path, "event", "show")
    assert human.code == 0 and "badges printed in id" in human.out


def test_init_prints_english_unless_told(booth: Booth, tmp_path: Path) -> None:
    made = booth("--db", str(tmp_path / "e.sqlite"), "--json", *INIT)
    assert made.code == 0 and made.doc["event"]["badge_lang"] == "en"


def test_event_set_changes_what_badges_print(booth: Booth, tmp_path: Path) -> None:
    path = str(tmp_path / "e.sqlite")
    assert booth("--db", path, *INIT).code == 0
    person = booth("--db", path, "--json", "visitors", "add", "--name", "Siti Rahayu")
    visitor = person.doc["visitor"]["id"]
    assert booth("--db", path, "badges", "render", "--out", str(tmp_path / "en.pdf"),
                 "--visitor", visitor).code == 0
    assert "VISITOR" in pdf_text(tmp_path / "en.pdf")
    changed = booth("--db", path, "--json", "event", "set", "--badge-lang", "id")
    assert changed.code == 0 and changed.doc["event"]["badge_lang"] == "id"
    assert booth("--db", path, "badges", "render", "--out", str(tmp_path / "id.pdf"),
                 "--visitor", visitor).code == 0
    assert "PENGUNJUNG" in pdf_text(tmp_path / "id.pdf")
    assert booth("--db", path, "event", "set", "--badge-lang", "ar").code == 0
    assert booth("--db", path, "badges", "render", "--out", str(tmp_path / "ar.pdf"),
                 "--visitor", visitor).code == 0
    assert "زائر" in pdf_text(tmp_path / "ar.pdf")


def test_a_language_badges_do_not_print_is_refused(booth: Booth, tmp_path: Path) -> None:
    path = str(tmp_path / "e.sqlite")
    bad_init = booth("--db", path, "--json", *INIT, "--badge-lang", "fr")
    assert bad_init.code == 2 and "--badge-lang" in bad_init.doc["error"]
    assert booth("--db", path, *INIT).code == 0
    bad_set = booth("--db", path, "--json", "event", "set", "--badge-lang", "de")
    assert bad_set.code == 2 and "--badge-lang" in bad_set.doc["error"]
    assert booth("--db", path, "--json", "event", "show").doc["event"]["badge_lang"] == "en"


def test_event_show_without_an_event_says_so(booth: Booth, tmp_path: Path) -> None:
    empty = booth("--db", str(tmp_path / "none.sqlite"), "--json", "event", "show")
    assert empty.code == 1 and "booth init" in empty.doc["error"]
