"""The demo pavilion."""
