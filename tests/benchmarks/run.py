"""``make bench``: the app against the bare libraries, on a 10,000-issue ledger.

Each figure is the median of several runs (min–max beside it) and, where there is a
bare baseline, the ratio to it measured in the same run. Results also go to
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


@dataclass
class Result:
    name: str
    unit: str
    runs: list[float]
    baseline_runs: list[float] | None
    goal: float | None
    note: str = ""

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
        }


def timed(
    function: Callable[[], object], repeat: int, setup: Callable[[], object] | None = None
) -> list[float]:
    runs = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        start = time.perf_counter()
        function()
        runs.append(time.perf_counter() - start)
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
    out = subprocess.run(
        [sys.executable, "-c", wrapper, code],
        capture_output=True,
        text=True,
        check=True,
        env=full_env,
        cwd=ROOT,
    ).stdout.split()
    return float(out[-2]), float(out[-1])


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

        app = timed(run, self.repeat, setup)
        base = timed(self.bare_read, self.repeat)
        return [Result("import", "s", app, base, 1.6)]

    def bench_export(self) -> list[Result]:
        raise NotImplementedError("no Excel writer yet")

    def bench_filter(self) -> list[Result]:
        raise NotImplementedError("no issue table model yet")

    def bench_sort(self) -> list[Result]:
        raise NotImplementedError("no issue table model yet")

    def bench_start(self) -> list[Result]:
        bare = (
            "from PySide6.QtWidgets import QApplication, QMainWindow\n"
            "app = QApplication([]); w = QMainWindow(); w.show(); app.processEvents()"
        )
        ours = (
            "import sys; from desktop.cli import main\n"
            f"sys.exit(main(['--ledger', {str(self.demo)!r}]))"
        )
        env = {"RECTIFY_EXIT_WHEN_SHOWN": "1"}
        app = [child_run(ours, env)[0] for _ in range(self.repeat)]
        base = [child_run(bare)[0] for _ in range(self.repeat)]
        return [Result("start", "s", app, base, 2.5)]

    def bench_open(self) -> list[Result]:
        ours = (
            "import sys; from desktop.cli import main\n"
            f"sys.exit(main(['--ledger', {str(self.big)!r}]))"
        )
        bare = (
            "from PySide6.QtWidgets import QApplication, QMainWindow\n"
            "app = QApplication([]); w = QMainWindow(); w.show(); app.processEvents()"
        )
        env = {"RECTIFY_EXIT_WHEN_SHOWN": "1"}
        runs = [child_run(ours, env) for _ in range(self.repeat)]
        base = [child_run(bare)[0] for _ in range(self.repeat)]
        return [
            Result("open", "s", [r[0] for r in runs], base, 6.0),
            Result("open_rss_mb", "MB", [r[1] for r in runs], None, None, note="goal: ≤ 400 MB"),
        ]

    def bench_print(self) -> list[Result]:
        raise NotImplementedError("no printing yet")

    def bench_notice(self) -> list[Result]:
        raise NotImplementedError("no notice writer yet")

    def bench_merge(self) -> list[Result]:
        raise NotImplementedError("no hand-off merge yet")


def main() -> int:
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
