"""an index on every synced table's hlc

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 23:25:00

Sync asks each table for the rows changed since a stamp (bundles, and every hub round
every few seconds); without an index that reads every row of every table.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SYNCED_TABLES = ("device", "event", "exhibitor", "product", "staff", "visitor", "badge",
                 "checkin_point", "checkin", "lead", "lead_product", "lead_interaction",
                 "question", "answer", "audit_log")


def upgrade() -> None:
    for table in SYNCED_TABLES:
        op.create_index(f"ix_{table}_hlc", table, ["hlc"])


def downgrade() -> None:
    for table in SYNCED_TABLES:
        op.drop_index(f"ix_{table}_hlc", table_name=table)
