"""Organisers' badges (vCard, MECARD, URL, delimited text, e-mail) read into visitor fields."""

from __future__ import annotations

import logging
import quopri
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlencode

import pycountry
import pytest
import vobject
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from booth_app.core.badges.tokens import issue_badge
from booth_app.core.countries import country_code
from booth_app.core.errors import InputError
from booth_app.core.events import require_event
from booth_app.core.visitors.foreign_badge import MAX_PAYLOAD, ForeignBadge, parse_foreign
from booth_app.core.visitors.register import VisitorFields, add_visitor
from booth_app.storage.database import Database
from booth_app.storage.models import Visitor

SETTINGS = settings(max_examples=200, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def read(payload: str) -> ForeignBadge:
    badge = parse_foreign(payload)
    assert badge is not None, payload
    return badge


# -- vCard, real-world shapes ---------------------------------------------------------------

FULL_CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Layla Haddad\r\nN:Haddad;Layla;;;\r\n"
    "ORG:Dubai Health Authority;Procurement\r\nTITLE:Head of Purchasing\r\n"
    "TEL;TYPE=CELL:+971 50 111 2222\r\nTEL;TYPE=WORK,VOICE:+971 4 333 4444\r\n"
    "EMAIL;TYPE=HOME:layla@home.example\r\nEMAIL;TYPE=WORK,INTERNET:Layla@DHA.example\r\n"
    "ADR;TYPE=WORK:;;Al Maktoum Road;Dubai;;;United Arab Emirates\r\n"
    "URL:https://dha.example\r\nUID:urn:uuid:4f1c2a\r\nX-BADGE-ID:AH27-004211\r\n"
    "END:VCARD\r\n"
)


def test_a_full_vcard_fills_every_field_preferring_work_contacts() -> None:
    badge = read(FULL_CARD)
    assert badge.kind == "vcard"
    assert (badge.name, badge.given_name, badge.family_name) == ("Layla Haddad", "Layla",
                                                                 "Haddad")
    assert badge.organization == "Dubai Health Authority"  # the unit is not the company
    assert badge.job_title == "Head of Purchasing"
    assert badge.phone == "+971 4 333 4444"
    assert badge.email == "layla@dha.example"
    assert badge.country == "AE"
    assert badge.website == "https://dha.example"
    assert badge.registration_id == "AH27-004211"
    assert badge.raw == FULL_CARD.replace("\r\n", "\n").strip()


def test_lf_endings_bom_and_a_missing_end_are_read_the_same() -> None:
    truncated = "\ufeff" + FULL_CARD.replace("\r\n", "\n").replace("END:VCARD\n", "")
    badge = read(truncated)
    assert (badge.name, badge.email, badge.country) == ("Layla Haddad", "layla@dha.example",
                                                        "AE")


def test_a_card_cut_mid_line_with_a_broken_line_still_gives_what_it_has() -> None:
    card = ("BEGIN:VCARD\nVERSION:3.0\nN:Nguyen;Thi Mai;;;\nORG:Vinmec\nthis line is no "
            "property\nEMAIL:mai@vinmec.example\nTEL:+84 24 3974 3556\nADR:;;;Hanoi;;;V")
    badge = read(card)
    assert badge.name == "Thi Mai Nguyen"  # N without FN: given, then family
    assert badge.organization == "Vinmec"
    assert badge.email == "mai@vinmec.example"
    assert badge.phone == "+84 24 3974 3556"
    assert badge.country == ""  # "V" is no country


def test_folded_lines_are_unfolded() -> None:
    card = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Muhammad Abdul\r\n  Rahman bin Ismail\r\n"
            "ORG:Kementerian Kesehatan Republik\r\n\t Indonesia\r\nEND:VCARD\r\n")
    badge = read(card)
    assert badge.name == "Muhammad Abdul Rahman bin Ismail"
    assert badge.organization == "Kementerian Kesehatan Republik Indonesia"


def test_escaped_commas_semicolons_and_newlines() -> None:
    card = ("BEGIN:VCARD\nVERSION:3.0\nFN:Smith\\, Jr.\\; John\nORG:R\\;D Labs\\, Inc.;Unit\n"
            "TITLE:Sales\\nExport\nEND:VCARD\n")
    badge = read(card)
    assert badge.name == "Smith, Jr.; John"
    assert badge.organization == "R;D Labs, Inc."
    assert badge.job_title == "Sales Export"  # one line of text on a badge


