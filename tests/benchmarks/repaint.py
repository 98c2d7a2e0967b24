"""A repaint of the main window's issue table while a worker computes in Python,
against the same repaint with no worker, in one process on the 10,000-issue ledger.

What a clerk sees as a window that stutters while something runs: every call from Qt
into Python during a paint (a cell's data, a virtual method our class might override)
takes the interpreter lock, which a worker computing in Python holds; each such call
waits up to the switch interval the worker runs under
(``ui.operations.WORKER_SWITCH_INTERVAL``). The repaint goes through the event loop as
a real one does (``update()``, then the loop turns), the worker is a real
:class:`~desktop.ui.operations.Operation` spinning in Python until cancelled.

    python -m tests.benchmarks.repaint [--repeat 3]
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.benchmarks.run import Result

ROOT = Path(__file__).resolve().parents[2]
REPAINTS = 30

CHILD = """
import json, shutil, sys, tempfile, time
from pathlib import Path
from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication
from desktop.services.ledger import LedgerService
from desktop.storage.migrate import open_ledger
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import Operation
from desktop.ui.settings import AppSettings

app = QApplication([])
folder = Path(tempfile.mkdtemp())
ledger = folder / "ledger.sqlite"
shutil.copy(sys.argv[1], ledger)
settings = AppSettings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
window = MainWindow(LedgerService(open_ledger(ledger), "bench"), "bench", settings=settings)
window.resize(1400, 860)
window.show()
deadline = time.monotonic() + 120
while not window.issues_complete and time.monotonic() < deadline:
    app.processEvents()
settled = time.monotonic() + 2  # the 督办 list and the backup on opening come in
while time.monotonic() < settled:
    app.processEvents()
viewport = window.table.viewport()

def repaints(count):
    started = time.perf_counter()
    for _ in range(count):
        viewport.update()
        loop = QEventLoop()
        QTimer.singleShot(0, loop.quit)
        loop.exec()
    return (time.perf_counter() - started) / count * 1000

def spin(control):
    total = 0
    while not control.cancelled:
        for step in range(1000):
            total += step
    return total

repaints(5)
idle = repaints(int(sys.argv[2]))
worker = Operation(None, spin, tell=False, modal=False, show_progress=False)
worker.start()
busy = repaints(int(sys.argv[2]))
worker.cancel()
print(json.dumps({"idle": idle, "busy": busy}))
"""


def measure(ledger: Path, repeat: int) -> tuple[list[float], list[float]]:
    """(busy runs, idle runs), ms a repaint, each run in a fresh process."""
    busy: list[float] = []
    idle: list[float] = []
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(ledger), str(REPAINTS)],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        ).stdout
        figures = json.loads(out.strip().splitlines()[-1])
        busy.append(figures["busy"])
        idle.append(figures["idle"])
    return busy, idle


def bench_repaint(repeat: int) -> list[Result]:
    from tests.benchmarks.run import Result
    from tests.benchmarks.sizes import cached_ledger

    busy, idle = measure(cached_ledger(10_000), repeat)
    return [
        Result(
            "repaint_busy_10k",
            "ms",
            busy,
            idle,
            None,
            note=(
                "one repaint of the 10k ledger's issue table while a worker computes in "
                "Python, against the same repaint idle"
            ),
        )
    ]


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    for result in bench_repaint(args.repeat):
        print(result.row())
