"""Who is signed in: sessions, the sign-in dialog, the PIN pad."""