def test_vcard_21_quoted_printable_with_soft_line_breaks_and_charsets() -> None:
    card = ("BEGIN:VCARD\r\nVERSION:2.1\r\n"
            "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=96zt=C3=BCrk;Ay=C5=9Fe;;;\r\n"
            "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Ay=C5=9Fe =\r\n=C3=96zt=C3=BCrk\r\n"
            "ORG;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Cl=EDnica Garc=EDa\r\n"
            "TITLE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:M=C3=BCd=C3=BCr\r\n"
            "TEL;CELL:+90 532 000 0000\r\nTEL;WORK;VOICE:+90 212 000 0000\r\n"
            "EMAIL;INTERNET:ayse@example.com.tr\r\nADR;WORK:;;;Istanbul;;;TR\r\nEND:VCARD\r\n")
    badge = read(card)
    assert badge.name == "Ayşe Öztürk"
    assert (badge.given_name, badge.family_name) == ("Ayşe", "Öztürk")
    assert badge.organization == "Clínica García"
    assert badge.job_title == "Müdür"
    assert badge.phone == "+90 212 000 0000"  # a 2.1 bare WORK parameter
    assert badge.country == "TR"


def test_a_space_after_a_quoted_printable_soft_break_is_kept() -> None:
    card = ("BEGIN:VCARD\r\nVERSION:2.1\r\n"
            "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E7=8E=8B=E4=BC=9F=\r\n Wang\r\n"
            "END:VCARD\r\n")
    assert read(card).name == "王伟 Wang"


def test_a_colon_escaped_by_the_producer_and_a_real_backslash() -> None:
    card = ("BEGIN:VCARD\nVERSION:3.0\nFN:Omar\nURL:http\\://alnoor.example\n"
            "ORG:R\\\\:D Labs\nEND:VCARD\n")
    badge = read(card)
    assert badge.website == "http://alnoor.example"  # "\:" is a colon
    assert badge.organization == "R\\:D Labs"  # an escaped backslash stays one


def test_a_broken_21_card_falls_back_and_still_decodes_quoted_printable() -> None:
    card = ("BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E7=8E=8B;"
            "=E4=BC=9F;;;\n<not a property>\nORG;CHARSET=NO-SUCH-CHARSET;QUOTED-PRINTABLE:"
            "=E5=8C=BB=E7=96=97\nEND:VCARD")
    badge = read(card)
    assert badge.name == "伟 王"
    assert badge.organization == "医疗"


def test_vcard_40_uri_phones_and_preferences() -> None:
    card = ('BEGIN:VCARD\nVERSION:4.0\nFN:Chen Jing\nTEL;VALUE=uri;TYPE="voice,cell":'
            "tel:+86-10-1111\nTEL;VALUE=uri;TYPE=\"voice,work\":tel:+86-10-2222\n"
            "EMAIL:first@example.cn\nEMAIL;PREF=1:chosen@example.cn\n"
            "ADR;TYPE=work;LABEL=\"Beijing\":;;;Beijing;;;CN\n"
            "UID:urn:uuid:0b6e5a4c-3f1d-4f7e-9a55-3d2c1b0a9f88\nEND:VCARD\n")
    badge = read(card)
    assert badge.registration_id == "0b6e5a4c-3f1d-4f7e-9a55-3d2c1b0a9f88"
    assert badge.phone == "+86-10-2222"
    assert badge.email == "chosen@example.cn"
    assert badge.country == "CN"


def test_markup_and_control_characters_in_a_name_stay_inert_text() -> None:
    badge = read("BEGIN:VCARD\nVERSION:3.0\nFN:<b>Bold</b> \x1b[31mRed\x00\nEND:VCARD\n")
    assert badge.name == "<b>Bold</b> [31mRed"


@pytest.mark.parametrize("card", [
    "BEGIN:VCARD\nVERSION:3.0\nEND:VCARD",
    "BEGIN:VCARD\nVERSION:3.0\nNOTE:call back\nEND:VCARD",
    "BEGIN:VCARD\nVERSION:3.0\nPHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQ\nEND:VCARD",
    "BEGIN:VCARD",
])
def test_a_card_without_anyone_in_it_is_not_a_badge(card: str) -> None:
    assert parse_foreign(card) is None


# -- MECARD and BIZCARD ---------------------------------------------------------------------


