"""The system refuses a write in the middle of a large import (RLIMIT_FSIZE in a child
process: a real failed write(2), as on a full disk): nothing is applied, the ledger is
intact, and the message says so in Chinese. The same rule when the backup made before
the import is what cannot be written. (A full disk proper, SQLITE_FULL, is in
tests/storage/test_engine.py; ENOSPC for exported files in tests/test_files.py.)"""

from __future__ import annotations

from multiprocessing.context import ForkServerContext
from pathlib import Path

import pytest

from desktop.services.check import check_location
from tests.tools.safety_workers import fingerprint, write_with_size_limit

pytestmark = pytest.mark.sqlite_only


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        (-100_000, "导入前自动备份没有成功"),  # no room even for the backup
        (0, "写入磁盘时出错"),  # room for the backup, not for the import
        (100_000, "写入磁盘时出错"),  # the import runs out part-way
    ],
    ids=["backup", "import-start", "import-middle"],
)
def test_a_write_refused_by_the_system_leaves_the_ledger_intact(
    demo_path: Path, context: ForkServerContext, extra: int, expected: str
) -> None:
    before = fingerprint(str(demo_path))
    parent, child = context.Pipe()
    process = context.Process(target=write_with_size_limit, args=(str(demo_path), extra, child))
    process.start()
    child.close()
    assert parent.poll(60)
    kind, message = parent.recv()
    process.join(timeout=60)
    assert process.exitcode == 0
    assert kind != "done"
    assert expected in message
    assert "没有" in message  # 没有保存 / 没有进行
    assert "error" not in message.lower()  # no untranslated SQLite text
    report = check_location(demo_path)
    assert report.ok, report.findings
    assert fingerprint(str(demo_path)) == before
