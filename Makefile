# Set-up and everyday commands. `make run` and `make test` create .venv themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test lint perf demo clean freeze package package-test installer-check \
	translations

# Translations: resources/translations/dpkeeper_<language>.ts are edited in Qt Linguist;
# the .qm files the app loads are built from them (and git-ignored).
TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)
PY_SOURCES = $(sort $(shell find desktop/dpkeeper -name '*.py'))

install: $(STAMP) $(QM_FILES)

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --only-binary=:all: -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Adds new strings from the code to every .ts file, keeping the translations already made.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $(PY_SOURCES) -ts $(TS_FILES) -no-obsolete -source-language en_GB

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

# The benchmark suite on a ten-year vault (README "Performance"); exits 1 if a target is missed.
.PHONY: bench
bench: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.perf.bench

# A demo vault with a year of made-up records (passphrase: demo vault passphrase).
DEMO_VAULT := demo/Demo.dpvault

demo: install
	test -d $(DEMO_VAULT) || $(BIN)/dpkeeper demo $(DEMO_VAULT)
	$(BIN)/python -m dpkeeper $(DEMO_VAULT)

# Installers (see README "Building installers"). `make package` freezes the app with PyInstaller
# and builds the .deb in dist/; DEB_COMPRESSION=zstd builds it in seconds (CI), xz is smaller.
PACKAGE_STAMP := $(VENV)/.installed-package
DEB_COMPRESSION ?= xz

$(PACKAGE_STAMP): $(STAMP) requirements-package.lock
	$(BIN)/python -m pip install --quiet --only-binary=:all: -r requirements-package.lock
	touch $(PACKAGE_STAMP)

freeze: $(PACKAGE_STAMP) $(QM_FILES)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		installer/dpkeeper.spec

package: freeze
	$(BIN)/python installer/linux/build_deb.py --compression $(DEB_COMPRESSION)

# Installs the built .deb on this machine (root or sudo), checks it, and removes it again.
package-test: install
	installer/linux/install_test.sh dist/$$($(BIN)/python installer/linux/build_deb.py --print-name)

# Compiles the Windows installer script against a stand-in payload (needs makensis).
installer-check: install
	$(BIN)/python installer/windows/build_installer.py --stand-in

clean:
	rm -rf $(VENV) build dist *.egg-info desktop/*.egg-info $(QM_FILES)
