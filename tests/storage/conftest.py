from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.environment import EnvironmentContext
from alembic.script import ScriptDirectory

from booth_app.storage.database import Database
from booth_app.storage.migrate import alembic_config
from booth_app.storage.models import Base


@pytest.fixture(autouse=True)
def _isolated(isolated_env):
    """Every test here runs without BOOTH_DB and with a private data folder."""
    return isolated_env


def schema_diffs(database: Database) -> list[Any]:
    """Differences between the database and the models, as `alembic revision
    --autogenerate` would see them: db/env.py configures the comparison (its include_name
    filter leaves the SQLite search index alone), then compare_metadata runs on it."""
    cfg = alembic_config()
    script = ScriptDirectory.from_config(cfg)
    diffs: list[Any] = []

    def compare(_rev: Any, context: Any) -> list[Any]:
        diffs.extend(compare_metadata(context, Base.metadata))
        return []

    with database.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        with EnvironmentContext(cfg, script, fn=compare):
            script.run_env()
    return diffs


@pytest.fixture(name="schema_diffs")
def schema_diffs_fixture() -> Callable[[Database], list[Any]]:
    return schema_diffs
