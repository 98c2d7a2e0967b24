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


def demo_ledger_json() -> Path:
    return resources_dir() / "demo" / "sample_ledger.json"
