"""personal data: a visitor's erasure mark, the event's retention date

Revision ID: 0005_personal_data
Revises: 0004_business_matching
Create Date: 2026-12-07 17:40:00

A visitor erased on request keeps its row (anonymous counts still add up) with
`erased_at` set: sync treats that state as final (core.sync.merge, rule 7). The event
gets the date until which personal data is kept (`booth purge`).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from booth_app.storage.types import UTCDateTime

revision: str = '0005_personal_data'
down_revision: str | None = '0004_business_matching'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMNs: a table rebuild would renumber the visitors' rowids, which the
    # SQLite full-text index (visitor_fts) is keyed on, and other tables point at both.
    op.add_column('event', sa.Column('retention_date', sa.Date(), nullable=True))
    op.add_column('visitor', sa.Column('erased_at', UTCDateTime(), nullable=True))
    op.create_index(op.f('ix_visitor_erased_at'), 'visitor', ['erased_at'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_visitor_erased_at'), table_name='visitor')
    # Plain DROP COLUMNs (SQLite 3.35+), for the reason above.
    op.execute('ALTER TABLE visitor DROP COLUMN erased_at')
    op.execute('ALTER TABLE event DROP COLUMN retention_date')
