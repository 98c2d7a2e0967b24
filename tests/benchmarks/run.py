"""``make bench``: the app against the bare libraries, on a 10,000-issue ledger.

Each figure is the median of several runs (min–max beside it) and, where there is a
bare baseline, the ratio to it measured in the same run. In-process figures are CPU
seconds of this process (robust on a shared machine); start-up figures are wall seconds
of fresh processes, each up to its window's first painted frame (and its exit). Results also go to
``bench-results.json`` at the repository root as a list of
``{"name", "value", "baseline", "ratio", "goal"}``.

    python -m tests.benchmarks.run [--issues 10000] [--measures 5] [--repeat 3] [--only NAME…]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
STALL_LIMIT_MS = 100  # issue #21: no freeze over 100 ms


@dataclass
class Result:
    name: str
    unit: str
    runs: list[float]
    baseline_runs: list[float] | None
    goal: float | None
    note: str = ""
    limit: float | None = None  # an absolute goal (in ``unit``), where there is no baseline

    @property
    def value(self) -> float:
        return statistics.median(self.runs)

    @property
    def baseline(self) -> float | None:
        return statistics.median(self.baseline_runs) if self.baseline_runs else None

    @property
    def ratio(self) -> float | None:
        base = self.baseline
        return self.value / base if base else None

    def row(self) -> str:
        spread = f"{min(self.runs):.3g}–{max(self.runs):.3g}"
        base = "" if self.baseline is None else f"{self.baseline:.3g} {self.unit}"
        ratio = "" if self.ratio is None else f"{self.ratio:.2f}×"
        goal = "" if self.goal is None else f"≤ {self.goal:g}×"
        verdict = ""
        if self.ratio is not None and self.goal is not None:
            verdict = "ok" if self.ratio <= self.goal else "MISSED"
        elif self.limit is not None:
            goal = f"≤ {self.limit:g} {self.unit}"
            verdict = "ok" if self.value <= self.limit else "MISSED"
        return (
            f"| {self.name} | {self.value:.3g} {self.unit} ({spread}) | {base} | {ratio} "
            f"| {goal} | {verdict} {self.note} |"
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "value": round(self.value, 4),
            "baseline": None if self.baseline is None else round(self.baseline, 4),
            "ratio": None if self.ratio is None else round(self.ratio, 3),
            "goal": self.goal,
            "limit": self.limit,
        }


def timed(
    function: Callable[[], object], repeat: int, setup: Callable[[], object] | None = None
) -> list[float]:
    runs = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        # CPU time of this process: the machine is shared (2 cores, other work running),
        # and every in-process benchmark here is single-threaded CPU work.
        start = time.process_time()
        function()
        runs.append(time.process_time() - start)
    return runs


def child_run(code: str, env: dict[str, str] | None = None) -> tuple[float, float]:
    """Run Python code in a fresh process; (wall seconds, peak RSS MB of that process)."""
    wrapper = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "subprocess.run([sys.executable, '-c', sys.argv[1]], check=True)\n"
        "dt = time.perf_counter() - t\n"
        "print(dt, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)\n"
    )
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    # Installed copies run from cached bytecode; a shell that forbids writing it would
    # measure compiling our modules on every start instead.
    full_env.pop("PYTHONDONTWRITEBYTECODE", None)
    out = subprocess.run(
        [sys.executable, "-c", wrapper, code],
        capture_output=True,
        text=True,
        check=True,
        env=full_env,
        cwd=ROOT,
    ).stdout.split()
    return float(out[-2]), float(out[-1])


# A bare window to its first painted frame: quit on the turn after its first repaint, as
# the app does with RECTIFY_EXIT_WHEN_SHOWN (desktop.ui.background.after_first_frame).
BARE_WINDOW = """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([]); w = QMainWindow()
class FirstFrame(QObject):
    def eventFilter(self, watched, event):
        if event.type() in (QEvent.Type.UpdateRequest, QEvent.Type.Paint):
            watched.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False