def test_mecard_with_escapes_and_last_first_name() -> None:
    badge = read(r"MECARD:N:Al-Farsi,Omar;ORG:Al Noor\; Medical\, LLC;TEL:+971 2 555 0101;"
                 r"EMAIL:omar@alnoor.example;ADR:,,Corniche Rd,Abu Dhabi,,,UAE;"
                 r"URL:http\://alnoor.example;NOTE:met at Arab Health;;")
    assert badge.kind == "mecard"
    assert (badge.name, badge.given_name, badge.family_name) == ("Omar Al-Farsi", "Omar",
                                                                 "Al-Farsi")
    assert badge.organization == "Al Noor; Medical, LLC"
    assert badge.phone == "+971 2 555 0101"
    assert badge.email == "omar@alnoor.example"
    assert badge.country == "AE"
    assert badge.website == "http://alnoor.example"


def test_bizcard() -> None:
    badge = read("BIZCARD:N:Priya;X:Sharma;T:Biomedical Engineer;C:Apollo Hospitals;"
                 "A:21 Greams Lane, Chennai, India;B:+91 44 2829 0200;E:priya@apollo.example;;")
    assert badge.kind == "mecard"
    assert (badge.name, badge.job_title, badge.organization) == (
        "Priya Sharma", "Biomedical Engineer", "Apollo Hospitals")
    assert (badge.phone, badge.email, badge.country) == ("+91 44 2829 0200",
                                                         "priya@apollo.example", "IN")


# -- URLs -----------------------------------------------------------------------------------


def test_a_url_with_person_fields_in_any_spelling() -> None:
    badge = read("https://reg.example.com/badge?FirstName=Siti&last_name=Rahma%20Dewi"
                 "&Company=RS+Harapan%20Kita&E-Mail=Siti%40harapan.example&MOBILE=%2B62811"
                 "&Country=Indonesia&JobTitle=Direktur&regid=AH-2027-88")
    assert badge.kind == "url"
    assert badge.name == "Siti Rahma Dewi"
    assert badge.organization == "RS Harapan Kita"
    assert badge.email == "siti@harapan.example"
    assert badge.phone == "+62811"
    assert (badge.country, badge.job_title, badge.registration_id) == ("ID", "Direktur",
                                                                       "AH-2027-88")


def test_a_url_with_fields_in_its_fragment() -> None:
    badge = read("https://app.example/#/scan?x=1&name=Kenji%20Sato&org=Olympus")
    # "#/scan?x=1&name=..." : the fragment's own query is read
    assert (badge.name, badge.organization) == ("Kenji Sato", "Olympus")


def test_a_url_without_person_fields_is_a_badge_only_if_it_carries_an_id() -> None:
    by_path = read("https://badges.organiser.example/v/AH27X0042/")
    assert by_path == ForeignBadge(kind="url", registration_id="AH27X0042",
                                   website="https://badges.organiser.example/v/AH27X0042/",
                                   raw="https://badges.organiser.example/v/AH27X0042/")
    assert read("https://x.example/scan?badge=778812").registration_id == "778812"
    assert parse_foreign("https://www.arabhealthonline.com/en/visit.html") is None
    assert parse_foreign("https://example.com/") is None
    assert parse_foreign("http://[::1") is None


# -- delimited text -------------------------------------------------------------------------


def test_delimited_organiser_badges() -> None:
    siti = read("A123456|Siti Rahma|RS Harapan|Indonesia")
    assert (siti.kind, siti.registration_id, siti.name, siti.organization, siti.country) == (
        "delimited", "A123456", "Siti Rahma", "RS Harapan", "ID")
    doe = read("12345^DOE^JOHN^ACME LLC^AE")
    assert (doe.registration_id, doe.name, doe.given_name, doe.family_name) == (
        "12345", "JOHN DOE", "JOHN", "DOE")
    assert (doe.organization, doe.country) == ("ACME LLC", "AE")


