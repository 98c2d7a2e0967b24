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

from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from desktop.services.demo import load_demo
from desktop.services.ledger import LedgerService
from desktop.storage.migrate import open_ledger
from desktop.ui.main_window import MainWindow
from desktop.ui.print_actions import PrintActions, PrintJob
from desktop.ui.settings import AppSettings


def report(name: str, actions: PrintActions, seconds: float, pages: int) -> None:
    progress = actions.last_progress
    assert progress is not None
    print(
        f"{name}: {pages} pages in {seconds:.2f} s, {progress.turns} event-loop turns, "
        f"longest gap {progress.longest_gap * 1000:.0f} ms"
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
        window.table.selectAll()
        ids = [r.id for r in window.selected_issues()][:count]

        started = time.perf_counter()
        job = actions.sheet_job(ids)
        assert job is not None
        built = time.perf_counter()
        print(f"{len(ids)} sheets: dossiers and fonts in {(built - started) * 1000:.0f} ms")
        result = actions.write_pdf(job, folder / "sheets.pdf")
        assert result is not None
        report("export PDF", actions, time.perf_counter() - built, result.pages)

        preview = actions.preview_dialog(job)
        printer = preview.printer()
        started = time.perf_counter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(folder / "printed.pdf"))
        painted = actions.paint(job, printer, preview)
        assert painted is not None
        report("print (paint handler)", actions, time.perf_counter() - started, painted.pages)

        ledger: PrintJob | None = actions.ledger_job()
        assert ledger is not None
        started = time.perf_counter()
        result = actions.write_pdf(ledger, folder / "ledger.pdf")
        assert result is not None
        report(
            f"ledger of {window.model.rowCount()} issues",
            actions,
            time.perf_counter() - started,
            result.pages,
        )
        window.close()
        service.uow.engine.dispose()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
