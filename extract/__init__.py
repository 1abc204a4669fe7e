"""Indonesian NLP for Arahan: pipeline loading (nlp.py), language data (lang/), the extraction
components (see README.md and config.cfg) and the entity graph (graph/)."""
