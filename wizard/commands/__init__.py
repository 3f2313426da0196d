"""Subcommands of main.py that run without the window (see wizard.cli.SUBCOMMANDS)."""
