"""Size must not show: opening, filtering and sorting ledgers of 1k, 10k and 50k issues
(5 measures each), each against a bare baseline on the same rows, measured in the
same run.

- ``open_<size>``: a fresh process of the app up to the first painted frame of its
  window showing the ledger's rows (``RECTIFY_EXIT_WHEN_SHOWN``), against a fresh
  process that reads the same issue rows with plain ``sqlite3`` into a bare
  ``QAbstractTableModel`` under a bare ``QTableView`` and stops at its first painted
  frame the same way. ``open_rss_mb_<size>``: the app process's peak RSS.
- ``open_settled_<size>``: the app opened as a user opens it, until everything that
  loads on opening is in (every issue, the service, the 督办 list, the backup on
  opening; the search texts wait for the search box: ``RECTIFY_EXIT_WHEN_SETTLED``);
  ``open_settled_rss_mb_<size>`` its peak RSS (goal at 50k: ≤ 250 MB).
- ``dock_<size>``: the 督办 list's load (``supervision_view.load_supervision``) against
  the table's full load of the same ledger (``quick_open.read_issues``, every issue with
  its lights), CPU seconds in this process.
- ``filter_<size>`` / ``sort_<size>``: our issue table model (records read as the window
  reads them, with their search texts) against a bare model over tuples of the same
  rows (Python scan or sort, then reset), CPU seconds in this process.

Generated ledgers are kept in the user's cache folder, keyed by the generator's source,
the schema revision and the size, so re-runs start at once.

    python -m tests.benchmarks.sizes [--sizes 1000 10000 50000] [--repeat 3]
"""

from __future__ import annotations

import hashlib
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tests.benchmarks.run import Result

SIZES = (1_000, 10_000, 50_000)
MEASURES = 5
# Goals of issue #21: open at every size; filter and sort at 50k (below, a keystroke's
# fixed costs of a fraction of a millisecond weigh in the ratio).
OPEN_GOAL = 6.0
FILTER_GOAL = 1.5
SORT_GOAL = 1.5
RSS_GOAL_MB = 250


def label(size: int) -> str:
    return f"{size // 1000}k" if size % 1000 == 0 else str(size)


def cache_folder() -> Path:
    from platformdirs import user_cache_path

    return user_cache_path("rectify", appauthor=False) / "bench"


def generator_version() -> str:
    """Changes whenever the generator or the schema does (a cached ledger of another
    generator or schema would measure something else, or miss the quick path)."""
    from desktop.storage.ledger_file import SCHEMA_HEAD

    source = (Path(__file__).parent / "generate.py").read_bytes()
    return hashlib.sha256(source + SCHEMA_HEAD.encode()).hexdigest()[:12]


def cached_ledger(size: int, measures: int = MEASURES) -> Path:
    """A ledger of ``size`` generated issues × ``measures``, built once per generator
    version through the real import path (``LedgerService.apply_plan``)."""
    folder = cache_folder()
    path = folder / f"ledger-{generator_version()}-{size}x{measures}.sqlite"
    if path.exists():
        return path
    from desktop.services.ledger import LedgerService
    from desktop.storage.migrate import open_ledger
    from tests.benchmarks.generate import make_plan

    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob(f"ledger-*-{size}x{measures}.sqlite*"):
        stale.unlink()
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    engine = open_ledger(partial)
    LedgerService(engine, "bench").apply_plan(make_plan(size, measures))
    engine.dispose()
    # One file (no WAL beside it) before it takes its name.
    import sqlite3

    db = sqlite3.connect(partial)
    db.execute("PRAGMA journal_mode=DELETE")
    db.close()
    partial.rename(path)
    return path


# The bare window: the same issue rows read with plain sqlite3 into a bare model under
# a bare QTableView, up to its first painted frame (waited for as run.BARE_WINDOW does).
BARE_TABLE_WINDOW = """
import sqlite3, sys
from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication([])
db = sqlite3.connect(sys.argv[1])
rows = db.execute(
    "SELECT i.number, i.text, u.name, i.status, i.deadline FROM issue i "
    "LEFT JOIN unit u ON u.id = i.lead_unit_id ORDER BY i.inspection_id, i.position, i.id"
).fetchall()
class Bare(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(rows)
    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 5
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return rows[index.row()][index.column()]
        return None
w = QMainWindow(); view = QTableView(); model = Bare(); view.setModel(model)
w.setCentralWidget(view); w.resize(1400, 860)
"""


def _bare_open_code(ledger: Path) -> str:
    from tests.benchmarks.run import BARE_WINDOW

    first_frame = BARE_WINDOW[BARE_WINDOW.index("class FirstFrame") :]
    return f"import sys; sys.argv = ['bare', {str(ledger)!r}]\n" + BARE_TABLE_WINDOW + first_frame


def _app_open_code(ledger: Path) -> str:
    start = "import sys; from desktop.cli import main\n"
    return start + f"sys.exit(main(['--ledger', {str(ledger)!r}]))"