first = FirstFrame(); w.installEventFilter(first); w.show(); app.exec()
"""


def issue_models(records: list[Any], texts: dict[int, str]) -> tuple[Any, Any]:
    """Our issue table model over ``records`` with their search texts, and a bare
    QAbstractTableModel over tuples of the same rows (number, search text, unit, status,
    deadline)."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex

    from desktop.ui.models.issue_table_model import IssueTableModel

    ours = IssueTableModel()
    ours.set_issues(records, texts)

    class Bare(QAbstractTableModel):
        def __init__(self, rows: list[tuple[Any, ...]]) -> None:
            super().__init__()
            self.all = rows
            self.rows = rows

        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return len(self.rows)

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 5

        def data(self, index: Any, role: int = 0) -> Any:
            return self.rows[index.row()][index.column()]

    tuples = [
        (
            r.number,
            texts.get(r.id, r.text),
            r.responsibility.lead_unit,
            r.status.value,
            r.responsibility.deadline,
        )
        for r in records
    ]
    return ours, Bare(tuples)


def time_filter(ours: Any, bare: Any, repeat: int) -> tuple[list[float], list[float]]:
    """A search keystroke (资金): our model's filter against a Python scan and reset of
    the bare one; both shown in full again after."""
    from desktop.domain.filters import IssueFilter

    def run() -> None:
        ours.set_filter(IssueFilter(text="资金"))

    def run_bare() -> None:
        bare.beginResetModel()
        bare.rows = [t for t in bare.all if "资金" in t[1] or "资金" in t[0]]
        bare.endResetModel()

    app = timed(run, repeat)
    base = timed(run_bare, repeat)
    ours.set_filter(IssueFilter())
    bare.rows = bare.all
    return app, base


def time_sort(ours: Any, bare: Any, repeat: int) -> tuple[list[float], list[float]]:
    """Sorting by 整改时限 one way and back: our model against a Python sort and reset
    of the bare one."""
    from PySide6.QtCore import Qt

    deadline = next(i for i, c in enumerate(ours.columns) if c.key == "deadline")

    def run() -> None:
        ours.sort(deadline, Qt.SortOrder.DescendingOrder)
        ours.sort(deadline, Qt.SortOrder.AscendingOrder)

    def run_bare() -> None:
        for reverse in (True, False):
            bare.beginResetModel()
            bare.rows = sorted(bare.all, key=lambda t: (t[4] is None, t[4] or 0), reverse=reverse)
            bare.endResetModel()

    return timed(run, repeat), timed(run_bare, repeat)


