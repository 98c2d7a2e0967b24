"""文件 → 导入 → 整改情况通报…: read a published notice (a .txt or .docx file, or text
pasted in) into the ledger.

The dialog shows the text as read, with line numbers, beside what the reader made of
it: the inspection (team, unit, kind, dates, issuer, notice date), the issues and their
measures as a tree, the statistics figures and every problem with its line. Selecting a
problem, an issue or a measure highlights its line in the text; the text may be
corrected there and read again. On 导入 the window applies the plan
(:func:`import_notice`): a new inspection by default, or into one already in the
ledger, with the notice's figures kept for the ledger check, as one undo step.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStyle,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.numbering import ordinal_measure
from desktop.domain.plan import ImportPlan, PlannedIssue
from desktop.domain.problems import Problem, Severity
from desktop.domain.records import InspectionDraft, InspectionId, InspectionRecord
from desktop.notice.reader import NoticeFileError, NoticeReading, read_notice_text
from desktop.ui import labels, messages
from desktop.ui.widgets.source_view import ERROR_BACKGROUND, WARNING_BACKGROUND, SourceView

if TYPE_CHECKING:
    from desktop.ui.window_api import LedgerWindow

# What the issue tree's items are (Qt.UserRole) and the line each comes from.
KIND_ROLE = Qt.ItemDataRole.UserRole
LINE_ROLE = Qt.ItemDataRole.UserRole + 1
CATEGORY, ISSUE, MEASURE = "category", "issue", "measure"

ERROR_INK = QColor("#b3261e")
WARNING_INK = QColor("#8a5a00")


def _date(value: Any) -> str:
    return labels.format_date(value) if value is not None else ""


def _period(start: Any, end: Any) -> str:
    if start is None and end is None:
        return ""
    return QCoreApplication.translate("NoticeImportDialog", "{start} 至 {end}").format(
        start=_date(start) or "？", end=_date(end) or "？"
    )


class NoticeImportDialog(QDialog):
    """The preview of one notice before it is imported; holds the reading, the
    inspection as possibly edited, and the chosen target. It writes nothing: after
    ``accept()`` the caller takes :meth:`plan` and :meth:`target_inspection_id`."""

    def __init__(
        self,
        inspections: list[InspectionRecord],
        current: InspectionRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入整改情况通报"))
        self._inspections = list(inspections)
        self.reading: NoticeReading | None = None
        self._inspection: InspectionDraft | None = None
        self._file = ""
        self._encoding = ""
        self._read_text = ""

        # --- where the text comes from
        self.open_button = QPushButton(self.tr("打开文件…"), self)
        self.open_button.setToolTip(
            self.tr("读入 .txt、.docx 或保存的网页（.html、.mht）格式的通报")
        )
        self.paste_button = QPushButton(self.tr("粘贴文本"), self)
        self.paste_button.setToolTip(self.tr("读入剪贴板中的通报全文（如从网页复制的）"))
        self.origin_label = QLabel(self)
        self.origin_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addWidget(self.paste_button)
        top.addWidget(self.origin_label, 1)

        # --- the text, with line numbers
        self.source = SourceView(self)
        self.source.setPlaceholderText(
            self.tr(
                "打开通报文件（.txt、.docx 或从网站保存的网页），"
                "或把通报全文粘贴到这里后点击“读取文本”。"
                "原文有误时可在此直接改正，再点击“读取文本”。"
            )
        )
        self.read_button = QPushButton(self.tr("读取文本"), self)
        self.read_button.setToolTip(self.tr("按左侧的文字重新读取"))
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("通报原文"), left))
        left_layout.addWidget(self.source, 1)
        read_row = QHBoxLayout()
        read_row.addStretch(1)
        read_row.addWidget(self.read_button)
        left_layout.addLayout(read_row)

        # --- what the reader made of it
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_inspection_tab(), self.tr("巡察"))
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("问题 / 整改措施"), self.tr("整改状态"), self.tr("行")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tabs.addTab(self.tree, self.tr("问题和措施"))
        self.stats_tree = QTreeWidget(self)
        self.stats_tree.setHeaderLabels([self.tr("统计项"), self.tr("数字")])
        self.stats_tree.setRootIsDecorated(False)
        self.stats_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.stats_tree.header().setStretchLastSection(False)
        self.stats_tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tabs.addTab(self.stats_tree, self.tr("统计数字"))
        self.problem_list = QTreeWidget(self)
        self.problem_list.setHeaderLabels([self.tr("行"), self.tr("类型"), self.tr("说明")])
        self.problem_list.setRootIsDecorated(False)
        self.problem_list.setWordWrap(True)
        plist_header = self.problem_list.header()
        plist_header.setStretchLastSection(True)
        plist_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        plist_header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.problem_detail = QLabel(self)
        self.problem_detail.setWordWrap(True)
        self.problem_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        problems_page = QWidget(self)
        problems_layout = QVBoxLayout(problems_page)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        problems_layout.addWidget(self.problem_list, 1)
        problems_layout.addWidget(self.problem_detail)
        self.problems_page = problems_page
        self.tabs.addTab(problems_page, self.tr("问题提示"))

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        # --- where it goes
        self.new_radio = QRadioButton(self)
        self.existing_radio = QRadioButton(self.tr("并入台账中已有的巡察："), self)
        self.target_group = QButtonGroup(self)
        self.target_group.addButton(self.new_radio)
        self.target_group.addButton(self.existing_radio)
        self.new_radio.setChecked(True)
        self.existing_combo = QComboBox(self)
        for record in self._inspections:
            self.existing_combo.addItem(record.title, int(record.id))
        if current is not None:
            self.existing_combo.setCurrentIndex(max(0, self.existing_combo.findData(current.id)))
        self.existing_radio.setEnabled(bool(self._inspections))
        self.existing_combo.setEnabled(False)
        self.duplicate_label = QLabel(self)
        self.duplicate_label.setWordWrap(True)
        self.duplicate_label.setStyleSheet(f"color: {WARNING_INK.name()};")
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        target = QFormLayout()
        target.addRow(self.new_radio)
        existing_row = QHBoxLayout()
        existing_row.addWidget(self.existing_radio)
        existing_row.addWidget(self.existing_combo, 1)
        target.addRow(existing_row)
        target.addRow(self.duplicate_label)

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("导入"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.summary_label)
        layout.addLayout(target)
        layout.addWidget(self.buttons)

        self.open_button.clicked.connect(self.choose_file)
        self.paste_button.clicked.connect(self.paste_clipboard)
        self.read_button.clicked.connect(self.read_text)
        self.source.textChanged.connect(self._update_buttons)
        self.tree.currentItemChanged.connect(self._tree_item_chosen)
        self.problem_list.currentItemChanged.connect(self._problem_chosen)
        self.existing_radio.toggled.connect(self._target_changed)
        self.existing_combo.currentIndexChanged.connect(lambda _i: self._target_changed())

        self._fit_to_screen()
        self._show_reading()

    def _fit_to_screen(self) -> None:
        """Wide enough for the text beside the tree; inside the screen (1366×768
        laptops are common)."""
        chars = self.fontMetrics().averageCharWidth()
        lines = self.fontMetrics().lineSpacing()
        width, height = max(chars * 190, 1100), max(lines * 40, 700)
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, int(available.width() * 0.95))
            height = min(height, int(available.height() * 0.9))
        self.resize(width, height)
        self.splitter.setSizes([width * 9 // 20, width * 11 // 20])

    def _build_inspection_tab(self) -> QWidget:
        page = QWidget(self)
        self.inspection_form = QFormLayout(page)
        self.inspection_form.setFieldGrowthPolicy(
            QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow
        )
        self.fields: dict[str, QLabel] = {}
        for name, label in (
            ("title", labels.field_label("title")),
            ("inspector", labels.field_label("inspector")),
            ("inspected_unit", labels.field_label("inspected_unit")),
            ("kind", labels.field_label("kind")),
            ("period", self.tr("巡察时间")),
            ("feedback_date", labels.field_label("feedback_date")),
            ("rectification", self.tr("集中整改期")),
            ("issuer", labels.field_label("issuer")),
            ("notice_date", labels.field_label("notice_date")),
            ("contact", self.tr("联系方式")),
            ("remarks", labels.field_label("remarks")),
        ):
            value = QLabel(page)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.inspection_form.addRow(label + self.tr("："), value)
            self.fields[name] = value
        self.edit_inspection_button = QPushButton(self.tr("修改巡察信息…"), page)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.edit_inspection_button)
        self.inspection_form.addRow(row)
        self.edit_inspection_button.clicked.connect(self.edit_inspection)
        return page

    # ================================================================ sources
    def choose_file(self) -> None:
        path = messages.ask_open_file(
            self,
            self.tr("打开通报"),
            self.tr(
                "通报 (*.txt *.docx *.doc *.wps *.rtf *.pdf *.ofd *.html *.htm *.mht);;"
                "文本文件 (*.txt);;Word 文档 (*.docx *.doc *.wps *.rtf);;"
                "PDF、OFD 文件 (*.pdf *.ofd);;"
                "网页 (*.html *.htm *.mht *.mhtml);;所有文件 (*)"
            ),
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> bool:
        """Read a notice file and show it; False (and a message) when it cannot be read.
        Read in a worker, with progress and 取消 after a moment: a 300-page PDF takes
        seconds, which the window must not freeze for."""
        from desktop.notice.reader import notice_source, read_decoded
        from desktop.ui.operations import Control, Operation

        def read(_control: Control) -> tuple[NoticeReading, tuple[str, str]]:
            decoded = notice_source(path)  # once: a PDF's reading is the long part
            return read_decoded(decoded, path.name), (decoded.text, decoded.encoding)

        outcome = Operation(
            self,
            read,
            label=self.tr("正在读取“{name}”…").format(name=path.name),
            cancellable=True,
            tell=False,
            abandon_on_cancel=True,
        ).run()
        if outcome.cancelled:
            return False
        if isinstance(outcome.error, NoticeFileError):
            messages.error(self, str(outcome.error), self.tr("无法读入通报"))
            return False
        if outcome.error is not None or outcome.value is None:
            messages.error(
                self,
                self.tr("无法读取“{name}”：{reason}").format(
                    name=path.name, reason=outcome.error or ""
                ),
                self.tr("无法读入通报"),
            )
            return False
        reading, (text, encoding) = outcome.value
        self._file = path.name
        self._encoding = encoding
        self.source.set_source(text)
        self._read_text = self.source.toPlainText()
        self._set_reading(reading)
        return True

    def paste_clipboard(self) -> None:
        """Put the clipboard's text in the view and read it."""
        clipboard = QGuiApplication.clipboard()
        text = clipboard.text() if clipboard is not None else ""
        if not text.strip():
            messages.info(
                self,
                self.tr("剪贴板中没有文字。请先在网页或文档中复制通报全文，再点击“粘贴文本”。"),
            )
            self.source.setFocus()
            return
        self.set_text(text)

    def set_text(self, text: str) -> None:
        """Show pasted text and read it."""
        self._file = ""
        self._encoding = ""
        self.source.set_source(text)
        self.read_text()

    def read_text(self) -> None:
        """Read the text in the view (pasted, or a file's as corrected there)."""
        text = self.source.toPlainText()
        if not text.strip():
            return
        reading = read_notice_text(text, file=self._file, encoding=self._encoding)
        self._read_text = text
        self._set_reading(reading)

    # ================================================================= showing
    def _set_reading(self, reading: NoticeReading) -> None:
        self.reading = reading
        self._inspection = reading.plan.inspection
        self.new_radio.setChecked(True)
        self._show_reading()

    def _show_reading(self) -> None:
        plan = self.reading.plan if self.reading else None
        self._show_origin()
        self._show_inspection()
        self._show_issues(plan)
        self._show_statistics(plan)
        self._show_problems(plan)
        self._mark_source(plan)
        self._show_summary(plan)
        self._target_changed()
        if plan is not None and plan.blocked:
            self.tabs.setCurrentWidget(self.problems_page)
        elif plan is not None:
            self.tabs.setCurrentWidget(self.tree)

    def _show_origin(self) -> None:
        if self.reading is None:
            self.origin_label.setText("")
        elif self._file:
            encoding = {"docx": "Word", "utf-8": "UTF-8", "utf-8-sig": "UTF-8"}.get(
                self._encoding, self._encoding.upper()
            )
            self.origin_label.setText(
                self.tr("文件：{name}（{encoding}）").format(name=self._file, encoding=encoding)
            )
        else:
            self.origin_label.setText(self.tr("粘贴的文本"))

    def _show_inspection(self) -> None:
        draft = self._inspection
        values: dict[str, str] = dict.fromkeys(self.fields, "")
        if draft is not None:
            values.update(
                title=draft.title,
                inspector=draft.inspector,
                inspected_unit=draft.inspected_unit,
                kind=labels.kind_label(draft.kind),
                period=_period(draft.start, draft.end),
                feedback_date=_date(draft.feedback_date),
                rectification=_period(draft.rectification_start, draft.rectification_end),
                issuer=draft.issuer,
                notice_date=_date(draft.notice_date),
                contact=draft.contact,
                remarks=draft.remarks,
            )
        # Problems of the inspection's own fields (an unreadable date) mark their row.
        trouble: dict[str, list[Problem]] = {}
        for problem in self.reading.plan.problems if self.reading else ():
            row = {
                "start": "period",
                "end": "period",
                "rectification_start": "rectification",
                "rectification_end": "rectification",
                "date": "notice_date",
            }.get(problem.field, problem.field)
            if row in self.fields and problem.field not in ("text", "status", "number"):
                trouble.setdefault(row, []).append(problem)
        for name, label in self.fields.items():
            found = trouble.get(name, [])
            text = values[name]
            if found and not text:
                text = self.tr("（未能读出）")
            label.setText(text)
            if found:
                ink = ERROR_INK if any(p.blocking for p in found) else WARNING_INK
                label.setStyleSheet(f"color: {ink.name()};")
                label.setToolTip("\n".join(_problem_line(p) for p in found))
            else:
                label.setStyleSheet("")
                label.setToolTip("")
        self.edit_inspection_button.setEnabled(draft is not None)

    def _show_issues(self, plan: ImportPlan | None) -> None:
        self.tree.clear()
        self.tree.setHeaderLabels([self.tr("问题 / 整改措施"), self.tr("整改状态"), self.tr("行")])
        issues = plan.issues if plan else ()
        trouble = _problems_by_issue(plan) if plan else {}
        style = self.style()
        icons = {
            Severity.ERROR: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            Severity.WARNING: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
        }
        parents: dict[tuple[str, ...], QTreeWidgetItem] = {}
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for index, planned in enumerate(issues):
            parent: QTreeWidgetItem | None = None
            for depth in range(1, len(planned.category_path) + 1):
                path = planned.category_path[:depth]
                if path not in parents:
                    node = QTreeWidgetItem([path[-1]])
                    node.setData(0, KIND_ROLE, CATEGORY)
                    node.setFont(0, bold)
                    node.setToolTip(0, path[-1])
                    if parent is None:
                        self.tree.addTopLevelItem(node)
                    else:
                        parent.addChild(node)
                    node.setFirstColumnSpanned(True)
                    node.setExpanded(True)
                    parents[path] = node
                parent = parents[path]
            item = self._issue_item(planned)
            found = trouble.get(index, [])
            if found:
                worst = Severity.ERROR if any(p.blocking for p in found) else Severity.WARNING
                item.setIcon(0, icons[worst])
                ink = ERROR_INK if worst is Severity.ERROR else WARNING_INK
                for column in range(3):
                    item.setForeground(column, ink)
                item.setToolTip(
                    0, item.toolTip(0) + "\n\n" + "\n".join(_problem_line(p) for p in found)
                )
            if parent is None:
                self.tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            item.setExpanded(True)
        count = len(issues)
        measures = sum(len(p.measures) for p in issues)
        self.tabs.setTabText(
            self.tabs.indexOf(self.tree),
            self.tr("问题和措施（{issues}/{measures}）").format(issues=count, measures=measures),
        )

    def _issue_item(self, planned: PlannedIssue) -> QTreeWidgetItem:
        draft = planned.draft
        head = self.tr("问题{number}.").format(number=draft.number) if draft.number else ""
        status = labels.status_text(draft.status, draft.long_term)
        item = QTreeWidgetItem([head + draft.text, status, _line_text(planned.source.line)])
        item.setData(0, KIND_ROLE, ISSUE)
        item.setData(0, LINE_ROLE, planned.source.line)
        item.setToolTip(0, _wrap(head + draft.text))
        if draft.progress:
            item.setToolTip(1, self.tr("原文：{progress}").format(progress=draft.progress))
        item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        many = len(planned.measures) > 1
        for seq, measure in enumerate(planned.measures, start=1):
            lead = ordinal_measure(seq) if many else ""
            child = QTreeWidgetItem(
                [lead + measure.draft.text, "", _line_text(measure.source.line)]
            )
            child.setData(0, KIND_ROLE, MEASURE)
            child.setData(0, LINE_ROLE, measure.source.line or planned.source.line)
            child.setToolTip(0, _wrap(lead + measure.draft.text))
            child.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.addChild(child)
        return item

    def _show_statistics(self, plan: ImportPlan | None) -> None:
        self.stats_tree.clear()
        figures = plan.statistics if plan else {}
        rate_trouble = [p for p in (plan.problems if plan else ()) if p.field == "rate"]
        decimals = self.reading.statistics.rate_decimals if self.reading else 2
        for name, value in _statistics_rows(figures, decimals):
            item = QTreeWidgetItem([name, value])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if rate_trouble and name == _stat_label("rate"):
                for column in range(2):
                    item.setForeground(column, WARNING_INK)
                item.setToolTip(0, "\n".join(_problem_line(p) for p in rate_trouble))
                item.setToolTip(1, item.toolTip(0))
            self.stats_tree.addTopLevelItem(item)
        if not figures and plan is not None:
            item = QTreeWidgetItem([self.tr("通报中没有统计段落。")])
            item.setFirstColumnSpanned(True)
            self.stats_tree.addTopLevelItem(item)
        self.tabs.setTabText(
            self.tabs.indexOf(self.stats_tree),
            self.tr("统计数字（{count}）").format(count=len(_statistics_rows(figures))),
        )

    def _show_problems(self, plan: ImportPlan | None) -> None:
        self.problem_list.clear()
        problems = plan.problems if plan else ()
        style = self.style()
        for problem in problems:
            kind = self.tr("错误") if problem.blocking else self.tr("提示")
            item = QTreeWidgetItem([_line_text(problem.line), kind, _describe(problem)])
            item.setIcon(
                1,
                style.standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxCritical
                    if problem.blocking
                    else QStyle.StandardPixmap.SP_MessageBoxWarning
                ),
            )
            item.setData(0, LINE_ROLE, problem.line)
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(2, _wrap(_describe(problem)))
            if problem.blocking:
                for column in range(3):
                    item.setForeground(column, ERROR_INK)
            self.problem_list.addTopLevelItem(item)
        errors = sum(1 for p in problems if p.blocking)
        self.tabs.setTabText(
            self.tabs.indexOf(self.problems_page),
            self.tr("问题提示（{count}）").format(count=len(problems))
            if problems
            else self.tr("问题提示"),
        )
        bar = self.tabs.tabBar()
        bar.setTabTextColor(
            self.tabs.indexOf(self.problems_page),
            ERROR_INK if errors else (WARNING_INK if problems else self.palette().text().color()),
        )

    def _mark_source(self, plan: ImportPlan | None) -> None:
        marks: dict[int, QColor] = {}
        for problem in plan.problems if plan else ():
            if problem.line is None:
                continue
            if problem.blocking or marks.get(problem.line) != ERROR_BACKGROUND:
                marks[problem.line] = ERROR_BACKGROUND if problem.blocking else WARNING_BACKGROUND
        self.source.mark_lines(marks)

    def _show_summary(self, plan: ImportPlan | None) -> None:
        if plan is None:
            self.summary_label.setText(self.tr("尚未读入通报。"))
            self.summary_label.setStyleSheet("")
            return
        errors = sum(1 for p in plan.problems if p.blocking)
        warnings = len(plan.problems) - errors
        text = self.tr(
            "读出 {issues} 个问题、{measures} 条整改措施；{errors} 处错误，{warnings} 处提示。"
        ).format(
            issues=len(plan.issues),
            measures=plan.measure_count,
            errors=errors,
            warnings=warnings,
        )
        if errors:
            text += self.tr("有错误时不能导入：请在左侧原文中改正后点击“读取文本”。")
        elif warnings:
            text += self.tr("提示的内容会照原文导入，请核对。")
        self.summary_label.setText(text)
        self.summary_label.setStyleSheet(f"color: {ERROR_INK.name()};" if errors else "")

    # =============================================================== choosing
    def _tree_item_chosen(self, item: QTreeWidgetItem | None, _previous: Any = None) -> None:
        if item is None:
            return
        line = item.data(0, LINE_ROLE)
        if isinstance(line, int):
            self.source.show_line(line)

    def _problem_chosen(self, item: QTreeWidgetItem | None, _previous: Any = None) -> None:
        if item is None:
            self.problem_detail.setText("")
            return
        self.problem_detail.setText(
            item.text(2)
            if not item.text(0)
            else self.tr("第{line}行：{text}").format(line=item.text(0), text=item.text(2))
        )
        line = item.data(0, LINE_ROLE)
        self.source.show_line(line if isinstance(line, int) else None)

    def _target_changed(self, _checked: bool = False) -> None:
        draft = self._inspection
        self.new_radio.setEnabled(draft is not None)
        self.new_radio.setText(
            self.tr("新建巡察“{title}”").format(title=draft.title)
            if draft is not None
            else self.tr("新建巡察")
        )
        self.existing_combo.setEnabled(self.existing_radio.isChecked())
        duplicate = self.duplicate()
        self.duplicate_label.setVisible(duplicate is not None)
        if duplicate is not None:
            self.duplicate_label.setText(
                self.tr(
                    "台账中已有巡察“{title}”，这份通报可能已经导入过。"
                    "如要按新通报更新进度，请在台账中修改；仍可再新建一次。"
                ).format(title=duplicate.title)
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        plan = self.reading.plan if self.reading else None
        text = self.source.toPlainText()
        self.read_button.setEnabled(bool(text.strip()) and text != self._read_text)
        target_ok = self.existing_radio.isChecked() or self._inspection is not None
        self.import_button.setEnabled(plan is not None and not plan.blocked and target_ok)

    def edit_inspection(self) -> None:
        """修改巡察信息: the inspection as read, in the usual inspection form."""
        if self._inspection is None:
            return
        from desktop.ui.dialogs.inspection_dialog import InspectionDialog

        dialog = InspectionDialog(self._inspection, self)
        if messages.run_dialog(dialog):
            self._inspection = dialog.draft()
            self._show_inspection()
            self._target_changed()

    # ================================================================= results
    def duplicate(self) -> InspectionRecord | None:
        """The inspection of the ledger with the title the new one would get."""
        if self._inspection is None or self.existing_radio.isChecked():
            return None
        title = self._inspection.title
        return next((i for i in self._inspections if i.title == title), None)

    def plan(self) -> ImportPlan | None:
        """The plan to apply: the reading's, with the inspection as edited here."""
        if self.reading is None:
            return None
        return dataclasses.replace(self.reading.plan, inspection=self._inspection)

    def target_inspection_id(self) -> InspectionId | None:
        """The inspection to import into, or None for a new one."""
        if self.existing_radio.isChecked():
            value = self.existing_combo.currentData()
            return InspectionId(int(value)) if value is not None else None
        return None

    def accept(self) -> None:
        plan = self.plan()
        if plan is None or plan.blocked or not self.import_button.isEnabled():
            return
        if self.source.toPlainText() != self._read_text and not messages.confirm(
            self,
            self.tr("左侧原文修改后尚未重新读取，导入的是修改前读出的内容。仍要导入吗？"),
        ):
            return
        duplicate = self.duplicate()
        if duplicate is not None and not messages.confirm(
            self,
            self.tr("台账中已有巡察“{title}”。仍要再新建一次并导入这份通报吗？").format(
                title=duplicate.title
            ),
        ):
            return
        super().accept()


# ====================================================================== helpers
def _line_text(line: int | None) -> str:
    return str(line) if line is not None else ""


def _wrap(text: str, width: int = 40) -> str:
    """Tooltips of long Chinese text wrapped (Qt does not wrap text without spaces)."""
    return "\n".join(text[i : i + width] for i in range(0, len(text), width)) or text


def _describe(problem: Problem) -> str:
    text = problem.message or labels.problem_text(problem)
    if problem.value and problem.value not in text:
        text += QCoreApplication.translate("NoticeImportDialog", "（原文：{value}）").format(
            value=problem.value
        )
    return text


def _problem_line(problem: Problem) -> str:
    if problem.line is None:
        return _describe(problem)
    return QCoreApplication.translate("NoticeImportDialog", "第{line}行：{text}").format(
        line=problem.line, text=_describe(problem)
    )


_INSPECTION_FIELDS = frozenset(
    {
        "title",
        "inspector",
        "inspected_unit",
        "kind",
        "start",
        "end",
        "feedback_date",
        "rectification_start",
        "rectification_end",
        "issuer",
        "notice_date",
        "date",
        "contact",
        "remarks",
        "rate",
    }
)


def _problems_by_issue(plan: ImportPlan) -> dict[int, list[Problem]]:
    """Problems that fall inside an issue's lines (from its first line up to the next
    issue's), by the issue's index in the plan."""
    starts = sorted(
        (p.source.line, index) for index, p in enumerate(plan.issues) if p.source.line is not None
    )
    out: dict[int, list[Problem]] = {}
    for problem in plan.problems:
        if problem.line is None:
            continue
        owner = None
        for start, index in starts:
            if start <= problem.line:
                owner = index
            else:
                break
        if owner is not None and problem.field not in _INSPECTION_FIELDS:
            out.setdefault(owner, []).append(problem)
    return out


def _stat_label(key: str) -> str:
    names = {
        "issues_total": QCoreApplication.translate("NoticeImportDialog", "反馈问题"),
        "done": QCoreApplication.translate("NoticeImportDialog", "已完成整改"),
        "closed": QCoreApplication.translate("NoticeImportDialog", "已销号"),
        "partial": QCoreApplication.translate("NoticeImportDialog", "基本完成"),
        "in_progress": QCoreApplication.translate("NoticeImportDialog", "正在整改"),
        "not_started": QCoreApplication.translate("NoticeImportDialog", "未启动"),
        "not_done": QCoreApplication.translate("NoticeImportDialog", "未完成"),
        "postponed": QCoreApplication.translate("NoticeImportDialog", "申请延期"),
        "long_term": QCoreApplication.translate("NoticeImportDialog", "长期坚持"),
        "rate": QCoreApplication.translate("NoticeImportDialog", "整改完成率"),
        "rules_made": QCoreApplication.translate("NoticeImportDialog", "制定完善制度"),
    }
    return names.get(key, key)


def _number(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:g}" if value != int(value) else str(int(value))
    return str(value)


def _statistics_rows(figures: dict[str, Any], rate_decimals: int = 2) -> list[tuple[str, str]]:
    """The figures of a notice as (label, value with its unit) rows, in the order a
    notice gives them; the rate with as many decimals as the notice wrote."""
    rows: list[tuple[str, str]] = []
    for key in (
        "issues_total",
        "done",
        "closed",
        "partial",
        "in_progress",
        "not_started",
        "not_done",
        "postponed",
        "long_term",
    ):
        if figures.get(key) is not None:
            rows.append(
                (
                    _stat_label(key),
                    QCoreApplication.translate("NoticeImportDialog", "{n} 个").format(
                        n=figures[key]
                    ),
                )
            )
    if figures.get("rate") is not None:
        rate = float(figures["rate"])
        rows.append((_stat_label("rate"), f"{rate:.{max(0, rate_decimals)}f}%"))
    for kind, count in (figures.get("accountability") or {}).items():
        rows.append(
            (
                QCoreApplication.translate("NoticeImportDialog", "问责：{kind}").format(kind=kind),
                QCoreApplication.translate("NoticeImportDialog", "{n} 人").format(n=count),
            )
        )
    if figures.get("rules_made") is not None:
        rows.append(
            (
                _stat_label("rules_made"),
                QCoreApplication.translate("NoticeImportDialog", "{n} 项").format(
                    n=figures["rules_made"]
                ),
            )
        )
    for kind, amount in (figures.get("funds") or {}).items():
        rows.append(
            (
                str(kind),
                QCoreApplication.translate("NoticeImportDialog", "{n} 万元").format(
                    n=_number(amount)
                ),
            )
        )
    for kind, count in (figures.get("meetings") or {}).items():
        rows.append(
            (str(kind), QCoreApplication.translate("NoticeImportDialog", "{n} 次").format(n=count))
        )
    return rows


# =================================================================== the action
def import_notice(window: LedgerWindow, path: Path | None = None) -> bool:
    """导入整改情况通报: show the preview (reading ``path`` first when given) and, when
    the user accepts, apply the plan and keep the notice's figures, as one undo step.
    Returns True when something was imported."""
    dialog = NoticeImportDialog(window.inspections(), window.current_inspection(), window.widget())
    if path is not None and not dialog.load_file(path):
        return False
    if not messages.run_dialog(dialog):
        return False
    plan = dialog.plan()
    if plan is None:
        return False
    return apply_notice_plan(window, plan, dialog.target_inspection_id())


def apply_notice_plan(window: LedgerWindow, plan: ImportPlan, target: InspectionId | None) -> bool:
    """Apply a notice's plan (its figures included) as one undo step, the window's one
    way (``ui.operations``)."""
    from desktop.ui.operations import PlanApply

    title = plan.inspection.title if plan.inspection is not None and target is None else ""
    if not title:
        title = next((i.title for i in window.inspections() if i.id == target), "")
    text = QCoreApplication.translate("notice_import", "导入通报“{title}”").format(title=title)
    # apply_plan keeps the notice's figures on the inspection in the same transaction,
    # so the import (figures included) is one undo step.
    done = PlanApply(window, plan, target, text).run()
    if done is None:
        return False
    window.show_inspection(int(done.value.inspection_id))
    window.show_status(
        QCoreApplication.translate(
            "notice_import", "已导入通报：{issues} 个问题，{measures} 条整改措施。"
        ).format(issues=done.value.issues_added, measures=done.value.measures_added),
        8000,
    )
    return True
