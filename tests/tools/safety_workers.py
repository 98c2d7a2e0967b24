"""Work done in child processes by the safety tests (concurrent clerks, operations
killed part-way), and the generated data they use. A module of its own so that
``multiprocessing`` can import it in the children."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import signal
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from desktop.domain.plan import FieldChange, ImportPlan, PlannedIssue, PlannedMeasure
from desktop.domain.records import InspectionDraft, IssueDraft, MeasureDraft


def big_plan(
    issues: int, measures: int = 2, title: str = "批量导入", kind: str = "import"
) -> ImportPlan:
    """A generated import plan: ``issues`` issues with ``measures`` measures each."""
    return ImportPlan(
        file="generated.xlsx",
        source_kind=kind,
        inspection=InspectionDraft(title=title),
        issues=tuple(
            PlannedIssue(
                IssueDraft(number=str(n), text=f"第{n}个问题：" + "整改内容" * 20),
                category_path=(f"（{n % 5}）方面",),
                measures=tuple(
                    PlannedMeasure(MeasureDraft(text=f"措施{n}-{m}：" + "具体做法" * 10))
                    for m in range(1, measures + 1)
                ),
            )
            for n in range(1, issues + 1)
        ),
    )


def base_ledger(path: Path, demo_template: Path, issues: int) -> int:
    """The ledger the kill tests start from, at ``path``: the demo ledger and a batch of
    ``issues`` generated issues (an earlier inspection), without the backups made on
    the way. Returns that batch's id (to undo)."""
    import shutil

    from desktop.services.ledger import LedgerService
    from desktop.storage.migrate import open_ledger

    shutil.copy(demo_template, path)
    engine = open_ledger(path)
    done = LedgerService(engine, "测试员").apply_plan(big_plan(issues, title="上一轮巡察"))
    engine.dispose()
    shutil.rmtree(path.parent / "backups", ignore_errors=True)
    assert done.batch_id is not None
    return done.batch_id


def forkserver(preload: list[str]) -> Any:
    """The fork server context, with what it imports once (so that each child starts
    in milliseconds, not the second a fresh interpreter takes to import the app)."""
    import multiprocessing
    from multiprocessing.context import ForkServerContext

    ctx = multiprocessing.get_context("forkserver")
    assert isinstance(ctx, ForkServerContext)
    ctx.set_forkserver_preload(preload)
    return ctx


def fingerprint(location: str) -> str:
    """What a ledger holds, independent of random keys and clock times: a digest of
    every issue's and measure's text and progress, and the history's size."""
    from sqlalchemy import func, select

    from desktop.storage.migrate import open_ledger
    from desktop.storage.models import History, HistoryBatch, Inspection, Issue, Measure

    engine = open_ledger(location)
    try:
        digest = hashlib.sha256()
        with engine.connect() as c:
            for model in (Inspection, HistoryBatch, History):
                digest.update(str(c.scalar(select(func.count()).select_from(model))).encode())
            for row in c.execute(
                select(Issue.number, Issue.text, Issue.progress, Issue.remarks).order_by(
                    Issue.inspection_id, Issue.position, Issue.id
                )
            ):
                digest.update("\x1f".join(map(str, row)).encode())
            for row in c.execute(select(Measure.text, Measure.progress).order_by(Measure.id)):
                digest.update("\x1f".join(map(str, row)).encode())
        return digest.hexdigest()
    finally:
        engine.dispose()


# ------------------------------------------------------------------ concurrent clerks
def clerk(location: str, issue_id: int, name: str, rounds: int, barrier: Any, results: Any) -> None:
    """Edit one issue ``rounds`` times, each time appending a marker to its remarks,
    in lock-step with another clerk (both read, then both save). A refused save is
    reloaded and saved again, as a clerk choosing "reload" would."""
    from desktop.services.ledger import LedgerService
    from desktop.storage.errors import StaleEdit
    from desktop.storage.migrate import open_ledger

    engine = open_ledger(location)
    service = LedgerService(engine, name)
    conflicts = 0
    messages: list[str] = []
    try:
        for n in range(rounds):
            record = service.get_issue(issue_id)
            barrier.wait(timeout=60)
            while True:
                draft = IssueDraft(
                    **{f: getattr(record, f) for f in IssueDraft.__dataclass_fields__}
                )
                draft = dataclasses.replace(draft, remarks=f"{record.remarks}[{name}{n}]")
                try:
                    service.update_issue(issue_id, draft, expected_revision=record.revision)
                    break
                except StaleEdit as exc:
                    conflicts += 1
                    messages.append(exc.message)
                    record = service.get_issue(issue_id)
        results.put((name, conflicts, messages[:3], ""))
    except Exception as exc:  # reported to the test, which fails with it
        results.put((name, conflicts, messages[:3], f"{type(exc).__name__}: {exc}"))
    finally:
        engine.dispose()


