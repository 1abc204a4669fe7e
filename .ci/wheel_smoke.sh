#!/usr/bin/env bash
# Build Arahan's wheel, install it into a fresh venv outside the repository and use it from
# another directory: import the demo, extract, export, models info, spacy.load of the shipped
# pipeline (found by spaCy's entry points, no Arahan import by hand), and the explorer's health check.
# Prints the wheel's size and the install time. Usage: bash .ci/wheel_smoke.sh (from the repo root).
set -euo pipefail
REPO=$(pwd)
PYTHON=${PYTHON:-$(command -v python3.11 || command -v python3)}
WORK=$(mktemp -d /tmp/arahan-wheel.XXXXXX)
trap 'kill %1 2>/dev/null || true; rm -rf "$WORK"' EXIT

# Build and install logs are kept and shown only when a step fails (setuptools warns about
# data folders that look like packages; this machine's pip warns about its local indexes).
quiet() { "$@" >"$WORK/step.log" 2>&1 || { cat "$WORK/step.log"; echo "failed: $*"; exit 1; }; }
quiet .venv/bin/pip wheel --no-deps --wheel-dir "$WORK/dist" .
wheel=$(ls "$WORK"/dist/arahan-*.whl)
echo "wheel: $(basename "$wheel"), $(du -m "$wheel" | cut -f1) MB"

"$PYTHON" -m venv "$WORK/venv"
start=$(date +%s)
quiet "$WORK/venv/bin/pip" install "$wheel"
echo "install into a fresh venv: $(( $(date +%s) - start )) s"

cd "$WORK"   # nothing of the checkout on the path from here on
A="$WORK/venv/bin/arahan"
"$A" --version
"$A" import "$REPO/corpus/demo" --db smoke.db | tail -1
"$A" extract --db smoke.db | tail -1
"$A" graph export --db smoke.db --format gexf --out smoke.gexf
test -s smoke.gexf
echo '{"id": "smoke-1", "published": "2025-06-20", "text": "Bupati Sleman Harda Kiswaya meminta seluruh ASN menjaga netralitas."}' > input.jsonl
"$A" extract --input input.jsonl --output findings.jsonl >/dev/null
grep -q '"directives": \[{' findings.jsonl
"$A" models info | grep -A1 "^path:"
"$WORK/venv/bin/python" - <<'PY'
import sys, sysconfig
from pathlib import Path
import spacy
pipeline = Path(sysconfig.get_paths()["purelib"]) / "arahan" / "models" / "id_arahan_news"
doc = spacy.load(pipeline)("Bupati meminta seluruh ASN menjaga netralitas.")
assert any(m.startswith("arahan.extract.lang") for m in sys.modules), "factories not loaded by entry points"
print("spacy.load of the shipped pipeline:", len(doc), "tokens,", ", ".join(spacy.load(pipeline).pipe_names))
PY
"$A" app --db smoke.db --port 8599 >app.log 2>&1 &
for _ in $(seq 60); do
  curl -fs http://127.0.0.1:8599/_stcore/health >/dev/null 2>&1 && break
  sleep 1
done
curl -fs http://127.0.0.1:8599/_stcore/health && echo " (explorer health check)"
echo "wheel smoke test passed"
