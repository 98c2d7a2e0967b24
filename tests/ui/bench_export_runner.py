"""How 导出 → Excel 台账… behaves on a large ledger: time to open the dialog, time to
write the view and the whole ledger through the GUI path (and, for comparison, the same
export without Qt), and how long the event loop went without running (the gaps of a
10 ms timer) while the worker read and wrote.

    QT_QPA_PLATFORM=offscreen python -m tests.ui.bench_export_runner [ISSUES] [MEASURES]

Not a test (the suite stays fast); run by hand. Settings in a temporary INI file.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from desktop.ui import messages
from desktop.ui.export_dialog import ExportDialog, Scope
from desktop.ui.main_window import MainWindow


class _Gaps:
    """A 10 ms timer that records how late each tick came."""

    def __init__(self) -> None:
        self.gaps: list[int] = []
        self.moments: list[float] = []
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.clock.start()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        self.gaps.append(self.clock.restart())
        self.moments.append(time.perf_counter())


def measure(window: MainWindow, target: Path, scope: Scope) -> None:
    opened: list[float] = []

    def run_dialog(dialog: QDialog) -> bool:
        assert isinstance(dialog, ExportDialog)
        opened.append(time.perf_counter())
        dialog.set_scope(scope)
        dialog.accept()
        return True

    messages.run_dialog = run_dialog  # type: ignore[assignment]
    messages.ask_save_file = lambda *a, **k: str(target)  # type: ignore[assignment]
    messages.ask_choice = lambda *a, **k: None  # type: ignore[assignment]
    exporter = window.excel_exporter
    loop = QEventLoop()
    outcome: list[Any] = []

    def finished(result: object) -> None:
        outcome.append(result)
        loop.quit()

    exporter.export_finished.connect(finished)
    gaps = _Gaps()
    t0 = time.perf_counter()
    exporter.start()
    started = time.perf_counter()
    gaps.start()
    loop.exec()
    gaps.stop()
    exporter.export_finished.disconnect(finished)
    done = time.perf_counter()
    summary = outcome[0]
    print(
        f"{scope.value}: dialog after {opened[0] - t0:.2f} s, worker started "
        f"{started - opened[0]:.2f} s after OK, written in {done - started:.1f} s "
        f"({summary.issues} issues, {summary.measures} measures, "
        f"{target.stat().st_size / 1e6:.1f} MB); longest event-loop gap "
        f"{max(gaps.gaps, default=0)} ms"
    )
    worst = sorted(range(len(gaps.gaps)), key=gaps.gaps.__getitem__)[-3:]
    print(
        "  longest gaps (ms, ended at s after start): "
        + ", ".join(f"{gaps.gaps[i]} @ {gaps.moments[i] - started:.1f}" for i in worst)
    )
    over = sum(1 for g in gaps.gaps if g > 100)
    print(f"  gaps over 100 ms: {over} of {len(gaps.gaps)} ticks")


def main() -> int:
    issues = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    per_issue = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from desktop.domain.records import InspectionDraft
    from desktop.excel.writer import write_ledger
    from desktop.services.ledger import LedgerService
    from desktop.storage.migrate import open_ledger
    from desktop.ui.settings import AppSettings
    from tests.benchmarks.generate import make_plan

    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        service = LedgerService(open_ledger(folder / "big.sqlite"), "测评")
        t0 = time.perf_counter()
        plan = make_plan(issues, per_issue)
        inspection = service.create_inspection(
            plan.inspection or InspectionDraft(title="测评巡察", inspected_unit="测评单位")
        ).value
        service.apply_plan(plan, inspection.id)
        print(f"ledger: {issues} × {per_issue} built in {time.perf_counter() - t0:.1f} s")
        settings = AppSettings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(service, "big.sqlite", settings=settings)
        window.show()
        for _ in range(3):  # let the window load its search texts before measuring
            app.processEvents()
        for scope in (Scope.VIEW, Scope.LEDGER):
            measure(window, folder / f"{scope.value}.xlsx", scope)

        # The same whole-ledger export without Qt, for comparison.
        t0 = time.perf_counter()
        records = service.list_issues()
        measures = service.measures_by_issue(None)
        t1 = time.perf_counter()
        write_ledger(folder / "bare.xlsx", service.list_inspections(), records, measures)
        print(f"bare (no Qt): read {t1 - t0:.1f} s, written in {time.perf_counter() - t1:.1f} s")
        window.close()
        service.uow.engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