def test_the_organisers_id_first_last_email_title_company_export() -> None:
    budi = read("A10023^Budi^Santoso^budi@majumedika.co.id^Purchasing Director^PT Maju Medika")
    assert (budi.kind, budi.registration_id, budi.name, budi.given_name, budi.family_name) == (
        "delimited", "A10023", "Budi Santoso", "Budi", "Santoso")
    assert (budi.email, budi.job_title, budi.organization) == (
        "budi@majumedika.co.id", "Purchasing Director", "PT Maju Medika")
    for sep in ("|", "\t", ";"):  # the same export with other separators
        other = read(sep.join(["A10024", "Layla", "Haddad", "layla@dha.example",
                               "Head of Procurement", "Dubai Health Authority"]))
        assert (other.name, other.job_title, other.organization) == (
            "Layla Haddad", "Head of Procurement", "Dubai Health Authority")
    # A title and a company no word list knows: the e-mail between the name and the two
    # texts gives the shape away.
    odd = read("A10025^Siti^Rahma^siti@rs.example^Kabag Umum^Mitra Keluarga")
    assert (odd.name, odd.job_title, odd.organization) == ("Siti Rahma", "Kabag Umum",
                                                           "Mitra Keluarga")


def test_caret_names_in_capitals_are_family_first_in_mixed_case_given_first() -> None:
    assert read("12345^DOE^JOHN^ACME LLC").name == "JOHN DOE"
    assert read("12345^Doe^John^ACME LLC").name == "Doe John"
    assert read("12345^Doe^JOHN^ACME LLC").name == "Doe JOHN"  # not both capitals


@pytest.mark.parametrize(("payload", "title", "organization"), [
    ("Q-1|Amina Yusuf|Head of Radiology|Lagos University Teaching Hospital",
     "Head of Radiology", "Lagos University Teaching Hospital"),
    ("Q-1|Amina Yusuf|Lagos University Teaching Hospital|Head of Radiology",
     "Head of Radiology", "Lagos University Teaching Hospital"),
    ("Q-1|Amina Yusuf|Kabag Umum|RS Harapan Kita", "Kabag Umum", "RS Harapan Kita"),
    ("Q-1|Amina Yusuf|Mitra Keluarga|Jakarta Barat", "", "Mitra Keluarga"),
    ("Q-1|Amina Yusuf|Purchasing Director", "", "Purchasing Director"),
])
def test_title_and_organisation_after_the_name(payload: str, title: str,
                                               organization: str) -> None:
    badge = read(payload)
    assert (badge.job_title, badge.organization) == (title, organization)


def test_delimited_fields_are_recognised_wherever_they_stand() -> None:
    badge = read("VIP\tDr.\tAmina Yusuf\tLagos University Teaching Hospital\t"
                 "amina@luth.example\t+234 803 000 0000\t2027-01-27\tNigeria\tQ-77812")
    assert badge.category == "vip"
    assert badge.name == "Amina Yusuf"  # the honorific is not the name
    assert badge.organization == "Lagos University Teaching Hospital"
    assert (badge.email, badge.phone, badge.country) == ("amina@luth.example",
                                                         "+234 803 000 0000", "NG")
    assert badge.registration_id == "Q-77812"


def test_a_short_name_before_the_country_code_stays_a_name() -> None:
    badge = read("80031;LI;WEI;Mindray Medical;CN")
    assert (badge.name, badge.organization, badge.country) == ("LI WEI", "Mindray Medical",
                                                              "CN")


def test_labelled_fields_on_one_line_or_several() -> None:
    one = read("name=Fatima Zahra; company=CHU Ibn Rochd; email=fz@chu.example")
    several = read("Name: Fatima Zahra\nCompany: CHU Ibn Rochd\nEmail: fz@chu.example")
    for badge in (one, several):
        assert (badge.name, badge.organization, badge.email) == (
            "Fatima Zahra", "CHU Ibn Rochd", "fz@chu.example")


@pytest.mark.parametrize("payload", [
    "1|2|3", "12345|67890|AE", "AE|ID|12345", "a,b", "one;two", "||||", "2027-01-27|10:00|Hall 3",
    "|".join(["Alpha Beta"] * 17),
])
def test_delimited_text_without_a_person_is_not_a_badge(payload: str) -> None:
    assert parse_foreign(payload) is None


# -- e-mail ---------------------------------------------------------------------------------


def test_mailto_and_bare_addresses() -> None:
    assert read("mailto:Ravi.Kumar@AIIMS.example?subject=Arab%20Health") == ForeignBadge(
        kind="email", email="ravi.kumar@aiims.example",
        raw="mailto:Ravi.Kumar@AIIMS.example?subject=Arab%20Health")
    assert read("ravi@aiims.example").email == "ravi@aiims.example"
    named = read('"Ravi Kumar" <ravi@aiims.example>')
    assert (named.name, named.email) == ("Ravi Kumar", "ravi@aiims.example")
    assert parse_foreign("mailto:") is None
    assert parse_foreign("not@an address") is None


