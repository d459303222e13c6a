"""The Meetings page: the grid of a day, moves, Schedule, agendas, the floor screen."""
