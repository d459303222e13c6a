"""The coordinator's setup: products, staff, qualifier questions and check-in points."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from booth_app.core.checkin.rules import find_point
from booth_app.core.errors import BoothError, Cancelled, InputError
from booth_app.core.events import require_event
from booth_app.core.exhibitors.manufacturers import add_exhibitor, add_product, find_exhibitor
from booth_app.core.exhibitors.points import (
    add_point,
    delete_point,
    list_points,
    point_to_dict,
    update_point,
)
from booth_app.core.exhibitors.products import (
    create_product,
    delete_product,
    import_products,
    list_products,
    product_lead_count,
    rename_product,
    restore_product,
)
from booth_app.core.exhibitors.questions import (
    add_question,
    delete_question,
    list_questions,
    move_question,
    question_to_dict,
    update_question,
)
from booth_app.core.exhibitors.staff import (
    PIN_RESET_ACTION,
    add_staff,
    list_staff,
    rename_staff,
    reset_staff_pin,
    set_staff_active,
    set_staff_role,
    verify_pin,
)
from booth_app.core.progress import Progress
from booth_app.storage.database import Database
from booth_app.storage.models import AuditLog, Lead, LeadProduct, Product, Staff, Visitor


@pytest.fixture
def pavilion(event_db: Database) -> Database:
    with event_db.session() as session:
        medika = add_exhibitor(session, code="MEDIKA", name="PT Medika Nusantara", booth="A-01")
        add_exhibitor(session, code="SEHAT", name="PT Sehat Sentosa", booth="A-02")
        add_product(session, medika, "X-Ray Unit", "Imaging")
    return event_db


def catalogue(database: Database, code: str) -> list[tuple[str, str]]:
    with database.reader() as session:
        return [(p.name, p.category) for p in list_products(session, find_exhibitor(session, code))]


def product_named(session: object, code: str, name: str) -> Product:
    exhibitor = find_exhibitor(session, code)  # type: ignore[arg-type]
    return next(p for p in list_products(session, exhibitor) if p.name == name)  # type: ignore[arg-type]


# -- products ---------------------------------------------------------------------------------


def test_products_are_added_renamed_and_deleted(pavilion: Database) -> None:
    with pavilion.session() as session:
        medika = find_exhibitor(session, "MEDIKA")
        create_product(session, medika, "  ultrasound  scanner ", "Imaging")
        create_product(session, medika, "ECG Monitor")
    assert catalogue(pavilion, "MEDIKA") == [
        ("ECG Monitor", ""), ("ultrasound scanner", "Imaging"), ("X-Ray Unit", "Imaging")]

    with pavilion.session() as session:
        rename_product(session, product_named(session, "MEDIKA", "ultrasound scanner"),
                       "Ultrasound Scanner", "Diagnostics")
        delete_product(session, product_named(session, "MEDIKA", "ECG Monitor"))
    assert catalogue(pavilion, "MEDIKA") == [
        ("Ultrasound Scanner", "Diagnostics"), ("X-Ray Unit", "Imaging")]
    with pavilion.reader() as session:
        tombstone = session.scalars(select(Product).where(Product.name == "ECG Monitor")).one()
        assert tombstone.deleted  # kept as a tombstone, so sync can carry the delete

    with pavilion.session() as session:
        restore_product(session, session.get(Product, tombstone.id))
    assert ("ECG Monitor", "") in catalogue(pavilion, "MEDIKA")


@pytest.mark.parametrize(
    ("name", "message"),
    [(" ", "needs a name"), ("x-ray UNIT", "already in this catalogue"),
     ("P" * 201, "at most 200")],
)
def test_bad_product_names_change_nothing(pavilion: Database, name: str, message: str) -> None:
    with pytest.raises(InputError, match=message), pavilion.session() as session:
        create_product(session, find_exhibitor(session, "MEDIKA"), name)
    assert catalogue(pavilion, "MEDIKA") == [("X-Ray Unit", "Imaging")]


def test_renaming_onto_another_product_is_refused(pavilion: Database) -> None:
    with pavilion.session() as session:
        create_product(session, find_exhibitor(session, "MEDIKA"), "Ultrasound")
    with pytest.raises(InputError, match="already in this catalogue"), \
            pavilion.session() as session:
        rename_product(session, product_named(session, "MEDIKA", "Ultrasound"), "X-RAY unit")
    # Another manufacturer may sell a product of the same name.
    with pavilion.session() as session:
        create_product(session, find_exhibitor(session, "SEHAT"), "X-Ray Unit")
    assert catalogue(pavilion, "MEDIKA") == [("Ultrasound", ""), ("X-Ray Unit", "Imaging")]
    assert catalogue(pavilion, "SEHAT") == [("X-Ray Unit", "")]


def test_a_deleted_product_added_again_keeps_its_id_and_its_leads(pavilion: Database) -> None:
    with pavilion.session() as session:
        product = product_named(session, "MEDIKA", "X-Ray Unit")
        visitor = Visitor(event_id=require_event(session).id, code="ABCD2345", name="Dr. Amal")
        session.add(visitor)
        session.flush()
        lead = Lead(exhibitor_id=product.exhibitor_id, visitor_id=visitor.id)
        session.add(lead)
        session.flush()
        session.add(LeadProduct(lead_id=lead.id, product_id=product.id))
        session.flush()
        assert product_lead_count(session, product) == 1
        delete_product(session, product)
        again = create_product(session, find_exhibitor(session, "MEDIKA"), "x-ray unit")
        assert again.id == product.id and not again.deleted
    assert catalogue(pavilion, "MEDIKA") == [("x-ray unit", "")]


# -- product import ---------------------------------------------------------------------------


def write_cp1252(path: Path, text: str) -> Path:
    path.write_bytes(text.replace("\n", "\r\n").encode("cp1252"))
    return path


def test_import_products_from_a_messy_indonesian_csv(pavilion: Database, tmp_path: Path) -> None:
    path = write_cp1252(tmp_path / "produk.csv", (
        "Kode;Produk;Kategori\n"
        "medika;Röntgen Mobile;Imaging\n"      # code in any case, cp1252 accent
        "MEDIKA;x-ray unit;Radiology\n"         # already there: its category is updated
        "SEHAT;Hospital Bed;Furniture\n"
        "SEHAT;Hospital Bed;Furniture\n"        # the same row twice: no duplicate
        "NOPE;Stethoscope;Diagnostics\n"        # unknown manufacturer
        "SEHAT;;Furniture\n"                    # no product
    ))
    with pavilion.session() as session:
        result = import_products(session, path)
    assert (result.added, result.updated, result.unchanged, result.skipped) == (2, 1, 1, 2)
    assert result.errors == [
        {"row": 6, "reason": "no manufacturer with code 'NOPE'"},
        {"row": 7, "reason": "no product name"},
    ]
    # The name as it was typed first stays; the category follows the file.
    assert catalogue(pavilion, "MEDIKA") == [("Röntgen Mobile", "Imaging"),
                                             ("X-Ray Unit", "Radiology")]
    assert catalogue(pavilion, "SEHAT") == [("Hospital Bed", "Furniture")]

    with pavilion.session() as session:
        again = import_products(session, path)
    assert (again.added, again.updated, again.unchanged, again.skipped) == (0, 0, 4, 2)
    assert len(catalogue(pavilion, "MEDIKA")) == 2 and len(catalogue(pavilion, "SEHAT")) == 1


def test_import_products_by_company_name_from_xlsx(pavilion: Database, tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Nama Perusahaan", "Nama Produk"])
    sheet.append(["pt  medika nusantara", "Infusion Pump"])
    sheet.append(["PT Tidak Ada", "Something"])
    path = tmp_path / "products.xlsx"
    workbook.save(path)
    with pavilion.session() as session:
        result = import_products(session, path)
    assert (result.added, result.skipped) == (1, 1)
    assert result.errors[0]["row"] == 3 and "no manufacturer named" in result.errors[0]["reason"]
    # No category column: the existing product's category is left alone.
    assert catalogue(pavilion, "MEDIKA") == [("Infusion Pump", ""), ("X-Ray Unit", "Imaging")]


@pytest.mark.parametrize(
    ("content", "message"),
    [("Kode;Kategori\nMEDIKA;X\n", "no column for the product name"),
     ("Produk;Kategori\nX;Y\n", "no column for the manufacturer"),
     ("", "is empty")],
)
def test_an_unusable_product_file_changes_nothing(
    pavilion: Database, tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message), pavilion.session() as session:
        import_products(session, path)
    assert catalogue(pavilion, "MEDIKA") == [("X-Ray Unit", "Imaging")]


def test_a_cancelled_product_import_keeps_nothing(pavilion: Database, tmp_path: Path) -> None:
    path = tmp_path / "many.csv"
    path.write_text("Code,Product\n" + "".join(f"SEHAT,Item {n}\n" for n in range(30)),
                    encoding="utf-8")

    def report(done: int, _total: int, _message: str) -> None:
        if done == 10:
            progress.cancel()

    progress = Progress(report)
    with pytest.raises(Cancelled), pavilion.session() as session:
        import_products(session, path, progress)
    assert catalogue(pavilion, "SEHAT") == []


# -- staff ------------------------------------------------------------------------------------


def test_staff_rename_role_deactivate_and_pin_reset(pavilion: Database) -> None:
    with pavilion.session() as session:
        member = add_staff(session, name="Sari", pin="1234", exhibitor_code="MEDIKA")
        add_staff(session, name="Budi", pin="5678", exhibitor_code="MEDIKA")
        member_id = member.id
    with pavilion.session() as session:
        member = session.get(Staff, member_id)
        rename_staff(session, member, "  Sari   Wulandari ")
        set_staff_role(session, member, "coordinator")
        set_staff_active(session, member, False)
        reset_staff_pin(session, member, "٤٣٢١٩")  # Arabic-Indic digits count as digits
    with pavilion.reader() as session:
        member = session.get(Staff, member_id)
        assert (member.name, member.role, member.active) == ("Sari Wulandari", "coordinator",
                                                            False)
        assert verify_pin("43219", member.pin_hash) and not verify_pin("1234", member.pin_hash)
        assert "43219" not in member.pin_hash and member.pin_hash.startswith("scrypt$")
        audit = session.scalars(select(AuditLog).where(AuditLog.action == PIN_RESET_ACTION)).one()
        assert audit.entity_id == member_id and audit.detail == {"name": "Sari Wulandari"}
        names = [(s.name, s.active) for s in list_staff(session, find_exhibitor(session,
                                                                               "MEDIKA"))]
        assert names == [("Budi", True), ("Sari Wulandari", False)]  # active first


@pytest.mark.parametrize("pin", ["12", "123456789", "12a4", ""])
def test_a_bad_new_pin_keeps_the_old_one(pavilion: Database, pin: str) -> None:
    with pavilion.session() as session:
        member_id = add_staff(session, name="Sari", pin="1234", exhibitor_code="MEDIKA").id
    with pytest.raises(InputError, match="4 to 8 digits"), pavilion.session() as session:
        reset_staff_pin(session, session.get(Staff, member_id), pin)
    with pavilion.reader() as session:
        assert verify_pin("1234", session.get(Staff, member_id).pin_hash)
        assert session.scalars(select(AuditLog)).first() is None


def test_staff_refusals(pavilion: Database) -> None:
    with pavilion.session() as session:
        member_id = add_staff(session, name="Sari", pin="1234", exhibitor_code="MEDIKA").id
        boss_id = add_staff(session, name="Boss", pin="9999", exhibitor_code=None,
                            role="coordinator").id
    with pytest.raises(InputError, match="needs a name"), pavilion.session() as session:
        rename_staff(session, session.get(Staff, member_id), "\x07 ")
    with pytest.raises(InputError, match="Role must be"), pavilion.session() as session:
        set_staff_role(session, session.get(Staff, member_id), "admin")
    with pytest.raises(InputError, match="belong to a manufacturer"), \
            pavilion.session() as session:
        set_staff_role(session, session.get(Staff, boss_id), "staff")
    with pavilion.reader() as session:
        assert session.get(Staff, member_id).name == "Sari"
        assert session.get(Staff, boss_id).role == "coordinator"


# -- questions --------------------------------------------------------------------------------


def questions(database: Database, code: str = "MEDIKA") -> list[dict[str, object]]:
    with database.reader() as session:
        return [question_to_dict(q) for q in list_questions(session, find_exhibitor(session,
                                                                                    code))]


def test_questions_are_added_edited_reordered_and_deleted(pavilion: Database) -> None:
    with pavilion.session() as session:
        medika = find_exhibitor(session, "MEDIKA")
        add_question(session, medika, "Budget?", "single", ["< 10k", " 10k-100k ", "", "> 100k"],
                     required=True)
        add_question(session, medika, "Which products?", "multi", ["X-Ray", "Ultrasound"])
        add_question(session, medika, "Beds in the hospital", "number")
    got = questions(pavilion)
    assert [(q["text"], q["kind"], q["position"]) for q in got] == [
        ("Budget?", "single", 0), ("Which products?", "multi", 1),
        ("Beds in the hospital", "number", 2)]
    assert got[0]["options"] == ["< 10k", "10k-100k", "> 100k"] and got[0]["required"]

    with pavilion.session() as session:
        medika = find_exhibitor(session, "MEDIKA")
        beds = list_questions(session, medika)[2]
        assert move_question(session, beds, -1) == 1
        assert move_question(session, beds, -5) == 0  # stops at the top
        update_question(session, list_questions(session, medika)[1], kind="text")
    assert [(q["text"], q["kind"], q["options"]) for q in questions(pavilion)] == [
        ("Beds in the hospital", "number", []), ("Budget?", "text", []),
        ("Which products?", "multi", ["X-Ray", "Ultrasound"])]

    with pavilion.session() as session:
        delete_question(session, list_questions(session, find_exhibitor(session, "MEDIKA"))[0])
    assert [(q["text"], q["position"]) for q in questions(pavilion)] == [
        ("Budget?", 0), ("Which products?", 1)]
    assert questions(pavilion, "SEHAT") == []  # each manufacturer has its own


@pytest.mark.parametrize(
    ("text", "kind", "options", "message"),
    [("Budget?", "single", ["Only one"], "at least two options"),
     ("Budget?", "multi", ["A", "a"], "listed twice"),
     ("Beds?", "number", ["1", "2"], "has no options"),
     ("Notes", "text", ["x"], "has no options"),
     ("  ", "text", [], "needs its text"),
     ("Budget?", "dropdown", ["A", "B"], "kind is one of"),
     ("Budget?", "single", [str(n) for n in range(21)], "at most 20 options"),
     ("Budget?", "single", ["A", "B" * 101], "at most 100 characters")],
)
def test_bad_questions_change_nothing(
    pavilion: Database, text: str, kind: str, options: list[str], message: str
) -> None:
    with pytest.raises(InputError, match=message), pavilion.session() as session:
        add_question(session, find_exhibitor(session, "MEDIKA"), text, kind, options)
    assert questions(pavilion) == []


def test_a_refused_question_edit_keeps_the_question(pavilion: Database) -> None:
    with pavilion.session() as session:
        add_question(session, find_exhibitor(session, "MEDIKA"), "Budget?", "single", ["A", "B"])
    with pytest.raises(InputError, match="at least two"), pavilion.session() as session:
        question = list_questions(session, find_exhibitor(session, "MEDIKA"))[0]
        update_question(session, question, text="New text", options=["A"])
    assert [(q["text"], q["options"]) for q in questions(pavilion)] == [("Budget?", ["A", "B"])]


# -- check-in points --------------------------------------------------------------------------


def points(database: Database) -> list[dict[str, object]]:
    with database.reader() as session:
        return [{k: v for k, v in point_to_dict(p).items() if k != "id"}
                for p in list_points(session)]


def test_points_are_added_edited_and_deleted(pavilion: Database) -> None:
    with pavilion.session() as session:
        add_point(session, "Seminar Stage", "seminar", allow_reentry=False, dedupe_seconds=0)
        entrance = find_point(session, require_event(session), "pavilion entrance")
        assert update_point(session, entrance, track_exit=True, dedupe_seconds=600,
                            name="Pavilion Entrance") == ["track_exit", "dedupe_seconds"]
    assert points(pavilion) == [
        {"name": "Pavilion Entrance", "kind": "entrance", "allow_reentry": True,
         "track_exit": True, "print_on_checkin": False, "dedupe_seconds": 600},
        {"name": "Seminar Stage", "kind": "seminar", "allow_reentry": False,
         "track_exit": False, "print_on_checkin": False, "dedupe_seconds": 0},
    ]
    with pavilion.session() as session:
        delete_point(session, find_point(session, require_event(session), "Seminar Stage"))
    assert [p["name"] for p in points(pavilion)] == ["Pavilion Entrance"]
    with pytest.raises(BoothError, match="at least one check-in point"), \
            pavilion.session() as session:
        delete_point(session, list_points(session)[0])
    assert [p["name"] for p in points(pavilion)] == ["Pavilion Entrance"]


@pytest.mark.parametrize(
    ("values", "message"),
    [({"name": "pavilion ENTRANCE"}, "already a check-in point named"),
     ({"name": " "}, "needs a name"),
     ({"kind": "door"}, "kind is one of"),
     ({"dedupe_seconds": 601}, "0 to 600 seconds"),
     ({"dedupe_seconds": -1}, "0 to 600 seconds"),
     ({"dedupe_seconds": "10"}, "0 to 600 seconds")],
)
def test_bad_point_settings_change_nothing(
    pavilion: Database, values: dict[str, object], message: str
) -> None:
    before = points(pavilion)
    with pavilion.session() as session:
        add_point(session, "Lounge", "lounge")
    before = points(pavilion)
    with pytest.raises(InputError, match=message), pavilion.session() as session:
        lounge = find_point(session, require_event(session), "Lounge")
        update_point(session, lounge, track_exit=True, **values)
    assert points(pavilion) == before
