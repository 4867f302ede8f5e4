"""``python -m kg``: the same command as ``kg``."""

from kg.cli import run

run()
