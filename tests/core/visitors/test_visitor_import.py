"""Importing organisers' visitor lists: messy real-world files into a real SQLite file."""

from __future__ import annotations

import csv
import gc
import io
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from booth_app.core.errors import Cancelled, InputError
from booth_app.core.progress import Progress
from booth_app.core.tabular import read_table
from booth_app.core.text import clean, fold
from booth_app.core.visitors.import_columns import (
    check_rows,
    clean_column,
    detect_mapping,
    parse_row,
)
from booth_app.core.visitors.import_search import SearchTexts, fold_column
from booth_app.core.visitors.import_writer import new_ids
from booth_app.core.visitors.importing import import_visitors
from booth_app.core.visitors.register import VisitorFields
from booth_app.core.visitors.search import index_text, search_visitors
from booth_app.storage.database import Database
from booth_app.storage.ids import new_id
from booth_app.storage.models import Visitor

FILES = Path(__file__).resolve().parents[2] / "fixtures" / "import"


def visitors(db: Database) -> dict[str, Visitor]:
    with db.reader() as s:
        return {v.name: v for v in s.scalars(select(Visitor).where(Visitor.deleted.is_(False)))}


def count(db: Database) -> int:
    with db.reader() as s:
        return s.scalar(select(func.count()).select_from(Visitor)) or 0


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (["Nama Lengkap", "Instansi", "No. HP", "Alamat Email", "Negara", "Jabatan"],
         {"name": 0, "organization": 1, "phone": 2, "email": 3, "country": 4, "job_title": 5}),
        (["Nama Depan", "Nama Belakang", "Perusahaan", "WhatsApp", "Kode", "Persetujuan"],
         {"given_name": 0, "family_name": 1, "organization": 2, "phone": 3, "external_id": 4,
          "consent": 5}),
        (["Given name", "Surname", "Organisation", "E-mail", "Telephone", "Type", "Ticket"],
         {"given_name": 0, "family_name": 1, "organization": 2, "email": 3, "phone": 4,
          "category": 5, "external_id": 6}),
        (["FULL NAME ", "Email Address*", "Mobile", "Position", "Registration ID", "Kategori"],
         {"name": 0, "email": 1, "phone": 2, "job_title": 3, "external_id": 4, "category": 5}),
        (["Nomor HP", "Nama", "Telepon"], {"phone": 0, "name": 1}),
    ],
)
def test_headers_in_english_and_indonesian(headers: list[str], expected: dict[str, int]) -> None:
    assert detect_mapping(headers) == expected


def test_indonesian_semicolon_file_with_bom_and_title_row(event_db: Database) -> None:
    result = import_visitors(event_db, FILES / "indonesian_bom_semicolon.csv")
    assert result.as_dict() == {"imported": 4, "updated": 0, "skipped": 0, "errors": []}
    got = visitors(event_db)
    siti = got["Siti Nurhaliza"]
    assert (siti.organization, siti.email, siti.country) == (
        "RS Harapan Kita", "siti@harapankita.co.id", "ID")
    assert siti.external_id == "AH-0001" and siti.category == "hospital/clinic"
    assert siti.consent and siti.consent_at is not None
    assert not got["Budi Santoso"].consent and got["Budi Santoso"].consent_at is None
    assert got["Ahmad; Jr."].country == "MY"  # a quoted cell holding the delimiter
    assert got["Dewi Lestari"].category == "government"
    assert siti.source == "import" and len(siti.code) == 8


def test_utf16_excel_unicode_text_keeps_arabic_and_chinese(event_db: Database) -> None:
    result = import_visitors(event_db, FILES / "excel_unicode.txt")
    assert result.imported == 3 and result.skipped == 0
    got = visitors(event_db)
    assert got["محمد الهاشمي"].organization == "مستشفى دبي"
    assert got["王嘉怡"].country == "CN"
    assert got["Fatima Al Mansoori"].country == "AE"  # "UAE"
    with event_db.reader() as s:  # imported visitors are found by the search as you type
        assert [v.name for v in search_visitors(s, "هاشمي")] == ["محمد الهاشمي"]
        assert [v.name for v in search_visitors(s, "嘉怡")] == ["王嘉怡"]
        assert [v.name for v in search_visitors(s, "fatima")] == ["Fatima Al Mansoori"]


