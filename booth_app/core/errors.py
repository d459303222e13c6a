"""Errors a user can cause; each carries the CLI exit status it maps to."""

from __future__ import annotations


class BoothError(Exception):
    """A refusal with a message meant for the user (exit status 1)."""

    exit_code = 1


class InputError(BoothError):
    """Unusable input: bad arguments, an unreadable or malformed file (exit status 2)."""

    exit_code = 2


class NotFound(InputError):
    """A code or id that names nothing in this database."""


class Cancelled(BoothError):
    """Long work stopped at the user's request; nothing past the last commit was kept."""
