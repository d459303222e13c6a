"""Reading the spreadsheets organisers really send."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from booth_app.core.errors import InputError
from booth_app.core.tabular import decode, header_key, iter_records, map_headers, read_table

ROWS = [
    ["Name", "Organization", "Email", "Country"],
    ["José Álvarez", "Hospital Ruber, Madrid", "jose@ruber.example", "ES"],
    ["أحمد الهاشمي", "هيئة الصحة بدبي", "", "AE"],
    ["王伟", "上海医疗器械", "", "CN"],
]


def as_csv(rows: list[list[str]], delimiter: str = ",") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def cells(table) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [table.headers] + [row for _, row in table.rows]


ENCODINGS = {
    "utf-8": lambda text: text.encode("utf-8"),
    "utf-8 with BOM": lambda text: b"\xef\xbb\xbf" + text.encode("utf-8"),
    "utf-16 LE with BOM": lambda text: b"\xff\xfe" + text.encode("utf-16-le"),
    "utf-16 BE with BOM": lambda text: b"\xfe\xff" + text.encode("utf-16-be"),
    "utf-16 LE, no BOM": lambda text: text.encode("utf-16-le"),
}


@pytest.mark.parametrize("encoding", list(ENCODINGS))
@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_unicode_files_in_any_encoding_and_delimiter(
    tmp_path: Path, encoding: str, delimiter: str
) -> None:
    path = write(tmp_path, "visitors.csv", ENCODINGS[encoding](as_csv(ROWS, delimiter)))
    table = read_table(path)
    assert cells(table) == ROWS
    assert table.delimiter == delimiter
    assert [number for number, _ in table.rows] == [2, 3, 4]  # as the spreadsheet shows them


def test_plain_ascii_utf16_without_bom(tmp_path: Path) -> None:
    # ASCII in UTF-16 is valid UTF-8 full of NUL bytes; it must still read as UTF-16.
    path = write(tmp_path, "v.csv", "Name,Email\r\nBudi,budi@example.com\r\n".encode("utf-16-le"))
    assert cells(read_table(path)) == [["Name", "Email"], ["Budi", "budi@example.com"]]


def test_cp1252_from_old_excel(tmp_path: Path) -> None:
    text = "Name;Organization\r\nJosé Álvarez;Clínica São Paulo\r\nFrançois;Müller €\r\n"
    table = read_table(write(tmp_path, "v.csv", text.encode("cp1252")))
    assert table.encoding == "cp1252"
    assert cells(table) == [
        ["Name", "Organization"],
        ["José Álvarez", "Clínica São Paulo"],
        ["François", "Müller €"],
    ]


def test_quoted_cells_with_newlines_delimiters_and_quotes(tmp_path: Path) -> None:
    text = (
        "Name;Notes;Email\n"
        '"Budi";"line one\nline two; with semicolon";budi@example.com\n'
        '"Siti ""the boss""";"a, b | c";siti@example.com\n'
    )
    table = read_table(write(tmp_path, "v.csv", text.encode()))
    assert cells(table) == [
        ["Name", "Notes", "Email"],
        ["Budi", "line one\nline two; with semicolon", "budi@example.com"],
        ['Siti "the boss"', "a, b | c", "siti@example.com"],
    ]


def test_title_row_and_blank_lines_above_the_header(tmp_path: Path) -> None:
    text = (
        "Visitor list - Arab Health 2027;;\n"
        ";;\n"
        "\n"
        "Name;Email;Country\n"
        "Budi;budi@example.com;ID\n"
        "\n"
        ";;\n"
        "Siti;siti@example.com;ID\n"
        "   \n"
    )
    table = read_table(write(tmp_path, "v.csv", text.encode()))
    assert table.headers == ["Name", "Email", "Country"]
    assert table.rows == [
        (5, ["Budi", "budi@example.com", "ID"]),
        (8, ["Siti", "siti@example.com", "ID"]),
    ]


def test_a_single_column_list(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, "names.csv", b"Name\nBudi\nSiti\n"))
    assert cells(table) == [["Name"], ["Budi"], ["Siti"]]


def test_old_mac_line_endings_and_no_final_newline(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, "v.csv", b"Name,Email\rBudi,b@example.com\rSiti,s@e.com"))
    assert cells(table) == [["Name", "Email"], ["Budi", "b@example.com"], ["Siti", "s@e.com"]]


