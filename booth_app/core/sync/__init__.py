"""Sync between laptops: bundles, the setup bundle, merging, the hub, status."""