def test_cp1252_first_and_last_name_columns(event_db: Database) -> None:
    result = import_visitors(event_db, FILES / "cp1252_first_last.csv")
    assert result.imported == 3
    got = visitors(event_db)
    jose = got["José Müller"]
    assert (jose.given_name, jose.family_name, jose.country) == ("José", "Müller", "BR")
    assert got["François Dubois-Lefèvre"].organization == "Hôpital Européen"
    assert "Søren Kierkegård" in got
    with event_db.reader() as s:
        assert [v.name for v in search_visitors(s, "muller")] == ["José Müller"]


def test_bad_rows_are_reported_and_the_rest_go_in(event_db: Database) -> None:
    result = import_visitors(event_db, FILES / "messy.csv").as_dict()
    reasons = {e["row"]: e["reason"] for e in result["errors"]}
    # Row numbers as a spreadsheet shows them: row 2 spans two lines of the file and
    # is still one row.
    assert set(reasons) == {3, 4, 5, 9}
    assert "name" in reasons[3]
    assert "not-an-email" in reasons[4]
    assert "Narnia" in reasons[5]
    assert "astronaut" in reasons[9]
    assert result["skipped"] == 4
    # 6 good rows: Aisha twice (one visitor), Lina twice (one visitor), two others.
    assert (result["imported"], result["updated"]) == (4, 2)
    got = visitors(event_db)
    assert len(got) == 4
    aisha = got["Aisha Rahman"]
    assert aisha.organization == "Gulf Medical, Supplies LLC"
    assert aisha.phone == "+971 4 111 9999"  # the later duplicate row updated it
    assert got["Lina Haddad"].phone == "+962 6 555 0000"
    long_name = next(name for name in got if name.startswith("Raden"))
    assert len(long_name) == 300  # truncated, not rejected
    assert '=HYPERLINK("http://evil.example","x")' in got  # kept as text, as typed


def test_xlsx_numbers_and_dates(event_db: Database) -> None:
    result = import_visitors(event_db, FILES / "organiser.xlsx")
    assert result.imported == 3 and not result.errors
    got = visitors(event_db)
    rina = got["Rina Kusuma"]
    assert rina.phone == "628123456789"  # not 6.28e+11
    assert rina.external_id == "1001"
    assert got["Hamad Al Thani"].country == "QA"


def test_reimport_updates_and_never_duplicates(event_db: Database) -> None:
    first = import_visitors(event_db, FILES / "messy.csv")
    before = {v.id: v.code for v in visitors(event_db).values()}
    again = import_visitors(event_db, FILES / "messy.csv")
    assert (again.imported, again.updated, again.skipped) == (0, first.imported + first.updated,
                                                             first.skipped)
    assert {v.id: v.code for v in visitors(event_db).values()} == before


def test_matching_by_email_then_name_and_blank_cells_erase_nothing(
    event_db: Database, tmp_path: Path
) -> None:
    source = tmp_path / "a.csv"
    source.write_text("Name,Company,Email,Phone\nAnna Berg,Karolinska,anna@ki.se,+46 8 1\n",
                      encoding="utf-8")
    import_visitors(event_db, source)
    later = tmp_path / "b.csv"
    later.write_text(
        "Nama,Instansi,Email,No HP,Jabatan\n"
        "Anna Berg,Karolinska Institutet,ANNA@ki.se,,Professor\n"  # same e-mail
        "ANNA BERG,karolinska institutet,,+46 8 2,\n",  # same name + organisation
        encoding="utf-8",
    )
    result = import_visitors(event_db, later)
    assert (result.imported, result.updated) == (0, 2)
    [anna] = visitors(event_db).values()
    assert anna.organization == "karolinska institutet"
    assert anna.job_title == "Professor"  # the blank cell in the last row kept it
    assert anna.phone == "+46 8 2"
    assert anna.email == "anna@ki.se"
    with event_db.reader() as s:
        assert [v.name for v in search_visitors(s, "institutet")] == ["ANNA BERG"]


def test_same_email_but_another_registration_id_is_another_person(
    event_db: Database, tmp_path: Path
) -> None:
    source = tmp_path / "shared.csv"
    source.write_text(
        "Reg No,Name,Email\nA1,Omar Ali,info@hospital.example\nA2,Sara Ali,info@hospital.example\n",
        encoding="utf-8",
    )
    assert import_visitors(event_db, source).imported == 2


@pytest.mark.parametrize("name", ["garbage.bin", "empty.csv", "missing.csv"])
def test_unreadable_file_changes_nothing(event_db: Database, name: str) -> None:
    import_visitors(event_db, FILES / "cp1252_first_last.csv")
    with pytest.raises(InputError):
        import_visitors(event_db, FILES / name)
    assert count(event_db) == 3


