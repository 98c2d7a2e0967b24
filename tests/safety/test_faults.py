"""Faults besides kills, through the real command line where a clerk or a script meets
them: each gives a clear Chinese message and loses nothing.

- the disk fills up during an import and during an export (a tmpfs of a few hundred
  KB; where this machine cannot mount one, a file-size limit on the process);
- the ledger's folder turns read-only while the ledger is open (a read-only bind
  mount; folder permissions where we cannot mount);
- another process holds the ledger's write lock;
- the evidence folder beside the ledger is gone;
- the PostgreSQL server drops the connection in the middle of a merge
  (``pg_terminate_backend`` from another connection).
"""

from __future__ import annotations

import contextlib
import io
import shutil
from multiprocessing.context import ForkServerContext
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, event, text

from desktop.cli import main as rectify
from desktop.domain.plan import FieldChange, ImportPlan
from desktop.services.ledger import LedgerService
from desktop.storage.errors import LedgerError
from desktop.storage.migrate import open_ledger
from tests.tools.safety_workers import (
    cli_with_size_limit,
    fingerprint,
    hold_write_lock,
)
from tests.tools.small_disk import can_mount, fill, read_only, small_disk

MOUNT = "tmpfs" if can_mount() else "file-size-limit"


def cli(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = rectify(list(argv))
    return code, out.getvalue()


def assert_checks(ledger: Path) -> None:
    code, printed = cli("check", "--ledger", str(ledger))
    assert code == 0, printed


@pytest.fixture(scope="module")
def big_workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workbook of 2,000 issues: its import needs about 7 MB."""
    from tests.benchmarks.generate import make_plan, write_workbook

    path = tmp_path_factory.mktemp("faults") / "大批问题.xlsx"
    write_workbook(make_plan(2000, measures=2), path)
    return path


def _limited(ctx: ForkServerContext, argv: list[str], limit: int) -> tuple[int, str]:
    parent, child = ctx.Pipe()
    process = ctx.Process(target=cli_with_size_limit, args=(argv, limit, child))
    process.start()
    child.close()
    assert parent.poll(120)
    code, printed = parent.recv()
    process.join(timeout=60)
    return int(code), str(printed)


# ------------------------------------------------------------------------ disk full
@pytest.mark.sqlite_only
def test_disk_full_during_an_import(
    demo_template: Path, big_workbook: Path, context: ForkServerContext, tmp_path: Path
) -> None:
    """Room for the ledger and its backups, not for the import: refused, nothing
    applied, the ledger checks sound, and the message says the disk is full."""
    size = demo_template.stat().st_size
    argv_for = lambda ledger: [  # noqa: E731
        "import",
        str(big_workbook),
        "--ledger",
        str(ledger),
        "--new-inspection",
        "新一轮巡察",
    ]
    if MOUNT == "tmpfs":
        with small_disk(tmp_path / "disk", size * 4 + 256 * 1024) as disk:
            ledger = disk / "台账.sqlite"
            shutil.copy(demo_template, ledger)
            before = fingerprint(str(ledger))
            code, printed = cli(*argv_for(ledger))
            assert code == 2, printed
            assert "磁盘空间已满" in printed, printed
            assert "没有保存" in printed
            assert_checks(ledger)
            assert fingerprint(str(ledger)) == before
            backups = list((disk / "backups").glob("*.sqlite"))
            assert backups, "the backup made before the import is there"
    else:
        ledger = tmp_path / "台账.sqlite"
        shutil.copy(demo_template, ledger)
        before = fingerprint(str(ledger))
        code, printed = _limited(context, argv_for(ledger), size + 100_000)
        assert code == 2, printed
        assert "没有保存" in printed, printed
        assert_checks(ledger)
        assert fingerprint(str(ledger)) == before


@pytest.mark.sqlite_only
def test_disk_full_during_an_export(
    demo_template: Path, context: ForkServerContext, tmp_path: Path
) -> None:
    """The old export stays as it was, no half-written workbook is left, the message
    names the full disk; the ledger is untouched."""
    old = b"the previous export, still wanted"
    size = demo_template.stat().st_size
    if MOUNT == "tmpfs":
        with small_disk(tmp_path / "disk", size * 3 + 256 * 1024) as disk:
            ledger = disk / "台账.sqlite"
            shutil.copy(demo_template, ledger)
            target = disk / "导出.xlsx"
            target.write_bytes(old)
            cli("stats", "--ledger", str(ledger))  # the day's backup on opening, first
            before = fingerprint(str(ledger))
            fill(disk, leave=8 * 1024)
            code, printed = cli("export", str(target), "--ledger", str(ledger))
            assert code == 2, printed
            assert "磁盘空间已满" in printed, printed
            assert "原文件" in printed, printed
            assert target.read_bytes() == old
            assert not [p.name for p in disk.iterdir() if p.name.startswith(".~")]
            (disk / "填满磁盘的文件.bin").unlink()
            assert_checks(ledger)
            assert fingerprint(str(ledger)) == before
    else:
        ledger = tmp_path / "台账.sqlite"
        shutil.copy(demo_template, ledger)
        target = tmp_path / "导出.xlsx"
        target.write_bytes(old)
        code, printed = _limited(context, ["export", str(target), "--ledger", str(ledger)], 8192)
        assert code == 2, printed
        assert "原文件" in printed, printed
        assert target.read_bytes() == old
        assert_checks(ledger)


# ------------------------------------------------------------------ read-only folder
@pytest.mark.sqlite_only
def test_the_ledger_folder_turning_read_only(demo_path: Path, tmp_path: Path) -> None:
    """A save after the folder turned read-only (a USB stick's switch, a share's
    rights changed) is refused with a message saying nothing was saved; the command
    line then opens the ledger read-only and refuses an import; nothing is lost."""
    from tests.benchmarks.generate import make_plan, write_workbook

    workbook = tmp_path / "导入.xlsx"
    write_workbook(make_plan(5, measures=1), workbook)
    folder = tmp_path / "共享"
    folder.mkdir()
    ledger = folder / "台账.sqlite"
    shutil.move(demo_path, ledger)
    engine = open_ledger(ledger)
    service = LedgerService(engine, "测试员")
    issue = service.list_issues()[0]
    service.set_issue_fields(issue.id, {"remarks": "只读之前保存的内容"})
    engine.dispose()  # the handles close between two saves, as the pool recycles them
    before = fingerprint(str(ledger))
    with read_only(folder):
        with pytest.raises(LedgerError) as raised:
            service.set_issue_fields(issue.id, {"remarks": "只读之后的修改"})
        message = raised.value.message
        assert "现在不可写入" in message, message
        assert "没有保存" in message
        assert "error" not in message.lower()
        engine.dispose()
        code, printed = cli("import", str(workbook), "--ledger", str(ledger))
        assert code == 2
        assert "只读" in printed, printed
        code, printed = cli("check", "--ledger", str(ledger))
        assert code == 0, printed
    assert service.get_issue(issue.id).remarks == "只读之前保存的内容"
    assert fingerprint(str(ledger)) == before
    engine.dispose()


# ---------------------------------------------------------------------- lock held
@pytest.mark.sqlite_only
def test_the_ledger_locked_by_another_process(
    demo_path: Path, context: ForkServerContext, tmp_path: Path
) -> None:
    """Another process holds the write lock past our wait: the import is refused with
    a message saying the ledger is in use; once the lock is released it goes through."""
    from tests.benchmarks.generate import make_plan, write_workbook

    workbook = tmp_path / "导入.xlsx"
    write_workbook(make_plan(20, measures=1), workbook)
    before = fingerprint(str(demo_path))
    argv = ["import", str(workbook), "--ledger", str(demo_path), "--new-inspection", "新巡察"]
    parent, child = context.Pipe()
    process = context.Process(target=hold_write_lock, args=(str(demo_path), child))
    process.start()
    child.close()
    try:
        assert parent.poll(60)
        assert parent.recv() == "locked"
        code, printed = cli(*argv)
        assert code == 2, printed
        assert "占用" in printed, printed
        assert "稍后再试" in printed
        parent.send("release")
        assert parent.poll(60)
        assert parent.recv() == "released"
    finally:
        process.join(timeout=60)
    assert fingerprint(str(demo_path)) == before
    code, printed = cli(*argv)
    assert code == 0, printed
    assert fingerprint(str(demo_path)) != before
    assert_checks(demo_path)


# ----------------------------------------------------------------- evidence missing
@pytest.mark.sqlite_only
def test_the_evidence_folder_missing(demo_path: Path, tmp_path: Path) -> None:
    """The folder of evidence files beside the ledger is gone (not copied with it):
    the records stay, ``rectify check`` names every missing file and says what to do,
    a backup is still made and says what it lacks, a new file can be attached."""
    from desktop.domain.calendar import WorkCalendar
    from desktop.services.evidence_store import evidence_dir_for
    from desktop.services.supervision import SupervisionService

    engine = open_ledger(demo_path)
    service = LedgerService(engine, "测试员")
    supervision = SupervisionService(service, calendar=WorkCalendar())
    issues = service.list_issues()
    for n, issue in enumerate(issues[:3]):
        source = tmp_path / f"会议纪要{n}.pdf"
        source.write_bytes(f"%PDF 纪要 {n}".encode())
        supervision.attach_evidence(issue.id, source)
    engine.dispose()
    shutil.rmtree(evidence_dir_for(demo_path))
    before = fingerprint(str(demo_path))

    code, printed = cli("check", "--ledger", str(demo_path))
    assert code == 1, printed
    for n in range(3):
        assert f"会议纪要{n}.pdf" in printed, printed
    assert "佐证材料" in printed
    assert "记录" in printed  # the records themselves are safe
    code, printed = cli("backup", "--ledger", str(demo_path))
    assert code == 0, printed
    assert "缺失" in printed, printed

    engine = open_ledger(demo_path)
    service = LedgerService(engine, "测试员")
    supervision = SupervisionService(service, calendar=WorkCalendar())
    again = tmp_path / "补充材料.pdf"
    again.write_bytes(b"%PDF new")
    supervision.attach_evidence(issues[3].id, again)
    assert evidence_dir_for(demo_path).is_dir()
    engine.dispose()
    assert fingerprint(str(demo_path)) != before  # the new record; the old ones kept
    with open_ledger(demo_path).connect() as c:
        assert c.scalar(text("SELECT count(*) FROM evidence")) == 4


# --------------------------------------------------------- the server goes away
@pytest.mark.postgres
def test_postgresql_dropping_the_connection_in_the_middle_of_a_merge(pg_url: str) -> None:
    """The server ends our session (``pg_terminate_backend``) after the merge has
    written part of its changes: the merge fails with a message saying the connection
    was lost and nothing was saved, the ledger holds none of it, and the same merge
    goes through once the connection is back."""
    from desktop.services.demo import load_demo

    engine = open_ledger(pg_url)
    service = LedgerService(engine, "测试员")
    load_demo(service)
    keys = [i.key for i in service.list_issues()]
    plan = ImportPlan(
        file="回收台账.xlsx",
        source_kind="merge",
        changes=tuple(
            FieldChange("issue", key, "progress", f"合并后的进展 {n}") for n, key in enumerate(keys)
        ),
    )
    target = service.list_inspections()[0].id
    before = fingerprint(pg_url)
    killer = create_engine(pg_url.replace("postgresql://", "postgresql+psycopg://", 1))
    statements = [0]

    def drop_midway(_conn: Any, cursor: Any, statement: str, *_args: Any) -> None:
        statements[0] += 1
        if statements[0] == 12:
            pid = cursor.connection.info.backend_pid
            with killer.begin() as c:
                c.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})

    event.listen(engine, "after_cursor_execute", drop_midway)
    with pytest.raises(LedgerError) as raised:
        service.apply_plan(plan, target)
    event.remove(engine, "after_cursor_execute", drop_midway)
    assert statements[0] >= 12
    message = raised.value.message
    assert "连接中断" in message, message
    assert "没有保存" in message
    assert fingerprint(pg_url) == before
    service.apply_plan(plan, target)  # a new connection: it goes through
    assert fingerprint(pg_url) != before
    code, printed = cli("check", "--ledger", pg_url)
    assert code == 0, printed
    engine.dispose()
    killer.dispose()