def bench_open(size: int, ledger: Path, repeat: int) -> list[Result]:
    from tests.benchmarks.run import Result, child_run

    shown = {"RECTIFY_EXIT_WHEN_SHOWN": "1"}
    loaded = {"RECTIFY_EXIT_WHEN_LOADED": "1"}
    settled = {"RECTIFY_EXIT_WHEN_SETTLED": "1"}
    child_run(_app_open_code(ledger), shown)  # warm-up: bytecode and the OS's file cache
    child_run(_bare_open_code(ledger))
    first: list[float] = []
    full: list[tuple[float, float]] = []
    whole: list[tuple[float, float]] = []
    bare: list[float] = []
    for _ in range(repeat):  # interleaved: all see the same load of the machine
        first.append(child_run(_app_open_code(ledger), shown)[0])
        full.append(child_run(_app_open_code(ledger), loaded))
        whole.append(child_run(_app_open_code(ledger), settled))
        bare.append(child_run(_bare_open_code(ledger))[0])
    name = label(size)
    return [
        Result(
            f"open_{name}",
            "s",
            first,
            bare,
            OPEN_GOAL,
            note=f"{size:,} issues, to the first painted frame; bare: sqlite3 rows in a QTableView",
        ),
        Result(
            f"open_full_{name}",
            "s",
            [r[0] for r in full],
            bare,
            None,
            note="until every issue is in the table (read after the first frame)",
        ),
        Result(
            f"open_rss_mb_{name}",
            "MB",
            [r[1] for r in full],
            None,
            None,
            note=f"peak, every issue in the table; goal: ≤ {RSS_GOAL_MB} MB",
        ),
        Result(
            f"open_settled_{name}",
            "s",
            [r[0] for r in whole],
            bare,
            None,
            note="until everything that loads on opening is in (service, 督办, backup)",
        ),
        Result(
            f"open_settled_rss_mb_{name}",
            "MB",
            [r[1] for r in whole],
            None,
            None,
            note="peak, everything loaded on opening",
            limit=RSS_GOAL_MB if size >= 50_000 else None,
        ),
    ]


def bench_dock(size: int, ledger: Path, repeat: int) -> list[Result]:
    """The 督办 list's load against the table's full load, CPU seconds here."""
    from desktop.domain.lights import DueSettings
    from desktop.services.ledger import LedgerService
    from desktop.services.quick_open import read_issues
    from desktop.storage.migrate import open_ledger
    from desktop.ui.supervision_view import load_supervision
    from tests.benchmarks.run import Result, timed

    engine = open_ledger(ledger)
    service = LedgerService(engine, "bench")
    dock, table = [], []
    for _ in range(repeat):
        dock += timed(lambda: load_supervision(service, DueSettings()), 1)
        table += timed(lambda: read_issues(str(ledger), None), 1)
    engine.dispose()
    note = "督办 list's load; baseline: the table's full read of every issue"
    return [Result(f"dock_{label(size)}", "s", dock, table, None, note=note)]


def _models(ledger: Path) -> tuple[Any, Any]:
    """Our issue model (records and search texts as the window reads them) and a bare
    model over tuples of the same rows."""
    import sqlite3

    from PySide6.QtWidgets import QApplication

    from desktop.services import ledger_read
    from desktop.services.ledger import LedgerService
    from desktop.storage.migrate import open_ledger
    from tests.benchmarks.run import issue_models

    QApplication.instance() or QApplication([])
    db = sqlite3.connect(ledger)
    records = ledger_read.issue_records(ledger_read.sqlite_fetch(db))
    db.close()
    engine = open_ledger(ledger)
    texts = LedgerService(engine, "bench").search_texts(None)
    engine.dispose()
    return issue_models(records, texts)


def bench_filter_sort(size: int, ledger: Path, repeat: int) -> list[Result]:
    from tests.benchmarks.run import Result, time_filter, time_sort

    ours, bare = _models(ledger)
    filter_runs, filter_base = time_filter(ours, bare, repeat * 3)
    sort_runs, sort_base = time_sort(ours, bare, repeat * 3)
    name = label(size)
    goals = (FILTER_GOAL, SORT_GOAL) if size >= 50_000 else (None, None)
    return [
        Result(f"filter_{name}", "s", filter_runs, filter_base, goals[0], note=f"{size:,} rows"),
        Result(f"sort_{name}", "s", sort_runs, sort_base, goals[1], note=f"{size:,} rows, twice"),
    ]


def bench_sizes(
    work: Path, repeat: int, sizes: tuple[int, ...] = SIZES, measures: int = MEASURES
) -> list[Result]:
    """Every figure at every size (the ledgers copied from the cache into ``work``, so
    that nothing the app does touches the cached file)."""
    results: list[Result] = []
    for size in sizes:
        ledger = work / f"size-{size}.sqlite"
        shutil.copy(cached_ledger(size, measures), ledger)
        results += bench_open(size, ledger, repeat)
        results += bench_filter_sort(size, ledger, repeat)
        results += bench_dock(size, ledger, repeat)
        print(f"sizes: {size:,} issues measured", file=sys.stderr)
    return results


def main() -> int:
    import argparse
    import os
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="rectify-sizes-") as tmp:
        results: list[Result] = bench_sizes(Path(tmp), args.repeat, tuple(args.sizes))
    print("| benchmark | ours | bare baseline | ratio | goal | |")
    print("| --- | --- | --- | --- | --- | --- |")
    for result in results:
        print(result.row())
    return 0


if __name__ == "__main__":
    sys.exit(main())
