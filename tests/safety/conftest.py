"""Child processes for the safety tests."""

from __future__ import annotations

from multiprocessing.context import ForkServerContext

import pytest

from tests.tools.safety_workers import forkserver

# What the fork server imports once, so that each child starts in milliseconds instead
# of the half second (more on a busy machine) a fresh interpreter takes.
PRELOAD = [
    "tests.tools.safety_workers",
    "desktop.services.ledger",
    "desktop.services.apply",
    "desktop.services.backups",
    "desktop.services.undo",
    "desktop.storage.migrate",
    "desktop.files",
    "alembic.command",
    "xlsxwriter",
]


@pytest.fixture(scope="session")
def context() -> ForkServerContext:
    """Processes forked from a server that has imported the app (and holds no database
    connection: each child opens its own)."""
    ctx: ForkServerContext = forkserver(PRELOAD)
    return ctx
