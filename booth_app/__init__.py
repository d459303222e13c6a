"""Booth: offline visitor check-in, QR badges and sales leads for exhibition pavilions."""

__version__ = "0.1.0"
