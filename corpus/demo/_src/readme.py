"""Writes corpus/demo/README.md (stub, replaced below)."""


def write_readme(arts, path):
    pass
