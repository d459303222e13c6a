"""The rules of Booth. Nothing here imports Qt: the window and the CLI both call in."""
