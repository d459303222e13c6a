"""Which column of an organiser's visitor list holds which field: the headers' spellings
in English and Indonesian (`detect_mapping`), and the check of a mapping."""

from __future__ import annotations

from collections.abc import Iterable

from booth_app.core.errors import InputError
from booth_app.core.tabular import header_key

# Field name -> header spellings seen in organisers' exports (compared by header_key,
# so case, spaces and punctuation do not matter: "No. HP" == "no hp" == "NoHP").
HEADERS: dict[str, tuple[str, ...]] = {
    "name": (
        "name", "full name", "fullname", "nama", "nama lengkap", "visitor name",
        "participant name", "attendee name", "delegate name", "nama peserta",
        "nama pengunjung", "contact name",
    ),
    "given_name": ("first name", "firstname", "given name", "forename", "nama depan"),
    "family_name": (
        "last name", "lastname", "surname", "family name", "nama belakang", "nama keluarga",
    ),
    "organization": (
        "company", "company name", "organization", "organisation", "organization name",
        "organisation name", "instansi", "nama instansi", "asal instansi", "perusahaan",
        "nama perusahaan", "institution", "institusi", "lembaga", "employer", "hospital",
    ),
    "email": (
        "email", "e-mail", "email address", "e-mail address", "alamat email",
        "alamat e-mail", "surel", "mail",
    ),
    "phone": (
        "phone", "phone number", "mobile", "mobile number", "mobile phone", "telephone",
        "tel", "no hp", "nomor hp", "no. hp", "no handphone", "nomor handphone", "hp",
        "telepon", "no telepon", "nomor telepon", "no telp", "telp", "whatsapp",
        "no whatsapp", "nomor whatsapp", "no wa", "wa", "cell", "cell phone",
    ),
    "country": ("country", "negara", "country of residence", "nationality", "asal negara"),
    "job_title": (
        "job title", "jobtitle", "title", "position", "jabatan", "designation", "role",
        "posisi", "job",
    ),
    "category": ("category", "kategori", "type", "visitor type", "jenis", "tipe"),
    "external_id": (
        "registration id", "registration no", "registration number", "reg id", "reg no",
        "reg number", "id", "ticket", "ticket id", "ticket number", "no registrasi",
        "nomor registrasi", "no. registrasi", "kode", "kode registrasi", "badge id",
        "barcode", "attendee id",
    ),
    "consent": ("consent", "persetujuan", "agree", "setuju", "opt in", "opt-in"),
}
FIELDS: tuple[str, ...] = tuple(HEADERS)


def detect_mapping(headers: Iterable[str]) -> dict[str, int]:
    """Which column holds each field: `{"name": 0, "email": 3, ...}`."""
    wanted = {header_key(s): name for name, spellings in HEADERS.items() for s in spellings}
    mapping: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = header_key(header)
        name = wanted.get(key)
        if name is None and key:
            name = _loose_match(key)
        if name and name not in mapping:
            mapping[name] = index
    return mapping


def _loose_match(key: str) -> str | None:
    # Headers with a note added: "Email (work)", "Nama Lengkap*", "Phone / WhatsApp".
    for name, spellings in HEADERS.items():
        for spelling in spellings:
            spelled = header_key(spelling)
            if len(spelled) >= 5 and key.startswith(spelled):
                return name
    return None


def check_mapping(mapping: dict[str, int]) -> None:
    """InputError unless the mapping has a name column and only known fields."""
    if "name" not in mapping and not ({"given_name", "family_name"} & set(mapping)):
        raise InputError(
            "No column for the visitor's name was found (expected a header such as "
            "Name, Full Name, Nama, Nama Lengkap, or First Name and Last Name)."
        )
    unknown = set(mapping) - set(FIELDS)
    if unknown:
        raise InputError(f"Unknown import field(s): {', '.join(sorted(unknown))}")
