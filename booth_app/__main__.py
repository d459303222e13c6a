"""`python -m booth_app` is the `booth` command line."""

from booth_app.cli.main import main

raise SystemExit(main())
