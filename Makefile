# Renjana — the two commands a new machine needs: `make run` and `make test`.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
PG_URL ?= postgresql://postgres@127.0.0.1:5432/renjana
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: install run test lint fmt bench test-sqlite test-postgres system-deps browser clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

## make run: install, migrate the embedded SQLite database, load the sample offices, serve.
run: install
	$(BIN)/renjana migrate --no-input
	$(BIN)/renjana sample
	$(BIN)/renjana serve

## make test: lint, type and layering checks, then the whole suite on SQLite and PostgreSQL.
test: install lint system-deps test-sqlite test-postgres

## make system-deps: the Debian packages the tests drive (Chromium; LibreOffice, fonts, poppler).
system-deps:
	bash scripts/ensure_chromium.sh
	bash scripts/ensure_libreoffice.sh

browser: system-deps

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy src
	$(BIN)/lint-imports
	DJANGO_SETTINGS_MODULE=renjana.settings.test $(BIN)/renjana makemigrations --check --dry-run

test-sqlite: install
	@echo "== Test suite on SQLite =="
	env -u DATABASE_URL $(BIN)/pytest --cov --cov-report=term -q

test-postgres: install
	@url="$${DATABASE_URL:-$(PG_URL)}"; \
	if $(BIN)/python scripts/pg_reachable.py "$$url"; then \
		echo "== Test suite on PostgreSQL ($$url) =="; \
		DATABASE_URL="$$url" $(BIN)/pytest -q; \
	elif [ "$${CI:-}" = "true" ]; then \
		echo "PostgreSQL tidak dapat dihubungi di $$url, padahal CI wajib menguji PostgreSQL." >&2; exit 1; \
	else \
		echo "== PostgreSQL tidak tersedia di $$url: uji PostgreSQL dilewati =="; \
	fi

fmt: install
	$(BIN)/ruff check --fix src tests benchmarks
	$(BIN)/ruff format src tests benchmarks

bench: install
	env -u DATABASE_URL $(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .coverage renjana.sqlite3 .static
