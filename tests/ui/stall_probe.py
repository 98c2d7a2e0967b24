"""The no-freeze probe (issue #21): the real main window driven through every long
operation a clerk starts, as from its menus, while a 10 ms timer records the longest
stretch without an event-loop turn (what a clerk sees as a frozen, "未响应" window).

:func:`probe` runs the operations in a day's order — open 统计, export the ledger to
Excel, hand out to every unit, merge ten units' answers, print 200 issue sheets and the
ledger to PDF, paint the ledger for the print preview, import a workbook through the
wizard, switch inspections, undo the import — and returns, per operation, its longest
gap and its wall time. ``tests/ui/test_stall_probe.py`` runs it on the demo
ledger (every operation must do its work); ``make bench`` runs this file on the
10,000-issue ledger (``stall_<operation>`` in bench-results.json)::

    RECTIFY_STALL_LEDGER=L RECTIFY_STALL_WORKBOOK=W RECTIFY_STALL_OUT=out.json \\
        QT_QPA_PLATFORM=offscreen python -m pytest -q -s tests/ui/stall_probe.py

(``RECTIFY_STALL_ONLY="export import"`` runs only those; ``RECTIFY_STALL_TRACE=1`` adds
where the GUI thread was while frozen.)

Dialogs are answered by the scripted ``messages`` of the UI tests (file names, the
export and hand-out dialogs' choices, the merge review accepted), so the work measured
is the app's own, on the GUI thread as a clerk's click would run it.
"""

from __future__ import annotations

import gc
import json
import os
import shutil
import sys
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QObject, QTimer
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QDialog

from desktop.services.ledger import LedgerService
from desktop.storage.migrate import open_ledger
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import AppSettings

from .helpers import FakeMessages

# The longest any one step may take here before the probe gives up (a 10k-issue ledger
# printed to PDF on a loaded machine takes a minute or more).
PATIENCE_MS = 900_000
TICK_MS = 10


class Watch(QObject):
    """A timer ticking every 10 ms: the longest interval between two ticks while
    :meth:`measure` runs is the longest the event loop did not turn."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last_tick = 0.0
        self.longest = 0.0
        self.turns = 0
        self.window = (0.0, 0.0)

    def _tick(self) -> None:
        now = time.perf_counter()
        if now - self.last_tick > self.longest:
            # When, on the monotonic clock perf records with -k CLOCK_MONOTONIC: the
            # longest gap's samples are those of ``perf script --time START,END``.
            self.window = (self.last_tick, now)
        self.longest = max(self.longest, now - self.last_tick)
        self.last_tick = now
        self.turns += 1

    @contextmanager
    def measure(self) -> Iterator[None]:
        self.longest = 0.0
        self.turns = 0
        self.last_tick = time.perf_counter()
        self.timer.start()
        try:
            yield
        finally:
            self._tick()  # the time since the last turn counts too
            self.timer.stop()


def _where(frame: traceback.FrameSummary) -> str:
    return f"{Path(frame.filename).name}:{frame.lineno} {frame.name}"


class Sampler:
    """Where the GUI thread is while it does not turn (``RECTIFY_STALL_TRACE=1``): a
    thread looks every 20 ms and, whenever the last tick is over 100 ms old, notes the
    GUI thread's innermost frames of our code, and the other threads' innermost frames.
    The most seen chains say what freezes."""

    def __init__(self, watch: Watch) -> None:
        self.watch = watch
        self.seen: Counter[str] = Counter()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._gui = threading.get_ident()

    def _look(self) -> None:
        while not self._stop.wait(0.02):
            if time.perf_counter() - self.watch.last_tick < 0.1:
                continue
            frame = sys._current_frames().get(self._gui)
            if frame is None:
                continue
            ours = [_where(f) for f in traceback.extract_stack(frame) if "/desktop/" in f.filename]
            # In Qt's event loop but not turning: Qt's own work, or waiting for the
            # interpreter lock (the other threads' innermost frames say who has it).
            chain = " < ".join(reversed(ours[-4:])) or "(in Qt) " + " < ".join(
                _where(f) for f in reversed(traceback.extract_stack(frame)[-2:])
            )
            others = [
                " < ".join(_where(f) for f in reversed(traceback.extract_stack(other)[-2:]))
                for ident, other in sys._current_frames().items()
                if ident not in (self._gui, threading.get_ident())
            ]
            busy = [o for o in others if not o.startswith("threading.py")]
            self.seen[chain + ("  || others: " + " ;; ".join(busy) if busy else "")] += 1

    def start(self) -> None:
        self.seen.clear()
        self._stop.clear()
        self._thread = threading.Thread(target=self._look, daemon=True)
        self._thread.start()

    def stop(self) -> list[tuple[str, int]]:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        return self.seen.most_common(6)


@dataclass
class Stall:
    operation: str
    longest_ms: float
    seconds: float
    turns: int
    # With RECTIFY_STALL_TRACE: the GUI thread's most seen frames while frozen, and how
    # many 20 ms looks saw each.
    frozen_in: list[tuple[str, int]] = field(default_factory=list)
    # The longest pass of Python's cyclic collector meanwhile (it holds every thread).
    longest_collection_ms: float = 0.0
    # The process's largest resident set meanwhile (sampled every 20 ms), MB.
    peak_rss_mb: float = 0.0


class Collections:
    """The longest pass of the cyclic garbage collector while :meth:`measure` runs."""

    def __init__(self) -> None:
        self.longest = 0.0
        self.where = ""
        self._started = 0.0

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
            return
        took = time.perf_counter() - self._started
        if took > self.longest:
            self.longest = took
            # Which thread's allocation set it off, and where (RECTIFY_STALL_TRACE).
            if os.environ.get("RECTIFY_STALL_TRACE"):
                where = [
                    f"{Path(f.filename).name}:{f.lineno} {f.name}"
                    for f in traceback.extract_stack()
                    if "/desktop/" in f.filename
                ]
                self.where = (
                    f"generation {info['generation']} in {threading.current_thread().name}: "
                    + (" < ".join(reversed(where[-4:])) or "(outside our code)")
                )

    @contextmanager
    def measure(self) -> Iterator[None]:
        self.longest = 0.0
        gc.callbacks.append(self._callback)
        try:
            yield
        finally:
            gc.callbacks.remove(self._callback)


class Resident:
    """The process's largest resident set while :meth:`measure` runs, sampled every
    20 ms from /proc (0 where there is none): pausing the collector must not let memory
    grow without bound."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()

    @staticmethod
    def _now() -> int:
        try:
            with open("/proc/self/statm", encoding="ascii") as statm:
                return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, ValueError, IndexError):
            return 0

    def _look(self) -> None:
        while not self._stop.wait(0.02):
            self.peak = max(self.peak, self._now())

    @contextmanager
    def measure(self) -> Iterator[None]:
        self.peak = self._now()
        self._stop.clear()
        thread = threading.Thread(target=self._look, daemon=True)
        thread.start()
        try:
            yield
        finally:
            self._stop.set()
            thread.join()
            self.peak = max(self.peak, self._now())


