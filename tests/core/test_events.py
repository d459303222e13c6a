"""Creating the event: once per database, with dates, zone and currency that make sense."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from booth_app.core.errors import BoothError, InputError
from booth_app.core.events import (
    check_currency,
    check_timezone,
    create_event,
    current_event,
    event_to_dict,
    parse_date,
    require_event,
)
from booth_app.storage.database import Database
from booth_app.storage.models import CheckinPoint, Event

GOOD = {
    "name": "Indonesia Pavilion at Arab Health 2027",
    "start": date(2027, 1, 27),
    "end": date(2027, 1, 30),
    "timezone": "Asia/Dubai",
}


def test_create_event_with_keys_and_an_entrance(db: Database) -> None:
    with db.session() as session:
        event = create_event(session, **GOOD, venue="  Dubai WTC ", currency="aed")
        data = event_to_dict(event)
    assert data == {
        "id": data["id"],
        "name": "Indonesia Pavilion at Arab Health 2027",
        "venue": "Dubai WTC",
        "pavilion": "",
        "start": "2027-01-27",
        "end": "2027-01-30",
        "timezone": "Asia/Dubai",
        "currency": "AED",
        "retention": None,
        "badge_lang": "en",  # the badge's category word (VISITOR) until set
    }
    with db.reader() as session:
        stored = require_event(session)
        assert stored.id == data["id"]
        assert len(stored.badge_secret) == 32 and stored.badge_key_id
        points = session.scalars(select(CheckinPoint).where(CheckinPoint.event_id == stored.id))
        assert [(p.name, p.kind) for p in points] == [("Pavilion Entrance", "entrance")]


def test_each_event_gets_its_own_badge_secret(db: Database, tmp_path, migrated_template) -> None:
    import shutil

    other_path = tmp_path / "other.sqlite"
    shutil.copyfile(migrated_template, other_path)
    other = Database(other_path)
    try:
        secrets = []
        for database in (db, other):
            with database.session() as session:
                secrets.append(create_event(session, **GOOD).badge_secret)
        assert secrets[0] != secrets[1]
    finally:
        other.dispose()


def test_a_one_day_event_is_fine(db: Database) -> None:
    with db.session() as session:
        event = create_event(session, **{**GOOD, "end": GOOD["start"]})
    assert event.start_date == event.end_date


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"end": date(2027, 1, 26)}, "cannot end before it starts"),
        ({"timezone": "Dubai"}, "Unknown time zone"),
        ({"timezone": "Asia/Atlantis"}, "Unknown time zone"),
        ({"timezone": "../../etc/passwd"}, "Unknown time zone"),
        ({"timezone": ""}, "Unknown time zone"),
        ({"currency": "US"}, "three-letter"),
        ({"currency": "U$D"}, "three-letter"),
        ({"currency": "EURO"}, "three-letter"),
        ({"name": "   "}, "needs a name"),
        ({"name": "\u202e\x00"}, "needs a name"),
    ],
)
def test_bad_event_details_are_refused_and_nothing_is_stored(
    db: Database, change: dict[str, object], message: str
) -> None:
    with pytest.raises(InputError, match=message), db.session() as session:
        create_event(session, **{**GOOD, **change})  # type: ignore[arg-type]
    with db.reader() as session:
        assert current_event(session) is None
        assert session.scalars(select(CheckinPoint)).first() is None


def test_a_second_event_is_refused(event_db: Database) -> None:
    refused = pytest.raises(BoothError, match="already holds an event")
    with refused as caught, event_db.session() as session:
        create_event(session, **{**GOOD, "name": "Another show"})
    assert caught.value.exit_code == 1  # a refusal, not unusable input
    with event_db.reader() as session:
        assert len(session.scalars(select(Event)).all()) == 1


def test_no_event_yet_is_explained(db: Database) -> None:
    with db.reader() as session, pytest.raises(BoothError, match="booth init"):
        require_event(session)


@pytest.mark.parametrize("text", ["2027-02-30", "27/01/2027", "tomorrow", "", "2027-1-5x"])
def test_bad_dates_say_what_is_expected(text: str) -> None:
    with pytest.raises(InputError, match=r"--start must be a date like 2027-01-27"):
        parse_date(text, "--start")


def test_good_dates_zones_and_currencies() -> None:
    assert parse_date("2027-01-27", "--start") == date(2027, 1, 27)
    assert check_timezone("Asia/Jakarta") == "Asia/Jakarta"
    assert check_timezone("UTC") == "UTC"
    assert check_currency(" idr ") == "IDR"