def test_a_file_without_a_name_column_is_refused(event_db: Database, tmp_path: Path) -> None:
    source = tmp_path / "nonames.csv"
    source.write_text("Company,Email\nAcme,a@acme.example\n", encoding="utf-8")
    with pytest.raises(InputError, match="name"):
        import_visitors(event_db, source)
    assert count(event_db) == 0


def test_a_corrected_mapping_is_used(event_db: Database, tmp_path: Path) -> None:
    source = tmp_path / "odd.csv"
    source.write_text("Delegate,Affiliation\nYuki Tanaka,Osaka Clinic\n", encoding="utf-8")
    table = read_table(source)
    assert "organization" not in detect_mapping(table.headers)
    result = import_visitors(event_db, source, {"name": 0, "organization": 1})
    assert result.imported == 1
    assert visitors(event_db)["Yuki Tanaka"].organization == "Osaka Clinic"


def big_csv(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Registration ID", "Full Name", "Company", "Email", "Mobile", "Country"])
        for n in range(rows):
            writer.writerow([f"AH-{n:06d}", f"Visitor {n}", f"Company {n % 300}",
                             f"v{n}@example.com", f"+971 50 {n:07d}", "AE"])


@pytest.mark.slow
def test_100k_rows_with_progress_and_cancel(event_db: Database, tmp_path: Path) -> None:
    source = tmp_path / "big.csv"
    big_csv(source, 100_000)
    seen: list[tuple[int, int]] = []

    def cancel_halfway(done: int, total: int, _message: str) -> None:
        seen.append((done, total))
        if done >= total * 0.7:
            progress.cancel()

    progress = Progress(cancel_halfway)
    with pytest.raises(Cancelled):
        import_visitors(event_db, source, progress=progress)
    assert len(seen) > 50  # every few hundred rows
    assert count(event_db) == 0  # cancelled: nothing of the import is kept

    reports: list[int] = []
    result = import_visitors(event_db, source, progress=Progress(lambda d, t, m: reports.append(d)))
    assert result.imported == 100_000 and result.skipped == 0
    assert reports == sorted(reports) and len(reports) > 200
    assert count(event_db) == 100_000
    with event_db.reader() as s:
        assert [v.name for v in search_visitors(s, "visitor 99999")] == ["Visitor 99999"]
    # The full-text trigger is back: a visitor added afterwards is findable.
    assert event_db.path is not None
    conn = sqlite3.connect(event_db.path)
    try:
        sql = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
        triggers = {r[0] for r in conn.execute(sql)}
        assert "visitor_fts_ai" in triggers
        codes = conn.execute("SELECT count(DISTINCT code) FROM visitor").fetchone()[0]
        assert codes == 100_000
    finally:
        conn.close()


def test_repeated_cells_are_checked_as_the_form_checks_every_row(
    event_db: Database, tmp_path: Path
) -> None:
    # The same messy organisation, title, category and country cells on many rows (the
    # import checks each distinct cell once): every stored visitor is what the form's
    # rule makes of its row, and bad cells are refused on every row that has them.
    long_org = "Rumah  Sakit \u202eUmum\u202c " + "Pusat " * 80
    rows = [
        ["Registration ID", "Name", "Company", "Job Title", "Category", "Country", "Email",
         "Consent"],
        *[[f"R{n}", f"Visitor {n}", long_org if n % 2 else " Acme\u200f  Medical ",
           "  Head   of Radiology ", ["Rumah Sakit", "PRESS", ""][n % 3],
           ["UAE", " id ", ""][n % 3], f"v{n}@example.com", ["Ya", "", "no"][n % 3]]
          for n in range(30)],
        ["R90", "Bad Category", "Acme", "", "astronaut", "Narnia", "bad@example.com", ""],
        ["R91", "Bad Both", "Acme", "", "astronaut", "Narnia", "not-an-email", ""],
        ["R92", "Bad Country", "Acme", "", "media", "Narnia", "c@example.com", ""],
        ["R93", "Bad Country Again", "Acme", "", "media", "Narnia", "d@example.com", ""],
    ]
    source = tmp_path / "repeats.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    result = import_visitors(event_db, source)
    reasons = {e["row"]: e["reason"] for e in result.errors}
    assert set(reasons) == {32, 33, 34, 35}
    assert "astronaut" in reasons[32]  # the category, as the form complains first
    assert "not-an-email" in reasons[33]
    assert "Narnia" in reasons[34] and "Narnia" in reasons[35]
    assert result.imported == 30
    got = visitors(event_db)
    for n, (_id, name, org, title, category, _country, email, consent) in enumerate(rows[1:31]):
        form = VisitorFields.parse(name=name, organization=org, job_title=title,
                                   category=category, email=email, external_id=_id)
        visitor = got[form.name]
        assert (visitor.organization, visitor.job_title, visitor.category, visitor.email) == (
            form.organization, form.job_title, form.category, form.email)
        assert visitor.country == ["AE", "ID", ""][n % 3]
        assert visitor.consent is (consent == "Ya")
    assert len(got["Visitor 1"].organization) == 300
    assert "\u202e" not in got["Visitor 1"].organization


CLINICS = ("Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf")


def relisted(path: Path, rows: int, *, phone: str, title: str) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Registration ID", "Full Name", "Company", "Email", "Mobile", "Job Title"])
        for n in range(rows):
            writer.writerow([f"AH-{n:06d}", f"Visitor {n}", f"{CLINICS[n % 7]} Clinic",
                             f"v{n}@example.com", f"{phone} {n:07d}", title])


def search(db: Database, query: str) -> list[str]:
    with db.reader() as s:
        return [v.name for v in search_visitors(s, query, limit=5000)]


def fts_problems(db: Database) -> list[str]:
    """Problems with the full-text index against the visitor rows (empty: sound)."""
    assert db.path is not None
    conn = sqlite3.connect(db.path)
    try:
        problems = []
        try:
            conn.execute("INSERT INTO visitor_fts(visitor_fts, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as exc:
            problems.append(str(exc))
        sql = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
        missing = {"visitor_fts_ai", "visitor_fts_au", "visitor_fts_ad"} - {
            r[0] for r in conn.execute(sql)}
        problems += [f"trigger {name} missing" for name in sorted(missing)]
        return problems
    finally:
        conn.close()


def test_reimport_of_an_updated_list_keeps_search_right(event_db: Database, tmp_path: Path) -> None:
    # Enough changed visitors for the import to re-index them in bulk.
    rows = 1_200
    first = tmp_path / "first.csv"
    relisted(first, rows, phone="+9715550", title="Buyer")
    assert import_visitors(event_db, first).imported == rows
    titles_only = tmp_path / "titles.csv"
    relisted(titles_only, rows, phone="+9715550", title="Head of Radiology")
    assert import_visitors(event_db, titles_only).updated == rows
    new_phones = tmp_path / "phones.csv"
    relisted(new_phones, rows, phone="+6281290", title="Head of Radiology")
    result = import_visitors(event_db, new_phones)
    assert (result.imported, result.updated) == (0, rows)
    assert fts_problems(event_db) == []
    assert search(event_db, "0000777") == ["Visitor 777"]
    assert len(search(event_db, "6281290")) == rows  # the new numbers are found
    assert search(event_db, "9715550") == []  # the old ones are gone from the index
    assert len(search(event_db, "charlie")) == len(range(2, rows, 7))
    with event_db.reader() as s:
        titles = set(s.scalars(select(Visitor.job_title)))
    assert titles == {"Head of Radiology"}
    # Visitors changed by hand afterwards are still re-indexed by the triggers.
    with event_db.session() as s:
        visitor = s.scalars(select(Visitor).where(Visitor.name == "Visitor 5")).one()
        visitor.search_text = "renamed"
    assert search(event_db, "renamed") == ["Visitor 5"]


def test_cancelled_reimport_keeps_the_old_list_and_its_index(
    event_db: Database, tmp_path: Path
) -> None:
    rows = 800
    first = tmp_path / "first.csv"
    relisted(first, rows, phone="+9715550", title="Buyer")
    import_visitors(event_db, first)
    changed = tmp_path / "changed.csv"
    relisted(changed, rows, phone="+6281290", title="Nurse")

    def cancel_when_saved(_done: int, _total: int, message: str) -> None:
        if message == "Saving visitors":  # the changes are written, not yet committed
            progress.cancel()

    progress = Progress(cancel_when_saved)
    with pytest.raises(Cancelled):
        import_visitors(event_db, changed, progress=progress)
    assert fts_problems(event_db) == []
    assert len(search(event_db, "9715550")) == rows and search(event_db, "6281290") == []
    with event_db.reader() as s:
        assert set(s.scalars(select(Visitor.job_title))) == {"Buyer"}


def test_cycle_collector_is_back_on_after_an_import(event_db: Database) -> None:
    import_visitors(event_db, FILES / "messy.csv")
    assert gc.isenabled()
    with pytest.raises(InputError):
        import_visitors(event_db, FILES / "garbage.bin")
    assert gc.isenabled()
    gc.disable()
    try:  # left as the caller had it
        import_visitors(event_db, FILES / "messy.csv")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_import_and_reimport_on_the_postgresql_hub(
    pg_fresh_url: str, make_event: Callable[..., str], tmp_path: Path
) -> None:
    hub = Database(pg_fresh_url)
    try:
        make_event(hub)
        rows = 600
        first = tmp_path / "first.csv"
        relisted(first, rows, phone="+9715550", title="Buyer")
        assert import_visitors(hub, first).imported == rows
        changed = tmp_path / "changed.csv"
        relisted(changed, rows, phone="+6281290", title="Nurse")
        result = import_visitors(hub, changed)
        assert (result.imported, result.updated) == (0, rows)
        assert search(hub, "0000042") == ["Visitor 42"]
        assert search(hub, "9715550") == []
        with hub.reader() as s:
            visitor = s.scalars(select(Visitor).where(Visitor.name == "Visitor 42")).one()
            assert (visitor.job_title, visitor.phone) == ("Nurse", "+6281290 0000042")
            assert visitor.created_at.tzinfo is not None and len(visitor.code) == 8
            assert s.scalar(select(func.count()).select_from(Visitor)) == rows
    finally:
        hub.dispose()


# -- the import's column-at-a-time steps give what the one-row rules give ----------------

# Pieces of real names and cells in many scripts, and the characters the rules treat
# apart: accents (composed or not), ligatures and compatibility letters, Arabic with the
# article and letter variants, Han, Devanagari, Hangul, letters beyond the BMP, emoji,
# controls, bidi marks, odd spaces, phone punctuation and non-ASCII digits.
PIECES = (
    "José", "Müller", "e\u0301", "Søren", "ß", "İstanbul", "ﬁne", "ℌello", "𝐁old", "Ａｂｃ",
    "محمد", "الهاشمي", "أحمد", "ٱلله", "مستشفى", "ـــ", "ﷺ", "王嘉怡", "𠀀𠀁", "देवनागरी",
    "한국어", "😀", "O'Brien", "Jean-Luc", "x_y", "Dr.", "(123)", "a.b@c.d", "+62 812-3456-7890",
    "٠١٢٣", " ", "  ", "\t", "\u00a0", "\u3000", "\u202e", "\u200f", "\x07", "\ufeff", "¨",
    "ROSE", "", "0812 3456 7890", "971", "12",
)
cells = st.lists(st.sampled_from(PIECES), max_size=5).map("".join)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(cells, cells, cells, cells), min_size=1, max_size=40))
def test_search_text_of_a_column_is_index_text_of_each_visitor(
    rows: list[tuple[str, str, str, str]],
) -> None:
    names = [clean(name, 300) or "x" for name, *_rest in rows]
    organizations = [clean(org, 300) for _name, org, _email, _phone in rows]
    emails = [clean(email, 320).lower() for *_rest, email, _phone in rows]
    phones = [clean(phone, 64) for *_rest, phone in rows]
    codes = ["7JF8B9JC"] * len(rows)
    folded = fold_column(names)
    assert folded == [fold(name) for name in names]
    assert SearchTexts()(folded, organizations, emails, codes, phones) == [
        index_text(*visitor)
        for visitor in zip(names, organizations, emails, codes, phones, strict=True)
    ]


