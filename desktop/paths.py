"""Where the app's bundled resources are: the source tree, or a PyInstaller bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources/`` folder (``RECTIFY_RESOURCES`` overrides it)."""
    override = os.environ.get("RECTIFY_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def docs_dir() -> Path:
    """The ``docs/`` folder: the user manual, the command-line reference and the
    architecture page (bundled beside ``resources/``)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "docs"
    return Path(__file__).resolve().parent.parent / "docs"


def manual_file() -> Path:
    """The user manual (用户手册), Markdown with its screenshots beside it."""
    return docs_dir() / "manual.md"


def demo_ledger_json() -> Path:
    return resources_dir() / "demo" / "sample_ledger.json"


def calendar_folders() -> list[Path]:
    """Where the holiday calendar is read from: the shipped one, then the user's edits
    (which win, year by year)."""
    from platformdirs import user_data_path

    return [resources_dir() / "calendar", user_data_path("rectify", appauthor=False) / "calendar"]


def calendar_cache_folder() -> Path:
    """Where the holidays package's years are cached (``domain.calendar_package``); may
    be deleted at any time."""
    from platformdirs import user_cache_path

    return user_cache_path("rectify", appauthor=False) / "calendar"
