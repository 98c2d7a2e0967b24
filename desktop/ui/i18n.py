"""Our Qt Linguist translation: the ``.ts`` files in ``resources/translations`` are
compiled to ``.qm`` at build time (``make translations``); when a ``.qm`` is missing or
older than its ``.ts`` (a fresh checkout), it is compiled on the fly into a cache
folder with PySide6's ``lrelease``. Source strings are Chinese, so Chinese needs no file.

On screen: nothing of its own; every word of the English UI.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop.paths import resources_dir

APP_NAME = "rectify"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def lrelease_command() -> list[str] | None:
    """How to run PySide6's ``lrelease``, or None when it is not installed."""
    import shutil

    import PySide6

    exe = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    bundled = Path(PySide6.__file__).resolve().parent / exe
    if bundled.exists():
        return [str(bundled)]
    found = shutil.which("pyside6-lrelease")
    return [found] if found else None


def compile_ts(ts: Path, qm: Path) -> bool:
    """Compile one ``.ts`` into ``qm``; False when lrelease is missing or fails."""
    command = lrelease_command()
    if command is None:
        return False
    import subprocess  # only when compiling (a fresh checkout), not on every start

    qm.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [*command, "-silent", str(ts), "-qm", str(qm)],
        capture_output=True,
        check=False,
    )
    return result.returncode == 0 and qm.exists()


def translation_file(lang: str, cache_dir: Path | None = None) -> Path | None:
    """The compiled translation for ``lang`` (``en``), built when missing or stale;
    None for Chinese (the source language) or when it cannot be found or built."""
    if lang.startswith("zh"):
        return None
    return catalogue_file(f"{APP_NAME}_{lang}", cache_dir)


# Chinese for the few strings of Qt's own dialogs that Qt's qt_zh_CN catalogue leaves in
# English (resources/translations/qt_supplement_zh_CN.ts, written by hand).
QT_SUPPLEMENT = "qt_supplement_zh_CN"


def catalogue_file(stem: str, cache_dir: Path | None = None) -> Path | None:
    """The compiled ``.qm`` of ``resources/translations/<stem>.ts``: the one built
    beside it when it is up to date, else one compiled into the cache folder; None when
    there is none and it cannot be built."""
    ts = translations_dir() / f"{stem}.ts"
    built = translations_dir() / f"{stem}.qm"
    if built.exists() and (not ts.exists() or built.stat().st_mtime >= ts.stat().st_mtime):
        return built
    if not ts.exists():
        return None
    from platformdirs import user_cache_path

    override = os.environ.get("RECTIFY_QM_CACHE")
    folder = cache_dir or (Path(override) if override else user_cache_path(APP_NAME, False))
    cached = folder / "translations" / f"{stem}.qm"
    if cached.exists() and cached.stat().st_mtime >= ts.stat().st_mtime:
        return cached
    return cached if compile_ts(ts, cached) else None