@settings(max_examples=100, deadline=None)
@given(st.lists(cells, max_size=30), st.sampled_from([5, 64, 300]))
def test_cleaning_a_column_is_cleaning_each_cell(column: list[str], limit: int) -> None:
    assert clean_column(column, limit) == [clean(cell, limit) for cell in column]
    assert fold_column(column) == [fold(cell) for cell in column]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.lists(st.one_of(
        cells,
        st.sampled_from(["Rumah Sakit", "PRESS", "astronaut", "UAE", "Narnia", " id ", "ya",
                         "a@b.co", "A@B.CO ", "not-an-email", "x@y", "é@ü.com"]),
    ), max_size=8), min_size=1, max_size=25),
    st.permutations(["name", "given_name", "family_name", "organization", "email", "phone",
                     "country", "category", "external_id", "consent", "job_title"]),
    st.integers(min_value=1, max_value=11),
)
def test_checking_rows_by_column_is_the_forms_rule_on_each_row(
    rows: list[list[str]], fields: list[str], width: int
) -> None:
    mapping = {name: i for i, name in enumerate(fields[:width])}
    if not {"name", "given_name", "family_name"} & set(mapping):
        mapping["name"] = width
    numbered = [(number, cells) for number, cells in enumerate(rows, start=2)]
    checked = check_rows(numbered, mapping, {})
    for k, (_number, row) in enumerate(numbered):
        try:
            fields_of_row = parse_row(row, mapping)
        except InputError as exc:
            assert checked.errors.get(k) == str(exc)
            continue
        assert k not in checked.errors
        assert {name: checked.values[name][k] for name in fields_of_row} == fields_of_row


