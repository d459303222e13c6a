"""badge language: the words printed in a badge's category band, an event setting

Revision ID: 0006_badge_lang
Revises: 0005_personal_data
Create Date: 2027-01-10 10:00:00

`event.badge_lang` is "en", "id" or "ar" (core.badges.bands): VISITOR, PENGUNJUNG or
زائر on a visitor's badge. An event from before it prints English, as it did.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006_badge_lang'
down_revision: str | None = '0005_personal_data'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN (no table rebuild: every table points at event).
    op.add_column('event', sa.Column('badge_lang', sa.String(length=8), nullable=False,
                                     server_default='en'))


def downgrade() -> None:
    # A plain DROP COLUMN (SQLite 3.35+), for the reason above.
    op.execute('ALTER TABLE event DROP COLUMN badge_lang')
