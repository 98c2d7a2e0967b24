"""What the PyInstaller spec decides, as plain functions the tests can check.

The spec (``installer/rectify.spec``) stays a thin script: it asks this module for the
version, the distributions whose metadata the bundle carries, the modules to leave
out, and which collected Qt files to keep. Nothing here imports PyInstaller or Qt.
"""

from __future__ import annotations

import re
import shutil
import tomllib
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"
DIST_NAME = "rectify-ledger"

# Qt modules we never use: leaving them out keeps them out even if some library pulls
# them in by accident (PySide6-Essentials lacks most of them anyway). QtNetwork, QtSvg,
# QtDBus and QtPrintSupport stay available: they are small and the UI or printing may
# use them (single-instance sockets, SVG icons, the print dialog).
UNUSED_QT_MODULES = (
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtBluetooth",
    "QtCharts",
    "QtDataVisualization",
    "QtDesigner",
    "QtGraphs",
    "QtGraphsWidgets",
    "QtHelp",
    "QtHttpServer",
    "QtLocation",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtNetworkAuth",
    "QtNfc",
    "QtPositioning",
    "QtQml",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialBus",
    "QtSerialPort",
    "QtSpatialAudio",
    "QtSql",
    "QtStateMachine",
    "QtTest",
    "QtTextToSpeech",
    "QtUiTools",
    "QtWebChannel",
    "QtWebEngineCore",
    "QtWebEngineQuick",
    "QtWebEngineWidgets",
    "QtWebSockets",
    "QtWebView",
)

# Tools of the development environment that must never ride along (the shared venv
# has them installed), and Python's own batteries we do not use.
DEV_MODULES = (
    "_pytest",
    "pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "importlinter",
    "grimp",
    "fontTools",
    "PyInstaller",
    "tkinter",
    "_tkinter",
    "idlelib",
    "lib2to3",
    "pydoc_data",
    "test",
    "numpy",
    "pandas",
    "PIL",
    "IPython",
    "matplotlib",
)

# Database drivers SQLAlchemy would pick up if they happen to be installed: shipped
# only when pyproject declares them, so the bundle matches the declared dependencies.
OPTIONAL_DRIVERS = {
    "psycopg": ("psycopg", "psycopg_binary", "psycopg_c", "psycopg_pool"),
    "psycopg2": ("psycopg2",),
    "psycopg2-binary": ("psycopg2",),
    "pymysql": ("pymysql",),
}

# Qt translation catalogues we ship: the UI is Chinese by default, English on request;
# only Qt's own dialogs and buttons (qt_*, qtbase_*), not Qt Help's or Designer's.
KEPT_LANGUAGES = ("zh_CN", "en")
KEPT_QT_CATALOGUES = ("qt", "qtbase")

# Qt plugins (folder, or folder/file stem) of no use to a widgets app on a desktop:
# kiosk/embedded platforms and their input drivers (generic/), QML tooling, SQL drivers
# (we use SQLAlchemy), TLS backends and network-information (no network use), the GTK 3
# theme (it needs GTK 3 itself and drags half of it into the bundle), image formats
# nobody hands a clerk (Apple icons, Targa, WAP bitmaps).
DROPPED_PLUGINS = (
    "qmltooling",
    "qmllint",
    "designer",
    "sqldrivers",
    "tls",
    "networkinformation",
    "egldeviceintegrations",
    "generic",
    "platformthemes/libqgtk3",
    "imageformats/libqicns",
    "imageformats/libqtga",
    "imageformats/libqwbmp",
    "imageformats/qicns",
    "imageformats/qtga",
    "imageformats/qwbmp",
    "platforms/libqvnc",
    "platforms/libqlinuxfb",
    "platforms/libqeglfs",
    "platforms/libqminimalegl",
    "platforms/libqvkkhrdisplay",
    "platforms/qdirect2d",
)


# Qt libraries that only the dropped plugins use (EGLFS is for kiosks without X11).
DROPPED_QT_LIBRARIES = ("EglFSDeviceIntegration", "EglFsKmsSupport", "EglFsKmsGbmSupport")

