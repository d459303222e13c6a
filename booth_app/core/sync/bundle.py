"""Bundles between laptops: change bundles (`sync export/import`) and the setup bundle.

A bundle file is::

    MAGIC | header length (4 bytes, big-endian) | header (JSON) | AES-GCM ciphertext

The header (format version, kind, event id, source device, created, counts, the key
derivation's salt and the nonce) is readable without a key but authenticated as the
cipher's associated data: altering any byte of the file, or cutting it short, makes
the import refuse before anything is written. The ciphertext is gzip-compressed JSON,
one column list and row arrays per table (core.sync.wire; core.sync.merge for the merge rules).

Keys:

- With a passphrase: scrypt(passphrase, random salt) gives the AES-256-GCM key.
- A change bundle without a passphrase is keyed from the event's badge secret
  (HKDF-SHA256 with a random salt): only laptops that joined this event (from its
  setup bundle) can read or forge it. Anyone holding a laptop's database can, so for
  a bundle that leaves the pavilion (mail, cloud folder) use a passphrase.
- A setup bundle always needs a passphrase: it carries the badge secret itself.
  Badge codes are signed with HMAC, a symmetric scheme, so a laptop that only
  verifies badges needs the same secret as the one that prints them; there is no
  verify-only key to hand out instead.
"""

from __future__ import annotations

import gzip
import json
import os
import secrets
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from sqlalchemy import select, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from booth_app.core import audit
from booth_app.core.errors import BoothError, InputError
from booth_app.core.sync.cursors import cursor_key, get_meta, set_cursor, set_meta
from booth_app.core.sync.merge import ORDER, TABLES, Applier, ApplyResult, changed_rows
from booth_app.core.sync.wire import decode_table, encode_table
from booth_app.storage.database import Database
from booth_app.storage.ids import utcnow
from booth_app.storage.models import Event
from booth_app.storage.scrub import scrub_sqlite

MAGIC = b"BOOTH-BUNDLE\n"
FORMAT = 1
SETUP_TABLES = ("event", "exhibitor", "product", "staff", "checkin_point", "question")
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
MAX_HEADER = 64 * 1024

REFUSED = ("The bundle cannot be opened: the passphrase is wrong, or the file was altered "
           "or cut short (copy it again). Nothing was changed.")


@dataclass
class Bundle:
    header: dict[str, Any]
    tables: dict[str, list[dict[str, Any]]]


# -- keys -----------------------------------------------------------------------------------


def _passphrase_key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _event_key(secret: bytes, salt: bytes, event_id: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt,
                info=b"booth sync bundle " + event_id.encode()).derive(secret)


def _check_passphrase(passphrase: str | None) -> str | None:
    if passphrase is None:
        return None
    passphrase = passphrase.strip("\r\n")
    if not passphrase:
        raise InputError("The passphrase is empty.")
    return passphrase


# -- the file -------------------------------------------------------------------------------


