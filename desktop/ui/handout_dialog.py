"""导出 → 分发给责任单位: choose the units (checkboxes), the return deadline and the
folder the hand-outs go to. The dialog only collects choices; ``handoff_actions``
writes the files."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.handoff import UnitChoice
from desktop.ui import messages
from desktop.ui.widgets.date_edit import DateEdit

# The usual time a unit is given to answer.
DEFAULT_DAYS_TO_RETURN = 14


class HandoutDialog(QDialog):
    """The hand-out choices: which units (all checked at first), the return deadline
    (optional, written into each workbook's instructions) and the output folder.

    Read the choices after ``accept()`` with :meth:`units`, :meth:`due` and
    :meth:`folder`. No signals of its own."""

    def __init__(
        self,
        units: Sequence[UnitChoice],
        scope: str,
        folder: str = "",
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("分发给责任单位"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "为每个责任单位生成一份只含本单位整改措施的 Excel 台账。单位在浅黄色的列中"
                "填写整改进展、状态、完成日期、备注和佐证材料后交回，再用“文件 → 合并回收的"
                "台账”并入本台账。"
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("范围：{scope}").format(scope=scope)))

        self.unit_list = QListWidget()
        for unit in units:
            text = self.tr("{name}（{issues} 个问题，{rows} 条）").format(
                name=unit.name, issues=unit.issues, rows=unit.rows
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, unit.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.unit_list.addItem(item)
        self.unit_list.itemChanged.connect(lambda _item: self._update())
        layout.addWidget(self.unit_list, 1)
        buttons_row = QHBoxLayout()
        self.all_button = QPushButton(self.tr("全选"))
        self.none_button = QPushButton(self.tr("全不选"))
        self.all_button.clicked.connect(lambda: self._check_all(True))
        self.none_button.clicked.connect(lambda: self._check_all(False))
        buttons_row.addWidget(self.all_button)
        buttons_row.addWidget(self.none_button)
        buttons_row.addStretch(1)
        self.count_label = QLabel()
        buttons_row.addWidget(self.count_label)
        layout.addLayout(buttons_row)

        form = QFormLayout()
        due_row = QHBoxLayout()
        self.due_check = QCheckBox(self.tr("请于此日期前交回："))
        self.due_check.setChecked(True)
        self.due_edit = DateEdit()
        self.due_edit.set_date((today or date.today()) + timedelta(days=DEFAULT_DAYS_TO_RETURN))
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        due_row.addWidget(self.due_check)
        due_row.addWidget(self.due_edit, 1)
        form.addRow(self.tr("交回期限："), due_row)
        folder_row = QHBoxLayout()
        self.folder_edit = QLineEdit(folder)
        self.folder_edit.textChanged.connect(lambda _t: self._update())
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self._browse)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        form.addRow(self.tr("保存到文件夹："), folder_row)
        layout.addLayout(form)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("生成分发文件"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        em = self.fontMetrics().horizontalAdvance("中")
        line = self.fontMetrics().height()
        # Room for eight units at a glance; the wrapped introduction gets its lines.
        self.unit_list.setMinimumHeight(line * 9)
        self.resize(em * 40, max(self.sizeHint().height(), line * 24))
        self._update()

    # --------------------------------------------------------------- choices
    def units(self) -> list[str]:
        """The units checked, in list order."""
        out: list[str] = []
        for row in range(self.unit_list.count()):
            item = self.unit_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def set_units(self, names: Sequence[str]) -> None:
        """Check exactly these units."""
        for row in range(self.unit_list.count()):
            item = self.unit_list.item(row)
            wanted = item.data(Qt.ItemDataRole.UserRole) in names
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def due(self) -> date | None:
        return self.due_edit.date_value() if self.due_check.isChecked() else None

    def folder(self) -> str:
        return self.folder_edit.text().strip()

    # -------------------------------------------------------------- behaviour
    def _check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in range(self.unit_list.count()):
            self.unit_list.item(row).setCheckState(state)

    def _browse(self) -> None:
        chosen = messages.ask_directory(self, self.tr("选择保存分发文件的文件夹"), self.folder())
        if chosen:
            self.folder_edit.setText(chosen)

    def _update(self) -> None:
        count = len(self.units())
        self.count_label.setText(self.tr("已选 {n} 个单位").format(n=count))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(count > 0 and bool(self.folder()))

    def accept(self) -> None:
        if not self.units():
            messages.warning(self, self.tr("请至少选择一个单位。"))
            return
        if not self.folder():
            messages.warning(self, self.tr("请选择保存分发文件的文件夹。"))
            return
        if self.due_check.isChecked() and self.due_edit.date_value() is None:
            messages.warning(self, self.tr("交回期限不是有效的日期，请改正或取消勾选。"))
            return
        super().accept()
