"""Thin launcher: `python main.py` opens the Booth window (same as `booth gui`)."""

import sys

from booth_app.cli.main import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["gui"]))
