"""Benchmark (not a test): the 打印 menu's long jobs as a user runs them, in the main
window: COUNT selected issue sheets exported to PDF, the same painted for the print
preview, and the ledger of the whole view. Reports the time, the event-loop turns and
the longest stretch without one (what a user would feel as a frozen window).

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen python tests/ui/bench_print_actions.py [COUNT]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from desktop.services.demo import load_demo
from desktop.services.ledger import LedgerService
from desktop.storage.migrate import open_ledger
from desktop.ui.main_window import MainWindow
from desktop.ui.print_actions import PrintJob
from desktop.ui.settings import AppSettings


class Gaps:
    """The longest stretch between turns of the event loop (a 10 ms timer that notes
    how late it fires): what a user would feel as a frozen window."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.turns = 0
        self.longest = 0.0
        self._last = time.perf_counter()

    def start(self) -> None:
        self.turns, self.longest, self._last = 0, 0.0, time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self._tick()
        self.timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now
        self.turns += 1


def report(name: str, gaps: Gaps, seconds: float, pages: int) -> None:
    gaps.stop()
    print(
        f"{name}: {pages} pages in {seconds:.2f} s, {gaps.turns} event-loop turns, "
        f"longest gap {gaps.longest * 1000:.0f} ms"
    )


def main(count: int = 200) -> None:
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        service = LedgerService(open_ledger(folder / "bench.sqlite"), "bench")
        while len(service.list_issues()) < count:
            load_demo(service)
        settings = AppSettings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(service, "bench.sqlite", settings=settings)
        window.show()
        app.processEvents()
        actions = window.print_actions
        gaps = Gaps()
        window.table.selectAll()
        ids = [r.id for r in window.selected_issues()][:count]

        started = time.perf_counter()
        job = actions.sheet_job(ids)
        assert job is not None
        built = time.perf_counter()
        print(f"{len(ids)} sheets: dossiers and fonts in {(built - started) * 1000:.0f} ms")
        gaps.start()
        result = actions.write_pdf(job, folder / "sheets.pdf")
        assert result is not None
        report("export PDF", gaps, time.perf_counter() - built, result.pages)

        preview = actions.preview_dialog(job)
        printer = preview.printer()
        started = time.perf_counter()
        gaps.start()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(folder / "printed.pdf"))
        painted = actions.paint(job, printer, preview)
        assert painted is not None
        report("print (paint handler)", gaps, time.perf_counter() - started, painted.pages)

        ledger: PrintJob | None = actions.ledger_job()
        assert ledger is not None
        started = time.perf_counter()
        gaps.start()
        result = actions.write_pdf(ledger, folder / "ledger.pdf")
        assert result is not None
        report(
            f"ledger of {window.model.rowCount()} issues",
            gaps,
            time.perf_counter() - started,
            result.pages,
        )
        window.close()
        service.uow.engine.dispose()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
