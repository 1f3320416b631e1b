# SocialCare: `make run` for the demo, `make test` for the whole suite.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench lint format install browser clean

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]"
	@touch $(STAMP)

# Local secrets in .env (written once; a deployment sets them in its environment).
install: $(STAMP)
	@$(BIN)/python -m socialcare.lib.local_env .env

run: install
	SOCIALCARE_DEMO=1 $(BIN)/python manage.py run_demo

test: install browser
	$(BIN)/python -m pytest $(PYTEST_ARGS)

bench: install
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev,compare]"
	$(BIN)/python -m bench

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python manage.py makemigrations --check --dry-run

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# The browser tests need a Chromium: Debian's (installed here when we may), or one
# from `python -m playwright install chromium` on a developer laptop.
browser: install
	@$(BIN)/python -m socialcare.lib.browser --ensure

clean:
	rm -rf $(VENV) var media staticfiles *.egg-info
