from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from booth_app.cli.main import main


@pytest.fixture(autouse=True)
def _isolated(isolated_env):
    """Every test here runs without BOOTH_DB and with a private data folder."""
    return isolated_env


@dataclass
class Outcome:
    code: int
    out: str
    err: str

    @property
    def doc(self) -> Any:
        """stdout as exactly one JSON document (json.loads refuses anything more)."""
        return json.loads(self.out)


@pytest.fixture
def booth(capsys: pytest.CaptureFixture[str]) -> Callable[..., Outcome]:
    """`booth ARGS` in-process: exit status, stdout, stderr."""

    def run(*args: str) -> Outcome:
        capsys.readouterr()
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse: --help, --version, bad arguments
            code = exc.code if isinstance(exc.code, int) else 1
        captured = capsys.readouterr()
        assert "Traceback" not in captured.err, captured.err
        return Outcome(code, captured.out, captured.err)

    return run
