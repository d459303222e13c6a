"""The Booth window (PySide6). Imports core and storage; nothing imports it back."""
