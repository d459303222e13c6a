"""Badges: tokens, short codes, QR symbols, layouts, text shaping, PDF rendering, issuing."""
