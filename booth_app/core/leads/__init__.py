"""Leads: a scan at a booth becomes a lead; the booth's lead list."""
