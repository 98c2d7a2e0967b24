"""What goes into the bundle and the installers, checked without building them (the
build itself is `make installer-check`)."""

from __future__ import annotations

import struct
import sys
from importlib.metadata import PathDistribution
from pathlib import Path

import pytest

from tests.installer.loading import load

ROOT = Path(__file__).resolve().parents[2]


support = load("bundle_support", ROOT / "installer" / "bundle_support.py")
icons = load("icons", ROOT / "installer" / "icons.py")
build_deb = load("build_deb", ROOT / "installer" / "linux" / "build_deb.py")


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
        ("PySide6/Qt/translations/qt_en.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qt_help_zh_CN.qm", False),
        ("PySide6\\translations\\qtbase_zh_CN.qm", True),  # the Windows wheel's layout
        ("resources/translations/rectify_en.qm", True),  # ours are never trimmed
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqicns.so", False),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt/lib/libQt6QuickWidgets.so.6", False),
        ("PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6", False),
        ("PySide6/Qt6WebEngineCore.dll", False),
        ("PySide6/Qt6Network.dll", True),
    ],
)
def test_qt_files_are_trimmed_by_rule(dest: str, kept: bool) -> None:
    assert support.keep_collected(dest) is kept


@pytest.mark.parametrize(
    ("dest", "source", "platform", "kept"),
    [
        ("libX11.so.6", "/usr/lib/x86_64-linux-gnu/libX11.so.6", "linux", False),
        ("libstdc++.so.6", "/lib/x86_64-linux-gnu/libstdc++.so.6", "linux", False),
        ("libssl.so.3", "/usr/lib/x86_64-linux-gnu/libssl.so.3", "linux", True),
        ("libsqlite3.so.0", "/lib/x86_64-linux-gnu/libsqlite3.so.0", "linux", True),
        (
            "libpython3.11.so.1.0",
            "/root/.pyenv/versions/3.11.7/lib/libpython3.11.so.1.0",
            "linux",
            True,
        ),
        ("libpython3.11.so.1.0", "/usr/lib/x86_64-linux-gnu/libpython3.11.so.1.0", "linux", True),
        ("PySide6/Qt/lib/libicuuc.so.73", "/venv/PySide6/Qt/lib/libicuuc.so.73", "linux", True),
        ("libz.so.1", "/lib/x86_64-linux-gnu/libz.so.1", "linux", False),
        ("libX11.so.6", "/usr/lib/x86_64-linux-gnu/libX11.so.6", "win32", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", "/venv/x/libqvnc.so", "linux", False),
    ],
)
def test_linux_bundles_leave_the_desktop_libraries_to_the_system(
    dest: str, source: str, platform: str, kept: bool
) -> None:
    assert support.keep_binary(dest, source, platform) is kept


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("resources/demo/sample_ledger.json", True),
        ("resources/fonts/FandolSong-Regular.otf", True),
        ("resources/fonts/build_fonts.py", False),
        ("resources/translations/rectify_en.ts", False),
        ("desktop/storage/migrations/versions/0001_initial_schema.py", True),
        ("desktop/storage/migrations/__pycache__/env.cpython-311.pyc", False),
    ],
)
def test_data_folders_ship_without_sources_and_caches(dest: str, kept: bool) -> None:
    assert support.keep_data(dest) is kept


def test_every_module_of_the_package_is_a_hidden_import() -> None:
    modules = support.package_modules(ROOT, "desktop")
    files = [p for p in (ROOT / "desktop").rglob("*.py") if "__pycache__" not in p.parts]
    # Migration revisions (0001_….py) are no module names: Alembic reads them as files,
    # and the spec ships the migrations folder as data.
    importable = [p for p in files if p.stem.isidentifier()]
    assert len(modules) == len(importable)
    assert any(not p.stem.isidentifier() for p in files if "versions" in p.parts)
    for name in (
        "desktop",
        "desktop.cli",
        "desktop.cli.selftest_commands",
        "desktop.about",
        "desktop.storage.migrations.env",
    ):
        assert name in modules


def test_unused_qt_and_development_modules_are_excluded(tmp_path: Path) -> None:
    excluded = support.excluded_modules()
    for name in ("PySide6.QtWebEngineCore", "PySide6.QtQml", "PySide6.Qt3DCore", "pytest"):
        assert name in excluded
    for name in ("PySide6.QtWidgets", "PySide6.QtGui", "PySide6.QtPrintSupport", "PySide6.QtSvg"):
        assert name not in excluded
    # A database driver ships only when pyproject declares it.
    bare = tmp_path / "bare.toml"
    bare.write_text('[project]\nname = "x"\nversion = "1"\ndependencies = []\n', encoding="utf-8")
    assert "psycopg" in support.excluded_modules(bare)
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(
        '[project]\nname = "x"\nversion = "1"\ndependencies = ["psycopg[binary]>=3.1"]\n',
        encoding="utf-8",
    )
    assert "psycopg" not in support.excluded_modules(pyproject)


