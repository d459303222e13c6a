"""The Leads page: lead card, lead list, questions, keys."""