def test_xlsx_with_dates_and_numbers_comes_back_as_text(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Pre-registered visitors"])
    sheet.append([])
    sheet.append(["Name", "Registered", "Arrived", "Phone", "Fee", "Badge no"])
    sheet.append(["أحمد", date(2027, 1, 27), datetime(2027, 1, 27, 9, 30), 971501234567, 12.5, 7.0])
    sheet.append(["王伟", datetime(2027, 1, 28), None, "+62 812", 0, 8])
    path = tmp_path / "visitors.xlsx"
    workbook.save(path)

    table = read_table(path)
    assert table.encoding == "xlsx"
    assert table.headers == ["Name", "Registered", "Arrived", "Phone", "Fee", "Badge no"]
    assert table.rows == [
        (4, ["أحمد", "2027-01-27", "2027-01-27T09:30:00", "971501234567", "12.5", "7"]),
        (5, ["王伟", "2027-01-28", "", "+62 812", "0", "8"]),
    ]
    assert all(isinstance(cell, str) for _, row in table.rows for cell in row)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.csv", b"", "is empty"),
        ("blank.csv", b"  \r\n\n\t\n", "is empty"),
        ("bom.csv", b"\xef\xbb\xbf", "no header row"),
        ("garbage.bin", bytes(range(256)) * 40, "not a text file"),
        ("nul.csv", b"\x00\x01\x02\x03" * 100, "not a text file"),
        ("fake.xlsx", b"Name,Email\nBudi,b@example.com\n", "not a readable XLSX"),
        ("broken.xlsx", b"PK\x03\x04 not really a zip archive", "not a readable XLSX"),
        ("bad-utf8-bom.csv", b"\xef\xbb\xbfName,Email\n\xff\xfe\xfa,x\n", "cannot decode"),
        ("odd-utf16.csv", b"\xff\xfeN\x00a\x00m", "cannot decode"),
    ],
)
def test_unreadable_files_say_why(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_table(write(tmp_path, name, data))


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="No such file"):
        read_table(tmp_path / "nowhere.csv")
    with pytest.raises(InputError, match="No such file"):
        read_table(tmp_path)  # a folder


def test_a_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.jpg", b"\xff\xd8\xff")
    with pytest.raises(InputError, match="not a readable XLSX"):
        read_table(path)


def test_headers_in_english_and_indonesian_map_to_fields() -> None:
    synonyms = {"name": ("name", "nama"), "email": ("email", "e-mail"), "org": ("organisasi",)}
    headers = ["  NAMA ", "E-Mail", "Organisasi", "Nama"]
    mapping = map_headers(headers, synonyms)
    assert mapping == {"name": 0, "email": 1, "org": 2}  # the first matching column wins
    assert header_key(" E-mail Address ") == "emailaddress"


def test_records_are_trimmed_and_short_rows_padded(tmp_path: Path) -> None:
    table = read_table(
        write(tmp_path, "v.csv", b"Name,Email,Country\n  Budi  \nSiti,s@e.com,ID,x\n")
    )
    mapping = map_headers(table.headers, {"name": ("name",), "country": ("country",)})
    assert list(iter_records(table, mapping)) == [
        (2, {"name": "Budi", "country": ""}),
        (3, {"name": "Siti", "country": "ID"}),
    ]


# -- never a crash, whatever the bytes -------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600))
@example(b"\xff\xfe\x00")  # BOM then an odd byte
@example(b"\xef\xbb\xbf\xc3")  # BOM then a cut-off character
@example(b"\x00" * 9)
def test_decode_never_crashes_on_arbitrary_bytes(data: bytes) -> None:
    try:
        text, encoding = decode(data)
    except UnicodeDecodeError:
        return  # a declared encoding (BOM) the bytes do not follow: read_table reports it
    assert isinstance(text, str) and encoding


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.one_of(
        st.binary(max_size=400),
        st.text(alphabet=st.sampled_from('ab,;\t|"\r\n é王'), max_size=200).map(str.encode),
    ),
    st.sampled_from(["in.csv", "in.txt", "in.xlsx"]),
)
def test_read_table_gives_a_table_or_a_clear_error(tmp_path: Path, data: bytes, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    try:
        table = read_table(path)
    except InputError as exc:
        assert str(exc)
        return
    assert all(isinstance(h, str) for h in table.headers)
    assert all(number >= 2 for number, _ in table.rows)


# -- files as organisers send them (tests/fixtures) ------------------------------------------

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_excel_unicode_text_export() -> None:
    from booth_app.core.visitors.register import VisitorFields

    table = read_table(FIXTURES / "visitors_excel_unicode.txt")
    assert (table.encoding, table.delimiter) == ("utf-16", "\t")
    assert table.headers == ["Full Name", "Company", "E-mail", "Country", "Category"]
    parsed = [
        VisitorFields.parse(name=r[0], organization=r[1], email=r[2], country=r[3], category=r[4])
        for _, r in table.rows
    ]
    assert [(v.name, v.country, v.category) for v in parsed] == [
        ("أحمد الهاشمي", "AE", "government"),
        ("王伟", "CN", "distributor"),
        ("José Álvarez", "ES", "hospital/clinic"),
        ("प्रिया शर्मा", "IN", "buyer"),
    ]
    assert parsed[2].organization == "Hospital Ruber, Madrid"


def test_old_excel_organiser_list() -> None:
    table = read_table(FIXTURES / "exhibitors_organiser_cp1252.csv")
    assert (table.encoding, table.delimiter) == ("cp1252", ";")
    assert table.headers[:2] == ["Kode", "Nama Perusahaan"]
    assert [number for number, _ in table.rows] == [4, 5, 6, 8, 9]
    assert table.rows[2][1][1] == "CV Harapan Médica"
