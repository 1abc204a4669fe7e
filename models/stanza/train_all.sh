#!/usr/bin/env bash
# Rebuild Arahan's Stanza models from ../shared/data: convert, then train each component.
# Nice and single-threaded because the machine is shared; logs go to build/stanza/logs/.
# COMPONENTS="pos depparse" limits the run; SKIP_PREPARE=1 reuses the converted data.
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${PY:-.venv/bin/python}
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
mkdir -p build/stanza/logs
[ -n "${SKIP_PREPARE:-}" ] || nice -n 15 "$PY" models/stanza/prepare_data.py
for component in ${COMPONENTS:-tokenize pos lemma depparse ner}; do
  echo "== $component $(date -u +%H:%M:%S)"
  # The committed lemmatizer is the treebank dictionary plus spaCy's lookup table: the
  # seq2seq part (train.py lemma, no flags) did not fit the CPU budget of this machine.
  extra=""; [ "$component" = lemma ] && extra="--dict-only --add-lookup"
  nice -n 15 "$PY" models/stanza/train.py "$component" $extra > "build/stanza/logs/$component.log" 2>&1
done
echo "== done $(date -u +%H:%M:%S)"
