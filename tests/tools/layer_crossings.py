"""Calls between the storage and services layers, counted while some code runs: how
often storage calls up into services (a callback or a late import that really is a
service) and services call down into storage. Frames of other packages (the standard
library, SQLAlchemy) are looked through: a call counts between the nearest ``desktop``
frames on either side.

Run as a script, it counts the calls of opening a ledger for an import (the ledger
opened and backed up for the day, then backed up before the import), on the demo
ledger with an evidence file, yesterday's backup and a change since:

    .venv/bin/python -m tests.tools.layer_crossings
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from types import FrameType
from typing import Any

UP = "storage -> services"
DOWN = "services -> storage"


def _layer(frame: FrameType | None) -> tuple[str, FrameType | None]:
    """The layer (``desktop.<layer>``) of the nearest ``desktop`` frame, and that frame."""
    while frame is not None:
        name = str(frame.f_globals.get("__name__", ""))
        if name.startswith("desktop."):
            return name.split(".")[1], frame
        frame = frame.f_back
    return "", None


@contextmanager
def crossings() -> Iterator[Counter[str]]:
    """Count calls from storage into services (:data:`UP`) and from services into
    storage (:data:`DOWN`) made in this thread while the block runs; ``UP`` calls are
    also counted by callee (``"up: module.function"``)."""
    counts: Counter[str] = Counter()

    def profile(frame: FrameType, event: str, _arg: Any) -> None:
        if event != "call":
            return
        name = str(frame.f_globals.get("__name__", ""))
        if not name.startswith("desktop."):
            return
        callee = name.split(".")[1]
        caller, _ = _layer(frame.f_back)
        if caller == "storage" and callee == "services":
            counts[UP] += 1
            counts[f"up: {name}.{frame.f_code.co_name}"] += 1
        elif caller == "services" and callee == "storage":
            counts[DOWN] += 1

    previous = sys.getprofile()
    sys.setprofile(profile)
    try:
        yield counts
    finally:
        sys.setprofile(previous)


def open_for_import(path: Path) -> None:
    """What the command line's ``rectify import`` does before it reads the plan's first
    row into the ledger: open the ledger, the automatic backup of the day, and the
    backup before the import."""
    from desktop.services.backups import backup_before, backup_on_open
    from desktop.services.ledger import LedgerService
    from desktop.storage.migrate import open_ledger

    engine = open_ledger(path)
    try:
        backup_on_open(engine)
        backup_before(LedgerService(engine, "测试员"), "import")
    finally:
        engine.dispose()


def prepare(folder: Path) -> Path:
    """The demo ledger with one evidence file, a backup made yesterday, and a change
    since (so that opening it makes the day's backup)."""
    from desktop.domain.calendar import WorkCalendar
    from desktop.services.backups import make_backup
    from desktop.services.demo import load_demo
    from desktop.services.ledger import LedgerService
    from desktop.services.supervision import SupervisionService
    from desktop.storage.migrate import open_ledger

    path = folder / "ledger.sqlite"
    engine = open_ledger(path)
    try:
        service = LedgerService(engine, "测试员")
        load_demo(service)
        issue = service.list_issues()[0]
        source = folder / "纪要.pdf"
        source.write_bytes(b"%PDF-1.4 minutes")
        SupervisionService(service, calendar=WorkCalendar()).attach_evidence(issue.id, source)
        make_backup(engine, "manual", when=datetime.now() - timedelta(days=1))
        service.set_issue_fields(issue.id, {"progress": "昨天备份之后的修改"})
    finally:
        engine.dispose()
    return path


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        path = prepare(Path(tmp))
        with crossings() as counts:
            open_for_import(path)
    for key, n in sorted(counts.items(), key=lambda kv: (kv[0] not in (UP, DOWN), kv[0])):
        print(f"{n:6d}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
