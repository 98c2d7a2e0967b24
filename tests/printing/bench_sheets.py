"""Benchmark (not a test): print 200 issue sheets to one PDF, as the print menu would,
processing events after each sheet; reports the total time and the longest stretch
without event processing (what a user would feel as a frozen window).

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen python tests/printing/bench_sheets.py [COUNT]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from desktop.printing import report
from desktop.printing.fonts import resolve_fonts
from desktop.printing.render import write_pdf
from desktop.services.demo import load_demo
from desktop.services.dossiers import load_dossiers
from desktop.services.ledger import LedgerService
from desktop.storage.migrate import open_ledger


def main(count: int = 200) -> None:
    app = QGuiApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        service = LedgerService(open_ledger(Path(tmp) / "bench.sqlite"), "bench")
        while len(service.list_issues()) < count:
            load_demo(service)
        ids = [i.id for i in service.list_issues()][:count]
        started = time.perf_counter()
        dossiers = load_dossiers(service, ids)
        fonts = resolve_fonts()
        loaded = time.perf_counter()
        gaps: list[float] = []
        last = [time.perf_counter()]

        def progress(done: int, total: int) -> None:
            QCoreApplication.processEvents()
            now = time.perf_counter()
            gaps.append(now - last[0])
            last[0] = now

        out = Path(tmp) / "sheets.pdf"
        last[0] = time.perf_counter()
        result = write_pdf(out, report.issue_sheets(dossiers, fonts), progress=progress)
        finished = time.perf_counter()
        size = out.stat().st_size
    print(
        f"{result.documents} sheets, {result.pages} pages, {size / 1e6:.1f} MB: "
        f"load {loaded - started:.2f} s, lay out and write {finished - loaded:.2f} s, "
        f"longest gap between event processing {max(gaps) * 1000:.0f} ms"
    )
    del app


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
