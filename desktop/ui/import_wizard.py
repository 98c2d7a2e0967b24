"""文件 → 导入 → Excel 台账…: the import wizard.

Four pages over the Qt-free reader: choose the file and the sheet; check the header row
and what each column holds (remembered per header layout); give states to status words
the reader does not know (remembered); preview the issues and measures with every
problem listed and the bad cells marked, choose the target inspection, and apply.

Reading runs in a worker thread behind a cancellable progress dialog
(:class:`desktop.ui.operations.Operation`); a cancelled read changes nothing. The plan is
applied by ``LedgerService.apply_plan`` (one transaction, one history batch, a backup
first) and put on the window's undo stack as one step.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.domain.changes import Done
from desktop.domain.filters import IssueFilter
from desktop.domain.plan import Coverage, ImportPlan
from desktop.domain.problems import Code
from desktop.domain.records import InspectionDraft, InspectionId, InspectionRecord, IssueRecord
from desktop.domain.status import Status
from desktop.domain.text import key_text
from desktop.domain.texts import listed
from desktop.excel.columns import BY_FIELD, COLUMNS
from desktop.excel.errors import ReadCancelled, WorkbookRefused
from desktop.excel.preview import SheetPreview, WorkbookPreview, preview_workbook
from desktop.excel.reader import (
    FIELD_LABELS,
    SheetInfo,
    column_index,
    column_letter,
    match_existing,
    read_ledger,
    release_kept,
)
from desktop.excel.sniff import DOCUMENT_SUFFIXES, WORKBOOK_SUFFIXES
from desktop.services.apply import Applied
from desktop.services.ledger import LedgerService
from desktop.ui import labels, messages
from desktop.ui.background import let_go_in_a_worker
from desktop.ui.import_memory import ImportMemory
from desktop.ui.models.import_preview_model import (
    COL_CATEGORY,
    COL_NUMBER,
    COL_STATUS,
    COL_TEXT,
    COL_UNIT,
    MARK_FOREGROUND,
    Marks,
    PreviewModel,
    place_problems,
)
from desktop.ui.models.import_problem_model import ProblemListModel
from desktop.ui.operations import Control, Operation
from desktop.ui.settings import AppSettings

if TYPE_CHECKING:
    from desktop.ui.operations import PlanApply
    from desktop.ui.window_api import LedgerWindow

    # Starts applying a plan to a target (None: a new inspection) under an undo text.
    ApplyPlan = Callable[[ImportPlan, InspectionId | None, str], PlanApply]

# The file kinds the wizard reads (the file dialog's filter and the drop targets).
# Plans with at most this many issues open with their measures shown.
EXPAND_ALL_UP_TO = 200
# The preview's columns are fitted to this many rows from the top.
SIZED_ROWS = 50

_HEADER_BACKGROUND = QColor("#fde9a9")
_DIM_FOREGROUND = QColor("#80868b")


def field_names() -> dict[str, str]:
    """What the column combos offer, in the order of the ledger sheet."""
    # Each field by its one name (domain.fields), in the window's language.
    return {field: labels.field_label(field) for field in FIELD_LABELS}


def _required_fields() -> list[str]:
    return [c.field for c in COLUMNS if c.required]


@dataclasses.dataclass(frozen=True, slots=True)
class ReadRequest:
    """What a plan is read with; a plan read with an equal request is reused."""

    path: str
    sheet: str
    header_row: int | None
    mapping: tuple[tuple[str, str | None], ...]
    status_words: tuple[tuple[str, Status], ...]

    def read(self, progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
        """The reader's call (runs in the worker thread)."""
        return read_ledger(
            self.path,
            sheet=self.sheet,
            header_row=self.header_row,
            mapping=dict(self.mapping),
            status_words=dict(self.status_words),
            progress=progress,
            cancelled=cancelled,
        )


@dataclasses.dataclass(slots=True)
class Targets:
    """The ledger as the preview's target choice needs it: the inspections, their
    issues, how many of the file's issues each already holds (a re-import), the best
    match, and the plans marked for update per inspection (computed once each)."""

    inspections: list[InspectionRecord]
    existing: dict[int, list[IssueRecord]]
    counts: dict[int, int]
    matched: dict[int, ImportPlan]
    # How many issues of a matched plan update one already there, by target (None: a
    # new inspection), counted in the worker where it can be: a Python loop over 10,000
    # issues on the GUI thread, while a worker holds the interpreter lock, froze it.
    updates: dict[int | None, int] = dataclasses.field(default_factory=dict)

    @property
    def best(self) -> tuple[int | None, int]:
        """The inspection holding the most of the file's issues, and how many."""
        if not self.counts:
            return None, 0
        inspection_id = max(self.counts, key=lambda i: self.counts[i])
        return inspection_id, self.counts[inspection_id]

    def plan_for(self, plan: ImportPlan, inspection_id: int) -> ImportPlan:
        """The plan with the issues already in that inspection marked for update."""
        found = self.matched.get(inspection_id)
        if found is None:
            found = match_existing(plan, self.existing.get(inspection_id, []))
            self.matched[inspection_id] = found
        return found

    def updating(self, plan: ImportPlan, inspection_id: int | None) -> int:
        """How many issues importing ``plan`` into that inspection (None: a new one)
        updates rather than adds."""
        count = self.updates.get(inspection_id)
        if count is None:
            effective = plan if inspection_id is None else self.plan_for(plan, inspection_id)
            count = self.updates[inspection_id] = sum(
                1 for p in effective.issues if p.key is not None
            )
        return count


