"""Signing in on a shared booth laptop: PINs, the slow-down after wrong ones, resets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from booth_app.core.errors import BoothError, InputError, NotFound
from booth_app.core.exhibitors.manufacturers import add_exhibitor
from booth_app.core.exhibitors.staff import (
    MAX_WAIT_S,
    PinLocked,
    WrongPin,
    add_staff,
    coordinators_for_sign_in,
    pin_wait_seconds,
    reset_pin,
    sign_in,
    staff_for_sign_in,
)
from booth_app.storage.database import Database
from booth_app.storage.models import AuditLog, Staff

T0 = datetime(2027, 1, 27, 9, 0, tzinfo=UTC)


@pytest.fixture
def people(event_db: Database) -> dict[str, str]:
    with event_db.session() as session:
        add_exhibitor(session, code="MEDIKA", name="PT Medika Nusantara", booth="B10")
        add_exhibitor(session, code="SEHAT", name="PT Sehat Sentosa", booth="B2")
        add_exhibitor(session, code="EMPTY", name="PT Tanpa Staf", booth="A1")
        ids = {
            "dewi": add_staff(session, name="Dewi Lestari", pin="2468",
                              exhibitor_code="MEDIKA").id,
            "andi": add_staff(session, name="Andi Wijaya", pin="1357",
                              exhibitor_code="MEDIKA").id,
            "rina": add_staff(session, name="Rina", pin="8642", exhibitor_code="SEHAT").id,
            "boss": add_staff(session, name="Pavilion Coordinator", pin="9999",
                              exhibitor_code=None, role="coordinator").id,
        }
    return ids


def attempt(db: Database, staff_id: str, pin: str, now: datetime) -> Staff:
    with db.session() as session:
        return sign_in(session, staff_id, pin, now=now)


def test_the_right_pin_signs_the_member_in(event_db: Database,
                                           people: dict[str, str]) -> None:
    member = attempt(event_db, people["dewi"], "2468", T0)
    assert (member.id, member.name) == (people["dewi"], "Dewi Lestari")
    # Typed on an Arabic layout, the same PIN.
    assert attempt(event_db, people["dewi"], "٢٤٦٨", T0).id == people["dewi"]


def test_three_wrong_pins_make_the_member_wait_and_waits_double(
        event_db: Database, people: dict[str, str]) -> None:
    dewi = people["dewi"]
    for left in (2, 1):
        with pytest.raises(WrongPin, match="before a wait") as wrong:
            attempt(event_db, dewi, "0000", T0)
        assert (wrong.value.attempts_left, wrong.value.wait_seconds) == (left, 0)
    with pytest.raises(WrongPin, match="Wait 30 s") as third:
        attempt(event_db, dewi, "1111", T0)
    assert (third.value.attempts_left, third.value.wait_seconds) == (0, 30)
    # While the wait runs even the right PIN is not checked.
    with pytest.raises(PinLocked, match="Try again in 20 s") as locked:
        attempt(event_db, dewi, "2468", T0 + timedelta(seconds=10))
    assert locked.value.seconds_left == 20
    with event_db.reader() as session:
        assert pin_wait_seconds(session, dewi, now=T0 + timedelta(seconds=29)) == 1
        assert pin_wait_seconds(session, dewi, now=T0 + timedelta(seconds=30)) == 0
    # Another wrong PIN after the wait: twice as long.
    with pytest.raises(WrongPin, match="Wait 1 min") as fourth:
        attempt(event_db, dewi, "2222", T0 + timedelta(seconds=31))
    assert fourth.value.wait_seconds == 60
    with pytest.raises(PinLocked):
        attempt(event_db, dewi, "2468", T0 + timedelta(seconds=90))
    # The right PIN once the wait is over signs in and forgets the wrong ones.
    assert attempt(event_db, dewi, "2468", T0 + timedelta(seconds=92)).id == dewi
    with pytest.raises(WrongPin) as fresh:
        attempt(event_db, dewi, "0000", T0 + timedelta(seconds=93))
    assert fresh.value.attempts_left == 2


def test_the_wait_is_capped_at_fifteen_minutes(event_db: Database,
                                               people: dict[str, str]) -> None:
    now, waits = T0, []
    for _ in range(9):
        try:
            attempt(event_db, people["rina"], "0000", now)
        except WrongPin as exc:
            waits.append(exc.wait_seconds)
            now += timedelta(seconds=exc.wait_seconds + 1)
    assert waits == [0, 0, 30, 60, 120, 240, 480, 900, 900]
    assert MAX_WAIT_S == 900


def test_a_clock_set_back_never_locks_longer_than_the_longest_wait(
        event_db: Database, people: dict[str, str]) -> None:
    for _ in range(3):
        with pytest.raises(WrongPin):
            attempt(event_db, people["rina"], "0000", T0)
    with pytest.raises(PinLocked) as locked:
        attempt(event_db, people["rina"], "8642", T0 - timedelta(days=2))
    assert locked.value.seconds_left == MAX_WAIT_S


def test_the_count_survives_a_rollback_and_a_restart(event_db: Database,
                                                     people: dict[str, str]) -> None:
    andi = people["andi"]
    for _ in range(3):
        # The caller's block fails and rolls back: the wrong PIN still counts.
        with pytest.raises(WrongPin), event_db.session() as session:
            sign_in(session, andi, "9876", now=T0)
    path = event_db.path
    event_db.dispose()
    reopened = Database(path)
    try:
        with pytest.raises(PinLocked), reopened.session() as session:
            sign_in(session, andi, "1357", now=T0 + timedelta(seconds=5))
        # Someone else at the same laptop is not held up.
        assert attempt(reopened, people["dewi"], "2468", T0).name == "Dewi Lestari"
    finally:
        reopened.dispose()


def test_an_empty_pin_is_not_counted_and_unknown_or_inactive_members_are_refused(
        event_db: Database, people: dict[str, str]) -> None:
    for _ in range(5):
        with pytest.raises(InputError, match="Enter your PIN"):
            attempt(event_db, people["dewi"], "  ", T0)
    with event_db.reader() as session:
        assert pin_wait_seconds(session, people["dewi"], now=T0) == 0
    with pytest.raises(NotFound):
        attempt(event_db, "f" * 32, "2468", T0)
    with event_db.session() as session:
        member = session.get(Staff, people["andi"])
        assert member is not None
        member.active = False
    with pytest.raises(BoothError, match="can no longer sign in"):
        attempt(event_db, people["andi"], "1357", T0)


def test_a_coordinator_resets_a_pin_with_an_audit_row(event_db: Database,
                                                      people: dict[str, str]) -> None:
    for _ in range(3):
        with pytest.raises(WrongPin):
            attempt(event_db, people["dewi"], "0000", T0)
    with event_db.session() as session:
        dewi = session.get(Staff, people["dewi"])
        assert dewi is not None
        reset_pin(session, dewi, "5555", by_staff_id=people["boss"])
    # The new PIN works at once (the wait is cleared), the old one no longer does.
    assert attempt(event_db, people["dewi"], "5555", T0).id == people["dewi"]
    with pytest.raises(WrongPin):
        attempt(event_db, people["dewi"], "2468", T0)
    with event_db.reader() as session:
        audit = session.scalars(select(AuditLog).where(
            AuditLog.action == "staff.pin_reset")).one()
        assert (audit.staff_id, audit.entity_id) == (people["boss"], people["dewi"])
        assert "5555" not in str(audit.detail)


def test_booth_staff_cannot_reset_someone_elses_pin_but_may_change_their_own(
        event_db: Database, people: dict[str, str]) -> None:
    with pytest.raises(BoothError, match="Only a coordinator"), \
            event_db.session() as session:
        dewi = session.get(Staff, people["dewi"])
        assert dewi is not None
        reset_pin(session, dewi, "5555", by_staff_id=people["andi"])
    with event_db.session() as session:
        dewi = session.get(Staff, people["dewi"])
        assert dewi is not None
        with pytest.raises(InputError, match="4 to 8 digits"):
            reset_pin(session, dewi, "12", by_staff_id=people["dewi"])
        reset_pin(session, dewi, "7777", by_staff_id=people["dewi"])
    assert attempt(event_db, people["dewi"], "7777", T0).id == people["dewi"]


def test_the_sign_in_grid_lists_booths_in_number_order_and_coordinators_apart(
        event_db: Database, people: dict[str, str]) -> None:
    with event_db.session() as session:
        add_staff(session, name="Budi Gone", pin="1212", exhibitor_code="SEHAT")
        gone = session.scalars(select(Staff).where(Staff.name == "Budi Gone")).one()
        gone.active = False
    with event_db.reader() as session:
        grid = staff_for_sign_in(session)
        coordinators = coordinators_for_sign_in(session)
        booths = [(code, booth, name, [m.name for m in staff])
                  for code, booth, name, staff in grid]
        assert booths == [
            ("SEHAT", "B2", "PT Sehat Sentosa", ["Rina"]),
            ("MEDIKA", "B10", "PT Medika Nusantara", ["Andi Wijaya", "Dewi Lestari"]),
        ]  # B2 before B10; a booth without staff and an inactive member left out
        assert [m.name for m in coordinators] == ["Pavilion Coordinator"]
