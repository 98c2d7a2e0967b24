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
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.context import ForkServerContext
from pathlib import Path

import pytest

from desktop.cli import main as rectify
from desktop.services.ledger import LedgerService
from desktop.storage.backup import read_summary
from desktop.storage.migrate import SCHEMA_HEAD, open_ledger
from tests.crash.harness import Kill, Reference, kills, leftovers, run_forked, run_fresh, timed
from tests.tools.safety_workers import base_ledger, fingerprint

pytestmark = [pytest.mark.crash, pytest.mark.sqlite_only]

BASE_ISSUES = 200  # the ledger the commands start from: the demo and these
IMPORT_ISSUES = 1500  # a large import: 1,500 issues and 3,000 measures, a 5 MB commit


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
    base_ledger(path, demo_template, BASE_ISSUES)
    engine = open_ledger(path)
    title = LedgerService(engine, "测试员").list_inspections()[0].title
    engine.dispose()
    return Base(path, title)


def folders(root: Path, source: Path) -> Iterator[Path]:
    """Each run's own folder, with a copy of the ledger (no backups, no -wal)."""
    n = 0
    while True:
        n += 1
        folder = root / f"run{n}"
        folder.mkdir(parents=True)
        shutil.copy(source, folder / "ledger.sqlite")
        yield folder


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


def assert_left_sound(kill: Kill, op: str) -> str:
    """What every run must leave: ``rectify check`` passes, the ledger opens, every
    backup is whole, whatever temporary files are left are ours. Returns the ledger's
    fingerprint."""
    where = kill.where(op)
    facts = kill.facts
    code, printed = facts["check"]
    assert code == 0, f"{where}: rectify check: {printed}"
    assert facts["opens"] == "", f"{where}: {facts['opens']}"
    for name, (problems, _summary) in facts["backups"].items():
        assert problems == [], f"{where}: backup {name} is damaged: {problems}"
    for name in leftovers(kill.folder):
        leaf = Path(name).name
        assert leaf.startswith((".~", ".incoming-")) or leaf.endswith(".part"), where
    return str(facts["fingerprint"])


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
        ledger = folder / "ledger.sqlite"
        return [
            "import",
            str(import_workbook),
            "--ledger",
            str(ledger),
            "--new-inspection",
            "新一轮巡察",
        ]

    batch_runs(crash_context, "import", base.path, argv, tmp_path)