def find_targets(service: LedgerService, plan: ImportPlan) -> Targets:
    """What :class:`Targets` holds, read from the ledger. Runs in the worker thread
    after the read: a re-import of 10,000 issues compares 20,000 texts (seconds)."""
    inspections = service.list_inspections()
    existing: dict[int, list[IssueRecord]] = {}
    for record in service.list_issues(IssueFilter()):
        existing.setdefault(int(record.inspection_id), []).append(record)
    # Same number and text as match_existing compares them; the raw text is tried
    # first, so the costly normalisation runs only where the texts differ.
    by_number: dict[str, set[str]] = {}
    for planned in plan.issues:
        by_number.setdefault(key_text(planned.draft.number), set()).add(planned.draft.text)
    keyed: dict[str, set[str]] = {}
    counts: dict[int, int] = {}
    for inspection_id, records in existing.items():
        count = 0
        for record in records:
            number = key_text(record.number)
            texts = by_number.get(number)
            if not texts:
                continue
            if record.text in texts:
                count += 1
                continue
            if number not in keyed:
                keyed[number] = {key_text(t) for t in texts}
            if key_text(record.text) in keyed[number]:
                count += 1
        if count:
            counts[inspection_id] = count
    targets = Targets(inspections, existing, counts, {})
    best, _count = targets.best
    targets.updating(plan, None)
    if best is not None:
        targets.updating(plan, best)
    return targets


