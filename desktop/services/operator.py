"""The operator name written into the history when none is set in the settings."""

from __future__ import annotations

import getpass
import os


def default_operator() -> str:
    """``RECTIFY_OPERATOR``, else the system login name, else ""."""
    name = os.environ.get("RECTIFY_OPERATOR")
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user database entry (containers)
        return ""
