"""Alembic environment: runs on the app's own connection, or on BOOTH_DB for developers."""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import create_engine

from booth_app.storage.database import default_target, to_url
from booth_app.storage.models import Base

config = context.config
target_metadata = Base.metadata


def include_name(name: str | None, type_: str, _parent: Any) -> bool:
    # The SQLite full-text index and its shadow tables are managed by hand.
    return not (type_ == "table" and name is not None and name.startswith("visitor_fts"))


def run(connection: Any) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        include_name=include_name,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run(connection)
else:
    engine = create_engine(to_url(default_target()))
    with engine.begin() as conn:
        run(conn)
