# Set-up and everyday commands. `make run` and `make test` create .venv themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test lint perf demo clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --only-binary=:all: -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

run: install
	$(BIN)/python -m dpkeeper

test: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q
	$(BIN)/ruff check desktop tests

lint: install
	$(BIN)/ruff check desktop tests
	$(BIN)/ruff format --check desktop tests

perf: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m perf tests/perf

# A demo vault with a year of made-up records (passphrase: demo vault passphrase).
DEMO_VAULT := demo/Demo.dpvault

demo: install
	test -d $(DEMO_VAULT) || $(BIN)/dpkeeper demo $(DEMO_VAULT)
	$(BIN)/python -m dpkeeper $(DEMO_VAULT)

clean:
	rm -rf $(VENV) build *.egg-info desktop/*.egg-info