class Bench:
    """Builds the data once and runs each benchmark."""

    def __init__(self, issues: int, measures: int, repeat: int, work: Path) -> None:
        from tests.benchmarks.generate import make_plan, write_workbook

        self.repeat = repeat
        self.work = work
        self.plan = make_plan(issues, measures)
        self.workbook = work / "ledger.xlsx"
        write_workbook(self.plan, self.workbook)
        self.empty = work / "empty.sqlite"
        from desktop.storage.migrate import open_ledger

        open_ledger(self.empty).dispose()
        self.big = work / "big.sqlite"
        shutil.copy(self.empty, self.big)
        engine = open_ledger(self.big)
        from desktop.services.ledger import LedgerService

        self.service = LedgerService(engine, "bench")
        self.service.apply_plan(self.plan)
        self.demo = work / "demo.sqlite"
        subprocess.run(
            [sys.executable, "-m", "desktop", "demo", "--ledger", str(self.demo)],
            check=True,
            cwd=ROOT,
            capture_output=True,
        )

    # -- bare baselines ---------------------------------------------------------------
    def bare_read(self) -> None:
        import python_calamine

        book = python_calamine.CalamineWorkbook.from_path(str(self.workbook))
        book.get_sheet_by_index(0).to_python()

    def bare_write(self) -> None:
        from tests.benchmarks.generate import write_workbook

        write_workbook(self.plan, self.work / "bare.xlsx")

    # -- benchmarks -------------------------------------------------------------------
    def run(self, only: set[str] | None) -> list[Result]:
        results: list[Result] = []
        for name, method in (
            ("import", self.bench_import),
            ("export", self.bench_export),
            ("filter", self.bench_filter),
            ("sort", self.bench_sort),
            ("start", self.bench_start),
            ("open", self.bench_open),
            ("print_200", self.bench_print),
            ("notice_500", self.bench_notice),
            ("merge_10", self.bench_merge),
            ("handout_10", self.bench_handout),
            ("sizes", self.bench_sizes),
            ("repaint", self.bench_repaint),
            ("stalls", self.bench_stalls),
        ):
            if only and name not in only:
                continue
            try:
                produced = method()
            except NotImplementedError as exc:
                print(f"{name}: not measured ({exc})", file=sys.stderr)
                continue
            results.extend(produced)
        return results

    def bench_import(self) -> list[Result]:
        try:
            from desktop.excel.reader import read_ledger  # type: ignore[attr-defined]
        except ImportError as exc:
            raise NotImplementedError("no Excel reader yet") from exc
        from desktop.services.ledger import LedgerService
        from desktop.storage.migrate import open_ledger

        target = self.work / "import.sqlite"

        def setup() -> None:
            shutil.copy(self.empty, target)

        def run() -> None:
            plan = read_ledger(self.workbook)
            engine = open_ledger(target)
            LedgerService(engine, "bench").apply_plan(plan)
            engine.dispose()

        # Ours, the floor and the bare read take turns, so that a burst of load from
        # elsewhere on the machine falls on all three alike.
        app: list[float] = []
        floor: list[float] = []
        base: list[float] = []
        floor_run = None
        for _ in range(self.repeat):
            app += timed(run, 1, setup)
            if floor_run is None:
                floor_run = self._import_floor(target)  # the rows of the first import
            floor += timed(*floor_run)
            base += timed(self.bare_read, 1)
        return [
            Result("import", "s", app, floor, 1.5, note="against import_floor"),
            Result(
                "import_floor",
                "s",
                floor,
                base,
                None,
                note="bare read + bare sqlite3 insert of the rows the import wrote; "
                "against the bare read",
            ),
        ]

    def _import_floor(
        self, imported: Path
    ) -> tuple[Callable[[], object], int, Callable[[], object]]:
        """What no import can go below: the bare read of the workbook plus a bare
        sqlite3 executemany of exactly the issue and measure rows our import wrote (same
        schema and indexes, foreign keys on, one transaction), without any history."""
        import sqlite3

        source = sqlite3.connect(imported)
        tables = {
            name: source.execute(f"SELECT * FROM {name}").fetchall()
            for name in ("inspection", "unit", "category", "issue", "measure")
        }
        source.close()
        floor = self.work / "floor.sqlite"

        def setup() -> None:
            shutil.copy(self.empty, floor)
            db = sqlite3.connect(floor)
            for name in ("inspection", "unit", "category"):
                if tables[name]:
                    marks = ",".join("?" * len(tables[name][0]))
                    db.executemany(f"INSERT INTO {name} VALUES ({marks})", tables[name])
            db.commit()
            db.close()

        def run() -> None:
            self.bare_read()
            db = sqlite3.connect(floor, isolation_level=None)
            db.execute("PRAGMA foreign_keys=ON")
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            db.execute("PRAGMA cache_size=-65536")  # as our connections have
            db.execute("BEGIN IMMEDIATE")
            for name in ("issue", "measure"):
                marks = ",".join("?" * len(tables[name][0]))
                db.executemany(f"INSERT INTO {name} VALUES ({marks})", tables[name])
            db.execute("COMMIT")
            db.close()

        return run, 1, setup

    def bench_export(self) -> list[Result]:
        """Our exporter on the ledger's records (already loaded, as on screen) against
        the bare xlsxwriter loop writing the same cells, formats and merges. The
        statistics sheet is extra content the bare loop does not write: left out."""
        from desktop.excel.writer import write_ledger

        (inspection,) = self.service.list_inspections()
        issues = self.service.list_issues()
        measures = self.service.measures_by_issue([i.id for i in issues])
        out = self.work / "export.xlsx"

        # The same ten columns the bare loop writes (generate.HEADERS).
        columns = [
            "number",
            "category",
            "text",
            "measure",
            "lead_leader",
            "lead_unit",
            "responsible_person",
            "deadline",
            "progress",
            "status",
        ]

        def run() -> None:
            write_ledger(out, inspection, issues, measures, columns=columns, statistics=False)

        app = timed(run, self.repeat)
        base = timed(self.bare_write, self.repeat)
        return [Result("export", "s", app, base, 1.2)]

    def _view_records(self) -> list[Any]:
        """A 50,000-row issue view: the ledger's issues repeated under fresh ids."""
        import dataclasses

        issues = self.service.list_issues()
        rows = []
        for copy in range(max(1, 50_000 // max(1, len(issues)))):
            rows += [dataclasses.replace(i, id=i.id + copy * 1_000_000) for i in issues]
        return rows[:50_000]

    def _models(self) -> tuple[Any, Any, list[Any], dict[int, str]]:
        from PySide6.QtWidgets import QApplication

        self.qt_app = QApplication.instance() or QApplication([])
        records = self._view_records()
        texts = {r.id: r.text for r in records}
        ours, bare = issue_models(records, texts)
        return ours, bare, records, texts

    def bench_filter(self) -> list[Result]:
        ours, bare, _, _ = self._models()
        app, base = time_filter(ours, bare, self.repeat * 3)
        return [Result("filter", "s", app, base, 1.5, note="50,000 rows")]

    def bench_sort(self) -> list[Result]:
        ours, bare, _, _ = self._models()
        app, base = time_sort(ours, bare, self.repeat * 3)
        return [Result("sort", "s", app, base, 1.5, note="50,000 rows, twice")]

    def bench_start(self) -> list[Result]:
        bare = BARE_WINDOW
        ours = (
            "import sys; from desktop.cli import main\n"
            f"sys.exit(main(['--ledger', {str(self.demo)!r}]))"
        )
        env = {"RECTIFY_EXIT_WHEN_SHOWN": "1"}
        child_run(ours, env)  # warm-up: writes the bytecode caches
        child_run(bare)
        app = [child_run(ours, env)[0] for _ in range(self.repeat)]
        base = [child_run(bare)[0] for _ in range(self.repeat)]
        return [Result("start", "s", app, base, 2.5)]

    def bench_open(self) -> list[Result]:
        ours = (
            "import sys; from desktop.cli import main\n"
            f"sys.exit(main(['--ledger', {str(self.big)!r}]))"
        )
        bare = BARE_WINDOW
        env = {"RECTIFY_EXIT_WHEN_SHOWN": "1"}
        runs = [child_run(ours, env) for _ in range(self.repeat)]
        base = [child_run(bare)[0] for _ in range(self.repeat)]
        return [
            Result("open", "s", [r[0] for r in runs], base, 6.0),
            Result("open_rss_mb", "MB", [r[1] for r in runs], None, None, note="goal: ≤ 400 MB"),
        ]

    def bench_sizes(self) -> list[Result]:
        """1k, 10k and 50k-issue ledgers: open, filter, sort, peak RSS (sizes.py)."""
        from tests.benchmarks.sizes import bench_sizes

        return bench_sizes(self.work, self.repeat)

    def bench_repaint(self) -> list[Result]:
        """A repaint of the issue table while a worker computes (repaint.py)."""
        from tests.benchmarks.repaint import bench_repaint

        return bench_repaint(self.repeat)

    def bench_stalls(self) -> list[Result]:
        """The longest freeze of the window in each long operation on the 10k ledger
        (tests/ui/stall_probe.py, in a fresh process: one run, as each is a maximum)."""
        from tests.benchmarks.sizes import cached_ledger

        out = self.work / "stalls.json"
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "RECTIFY_STALL_LEDGER": str(cached_ledger(10_000)),
            "RECTIFY_STALL_WORKBOOK": str(self.workbook),
            "RECTIFY_STALL_OUT": str(out),
        }
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                "tests/ui/stall_probe.py",
            ],
            check=True,
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
        )
        return [
            Result(
                f"stall_{stall['operation']}",
                "ms",
                [stall["longest_ms"]],
                None,
                None,
                note=f"10k issues; {stall['seconds']:.1f} s in all, {stall['turns']} turns",
                limit=STALL_LIMIT_MS,
            )
            for stall in json.loads(out.read_text(encoding="utf-8"))
        ]

    def bench_print(self) -> list[Result]:
        from PySide6.QtGui import QGuiApplication

        from desktop.printing import report
        from desktop.printing.fonts import register_bundled_fonts, resolve_fonts
        from desktop.printing.render import write_pdf
        from desktop.services.dossiers import load_dossiers

        self.qt_app = QGuiApplication.instance() or QGuiApplication([])
        register_bundled_fonts()
        fonts = resolve_fonts({})
        ids = [i.id for i in self.service.list_issues()[:200]]
        out = self.work / "sheets.pdf"

        def run() -> None:
            write_pdf(out, report.issue_sheets(load_dossiers(self.service, ids), fonts))

        return [Result("print_200", "s", timed(run, max(1, self.repeat - 1)), None, None)]

    def bench_notice(self) -> list[Result]:
        from desktop.notice.compose import ComposeOptions, compose_notice, items_from_records
        from desktop.notice.docx_writer import write_docx
        from desktop.notice.statistics import statistics_from_records

        (inspection,) = self.service.list_inspections()
        issues = self.service.list_issues()[:500]
        measures = self.service.measures_by_issue([i.id for i in issues])
        out = self.work / "notice.docx"

        def run() -> None:
            document = compose_notice(
                inspection,
                items_from_records(issues, measures),
                statistics_from_records(issues),
                ComposeOptions(),
            )
            write_docx(document, out)

        return [Result("notice_500", "s", timed(run, self.repeat), None, None)]

    def bench_merge(self) -> list[Result]:
        """Ten units' returned hand-outs (each with 100 edited measures) read, compared
        field by field with the ledger, and applied, on a fresh copy of the ledger."""
        from desktop.excel.merge import cross_check, plan_merge, read_returned
        from desktop.services.handoff import identity, ledger_state, write_unit_handouts
        from desktop.services.ledger import LedgerService
        from desktop.storage.migrate import open_ledger
        from tests.excel.handoff_helpers import fill

        units = [u.name for u in self.service.list_units()][:10]
        folder = self.work / "handout"
        folder.mkdir(exist_ok=True)
        summaries = write_unit_handouts(self.service, folder, units)
        by_unit: dict[str, list[str]] = {}
        for ms in self.service.measures_by_issue(None).values():
            for m in ms:
                by_unit.setdefault(m.responsibility.lead_unit, []).append(m.key)
        files = []
        sizes = []
        for summary, unit in zip(summaries, units, strict=True):
            keys = by_unit.get(unit, [])
            sizes.append(len(keys))
            edits = {key: {"整改进展": "已按要求完成整改，材料已归档"} for key in keys[:100]}
            files.append(fill(summary.path, folder / f"{unit}-回复.xlsx", edits))
        target = self.work / "merge.sqlite"

        from desktop.services.backups import backup_before
        from desktop.storage.backup import backup_file

        def setup() -> None:
            # The big ledger is open (WAL): copy it with the backup API, not the file.
            target.unlink(missing_ok=True)
            backup_file(self.big, target)

        def run() -> None:
            engine = open_ledger(target)
            service = LedgerService(engine, "bench")
            ident = identity(service, create=False)
            assert ident is not None
            returned = [
                read_returned(f, ledger_id=ident.ledger_id, secret=ident.secret) for f in files
            ]
            state = ledger_state(service)
            # As `rectify merge` does: one backup, then one batch per file.
            backup_before(service, "merge")
            for result in cross_check([plan_merge(r, state) for r in returned]):
                service.apply_plan(result.plan(), backed_up=True)
            engine.dispose()

        runs = timed(run, max(1, self.repeat - 1), setup)
        note = f"files of {min(sizes)}–{max(sizes)} measures"
        return [Result("merge_10", "s", runs, None, None, note=note)]

    def bench_handout(self) -> list[Result]:
        """Hand out the 10,000-issue ledger to ten units, as ``rectify handout`` does
        (the ledger read once, one workbook per unit), against bare xlsxwriter writing
        the same ten files: every call our writer made on xlsxwriter, recorded once and
        replayed on fresh workbooks (same cells, formats, merges, row heights, column
        widths, protection and validation; checked part by part)."""
        from desktop.services.handoff import write_unit_handouts
        from tests.benchmarks.replay import recording, replayer, same_sheets

        units = [u.name for u in self.service.list_units()][:10]
        ours_dir = self.work / "handout-ours"
        bare_dir = self.work / "handout-bare"
        ours_dir.mkdir(exist_ok=True)
        bare_dir.mkdir(exist_ok=True)
        with recording() as recorded:
            summaries = write_unit_handouts(self.service, ours_dir, units)
        bare = replayer(recorded, bare_dir)
        bare()
        for n, summary in enumerate(summaries):
            differ = same_sheets(summary.path, bare_dir / f"replay-{n}.xlsx")
            if differ:
                raise RuntimeError(f"the bare replay wrote other content: {differ}")

        def run() -> None:
            write_unit_handouts(self.service, ours_dir, units)

        def bare_paused() -> None:
            # The bare replay with the collector paused per file, as ours writes: what
            # is left of the ratio is our own work (reading the ledger, laying out).
            from desktop.collector import collector_paused

            for n, recorded_file in enumerate(recorded):
                with collector_paused():
                    replayer([recorded_file], bare_dir / f"paused-{n}")()

        for n in range(len(recorded)):
            (bare_dir / f"paused-{n}").mkdir(exist_ok=True)
        app: list[float] = []
        base: list[float] = []
        paused: list[float] = []
        for _ in range(self.repeat):
            app += timed(run, 1)
            base += timed(bare, 1)
            paused += timed(bare_paused, 1)
        rows = sum(s.rows for s in summaries)
        note = f"{rows:,} rows in 10 files; bare: xlsxwriter replaying our calls"
        return [
            Result("handout_10", "s", app, base, 1.3, note=note),
            Result(
                "handout_10_bare_paused",
                "s",
                app,
                paused,
                None,
                note="ours against the same replay with the cyclic collector paused per file",
            ),
        ]


