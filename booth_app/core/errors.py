"""Errors a user can cause; each carries the CLI exit status it maps to.

A message with values is a template: `InputError("No visitor has the code {code}.",
code=code)` reads "No visitor has the code ABC-123." (str(exc), the CLI's text) and keeps
`exc.template` and `exc.values`, so the window can show the message in its own language
(booth_app/ui/language.error_text; scripts/translations.py core-words lists the templates).
"""

from __future__ import annotations

from typing import Any


class BoothError(Exception):
    """A refusal with a message meant for the user (exit status 1)."""

    exit_code = 1

    def __init__(self, *args: Any, **values: Any) -> None:
        # BoothError(message, /, **values); a plain BoothError("text") is as it always was.
        message = args[0] if args else ""
        self.template: str = message if isinstance(message, str) else str(message)
        self.values: dict[str, Any] = values
        if values:
            args = (self.template.format(**values), *args[1:])
        super().__init__(*args)


class InputError(BoothError):
    """Unusable input: bad arguments, an unreadable or malformed file (exit status 2)."""

    exit_code = 2


class NotFound(InputError):
    """A code or id that names nothing in this database."""


class Cancelled(BoothError):
    """Long work stopped at the user's request; nothing past the last commit was kept."""
