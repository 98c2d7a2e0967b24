"""The crash harness: the real command line killed (SIGKILL) at many random, seeded
points of import, merge, export, hand-out, backup, restore and migration (see
``harness.py`` for where the kills land). After every kill:

- ``rectify check`` passes on the ledger, and it opens;
- the data is all or nothing: the ledger holds what it held before the command or
  everything the command's undisturbed reference run wrote (a batch whole or absent);
- no target file is left truncated: an export or a hand-out is the old file or a
  complete new workbook, a backup is absent or complete, the restored ledger is the
  ledger before or the backup;
- whatever temporary files the kill left are ours (``.~…``, ``.incoming-…``, ``….part``)
  and never under a target's own name.

Run with ``make crash`` (also run by CI); it prints the kills per operation. Not part of
``make test``'s default run (marker ``crash``): ``tests/safety/test_kill.py`` kills the
same operations 20 times there, through the services.
"""

from __future__ import annotations

import contextlib
import io
import shutil
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.context import ForkServerContext
from pathlib import Path

import pytest

from desktop.cli import main as rectify
from desktop.services.ledger import LedgerService
from desktop.storage.backup import read_summary, verify_file
from desktop.storage.migrate import SCHEMA_HEAD, current_revision, open_ledger
from tests.crash.harness import (
    Observed,
    Point,
    Reference,
    disk_state,
    kill_where,
    kills_for,
    leftovers,
    run_at,
    run_forked,
    run_fresh,
    schedule,
    tally,
    timed,
)
from tests.tools.safety_workers import big_plan, fingerprint

pytestmark = [pytest.mark.crash, pytest.mark.sqlite_only]

BASE_ISSUES = 200  # the ledger the commands start from: the demo and these
IMPORT_ISSUES = 1500  # a large import: 1,500 issues and 3,000 measures, a 5 MB commit

# Kills per operation (times RECTIFY_CRASH_SCALE): 210 in all, each one a process that
# was killed (a run that finished before its kill point is checked and not counted).
KILLS = {
    "import": 48,
    "merge": 32,
    "export": 24,
    "handout": 24,
    "backup": 24,
    "restore": 30,
    "migration": 28,
}


def cli(*argv: str) -> tuple[int, str]:
    """``rectify ARGV`` in this process: exit code, and what it printed."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = rectify(list(argv))
    return code, out.getvalue()


@dataclass(frozen=True)
class Base:
    path: Path
    demo_title: str


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Base:
    path = tmp_path_factory.mktemp("crash-base") / "ledger.sqlite"
    shutil.copy(demo_template, path)
    engine = open_ledger(path)
    service = LedgerService(engine, "测试员")
    title = service.list_inspections()[0].title
    service.apply_plan(big_plan(BASE_ISSUES, title="上一轮巡察"))
    engine.dispose()
    shutil.rmtree(path.parent / "backups", ignore_errors=True)
    return Base(path, title)


def fresh_copy(source: Path, folder: Path) -> Path:
    """A run's own folder with a copy of the ledger (no backups, no -wal)."""
    folder.mkdir(parents=True)
    ledger = folder / "ledger.sqlite"
    shutil.copy(source, ledger)
    return ledger


def reference(
    ctx: ForkServerContext, argv: Callable[[Path], list[str]], make: Iterator[Path]
) -> tuple[Path, Reference]:
    """The command run undisturbed, forked and fresh; the forked run's folder (what
    the command leaves when it finishes) and both runs' measures."""
    first, second = next(make), next(make)
    forked = run_forked(ctx, argv(first), first)
    assert not forked.killed
    assert forked.code == 0, (first / "err.txt").read_text()
    fresh = run_fresh(argv(second), second)
    assert not fresh.killed
    assert fresh.code == 0, (second / "err.txt").read_text()
    return first, Reference(forked, fresh)


def assert_sound(ledger: Path, where: str) -> None:
    """``rectify check`` passes and the ledger opens."""
    code, printed = cli("check", "--ledger", str(ledger))
    assert code == 0, f"{where}: rectify check: {printed}"
    open_ledger(ledger).dispose()


