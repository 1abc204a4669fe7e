"""Allow `python -m arahan` as an alias for the `arahan` console script."""

from arahan.cli import main

main()