@pytest.fixture(scope="module")
def returned_handout(base: Base, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A unit's hand-out, every row's progress filled in."""
    from tests.excel.handoff_helpers import fill, open_handout

    folder = tmp_path_factory.mktemp("crash-handout")
    code, printed = cli(
        "handout", str(folder), "--ledger", str(base.path), "--inspection", base.demo_title
    )
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
        return [
            "merge",
            str(returned_handout),
            "--ledger",
            str(folder / "ledger.sqlite"),
            "--take",
            "theirs",
        ]

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
        for kill in kills(ctx, op, argv, make, ref):
            where = kill.where(op)
            state = assert_left_sound(kill, op)
            assert state in (before, after), f"{where}: the ledger holds a half-done {op}"
            if not kill.observed.killed:
                assert state == after, where
            elif kill.point.kind == "statement":
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

    def books(folder: Path) -> list[str]:
        return [str(folder / "台账.xlsx")]

    with timed(op):
        make = folders(tmp_path, base.path)
        first, ref = reference(crash_context, argv, make)
        from openpyxl import load_workbook

        rows = load_workbook(first / "台账.xlsx", read_only=True).worksheets[0].max_row
        for kill in kills(crash_context, op, argv, make, ref, books):
            where = kill.where(op)
            assert_left_sound(kill, op)
            target = kill.folder / "台账.xlsx"
            if target.read_bytes() != old:
                assert kill.facts["workbooks"][str(target)] == (True, rows), where
            else:
                assert kill.observed.killed, f"{where}: finished, the old file still there"


def test_handout(base: Base, crash_context: ForkServerContext, tmp_path: Path) -> None:
    op = "handout"

    def argv(folder: Path) -> list[str]:
        return [
            "handout",
            str(folder / "分发"),
            "--ledger",
            str(folder / "ledger.sqlite"),
            "--inspection",
            base.demo_title,
        ]

    expected: set[str] = set()

    def books(folder: Path) -> list[str]:
        return [str(folder / "分发" / name) for name in sorted(expected)]

    with timed(op):
        make = folders(tmp_path, base.path)
        first, ref = reference(crash_context, argv, make)
        expected.update(p.name for p in (first / "分发").glob("*.xlsx"))
        assert len(expected) > 3
        for kill in kills(crash_context, op, argv, make, ref, books):
            where = kill.where(op)
            assert_left_sound(kill, op)
            written = {p.name for p in (kill.folder / "分发").glob("*.xlsx")}
            assert written <= expected, where
            for name, found in kill.facts["workbooks"].items():
                assert found is None or found[0] is True, f"{where}: {name} is not whole"
            if not kill.observed.killed:
                assert written == expected, where


# -------------------------------------------------------------------- backups and restore
def test_backup(base: Base, crash_context: ForkServerContext, tmp_path: Path) -> None:
    op = "backup"

    def argv(folder: Path) -> list[str]:
        return ["backup", "--ledger", str(folder / "ledger.sqlite")]

    with timed(op):
        expected = repr(read_summary(base.path))
        make = folders(tmp_path, base.path)
        _first, ref = reference(crash_context, argv, make)
        for kill in kills(crash_context, op, argv, make, ref):
            where = kill.where(op)
            assert_left_sound(kill, op)
            backups = kill.facts["backups"]
            for name, (_problems, summary) in backups.items():
                assert summary == expected, f"{where}: {name}"
            if not kill.observed.killed:
                assert backups, where


@pytest.fixture(scope="module")
def older_backup(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A backup holding the demo ledger only (the base without its 200 issues)."""
    folder = tmp_path_factory.mktemp("crash-restore-source")
    (folder / "old").mkdir()
    ledger = folder / "old" / "ledger.sqlite"
    shutil.copy(demo_template, ledger)
    target = folder / "backups" / "ledger-20260101-080000-manual.sqlite"
    target.parent.mkdir()
    code, printed = cli("backup", "--ledger", str(ledger), "--to", str(target))
    assert code == 0, printed
    return target


def test_restore(
    base: Base,
    older_backup: Path,
    demo_template: Path,
    crash_context: ForkServerContext,
    tmp_path: Path,
) -> None:
    op = "restore"

    def argv(folder: Path) -> list[str]:
        backups = folder / "backups"
        if not backups.exists():
            shutil.copytree(older_backup.parent, backups)
        return [
            "restore",
            str(backups / older_backup.name),
            "--ledger",
            str(folder / "ledger.sqlite"),
        ]

    with timed(op):
        before = fingerprint(str(base.path))
        restored = fingerprint(str(demo_template))
        make = folders(tmp_path, base.path)
        first, ref = reference(crash_context, argv, make)
        assert fingerprint(str(first / "ledger.sqlite")) == restored
        for kill in kills(crash_context, op, argv, make, ref):
            where = kill.where(op)
            state = assert_left_sound(kill, op)
            assert state in (before, restored), f"{where}: a half-restored ledger"
            if not kill.observed.killed:
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

    with timed(op):
        data = fingerprint(str(base.path))
        make = folders(tmp_path, old_ledger)
        first, ref = reference(crash_context, argv, make)
        assert open_ledger(first / "ledger.sqlite").dispose() is None
        for kill in kills(crash_context, op, argv, make, ref):
            where = kill.where(op)
            assert kill.facts["revision"] in ("0002", SCHEMA_HEAD), where
            # The look at it opens it, which finishes the upgrade.
            state = assert_left_sound(kill, op)
            assert state == data, f"{where}: data lost in the upgrade"
            if not kill.observed.killed:
                assert kill.facts["revision"] == SCHEMA_HEAD, where
