"""Kill the process (SIGKILL) at random points during a large import, a merge, an undo
of an import, an export and a backup. After every kill the ledger opens, passes
``rectify check``, and holds either everything from before the operation or everything
from after it; an exported file is the old file or the complete new one; a backup file
is absent or complete.

Kill points: half of the kills land right after a randomly chosen SQL statement of the
operation (inside its transaction, before or at the commit), the other half after a
random delay over the operation's measured duration (anywhere, including the commit's
writes and syncs). The parent waits for the child with a timeout, never sleeps.
``RECTIFY_KILLS`` sets the number of kills per operation (default 4, 20 in all) and
``RECTIFY_KILL_SEED`` the random seed, printed with every failure.

These run the services in-process children, quickly, in ``make test``, and cover what the
command line cannot reach (undo, backups with evidence files). The crash harness
(``tests/crash``, ``make crash``) kills the real command line 210 times.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import random
import shutil
import signal
import time
from dataclasses import dataclass
from multiprocessing.context import ForkServerContext
from pathlib import Path
from typing import Any

import pytest

from desktop.services.check import check_location
from desktop.services.ledger import LedgerService
from desktop.storage.backup import read_summary, verify_file
from desktop.storage.migrate import open_ledger
from tests.tools.safety_workers import base_ledger, fingerprint, operation

pytestmark = pytest.mark.sqlite_only

KILLS = int(os.environ.get("RECTIFY_KILLS", "4"))
SEED = int(os.environ.get("RECTIFY_KILL_SEED", str(time.time_ns() % 1_000_000)))
BASE_ISSUES = 200  # the ledger the operations start from: demo + this many issues
IMPORT_ISSUES = 300  # a large import: 300 issues, 600 measures, 1,200 history entries
EXPORT_ROWS = 4000


@dataclass(frozen=True)
class Base:
    """The ledger every run starts from, and the batch of its big import (to undo)."""

    path: Path
    import_batch: int


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Base:
    path = tmp_path_factory.mktemp("kill") / "base.sqlite"
    return Base(path, base_ledger(path, demo_template, BASE_ISSUES))


def _fresh(base: Base, folder: Path) -> Path:
    folder.mkdir()
    ledger = folder / "ledger.sqlite"
    shutil.copy(base.path, ledger)
    return ledger


@dataclass
class Run:
    """One run of an operation in a child: whether it was killed, and (for a finished
    run) how long it took and how many SQL statements it ran."""

    killed: bool
    seconds: float
    statements: int


def _run(
    ctx: ForkServerContext,
    op: str,
    location: Path,
    arg: Any,
    *,
    kill_at_statement: int = 0,
    kill_after: float | None = None,
) -> Run:
    parent, child = ctx.Pipe()
    process = ctx.Process(target=operation, args=(op, str(location), arg, kill_at_statement, child))
    process.start()
    child.close()
    try:
        assert parent.poll(60), f"{op}: the child did not get ready"
        assert parent.recv() == "ready"
        started = time.perf_counter()
        if kill_after is not None:
            process.join(timeout=kill_after)
            if process.is_alive():
                os.kill(process.pid or 0, signal.SIGKILL)
        process.join(timeout=60)
        seconds = time.perf_counter() - started
        statements = -1
        if parent.poll():  # also true at end-of-file, when the child died first
            with contextlib.suppress(EOFError):
                statements = parent.recv()
    finally:
        parent.close()
        if process.is_alive():
            process.kill()
            process.join()
    killed = process.exitcode == -signal.SIGKILL
    assert killed or process.exitcode == 0, f"{op}: the child failed ({process.exitcode})"
    return Run(killed, seconds, int(statements))


def _schedule(rng: random.Random, reference: Run, statement_kills: bool) -> list[dict[str, Any]]:
    """Kill points: after a random statement for half the kills, after a random delay
    for the rest (and for all of them when the operation runs no SQL)."""
    points: list[dict[str, Any]] = []
    for n in range(KILLS):
        if statement_kills and n % 2 == 0 and reference.statements > 0:
            points.append({"kill_at_statement": rng.randint(1, reference.statements)})
        else:
            points.append({"kill_after": rng.uniform(0, reference.seconds * 1.1)})
    return points


def _ledger_is_sound(path: Path, where: str) -> None:
    report = check_location(path)
    assert report.ok, f"{where}: {[f.message for f in report.findings]}"
    open_ledger(path).dispose()  # it opens (and needs no repair)


@pytest.mark.parametrize("op", ["import", "merge", "undo"])
def test_killed_ledger_operations_leave_before_or_after(
    op: str, base: Base, context: ForkServerContext, tmp_path: Path
) -> None:
    rng = random.Random(f"{SEED}-{op}")
    arg = {"import": IMPORT_ISSUES, "merge": None, "undo": base.import_batch}[op]
    before = fingerprint(str(base.path))
    reference_ledger = _fresh(base, tmp_path / "reference")
    reference = _run(context, op, reference_ledger, arg)
    assert not reference.killed
    after = fingerprint(str(reference_ledger))
    assert after != before
    outcomes = []
    for n, point in enumerate(_schedule(rng, reference, statement_kills=True)):
        where = f"{op}, kill {n} at {point}, seed {SEED}"
        ledger = _fresh(base, tmp_path / f"run{n}")
        run = _run(context, op, ledger, arg, **point)
        _ledger_is_sound(ledger, where)
        state = fingerprint(str(ledger))
        assert state in (before, after), f"{where}: the ledger holds a half-done {op}"
        outcomes.append("after" if state == after else "before")
        if not run.killed:
            assert state == after, where
        elif "kill_at_statement" in point:
            # Every statement counted runs inside the operation's one transaction (the
            # commit is not a statement): killed there, nothing of it may remain.
            assert state == before, where
    assert len(outcomes) == KILLS


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_killed_export_leaves_the_old_file_or_the_complete_new_one(
    context: ForkServerContext, tmp_path: Path
) -> None:
    rng = random.Random(f"{SEED}-export")
    reference = tmp_path / "reference.xlsx"
    run = _run(context, "export", reference, EXPORT_ROWS)
    assert not run.killed
    from openpyxl import load_workbook

    new_rows = load_workbook(reference, read_only=True)["台账"].max_row
    assert new_rows == EXPORT_ROWS
    for n, point in enumerate(_schedule(rng, run, statement_kills=False)):
        folder = tmp_path / f"run{n}"
        folder.mkdir()
        target = folder / "台账.xlsx"
        old = b"the previous export, still wanted"
        target.write_bytes(old)
        _run(context, "export", target, EXPORT_ROWS, **point)
        where = f"export, kill {n} at {point}, seed {SEED}"
        content = target.read_bytes()
        if content != old:
            # xlsxwriter stamps the time into the file: compare what it holds.
            workbook = load_workbook(target, read_only=True)
            assert workbook["台账"].max_row == new_rows, where
            workbook.close()
        leftovers = [p.name for p in folder.iterdir() if p.name != "台账.xlsx"]
        assert all(name.startswith(".~台账.") for name in leftovers), where


def test_killed_backup_leaves_no_broken_backup(
    base: Base, context: ForkServerContext, tmp_path: Path
) -> None:
    rng = random.Random(f"{SEED}-backup")
    reference_ledger = _fresh(base, tmp_path / "reference")
    run = _run(context, "backup", reference_ledger, None)
    assert not run.killed
    expected = read_summary(reference_ledger)
    for n, point in enumerate(_schedule(rng, run, statement_kills=False)):
        ledger = _fresh(base, tmp_path / f"run{n}")
        _run(context, "backup", ledger, None, **point)
        where = f"backup, kill {n} at {point}, seed {SEED}"
        _ledger_is_sound(ledger, where)
        backups = ledger.parent / "backups"
        for path in backups.glob("*.sqlite") if backups.is_dir() else []:
            assert verify_file(path) == [], where
            assert read_summary(path) == expected, where


EVIDENCE_FILES = 24


@pytest.fixture(scope="module")
def base_with_evidence(base: Base, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The base ledger with evidence files attached (a few MB to copy)."""
    from desktop.domain.calendar import WorkCalendar
    from desktop.services.supervision import SupervisionService

    folder = tmp_path_factory.mktemp("kill-evidence")
    path = folder / "base.sqlite"
    shutil.copy(base.path, path)
    engine = open_ledger(path)
    service = LedgerService(engine, "测试员")
    sup = SupervisionService(service, calendar=WorkCalendar())
    rng = random.Random(SEED)
    for n, issue in enumerate(service.list_issues()[:EVIDENCE_FILES]):
        source = folder / f"材料{n}.pdf"
        source.write_bytes(rng.randbytes(250_000))
        sup.attach_evidence(issue.id, source)
    engine.dispose()
    shutil.rmtree(folder / "backups", ignore_errors=True)
    return path


