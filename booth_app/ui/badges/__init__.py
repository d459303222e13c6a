"""Badges in the window: the live preview."""
