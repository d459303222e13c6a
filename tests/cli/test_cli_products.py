"""`booth products import FILE` and `booth products list`: a manufacturer's catalogue."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

from booth_app.core.exhibitors.manufacturers import add_exhibitor
from booth_app.storage.database import Database

Run = Callable[..., CompletedProcess[str]]


def test_import_then_list_and_reimport_never_duplicates(event_db: Database, run_booth: Run,
                                                        tmp_path: Path) -> None:
    with event_db.session() as session:
        add_exhibitor(session, code="MM", name="PT Maju Medika", booth="A12")
    path = str(event_db.path)
    event_db.dispose()
    sheet = tmp_path / "produk.csv"
    sheet.write_bytes("Kode;Produk;Kategori\nMM;Ventilator ICU;Alat\nMM;Masker N95;APD\n"
                      "ZZ;Unknown maker;X\n".encode("cp1252"))
    first = run_booth("--db", path, "--json", "products", "import", str(sheet))
    assert first.returncode == 0, first.stderr
    report = json.loads(first.stdout)
    assert report["added"] == 2 and report["errors"][0]["row"] == 4
    again = json.loads(run_booth("--db", path, "--json", "products", "import", str(sheet)).stdout)
    assert again["added"] == 0
    listed = json.loads(run_booth("--db", path, "--json", "products", "list",
                                  "--exhibitor", "MM").stdout)
    names = sorted(p["name"] for p in listed["products"])
    assert names == ["Masker N95", "Ventilator ICU"]
    missing = run_booth("--db", path, "products", "import", str(tmp_path / "nope.csv"))
    assert missing.returncode == 2 and "Traceback" not in missing.stderr
