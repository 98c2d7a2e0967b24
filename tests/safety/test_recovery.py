"""A ledger killed while SQLite wrote it is recovered by SQLite, not refused: a kill
during a WAL checkpoint leaves a main file shorter than its header promises while the
``-wal`` beside it holds every page; a kill inside a rollback-journal transaction leaves
a hot journal. Both open, pass ``rectify check`` and hold the whole last transaction
(or none of the interrupted one). A file truncated for real is still refused, also when
a ``-wal`` lies beside it.

The WAL state is built exactly (not by a lucky kill): a large import is committed into
the ``-wal`` with automatic checkpoints off, a checkpoint copies it into the main file,
and the main file is cut back to where a kill part-way through that checkpoint leaves
it (SQLite writes the pages in ascending order, page 1 with the new page count first).
"""

from __future__ import annotations

import shutil
import sqlite3
from multiprocessing.context import ForkServerContext
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from desktop.services.check import check_location
from desktop.services.ledger import LedgerService
from desktop.storage.errors import LedgerTruncated
from desktop.storage.ledger_file import check_sqlite_file, recovery_pending
from desktop.storage.migrate import open_ledger
from tests.tools.safety_workers import big_plan, fingerprint, killed_in_journal_transaction

pytestmark = pytest.mark.sqlite_only


def _header_pages(path: Path) -> tuple[int, int]:
    """(pages the header promises, pages the file holds)."""
    header = path.read_bytes()[:100]
    page_size = int.from_bytes(header[16:18], "big")
    return int.from_bytes(header[28:32], "big"), path.stat().st_size // page_size


def _no_autocheckpoint(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA wal_autocheckpoint=0")


@pytest.fixture
def killed_in_checkpoint(demo_path: Path, tmp_path: Path) -> tuple[Path, str]:
    """A ledger as a kill during the WAL checkpoint after a 300-issue import leaves it,
    and the fingerprint of the ledger with that import complete."""
    # A second connection keeps the -wal from being checkpointed and deleted when the
    # app's engine closes.
    holder = sqlite3.connect(demo_path)
    holder.execute("SELECT count(*) FROM sqlite_master").fetchone()
    engine = open_ledger(demo_path)
    event.listen(engine, "connect", _no_autocheckpoint)
    engine.dispose()
    LedgerService(engine, "测试员").apply_plan(big_plan(300, title="新一轮巡察"))
    engine.dispose()
    before_checkpoint = demo_path.stat().st_size
    wal = Path(f"{demo_path}-wal")
    assert wal.stat().st_size > 0
    busy, log, done = holder.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    assert (busy, log == done) == (0, True)
    after_checkpoint = demo_path.stat().st_size
    assert after_checkpoint > before_checkpoint  # the import grew the file

    crashed = tmp_path / "crashed" / "ledger.sqlite"
    crashed.parent.mkdir()
    # The checkpoint wrote page 1 and part of the pages that grow the file, no further.
    cut = before_checkpoint + (after_checkpoint - before_checkpoint) // 3
    cut -= cut % 4096
    crashed.write_bytes(demo_path.read_bytes()[:cut])
    shutil.copy(wal, f"{crashed}-wal")  # the -wal still holds every page
    holder.close()
    complete = fingerprint(str(demo_path))
    promised, held = _header_pages(crashed)
    assert promised > held, "not the state of a kill inside the checkpoint"
    return crashed, complete


def test_a_kill_during_the_wal_checkpoint_is_recovered_not_refused(
    killed_in_checkpoint: tuple[Path, str],
) -> None:
    crashed, complete = killed_in_checkpoint
    report = check_location(crashed)
    assert report.ok, [f.message for f in report.findings]
    assert not any(f.code == "truncated" for f in report.findings)
    open_ledger(crashed).dispose()
    assert fingerprint(str(crashed)) == complete  # the import is there, whole
    promised, held = _header_pages(crashed)
    assert held >= promised  # SQLite finished the checkpoint


def test_the_quick_first_view_waits_for_the_recovery(
    killed_in_checkpoint: tuple[Path, str],
) -> None:
    """The window's first paint does not give up on such a file either."""
    from desktop.services.quick_open import read_first_view

    crashed, _complete = killed_in_checkpoint
    view = read_first_view(str(crashed))
    assert view is not None
    assert any(i.title == "新一轮巡察" for i in view.inspections)


def test_a_file_truncated_for_real_is_refused_even_beside_a_wal(
    demo_path: Path, tmp_path: Path
) -> None:
    """A copy cut short while its -wal holds one small transaction: the -wal has few
    pages, not the ones cut off, so after recovery the file is still short and is
    called truncated."""
    holder = sqlite3.connect(demo_path)
    holder.execute("SELECT count(*) FROM sqlite_master").fetchone()
    engine = open_ledger(demo_path)
    event.listen(engine, "connect", _no_autocheckpoint)
    engine.dispose()
    service = LedgerService(engine, "测试员")
    issue = service.list_issues()[0]
    service.set_issue_fields(issue.id, {"remarks": "最后一次修改"})
    engine.dispose()
    cut = tmp_path / "cut" / "ledger.sqlite"
    cut.parent.mkdir()
    data = demo_path.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    shutil.copy(f"{demo_path}-wal", f"{cut}-wal")
    holder.close()
    assert recovery_pending(cut)
    with pytest.raises(LedgerTruncated, match="文件被截断"):
        check_sqlite_file(cut)
    report = check_location(cut)
    assert [f.code for f in report.findings][:1] == ["truncated"]


def test_a_hot_journal_is_rolled_back_not_refused(
    demo_path: Path, context: ForkServerContext
) -> None:
    """A process killed inside a rollback-journal transaction (the journal mode of a
    backup file) that had already grown the file: SQLite rolls it back on open."""
    before = fingerprint(str(demo_path))
    engine = open_ledger(demo_path)
    engine.dispose()
    raw = sqlite3.connect(demo_path)
    raw.execute("PRAGMA journal_mode=DELETE")
    raw.close()
    process = context.Process(target=killed_in_journal_transaction, args=(str(demo_path),))
    process.start()
    process.join(timeout=60)
    assert process.exitcode == -9
    assert recovery_pending(demo_path)  # a hot journal beside it
    report = check_location(demo_path)
    assert report.ok, [f.message for f in report.findings]
    assert not recovery_pending(demo_path)
    assert fingerprint(str(demo_path)) == before
