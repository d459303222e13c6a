"""The Check-in page: scan field, burst guard, camera, result card, sounds."""
