"""Business matching: sessions, requests, the scheduler, agendas, table check-in, outcomes."""
