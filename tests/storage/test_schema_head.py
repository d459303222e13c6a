"""Start-up decides "already migrated?" without Alembic; it must agree with Alembic."""

from __future__ import annotations

from booth_app.storage.migrate import head_revision, script_head


def test_script_head_agrees_with_alembic() -> None:
    assert script_head() == head_revision()
