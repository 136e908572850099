# The contract: `make demo` and `make test` work from a fresh clone.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
DW := $(VENV)/bin/dyadwatch
OUT ?= out
DEMO_DB ?= $(OUT)/demo.db

.PHONY: demo test venv venv-test system-deps lint bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed pyproject.toml
	$(PIP) install -q -e '.[test]'
	touch $@

venv: $(VENV)/.installed
venv-test: $(VENV)/.installed-test

## demo: set up and run the main job on the bundled sample corpus
demo: venv
	@bash scripts/demo.sh "$(DW)" "$(OUT)" "$(DEMO_DB)"

## test: set up (venv with test extras, Debian's chromium and postgresql) and run the whole suite
test: venv-test system-deps
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/pytest -n 2 --dist loadfile -q

## system-deps: Debian packages the tests use (installed only when missing)
system-deps:
	@bash scripts/system-deps.sh

lint: venv-test
	$(VENV)/bin/ruff check src tests bench

bench: venv-test
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) $(OUT) test-artifacts .pytest_cache
