"""Dialogs opened from the pages (import, walk-in, duplicates, ...)."""
