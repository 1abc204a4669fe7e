"""Arahan: who instructed what, to whom, where and when, in Indonesian regional news.

The `arahan` package holds only the command-line interface; the domain code lives in the
top-level packages `corpus` (documents in), `extract` (Indonesian NLP, resolution, graph)
and `app` (the Streamlit explorer).
"""

__version__ = "0.1.0"
