"""Two programs on one ledger: what this process does to the ledger file itself (its
checks on opening, the backup list's summaries) must not drop SQLite's locks, or the
other program, closing, believes it was the last, checkpoints and deletes the -wal
under us, and what we commit afterwards is lost."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from desktop.storage.backup import read_only_engine
from desktop.storage.ledger_file import check_sqlite_file
from desktop.storage.migrate import open_ledger

OTHER_PROGRAM = (
    "import sqlite3, sys\n"
    "c = sqlite3.connect(sys.argv[1])\n"
    "c.execute(\"INSERT INTO setting (name, value) VALUES ('other', 'x')\")\n"
    "c.commit()\n"
    "c.close()\n"
)


def test_checking_an_open_ledger_keeps_its_locks(migrated_template: Path, tmp_path: Path) -> None:
    ledger = tmp_path / "ledger.sqlite"
    shutil.copy(migrated_template, ledger)
    engine = open_ledger(ledger)
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO setting (name, value) VALUES ('mine1', '1')"))
    # What this process does to the file while it has it open: the opening checks
    # (another window or a reopen) and the header check of a summary.
    check_sqlite_file(ledger)
    with read_only_engine(ledger) as other:
        other.dispose()
    # Another program writes and closes (the command line, a second window).
    subprocess.run([sys.executable, "-c", OTHER_PROGRAM, str(ledger)], check=True)
    assert Path(f"{ledger}-wal").exists()  # it knew it was not the last
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO setting (name, value) VALUES ('mine2', '2')"))
    fresh = sqlite3.connect(ledger)
    try:
        assert fresh.execute("PRAGMA quick_check").fetchone() == ("ok",)
        names = {
            row[0]
            for row in fresh.execute(
                "SELECT name || value FROM setting WHERE name IN ('mine1', 'mine2', 'other')"
            )
        }
    finally:
        fresh.close()
    assert names == {"mine11", "mine22", "otherx"}
    engine.dispose()
