"""文件 → 合并回收的台账: the review of returned hand-outs before anything is written.

Per file and unit, every change field by field (issue/measure, field, sent → theirs)
with a checkbox, all accepted by default; every conflict with the three values (sent,
theirs, ours) and a choice (theirs / ours) that starts undecided; the measures the unit
added (accepted by default), the evidence it lists that the ledger lacks, the problems
found, and the files that could not be merged at all. The dialog only collects the
choices; :meth:`MergeReviewDialog.plan` turns them into one ``ImportPlan``.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.plan import ImportPlan
from desktop.domain.problems import Problem
from desktop.domain.status import Status
from desktop.domain.texts import listed
from desktop.excel.merge import (
    Choice,
    MergeAddition,
    MergeChange,
    MergeConflict,
    MergeResult,
    RowRef,
    Side,
    combined_plan,
)
from desktop.ui import labels, messages

_KIND = Qt.ItemDataRole.UserRole
_WHERE = Qt.ItemDataRole.UserRole + 1

# Columns of the tree.
ITEM, FIELD, SENT, THEIRS, OURS, CHOICE = range(6)
# How many characters of a measure's text label its row.
_LABEL_CHARS = 18


class MergeReviewDialog(QDialog):
    """The review of one or several returned files (see the module docstring).

    ``results`` are the merges of the files that could be read, ``refused`` the
    problems of those that could not. After ``accept()``, :meth:`plan` is what to
    apply. No signals of its own."""

    def __init__(
        self,
        results: Sequence[MergeResult],
        refused: Sequence[Problem] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.results = list(results)
        self.refused = list(refused)
        self._change_items: dict[tuple[int, int], QTreeWidgetItem] = {}
        self._declined_items: dict[tuple[int, int], QTreeWidgetItem] = {}
        self._addition_items: dict[tuple[int, int], QTreeWidgetItem] = {}
        self._conflict_boxes: dict[tuple[int, int], QComboBox] = {}
        self._conflict_items: dict[tuple[int, int], QTreeWidgetItem] = {}
        self.setWindowTitle(self.tr("合并回收的台账"))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.tree = QTreeWidget()
        self.tree.setColumnCount(6)
        self.tree.setHeaderLabels(
            [
                self.tr("问题 / 整改措施"),
                self.tr("内容"),
                self.tr("分发时"),
                self.tr("单位填报"),
                self.tr("台账现值"),
                self.tr("处理"),
            ]
        )
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        row = QHBoxLayout()
        self.accept_all_button = QPushButton(self.tr("全部采纳"))
        self.reject_all_button = QPushButton(self.tr("全部不采纳"))
        self.accept_all_button.clicked.connect(lambda: self.set_all_accepted(True))
        self.reject_all_button.clicked.connect(lambda: self.set_all_accepted(False))
        row.addWidget(self.accept_all_button)
        row.addWidget(self.reject_all_button)
        row.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("合并选中的内容"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row.addWidget(self.buttons)
        layout.addLayout(row)

        self._fill()
        self.tree.itemChanged.connect(lambda _item, _col: self._update_summary())
        self.tree.currentItemChanged.connect(lambda item, _prev: self._show_detail(item))
        self._size_columns()
        em = self.fontMetrics().horizontalAdvance("中")
        screen = self.screen().availableGeometry()
        self.resize(
            min(em * 84, int(screen.width() * 0.9)), min(em * 46, int(screen.height() * 0.9))
        )
        splitter.setSizes([em * 26, em * 14])
        first = next(iter([*self._conflict_items.values(), *self._change_items.values()]), None)
        if first is not None:
            self.tree.setCurrentItem(first)
        self._update_summary()

    # ------------------------------------------------------------------ filling
    def _fill(self) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        for f, result in enumerate(self.results):
            top = QTreeWidgetItem(
                [self.tr("{unit}　{file}").format(unit=result.unit, file=result.file)]
            )
            top.setFont(ITEM, bold)
            top.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            if result.empty:
                self._note(top, self.tr("没有需要合并的内容（台账已是最新）"))
            if result.conflicts:
                group = self._group(
                    top,
                    self.tr("冲突 {n} 处：单位和台账都改了同一项，请逐项选择").format(
                        n=len(result.conflicts)
                    ),
                )
                for n, conflict in enumerate(result.conflicts):
                    self._conflict_item(group, f, n, conflict)
            if result.changes:
                group = self._group(top, self.tr("修改 {n} 处").format(n=len(result.changes)))
                for n, change in enumerate(result.changes):
                    self._change_item(group, f, n, change)
            if result.additions:
                group = self._group(
                    top, self.tr("新增整改措施 {n} 条").format(n=len(result.additions))
                )
                for n, addition in enumerate(result.additions):
                    self._addition_item(group, f, n, addition)
            if result.evidence:
                group = self._group(
                    top,
                    self.tr("佐证材料 {n} 处：台账中还没有，请另行附上文件").format(
                        n=len(result.evidence)
                    ),
                )
                for n, note in enumerate(result.evidence):
                    item = QTreeWidgetItem(
                        [self._row_label(note.ref), self.tr("佐证材料"), "", listed(note.titles)]
                    )
                    item.setData(ITEM, _KIND, "evidence")
                    item.setData(ITEM, _WHERE, (f, n))
                    item.setToolTip(THEIRS, "\n".join(note.titles))
                    group.addChild(item)
            if result.declined:
                group = self._group(
                    top,
                    self.tr("此前已不采纳 {n} 处（不再合并；如要采纳，请勾选）").format(
                        n=len(result.declined)
                    ),
                )
                for n, change in enumerate(result.declined):
                    self._change_item(group, f, n, change, declined=True)
            if result.problems:
                group = self._group(
                    top, self.tr("问题 {n} 个（未合并）").format(n=len(result.problems))
                )
                for n, problem in enumerate(result.problems):
                    self._problem_item(group, problem, ("problem", f, n))
            top.setExpanded(True)
        if self.refused:
            top = QTreeWidgetItem([self.tr("无法合并的文件 {n} 个").format(n=len(self.refused))])
            top.setFont(ITEM, bold)
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            for n, problem in enumerate(self.refused):
                self._problem_item(top, problem, ("refused", -1, n))
            top.setExpanded(True)

    def _group(self, parent: QTreeWidgetItem, text: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text])
        item.setData(ITEM, _KIND, "group")
        parent.addChild(item)
        item.setFirstColumnSpanned(True)
        item.setExpanded(True)
        return item

    def _note(self, parent: QTreeWidgetItem, text: str) -> None:
        item = QTreeWidgetItem([text])
        item.setData(ITEM, _KIND, "note")
        parent.addChild(item)
        item.setFirstColumnSpanned(True)

    def _row_label(self, ref: RowRef) -> str:
        if ref.entity == "issue":
            return self.tr("问题 {number}").format(number=ref.number)
        text = " ".join(ref.text.split())
        short = text if len(text) <= _LABEL_CHARS else text[:_LABEL_CHARS] + "…"
        return self.tr("问题 {number} · {measure}").format(number=ref.number, measure=short)

    def _set_values(self, item: QTreeWidgetItem, field: str, values: Sequence[Any]) -> None:
        for column, value in zip((SENT, THEIRS, OURS), values, strict=False):
            shown = self.value_text(field, value)
            item.setText(column, " ".join(shown.split()))
            item.setToolTip(column, shown)

    def _change_item(
        self,
        group: QTreeWidgetItem,
        f: int,
        n: int,
        change: MergeChange,
        *,
        declined: bool = False,
    ) -> None:
        """A change to tick; one the clerk turned down at an earlier merge starts
        unticked (its expected value is what the ledger holds now)."""
        item = QTreeWidgetItem([self._row_label(change.ref), self.field_text(change.field)])
        self._set_values(item, change.field, (change.sent, change.theirs))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(ITEM, Qt.CheckState.Unchecked if declined else Qt.CheckState.Checked)
        item.setData(ITEM, _KIND, "declined" if declined else "change")
        item.setData(ITEM, _WHERE, (f, n))
        item.setToolTip(ITEM, change.ref.text)
        group.addChild(item)
        (self._declined_items if declined else self._change_items)[(f, n)] = item

    def _conflict_item(
        self, group: QTreeWidgetItem, f: int, n: int, conflict: MergeConflict
    ) -> None:
        item = QTreeWidgetItem([self._row_label(conflict.ref), self.field_text(conflict.field)])
        self._set_values(item, conflict.field, (conflict.sent, conflict.theirs, conflict.ours))
        item.setData(ITEM, _KIND, "conflict")
        item.setData(ITEM, _WHERE, (f, n))
        item.setToolTip(ITEM, conflict.ref.text)
        group.addChild(item)
        box = QComboBox()
        box.addItem(self.tr("请选择…"), None)
        box.addItem(self.tr("采用单位填报"), "theirs")
        box.addItem(self.tr("保留台账现值"), "ours")
        box.currentIndexChanged.connect(lambda _i: self._update_summary())
        self.tree.setItemWidget(item, CHOICE, box)
        self._conflict_boxes[(f, n)] = box
        self._conflict_items[(f, n)] = item

    def _addition_item(
        self, group: QTreeWidgetItem, f: int, n: int, addition: MergeAddition
    ) -> None:
        status = labels.status_label(addition.draft.status)
        item = QTreeWidgetItem(
            [
                self.tr("问题 {number}").format(number=addition.number),
                self.tr("新增整改措施"),
                "",
                " ".join(addition.draft.text.split()),
                "",
                status,
            ]
        )
        item.setToolTip(THEIRS, addition.draft.text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(ITEM, Qt.CheckState.Checked)
        item.setData(ITEM, _KIND, "addition")
        item.setData(ITEM, _WHERE, (f, n))
        group.addChild(item)
        self._addition_items[(f, n)] = item

    def _problem_item(
        self, parent: QTreeWidgetItem, problem: Problem, where: tuple[str, int, int]
    ) -> None:
        place = problem.where()
        item = QTreeWidgetItem([place or problem.file, labels.problem_text(problem)])
        item.setData(ITEM, _KIND, where[0])
        item.setData(ITEM, _WHERE, (where[1], where[2]))
        item.setToolTip(FIELD, problem.describe())
        parent.addChild(item)
        item.setFirstColumnSpanned(False)

    def _size_columns(self) -> None:
        header = self.tree.header()
        em = self.fontMetrics().horizontalAdvance("中")
        widths = {ITEM: 20, FIELD: 7, SENT: 13, THEIRS: 15, OURS: 15, CHOICE: 9}
        for column, chars in widths.items():
            self.tree.setColumnWidth(column, em * chars)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(THEIRS, QHeaderView.ResizeMode.Interactive)

    # --------------------------------------------------------------- wording
    def field_text(self, field: str) -> str:
        return labels.field_label(field)

    def value_text(self, field: str, value: Any) -> str:
        """A record value as the clerk reads it."""
        if field == "status" and isinstance(value, str):
            try:
                return labels.status_label(Status(value))
            except ValueError:
                return value
        if field == "long_term":
            return self.tr("是") if value else self.tr("否")
        if field == "completion_date":
            return labels.format_date(date.fromisoformat(value)) if value else self.tr("（空）")
        return str(value) if value else self.tr("（空）")

    # ---------------------------------------------------------------- choices
    def set_all_accepted(self, accepted: bool) -> None:
        """Check or uncheck every change and addition (conflicts stay as chosen)."""
        state = Qt.CheckState.Checked if accepted else Qt.CheckState.Unchecked
        for item in [*self._change_items.values(), *self._addition_items.values()]:
            item.setCheckState(ITEM, state)

    def change_item(self, file: int, index: int) -> QTreeWidgetItem:
        return self._change_items[(file, index)]

    def declined_item(self, file: int, index: int) -> QTreeWidgetItem:
        return self._declined_items[(file, index)]

    def addition_item(self, file: int, index: int) -> QTreeWidgetItem:
        return self._addition_items[(file, index)]

    def conflict_item(self, file: int, index: int) -> QTreeWidgetItem:
        return self._conflict_items[(file, index)]

    def conflict_box(self, file: int, index: int) -> QComboBox:
        return self._conflict_boxes[(file, index)]

    def resolve(self, file: int, index: int, side: Side | None) -> None:
        """Choose theirs or ours for a conflict (None: undecided again)."""
        box = self._conflict_boxes[(file, index)]
        box.setCurrentIndex(box.findData(side) if side else 0)

    def undecided(self) -> int:
        return sum(1 for box in self._conflict_boxes.values() if box.currentData() is None)

    def choices(self) -> list[Choice]:
        out: list[Choice] = []
        for f, result in enumerate(self.results):
            changes = {
                n
                for n in range(len(result.changes))
                if self._change_items[(f, n)].checkState(ITEM) == Qt.CheckState.Checked
            }
            additions = {
                n
                for n in range(len(result.additions))
                if self._addition_items[(f, n)].checkState(ITEM) == Qt.CheckState.Checked
            }
            resolutions: dict[int, Side] = {}
            for n in range(len(result.conflicts)):
                side = self._conflict_boxes[(f, n)].currentData()
                if side in ("theirs", "ours"):
                    resolutions[n] = side
            reconsidered = {
                n
                for n in range(len(result.declined))
                if self._declined_items[(f, n)].checkState(ITEM) == Qt.CheckState.Checked
            }
            out.append((result, changes, resolutions, additions, reconsidered))
        return out

    def plan(self) -> ImportPlan:
        """One plan of everything chosen, over all files (one undo step)."""
        return combined_plan(self.choices())

    # ------------------------------------------------------------- behaviour
    def _update_summary(self) -> None:
        plan = self.plan()
        total_changes = sum(len(r.changes) for r in self.results)
        conflicts = sum(len(r.conflicts) for r in self.results)
        problems = sum(len(r.problems) for r in self.results)
        text = self.tr(
            "{files} 个文件：修改 {changes} 处（选中 {chosen} 处），冲突 {conflicts} 处"
            "（未选择 {undecided} 处），新增整改措施 {additions} 条，问题 {problems} 个。"
        ).format(
            files=len(self.results),
            changes=total_changes,
            chosen=sum(
                1
                for item in self._change_items.values()
                if item.checkState(ITEM) == Qt.CheckState.Checked
            ),
            conflicts=conflicts,
            undecided=self.undecided(),
            additions=len(plan.new_measures),
            problems=problems,
        )
        declined = sum(len(r.declined) for r in self.results)
        if declined:
            text += self.tr("此前已不采纳的 {n} 处不再合并（勾选的除外）。").format(n=declined)
        if self.refused:
            text += self.tr("另有 {n} 个文件无法合并。").format(n=len(self.refused))
        self.summary.setText(text)

    def _show_detail(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            self.detail.clear()
            return
        kind = item.data(ITEM, _KIND)
        where = item.data(ITEM, _WHERE)
        parts: list[str] = []
        if kind in ("change", "declined", "conflict") and where is not None:
            f, n = where
            result = self.results[f]
            if kind in ("change", "declined"):
                change = result.changes[n] if kind == "change" else result.declined[n]
                ref, field = change.ref, change.field
                values = [(self.tr("分发时"), change.sent), (self.tr("单位填报"), change.theirs)]
            else:
                conflict = result.conflicts[n]
                ref, field = conflict.ref, conflict.field
                values = [
                    (self.tr("分发时"), conflict.sent),
                    (self.tr("单位填报"), conflict.theirs),
                    (self.tr("台账现值"), conflict.ours),
                ]
            title = f"{self._row_label(ref)}　{self.field_text(field)}"
            parts.append(f"<p><b>{html.escape(title)}</b></p>")
            head = "".join(f"<th align='left'>{html.escape(name)}</th>" for name, _ in values)
            cells = "".join(
                "<td valign='top'>"
                + html.escape(self.value_text(field, value)).replace("\n", "<br>")
                + "</td>"
                for _, value in values
            )
            parts.append(
                "<table width='100%' border='1' cellspacing='0' cellpadding='4'>"
                f"<tr>{head}</tr><tr>{cells}</tr></table>"
            )
            what = self.tr("整改措施") if ref.entity == "measure" else self.tr("问题")
            parts.append(f"<p>{html.escape(what)}：{html.escape(ref.text)}</p>")
        elif kind == "addition" and where is not None:
            addition = self.results[where[0]].additions[where[1]]
            draft = addition.draft
            parts.append(
                "<p><b>"
                + html.escape(self.tr("问题 {number} 新增整改措施").format(number=addition.number))
                + f"</b></p><p>{html.escape(draft.text)}</p>"
            )
            if draft.progress:
                parts.append(f"<p>{html.escape(draft.progress)}</p>")
        elif kind in ("problem", "refused") and where is not None:
            problem = (
                self.refused[where[1]]
                if kind == "refused"
                else self.results[where[0]].problems[where[1]]
            )
            parts.append(f"<p>{html.escape(problem.describe())}</p>")
        elif kind == "evidence" and where is not None:
            note = self.results[where[0]].evidence[where[1]]
            parts.append(f"<p><b>{html.escape(self._row_label(note.ref))}</b></p>")
            parts.append("<p>" + "<br>".join(html.escape(t) for t in note.titles) + "</p>")
        self.detail.setHtml("".join(parts))

    def accept(self) -> None:
        undecided = self.undecided()
        if undecided and not messages.confirm(
            self,
            self.tr(
                "还有 {n} 处冲突没有选择，这些内容将不合并（以后可以再次合并同一文件来处理）。"
                "继续合并其余内容吗？"
            ).format(n=undecided),
        ):
            return
        super().accept()