def installed_bytecode() -> None:
    """Every process of the run imports our modules from cached bytecode, as an installed
    copy does (the bundle ships it): a shell that forbids writing it
    (PYTHONDONTWRITEBYTECODE) would have each child compile the modules it first imports
    from source, and a window's first use of a module (统计's dashboard, say) measure
    the compiler (30 ms or more on the GUI thread) instead of the app."""
    import compileall

    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    compileall.compile_dir(ROOT / "desktop", quiet=1, workers=1)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    installed_bytecode()
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--issues", type=int, default=10_000)
    parser.add_argument("--measures", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", nargs="*")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="rectify-bench-") as tmp:
        started = time.perf_counter()
        bench = Bench(args.issues, args.measures, args.repeat, Path(tmp))
        print(
            f"data: {args.issues} issues × {args.measures} measures, built in "
            f"{time.perf_counter() - started:.1f} s",
            file=sys.stderr,
        )
        results = bench.run(set(args.only) if args.only else None)
        bench.service.uow.engine.dispose()
    print(
        f"\n{args.issues:,} issues / {args.issues * args.measures:,} measures, "
        f"median of {args.repeat} (min–max)\n"
    )
    print("| benchmark | ours | bare baseline | ratio | goal | |")
    print("| --- | --- | --- | --- | --- | --- |")
    for result in results:
        print(result.row())
    (ROOT / "bench-results.json").write_text(
        json.dumps([r.as_json() for r in results], ensure_ascii=False, indent=2), encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
