"""Manufacturers in the pavilion: added one by one or imported from the organiser's sheet."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from booth_app.core.errors import BoothError, InputError, NotFound
from booth_app.core.events import require_event
from booth_app.core.exhibitors.manufacturers import (
    PROFILE_FIELDS,
    add_exhibitor,
    add_product,
    delete_exhibitor,
    exhibitor_to_dict,
    find_exhibitor,
    import_exhibitors,
    list_exhibitors,
    normalise_exhibitor_code,
    product_counts,
    update_exhibitor,
)
from booth_app.core.exhibitors.questions import add_question
from booth_app.core.exhibitors.staff import add_staff
from booth_app.core.progress import Progress
from booth_app.storage.database import Database
from booth_app.storage.models import Exhibitor, Lead, Product, Question, Staff, Visitor


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


# -- editing and deleting ---------------------------------------------------------------------


def test_update_exhibitor_changes_the_profile(event_db: Database) -> None:
    with event_db.session() as session:
        exhibitor = add_exhibitor(session, code="MEDIKA", name="PT Medika", booth="A-01")
        changed = update_exhibitor(
            session, exhibitor, code="medika-2", booth=" B-07 ", country="Indonesia",
            contact_name="Hendra", contact_email="Hendra@Medika.CO.ID",
            contact_phone="+62 21 555-0101", website="www.medika.co.id",
            description="Line one\n\x07Line two", name="PT Medika",
        )
    assert changed == ["code", "booth", "country", "contact_name", "contact_email",
                       "contact_phone", "website", "description"]  # the name did not change
    with event_db.reader() as session:
        got = find_exhibitor(session, "MEDIKA-2")
        assert (got.booth, got.country, got.contact_email, got.website) == (
            "B-07", "ID", "hendra@medika.co.id", "www.medika.co.id")
        assert got.description == "Line one\nLine two"  # lines kept, control character gone


@pytest.mark.parametrize(
    ("fields", "message"),
    [({"code": "sehat"}, "already used by PT Sehat"),
     ({"code": "BAD CODE!"}, "must be 1-32 letters"),
     ({"name": "  "}, "needs a name"),
     ({"name": "N" * 201}, "longer than 200"),
     ({"booth": "B" * 33}, "booth number is longer than 32"),
     ({"country": "Narnia"}, "Unknown country"),
     ({"contact_email": "hendra at medika"}, "Not an e-mail address"),
     ({"contact_phone": "call me"}, "Not a phone number"),
     ({"website": "not a site"}, "Not a website address"),
     ({"description": "x" * 2001}, "longer than 2,000"),
     ({"colour": "red"}, "Not a manufacturer field")],
)
def test_a_refused_update_changes_nothing(
    event_db: Database, fields: dict[str, str], message: str
) -> None:
    with event_db.session() as session:
        add_exhibitor(session, code="MEDIKA", name="PT Medika", booth="A-01", country="ID")
        add_exhibitor(session, code="SEHAT", name="PT Sehat")
    before = profiles(event_db)
    with pytest.raises(InputError, match=message), event_db.session() as session:
        update_exhibitor(session, find_exhibitor(session, "MEDIKA"), **{"city": "Bogor", **fields})
    assert profiles(event_db) == before


def profiles(database: Database) -> list[dict[str, str]]:
    with database.reader() as session:
        return [{key: getattr(e, key) for key in PROFILE_FIELDS} for e in list_exhibitors(session)]


def add_lead(session: object, exhibitor: Exhibitor) -> None:
    visitor = Visitor(event_id=require_event(session).id, code="ABCD2345",  # type: ignore[arg-type]
                      name="Dr. Amal")
    session.add(visitor)  # type: ignore[attr-defined]
    session.flush()  # type: ignore[attr-defined]
    session.add(Lead(exhibitor_id=exhibitor.id, visitor_id=visitor.id))  # type: ignore[attr-defined]
    session.flush()  # type: ignore[attr-defined]


def test_an_exhibitor_with_leads_cannot_be_deleted(event_db: Database) -> None:
    with event_db.session() as session:
        add_lead(session, add_exhibitor(session, code="MEDIKA", name="PT Medika"))
    with pytest.raises(BoothError, match="PT Medika has 1 lead, so it cannot be deleted"), \
            event_db.session() as session:
        delete_exhibitor(session, find_exhibitor(session, "MEDIKA"))
    assert [e["code"] for e in exhibitors(event_db)] == ["MEDIKA"]


def test_delete_tombstones_the_exhibitor_and_what_belongs_to_it(event_db: Database) -> None:
    with event_db.session() as session:
        medika = add_exhibitor(session, code="MEDIKA", name="PT Medika")
        add_product(session, medika, "X-Ray Unit")
        add_question(session, medika, "Budget?", "single", ["Low", "High"])
        add_staff(session, name="Sari", pin="1234", exhibitor_code="MEDIKA")
        add_exhibitor(session, code="SEHAT", name="PT Sehat")
    with event_db.session() as session:
        delete_exhibitor(session, find_exhibitor(session, "MEDIKA"))
    assert [e["code"] for e in exhibitors(event_db)] == ["SEHAT"]
    with event_db.reader() as session:
        for model in (Exhibitor, Product, Question, Staff):
            rows = list(session.scalars(select(model).where(model.deleted.is_(True))))
            assert len(rows) == 1, model  # still there, as tombstones sync can carry
        assert session.scalars(select(Staff)).one().active is False  # cannot sign in
        with pytest.raises(NotFound):
            find_exhibitor(session, "MEDIKA")


def test_a_deleted_code_can_be_used_again(event_db: Database) -> None:
    with event_db.session() as session:
        medika = add_exhibitor(session, code="MEDIKA", name="PT Medika", booth="A-01")
        add_product(session, medika, "X-Ray Unit")
        old_id = medika.id
    with event_db.session() as session:
        delete_exhibitor(session, find_exhibitor(session, "MEDIKA"))
    with event_db.session() as session:
        again = add_exhibitor(session, code="medika", name="PT Medika Baru")
        assert again.id == old_id  # the same row, so every laptop agrees
    assert [(e["name"], e["booth"]) for e in exhibitors(event_db)] == [("PT Medika Baru", "")]
    assert products_of_live(event_db, "MEDIKA") == []  # nothing of its past comes back
    with pytest.raises(InputError, match="already used by a deleted"), \
            event_db.session() as session:
        delete_exhibitor(session, find_exhibitor(session, "MEDIKA"))
        sehat = add_exhibitor(session, code="SEHAT", name="PT Sehat")
        update_exhibitor(session, sehat, code="MEDIKA")


def products_of_live(database: Database, code: str) -> list[str]:
    with database.reader() as session:
        exhibitor = find_exhibitor(session, code)
        return sorted(session.scalars(select(Product.name).where(
            Product.exhibitor_id == exhibitor.id, Product.deleted.is_(False))))


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
