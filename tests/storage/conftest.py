import pytest


@pytest.fixture(autouse=True)
def _isolated(isolated_env):
    """Every test here runs without BOOTH_DB and with a private data folder."""
    return isolated_env