class ImportWizard(QWizard):
    """The import wizard over one ledger service. It reads in worker threads and
    applies the plan itself; the caller puts the applied ``Done`` on the undo stack.

    Signals:
        workbook_loaded(): the chosen file was opened and its sheets listed.
        plan_read(): a plan was read for the current choices.
        read_started(object): a read (an :class:`~desktop.ui.operations.Operation`)
            is about to start.
        read_cancelled(): the user cancelled a read; nothing changed.
        read_refused(): the file could not be read (the message was shown).
        import_applied(object): the plan was applied (a ``Done[Applied]``).
        import_failed(): applying failed; nothing was changed (the message was shown).
    """

    workbook_loaded = Signal()
    plan_read = Signal()
    read_started = Signal(object)
    read_cancelled = Signal()
    read_refused = Signal()
    import_applied = Signal(object)
    import_failed = Signal()

    FILE_PAGE, MAPPING_PAGE, STATUS_PAGE, PREVIEW_PAGE = range(4)

    def __init__(
        self,
        service: LedgerService,
        settings: AppSettings,
        parent: QWidget | None = None,
        apply_plan: ApplyPlan | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        # How the chosen plan is applied: the window's one way (``ui.operations``).
        self.apply_plan = apply_plan
        self.memory = ImportMemory(settings.store)
        self.path: Path | None = None
        self.workbook: WorkbookPreview | None = None
        self.sheet: SheetPreview | None = None
        self.header_row: int | None = None
        self.mapping: dict[str, str | None] = {}
        # Status words given a state in this wizard (also remembered in the settings).
        self.session_words: dict[str, Status] = {}
        self.plan: ImportPlan | None = None
        self.plan_request: ReadRequest | None = None
        self.targets: Targets | None = None
        self.applied: Done[Applied] | None = None
        self.run: Operation[Any] | None = None
        self._applying = False

        self.setWindowTitle(self.tr("导入 Excel 台账"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("导入"))
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.status_page = StatusPage(self)
        self.preview_page = PreviewPage(self)
        self.setPage(self.FILE_PAGE, self.file_page)
        self.setPage(self.MAPPING_PAGE, self.mapping_page)
        self.setPage(self.STATUS_PAGE, self.status_page)
        self.setPage(self.PREVIEW_PAGE, self.preview_page)
        self._fit_size()

    def _fit_size(self) -> None:
        chars = self.fontMetrics().averageCharWidth()
        lines = self.fontMetrics().lineSpacing()
        width, height = chars * 170, lines * 44
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, int(available.width() * 0.95))
            height = min(height, int(available.height() * 0.9))
        self.resize(width, height)

    # =============================================================== the file
    def set_file(self, path: str | Path) -> None:
        """Open a workbook (in the worker thread): its sheets and their top rows."""
        if self.busy:
            return
        path = Path(path)
        if self._offer_merge(path):
            return
        self.file_page.path_edit.setText(str(path))
        self.file_page.requested = str(path)
        self.path = None
        self.workbook = None
        self.sheet = None
        self.plan = None
        self.plan_request = None
        self.file_page.show_workbook(None)

        def work(control: Control) -> Any:
            return preview_workbook(
                path, progress=control.progress, cancelled=lambda: control.cancelled
            )

        self._start(
            self.tr("正在打开“{name}”…").format(name=path.name),
            work,
            lambda result: self._workbook_opened(path, result),
        )

    def _offer_merge(self, path: Path) -> bool:
        """A hand-out a unit sent back belongs in the merge, where its answers are
        compared field by field: imported, it would add every issue a second time.
        True when the user chose the merge (the wizard then closes)."""
        from desktop.excel.sniff import looks_like_handoff
        from desktop.ui.handoff_actions import handoff_of

        handoff = handoff_of(self.parent())
        if handoff is None or not looks_like_handoff(path):
            return False
        if not messages.confirm(
            self,
            self.tr(
                "“{name}”是分发给责任单位填报的台账。导入会把其中的问题再新增一遍；"
                "应当用“合并回收的台账”把单位填写的内容逐项合并。\n\n现在改为合并吗？"
            ).format(name=path.name),
        ):
            return False
        self.reject()
        handoff.merge_paths([path])
        return True

    def _workbook_opened(self, path: Path, result: object) -> None:
        assert isinstance(result, WorkbookPreview)
        self.path = path
        self.workbook = result
        self.file_page.show_workbook(result)
        self.workbook_loaded.emit()

    def choose_sheet(self, name: str) -> None:
        if self.workbook is None or name not in self.workbook.sheets:
            self.sheet = None
        else:
            self.sheet = self.workbook.sheets[name]
            self.header_row = self.sheet.info.header_row

    # ============================================================== reading
    @property
    def busy(self) -> bool:
        return self.run is not None

    def current_request(self) -> ReadRequest | None:
        if self.path is None or self.sheet is None:
            return None
        words = {**self.memory.status_words(), **self.session_words}
        return ReadRequest(
            str(self.path),
            self.sheet.name,
            self.header_row,
            tuple(sorted(self.mapping.items())),
            tuple(sorted(words.items())),
        )

    def ensure_plan(self) -> bool:
        """True when the plan for the current choices is at hand; else start reading
        it and go on to the next page when it arrives (QWizard's validatePage is
        synchronous, the read is not)."""
        request = self.current_request()
        if request is None:
            return False
        if self.plan is not None and self.plan_request == request:
            return True
        if self.busy:
            return False
        page = self.currentId()
        service = self.service

        def work(control: Control) -> Any:
            plan = request.read(control.progress, lambda: control.cancelled)
            return plan, find_targets(service, plan)

        def arrived(result: object) -> None:
            assert isinstance(result, tuple)
            self.plan, self.targets = result
            self.plan_request = request
            self.plan_read.emit()
            if self.currentId() == page:
                self.next()

        self._start(
            self.tr("正在读取“{name}”…").format(name=Path(request.path).name), work, arrived
        )
        return False

    def _start(
        self, label: str, work: Callable[[Control], Any], done: Callable[[object], None]
    ) -> None:
        run: Operation[Any] = Operation(
            self,
            work,
            label=label,
            cancellable=True,
            # Reading changes nothing: 取消 ends it at once, a late result is dropped.
            abandon_on_cancel=True,
            # The wizard names the file and what to do about it (_read_failed).
            tell=False,
        )
        self.run = run
        run.succeeded.connect(lambda result: self._finish(done, result))
        run.failed.connect(self._read_failed)
        run.cancelled.connect(self._cancelled)
        self.read_started.emit(run)
        run.start()

    def _finish(self, then: Callable[[object], None], result: object) -> None:
        self.run = None
        then(result)

    def _cancelled(self) -> None:
        self.run = None
        self.read_cancelled.emit()

    def _read_failed(self, exc: object) -> None:
        self.run = None
        if isinstance(exc, ReadCancelled):
            self.read_cancelled.emit()
            return
        # The file last asked for: the one being opened, or the one being read.
        name = Path(self.file_page.requested).name
        if isinstance(exc, WorkbookRefused):
            text = self.tr("无法导入“{name}”。\n\n{reason}").format(
                name=name, reason=exc.problem.message
            )
        else:
            text = self.tr(
                "读取“{name}”时出错：{reason}\n\n台账没有改变。如果文件能用 Excel 或 WPS 打开，"
                "请另存为 .xlsx 后再导入。"
            ).format(name=name, reason=exc)
        messages.error(self, text, self.tr("无法导入"))
        self.read_refused.emit()

    # ================================================================ paging
    def nextId(self) -> int:
        current = self.currentId()
        if current == self.FILE_PAGE:
            return self.MAPPING_PAGE
        if current == self.MAPPING_PAGE:
            if self.plan is not None and _unknown_words(self.plan):
                return self.STATUS_PAGE
            return self.PREVIEW_PAGE
        if current == self.STATUS_PAGE:
            return self.PREVIEW_PAGE
        return -1

    # ================================================================ apply
    def accept(self) -> None:
        """导入 (Finish): apply the plan the window's one way (``ui.operations``); the
        wizard closes when it is applied and stays open, with nothing changed, when it
        fails (the message said why)."""
        if self.busy or self.applied is not None:
            return
        if self.currentId() != self.PREVIEW_PAGE or not self.preview_page.isComplete():
            return
        if self.apply_plan is None:
            return
        plan, inspection_id = self.preview_page.final_plan()
        name = self.path.name if self.path else ""
        op = self.apply_plan(
            plan,
            inspection_id,
            self.tr("导入“{name}”").format(name=name),
        )
        self._applying = True
        op.applied.connect(self._applied)
        op.failed.connect(self._apply_failed)
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        op.start()

    def _applied(self, done: object) -> None:
        self._applying = False
        assert isinstance(done, Done)
        self.applied = done
        self.import_applied.emit(done)
        super().accept()

    def _apply_failed(self, _exc: object) -> None:
        self._applying = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.import_failed.emit()

    def reject(self) -> None:
        if self._applying:
            return  # an apply cannot be stopped half-way; the wizard closes when done
        if self.run is not None:
            self.run.cancel()
        super().reject()

    def done(self, result: int) -> None:
        """Closed (imported or not): let go of the file's reading and plan at once. The
        wizard and its pages refer to each other, so what they hold waits for a full
        pass of the cyclic collector, or stays for good once frozen out of its way
        (``desktop.collector``: a 10,000-issue plan, 265,000 objects)."""
        super().done(result)
        plans = [self.plan, self.preview_page.effective]
        self.workbook = None
        self.sheet = None
        self.plan = None
        self.plan_request = None
        self.targets = None
        self.preview_page.release()
        # Their records freed in a worker, a record at a time (background.let_go_in_a_worker).
        pieces: list[Any] = [
            part
            for plan in plans
            if plan is not None
            for part in (*plan.issues, *plan.changes, *plan.new_measures, *plan.problems)
        ]
        del plans
        # A web page's parse kept from the preview for a read that did not come.
        pieces.extend(release_kept())
        let_go_in_a_worker(pieces)

    def summary(self) -> str:
        """What the applied import did, for the status bar."""
        if self.applied is None:
            return ""
        value = self.applied.value
        name = self.path.name if self.path else ""
        if self.applied.batch_id is None:
            return self.tr("“{name}”的内容与台账相同，台账没有变化。").format(name=name)
        parts = []
        if value.issues_added or not value.issues_updated:
            parts.append(self.tr("新增问题 {n} 个").format(n=value.issues_added))
        if value.issues_updated:
            parts.append(self.tr("更新问题 {n} 个").format(n=value.issues_updated))
        parts.append(self.tr("新增整改措施 {n} 条").format(n=value.measures_added))
        return self.tr("已导入“{name}”：{parts}。可用“撤销”取消这次导入。").format(
            name=name, parts=self.tr("，").join(parts)
        )


def _unknown_words(plan: ImportPlan) -> dict[str, list[str]]:
    """Status words the reader could not read, with the cells they are in."""
    words: dict[str, list[str]] = {}
    for problem in plan.problems:
        if problem.code is Code.UNKNOWN_STATUS and problem.value:
            words.setdefault(problem.value, []).append(problem.cell or str(problem.row or ""))
    return words


# ===================================================================== page 1
class FilePage(QWizardPage):
    """选择文件和工作表: the file (typed, browsed or dropped) and the sheet, hidden
    sheets marked, the detected ledger sheet chosen."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.requested = ""  # the path last opened (or tried), typed or not
        self.setTitle(self.tr("选择文件和工作表"))
        self.setSubTitle(
            self.tr(
                "选择要导入的 Excel 台账（.xlsx、.xls、.ods，网上系统导出的网页、XML 表格，"
                "或做成 Word 表格的台账），"
                "再选择台账所在的工作表。"
            )
        )
        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(self.tr("点击“浏览…”选择文件，或把文件拖到主窗口"))
        self.path_edit.editingFinished.connect(self._path_typed)
        self.browse_button = QPushButton(self.tr("浏览…"), self)
        self.browse_button.clicked.connect(self.browse)
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sheet_combo.currentIndexChanged.connect(self._sheet_chosen)
        self.sheet_note = QLabel(self)
        self.sheet_note.setWordWrap(True)
        self.sheet_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr("文件："), self), 0, 0)
        grid.addWidget(self.path_edit, 0, 1)
        grid.addWidget(self.browse_button, 0, 2)
        grid.addWidget(QLabel(self.tr("工作表："), self), 1, 0)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_combo)
        sheet_row.addStretch(1)
        grid.addLayout(sheet_row, 1, 1, 1, 2)
        grid.addWidget(self.sheet_note, 2, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(3, 1)

    def browse(self) -> None:
        patterns = " ".join(f"*{s}" for s in WORKBOOK_SUFFIXES + DOCUMENT_SUFFIXES)
        documents = " ".join(f"*{s}" for s in DOCUMENT_SUFFIXES)
        path = messages.ask_open_file(
            self,
            self.tr("选择台账文件"),
            self.tr("台账 ({patterns});;Word 文档中的表格 ({documents});;所有文件 (*)").format(
                patterns=patterns, documents=documents
            ),
        )
        if path:
            self.wiz.set_file(path)

    def _path_typed(self) -> None:
        text = self.path_edit.text().strip()
        if text and text != self.requested and not self.wiz.busy:
            self.wiz.set_file(text)

    def show_workbook(self, workbook: WorkbookPreview | None) -> None:
        with QSignalBlocker(self.sheet_combo):
            self.sheet_combo.clear()
            if workbook is not None:
                for sheet in workbook.info.sheets:
                    text = sheet.name
                    if not sheet.visible:
                        text = self.tr("{name}（隐藏）").format(name=sheet.name)
                    elif sheet.header_row is None:
                        text = self.tr("{name}（未找到表头）").format(name=sheet.name)
                    self.sheet_combo.addItem(text, sheet.name)
                chosen = workbook.info.ledger_sheet
                if chosen is None:
                    visible = [s.name for s in workbook.info.sheets if s.visible]
                    chosen = visible[0] if visible else None
                index = self.sheet_combo.findData(chosen) if chosen is not None else 0
                self.sheet_combo.setCurrentIndex(max(index, 0))
        self._sheet_chosen()

    def _sheet_chosen(self) -> None:
        name = self.sheet_combo.currentData()
        self.wiz.choose_sheet(name if isinstance(name, str) else "")
        self.sheet_note.setText(self._describe(self.wiz.sheet))
        self.completeChanged.emit()

    def _describe(self, sheet: SheetPreview | None) -> str:
        if sheet is None:
            return ""
        info = sheet.info
        parts: list[str] = []
        if not sheet.visible:
            parts.append(self.tr("这是隐藏的工作表。"))
        parts.append(self.tr("共 {rows} 行。").format(rows=sheet.height))
        if info.header_row is None:
            parts.append(
                self.tr("在前 30 行中没有找到表头，请在下一步指定表头所在的行和各列的含义。")
            )
        else:
            rows = (
                self.tr("第 {first}–{last} 行").format(
                    first=info.header_row, last=info.header_row + info.header_depth - 1
                )
                if info.header_depth > 1
                else self.tr("第 {row} 行").format(row=info.header_row)
            )
            names = field_names()
            found = [names.get(f, f) for f in info.mapping.values()]
            parts.append(
                self.tr("表头在{rows}，已识别 {count} 列：{fields}。").format(
                    rows=rows, count=len(found), fields=listed(found)
                )
            )
            if info.missing:
                missing = listed(names.get(f, f) for f in info.missing)
                parts.append(self.tr("未找到“{fields}”列，请在下一步指定。").format(fields=missing))
        return "".join(parts)

    def isComplete(self) -> bool:
        return self.wiz.sheet is not None and not self.wiz.busy


# ===================================================================== page 2
class MappingPage(QWizardPage):
    """表头和各列: the sheet's first rows with the header rows highlighted, the header
    row to use, and for each column the field it holds (prefilled from the reader's
    guesses, or from the mapping chosen last time for this header layout)."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("表头和各列的含义"))
        self.setSubTitle(
            self.tr(
                "黄色的是表头行。请核对每一列“导入为”的内容，不需要的列选“不导入”。"
                "您的选择会被记住，下次导入同样表头的台账时自动使用。"
            )
        )
        self.info: SheetInfo | None = None
        self.combos: list[QComboBox] = []
        self._shown: tuple[str, str] | None = None

        self.header_spin = QSpinBox(self)
        self.header_spin.setMinimum(1)
        self.header_spin.valueChanged.connect(self._header_row_changed)
        self.header_note = QLabel(self)
        self.reset_button = QPushButton(self.tr("恢复自动识别"), self)
        self.reset_button.clicked.connect(self.reset_to_guesses)
        self.memory_note = QLabel(self.tr("已按上次对同样表头的选择设置各列。"), self)
        self.memory_note.setStyleSheet("color: #1a73e8;")
        self.memory_note.setVisible(False)
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.required_note = QLabel(self)
        self.required_note.setStyleSheet("color: #c5221f;")
        self.required_note.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("表头所在的行："), self))
        top.addWidget(self.header_spin)
        top.addWidget(self.header_note)
        top.addStretch(1)
        top.addWidget(self.memory_note)
        top.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.required_note)

    # ------------------------------------------------------------ showing
    def initializePage(self) -> None:
        sheet = self.wiz.sheet
        if sheet is None:
            return
        shown = (str(self.wiz.path), sheet.name)
        if shown == self._shown:
            return  # back and forth: keep what the user chose
        self._shown = shown
        self._fill_rows(sheet)
        with QSignalBlocker(self.header_spin):
            self.header_spin.setMaximum(max(1, len(sheet.rows)))
            self.header_spin.setValue(sheet.info.header_row or 1)
        self.load_header(sheet.info.header_row)

    def _fill_rows(self, sheet: SheetPreview) -> None:
        table = self.table
        table.setRowCount(0)  # drops the old combos too
        table.setColumnCount(0)
        table.clearSpans()
        width = max([len(r) for r in sheet.rows] + [len(sheet.info.guesses), 1])
        table.setRowCount(len(sheet.rows) + 1)
        table.setColumnCount(width)
        table.setHorizontalHeaderLabels([column_letter(c) for c in range(width)])
        table.setVerticalHeaderLabels(
            [self.tr("导入为"), *(str(r + 1) for r in range(len(sheet.rows)))]
        )
        for r, row in enumerate(sheet.rows, start=1):
            for c, text in enumerate(row):
                if text:
                    item = QTableWidgetItem(text)
                    item.setToolTip(text)
                    table.setItem(r, c, item)
        for (r0, c0), (r1, c1) in sheet.merges:
            if r1 < len(sheet.rows) and c1 < width and (r1 > r0 or c1 > c0):
                table.setSpan(r0 + 1, c0, r1 - r0 + 1, c1 - c0 + 1)
        self.combos = []
        names = field_names()
        for c in range(width):
            combo = QComboBox(table)
            combo.addItem(self.tr("不导入"), None)
            for field, label in names.items():
                suffix = "*" if BY_FIELD[field].required else ""
                combo.addItem(label + suffix, field)
            combo.currentIndexChanged.connect(lambda _i, c=c: self._combo_changed(c))
            table.setCellWidget(0, c, combo)
            self.combos.append(combo)
        chars = self.fontMetrics().averageCharWidth()
        combo_width = self.combos[0].sizeHint().width() if self.combos else chars * 10
        for c in range(width):
            longest = max(
                (len(row[c]) for row in sheet.rows[:12] if c < len(row) and row[c]), default=0
            )
            text_width = self.fontMetrics().horizontalAdvance("国") * min(longest, 12) + chars * 2
            table.setColumnWidth(c, max(combo_width, min(text_width, chars * 30)))
        table.setRowHeight(0, max(self.combos[0].sizeHint().height() + 4, 24))

    def load_header(self, header_row: int | None) -> None:
        """Use ``header_row`` (1-based) as the header: the columns it names, the
        remembered mapping for its layout, the rows highlighted."""
        sheet = self.wiz.sheet
        if sheet is None:
            return
        info = sheet.header_at(header_row) if header_row != sheet.info.header_row else sheet.info
        self.info = info
        self.wiz.header_row = info.header_row
        remembered = self.wiz.memory.mapping_for(info.layout)
        mapping: dict[str, str | None] = {g.letter: g.field for g in info.guesses}
        if remembered:
            mapping.update({k: v for k, v in remembered.items() if k in mapping})
        self.memory_note.setVisible(bool(remembered))
        self._set_mapping(mapping)
        self._highlight(info)
        if info.header_row is None:
            self.header_note.setText(self.tr("（未找到表头）"))
        elif info.header_depth > 1:
            self.header_note.setText(
                self.tr("（两行表头：第 {first}–{last} 行；数据从第 {data} 行开始）").format(
                    first=info.header_row,
                    last=info.header_row + info.header_depth - 1,
                    data=info.data_row,
                )
            )
        else:
            self.header_note.setText(
                self.tr("（数据从第 {data} 行开始）").format(data=info.data_row)
            )

    def _set_mapping(self, mapping: dict[str, str | None]) -> None:
        for c, combo in enumerate(self.combos):
            field = mapping.get(column_letter(c))
            with QSignalBlocker(combo):
                index = combo.findData(field) if field else 0
                combo.setCurrentIndex(max(index, 0))
            self._style_combo(c)
        self._update_required()

    def _highlight(self, info: SheetInfo) -> None:
        sheet = self.wiz.sheet
        if sheet is None:
            return
        first = (info.header_row or 0) - 1
        last = first + info.header_depth - 1 if info.header_row else -1
        data = (info.data_row or 0) - 1
        bold = QFont(self.table.font())
        bold.setBold(True)
        for r in range(len(sheet.rows)):
            for c in range(self.table.columnCount()):
                item = self.table.item(r + 1, c)
                if item is None:
                    item = QTableWidgetItem("")
                    self.table.setItem(r + 1, c, item)
                if first <= r <= last:
                    item.setBackground(QBrush(_HEADER_BACKGROUND))
                    item.setForeground(QBrush(MARK_FOREGROUND))
                    item.setFont(bold)
                else:
                    item.setData(Qt.ItemDataRole.BackgroundRole, None)
                    item.setFont(self.table.font())
                    if r < first or (data >= 0 and last < r < data):
                        item.setForeground(QBrush(_DIM_FOREGROUND))
                    else:
                        item.setData(Qt.ItemDataRole.ForegroundRole, None)

    def _header_row_changed(self, value: int) -> None:
        self.load_header(value)

    def reset_to_guesses(self) -> None:
        if self.info is None:
            return
        self.wiz.memory.forget_mapping(self.info.layout)
        self.memory_note.setVisible(False)
        self._set_mapping({g.letter: g.field for g in self.info.guesses})

    def _combo_changed(self, column: int) -> None:
        field = self.combos[column].currentData()
        if field:
            # One column per field: the column chosen last takes it from any other.
            for c, other in enumerate(self.combos):
                if c != column and other.currentData() == field:
                    with QSignalBlocker(other):
                        other.setCurrentIndex(0)
                    self._style_combo(c)
        self._style_combo(column)
        self._update_required()

    def _style_combo(self, column: int) -> None:
        combo = self.combos[column]
        font = QFont(combo.font())
        font.setBold(combo.currentData() is not None)
        combo.setFont(font)

    def _update_required(self) -> None:
        chosen = {c.currentData() for c in self.combos}
        names = field_names()
        missing = [names[f] for f in _required_fields() if f not in chosen]
        self.required_note.setText(
            self.tr("请指定哪一列是“{fields}”（带 * 的必须指定）。").format(
                fields=self.tr("”“").join(missing)
            )
            if missing
            else ""
        )
        self.required_note.setVisible(bool(missing))
        self.completeChanged.emit()

    # ------------------------------------------------------------ choices
    def current_mapping(self) -> dict[str, str | None]:
        return {column_letter(c): combo.currentData() for c, combo in enumerate(self.combos)}

    def set_field(self, letter: str, field: str | None) -> None:
        """Choose a column's field as the user would (for scripted use and tests)."""
        combo = self.combos[column_index(letter)]
        combo.setCurrentIndex(max(combo.findData(field), 0) if field else 0)

    def isComplete(self) -> bool:
        chosen = {c.currentData() for c in self.combos}
        return bool(self.combos) and all(f in chosen for f in _required_fields())

    def validatePage(self) -> bool:
        if self.info is None:
            return False
        mapping = self.current_mapping()
        guessed = {g.letter: g.field for g in self.info.guesses}
        if all(mapping.get(k) == guessed.get(k) for k in mapping):
            self.wiz.memory.forget_mapping(self.info.layout)
        else:
            self.wiz.memory.remember_mapping(self.info.layout, mapping)
        self.wiz.mapping = mapping
        self.wiz.header_row = self.header_spin.value()
        return self.wiz.ensure_plan()


