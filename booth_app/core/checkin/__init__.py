"""Check-in at the door: the rules, scanners' keyboard layouts, camera decoding."""
