"""The child side of the crash harness: run the real command line (``desktop.cli.main``,
what ``rectify`` and ``python -m desktop`` run) in a process forked from a server that
has imported the app, and tell the parent where it is, so that the parent can SIGKILL
it at a chosen point:

- ``("ready",)`` just before the command starts;
- ``("commit", n)`` right before each database commit (the statements so far) and
  ``("committed", n)`` right after it: SQLite's WAL checkpoints run inside the commit
  of a large transaction, so a kill between the two lands in the commit's writes, its
  syncs, or the checkpoint;
- ``("stopped", n)`` after the n-th SQL statement when asked to stop there: the child
  then waits, blocked, until the parent kills it;
- ``("exit", code, statements)`` when the command finished.

Nothing of this changes what the command does; it only reports and, when asked, waits.
"""

from __future__ import annotations

import os
import sys
from multiprocessing.connection import Connection
from typing import Any


def _instrument(conn: Connection, stop_at: int) -> list[int]:
    from sqlalchemy import event
    from sqlalchemy.engine import Engine
    from sqlalchemy.engine.default import DefaultDialect

    count = [0]

    def after(*_args: Any) -> None:
        count[0] += 1
        if count[0] == stop_at:
            conn.send(("stopped", count[0]))
            conn.recv()  # blocks: the parent kills us here

    event.listen(Engine, "after_cursor_execute", after)
    original = DefaultDialect.do_commit

    def do_commit(self: DefaultDialect, dbapi_connection: Any) -> None:
        conn.send(("commit", count[0]))
        original(self, dbapi_connection)
        conn.send(("committed", count[0]))

    DefaultDialect.do_commit = do_commit  # type: ignore[method-assign]
    return count


def run(argv: list[str], folder: str, stop_at: int, conn: Connection) -> None:
    """Run ``rectify ARGV`` in ``folder`` (its output in ``out.txt``/``err.txt``
    there), reporting to the parent through ``conn``."""
    os.chdir(folder)
    for fd, name in ((1, "out.txt"), (2, "err.txt")):
        handle = os.open(os.path.join(folder, name), os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        os.dup2(handle, fd)
        os.close(handle)
    count = _instrument(conn, stop_at)
    from desktop.cli import main

    conn.send(("ready",))
    code = main(argv)
    sys.stdout.flush()
    sys.stderr.flush()
    conn.send(("exit", code, count[0]))


def inspect(ledger: str, workbooks: list[str], conn: Connection) -> None:
    """What a killed run left, looked at in a child of its own (so that two runs can be
    looked at while others run): the ledger's schema revision before anything opens
    it, ``rectify check`` (exit code and output), whether it opens, its fingerprint,
    each backup beside it (integrity problems, summary) and each workbook (whole zip,
    rows of its first sheet; None when it is not there)."""
    import contextlib
    import io
    import zipfile
    from pathlib import Path

    from desktop.cli import main
    from desktop.storage.backup import read_summary, verify_file
    from desktop.storage.engine import create_ledger_engine
    from desktop.storage.migrate import current_revision, open_ledger
    from tests.tools.safety_workers import fingerprint

    path = Path(ledger)
    facts: dict[str, Any] = {}
    engine = create_ledger_engine(path, read_only=True)
    try:
        facts["revision"] = current_revision(engine)
    except Exception as exc:  # reported to the parent, which fails with it
        facts["revision"] = f"unreadable: {exc}"
    finally:
        engine.dispose()
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        facts["check"] = (main(["check", "--ledger", ledger]), out.getvalue())
    try:
        open_ledger(path).dispose()
        facts["opens"] = ""
        facts["fingerprint"] = fingerprint(ledger)
    except Exception as exc:
        facts["opens"] = f"{type(exc).__name__}: {exc}"
        facts["fingerprint"] = None
    backups = {}
    for backup in sorted((path.parent / "backups").glob("*.sqlite")):
        problems = verify_file(backup)
        summary = None if problems else repr(read_summary(backup))
        backups[backup.name] = (problems, summary)
    facts["backups"] = backups
    books: dict[str, Any] = {}
    for name in workbooks:
        book = Path(name)
        if not book.is_file():
            books[name] = None
            continue
        try:
            with zipfile.ZipFile(book) as archive:
                whole = archive.testzip() is None
            from openpyxl import load_workbook

            workbook = load_workbook(book, read_only=True)
            rows = workbook.worksheets[0].max_row
            workbook.close()
            books[name] = (whole, rows)
        except Exception as exc:
            books[name] = (False, f"{type(exc).__name__}: {exc}")
    facts["workbooks"] = books
    conn.send(facts)
