"""foreign keys deferrable (checked at commit when a transaction asks)

Revision ID: 0003_pg_deferrable_fks
Revises: 0002
Create Date: 2026-11-25 10:00:00

The merge rules (core.sync.merge, rule 4) drop a row that lost its natural key before
moving its children to the kept row; on the hub a round runs `SET CONSTRAINTS ALL
DEFERRED`, which PostgreSQL honours only for DEFERRABLE constraints. INITIALLY
IMMEDIATE keeps every other writer's checks exactly as before.

PostgreSQL: ALTER CONSTRAINT, a catalogue change (no table is rewritten or scanned).

SQLite: the constraint is only text in the schema (a laptop defers its checks with
PRAGMA defer_foreign_keys, whatever the DDL says), but the models declare the flag, so
the text says it too, or every comparison of models and file would report 21 changed
foreign keys. Rebuilding the tables would copy 250,000 visitors and renumber the rowids
the search index points at; instead the CREATE TABLE text gets the clause added, the
procedure SQLite documents for constraint changes that leave the stored rows as they
are (lang_altertable.html, "Making Other Kinds Of Table Schema Changes"). The edit is
checked before its transaction commits: every table must still parse with the same
foreign keys.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from alembic import op
from sqlalchemy import text
from sqlalchemy.engine import Connection

revision: str = "0003_pg_deferrable_fks"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CLAUSE = " DEFERRABLE INITIALLY IMMEDIATE"
# A table-level foreign key as SQLAlchemy writes it: FOREIGN KEY(a) REFERENCES t (id)
_FK = re.compile(r'(FOREIGN KEY\s*\([^)]*\)\s*REFERENCES\s+"?\w+"?\s*\([^)]*\))')


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        _pg_set(conn, deferrable=True)
    elif conn.dialect.name == "sqlite":
        _sqlite_set(conn, deferrable=True)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        _pg_set(conn, deferrable=False)
    elif conn.dialect.name == "sqlite":
        _sqlite_set(conn, deferrable=False)


def _pg_set(conn: Connection, *, deferrable: bool) -> None:
    # Hubs that ran Booth's earlier start-up fix-up already have some deferrable: skip them.
    found = conn.execute(text(
        "SELECT format('%I', rel.relname), format('%I', con.conname) FROM pg_constraint con "
        "JOIN pg_class rel ON rel.oid = con.conrelid "
        "WHERE con.contype = 'f' AND con.condeferrable = :was "
        "AND rel.relnamespace = current_schema()::regnamespace ORDER BY 1, 2"),
        {"was": not deferrable}).all()
    wanted = "DEFERRABLE INITIALLY IMMEDIATE" if deferrable else "NOT DEFERRABLE"
    for table, name in found:
        conn.execute(text(f"ALTER TABLE {table} ALTER CONSTRAINT {name} {wanted}"))


def _fk_lists(conn: Connection, tables: list[str]) -> dict[str, list[tuple[object, ...]]]:
    return {name: [tuple(row) for row in
                   conn.exec_driver_sql(f'PRAGMA foreign_key_list("{name}")')]
            for name in tables}


def _sqlite_set(conn: Connection, *, deferrable: bool) -> None:
    rows = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE '%REFERENCES%'"
    ).all()
    changed: dict[str, str] = {}
    for name, sql in rows:
        if deferrable:
            new = _FK.sub(lambda m: m.group(1) + CLAUSE, sql.replace(CLAUSE, ""))
        else:
            new = sql.replace(CLAUSE, "")
        if new != sql:
            changed[name] = new
    if not changed:
        return
    before = _fk_lists(conn, sorted(changed))
    version = conn.exec_driver_sql("PRAGMA schema_version").scalar_one()
    conn.exec_driver_sql("PRAGMA writable_schema = ON")
    try:
        for name, sql in changed.items():
            conn.exec_driver_sql("UPDATE sqlite_master SET sql = ? WHERE type = 'table' "
                                 "AND name = ?", (sql, name))
        # Every connection re-reads the schema at its next statement.
        conn.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")
    finally:
        conn.exec_driver_sql("PRAGMA writable_schema = OFF")
    if _fk_lists(conn, sorted(changed)) != before:
        raise RuntimeError("the foreign keys read back differently after the schema edit")
