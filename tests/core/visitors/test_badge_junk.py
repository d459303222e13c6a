"""Text that merely holds a separator is no organiser's badge: it never registers anyone."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from booth_app.core.checkin.rules import check_in
from booth_app.core.errors import InputError
from booth_app.core.exhibitors.manufacturers import add_exhibitor
from booth_app.core.leads.capture import capture_lead
from booth_app.core.visitors.delimited_badge import looks_like_junk, plausible_name
from booth_app.core.visitors.foreign_badge import parse_foreign
from booth_app.storage.database import Database
from booth_app.storage.models import Checkin, Exhibitor, Lead, Visitor

JUNK = [
    "'; DROP TABLE visitor; --",
    "Robert'); DROP TABLE Students;--",
    "x' OR '1'='1'; --",
    "1; DELETE FROM visitor; 2",
    "a|b UNION SELECT * FROM staff|c",
    "<script>alert(1)</script>;Siti Rahma;+62 812 000 111",
    "Siti Rahma;RS Harapan;Jakarta",  # a name and places: nothing to tell her by
    "DROP TABLE visitor;RS Harapan;Jakarta",
    ";;;;", "--;--;--", "!!!|???|***", "a;b;c", "Name;Company;Email",
    "name=';DROP TABLE x;--'; company=RS Harapan",
]


@pytest.mark.parametrize("payload", JUNK)
def test_junk_with_separators_is_not_a_badge(payload: str) -> None:
    assert parse_foreign(payload) is None


@pytest.mark.parametrize("payload", [
    "A123456|Siti Rahma|RS Harapan|Indonesia",
    "Siti Rahma;RS Harapan;+62 812 3456 7890",
    "Siti Rahma,RS Harapan,siti@rs.example",
    "x;y;siti@rs.example",  # no name, but an e-mail: the form is prefilled from it
    "A10023^O'Brien^Seán^sean@hse.example^Buyer^HSE",
    "Q-7|عمر الهاشمي|Dubai Health Authority",
    "name=Fatima Zahra; company=CHU Ibn Rochd; city=Casablanca",
])
def test_real_badges_still_read(payload: str) -> None:
    badge = parse_foreign(payload)
    assert badge is not None and badge.kind == "delimited"


def test_names_and_junk() -> None:
    assert plausible_name("Mohammed bin Rashid Al-Maktoum")
    assert plausible_name("Seán O'Brien") and plausible_name("Dr. Amina Yusuf")
    assert plausible_name("محمد الهاشمي") and plausible_name("李伟")
    for junk in ("DROP TABLE visitor1", "'", "--", "a", "x; y", "<b>Siti</b>", "Siti 2"):
        assert not plausible_name(junk), junk
    for text in ("'; DROP TABLE visitor; --", "<script>", "!!!???", "select * from x"):
        assert looks_like_junk(text), text
    assert not looks_like_junk("A123|Siti Rahma|--|siti@rs.example")  # "--" as a blank


def _counts(db: Database) -> tuple[int, int, int]:
    with db.reader() as session:
        return tuple(session.scalar(select(func.count()).select_from(model)) or 0  # type: ignore[return-value]
                     for model in (Visitor, Lead, Checkin))


@pytest.mark.parametrize("payload", JUNK[:6])
def test_junk_registers_nobody_at_the_booth_or_the_door(event_db: Database,
                                                        payload: str) -> None:
    with event_db.session() as session:
        add_exhibitor(session, code="MEDI", name="PT Medika")
    before = _counts(event_db)
    with pytest.raises(InputError), event_db.session() as session:
        capture_lead(session, session.scalars(select(Exhibitor)).one(), payload)
    with event_db.session() as session:
        result = check_in(session, payload)
    assert result.status == "unknown" and "foreign" not in result.extra
    assert _counts(event_db) == before