def test_killed_backup_with_evidence_lists_only_complete_backups(
    base_with_evidence: Path, context: ForkServerContext, tmp_path: Path
) -> None:
    from desktop.services.backup_evidence import STORE_NAME, backup_evidence_state, refs_of_file
    from desktop.services.evidence_store import evidence_dir_for, sha256_of

    def fresh(folder: Path) -> Path:
        folder.mkdir()
        ledger = folder / "ledger.sqlite"
        shutil.copy(base_with_evidence, ledger)
        shutil.copytree(evidence_dir_for(base_with_evidence), evidence_dir_for(ledger))
        return ledger

    rng = random.Random(f"{SEED}-backup-evidence")
    reference = _run(context, "backup", fresh(tmp_path / "reference"), None)
    assert not reference.killed
    for n, point in enumerate(_schedule(rng, reference, statement_kills=False)):
        ledger = fresh(tmp_path / f"run{n}")
        _run(context, "backup", ledger, None, **point)
        where = f"backup with evidence, kill {n} at {point}, seed {SEED}"
        backups = ledger.parent / "backups"
        for path in backups.glob("*.sqlite") if backups.is_dir() else []:
            assert verify_file(path) == [], where
            state = backup_evidence_state(path)
            assert (state.files, state.complete) == (EVIDENCE_FILES, True), where
            assert len(refs_of_file(path)) == EVIDENCE_FILES, where
        # No file in the store is half-written under its real name.
        store = backups / STORE_NAME
        for path in store.rglob("*") if store.is_dir() else []:
            if path.is_file() and not path.name.startswith("."):
                assert path.name.startswith(sha256_of(path)), where
