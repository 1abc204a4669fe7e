"""Indonesian language data for spaCy used by Arahan: tokenizer exceptions and a lemmatizer.

Importing this package registers the ``arahan_id_lemmatizer`` factory with spaCy, which a
saved Arahan pipeline needs in order to load; ``arahan.extract.nlp.load_nlp`` imports it first.
"""

from arahan.extract.lang import agencies  # noqa: F401  (registers the arahan_region_names factory)
from arahan.extract.lang.lemmatizer import IndonesianLemmatizer, affix_candidates
from arahan.extract.lang.tokenizer_exceptions import ABBREVIATIONS, add_tokenizer_exceptions

__all__ = ["ABBREVIATIONS", "IndonesianLemmatizer", "add_tokenizer_exceptions", "affix_candidates"]
