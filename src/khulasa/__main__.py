"""`python -m khulasa` runs the command line."""

from khulasa.cli import main

main()