# -- what is not a foreign badge ------------------------------------------------------------


def test_our_own_badges_and_short_codes_are_not_foreign(event_db: Database) -> None:
    with event_db.session() as session:
        event = require_event(session)
        visitor = add_visitor(session, VisitorFields.parse(name="Layla Haddad"))
        _, token = issue_badge(session, event, visitor)
        code = visitor.code
    assert parse_foreign(token) is None
    assert parse_foreign(token.lower() + "\n") is None
    assert parse_foreign(code) is None
    assert parse_foreign(f"{code[:4]}-{code[4:]}") is None


@pytest.mark.parametrize("payload", [
    "", "   ", "\x00\x01", "4006381333931", "Hello world", "WIFI:S:booth;T:WPA;P:secret;;",
    "SMSTO:+971500000000:see you at stand B12, hall 3, tomorrow", "geo:25.2,55.3;u=35",
    "BEGIN:VEVENT\nSUMMARY:Meeting; Hall 3; Booth 12\nEND:VEVENT",
    "<script>alert(1)</script>", "\ufeff",
])
def test_garbage_and_bare_numbers_are_not_badges(payload: str) -> None:
    assert parse_foreign(payload) is None


def test_a_huge_payload_is_capped_and_read_quickly() -> None:
    card = FULL_CARD + "NOTE:" + "x" * 100_000 + "\r\n"
    start = time.perf_counter()
    badge = read(card)
    assert time.perf_counter() - start < 0.5
    assert badge.name == "Layla Haddad"
    assert len(badge.raw) <= MAX_PAYLOAD
    late = "BEGIN:VCARD\nVERSION:3.0\nFN:Early Name\nNOTE:" + "y" * 5000 + "\nEMAIL:late@x.io"
    assert read(late).email == ""  # beyond 4 KB nothing is read


# -- into the registration form -------------------------------------------------------------


def test_a_badge_registers_a_visitor_with_its_id(event_db: Database) -> None:
    badge = read("12345^DOE^JOHN^ACME LLC^AE")
    assert badge.prefill()["external_id"] == "12345"
    with event_db.session() as session:
        visitor_id = add_visitor(session, badge.to_fields(), source="scan").id
    with event_db.reader() as session:
        visitor = session.get(Visitor, visitor_id)
        assert visitor is not None
        assert (visitor.name, visitor.organization, visitor.country, visitor.external_id,
                visitor.given_name, visitor.family_name) == (
            "JOHN DOE", "ACME LLC", "AE", "12345", "JOHN", "DOE")


def test_a_badge_without_a_name_prefills_but_cannot_register_alone() -> None:
    badge = read("mailto:someone@example.org")
    assert badge.prefill()["email"] == "someone@example.org"
    with pytest.raises(InputError):
        badge.to_fields()


# -- round trips and fuzzing (hypothesis) ---------------------------------------------------

_LETTERS = ("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
            "éèüöñçøåşğıßÉÖ" "محمدعليفاطمةحسن" "王李张伟芳明华")
_PUNCT = ",;:\\'\"-.<>&/()="
word = st.text(st.sampled_from(_LETTERS + _PUNCT), min_size=1, max_size=10).filter(
    lambda w: any(ch in _LETTERS for ch in w))
plain_word = st.text(st.sampled_from(_LETTERS), min_size=1, max_size=10)
text_value = st.lists(word, min_size=1, max_size=3).map(" ".join)
emails = st.from_regex(r"[a-z][a-z0-9._]{0,10}@[a-z]{2,10}\.[a-z]{2,4}", fullmatch=True)
phones = st.from_regex(r"\+[1-9][0-9]{1,2}-[0-9]{2,4}-[0-9]{3,7}", fullmatch=True)
ids = st.from_regex(r"[A-Z]{0,3}[0-9]{3,9}", fullmatch=True)
countries = st.sampled_from(sorted(pycountry.countries, key=lambda c: c.alpha_2))
Person = dict[str, Any]
person = st.fixed_dictionaries({
    "given": text_value, "family": text_value, "organization": text_value,
    "job_title": text_value, "email": emails, "phone": phones, "country": countries,
    "country_as_name": st.booleans(), "registration_id": ids,
})


def _country_text(p: Person) -> str:
    return p["country"].name if p["country_as_name"] else p["country"].alpha_2


