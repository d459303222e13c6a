"""Exhibitors: manufacturers, their products, staff, qualifier questions and check-in points."""