def assert_ours(folder: Path, where: str) -> None:
    """Whatever a kill left behind is a temporary file of ours, not a target's name."""
    for name in leftovers(folder):
        leaf = Path(name).name
        assert leaf.startswith((".~", ".incoming-")) or leaf.endswith(".part"), where


def assert_backups_whole(ledger: Path, where: str) -> None:
    folder = ledger.parent / "backups"
    for path in folder.glob("*.sqlite") if folder.is_dir() else []:
        assert verify_file(path) == [], f"{where}: {path.name} is damaged"
        read_summary(path)


def assert_workbook_whole(path: Path, rows: int | None, where: str) -> None:
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None, f"{where}: {path.name}"
    if rows is not None:
        from openpyxl import load_workbook

        workbook = load_workbook(path, read_only=True)
        try:
            assert workbook.worksheets[0].max_row == rows, f"{where}: {path.name}"
        finally:
            workbook.close()


def kill_runs(
    ctx: ForkServerContext,
    op: str,
    argv_for: Callable[[Path], list[str]],
    make: Iterator[Path],
    reference_runs: Reference,
) -> Iterator[tuple[int, Point, Path, Observed]]:
    """The kills of ``op`` (its number of them, :data:`KILLS`): each run's number,
    point, folder and what happened. A run the kill came too late for (the command
    had finished) is checked too, and another point is drawn for it."""
    wanted = kills_for(KILLS[op])
    killed = 0
    for n, point in enumerate(schedule(op, reference_runs)):
        assert n < 3 * wanted, f"{op}: only {killed} of {n} runs were killed"
        folder = next(make)
        observed = run_at(ctx, argv_for(folder), folder, point)
        state = disk_state(folder / "ledger.sqlite")
        tally(op, point, observed, state)
        yield n, point, folder, observed
        killed += observed.killed
        if killed == wanted:
            return


def folders(root: Path, source: Path | None) -> Iterator[Path]:
    n = 0
    while True:
        n += 1
        folder = root / f"run{n}"
        if source is not None:
            fresh_copy(source, folder)
        else:
            folder.mkdir(parents=True)
        yield folder


# --------------------------------------------------------------------- ledger batches
@pytest.fixture(scope="module")
def import_workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.benchmarks.generate import make_plan, write_workbook

    path = tmp_path_factory.mktemp("crash-import") / "新一轮巡察.xlsx"
    write_workbook(make_plan(IMPORT_ISSUES, measures=2), path)
    return path


def test_import(
    base: Base, import_workbook: Path, crash_context: ForkServerContext, tmp_path: Path
) -> None:
    def argv(folder: Path) -> list[str]:
        return ["import", str(import_workbook), "--ledger", str(folder / "ledger.sqlite"),
                "--new-inspection", "新一轮巡察"]

    batch_runs(crash_context, "import", base.path, argv, tmp_path)


