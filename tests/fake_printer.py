"""A stand-in for ui.printing.print_badges where a test is about what gets printed, not
how (real printing through CUPS has its own tests): the `printer` fixture."""

from __future__ import annotations

from typing import Any

import pytest

from booth_app.storage.database import Database


class FakePrinter:
    """Records the visitor ids each print would have sent; calls `on_done` like a
    finished print job."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def __call__(self, parent: Any, db: Database, visitor_ids: list[str], **kwargs: Any) -> Any:
        self.calls.append(list(visitor_ids))
        on_done = kwargs.get("on_done")
        if on_done is not None:
            on_done(None)
        return object()


@pytest.fixture
def printer(monkeypatch: pytest.MonkeyPatch) -> FakePrinter:
    fake = FakePrinter()
    monkeypatch.setattr("booth_app.ui.printing.print_badges", fake)
    return fake