# ===================================================================== page 3
class StatusPage(QWizardPage):
    """整改状态的写法: each status word the reader could not read, where it occurs, and
    the state the user gives it (remembered for later imports)."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("整改状态的写法"))
        self.setSubTitle(
            self.tr(
                "文件中有下列无法识别的整改状态。请为每种写法选择对应的状态；"
                "选择会被记住，下次导入时自动使用。未选择的写法在预览中作为错误列出。"
            )
        )
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("文件中的写法"), self.tr("所在单元格"), self.tr("对应的状态")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.combos: dict[str, QComboBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def initializePage(self) -> None:
        plan = self.wiz.plan
        words = _unknown_words(plan) if plan is not None else {}
        self.table.setRowCount(len(words))
        self.combos = {}
        for row, (word, cells) in enumerate(sorted(words.items())):
            self.table.setItem(row, 0, QTableWidgetItem(word))
            shown = listed(cells[:6])
            if len(cells) > 6:
                shown = self.tr("{cells} 等 {n} 处").format(cells=shown, n=len(cells))
            self.table.setItem(row, 1, QTableWidgetItem(shown))
            combo = QComboBox(self.table)
            combo.addItem(self.tr("（请选择）"), None)
            for status in Status:
                combo.addItem(labels.status_label(status), status.value)
            chosen = self.wiz.session_words.get(word)
            if chosen is not None:
                combo.setCurrentIndex(max(combo.findData(chosen.value), 0))
            self.table.setCellWidget(row, 2, combo)
            self.combos[word] = combo
        han = self.fontMetrics().horizontalAdvance("国")
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(0, max(self.table.columnWidth(0), han * 10))
        self.table.setColumnWidth(2, han * 9)

    def set_status(self, word: str, status: Status | None) -> None:
        """Choose a word's state as the user would (for scripted use and tests)."""
        combo = self.combos[word]
        combo.setCurrentIndex(max(combo.findData(status.value), 0) if status else 0)

    def chosen(self) -> dict[str, Status]:
        return {
            word: Status(combo.currentData())
            for word, combo in self.combos.items()
            if combo.currentData() is not None
        }

    def validatePage(self) -> bool:
        chosen = self.chosen()
        if chosen:
            self.wiz.session_words.update(chosen)
            self.wiz.memory.remember_status_words(chosen)
        return self.wiz.ensure_plan()