@pytest.fixture(scope="module")
def returned_handout(base: Base, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A unit's hand-out, every row's progress filled in."""
    from tests.excel.handoff_helpers import fill, open_handout

    folder = tmp_path_factory.mktemp("crash-handout")
    code, printed = cli("handout", str(folder), "--ledger", str(base.path),
                        "--inspection", base.demo_title)
    assert code == 0, printed
    shutil.rmtree(base.path.parent / "backups", ignore_errors=True)
    source = max(folder.glob("*.xlsx"), key=lambda p: len(open_handout(p).rows))
    keys = open_handout(source).rows
    edits = {key: {"整改进展": f"单位填报：第{n}项已按期推进"} for n, key in enumerate(keys)}
    (folder / "回收").mkdir()
    return fill(source, folder / "回收" / source.name, edits)


def test_merge(
    base: Base, returned_handout: Path, crash_context: ForkServerContext, tmp_path: Path
) -> None:
    def argv(folder: Path) -> list[str]:
        return ["merge", str(returned_handout), "--ledger", str(folder / "ledger.sqlite"),
                "--take", "theirs"]

    batch_runs(crash_context, "merge", base.path, argv, tmp_path)


def batch_runs(
    ctx: ForkServerContext,
    op: str,
    source: Path,
    argv: Callable[[Path], list[str]],
    root: Path,
) -> None:
    """An operation that writes one batch: after every kill the ledger holds it whole
    or not at all."""
    with timed(op):
        before = fingerprint(str(source))
        make = folders(root, source)
        first, ref = reference(ctx, argv, make)
        after = fingerprint(str(first / "ledger.sqlite"))
        assert after != before
        for n, point, folder, observed in kill_runs(ctx, op, argv, make, ref):
            where = kill_where(op, n, point)
            ledger = folder / "ledger.sqlite"
            assert_ours(folder, where)
            assert_sound(ledger, where)
            assert_backups_whole(ledger, where)
            state = fingerprint(str(ledger))
            assert state in (before, after), f"{where}: the ledger holds a half-done {op}"
            if not observed.killed:
                assert state == after, where
            elif point.kind == "statement":
                # Every statement runs inside a transaction not yet committed.
                assert state == before, where


# ------------------------------------------------------------------------ files out
def test_export(base: Base, crash_context: ForkServerContext, tmp_path: Path) -> None:
    op = "export"
    old = b"the previous export, still wanted"

    def argv(folder: Path) -> list[str]:
        target = folder / "台账.xlsx"
        if not target.exists():
            target.write_bytes(old)
        return ["export", str(target), "--ledger", str(folder / "ledger.sqlite")]

    with timed(op):
        make = folders(tmp_path, base.path)
        first, ref = reference(crash_context, argv, make)
        from openpyxl import load_workbook

        rows = load_workbook(first / "台账.xlsx", read_only=True).worksheets[0].max_row
        for n, point, folder, observed in kill_runs(crash_context, op, argv, make, ref):
            where = kill_where(op, n, point)
            target = folder / "台账.xlsx"
            assert_ours(folder, where)
            if target.read_bytes() != old:
                assert_workbook_whole(target, rows, where)
            elif not observed.killed:
                pytest.fail(f"{where}: finished but the old file is still there")
            assert_sound(folder / "ledger.sqlite", where)


def test_handout(base: Base, crash_context: ForkServerContext, tmp_path: Path) -> None:
    op = "handout"

    def argv(folder: Path) -> list[str]:
        return ["handout", str(folder / "分发"), "--ledger", str(folder / "ledger.sqlite"),
                "--inspection", base.demo_title]

    with timed(op):
        make = folders(tmp_path, base.path)
        first, ref = reference(crash_context, argv, make)
        expected = {p.name for p in (first / "分发").glob("*.xlsx")}
        assert len(expected) > 3
        for n, point, folder, observed in kill_runs(crash_context, op, argv, make, ref):
            where = kill_where(op, n, point)
            assert_ours(folder, where)
            written = {p.name for p in (folder / "分发").glob("*.xlsx")}
            assert written <= expected, where
            for name in written:
                assert_workbook_whole(folder / "分发" / name, None, where)
            if not observed.killed:
                assert written == expected, where
            assert_sound(folder / "ledger.sqlite", where)
            fingerprint(str(folder / "ledger.sqlite"))


# -------------------------------------------------------------------- backups and restore
def test_backup(base: Base, crash_context: ForkServerContext, tmp_path: Path) -> None:
    op = "backup"

    def argv(folder: Path) -> list[str]:
        return ["backup", "--ledger", str(folder / "ledger.sqlite")]

    with timed(op):
        expected = read_summary(base.path)
        make = folders(tmp_path, base.path)
        _first, ref = reference(crash_context, argv, make)
        for n, point, folder, observed in kill_runs(crash_context, op, argv, make, ref):
            where = kill_where(op, n, point)
            ledger = folder / "ledger.sqlite"
            assert_ours(folder, where)
            assert_sound(ledger, where)
            backups = sorted((folder / "backups").glob("*.sqlite"))
            for path in backups:
                assert verify_file(path) == [], where
                assert read_summary(path) == expected, where
            if not observed.killed:
                assert backups, where


@pytest.fixture(scope="module")
def older_backup(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A backup holding the demo ledger only (the base without its 200 issues)."""
    folder = tmp_path_factory.mktemp("crash-restore-source")
    ledger = fresh_copy(demo_template, folder / "old")
    target = folder / "backups" / "ledger-20260101-080000-manual.sqlite"
    target.parent.mkdir()
    code, printed = cli("backup", "--ledger", str(ledger), "--to", str(target))
    assert code == 0, printed
    return target


def test_restore(
    base: Base, older_backup: Path, demo_template: Path, crash_context: ForkServerContext,
    tmp_path: Path
) -> None:
    op = "restore"

    def argv(folder: Path) -> list[str]:
        backups = folder / "backups"
        if not backups.exists():
            shutil.copytree(older_backup.parent, backups)
        return ["restore", str(backups / older_backup.name), "--ledger",
                str(folder / "ledger.sqlite")]

    with timed(op):
        before = fingerprint(str(base.path))
        restored = fingerprint(str(demo_template))
        make = folders(tmp_path, base.path)
        first, ref = reference(crash_context, argv, make)
        assert fingerprint(str(first / "ledger.sqlite")) == restored
        for n, point, folder, observed in kill_runs(crash_context, op, argv, make, ref):
            where = kill_where(op, n, point)
            ledger = folder / "ledger.sqlite"
            assert_ours(folder, where)
            assert_sound(ledger, where)
            assert_backups_whole(ledger, where)
            state = fingerprint(str(ledger))
            assert state in (before, restored), f"{where}: a half-restored ledger"
            if not observed.killed:
                assert state == restored, where


# ----------------------------------------------------------------------------- migration
@pytest.fixture(scope="module")
def old_ledger(base: Base, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The base ledger at schema revision 0002 (before the evidence tables)."""
    from alembic import command

    from desktop.storage.engine import create_ledger_engine
    from desktop.storage.migrate import alembic_config

    path = tmp_path_factory.mktemp("crash-old") / "ledger.sqlite"
    shutil.copy(base.path, path)
    engine = create_ledger_engine(path)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0002")
    engine.dispose()
    return path


def test_migration(
    base: Base, old_ledger: Path, crash_context: ForkServerContext, tmp_path: Path
) -> None:
    """Opening an older ledger upgrades it (after a backup): killed anywhere in that,
    the ledger is the old one or the upgraded one, with all its data."""
    op = "migration"

    def argv(folder: Path) -> list[str]:
        return ["stats", "--ledger", str(folder / "ledger.sqlite")]

    def revision(ledger: Path) -> str | None:
        from desktop.storage.engine import create_ledger_engine

        engine = create_ledger_engine(ledger, read_only=True)
        try:
            return current_revision(engine)
        finally:
            engine.dispose()

    with timed(op):
        data = fingerprint(str(base.path))
        make = folders(tmp_path, old_ledger)
        first, ref = reference(crash_context, argv, make)
        assert revision(first / "ledger.sqlite") == SCHEMA_HEAD
        for n, point, folder, observed in kill_runs(crash_context, op, argv, make, ref):
            where = kill_where(op, n, point)
            ledger = folder / "ledger.sqlite"
            assert_ours(folder, where)
            assert revision(ledger) in ("0002", SCHEMA_HEAD), where
            assert_sound(ledger, where)  # opening it finishes the upgrade
            assert revision(ledger) == SCHEMA_HEAD, where
            assert_backups_whole(ledger, where)
            assert fingerprint(str(ledger)) == data, f"{where}: data lost in the upgrade"
            if not observed.killed:
                assert len(list((folder / "backups").glob("*-upgrade*.sqlite"))) >= 1, where
