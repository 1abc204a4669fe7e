"""spacy.load() of the shipped pipeline works in a process that never imports Arahan: the
custom factories come in through the `spacy_factories` entry points of pyproject.toml."""

import subprocess
import sys
from pathlib import Path

MODEL = Path(__file__).resolve().parents[2] / "models" / "id_arahan_news"

SCRIPT = f"""
import sys, spacy
nlp = spacy.load({str(MODEL)!r})
doc = nlp("Bupati Sleman melarang ASN berpolitik praktis.")
assert "arahan_id_lemmatizer" in {{nlp.get_pipe_meta(n).factory for n in nlp.pipe_names}}
print([t.lemma_ for t in doc][2], "arahan.extract.lang.lemmatizer" in sys.modules)
"""


def test_spacy_load_finds_our_factories_through_entry_points(tmp_path):
    out = subprocess.run([sys.executable, "-c", SCRIPT], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    # the lemmatizer ran ("melarang" -> "larang") and its module was loaded by spaCy, not by us
    assert out.stdout.split() == ["larang", "True"]
