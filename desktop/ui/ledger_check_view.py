"""体检: the ledger check (``domain.ledger_check``) before a ledger goes upward. Lists
every finding with its severity, kind, record and message, errors first; a
double-click goes to the issue (and to the measure on the 整改措施 tab) in the main
window. The check runs in a worker thread (seconds on a large ledger).

Severity is the UI's reading of the finding codes: an 错误 is something that
contradicts itself or a published figure and must be put right before reporting; a
提醒 is something missing or suspicious that may have a reason (a done issue whose
evidence is kept on paper, two issues with similar text).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.ledger_check import Finding, FindingCode
from desktop.domain.records import InspectionId, InspectionRecord
from desktop.services.supervision import SupervisionService
from desktop.ui.models.columns import CENTER, Column
from desktop.ui.models.record_table_model import Index, RecordTableModel
from desktop.ui.models.roles import Roles
from desktop.ui.supervision_tasks import BackgroundLoader
from desktop.ui.widgets.tables import setup_table


class Severity(IntEnum):
    """How much a finding matters; sorts errors first."""

    ERROR = 0
    NOTICE = 1


SEVERITY: dict[FindingCode, Severity] = {
    FindingCode.DONE_WITH_OPEN_MEASURES: Severity.ERROR,
    FindingCode.STATUS_DISAGREES: Severity.ERROR,
    FindingCode.DEADLINE_BEFORE_FEEDBACK: Severity.ERROR,
    FindingCode.DUPLICATE_NUMBER: Severity.ERROR,
    FindingCode.NOTICE_RATE: Severity.ERROR,
    FindingCode.NOTICE_FIGURE: Severity.ERROR,
    FindingCode.MEASURE_NO_UNIT: Severity.NOTICE,
    FindingCode.MEASURE_NO_DEADLINE: Severity.NOTICE,
    FindingCode.DONE_WITHOUT_EVIDENCE: Severity.NOTICE,
    FindingCode.DUPLICATE_TEXT: Severity.NOTICE,
    FindingCode.UNIT_RUN_TOGETHER: Severity.NOTICE,
    FindingCode.UNIT_USED_ONCE: Severity.NOTICE,
}
_ERROR_COLOUR = QColor("#f6c6c2")
_NOTICE_COLOUR = QColor("#fbe49a")


def severity_of(finding: Finding) -> Severity:
    return SEVERITY[finding.code]


def severity_label(severity: Severity) -> str:
    if severity is Severity.ERROR:
        return QCoreApplication.translate("LedgerCheck", "错误")
    return QCoreApplication.translate("LedgerCheck", "提醒")


def code_label(code: FindingCode) -> str:
    """What kind of finding, in a few words (the message says the rest)."""
    names = {
        FindingCode.MEASURE_NO_UNIT: QCoreApplication.translate("LedgerCheck", "措施无责任单位"),
        FindingCode.MEASURE_NO_DEADLINE: QCoreApplication.translate(
            "LedgerCheck", "措施无整改时限"
        ),
        FindingCode.DONE_WITH_OPEN_MEASURES: QCoreApplication.translate(
            "LedgerCheck", "已完成但措施未完成"
        ),
        FindingCode.DONE_WITHOUT_EVIDENCE: QCoreApplication.translate(
            "LedgerCheck", "已完成但无佐证材料"
        ),
        FindingCode.DEADLINE_BEFORE_FEEDBACK: QCoreApplication.translate(
            "LedgerCheck", "时限早于反馈日期"
        ),
        FindingCode.DUPLICATE_NUMBER: QCoreApplication.translate("LedgerCheck", "问题序号重复"),
        FindingCode.DUPLICATE_TEXT: QCoreApplication.translate("LedgerCheck", "问题内容重复"),
        FindingCode.STATUS_DISAGREES: QCoreApplication.translate("LedgerCheck", "状态与措施不符"),
        FindingCode.NOTICE_RATE: QCoreApplication.translate("LedgerCheck", "通报完成率不符"),
        FindingCode.NOTICE_FIGURE: QCoreApplication.translate("LedgerCheck", "通报数字已过时"),
        FindingCode.UNIT_RUN_TOGETHER: QCoreApplication.translate(
            "LedgerCheck", "单位名称疑似连写"
        ),
        FindingCode.UNIT_USED_ONCE: QCoreApplication.translate("LedgerCheck", "单位名称仅出现一次"),
    }
    return names[code]


def record_label(finding: Finding) -> str:
    if finding.entity == "inspection":
        return QCoreApplication.translate("LedgerCheck", "巡察")
    if finding.entity == "measure":
        return QCoreApplication.translate("LedgerCheck", "问题{number}的措施").format(
            number=finding.number
        )
    return QCoreApplication.translate("LedgerCheck", "问题{number}").format(number=finding.number)


def _columns() -> tuple[Column[Finding], ...]:
    return (
        Column(
            "severity",
            QCoreApplication.translate("LedgerCheck", "级别"),
            lambda f: severity_label(severity_of(f)),
            sort_key=lambda f: int(severity_of(f)),
            align=CENTER,
            width=3,
        ),
        Column(
            "code",
            QCoreApplication.translate("LedgerCheck", "类型"),
            lambda f: code_label(f.code),
            tooltip=lambda f: f.code.value,
            width=11,
            fits=tuple(code_label(code) for code in FindingCode),  # each kind whole
        ),
        Column(
            "record",
            QCoreApplication.translate("LedgerCheck", "对象"),
            record_label,
            sort_key=lambda f: (f.issue_id or 0) * 100000 + f.record_id,
            width=7,
        ),
        Column(
            "message",
            QCoreApplication.translate("LedgerCheck", "说明"),
            lambda f: f.message,
            tooltip=lambda f: f.message,
            width=40,
        ),
    )


class FindingModel(RecordTableModel[Finding]):
    """The findings, sorted in Python (a sort proxy over 9,000 findings of a large
    ledger froze the window for three seconds); the 级别 cell coloured like the lights
    (red error, yellow notice).

    Roles: those of :class:`RecordTableModel`, and the background of the 级别 column.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_columns(), parent)
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (
            role == Qt.ItemDataRole.BackgroundRole
            and index.isValid()
            and index.column() == 0
            and 0 <= index.row() < self.rowCount()
        ):
            finding = self._rows[index.row()]
            return _ERROR_COLOUR if severity_of(finding) is Severity.ERROR else _NOTICE_COLOUR
        return super().data(index, role)

    def set_records(self, records: Sequence[Finding]) -> None:
        """Show findings, in the order last sorted on (errors first at the start)."""
        rows = list(records)
        if self._sort is not None:
            column, order = self._sort
            rows.sort(
                key=self.columns[column].sort_value,
                reverse=order == Qt.SortOrder.DescendingOrder,
            )
        super().set_records(rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self._sort = (column, order)
        key = self.columns[column].sort_value
        self.layoutAboutToBeChanged.emit()
        rows = self._rows
        # A stable sort: findings equal in this column keep their order.
        order_of = sorted(
            range(len(rows)),
            key=lambda n: key(rows[n]),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        moved_to = {old: new for new, old in enumerate(order_of)}
        self._rows = [rows[n] for n in order_of]
        old = self.persistentIndexList()
        self.changePersistentIndexList(
            old, [self.index(moved_to[i.row()], i.column()) for i in old]
        )
        self.layoutChanged.emit()


class LedgerCheckView(QWidget):
    """Run the check and list its findings.

    Signals:
        record_activated(int, int, int): issue id (0 for an inspection's finding),
            measure id (0 for none) and inspection id of a finding double-clicked.
        checked(object): the check finished; the value is the list of findings.
    """

    record_activated = Signal(int, int, int)
    checked = Signal(object)

    def __init__(
        self,
        source: Callable[[], SupervisionService],
        inspections: Sequence[InspectionRecord] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.findings: list[Finding] = []
        self.loader = BackgroundLoader(self)
        self.loader.finished.connect(self.show_findings)
        self.loader.failed.connect(self._failed)

        self.scope = QComboBox(self)
        self.scope.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.run_button = QPushButton(self.tr("开始体检"), self)
        self.run_button.clicked.connect(lambda _c=False: self.run())
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("范围"), self))
        top.addWidget(self.scope)
        top.addWidget(self.run_button)
        top.addWidget(self.summary, 1)

        self.model = FindingModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        setup_table(self.table, self.model.columns)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.doubleClicked.connect(self._chosen)
        self.table.setToolTip(self.tr("双击转到该问题"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.set_inspections(inspections)

    def set_inspections(
        self, inspections: Sequence[InspectionRecord], current: int | None = None
    ) -> None:
        keep = current if current is not None else self.scope.currentData()
        self.scope.clear()
        self.scope.addItem(self.tr("全部巡察"), None)
        for inspection in inspections:
            self.scope.addItem(inspection.title, int(inspection.id))
        index = self.scope.findData(keep) if keep is not None else 0
        self.scope.setCurrentIndex(max(0, index))

    def run(self) -> None:
        """Run the check on the chosen scope, in the background; ``checked`` follows."""
        scope = self.scope.currentData()
        inspection_id = InspectionId(int(scope)) if scope is not None else None
        supervision = self.source()
        self.run_button.setEnabled(False)
        self.summary.setText(self.tr("正在检查…"))
        self.loader.start(lambda: supervision.lint(inspection_id))

    def _failed(self, message: str) -> None:
        self.run_button.setEnabled(True)
        self.summary.setText(self.tr("无法完成体检：{reason}").format(reason=message))

    def show_findings(self, findings: list[Finding]) -> None:
        self.findings = list(findings)
        self.run_button.setEnabled(True)
        self.model.set_records(self.findings)
        errors = sum(severity_of(f) is Severity.ERROR for f in self.findings)
        if not self.findings:
            self.summary.setText(self.tr("未发现问题，台账可以上报。"))
        else:
            self.summary.setText(
                self.tr(
                    "发现 {n} 处：错误 {errors} 处，提醒 {notices} 处。双击转到该问题。"
                ).format(n=len(self.findings), errors=errors, notices=len(self.findings) - errors)
            )
        self.checked.emit(self.findings)

    def mark_stale(self) -> None:
        """The ledger changed since the check ran: say so (running it again on every
        edit would reorder the list under the user's eyes)."""
        if self.findings and not self.loader.busy:
            self.summary.setText(self.tr("台账在体检后有修改，点“开始体检”重新检查。"))

    def finding_at(self, row: int) -> Finding | None:
        """The finding shown in a row (after sorting)."""
        value = self.model.index(row, 0).data(Roles.RECORD)
        return value if isinstance(value, Finding) else None

    def _chosen(self, index: QModelIndex) -> None:
        finding = index.data(Roles.RECORD)
        if not isinstance(finding, Finding):
            return
        measure_id = finding.record_id if finding.entity == "measure" else 0
        self.record_activated.emit(
            int(finding.issue_id or 0), int(measure_id), int(finding.inspection_id or 0)
        )


class LedgerCheckDialog(QDialog):
    """The check in a window of its own (not modal: the user fixes findings in the
    main window with the list open beside it)."""

    def __init__(
        self,
        source: Callable[[], SupervisionService],
        inspections: Sequence[InspectionRecord] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("台账体检"))
        self.setModal(False)
        self.view = LedgerCheckView(source, inspections, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        line = self.fontMetrics().lineSpacing()
        self.resize(line * 60, line * 30)
