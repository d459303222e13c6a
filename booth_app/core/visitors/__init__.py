"""Visitors: registration, search, lookup of a scan, imports, organisers' badges, merging."""
