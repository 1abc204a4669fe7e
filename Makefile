# Arahan: the two commands a new user needs are `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
ARAHAN := $(VENV)/bin/arahan
STAMP  := $(VENV)/.installed
DB     ?= arahan.db
PORT   ?= 8501

.PHONY: install run demo test bench clean

# Installs (or refreshes) the project into .venv when pyproject.toml changes.
$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# Ingest the bundled demo corpus and extract; a second run changes nothing.
demo: install
	$(ARAHAN) import corpus/demo --db $(DB)
	$(ARAHAN) extract --db $(DB)

run: demo
	$(ARAHAN) app --db $(DB) --port $(PORT)

test: install
	$(PY) -m pytest

bench: install
	@for f in bench/bench_*.py; do echo "== $$f"; $(PY) $$f || exit 1; done

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm $(DB).update.lock .pytest_cache
