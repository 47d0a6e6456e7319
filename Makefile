# `make chat` talks to the coach in this terminal; `make test` runs every test.
# Both create .venv and install Amora into it the first time (and again when pyproject.toml changes).

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: chat test lint bench

# The Bot API emulator of the Telegram end-to-end tests (npm ci from the committed lock file);
# without npm those tests are skipped and say why.
E2E_TELEGRAM := tests/e2e/telegram
E2E_STAMP := $(E2E_TELEGRAM)/node_modules/.installed

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

chat: $(STAMP)
	$(BIN)/amora chat

$(E2E_STAMP): $(E2E_TELEGRAM)/package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --prefix $(E2E_TELEGRAM) --no-audit --no-fund --loglevel=error && touch $(E2E_STAMP); \
	else \
		echo "npm not found: the Telegram end-to-end tests will be skipped"; \
	fi

test: $(STAMP) $(E2E_STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python bench/turn.py
