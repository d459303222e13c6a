"""`booth badges layouts` and `booth badges render` as a coordinator runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp


@pytest.fixture
def demo(tmp_path: Path, run_booth) -> Path:
    path = tmp_path / "booth.sqlite"
    done = run_booth("--db", str(path), "demo", "--visitors", "6")
    assert done.returncode == 0, done.stderr
    return path


def test_layouts_json(run_booth) -> None:
    done = run_booth("--json", "badges", "layouts")
    assert done.returncode == 0, done.stderr
    layouts = json.loads(done.stdout)["layouts"]
    by_name = {row["name"]: row for row in layouts}
    assert {"4x3in", "a6", "cr80", "ql62", "a4x8"} <= set(by_name)
    assert by_name["a4x8"]["per_page"] == 8
    assert {"name", "width_mm", "height_mm", "per_page"} <= set(by_name["cr80"])


@pytest.mark.slow
def test_render_all_and_by_code(demo: Path, tmp_path: Path, run_booth) -> None:
    out = tmp_path / "badges.pdf"
    done = run_booth("--db", str(demo), "--json", "badges", "render", "--out", str(out),
                     "--layout", "a4x8", "--all")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result == {"pdf": str(out), "badges": 6, "pages": 1, "layout": "a4x8"}
    pdf = pdfium.PdfDocument(str(out))
    found = zxingcpp.read_barcodes(pdf[0].render(scale=300 / 72).to_pil())
    pdf.close()
    assert len({item.text for item in found}) == 6

    listed = json.loads(run_booth("--db", str(demo), "--json", "visitors", "list").stdout)
    first = listed["visitors"][0]
    one = tmp_path / "one.pdf"
    done = run_booth("--db", str(demo), "--json", "badges", "render", "--out", str(one),
                     "--visitor", first["code"], first["id"])
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["badges"] == 1  # the same visitor named twice prints once


@pytest.mark.parametrize("args", [
    ["--layout", "letter", "--all"],
    ["--visitor", "ZZZZ-ZZZZ"],
    ["--all", "--visitor", "x"],
    [],
])
def test_mistakes_exit_2_with_one_line(demo: Path, tmp_path: Path, run_booth,
                                       args: list[str]) -> None:
    out = tmp_path / "x.pdf"
    done = run_booth("--db", str(demo), "badges", "render", "--out", str(out), *args)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert not out.exists()