def _assert_person(badge: ForeignBadge | None, p: Person, *, with_id: bool = True) -> None:
    assert badge is not None
    assert badge.name == f"{p['given']} {p['family']}"
    assert (badge.given_name, badge.family_name) == (p["given"], p["family"])
    assert badge.organization == p["organization"]
    assert badge.job_title == p["job_title"]
    assert (badge.email, badge.phone, badge.country) == (p["email"], p["phone"],
                                                         p["country"].alpha_2)
    if with_id:
        assert badge.registration_id == p["registration_id"]


def _vobject_card(p: Person, version: str) -> str:
    card = vobject.vCard()
    card.add("version").value = version
    card.add("n").value = vobject.vcard.Name(family=p["family"], given=p["given"])
    card.add("fn").value = f"{p['given']} {p['family']}"
    card.add("org").value = [p["organization"], "Unit"]
    card.add("title").value = p["job_title"]
    home = card.add("tel")
    home.value, home.type_param = "+1-000-0000", "HOME"
    work = card.add("tel")
    work.value, work.type_param = p["phone"], "WORK"
    if version == "4.0":
        work.value, work.value_param = f"tel:{p['phone']}", "uri"
    card.add("email").value = p["email"]
    card.add("adr").value = vobject.vcard.Address(city="Somewhere", country=_country_text(p))
    card.add("uid").value = p["registration_id"]
    return str(card.serialize())


# A line vobject refuses: the card is then read by the tolerant line reader.
BROKEN = "this line is no property"


@SETTINGS
@given(person, st.sampled_from(["3.0", "4.0"]), st.sampled_from(["\r\n", "\n"]),
       st.booleans())
def test_vcard_round_trip_through_vobject(p: Person, version: str, newline: str,
                                          broken: bool) -> None:
    text = _vobject_card(p, version)
    if broken:
        text = text.replace("\r\nEND:VCARD", f"\r\n{BROKEN}\r\nEND:VCARD")
    _assert_person(parse_foreign(text.replace("\r\n", newline)), p)


