"""``python -m text2kg``."""

from text2kg.cli import main

main()
