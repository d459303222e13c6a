"""Reading the spreadsheets organisers send: CSV in any common encoding and delimiter, XLSX.

The whole file is read and decoded before anything is written, so a file that cannot
be read changes nothing. Rows come back as lists of strings with their row number as
a spreadsheet shows it (the header is row 1).
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from booth_app.core.errors import InputError
from booth_app.core.text import fold

DELIMITERS = ",;\t|"
MAX_FILE_BYTES = 512 * 1024 * 1024


@dataclass
class Table:
    headers: list[str]
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ""

    def __len__(self) -> int:
        return len(self.rows)


def read_table(path: str | Path) -> Table:
    """Read a CSV or XLSX file, or raise InputError saying why it cannot be read."""
    path = Path(path)
    if not path.is_file():
        raise InputError("No such file: {path}", path=path)
    if path.stat().st_size > MAX_FILE_BYTES:
        raise InputError("{name} is too large to import.", name=path.name)
    data = path.read_bytes()
    if not data.strip():
        raise InputError("{name} is empty.", name=path.name)
    if data[:4] == b"PK\x03\x04":
        return _read_xlsx(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise InputError("{name} is not a readable XLSX workbook.", name=path.name)
    return _read_csv(data, path.name)


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was in: BOMs first, then UTF-8, UTF-16 without BOM, cp1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    # UTF-16 before UTF-8: plain ASCII in UTF-16 is also valid UTF-8, full of NULs.
    sample = data[:4096]
    if sample.count(b"\x00") > len(sample) // 4:
        enc = "utf-16-le" if sample[1:2] == b"\x00" else "utf-16-be"
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return data.decode("cp1252", errors="replace"), "cp1252"


def sniff_delimiter(text: str) -> str:
    lines = [line for line in _head(text, 20) if line.strip()]
    sample = "\n".join(lines)
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        header = lines[0] if lines else ""
        counts = {d: header.count(d) for d in DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def _head(text: str, count: int) -> list[str]:
    """`text.splitlines()[:count]`, without splitting the whole text."""
    size = 4096
    while True:
        lines = text[:size].splitlines()
        # One line more than wanted: the last one wanted ends inside the part split.
        if len(lines) > count or size >= len(text):
            return lines[:count]
        size *= 4


def _plain_records(text: str, delimiter: str) -> list[list[str]] | None:
    """csv.reader's records for a text without a quote character: each line split at
    the delimiter, a few times faster (None: the text needs csv.reader)."""
    if '"' in text:
        return None
    crlf = text.count("\r\n")
    if text.count("\r") != crlf or (crlf and text.count("\n") != crlf):
        return None  # a lone carriage return, or mixed line ends
    lines = text.split("\r\n" if crlf else "\n")
    if lines[-1] == "":
        lines.pop()  # csv.reader gives no record after the last line end
    if max(map(len, lines), default=0) > csv.field_size_limit():
        return None  # csv.reader refuses a cell that long
    return [line.split(delimiter) if line else [] for line in lines]


def _read_csv(data: bytes, name: str) -> Table:
    try:
        text, encoding = decode(data)
    except UnicodeDecodeError as exc:
        raise InputError("{name}: cannot decode the text ({reason}).",
                         name=name, reason=exc.reason) from exc
    if "\x00" in text:
        raise InputError("{name} is not a text file.", name=name)
    delimiter = sniff_delimiter(text)
    records = _plain_records(text, delimiter)
    if records is None:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            records = list(reader)
        except csv.Error as exc:
            raise InputError("{name}: not a valid CSV file ({reason}).",
                             name=name, reason=exc) from exc
    return _table(records, name, encoding=encoding, delimiter=delimiter)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return (
            value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
        )
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise InputError("{name} is not a readable XLSX workbook ({reason}).",
                         name=path.name, reason=exc) from exc
    try:
        sheet = workbook.worksheets[0]
        records = [[_cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()
    return _table(records, path.name, encoding="xlsx", delimiter="")


def _table(records: list[list[str]], name: str, *, encoding: str, delimiter: str) -> Table:
    # Skip blank lines above the header (organisers' exports often start with a title row
    # followed by an empty one; a real header has at least two filled cells).
    start = 0
    while start < len(records) and sum(1 for c in records[start] if str(c).strip()) < 2:
        start += 1
    if start >= len(records):
        # No row has two cells: a one-column list, its header is the first filled row.
        start = next((i for i, r in enumerate(records) if any(str(c).strip() for c in r)), start)
    if start >= len(records):
        raise InputError("{name} has no header row.", name=name)
    headers = [str(h).strip() for h in records[start]]
    # Every cell is already a str (csv gives str, _read_xlsx makes them so), and a row is
    # blank exactly when its cells joined are only whitespace: no per-cell work for the
    # 100,000 rows of a big list.
    rows = [
        (number, record)
        for number, record in enumerate(records[start + 1 :], start=start + 2)
        if "".join(record).strip()
    ]
    return Table(headers=headers, rows=rows, encoding=encoding, delimiter=delimiter)


_NON_WORD = re.compile(r"[^\w]+")


def header_key(header: str) -> str:
    """`E-mail Address ` -> `emailaddress`: the form headers are compared in."""
    return _NON_WORD.sub("", fold(header))


def map_headers(headers: Iterable[str], synonyms: dict[str, tuple[str, ...]]) -> dict[str, int]:
    """Which column holds each field, from headers in English or Indonesian."""
    wanted = {header_key(s): fieldname for fieldname, names in synonyms.items() for s in names}
    mapping: dict[str, int] = {}
    for index, header in enumerate(headers):
        fieldname = wanted.get(header_key(header))
        if fieldname and fieldname not in mapping:
            mapping[fieldname] = index
    return mapping


def pick(row: list[str], mapping: dict[str, int], fieldname: str) -> str:
    index = mapping.get(fieldname)
    if index is None or index >= len(row):
        return ""
    return row[index].strip()


def iter_records(table: Table, mapping: dict[str, int]) -> Iterator[tuple[int, dict[str, str]]]:
    for number, row in table.rows:
        yield number, {name: pick(row, mapping, name) for name in mapping}