def write_bundle(path: str | Path, header: dict[str, Any],
                 tables: dict[str, list[dict[str, Any]]], *, passphrase: str | None,
                 event_secret: bytes | None = None) -> int:
    """Encrypt and write `tables` with `header` (atomically); the file's size."""
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    header = {**header, "format": FORMAT, "nonce": nonce.hex()}
    if passphrase is not None:
        header["key"] = {"kdf": "scrypt", "salt": salt.hex(), "n": SCRYPT_N, "r": SCRYPT_R,
                         "p": SCRYPT_P}
        key = _passphrase_key(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    else:
        if event_secret is None:
            raise InputError("A passphrase is needed for this bundle.")
        header["key"] = {"kdf": "event", "salt": salt.hex()}
        key = _event_key(event_secret, salt, header["event_id"])
    head = json.dumps(header, sort_keys=True).encode("utf-8")
    prefix = MAGIC + struct.pack(">I", len(head)) + head
    body = json.dumps({"tables": {name: encode_table(name, rows)
                                  for name, rows in tables.items()}},
                      separators=(",", ":")).encode("utf-8")
    sealed = AESGCM(key).encrypt(nonce, gzip.compress(body, compresslevel=1), prefix)
    target = Path(path)
    if target.parent and not target.parent.exists():
        raise InputError("The folder {folder} does not exist.", folder=target.parent)
    temp = target.with_name(target.name + ".part")
    try:
        with open(temp, "wb") as fh:
            fh.write(prefix + sealed)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise InputError("Cannot write {target}: {reason}", target=target,
                         reason=exc.strerror or exc) from exc
    return len(prefix) + len(sealed)


def read_header(path: str | Path) -> tuple[dict[str, Any], bytes, bytes]:
    """The header (not yet authenticated), the authenticated prefix and the ciphertext."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError("No such file: {path}", path=path) from None
    except OSError as exc:
        raise InputError("Cannot read {path}: {reason}", path=path,
                         reason=exc.strerror or exc) from exc
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + 4:
        raise InputError("{path} is not a Booth bundle (or its beginning is damaged).",
                         path=path)
    (size,) = struct.unpack(">I", data[len(MAGIC):len(MAGIC) + 4])
    end = len(MAGIC) + 4 + size
    if size > MAX_HEADER or end > len(data):
        raise InputError("{path} is cut short or damaged: copy it again.", path=path)
    try:
        header = json.loads(data[len(MAGIC) + 4:end])
        if not isinstance(header, dict) or header.get("format") != FORMAT:
            raise ValueError("format")
        _ = header["kind"], header["event_id"], header["nonce"], header["key"]["kdf"]
    except (ValueError, KeyError, TypeError):
        raise InputError("{path} is damaged or from a newer Booth version.",
                         path=path) from None
    return header, data[:end], data[end:]


def open_bundle(path: str | Path, *, passphrase: str | None,
                event: Event | None) -> Bundle:
    """Authenticate and decrypt; refuses a bundle of another event before decrypting."""
    header, body = _unseal(path, passphrase=passphrase, event=event)
    return _decoded(path, header, body)


def _unseal(path: str | Path, *, passphrase: str | None,
            event: Event | None) -> tuple[dict[str, Any], bytes]:
    """The authenticated header and the decrypted (still compressed) body."""
    passphrase = _check_passphrase(passphrase)
    header, prefix, sealed = read_header(path)
    if event is not None and header["event_id"] != event.id:
        raise BoothError("This bundle belongs to another event, not to "
                         "{event}. Nothing was changed.", event=event.name)
    spec = header["key"]
    try:
        salt = bytes.fromhex(spec["salt"])
        nonce = bytes.fromhex(header["nonce"])
        if spec["kdf"] == "scrypt":
            if passphrase is None:
                raise InputError("This bundle is protected by a passphrase: give it with "
                                 "--passphrase-file or BOOTH_PASSPHRASE.")
            key = _passphrase_key(passphrase, salt, int(spec["n"]), int(spec["r"]),
                                  int(spec["p"]))
        elif spec["kdf"] == "event":
            if event is None:
                raise BoothError("This bundle can only be read by a laptop that joined its "
                                 "event: import the setup bundle first.")
            key = _event_key(event.badge_secret, salt, event.id)
        else:
            raise ValueError(spec["kdf"])
        body = AESGCM(key).decrypt(nonce, sealed, prefix)
    except InvalidTag:
        raise BoothError(REFUSED) from None
    except (ValueError, KeyError, TypeError, MemoryError):
        raise InputError("{path} is damaged: copy it again.", path=path) from None
    return header, body


def _decoded(path: str | Path, header: dict[str, Any], body: bytes) -> Bundle:
    try:
        payload = json.loads(gzip.decompress(body))
        tables = {name: decode_table(name, block)
                  for name, block in payload["tables"].items() if name in TABLES}
    except (OSError, ValueError, KeyError, TypeError, EOFError) as exc:
        raise InputError("{path} cannot be read by this version of Booth ({reason}).",
                         path=path, reason=exc) from None
    return Bundle(header, tables)


# -- database side --------------------------------------------------------------------------


def _writer(db: Database) -> Any:
    return db.engine.execution_options(booth_write=True).begin()


def _local_event(conn: Connection) -> Event | None:
    table = Event.__table__
    got = conn.execute(select(table).where(table.c.deleted.is_(False))  # type: ignore[attr-defined]
                       .order_by(table.c.created_at.desc()).limit(1)).mappings().first()  # type: ignore[attr-defined]
    if got is None:
        return None
    event = Event()
    for key, value in got.items():
        setattr(event, key, value)
    return event


def _apply_bundle(db: Database, bundle: Bundle, path: str | Path) -> ApplyResult:
    try:
        with _writer(db) as conn:
            if db.is_sqlite:
                # Parents and children may arrive in any order within the batch.
                conn.execute(text("PRAGMA defer_foreign_keys = ON"))
            result = Applier(conn, db.clock).apply(bundle.tables)
            source = bundle.header.get("source_device", "")
            set_meta(conn, f"sync_recv:{source}"[:64], bundle.header.get("created", ""))
            kind = bundle.header.get("kind")
            if kind == "changes":
                set_meta(conn, _applied_key(bundle.header), bundle.header.get("created", ""))
            if kind == "setup" or result.data_rows or result.merged:
                # Audit entries alone (relayed from elsewhere) are no act worth an entry:
                # logging them would send entries back and forth for ever.
                audit.record_on(conn, db.stamp(),
                                audit.SETUP_IMPORT if kind == "setup" else audit.SYNC_IMPORT,
                                detail={**result.as_dict(), "file": Path(path).name,
                                        "from": bundle.header.get("source_name", "")})
    except IntegrityError as exc:
        raise BoothError(
            "This bundle refers to rows this laptop has not received yet (a bundle from "
            "earlier is missing): import the earlier bundles first, or ask for one made "
            "with --full. Nothing was changed. ({detail})", detail=str(exc.orig)[:80]) from None
    if result.erasures:
        scrub_sqlite(db.engine)
    return result


def destination_of(out: str | Path, destination: str | None) -> str:
    """What a cursor is kept for: the name given, or the bundle file's folder."""
    if destination:
        return destination
    return str(Path(out).expanduser().resolve().parent)


def export_changes(db: Database, out: str | Path, *, passphrase: str | None = None,
                   destination: str | None = None, full: bool = False) -> dict[str, Any]:
    """Write the rows changed since the last export to `destination` (all with `full`)."""
    passphrase = _check_passphrase(passphrase)
    dest = destination_of(out, destination)
    key = cursor_key(dest)
    with _writer(db) as conn:
        event = _local_event(conn)
        if event is None:
            raise BoothError("This database has no event yet: nothing to send.")
        since = None if full else get_meta(conn, key)
        tables = changed_rows(conn, since)
        counts = {name: len(rows) for name, rows in tables.items() if rows}
        if any(rows for name, rows in tables.items() if name != "audit_log"):
            # The bundle carries its own entry, so the next export is not made of it.
            tables.setdefault("audit_log", []).append(audit.record_on(
                conn, db.stamp(), audit.SYNC_EXPORT,
                detail={"rows": sum(counts.values()), "file": Path(out).name,
                        "full": full or since is None}))
        stamps = [row["hlc"] for rows in tables.values() for row in rows]
        until = max(stamps) if stamps else since
        carried = {name: len(rows) for name, rows in tables.items() if rows}
        header = {"kind": "changes", "event_id": event.id, "source_device": db.device_id,
                  "source_name": db.device_name, "created": utcnow().isoformat(),
                  "since": since or "", "until": until or "", "full": full, "counts": carried}
        size = write_bundle(out, header, {n: r for n, r in tables.items() if r},
                            passphrase=passphrase, event_secret=event.badge_secret)
        if until:
            set_cursor(conn, dest, until)
    return {"file": str(out), "rows": sum(counts.values()), "counts": counts, "bytes": size,
            "destination": dest, "full": full or since is None}


def import_changes(db: Database, path: str | Path, *,
                   passphrase: str | None = None) -> ApplyResult:
    """Apply a change bundle: all of it or, when refused, nothing."""
    with db.engine.connect() as conn:
        event = _local_event(conn)
    if event is None:
        raise BoothError("This laptop has not joined an event: import the setup bundle "
                         "first (booth setup import FILE).")
    header, body = _unseal(path, passphrase=passphrase, event=event)
    if header["kind"] != "changes":
        raise InputError("This is a setup bundle: import it with `booth setup import`.")
    with db.engine.connect() as conn:
        already = get_meta(conn, _applied_key(header)) is not None
    if already:
        # The very same bundle (its nonce) was applied here before: by the merge rules
        # every row of it would be skipped, so it is not read again.
        counts = header.get("counts") or {}
        return ApplyResult(skipped=sum(int(n) for n in counts.values()))
    return _apply_bundle(db, _decoded(path, header, body), path)


def _applied_key(header: dict[str, Any]) -> str:
    return f"bundle_applied:{header['nonce']}"[:64]


def export_setup(db: Database, out: str | Path, *, passphrase: str | None) -> dict[str, Any]:
    """The event with its badge keys, manufacturers, products, staff, points, questions."""
    passphrase = _check_passphrase(passphrase)
    if passphrase is None:
        raise InputError("A setup bundle carries the badge keys: give a passphrase with "
                         "--passphrase-file or BOOTH_PASSPHRASE.")
    with db.engine.connect() as conn:
        event = _local_event(conn)
        if event is None:
            raise BoothError("This database has no event yet: run `booth init` first.")
        tables = changed_rows(conn, None, SETUP_TABLES)
    counts = {name: len(rows) for name, rows in tables.items()}
    header = {"kind": "setup", "event_id": event.id, "source_device": db.device_id,
              "source_name": db.device_name, "created": utcnow().isoformat(),
              "counts": counts}
    size = write_bundle(out, header, tables, passphrase=passphrase)
    with _writer(db) as conn:
        audit.record_on(conn, db.stamp(), audit.SETUP_EXPORT,
                        detail={"file": Path(out).name, "rows": sum(counts.values())})
    return {"file": str(out), "event": event.name, "counts": counts, "bytes": size}


def import_setup(db: Database, path: str | Path, *, passphrase: str | None) -> dict[str, Any]:
    """Join the event of a setup bundle (again: updates, harmless); keeps this laptop's id."""
    with db.engine.connect() as conn:
        event = _local_event(conn)
    bundle = open_bundle(path, passphrase=passphrase, event=event)
    if bundle.header["kind"] != "setup":
        raise InputError("This is a change bundle: import it with `booth sync import`.")
    tables = {name: rows for name, rows in bundle.tables.items() if name in SETUP_TABLES}
    result = _apply_bundle(db, Bundle(bundle.header, tables), path)
    names = [row["name"] for row in tables.get("event", [])]
    return {"event": names[0] if names else "", "device_id": db.device_id,
            "counts": {name: len(rows) for name, rows in tables.items()},
            **result.as_dict()}


__all__ = ["ORDER", "Bundle", "destination_of", "export_changes", "export_setup",
           "import_changes", "import_setup", "open_bundle", "read_header", "write_bundle"]
