"""The conflict dialog: someone else saved the issue (or measure) after this clerk
loaded it, so the save was refused. It shows who and when ("此问题已被某某修改于…"),
every field where the two versions differ (mine, theirs, and which both changed), and
offers 重新载入 (drop mine), 覆盖 (mine over theirs), 合并 (theirs plus my changes,
when no field was changed by both) and 取消. It decides nothing itself: the window
reads :attr:`ConflictDialog.choice` (see :mod:`desktop.ui.conflict`)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.conflicts import Conflict, FieldDifference
from desktop.ui import labels
from desktop.ui.models.columns import Column
from desktop.ui.models.history_model import value_text
from desktop.ui.models.issue_table_model import _rich_tooltip
from desktop.ui.models.record_table_model import RecordTableModel
from desktop.ui.widgets.tables import setup_table

_BOTH_BACKGROUND = QColor("#fce8e6")


class ConflictChoice(Enum):
    """What the clerk chose in the conflict dialog."""

    RELOAD = "reload"  # drop my changes, show theirs
    OVERWRITE = "overwrite"  # save mine over theirs
    MERGE = "merge"  # theirs, with the fields I changed laid on top
    CANCEL = "cancel"  # nothing saved; my edits stay in the form


def shown_value(difference: FieldDifference, value: Any, categories: Mapping[int, str]) -> str:
    """A field value of either side as the forms and the history show it."""
    if value is None or value == "" or value == []:
        return QCoreApplication.translate("ConflictDialog", "（空）")
    return value_text(difference.field, json.dumps(value, ensure_ascii=False), categories)


def who_changed(difference: FieldDifference) -> str:
    if difference.both_changed:
        return QCoreApplication.translate("ConflictDialog", "双方都修改了")
    if difference.mine != difference.base:
        return QCoreApplication.translate("ConflictDialog", "只有我修改了")
    return QCoreApplication.translate("ConflictDialog", "只有对方修改了")


def difference_columns(categories: Mapping[int, str]) -> tuple[Column[FieldDifference], ...]:
    def mine(d: FieldDifference) -> str:
        return shown_value(d, d.mine, categories)

    def theirs(d: FieldDifference) -> str:
        return shown_value(d, d.theirs, categories)

    return (
        Column(
            "field",
            QCoreApplication.translate("ConflictDialog", "内容"),
            lambda d: labels.field_label(d.field),
            width=5,
        ),
        Column(
            "mine",
            QCoreApplication.translate("ConflictDialog", "我的内容"),
            mine,
            tooltip=lambda d: _rich_tooltip(mine(d)),
            width=14,
        ),
        Column(
            "theirs",
            QCoreApplication.translate("ConflictDialog", "对方保存的内容"),
            theirs,
            tooltip=lambda d: _rich_tooltip(theirs(d)),
            width=14,
        ),
        Column(
            "who",
            QCoreApplication.translate("ConflictDialog", "谁修改了"),
            who_changed,
            width=6,
        ),
    )


class DifferenceModel(RecordTableModel[FieldDifference]):
    """The differing fields; rows changed by both sides are shaded and bold.
    Roles as RecordTableModel, plus background and font."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.FontRole):
            record = self.records()[index.row()] if index.isValid() else None
            if record is None or not record.both_changed:
                return None
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(_BOTH_BACKGROUND)
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


class ConflictDialog(QDialog):
    """Shows a refused save and asks what to do; :attr:`choice` holds the answer
    (CANCEL unless a button was pressed). ``what`` names the record (问题, 整改措施);
    ``categories`` (id → name) names categories."""

    def __init__(
        self,
        conflict: Conflict,
        what: str,
        parent: QWidget | None = None,
        *,
        categories: Mapping[int, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.choice = ConflictChoice.CANCEL
        self.setWindowTitle(self.tr("记录已被修改"))
        by = conflict.by or self.tr("其他用户")
        heading = (
            self.tr("此{what}已被{by}修改于{at}").format(what=what, by=by, at=conflict.at)
            if conflict.at
            else self.tr("此{what}已被{by}修改").format(what=what, by=by)
        )
        self.heading = QLabel(heading, self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)

        self.both = [d for d in conflict.differences if d.both_changed]
        if not conflict.differences:
            summary = self.tr(
                "对方保存后，两边的内容已经一样，没有不同之处。可以直接保存（覆盖）或重新载入。"
            )
        elif self.both:
            summary = self.tr(
                "下表列出两边不同的内容，其中 {count} 项双方都修改了（红色），只能二选一："
                "重新载入（用对方的）或覆盖（用我的）。"
            ).format(count=len(self.both))
        else:
            summary = self.tr(
                "下表列出两边不同的内容。双方没有修改同一项，可以合并：保留对方的修改，"
                "再加上我的修改。"
            )
        self.summary = QLabel(summary, self)
        self.summary.setWordWrap(True)

        self.model = DifferenceModel(difference_columns(categories or {}), self)
        self.model.set_records(conflict.differences)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        setup_table(self.view, self.model.columns)

        self.reload_button = QPushButton(self.tr("重新载入"), self)
        self.reload_button.setToolTip(self.tr("放弃我的修改，显示对方保存的内容"))
        self.overwrite_button = QPushButton(self.tr("覆盖"), self)
        self.overwrite_button.setToolTip(self.tr("保存我的内容，替换对方的修改"))
        self.merge_button = QPushButton(self.tr("合并"), self)
        self.merge_button.setToolTip(
            self.tr("保留对方的修改，再保存我修改过的内容（双方修改了同一项时不能合并）")
        )
        self.cancel_button = QPushButton(self.tr("取消"), self)
        self.cancel_button.setToolTip(self.tr("暂不保存，我的修改留在表单中"))
        self.merge_button.setEnabled(not self.both)
        self.reload_button.clicked.connect(lambda: self._choose(ConflictChoice.RELOAD))
        self.overwrite_button.clicked.connect(lambda: self._choose(ConflictChoice.OVERWRITE))
        self.merge_button.clicked.connect(lambda: self._choose(ConflictChoice.MERGE))
        self.cancel_button.clicked.connect(self.reject)
        (self.reload_button if self.both else self.merge_button).setDefault(True)

        self.explain = QLabel(
            self.tr(
                "重新载入：放弃我的修改。覆盖：用我的内容替换对方的修改。"
                "合并：对方的修改保留，我修改过的内容也保存。"
            ),
            self,
        )
        self.explain.setWordWrap(True)
        self.explain.setStyleSheet("color: #5f6368;")

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (
            self.reload_button,
            self.overwrite_button,
            self.merge_button,
            self.cancel_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.explain)
        layout.addLayout(buttons)
        metrics = self.fontMetrics()
        rows = max(len(conflict.differences), 3)
        self.resize(
            metrics.horizontalAdvance("中") * 52,
            metrics.lineSpacing() * (12 + min(rows, 14)) + 40,
        )

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        self.accept()

    def reject(self) -> None:
        self.choice = ConflictChoice.CANCEL
        super().reject()

    def fields(self) -> list[str]:
        """The differing fields, as listed."""
        return [d.field for d in self.model.records()]
