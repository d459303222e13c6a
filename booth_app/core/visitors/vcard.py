"""Reading a vCard's properties for the organisers' badges (core.visitors.foreign_badge).

vCard 2.1, 3.0 and 4.0 are read with vobject; a card vobject refuses (a broken line, a
truncated scan) is read again by a tolerant line reader. Quoted-printable soft line
breaks are joined and a missing END:VCARD is added before either reader sees it. Each
property comes out as a `Prop`: its name, its TYPE values and its components. Which
property fills which field of the form is core.visitors.foreign_badge's business.

`split_escaped` and `unescape` are the backslash escapes vCard shares with MECARD.
"""

from __future__ import annotations

import quopri
import re
from dataclasses import dataclass

import vobject

_ESCAPED_COLON = re.compile(r"(?<!\\)((?:\\\\)*)\\:")  # "\:" not preceded by an escape


def split_escaped(text: str, sep: str) -> list[str]:
    """Split on `sep` where it is not backslash-escaped; escapes are kept for unescape."""
    parts, current, escaped = [], [], False
    for ch in text:
        if escaped:
            current.append(ch)
            escaped = False
        elif ch == "\\":
            current.append(ch)
            escaped = True
        elif ch == sep:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def unescape(text: str) -> str:
    if "\\" not in text:
        return text
    return re.sub(r"\\([nN,;:\\])", lambda m: "\n" if m[1] in "nN" else m[1], text)




@dataclass
class Prop:
    name: str  # upper case, group dropped
    types: frozenset[str]  # lower case TYPE values (2.1 bare parameters too), "pref"
    parts: list[str]  # components of a structured value; one for a plain value

    @property
    def first(self) -> str:
        return next((part for part in self.parts if part.strip()), "")


def card_props(text: str) -> list[Prop]:
    """The properties of one vCard (2.1, 3.0 or 4.0), read by vobject, else line by line."""
    text = _join_soft_breaks(text)
    if "END:VCARD" not in text.upper():
        text += "\nEND:VCARD"  # scanners truncate long cards
    try:
        props = _vobject_props(text)
    except Exception:  # vobject refuses mildly broken cards; read them line by line
        props = _line_props(text)
    return props


def _join_soft_breaks(text: str) -> str:
    # Quoted-printable lines ending in "=" continue on the next line (vobject does not
    # join them and fails on the continuation). A space opening the continuation is
    # data (RFC 2045 encoders such as quopri leave spaces as they are), not a fold.
    lines: list[str] = []
    for line in text.split("\n"):
        previous = lines[-1] if lines else ""
        if (previous.endswith("=") and "QUOTED-PRINTABLE" in previous.split(":", 1)[0].upper()):
            lines[-1] = previous[:-1] + line
        else:
            lines.append(line)
    return "\n".join(lines)


def _vobject_props(text: str) -> list[Prop]:
    # vobject keeps the non-standard "\:" escape (http\://) as it is; it is undone here,
    # in the card's text, where an escaped backslash before a colon ("\\:") can still be
    # told apart from it.
    card = vobject.readOne(_ESCAPED_COLON.sub(r"\1:", text))
    props = []
    for line in card.lines():
        types = {t.strip().strip('"').lower() for value in line.params.get("TYPE", [])
                 for t in value.split(",")}
        types |= {t.lower() for t in line.singletonparams}
        if "PREF" in line.params:
            types.add("pref")
        value = line.value
        if isinstance(value, vobject.vcard.Name):
            parts = [value.family, value.given, value.additional, value.prefix, value.suffix]
        elif isinstance(value, vobject.vcard.Address):
            parts = [value.box, value.extended, value.street, value.city, value.region,
                     value.code, value.country]
        elif isinstance(value, list):
            parts = value
        elif isinstance(value, str):
            parts = [value]
        else:
            continue  # a photo or sound: nothing for the form
        flat = [" ".join(p) if isinstance(p, list) else str(p) for p in parts]
        props.append(Prop(line.name.upper(), frozenset(types), flat))
    return props


def _line_props(text: str) -> list[Prop]:
    """A forgiving reader: unfolds, decodes quoted-printable, skips what it cannot read."""
    unfolded: list[str] = []
    for line in text.split("\n"):
        if line[:1] in (" ", "\t") and unfolded:
            unfolded[-1] += line[1:]
        else:
            unfolded.append(line)
    props = []
    for line in unfolded:
        if line.strip().upper() == "END:VCARD":
            break
        head, sep, value = line.partition(":")
        if not sep:
            continue
        name, *params = head.split(";")
        name = name.rsplit(".", 1)[-1].strip().upper()
        types: set[str] = set()
        encoding, charset = "", "utf-8"
        for param in params:
            key, eq, pvalue = param.partition("=")
            key, pvalue = key.strip().upper(), pvalue.strip().strip('"')
            if not eq:
                types.add(key.lower())
                encoding = key if key in ("QUOTED-PRINTABLE", "BASE64") else encoding
            elif key == "TYPE":
                types |= {t.strip().lower() for t in pvalue.split(",")}
            elif key == "PREF":
                types.add("pref")
            elif key == "ENCODING":
                encoding = pvalue.upper()
            elif key == "CHARSET":
                charset = pvalue
        if encoding in ("B", "BASE64") or name in ("BEGIN", "VERSION", "PHOTO", "LOGO"):
            continue
        if encoding == "QUOTED-PRINTABLE":
            value = _decode_qp(value, charset)
        props.append(Prop(name, frozenset(types), [unescape(p) for p in split_escaped(value, ";")]))
    return props


def _decode_qp(value: str, charset: str) -> str:
    data = quopri.decodestring(value.encode("utf-8"))
    try:
        return data.decode(charset, errors="replace")
    except (LookupError, UnicodeError, ValueError):  # unknown, or not a text encoding
        return data.decode("utf-8", errors="replace")
