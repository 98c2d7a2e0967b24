# 整改台账 — set up, run and test. `make run` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_LEDGER ?= demo-ledger.sqlite

# Debian/Ubuntu packages: what Qt needs to start and a CJK font so Chinese never shows as
# boxes; for a real window the xcb libraries; for the tests poppler (PDF checks) and
# LibreOffice headless Calc and Writer (legacy .xls/.ods copies for the import tests, and
# checking that exported workbooks and .docx notices open and lay out).
QT_PACKAGES := libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 \
               fonts-wqy-microhei
TEST_PACKAGES := $(QT_PACKAGES) poppler-utils libreoffice-calc-nogui libreoffice-writer-nogui
# PostgreSQL, for running the storage and service tests against a real server too:
# .ci/with-postgres.sh installs it when it can and starts a throw-away cluster for the
# run; where it cannot, it says so loudly and those tests are reported as skipped.
PG_PACKAGES := postgresql
RUN_PACKAGES := $(QT_PACKAGES) libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 \
                libxcb-keysyms1 libxcb-shape0 libxcb-render-util0 libxcb-image0

.PHONY: run test lint bench sysdeps-test sysdeps-run venv translations clean

run: sysdeps-run $(STAMP) translations
	@test -f $(DEMO_LEDGER) || $(BIN)/rectify demo --ledger $(DEMO_LEDGER)
	$(BIN)/rectify --ledger $(DEMO_LEDGER)

test: sysdeps-test $(STAMP) translations
	RECTIFY_PYTHON=$(BIN)/python RECTIFY_PG_PACKAGES="$(PG_PACKAGES)" \
	  .ci/with-postgres.sh env QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest
	$(MAKE) --no-print-directory lint

bench: sysdeps-test $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks.run

lint: $(STAMP)
	$(BIN)/ruff check desktop tests
	$(BIN)/mypy
	$(BIN)/lint-imports

venv: $(STAMP)

# Compile the Qt Linguist translations (.ts -> .qm beside them; .qm files are not
# committed). The app also compiles a missing or stale .qm on the fly into its cache.
translations: $(STAMP)
	$(BIN)/pyside6-lrelease -silent resources/translations/*.ts

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

# Install missing system packages when we can (Debian/Ubuntu as root), otherwise say
# exactly what to install.
define ensure_packages
	@if ! command -v dpkg >/dev/null 2>&1; then \
	  echo "Not a Debian/Ubuntu system: make sure Qt 6's runtime libraries (OpenGL/EGL, xkbcommon, fontconfig, dbus, glib) and a Chinese font are installed."; \
	else \
	  missing=""; for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	  if [ -n "$$missing" ]; then \
	    if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	      echo "Installing system packages:$$missing"; \
	      apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing; \
	    else \
	      echo "Missing system packages. Install them with:"; \
	      echo "    sudo apt-get install$$missing"; exit 1; \
	    fi; \
	  fi; \
	fi
endef

sysdeps-test:
	$(call ensure_packages,$(TEST_PACKAGES))

sysdeps-run:
	$(call ensure_packages,$(RUN_PACKAGES))

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache
