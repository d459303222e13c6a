"""Sync in the window: the hub in the background, the laptops-and-sync panel."""
