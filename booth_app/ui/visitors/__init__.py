"""The Visitors page: table, form, import, duplicates, walk-in mode."""