@dataclass
class Probe:
    qtbot: QtBot
    window: MainWindow
    fake: FakeMessages
    folder: Path
    stalls: list[Stall] = field(default_factory=list)
    watch: Watch = field(default_factory=Watch)

    def run(self, operation: str, work: Callable[[], object]) -> Any:
        sampler = Sampler(self.watch) if os.environ.get("RECTIFY_STALL_TRACE") else None
        started = time.perf_counter()
        collections = Collections()
        resident = Resident()
        with resident.measure(), collections.measure(), self.watch.measure():
            if sampler is not None:
                sampler.start()
            try:
                result = work()
            finally:
                frozen_in = sampler.stop() if sampler is not None else []
        stall = Stall(
            operation,
            self.watch.longest * 1000,
            time.perf_counter() - started,
            self.watch.turns,
            frozen_in,
            collections.longest * 1000,
            resident.peak / 2**20,
        )
        self.stalls.append(stall)
        print(
            f"{operation}: longest gap {stall.longest_ms:.0f} ms, {stall.seconds:.1f} s, "
            f"{stall.turns} turns, longest collection {stall.longest_collection_ms:.0f} ms, "
            f"peak RSS {stall.peak_rss_mb:.0f} MB, "
            f"at {self.watch.window[0]:.4f}-{self.watch.window[1]:.4f}",
            file=sys.stderr,
            flush=True,
        )
        for chain, looks in frozen_in:
            print(f"    {looks:5d} × {chain}", file=sys.stderr, flush=True)
        if collections.where:
            print(f"    longest collection: {collections.where}", file=sys.stderr, flush=True)
        return result

    def answer(self, fill_in: Callable[[QDialog], object], accept: bool = True) -> None:
        def run(dialog: QDialog) -> bool:
            fill_in(dialog)
            if accept:
                dialog.accept()
            return accept

        self.fake.dialogs.append(run)

    # ------------------------------------------------------------------ operations
    def import_workbook(self, workbook: Path, title: str) -> int:
        """Import ``workbook`` through the wizard (read, map, read the plan, preview,
        apply) as a new inspection; its id."""
        from desktop.ui.import_wizard import ImportWizard, open_import_wizard

        qtbot = self.qtbot
        before = {i.id for i in self.window.inspections()}

        def work() -> None:
            wizard = open_import_wizard(self.window, workbook)
            qtbot.waitUntil(lambda: wizard.workbook is not None, timeout=PATIENCE_MS)
            wizard.next()
            assert wizard.currentId() == ImportWizard.MAPPING_PAGE
            with qtbot.waitSignal(wizard.plan_read, timeout=PATIENCE_MS):
                wizard.next()
            qtbot.waitUntil(
                lambda: wizard.currentId() != ImportWizard.MAPPING_PAGE, timeout=PATIENCE_MS
            )
            if wizard.currentId() == ImportWizard.STATUS_PAGE:
                wizard.next()
            assert wizard.currentId() == ImportWizard.PREVIEW_PAGE
            # A new inspection even when the file matches one (the bench's workbook is
            # the ledger's own inspection written out).
            wizard.preview_page.new_radio.setChecked(True)
            wizard.preview_page.title_edit.setText(title)
            with qtbot.waitSignal(wizard.import_applied, timeout=PATIENCE_MS):
                wizard.accept()

        self.run("import", work)
        [added] = {i.id for i in self.window.inspections()} - before
        return added

    def show_scope(self, inspection_id: int | None) -> None:
        """Choose an inspection (or 全部问题) in the navigation pane; done when every
        issue of it is in the table."""
        window = self.window

        def work() -> None:
            if inspection_id is None:
                window.nav.setCurrentIndex(window.nav.model().index(0, 0))
            else:
                assert window.nav.select("inspection", inspection_id)
            self.qtbot.waitUntil(lambda: window.issues_complete, timeout=PATIENCE_MS)

        self.run("switch_inspections", work)

    def statistics(self) -> dict[str, Any]:
        views = self.window.supervision_views  # type: ignore[attr-defined]

        def work() -> dict[str, Any]:
            dashboard = views.open_dashboard()
            self.qtbot.waitUntil(
                lambda: dashboard.stats is not None and not dashboard.loader.busy,
                timeout=PATIENCE_MS,
            )
            stats: dict[str, Any] = dashboard.stats
            dashboard.close()
            return stats

        result: dict[str, Any] = self.run("statistics", work)
        return result

    def export(self, target: Path) -> object:
        from desktop.ui.export_dialog import ExportDialog, Scope

        exporter = self.window.excel_exporter  # type: ignore[attr-defined]

        def whole_ledger(dialog: QDialog) -> None:
            assert isinstance(dialog, ExportDialog)
            dialog.set_scope(Scope.LEDGER)

        self.answer(whole_ledger)
        self.fake.files.append(str(target))
        self.fake.choices.append(None)  # neither the file nor its folder opened

        def work() -> object:
            with self.qtbot.waitSignal(exporter.export_finished, timeout=PATIENCE_MS) as blocker:
                exporter.action.trigger()
            return blocker.args[0]

        return self.run("export", work)

    def hand_out(self, folder: Path) -> list[Path]:
        from desktop.ui.handout_dialog import HandoutDialog

        folder.mkdir()

        def every_unit(dialog: QDialog) -> None:
            assert isinstance(dialog, HandoutDialog)
            dialog.all_button.click()
            dialog.folder_edit.setText(str(folder))

        self.answer(every_unit)
        self.fake.confirm_answers.append(False)  # the folder not opened
        handoff = self.window.handoff  # type: ignore[attr-defined]
        self.run("handout", lambda: handoff.handout_action.trigger())
        written = sorted(folder.glob("*.xlsx"))
        assert written, "no hand-out written"
        return written

    def merge(self, answers: list[Path]) -> bool:
        from desktop.ui.merge_review import MergeReviewDialog

        def take_all(dialog: QDialog) -> None:
            assert isinstance(dialog, MergeReviewDialog)

        self.answer(take_all)
        handoff = self.window.handoff  # type: ignore[attr-defined]
        merged: bool = self.run("merge_10", lambda: handoff.merge_paths(answers))
        return merged

    def print_sheets(self, count: int, target: Path) -> None:
        window = self.window
        model = window.table.model()
        rows = min(count, model.rowCount())
        selection = QItemSelection(model.index(0, 0), model.index(rows - 1, 0))
        window.table.selectionModel().select(
            selection,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        assert len(window.selected_issues()) == rows
        self._export_from_preview(target)
        self.run(f"print_{count}_sheets", window.print_actions.selected_action.trigger)
        assert target.exists()

    def print_ledger(self, target: Path) -> None:
        self._export_from_preview(target)
        self.run("print_ledger_pdf", self.window.print_actions.ledger_action.trigger)
        assert target.exists()

    def preview_ledger(self) -> int:
        """The ledger painted for the print preview (every page, as the preview does
        when it opens); its page count."""
        pages: list[int] = []

        def paint(dialog: QDialog) -> None:
            widget = dialog.findChild(QPrintPreviewWidget)
            assert widget is not None
            widget.updatePreview()
            pages.append(widget.pageCount())

        self.answer(paint, accept=False)
        self.run("print_ledger_preview", self.window.print_actions.ledger_action.trigger)
        return pages[0]

    def undo(self) -> None:
        self.run("undo_import", self.window.undo_action.trigger)

    def _export_from_preview(self, target: Path) -> None:
        def export(dialog: QDialog) -> None:
            dialog.export_action.trigger()  # type: ignore[attr-defined]

        self.fake.files.append(str(target))
        self.answer(export, accept=False)


def answers_of(handouts: list[Path], folder: Path, count: int = 10) -> list[Path]:
    """Ten units' answers: each hand-out with its first three measures reported done."""
    from tests.excel.handoff_helpers import fill, open_handout

    folder.mkdir()
    out = []
    for path in handouts[:count]:
        keys = list(open_handout(path).rows)[:3]
        out.append(
            fill(
                path,
                folder / f"交回-{path.name}",
                {key: {"整改状态": "已完成", "整改进展": "已按要求完成整改"} for key in keys},
            )
        )
    return out


def probe(
    qtbot: QtBot,
    window: MainWindow,
    fake: FakeMessages,
    workbook: Path,
    folder: Path,
    only: set[str] | None = None,
) -> list[Stall]:
    """Every long operation in a day's order (or those named in ``only``: "import"
    brings switching and the undo along); the stalls measured, in that order."""
    run = Probe(qtbot, window, fake, folder)
    wanted = (lambda name: name in only) if only else (lambda _name: True)
    first = window.current_inspection()
    if wanted("statistics"):
        run.statistics()
    if wanted("export"):
        run.export(folder / "台账.xlsx")
    if wanted("handout") or wanted("merge_10"):
        handouts = run.hand_out(folder / "分发")
        assert run.merge(answers_of(handouts, folder / "交回"))
    if wanted("print_200_sheets"):
        run.print_sheets(200, folder / "问题单.pdf")
    if wanted("print_ledger_pdf"):
        run.print_ledger(folder / "台账.pdf")
    if wanted("print_ledger_preview"):
        run.preview_ledger()
    if wanted("import"):
        # The import last: its undo must be the top of the undo stack.
        imported = run.import_workbook(workbook, "专项巡察整改（导入）")
        run.show_scope(first.id if first is not None else None)
        run.undo()
        assert imported not in {i.id for i in window.inspections()}
    return run.stalls


def _environment(name: str) -> Path:
    value = os.environ.get(name)
    if not value:
        pytest.fail(f"{name} is not set: this file is run by make bench (see its docstring)")
    return Path(value)


def test_stalls_on_a_large_ledger(
    qtbot: QtBot, settings: AppSettings, fake_messages: FakeMessages, tmp_path: Path
) -> None:
    """Run by ``make bench`` only (the file's name keeps it out of ``make test``)."""
    ledger = tmp_path / "ledger.sqlite"
    shutil.copy(_environment("RECTIFY_STALL_LEDGER"), ledger)
    workbook = _environment("RECTIFY_STALL_WORKBOOK")
    service = LedgerService(open_ledger(ledger), "bench")
    window = MainWindow(service, ledger.name, settings=settings, location=str(ledger))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.issues_complete, timeout=PATIENCE_MS)
    only = set(os.environ.get("RECTIFY_STALL_ONLY", "").split())
    stalls = probe(qtbot, window, fake_messages, workbook, tmp_path, only or None)
    # Memory: cyclic garbage kept out of the collector's reach by the freezes (or not yet
    # collected) at the end of the day's operations.
    frozen = gc.get_freeze_count()
    gc.unfreeze()
    print(
        f"at the end: {frozen} objects frozen, {gc.collect()} unreachable objects collected",
        file=sys.stderr,
        flush=True,
    )
    _environment("RECTIFY_STALL_OUT").write_text(
        json.dumps([s.__dict__ for s in stalls], ensure_ascii=False, indent=2), encoding="utf-8"
    )
    window.close()