# On Linux the bundle uses the desktop's own X11/xcb, OpenGL, fontconfig, GLib, D-Bus,
# C++ runtime and the common compression and XML libraries, like a pip-installed
# PySide6 does, and the .deb depends on their packages: copies from the build machine
# would clash with the system's OpenGL drivers and input methods (a bundled libstdc++
# older than the one Mesa needs stops the app at start) and would raise the glibc the
# bundle needs (Debian 12's libexpat needs glibc 2.36). Kept are the libraries whose
# sonames differ between distributions (OpenSSL 3 / 1.1, libffi 8 / 7, readline) and
# SQLite, which must be new enough for FTS5's trigram tokenizer.
KEPT_SYSTEM_LIBRARIES = (
    "libpython",
    "libssl",
    "libcrypto",
    "libsqlite3",
    "libffi",
    "libmpdec",
    "libcrypt.",
    "libreadline",
    "libncursesw",
    "libtinfo",
    "libgdbm",
    "libnsl",
    "libtirpc",
)
SYSTEM_LIBRARY_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/", "/usr/lib32/")


def keep_binary(
    dest: str, source: str, platform: str, left_to_system: tuple[str, ...] = ()
) -> bool:
    """Whether a collected binary is kept: :func:`keep_collected`, and on Linux no
    system library other than Python's own (see :data:`KEPT_SYSTEM_LIBRARIES`) and
    none whose name starts with one of ``left_to_system`` (the old-glibc build leaves
    the system's SQLite to the system: Debian 11's needs glibc 2.30)."""
    if not keep_collected(dest):
        return False
    if not platform.startswith("linux"):
        return True
    name = PurePosixPath(dest).name
    from_system = source.startswith(SYSTEM_LIBRARY_DIRS)
    if from_system and left_to_system and name.startswith(left_to_system):
        return False
    return not from_system or name.startswith(KEPT_SYSTEM_LIBRARIES)


def left_to_system(environ: dict[str, str] | None = None) -> tuple[str, ...]:
    """Library name prefixes the build leaves to the system (``RECTIFY_LEAVE_TO_SYSTEM``,
    comma-separated; set by installer/linux/build_old_glibc.py)."""
    import os

    value = (environ if environ is not None else os.environ).get("RECTIFY_LEAVE_TO_SYSTEM", "")
    return tuple(part.strip() for part in value.split(",") if part.strip())


def project_table(pyproject: Path = PYPROJECT) -> dict[str, object]:
    """The ``[project]`` table of pyproject.toml."""
    with pyproject.open("rb") as handle:
        data = tomllib.load(handle)
    table = data["project"]
    assert isinstance(table, dict)
    return table


def project_version(pyproject: Path = PYPROJECT) -> str:
    """The version, from the one place it is written: pyproject.toml."""
    return str(project_table(pyproject)["version"])


def requirement_name(requirement: str) -> str:
    """The distribution name of a requirement string (``"a-b[x]>=1; os"`` -> ``"a-b"``)."""
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    if not match:
        raise ValueError(f"not a requirement: {requirement!r}")
    return match.group(1)


def runtime_distributions(pyproject: Path = PYPROJECT) -> list[str]:
    """The declared runtime dependencies (names only), in pyproject order."""
    deps = project_table(pyproject).get("dependencies", [])
    assert isinstance(deps, list)
    return [requirement_name(str(d)) for d in deps]


def excluded_modules(pyproject: Path = PYPROJECT) -> list[str]:
    """Every module the analysis must leave out."""
    declared = {_normal(n) for n in runtime_distributions(pyproject)}
    drivers = [
        module
        for dist, modules in OPTIONAL_DRIVERS.items()
        if _normal(dist) not in declared
        for module in modules
    ]
    return [f"PySide6.{m}" for m in UNUSED_QT_MODULES] + list(DEV_MODULES) + drivers


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def keep_collected(dest: str) -> bool:
    """Whether a file PyInstaller collected (by its path inside the bundle) is kept.

    Drops Qt translations other than Chinese and English, unused Qt plugins, and the
    libraries of the Qt modules in :data:`UNUSED_QT_MODULES` should a hook bring them.
    """
    path = PurePosixPath(dest.replace("\\", "/"))
    parts = path.parts
    qt = "PySide6" in parts  # Qt's own files; ours (resources/...) are never trimmed
    if qt and "translations" in parts and path.suffix == ".qm":
        return _kept_translation(path.name)
    if qt and "plugins" in parts:
        rest = parts[parts.index("plugins") + 1 :]
        if not rest:
            return True
        stem = path.name.split(".")[0]
        for dropped in DROPPED_PLUGINS:
            folder, _, file_stem = dropped.partition("/")
            if rest[0] == folder and (not file_stem or stem == file_stem):
                return False
        return True
    modules = UNUSED_QT_MODULES + tuple("Qt" + lib for lib in DROPPED_QT_LIBRARIES)
    return not any(_is_qt_library_of(path.name, module) for module in modules)


