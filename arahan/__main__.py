"""Allow `python -m arahan` as an alias for the `arahan` console script."""

from arahan.cli import main

if __name__ == "__main__":  # not when a spawned process (the graph's fold process) re-imports it
    main()