# ------------------------------------------------------------- operations to be killed
def _kill_at_statement(engine: Any, statement: int) -> None:
    """SIGKILL ourselves right after the ``statement``-th SQL statement."""
    from sqlalchemy import event

    count = 0

    def after(*_args: Any) -> None:
        nonlocal count
        count += 1
        if count == statement:
            os.kill(os.getpid(), signal.SIGKILL)

    event.listen(engine, "after_cursor_execute", after)


def _counting(engine: Any) -> list[int]:
    from sqlalchemy import event

    counter = [0]

    def after(*_args: Any) -> None:
        counter[0] += 1

    event.listen(engine, "after_cursor_execute", after)
    return counter


def operation(op: str, location: str, arg: Any, kill_at_statement: int, conn: Connection) -> None:
    """Run one operation on a ledger (or a file), telling the parent "ready" just
    before it starts and the number of SQL statements it ran when it ends."""
    from desktop.services.ledger import LedgerService
    from desktop.storage.migrate import open_ledger

    if op in ("import", "merge", "undo"):
        engine = open_ledger(location)
        service = LedgerService(engine, "测试员")
        target: int | None = None
        if op == "merge":
            target = service.list_inspections()[0].id
            keys = [i.key for i in service.list_issues()]
            plan = ImportPlan(
                file="回收台账.xlsx",
                source_kind="merge",
                changes=tuple(
                    FieldChange("issue", key, "progress", f"合并后的进展 {n}")
                    for n, key in enumerate(keys)
                ),
            )
        elif op == "import":
            plan = big_plan(int(arg), title="新一轮巡察")
        counter = _counting(engine)
        if kill_at_statement:
            _kill_at_statement(engine, kill_at_statement)
        conn.send("ready")
        if op == "undo":
            service.undo_batch(int(arg))
        else:
            service.apply_plan(plan, target)
        conn.send(counter[0])
    elif op == "export":
        import xlsxwriter

        from desktop.files import atomic_path

        rows = int(arg)
        conn.send("ready")
        with atomic_path(Path(location)) as temp:
            workbook = xlsxwriter.Workbook(str(temp))
            sheet = workbook.add_worksheet("台账")
            for r in range(rows):
                sheet.write_row(r, 0, [str(r), f"第{r}个问题：" + "整改内容" * 10, "已完成"])
            workbook.close()
        conn.send(0)
    elif op == "backup":
        from desktop.services.backups import make_backup

        conn.send("ready")
        make_backup(Path(location), "manual")
        conn.send(0)
    else:
        raise ValueError(op)


def killed_in_journal_transaction(location: str) -> None:
    """Grow a rollback-journal ledger inside a transaction with a tiny page cache (so
    pages are written to the file before the commit), then SIGKILL ourselves before
    committing: a hot journal is left beside the file."""
    import sqlite3

    connection = sqlite3.connect(location, isolation_level=None)
    connection.execute("PRAGMA cache_size=8")
    connection.execute("BEGIN IMMEDIATE")
    for n in range(3000):
        connection.execute(
            "INSERT INTO setting (name, value) VALUES (?, ?)", (f"killed-{n}", "值" * 700)
        )
    os.kill(os.getpid(), signal.SIGKILL)


# ------------------------------------------------------------ a real write failure
def write_with_size_limit(location: str, extra_bytes: int, conn: Connection) -> None:
    """Apply a large import while the OS refuses to let any file grow more than
    ``extra_bytes`` past the ledger's size (RLIMIT_FSIZE: the write fails like on a
    full disk). Sends back the error's class and message."""
    import resource

    from desktop.services.ledger import LedgerService
    from desktop.storage.errors import LedgerError
    from desktop.storage.migrate import open_ledger

    engine = open_ledger(location)
    service = LedgerService(engine, "测试员")
    service.list_issues()  # connect before the limit
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a dead process
    limit = Path(location).stat().st_size + extra_bytes
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    try:
        service.apply_plan(big_plan(300), None)
        conn.send(("done", ""))
    except LedgerError as exc:
        conn.send((type(exc).__name__, exc.message))
    except Exception as exc:
        conn.send((type(exc).__name__, str(exc)))


def cli_with_size_limit(argv: list[str], limit: int, conn: Connection) -> None:
    """Run ``rectify ARGV`` while the OS refuses to let any file grow past ``limit``
    bytes (RLIMIT_FSIZE: a failed write(2), the emulation of a full disk where no small
    file system can be mounted). Sends back the exit code and what it printed."""
    import contextlib
    import io
    import resource

    from desktop.cli import main

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a dead process
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = main(argv)
    conn.send((code, out.getvalue()))


def hold_write_lock(location: str, conn: Connection) -> None:
    """Hold the ledger's write lock (an open write transaction, as another program or a
    colleague's long save does) until the parent says "release"."""
    import sqlite3

    connection = sqlite3.connect(location, isolation_level=None)
    connection.execute("BEGIN EXCLUSIVE")
    connection.execute("UPDATE setting SET value = value WHERE name = 'history_head'")
    conn.send("locked")
    conn.recv()
    connection.execute("ROLLBACK")
    connection.close()
    conn.send("released")
