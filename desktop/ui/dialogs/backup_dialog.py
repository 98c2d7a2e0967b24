"""文件 → 备份与恢复: the ledger's backups with what each holds, 立即备份, 恢复所选 and
how many days of backups to keep. The dialog lists and makes backups itself (neither
changes the ledger); a restore is asked for with ``restore_requested`` and carried
out by the window (:mod:`desktop.ui.safety`), which reloads everything afterwards."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services import backups
from desktop.services.backups import (
    KEEP_AT_LEAST,
    BackupInfo,
    keep_days,
    ledger_file,
    list_backups,
    make_backup,
    set_keep_days,
)
from desktop.services.ledger import LedgerService
from desktop.storage.backup import default_backup_dir
from desktop.storage.errors import LedgerError
from desktop.ui import operations
from desktop.ui.models.columns import RIGHT, Column
from desktop.ui.models.record_table_model import RecordTableModel
from desktop.ui.operations import Operation
from desktop.ui.widgets.tables import setup_table


def contents_text(info: BackupInfo) -> str:
    """What a backup holds, or why it cannot be read (the service's words)."""
    return backups.contents_text(info.summary, info.problem)


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(size // 1024, 1)} KB"


def evidence_text(info: BackupInfo) -> str:
    """The evidence files a backup holds: how many, their size, how many are missing."""
    e = info.evidence
    if e is None:
        return ""
    if e.files == 0:
        return QCoreApplication.translate("BackupDialog", "无")
    text = QCoreApplication.translate("BackupDialog", "{files} 个（{size}）").format(
        files=e.files, size=size_text(e.size)
    )
    if e.missing:
        text += QCoreApplication.translate("BackupDialog", "，缺 {count} 个").format(
            count=len(e.missing)
        )
    return text


def evidence_tooltip(info: BackupInfo) -> str:
    e = info.evidence
    if e is None or not e.missing:
        return ""
    lines = [
        QCoreApplication.translate(
            "BackupDialog",
            "这份备份缺少以下佐证材料（当前台账中也没有时，不能用它恢复）：",
        )
    ]
    lines += e.missing[:20]
    if len(e.missing) > 20:
        lines.append(
            QCoreApplication.translate("BackupDialog", "……另有 {count} 个").format(
                count=len(e.missing) - 20
            )
        )
    return "\n".join(lines)


def backup_columns() -> tuple[Column[BackupInfo], ...]:
    # The contents come last: the last column takes the rest of the width.
    return (
        Column(
            "at",
            QCoreApplication.translate("BackupDialog", "备份时间"),
            lambda b: b.at.strftime("%Y-%m-%d %H:%M:%S"),
            tooltip=lambda b: str(b.path),
            width=12,
        ),
        Column(
            "reason",
            QCoreApplication.translate("BackupDialog", "原因"),
            lambda b: b.reason_label,
            width=10,
            # Each reason whole: the words are longer in English than in Chinese.
            fits=tuple(backups.reason_label(reason) for reason in backups.REASON_CODES),
        ),
        Column(
            "size",
            QCoreApplication.translate("BackupDialog", "大小"),
            lambda b: size_text(b.size),
            sort_key=lambda b: b.size,
            align=RIGHT,
            width=5,
        ),
        Column(
            "evidence",
            QCoreApplication.translate("BackupDialog", "佐证材料"),
            evidence_text,
            sort_key=lambda b: b.evidence.size if b.evidence else -1,
            tooltip=evidence_tooltip,
            width=15,  # room for "7 个（4.3 MB），缺 1 个" without eliding the count
        ),
        Column(
            "contents",
            QCoreApplication.translate("BackupDialog", "内容"),
            contents_text,
            tooltip=contents_text,
            width=20,
        ),
    )


class BackupDialog(QDialog):
    """The ledger's backups, newest first, and what can be done with them.

    Signals:
        restore_requested(BackupInfo): 恢复所选 — the window asks, restores and
            reloads, then calls :meth:`refresh`.
    """

    restore_requested = Signal(object)

    def __init__(
        self, service: LedgerService, parent: QWidget | None = None, *, read_only: bool = False
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.read_only = read_only
        self.ledger: Path | None = ledger_file(service)
        self.setWindowTitle(self.tr("备份与恢复"))

        self.where = QLabel(self)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model: RecordTableModel[BackupInfo] = RecordTableModel(backup_columns(), self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        setup_table(self.view, self.model.columns)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.doubleClicked.connect(lambda _index: self.request_restore())
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        self.backup_button = QPushButton(self.tr("立即备份"), self)
        self.backup_button.setToolTip(self.tr("现在把台账备份一份（不影响正在进行的工作）"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("恢复所选…"), self)
        self.restore_button.setToolTip(
            self.tr("用所选的备份替换当前台账；当前台账会先自动备份，可以再恢复回来")
        )
        self.restore_button.clicked.connect(self.request_restore)
        actions = QHBoxLayout()
        actions.addWidget(self.backup_button)
        actions.addWidget(self.restore_button)
        actions.addStretch(1)

        self.keep = QSpinBox(self)
        self.keep.setRange(1, 3650)
        self.keep.setSuffix(self.tr(" 天"))
        self.keep.setValue(keep_days(service) if self.ledger is not None else 30)
        self._kept = self.keep.value()
        keep_row = QHBoxLayout()
        keep_row.addWidget(QLabel(self.tr("保留最近"), self))
        keep_row.addWidget(self.keep)
        keep_note = QLabel(
            self.tr("的备份（最新的 {count} 个备份无论多旧都保留）").format(count=KEEP_AT_LEAST),
            self,
        )
        keep_note.setWordWrap(True)
        keep_row.addWidget(keep_note, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addLayout(keep_row)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.horizontalAdvance("中") * 62, metrics.lineSpacing() * 26)

        self._describe_location()
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    # ---------------------------------------------------------------- showing
    def _describe_location(self) -> None:
        if self.ledger is None:
            self.where.setText(
                self.tr(
                    "这是服务器上的共享台账（PostgreSQL），不在本机备份，"
                    "请由数据库管理员用 pg_dump 备份和恢复"
                    "（佐证材料保存在台账数据库中，一并备份）。"
                )
            )
            for widget in (self.backup_button, self.restore_button, self.keep, self.view):
                widget.setEnabled(False)
            return
        text = self.tr(
            "台账：{ledger}\n备份保存在：{folder}\n"
            "每天第一次打开台账时自动备份一次；导入、合并、读入通报和恢复之前也会自动备份。"
        ).format(ledger=self.ledger, folder=default_backup_dir(self.ledger))
        text += "\n" + self.tr(
            "佐证材料随台账一并备份和恢复（存放在备份文件夹的 evidence 子文件夹中，"
            "同一份文件只保存一次）。"
        )
        if self.read_only:
            text += "\n" + self.tr("台账以只读方式打开：可以备份，不能恢复或修改保留天数。")
            self.keep.setEnabled(False)
        self.where.setText(text)

    def refresh(self, select: Path | None = None) -> None:
        """List the backups again (reading what each holds takes a moment for big
        ledgers, so it runs with a busy indicator); ``select`` one by its file."""
        if self.ledger is None:
            self.model.set_records([])
            self._update_buttons()
            return
        # A backup that cannot be read is listed as such; the list itself never fails
        # loudly (an empty list says it).
        outcome = Operation(
            self.parentWidget(),
            lambda _control: self._list(),
            label=self.tr("正在读取备份…"),
            tell=False,
        ).run()
        backups = outcome.value or []
        self.model.set_records(backups)
        self.empty.setVisible(not backups)
        self.empty.setText(self.tr("还没有备份。"))
        row = next((n for n, b in enumerate(backups) if b.path == select), 0 if backups else -1)
        if row >= 0:
            self.view.selectRow(row)
        self._update_buttons()

    def _list(self) -> list[BackupInfo]:
        return list_backups(self.service)

    def selected(self) -> BackupInfo | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        records = self.model.records()
        row = rows[0].row()
        return records[row] if 0 <= row < len(records) else None

    def select_path(self, path: Path) -> bool:
        """Select the backup with this file; True when it is listed."""
        for row, info in enumerate(self.model.records()):
            if info.path == path:
                self.view.selectRow(row)
                return True
        return False

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected()
        self.restore_button.setEnabled(
            self.ledger is not None
            and not self.read_only
            and chosen is not None
            and chosen.summary is not None
        )

    # ---------------------------------------------------------------- actions
    def backup_now(self) -> BackupInfo | None:
        """立即备份; the new backup is selected in the list."""
        if self.ledger is None:
            return None
        outcome = Operation(
            self,
            lambda _control: make_backup(self.service),
            label=self.tr("正在备份台账…"),
            failure_title=self.tr("备份失败"),
        ).run()
        if not outcome.ok:
            return None
        info = outcome.value
        assert info is not None
        self.refresh(select=info.path)
        self.status.setText(
            self.tr("已备份：{name}（{size}）").format(
                name=info.path.name, size=size_text(info.size)
            )
        )
        return info

    def request_restore(self) -> None:
        chosen = self.selected()
        if chosen is not None and self.restore_button.isEnabled():
            self.restore_requested.emit(chosen)

    def save_keep_days(self) -> None:
        """Store the number of days to keep when it was changed."""
        days = self.keep.value()
        if self.ledger is None or self.read_only or days == self._kept:
            return
        try:
            set_keep_days(self.service, days)
        except LedgerError as exc:
            operations.tell_failure(self, exc)
            return
        self._kept = days

    def done(self, result: int) -> None:
        self.save_keep_days()
        super().done(result)
