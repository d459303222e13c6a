"""Manufacturers in the pavilion: added one by one or imported from the organiser's sheet."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from booth_app.core.errors import InputError, NotFound
from booth_app.core.exhibitors import (
    add_exhibitor,
    exhibitor_to_dict,
    find_exhibitor,
    import_exhibitors,
    list_exhibitors,
    normalise_exhibitor_code,
    product_counts,
)
from booth_app.core.progress import Progress
from booth_app.storage.database import Database
from booth_app.storage.models import Exhibitor, Product


def products_of(database: Database, code: str) -> list[str]:
    with database.reader() as session:
        exhibitor = find_exhibitor(session, code)
        return sorted(
            session.scalars(select(Product.name).where(Product.exhibitor_id == exhibitor.id))
        )


def exhibitors(database: Database) -> list[dict[str, object]]:
    with database.reader() as session:
        return [exhibitor_to_dict(e) for e in list_exhibitors(session)]


# -- one by one ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "code"),
    [("medika", "MEDIKA"), ("  Medika Nusantara ", "MEDIKA-NUSANTARA"), ("ab_12-x", "AB_12-X")],
)
def test_codes_are_normalised(typed: str, code: str) -> None:
    assert normalise_exhibitor_code(typed) == code


@pytest.mark.parametrize("typed", ["", "-MEDIKA", "MEDI@KA", "PT. MEDIKA", "X" * 33, "مدیکا"])
def test_bad_codes_are_refused(typed: str) -> None:
    with pytest.raises(InputError, match="must be 1-32 letters"):
        normalise_exhibitor_code(typed)


def test_add_exhibitor_normalises_and_lists_by_code(event_db: Database) -> None:
    with event_db.session() as session:
        add_exhibitor(session, code="sehat", name="PT Sehat Sentosa", booth="A-12", country="ID")
        add_exhibitor(session, code="abadi", name="  PT  Abadi Medika ", country="Indonesia")
    assert [(e["code"], e["name"], e["booth"], e["country"]) for e in exhibitors(event_db)] == [
        ("ABADI", "PT Abadi Medika", "", "ID"),
        ("SEHAT", "PT Sehat Sentosa", "A-12", "ID"),
    ]
    with event_db.reader() as session:
        assert find_exhibitor(session, " sehat ").name == "PT Sehat Sentosa"
        with pytest.raises(NotFound, match="No exhibitor with code 'NOPE'"):
            find_exhibitor(session, "NOPE")


def test_duplicate_codes_are_refused_in_any_case(event_db: Database) -> None:
    with event_db.session() as session:
        add_exhibitor(session, code="MEDIKA", name="PT Medika")
    with pytest.raises(InputError, match="already exists"), event_db.session() as session:
        add_exhibitor(session, code="medika", name="Someone else")
    assert [e["name"] for e in exhibitors(event_db)] == ["PT Medika"]


def test_exhibitor_refusals(event_db: Database) -> None:
    with pytest.raises(InputError, match="needs a name"), event_db.session() as session:
        add_exhibitor(session, code="X1", name=" ")
    with pytest.raises(InputError, match="Unknown country"), event_db.session() as session:
        add_exhibitor(session, code="X1", name="X", country="Narnia")
    assert exhibitors(event_db) == []


# -- import ----------------------------------------------------------------------------------

SHEET = (
    "Kode,Nama Perusahaan,Stan,Negara,Kota,Produk\n"
    'MEDIKA,PT Medika Nusantara,A-01,Indonesia,Bandung,"X-Ray Unit; Ultrasound;ECG Monitor"\n'
    "SEHAT,PT Sehat Sentosa,A-02,ID,Surabaya,Hospital Beds | Wheelchairs\n"
    ",PT Tanpa Kode,A-03,ID,Jakarta,\n"
    "BAD CODE!,PT Salah Kode,A-04,ID,Jakarta,\n"
    "NEGARA,PT Negara Aneh,A-05,Narnia,Jakarta,\n"
    "KOSONG,,A-06,ID,Jakarta,Something\n"
)


def test_import_reports_bad_rows_and_imports_the_rest(event_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "exhibitors.csv"
    path.write_text(SHEET, encoding="utf-8")
    with event_db.session() as session:
        result = import_exhibitors(session, path)

    assert (result["imported"], result["updated"], result["skipped"]) == (3, 0, 3)
    rows = {error["row"]: error["reason"] for error in result["errors"]}
    assert sorted(rows) == [5, 6, 7]  # spreadsheet row numbers, header is row 1
    assert "must be 1-32 letters" in rows[5]
    assert "Unknown country" in rows[6]
    assert "no company name" in rows[7]

    listed = {e["code"]: e for e in exhibitors(event_db)}
    assert sorted(listed) == ["MEDIKA", "SEHAT", "TANPAKOD"]  # a code made from the name
    assert listed["MEDIKA"]["booth"] == "A-01" and listed["MEDIKA"]["country"] == "ID"
    assert products_of(event_db, "MEDIKA") == ["ECG Monitor", "Ultrasound", "X-Ray Unit"]
    assert products_of(event_db, "SEHAT") == ["Hospital Beds", "Wheelchairs"]
    with event_db.reader() as session:
        assert session.scalars(select(Exhibitor).where(Exhibitor.code == "NEGARA")).first() is None


def test_reimport_updates_instead_of_duplicating(event_db: Database, tmp_path: Path) -> None:
    first = tmp_path / "first.csv"
    first.write_text(
        "Code;Company;Booth;Products\nMEDIKA;PT Medika;A-01;X-Ray Unit;\n", encoding="utf-8"
    )
    second = tmp_path / "second.csv"
    second.write_text(
        "Code;Company;Booth;Products\n"
        'MEDIKA;PT Medika Nusantara;B-07;"X-ray unit; Ultrasound"\n'
        "SEHAT;PT Sehat;B-08;\n",
        encoding="utf-8",
    )
    with event_db.session() as session:
        import_exhibitors(session, first)
    with event_db.session() as session:
        result = import_exhibitors(session, second)

    assert (result["imported"], result["updated"], result["skipped"]) == (1, 1, 0)
    listed = {e["code"]: e for e in exhibitors(event_db)}
    assert sorted(listed) == ["MEDIKA", "SEHAT"]
    assert listed["MEDIKA"]["name"] == "PT Medika Nusantara"
    assert listed["MEDIKA"]["booth"] == "B-07"
    # "X-ray unit" is the product already there, whatever its case.
    assert products_of(event_db, "MEDIKA") == ["Ultrasound", "X-Ray Unit"]
    with event_db.reader() as session:
        counts = product_counts(session)
        assert counts[find_exhibitor(session, "MEDIKA").id] == 2


def test_a_bad_update_row_leaves_the_exhibitor_as_it_was(
    event_db: Database, tmp_path: Path
) -> None:
    with event_db.session() as session:
        add_exhibitor(session, code="MEDIKA", name="PT Medika", booth="A-01", country="ID")
    path = tmp_path / "update.csv"
    path.write_text("Code,Company,Booth,Country\nMEDIKA,Renamed,Z-99,Narnia\n", encoding="utf-8")
    with event_db.session() as session:
        result = import_exhibitors(session, path)
    assert result["skipped"] == 1 and result["updated"] == 0
    assert [(e["name"], e["booth"], e["country"]) for e in exhibitors(event_db)] == [
        ("PT Medika", "A-01", "ID")
    ]


def test_import_from_xlsx(event_db: Database, tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Company", "Code", "Booth", "Country", "Products"])
    sheet.append(["PT Medika", "MEDIKA", 101, "Indonesia", "Stethoscope;Thermometer"])
    path = tmp_path / "exhibitors.xlsx"
    workbook.save(path)
    with event_db.session() as session:
        result = import_exhibitors(session, path)
    assert result == {"imported": 1, "updated": 0, "skipped": 0, "errors": []}
    assert exhibitors(event_db)[0]["booth"] == "101"  # a number cell comes back as text
    assert products_of(event_db, "MEDIKA") == ["Stethoscope", "Thermometer"]


def test_import_without_a_name_column_changes_nothing(event_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "wrong.csv"
    path.write_text("Foo,Bar\n1,2\n", encoding="utf-8")
    refused = pytest.raises(InputError, match="no column for the company name")
    with refused, event_db.session() as session:
        import_exhibitors(session, path)
    assert exhibitors(event_db) == []


def test_import_reports_progress_and_can_be_cancelled(event_db: Database, tmp_path: Path) -> None:
    from booth_app.core.errors import Cancelled

    path = tmp_path / "many.csv"
    path.write_text(
        "Code,Company\n" + "".join(f"EX{n},Company {n}\n" for n in range(20)), encoding="utf-8"
    )
    seen: list[tuple[int, int]] = []

    def report(done: int, total: int, _message: str) -> None:
        seen.append((done, total))
        if done == 5:
            progress.cancel()

    progress = Progress(report)
    with pytest.raises(Cancelled), event_db.session() as session:
        import_exhibitors(session, path, progress)
    assert seen[0] == (1, 20) and seen[-1] == (5, 20)
    assert exhibitors(event_db) == []  # the cancelled import kept nothing


def test_junk_in_the_products_cell_does_not_lose_the_row(
    event_db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "junk.csv"
    path.write_bytes(
        b"Code,Company,Products\n"
        b"NEW1,PT Baru,\x07;\x1b\n"  # control characters only: no product, still the company
        b"NEW1,PT Baru Sekali,Masks\n"
    )
    with event_db.session() as session:
        result = import_exhibitors(session, path)
    assert (result["imported"], result["updated"], result["skipped"]) == (1, 1, 0)
    assert [e["name"] for e in exhibitors(event_db)] == ["PT Baru Sekali"]
    assert products_of(event_db, "NEW1") == ["Masks"]
