# The two commands a new machine needs: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint venv translations qm wheel-test package package-test package-test-clean screenshots clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

venv: $(STAMP)

# the GUI's words: `make translations` writes every source string into
# resources/translations/*.ts (for the translators); `make qm` compiles them (run,
# test, the wheel and the frozen build do it themselves; the .qm are not committed)
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

translations: $(STAMP)
	$(BIN)/python scripts/translations.py update

$(QM): %.qm: %.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

qm: $(QM)

run: $(STAMP) $(QM)
	$(BIN)/localex-desktop $(ARGS)

test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

# ruff, mypy, and the layer and no-cycle contracts of [tool.importlinter] (pyproject.toml)
lint: $(STAMP)
	$(BIN)/ruff check localex_desktop migrations tests scripts packaging
	$(BIN)/ruff format --check localex_desktop migrations tests scripts packaging
	$(BIN)/mypy
	$(BIN)/lint-imports

# every page and dialog on demo data, into docs/users/images/ (SCREENSHOT_ARGS="--members 40")
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py $(SCREENSHOT_ARGS)

wheel-test: $(STAMP)
	bash scripts/wheel_smoke.sh

# the packaged program (PyInstaller one-folder build, the Linux tar.gz and the .deb in
# dist/); package-test also installs the archive in a temp folder and runs it there;
# package-test-clean (as root) installs the .deb on a minimal Debian 12 root made with
# debootstrap and runs it there, and upgrades to it from the previous release. It reuses
# dist/ when that was built from this tree (`make package-test` then `make package-test-clean`
# builds once).
PKG_STAMP := $(VENV)/.installed-package

# again when the version changes: the frozen build copies the installed metadata
$(PKG_STAMP): $(STAMP) localex_desktop/__init__.py
	$(BIN)/python -m pip install --quiet -e '.[dev,package]'
	@touch $(PKG_STAMP)

package: $(PKG_STAMP)
	$(BIN)/python packaging/build.py

package-test: $(PKG_STAMP)
	$(BIN)/python packaging/build.py --test

package-test-clean: $(PKG_STAMP)
	$(BIN)/python packaging/build.py --reuse --test-clean

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache .import_linter_cache