# ===================================================================== page 4
class PreviewPage(QWizardPage):
    """预览: the issues and measures the file gives, every problem (double-click one to
    see its row), the bad cells marked, and the target inspection. 导入 stays disabled
    while any problem blocks.

    Signals:
        tree_shown(): the preview's first rows are in its view, its columns fitted.
    """

    tree_shown = Signal()

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("预览并导入"))
        self.setSubTitle(
            self.tr("核对将要导入的问题和整改措施。红色是错误（须改正后才能导入），黄色是提示。")
        )
        self.effective: ImportPlan | None = None
        self.marks: Marks = {}

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        # What the file holds against what the plan uses (nothing left out unseen).
        self.coverage_note = QLabel(self)
        self.coverage_note.setWordWrap(True)
        self.coverage_note.setStyleSheet("color: #5f6368;")
        self.blocked_note = QLabel(self)
        self.blocked_note.setStyleSheet("color: #c5221f;")
        self.blocked_note.setWordWrap(True)
        self.reimport_note = QLabel(self)
        self.reimport_note.setStyleSheet("color: #1a73e8;")
        self.reimport_note.setWordWrap(True)

        self.new_radio = QRadioButton(self.tr("新建巡察，名称："), self)
        self.title_edit = QLineEdit(self)
        self.existing_radio = QRadioButton(self.tr("导入到已有巡察："), self)
        self.inspection_combo = QComboBox(self)
        self.inspection_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.target_group = QButtonGroup(self)
        self.target_group.addButton(self.new_radio)
        self.target_group.addButton(self.existing_radio)
        self.new_radio.setChecked(True)
        self.new_radio.toggled.connect(self._target_changed)
        self.title_edit.textChanged.connect(self._title_changed)
        self.inspection_combo.currentIndexChanged.connect(self._target_changed)

        # The plan's issues and their measures: a model whose texts are made for the
        # rows shown (a widget item per row froze the window on a 10,000-issue file).
        self.model = PreviewModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Every problem, however many (a model: its texts are made for the rows shown).
        self.problem_model = ProblemListModel(self)
        self.problems = QTreeView(self)
        self.problems.setModel(self.problem_model)
        self.problems.setRootIsDecorated(False)
        self.problems.setUniformRowHeights(True)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.doubleClicked.connect(self.show_problem)
        self.problems.activated.connect(self.show_problem)

        target = QGridLayout()
        target.addWidget(self.new_radio, 0, 0)
        target.addWidget(self.title_edit, 0, 1)
        target.addWidget(self.existing_radio, 1, 0)
        combo_row = QHBoxLayout()
        combo_row.addWidget(self.inspection_combo)
        combo_row.addStretch(1)
        target.addLayout(combo_row, 1, 1)
        target.setColumnStretch(1, 1)
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tree)
        problems_box = QWidget(self)
        problems_layout = QVBoxLayout(problems_box)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        self.problems_label = QLabel(self)
        problems_layout.addWidget(self.problems_label)
        problems_layout.addWidget(self.problems)
        splitter.addWidget(problems_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.coverage_note)
        layout.addLayout(target)
        layout.addWidget(self.reimport_note)
        layout.addWidget(self.blocked_note)
        layout.addWidget(splitter, 1)

    def release(self) -> None:
        """The wizard closed: the plan shown goes."""
        self.effective = None
        self.marks = {}
        self.model.set_plan(None)
        self.problem_model.set_problems([])

    # ------------------------------------------------------------ target
    def initializePage(self) -> None:
        plan = self.wiz.plan
        targets = self.wiz.targets
        if plan is None or targets is None:
            return
        best, best_count = targets.best
        with QSignalBlocker(self.inspection_combo), QSignalBlocker(self.title_edit):
            self.inspection_combo.clear()
            for inspection in targets.inspections:
                self.inspection_combo.addItem(inspection.title, int(inspection.id))
            self.title_edit.setText(plan.inspection.title if plan.inspection else "")
            if best is not None:
                self.inspection_combo.setCurrentIndex(self.inspection_combo.findData(best))
        self.existing_radio.setEnabled(bool(targets.inspections))
        with QSignalBlocker(self.new_radio), QSignalBlocker(self.existing_radio):
            (self.existing_radio if best is not None and best_count else self.new_radio).setChecked(
                True
            )
        self._fill_tree(plan)
        self._target_changed()

    def target_inspection(self) -> InspectionId | None:
        if self.existing_radio.isChecked():
            value = self.inspection_combo.currentData()
            return InspectionId(int(value)) if value is not None else None
        return None

    def _title_changed(self) -> None:
        self.completeChanged.emit()

    def _target_changed(self) -> None:
        plan = self.wiz.plan
        targets = self.wiz.targets
        if plan is None or targets is None:
            return
        self.title_edit.setEnabled(self.new_radio.isChecked())
        self.inspection_combo.setEnabled(self.existing_radio.isChecked())
        target = self.target_inspection()
        self.effective = plan if target is None else targets.plan_for(plan, int(target))
        updating = targets.updating(plan, None if target is None else int(target))
        if target is not None and updating:
            self.reimport_note.setText(
                self.tr(
                    "{n} 个问题已在台账中，将按更新处理（按文件内容逐项更新，不会重复添加）。"
                ).format(n=updating)
            )
        elif target is None:
            best, count = targets.best
            title = next((i.title for i in targets.inspections if int(i.id) == best), "")
            self.reimport_note.setText(
                self.tr(
                    "文件中有 {n} 个问题已在巡察“{title}”中。如果是再次导入同一文件，"
                    "请选择“导入到已有巡察”，按更新处理。"
                ).format(n=count, title=title)
                if count
                else ""
            )
        else:
            self.reimport_note.setText("")
        self.reimport_note.setVisible(bool(self.reimport_note.text()))
        # 导入方式 follows the target: 更新 where the issue is already there.
        self.model.set_effective(self.effective)
        self._fill_problems(self.effective)
        self._fill_summary(self.effective)
        self._share_height()
        self.completeChanged.emit()

    # ------------------------------------------------------------ the plan
    def _fill_summary(self, plan: ImportPlan) -> None:
        errors = sum(1 for p in plan.problems if p.blocking)
        warnings = len(plan.problems) - errors
        self.summary.setText(
            self.tr(
                "文件“{file}”：问题 {issues} 个，整改措施 {measures} 条；"
                "错误 {errors} 处，提示 {warnings} 处。"
            ).format(
                file=plan.file,
                issues=len(plan.issues),
                measures=plan.measure_count,
                errors=errors,
                warnings=warnings,
            )
        )
        self.coverage_note.setText(self.coverage_text(plan.coverage))
        self.coverage_note.setVisible(bool(self.coverage_note.text()))
        if errors:
            self.blocked_note.setText(
                self.tr(
                    "有 {n} 处错误，不能导入。请在文件中改正后重新选择文件，"
                    "或返回上一步调整表头和各列。"
                ).format(n=errors)
            )
        elif not plan.issues:
            self.blocked_note.setText(self.tr("文件中没有可导入的问题。"))
        else:
            self.blocked_note.setText("")
        self.blocked_note.setVisible(bool(self.blocked_note.text()))

    def coverage_text(self, coverage: Coverage | None) -> str:
        """The file's counts against the plan's, and where the skipped rows are listed."""
        if coverage is None:
            return ""
        kinds = coverage.rows_by_kind
        text = self.tr(
            "文件有 {sheets} 个工作表（有台账内容的 {ledgers} 个），读取“{read}”："
            "非空行 {rows} 行，其中问题和整改措施 {data} 行（{issues} 个问题）、"
            "分类标题 {sections} 行、标题和表头 {heads} 行；"
            "台账各列的非空单元格 {cells} 个，导入使用 {used} 个。"
        ).format(
            sheets=len(coverage.sheets),
            ledgers=len(coverage.ledger_sheets),
            read=listed(coverage.sheets_read),
            rows=coverage.rows,
            data=kinds.get("issue", 0) + kinds.get("measure", 0),
            issues=kinds.get("issue", 0),
            sections=kinds.get("section", 0),
            heads=kinds.get("title", 0) + kinds.get("header", 0),
            cells=coverage.cells,
            used=coverage.cells_used,
        )
        if coverage.skipped:
            text += self.tr(
                "跳过 {n} 行（合计 {totals}、说明和签名 {notes}、其他 {other}），"
                "都列在下方问题清单中。"
            ).format(
                n=len(coverage.skipped),
                totals=kinds.get("total", 0),
                notes=kinds.get("note", 0),
                other=len(coverage.skipped) - kinds.get("total", 0) - kinds.get("note", 0),
            )
        if coverage.unread_columns:
            text += self.tr("未导入的列：{columns}。").format(
                columns=listed(coverage.unread_columns)
            )
        return text

    def _fill_tree(self, plan: ImportPlan) -> None:
        mapping = self.wiz.plan_request.mapping if self.wiz.plan_request else ()
        self.marks = place_problems(plan, mapping)
        # The view is given the first issues, and more as it is scrolled down (it lays
        # out every row it has, a call into the model for each).
        self.model.set_plan(plan, self.marks)
        self._show_tree()

    def _show_tree(self) -> None:
        """A short plan opened, the columns fitted."""
        if self.model.issue_count <= EXPAND_ALL_UP_TO:
            self.tree.expandAll()
        self._size_columns()
        self.tree_shown.emit()

    def _size_columns(self) -> None:
        """Widths in Chinese characters: the text column wide, the others fitted to the
        first rows' texts up to a cap (long unit names and statuses are elided). The
        first rows only: fitting a column to 10,000 rows made each row's texts."""
        han = self.fontMetrics().horizontalAdvance("国")
        caps = {COL_NUMBER: 5, COL_CATEGORY: 8, COL_STATUS: 10, COL_UNIT: 8}
        # Each cell's width as the view's resizeColumnToContents takes it (the item
        # delegate's size hint), for the first rows only.
        option = QStyleOptionViewItem()
        self.tree.initViewItemOption(option)
        delegate = self.tree.itemDelegate()
        rows: list[QModelIndex] = []
        for row in range(min(self.model.rowCount(), SIZED_ROWS)):
            index = self.model.index(row, 0)
            rows.append(index)
            if self.tree.isExpanded(index):
                rows.extend(
                    self.model.index(m, 0, index) for m in range(self.model.rowCount(index))
                )
            if len(rows) >= SIZED_ROWS:
                break
        header = self.tree.header()
        for column in range(self.model.columnCount()):
            if column == COL_TEXT:
                self.tree.setColumnWidth(column, han * 22)
                continue
            # The first column holds the branch indicator, and a measure's indent.
            indent = self.tree.indentation() if column == 0 else 0
            width = max(
                (
                    delegate.sizeHint(option, i.siblingAtColumn(column)).width()
                    + indent * (2 if i.parent().isValid() else 1)
                    for i in rows
                ),
                default=0,
            )
            width = max(width, header.sectionSizeHint(column))
            self.tree.setColumnWidth(column, min(width, han * caps.get(column, 8)))

    def _share_height(self) -> None:
        """Split the height between the tree and the problem list by how many rows
        each has (a short plan with many problems gives the problems the room)."""
        tree_rows = 0
        for row in range(self.model.rowCount()):
            if tree_rows >= 40:
                break  # rows past 40 change nothing below
            index = self.model.index(row, 0)
            tree_rows += 1 + (self.model.rowCount(index) if self.tree.isExpanded(index) else 0)
        problem_rows = self.problem_model.rowCount()
        line = self.fontMetrics().lineSpacing() + 4
        total = max(self.splitter.height(), line * 12)
        want_tree = (min(tree_rows, 40) + 2) * line
        want_problems = (min(problem_rows, 40) + 3) * line
        tree = max(total * want_tree // (want_tree + want_problems), line * 5)
        self.splitter.setSizes([tree, max(total - tree, line * 5)])

    def _fill_problems(self, plan: ImportPlan) -> None:
        self.problem_model.set_problems(plan.problems, self.marks)
        self.problems_label.setText(self.tr("问题清单（双击一行可在上方定位）"))
        han = self.fontMetrics().horizontalAdvance("国")
        for column, width in enumerate((3, 6, 3, 9, 9, 40)):
            self.problems.setColumnWidth(column, han * width)

    def show_problem(self, index: QModelIndex) -> QModelIndex | None:
        """Select the preview's cell the listed problem at ``index`` is in (on its
        measure's row when it has one); returns that cell's index."""
        mark = self.problem_model.place(index.row()) if index.isValid() else None
        if mark is None:
            return None
        target = self.model.issue_index(mark.issue, mark.column)
        if not target.isValid():
            return None
        if mark.measure is not None:
            self.tree.expand(target.siblingAtColumn(0))
            below = self.model.index(mark.measure, mark.column, target.siblingAtColumn(0))
            target = below if below.isValid() else target
        self.tree.setCurrentIndex(target)
        self.tree.scrollTo(target)
        return target

    # ------------------------------------------------------------ apply
    def isComplete(self) -> bool:
        plan = self.effective
        if plan is None or plan.blocked or not plan.issues:
            return False
        if self.existing_radio.isChecked():
            return self.target_inspection() is not None
        return bool(self.title_edit.text().strip())

    def final_plan(self) -> tuple[ImportPlan, InspectionId | None]:
        """The plan to apply and its target (None: a new inspection)."""
        assert self.effective is not None
        target = self.target_inspection()
        if target is not None:
            return self.effective, target
        base = self.effective.inspection or InspectionDraft(title="")
        draft = dataclasses.replace(base, title=self.title_edit.text().strip()[:200])
        return dataclasses.replace(self.effective, inspection=draft), None


# ============================================================ the window
def open_import_wizard(window: LedgerWindow, path: str | Path | None = None) -> ImportWizard:
    """Open the wizard over the window (window-modal, not blocking), with ``path``
    already chosen when given. A wizard already open is reused."""
    wizard = window.widget().findChild(ImportWizard)
    if wizard is None or not wizard.isVisible():
        from desktop.ui.operations import PlanApply

        wizard = ImportWizard(window.service, window.settings, window.widget())
        wizard.apply_plan = lambda plan, target, text: PlanApply(
            window,
            plan,
            target,
            text,
            parent=wizard,
            failure_title=QCoreApplication.translate("ImportWizard", "导入失败"),
        )
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.import_applied.connect(lambda done: _after_import(window, wizard, done))
        wizard.open()
    else:
        wizard.raise_()
        wizard.activateWindow()
    if path is not None and wizard.currentId() == ImportWizard.FILE_PAGE:
        wizard.set_file(path)
    return wizard


def _after_import(window: LedgerWindow, wizard: ImportWizard, done: object) -> None:
    """The new inspection shown and the counts said (the import is one undo step
    already, put there by ``ui.operations``)."""
    assert isinstance(done, Done)
    applied = done.value
    if isinstance(applied, Applied):
        window.show_inspection(int(applied.inspection_id))
    window.show_status(wizard.summary(), 30000)
