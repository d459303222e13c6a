"""The Exhibitors page: profile, products, staff, questions, check-in points."""