def test_the_version_comes_from_pyproject_and_reads_back_as_metadata(tmp_path: Path) -> None:
    import tomllib

    from desktop import __version__

    with (ROOT / "pyproject.toml").open("rb") as handle:
        declared = tomllib.load(handle)["project"]["version"]
    assert support.project_version() == declared == __version__
    folder = support.write_dist_info(tmp_path, support.DIST_NAME, "1.2.3", "MIT")
    assert PathDistribution(folder).version == "1.2.3"
    assert PathDistribution(folder).metadata["Name"] == "rectify-ledger"
    assert PathDistribution(folder).metadata["License-Expression"] == "MIT"
    assert support.project_licence() == "MIT"
    defines = support.write_nsis_defines(tmp_path, "1.2.3").read_text(encoding="utf-8")
    assert '!define VERSION "1.2.3"' in defines
    assert '!define VERSION_QUAD "1.2.3.0"' in defines


@pytest.mark.parametrize(
    ("version", "quad"), [("0.1.0", "0.1.0.0"), ("2.0", "2.0.0.0"), ("1.2.3.4.5", "1.2.3.4")]
)
def test_windows_versions_have_four_numbers(version: str, quad: str) -> None:
    assert support.version_quad(version) == quad


def test_the_icon_file_holds_every_size_as_png() -> None:
    pngs = [(16, b"\x89PNG-a"), (256, b"\x89PNG-bb")]
    data = icons.ico_from_pngs(pngs)
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, 2)
    first = struct.unpack_from("<BBBBHHII", data, 6)
    second = struct.unpack_from("<BBBBHHII", data, 22)
    assert first[0] == 16
    assert second[0] == 0  # 0 stands for 256
    assert data[first[7] : first[7] + first[6]] == b"\x89PNG-a"
    assert data[second[7] : second[7] + second[6]] == b"\x89PNG-bb"


def test_deb_dependency_versions_follow_the_symbol_versions() -> None:
    versions = {"GLIBC_2.2.5", "GLIBC_2.34", "GLIBC_2.4", "GLIBCXX_3.4.29", "GLIBC_PRIVATE"}
    assert build_deb.highest(versions, "GLIBC") == "2.34"
    assert build_deb.highest(versions, "GLIBCXX") == "3.4.29"
    assert build_deb.highest(versions, "CXXABI") is None
    assert build_deb.deb_version("0.1.0") == "0.1.0"
    assert build_deb.deb_version("1.0rc1") == "1.0~rc1"


def test_desktop_entry_and_launcher_point_at_the_install_folder() -> None:
    entry = build_deb.DESKTOP_ENTRY.read_text(encoding="utf-8")
    fields = dict(
        line.split("=", 1) for line in entry.splitlines() if "=" in line and "[" not in line
    )
    assert fields["Categories"] == "Office;"
    assert fields["Icon"] == "rectify"
    assert fields["Exec"] == "/usr/bin/rectify"
    assert fields["StartupWMClass"] == "rectify"  # Qt's WM_CLASS for the `rectify` binary
    launcher = build_deb.LAUNCHER.read_text(encoding="utf-8")
    assert launcher.startswith("#!/bin/sh\n")
    assert f'exec {build_deb.INSTALL_DIR}/rectify "$@"' in launcher


def test_the_uninstaller_removes_only_the_programs_own_files() -> None:
    raw = (ROOT / "installer" / "windows" / "rectify.nsi").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # makensis reads UTF-8 only with a BOM
    script = raw.decode("utf-8-sig")
    uninstall = script[script.index('Section "Uninstall"') :]
    uninstall = uninstall[: uninstall.index("SectionEnd")]
    assert 'RMDir /r "$INSTDIR"' not in uninstall
    assert 'RMDir "$INSTDIR"' in uninstall  # only when empty
    assert "APPDATA" not in uninstall  # nor LOCALAPPDATA: the ledgers stay
    assert '!insertmacro MUI_LANGUAGE "SimpChinese"' in script
    assert "!include MultiUser.nsh" in script
    assert 'File /r "${BUNDLE_DIR}/*.*"' in script


def test_the_windows_version_resource_is_one_pyinstaller_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Only the Windows build embeds it, so check here that PyInstaller parses and
    # encodes it. Its reader imports two Windows-only helpers it does not need for this.
    import types

    import PyInstaller.compat

    monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
    monkeypatch.setattr(PyInstaller.compat, "win32api", None, raising=False)
    from PyInstaller.utils.win32 import versioninfo

    path = tmp_path / "version_info.txt"
    path.write_text(support.windows_version_info("1.2.3"), encoding="utf-8")
    info = versioninfo.load_version_info_from_text_file(str(path))
    assert (info.ffi.fileVersionMS, info.ffi.fileVersionLS) == ((1 << 16) | 2, 3 << 16)
    assert "整改台账".encode("utf-16-le") in info.toRaw()