def _kept_translation(name: str) -> bool:
    stem = name.removesuffix(".qm")
    return any(stem == f"{base}_{lang}" for base in KEPT_QT_CATALOGUES for lang in KEPT_LANGUAGES)


def _is_qt_library_of(name: str, module: str) -> bool:
    # libQt6Quick.so.6, Qt6Quick.dll, libQt6QuickWidgets.so.6: match the whole module
    # name, so QtQuick does not also catch QtQuickWidgets' sibling names by prefix only.
    short = module.removeprefix("Qt")
    return re.fullmatch(rf"(lib)?Qt6{short}(\.so(\.\d+)*|\.dll|\.dylib)", name) is not None


def project_licence(pyproject: Path = PYPROJECT) -> str | None:
    """The licence expression of pyproject.toml (``license = "MIT"``), if it has one."""
    licence = project_table(pyproject).get("license")
    return licence if isinstance(licence, str) else None


def write_dist_info(target: Path, name: str, version: str, licence: str | None = None) -> Path:
    """A minimal ``.dist-info`` folder so ``importlib.metadata.version(name)`` answers
    inside the bundle, with the version (and licence, for 关于) read from pyproject.toml
    at build time."""
    folder = target / f"{_normal(name).replace('-', '_')}-{version}.dist-info"
    folder.mkdir(parents=True, exist_ok=True)
    text = f"Metadata-Version: 2.4\nName: {name}\nVersion: {version}\n"
    if licence:
        text += f"License-Expression: {licence}\n"
    (folder / "METADATA").write_text(text, encoding="utf-8")
    return folder


def version_quad(version: str) -> str:
    """A Windows file version (four numbers) for ``0.1.0``-style versions."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+")[0])[:4]]
    return ".".join(str(n) for n in [*numbers, 0, 0, 0, 0][:4])


def write_nsis_defines(target: Path, version: str) -> Path:
    """``version.nsh``, included by the NSIS script, so the installer shows the same
    version as the app."""
    target.mkdir(parents=True, exist_ok=True)
    path = target / "version.nsh"
    path.write_text(
        f'!define VERSION "{version}"\n!define VERSION_QUAD "{version_quad(version)}"\n',
        encoding="utf-8",
    )
    return path


def windows_version_info(version: str) -> str:
    """The version resource PyInstaller embeds in ``rectify.exe`` (Windows shows it in
    the file's properties), as the Python literal PyInstaller reads."""
    quad = tuple(int(n) for n in version_quad(version).split("."))
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={quad}, prodvers={quad}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('080404b0', [
      StringStruct('CompanyName', 'rectify'),
      StringStruct('FileDescription', '整改台账'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('InternalName', 'rectify'),
      StringStruct('OriginalFilename', 'rectify.exe'),
      StringStruct('ProductName', '整改台账'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [0x0804, 1200])])
  ]
)
"""


def package_modules(root: Path, package: str) -> list[str]:
    """Every module of ``package`` under ``root``, found by walking its folder.

    The subcommands and heavy libraries are imported lazily, by name, so the analysis
    cannot see them; they all become hidden imports. Walking the files (rather than
    PyInstaller's ``collect_submodules``, which imports the package in a subprocess)
    takes this source tree even when another checkout of the project is installed in
    the environment in editable mode: that install's import hook would win.
    """
    base = root / package.replace(".", "/")
    modules: list[str] = []
    for path in sorted(base.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        relative = path.relative_to(root).with_suffix("")
        parts = relative.parts[:-1] if relative.name == "__init__" else relative.parts
        if all(part.isidentifier() for part in parts):
            modules.append(".".join(parts))
    return modules


def keep_data(dest: str) -> bool:
    """Whether a data file from our own folders is kept: no byte-code caches, and from
    ``resources/`` no Python build scripts and no ``.ts`` sources (the compiled ``.qm``
    files ship instead; a ``.ts`` beside them would look newer and send the app looking
    for ``lrelease``, which the bundle does not have)."""
    path = PurePosixPath(dest.replace("\\", "/"))
    if "__pycache__" in path.parts or path.suffix == ".pyc":
        return False
    return not (path.parts[:1] == ("resources",) and path.suffix in (".py", ".ts"))


def find_lrelease() -> list[str] | None:
    """PySide6's ``lrelease`` (shipped inside the wheel), or ``pyside6-lrelease``."""
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin:
        folder = Path(spec.origin).parent
        for name in ("lrelease", "lrelease.exe"):
            if (folder / name).exists():
                return [str(folder / name)]
    found = shutil.which("pyside6-lrelease")
    return [found] if found else None
