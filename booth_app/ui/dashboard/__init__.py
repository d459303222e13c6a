"""The Dashboard: figures, charts, check-ins per hour."""