def test_ids_made_in_bulk_are_ids_as_new_id_makes_them() -> None:
    before, ids, after = new_id(), new_ids(1000), new_id()
    assert len(set(ids)) == 1000
    assert all(re.fullmatch("[0-9a-f]{32}", i) for i in ids)
    # Time-ordered: the millisecond prefix between the ids made before and after.
    assert {i[:12] for i in ids} <= {f"{n:012x}" for n in range(
        int(before[:12], 16), int(after[:12], 16) + 1)}


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("ab ,;\t|\r\né王\x0b\u2028")),
                   max_size=120),
       delimiter=st.sampled_from(list(",;\t|")))
def test_a_file_without_quotes_is_read_as_csv_reads_it(
    tmp_path_factory: pytest.TempPathFactory, text: str, delimiter: str
) -> None:
    path = tmp_path_factory.mktemp("plain") / "v.csv"
    path.write_bytes(f"Name{delimiter}Email\r\n{text}".encode())
    try:
        table = read_table(path)
    except InputError:
        return
    reader = csv.reader(io.StringIO(path.read_bytes().decode(), newline=""),
                        delimiter=table.delimiter)
    records = list(reader)
    expected = [(n, r) for n, r in enumerate(records[1:], start=2) if "".join(r).strip()]
    assert table.headers == [h.strip() for h in records[0]]
    assert table.rows == expected


