"""Globally unique, time-ordered row ids and UTC time."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime


def new_id() -> str:
    """A 32-hex-digit id: 48 bits of milliseconds then 80 random bits (UUIDv7-like).

    Time-ordered ids keep B-tree inserts local, and random bits make ids written on
    different laptops never collide, so rows merge without renumbering.
    """
    ms = time.time_ns() // 1_000_000
    return f"{ms:012x}{os.urandom(10).hex()}"


def utcnow() -> datetime:
    return datetime.now(UTC)
