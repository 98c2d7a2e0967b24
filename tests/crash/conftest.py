"""The crash harness's child processes, and its counts in the summary."""

from __future__ import annotations

from multiprocessing.context import ForkServerContext

import pytest

from tests.crash.harness import COUNTS, SEED
from tests.tools.safety_workers import forkserver

# What the fork server imports once: the command line and everything its commands use.
PRELOAD = [
    "tests.crash.child",
    "desktop.cli",
    "desktop.cli.common",
    "desktop.cli.import_commands",
    "desktop.cli.export_commands",
    "desktop.cli.handoff_commands",
    "desktop.cli.safety_commands",
    "desktop.cli.ledger_commands",
    "desktop.services.ledger",
    "desktop.services.apply",
    "desktop.services.backups",
    "desktop.storage.migrate",
    "alembic.command",
    "xlsxwriter",
    "openpyxl",
]


@pytest.fixture(scope="session")
def crash_context() -> ForkServerContext:
    """Processes forked from a server that has imported the app (and holds no database
    connection: each child opens its own)."""
    ctx: ForkServerContext = forkserver(PRELOAD)
    return ctx


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not COUNTS:
        return
    write = terminalreporter.write_line
    terminalreporter.section(f"crash harness (RECTIFY_CRASH_SEED={SEED})")
    columns = (
        "killed",
        "kill:statement",
        "kill:commit",
        "kill:checkpoint",
        "kill:time",
        "kill:fresh",
        "finished",
        "wal_left",
        "in_checkpoint",
        "hot_journal",
        "seconds",
    )
    write(f"{'operation':<10}" + "".join(f"{c.removeprefix('kill:'):>15}" for c in columns))
    total: dict[str, int] = {}
    for op, counts in COUNTS.items():
        write(f"{op:<10}" + "".join(f"{counts.get(c, 0):>15}" for c in columns))
        for c in columns:
            total[c] = total.get(c, 0) + counts.get(c, 0)
    write(f"{'total':<10}" + "".join(f"{total[c]:>15}" for c in columns))
    write(
        "killed: SIGKILLed runs, by where the kill was aimed; finished: runs the kill came "
        "too late for; wal_left / in_checkpoint / hot_journal: what the kill left on disk "
        "(in_checkpoint: the file shorter than its header, a -wal holding the rest)."
    )