def test_reimport_in_two_files_with_blanks_and_repeats(event_db: Database, tmp_path: Path) -> None:
    # A re-import where most rows change their visitor with every cell filled, some
    # twice in the same file, some with blank cells: the same as row by row.
    first = tmp_path / "first.csv"
    relisted(first, 40, phone="+9715550", title="Buyer")
    import_visitors(event_db, first)
    second = tmp_path / "second.csv"
    with second.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Registration ID", "Full Name", "Company", "Email", "Mobile",
                         "Job Title", "Consent"])
        for n in range(40):
            writer.writerow([f"AH-{n:06d}", f"Visitor {n}", f"{CLINICS[n % 7]} Clinic",
                             f"v{n}@example.com", f"+6281290 {n:07d}", "Nurse", "ya"])
        writer.writerow(["AH-000003", "Visitor 3", "Echo Clinic", "new3@example.com", "",
                         "", ""])  # the same visitor again, blanks keep what it has
        writer.writerow(["AH-000005", "Visitor 5", "Alpha Clinic", "v5@example.com",
                         "+1 555 0100", "Head Nurse", "no"])  # again, every cell filled
        writer.writerow(["", "Visitor 3", "", "new3@example.com", "", "Porter", ""])
    result = import_visitors(event_db, second)
    assert (result.imported, result.updated, result.skipped) == (0, 43, 0)
    got = visitors(event_db)
    assert (got["Visitor 3"].email, got["Visitor 3"].phone, got["Visitor 3"].job_title) == (
        "new3@example.com", "+6281290 0000003", "Porter")  # found by its new e-mail
    assert got["Visitor 3"].organization == "Echo Clinic"
    assert got["Visitor 3"].consent and got["Visitor 3"].consent_at is not None
    five = got["Visitor 5"]
    assert (five.phone, five.job_title, five.consent, five.consent_at) == (
        "+1 555 0100", "Head Nurse", False, None)
    assert got["Visitor 7"].job_title == "Nurse" and len(got) == 40
    assert search(event_db, "0100") == ["Visitor 5"]
    assert search(event_db, "9715550") == []
    assert fts_problems(event_db) == []