def _qp(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return quopri.encodestring(escaped.encode()).decode().replace("=\n", "=\r\n")


@SETTINGS
@given(person, st.booleans())
def test_vcard_21_round_trip_with_quoted_printable(p: Person, broken: bool) -> None:
    qp = "CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE"
    text = "\r\n".join([
        "BEGIN:VCARD", "VERSION:2.1", *([BROKEN] if broken else []),
        f"N;{qp}:{_qp(p['family'])};{_qp(p['given'])};;;",
        f"ORG;{qp}:{_qp(p['organization'])}",
        f"TITLE;{qp}:{_qp(p['job_title'])}",
        f"TEL;WORK;VOICE:{p['phone']}", f"EMAIL;INTERNET:{p['email']}",
        f"ADR;WORK;{qp}:;;;;;;{_qp(_country_text(p))}",
        f"X-REGISTRATION-ID:{p['registration_id']}", "END:VCARD", "",
    ])
    _assert_person(parse_foreign(text), p)


def _me(value: str) -> str:
    for ch in "\\;:,":
        value = value.replace(ch, "\\" + ch)
    return value


@SETTINGS
@given(person)
def test_mecard_round_trip(p: Person) -> None:
    text = (f"MECARD:N:{_me(p['family'])},{_me(p['given'])};ORG:{_me(p['organization'])};"
            f"TITLE:{_me(p['job_title'])};TEL:{_me(p['phone'])};EMAIL:{_me(p['email'])};"
            f"ADR:,,1 Main St,City,,,{_me(_country_text(p))};NOTE:{_me(p['job_title'])};;")
    _assert_person(parse_foreign(text), p, with_id=False)


@SETTINGS
@given(person, st.sampled_from(["first_name", "FirstName", "fname", "given-name"]),
       st.sampled_from(["last_name", "Surname", "LNAME"]),
       st.sampled_from(["company", "Organisation", "org"]),
       st.sampled_from(["email", "E-Mail", "mail"]),
       st.sampled_from(["phone", "Mobile", "tel"]),
       st.sampled_from(["id", "RegID", "registration_id", "badge"]))
def test_url_round_trip(p: Person, first: str, last: str, org: str, mail: str, tel: str,
                        reg: str) -> None:
    query = urlencode({first: p["given"], last: p["family"], org: p["organization"],
                       "job_title": p["job_title"], mail: p["email"], tel: p["phone"],
                       "country": _country_text(p), reg: p["registration_id"]})
    _assert_person(parse_foreign(f"https://reg.example.com/b?{query}"), p)


_SAFE = st.text(st.sampled_from(_LETTERS.replace("ı", "")), min_size=2, max_size=10)


@SETTINGS
@given(st.lists(_SAFE, min_size=2, max_size=3).map(" ".join),
       st.lists(_SAFE, min_size=2, max_size=4).map(" ".join), ids, countries,
       st.sampled_from(["|", "^", "\t", ";"]))
def test_delimited_round_trip(name: str, organization: str, registration_id: str,
                              country: pycountry.db.Country, sep: str) -> None:
    assume(parse_foreign(f"Q-12|{name}|y") is not None)  # a name that is not a country
    text = sep.join([registration_id, name, organization, country.name])
    badge = parse_foreign(text)
    assert badge is not None
    assert (badge.registration_id, badge.name, badge.organization, badge.country) == (
        registration_id, name, organization, country.alpha_2)


_TITLES = ["Purchasing Director", "Head of Procurement", "Kabag Umum", "Biomedical Engineer",
           "Kepala Instalasi", "Chief Medical Officer", "Sales Manager", "Direktur Utama"]
_COMPANIES = ["PT Maju Medika", "RS Harapan Kita", "Dubai Health Authority",
              "Apollo Hospitals", "Mindray Medical", "Klinik Pratama Sehat", "Al Noor LLC"]


@SETTINGS
@given(_SAFE, _SAFE, ids, emails, st.sampled_from(_TITLES), st.sampled_from(_COMPANIES),
       st.sampled_from(["^", "|", "\t", ";"]))
def test_id_first_last_email_title_company_round_trip(
        given_name: str, family_name: str, registration_id: str, email: str, title: str,
        company: str, sep: str) -> None:
    assume(not (given_name.isupper() and family_name.isupper()))  # capitals: family first
    # Neither name is a country ("Ad" reads as Andorra's code, "Chad" as the country),
    # an honorific ("Bu") or a badge type ("Media"): each reads as a name on its own.
    for single in (given_name, family_name):
        assume(not country_code(single, strict=False))
        alone = parse_foreign(f"Q-1|{single}|Zzzz Yyyy")
        assume(alone is not None and alone.name == single)
    text = sep.join([registration_id, given_name, family_name, email, title, company])
    badge = parse_foreign(text)
    assert badge is not None
    assert (badge.registration_id, badge.given_name, badge.family_name, badge.email) == (
        registration_id, given_name, family_name, email)
    assert (badge.job_title, badge.organization) == (title, company)


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextmanager
def no_errors_logged() -> Iterator[None]:
    """parse_foreign swallows its own bugs (a scan must not crash the desk) but logs them."""
    handler = _Collect()
    logger = logging.getLogger("booth_app.core.visitors.foreign_badge")
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
    assert not handler.records, [r.getMessage() for r in handler.records]


_PREFIXES = ["", "BEGIN:VCARD\n", "BEGIN:VCARD\nVERSION:2.1\nN;ENCODING=QUOTED-PRINTABLE;",
             "MECARD:", "BIZCARD:", "https://x.example/?", "mailto:", "A1|", "1^X^"]
_NOISE = st.lists(st.sampled_from(
    [*"abcXYZ019 :;,|^\t\n\r=\\\"<>@.?&%+#-", "=C3", "=\n", "\\n", "BEGIN:VCARD",
     "END:VCARD", "\x00", "\ufeff", "王", "ج"]
), max_size=150).map("".join)


@SETTINGS
@given(st.sampled_from(_PREFIXES), st.one_of(st.text(max_size=500), _NOISE))
def test_arbitrary_input_never_raises(prefix: str, text: str) -> None:
    with no_errors_logged():
        badge = parse_foreign(prefix + text)
    assert badge is None or (isinstance(badge, ForeignBadge) and badge.kind in (
        "vcard", "mecard", "url", "delimited", "email"))
    if badge is not None:
        for value in (badge.name, badge.organization, badge.email, badge.phone):
            assert "\n" not in value and "\x00" not in value
        assert badge.country == "" or len(badge.country) == 2


@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=200))
def test_bytes_never_raise(data: bytes) -> None:
    badge = parse_foreign(data)  # type: ignore[arg-type]
    assert badge is None or isinstance(badge, ForeignBadge)
