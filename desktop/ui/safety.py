"""The window's safety features: 文件 → 备份与恢复… and 检查台账, 视图 → 修改历史, the
read-only mode of a ledger that cannot be written (a banner and every editing action
off), and the banner for a warning from the automatic backup made on opening.

``install_safety(window, parts)`` adds all of it to a window (the window API, and the
window's own widgets it restyles, ``ui.window_parts``) and returns the
:class:`SafetyFeatures` object (``MainWindow.safety``). Features that add editing
actions register them with ``window.guard`` (:meth:`SafetyFeatures.guard`) so that a
read-only ledger turns them off too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.changes import Changes
from desktop.ui import messages
from desktop.ui.window_api import ActionKey, Menu

if TYPE_CHECKING:
    # The backup, check and history modules (and SQLAlchemy under them) are imported
    # when their action runs: nothing of them is needed to show the window.
    from desktop.services.backups import BackupInfo, Restored
    from desktop.services.history_query import HistoryRow
    from desktop.ui.dialogs.backup_dialog import BackupDialog
    from desktop.ui.history_view import HistoryView
    from desktop.ui.operations import Outcome
    from desktop.ui.window_api import LedgerWindow
    from desktop.ui.window_parts import WindowParts

_BANNER_STYLE = (
    "QFrame#{name} {{ background: {background}; border-bottom: 1px solid {border}; }}"
    "QFrame#{name} QLabel {{ color: #202124; }}"
)


class Banner(QFrame):
    """A coloured strip above the window's panes with one message; closable ones have
    a × button."""

    def __init__(
        self,
        name: str,
        background: str,
        border: str,
        parent: QWidget | None = None,
        *,
        closable: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(_BANNER_STYLE.format(name=name, background=background, border=border))
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        margin = self.fontMetrics().averageCharWidth()
        layout.setContentsMargins(margin * 2, margin, margin, margin)
        layout.addWidget(self.label, 1)
        self.close_button: QToolButton | None = None
        if closable:
            self.close_button = QToolButton(self)
            self.close_button.setText("×")
            self.close_button.setAutoRaise(True)
            self.close_button.setToolTip(self.tr("关闭提示"))
            self.close_button.clicked.connect(self.hide)
            layout.addWidget(self.close_button)
        self.hide()

    def show_text(self, text: str) -> None:
        self.label.setText(text)
        self.setVisible(bool(text))

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()


class SafetyFeatures(QObject):
    """Backups, the integrity check, the ledger's history and read-only mode for one
    main window. Actions: ``backup_action``, ``check_action``, ``history_action``;
    banners: ``read_only_banner``, ``warning_banner``; ``history_view`` once opened."""

    def __init__(self, window: LedgerWindow, parts: WindowParts) -> None:
        main = window.widget()
        super().__init__(main)
        self.window = window
        self.parts = parts
        self.history_view: HistoryView | None = None
        self._guarded: list[QAction] = []
        # The window is built writable (every editing control on, the banner hidden):
        # only a change to read-only, or back, has anything to do.
        self._read_only_shown = False

        self.read_only_banner = Banner("readOnlyBanner", "#fef7e0", "#f9ab00", main)
        self.warning_banner = Banner("warningBanner", "#fce8e6", "#d93025", main, closable=True)
        panes = main.takeCentralWidget()
        holder = QWidget(main)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.read_only_banner)
        layout.addWidget(self.warning_banner)
        if panes is not None:
            layout.addWidget(panes, 1)
        main.setCentralWidget(holder)

        self.backup_action = QAction(self.tr("备份与恢复…"), main)
        self.backup_action.setStatusTip(self.tr("查看台账的备份，立即备份，或从备份恢复"))
        self.backup_action.triggered.connect(lambda _c=False: self.open_backups())
        # Named apart from 报告 → 检查台账内容 (体检): this one asks whether the file
        # and its record of changes are intact, that one what the ledger says.
        self.check_action = QAction(self.tr("检查台账文件是否完好"), main)
        self.check_action.setStatusTip(
            self.tr("检查台账文件有没有损坏、修改记录有没有被改动、佐证材料是否齐全（不改动台账）")
        )
        self.check_action.triggered.connect(lambda _c=False: self.check_ledger())
        self.history_action = QAction(self.tr("修改历史"), main)
        self.history_action.setShortcut("Ctrl+H")
        self.history_action.setStatusTip(self.tr("整个台账的修改记录：谁、何时、改了什么"))
        self.history_action.triggered.connect(lambda _c=False: self.show_history())
        for action in (self.backup_action, self.check_action, self.history_action):
            main.addAction(action)
        window.add_action(ActionKey.BACKUPS, self.backup_action, Menu.FILE, before=ActionKey.QUIT)
        window.add_action(
            ActionKey.CHECK_FILE,
            self.check_action,
            Menu.FILE,
            before=ActionKey.QUIT,
            separator=True,
        )
        window.add_action(
            ActionKey.HISTORY,
            self.history_action,
            Menu.VIEW,
            before=ActionKey.REFRESH,
            separator=True,
        )

        window.events.ledger_changed.connect(self._on_ledger_changed)
        window.events.ledger_replaced.connect(self._on_ledger_replaced)

    # ============================================================== read-only
    @property
    def read_only(self) -> bool:
        """Whether the window's ledger was opened read-only. While the window still
        shows what it read before its service was ready, it is not: only ledgers that
        can be written open that way (see ``desktop.app``)."""
        if not self.window.service_ready:
            return False
        from desktop.storage.engine import is_read_only

        if self.parts.access().access.read_only:  # a 只读 login on a server
            return True
        return is_read_only(self.window.service.uow.engine)

    def guard(self, action: QAction) -> None:
        """Turn ``action`` off whenever the ledger is read-only (for editing actions
        that other features add)."""
        self._guarded.append(action)
        self.enforce_read_only()

    def editing_actions(self) -> list[QAction]:
        """The window's own editing actions (and the 导入 submenu) and those guarded."""
        return [*self.parts.editing_actions, *self._guarded]

    def enforce_read_only(self) -> None:
        """Called whenever the window updates its actions: keep editing off on a
        read-only ledger, and show or hide the banner and the editing controls when
        that state changes."""
        read_only = self.read_only
        if read_only:
            for action in self.editing_actions():
                action.setEnabled(False)
        if read_only != self._read_only_shown:
            self._read_only_shown = read_only
            self._show_read_only(read_only)

    def _show_read_only(self, on: bool) -> None:
        parts = self.parts
        access = parts.access().access
        self.read_only_banner.show_text(
            (
                self.tr(
                    "只读账号：您的账号（{login}）在这个台账上是“只读”角色，"
                    "只能查看、导出和打印，不能修改。"
                ).format(login=access.login)
                if access.read_only
                else self.tr(
                    "只读方式打开：台账文件或所在文件夹不可写入，只能查看、导出和打印，"
                    "不能修改。要修改，请把台账复制到可写入的文件夹后再打开。"
                )
            )
            if on
            else ""
        )
        if not on:
            import_menu = parts.import_menu_action.menu()
            if isinstance(import_menu, QMenu):
                parts.import_menu_action.setEnabled(bool(import_menu.actions()))
            for action in self._guarded:
                action.setEnabled(True)
        parts.nav.setDragDropMode(
            QAbstractItemView.DragDropMode.NoDragDrop
            if on
            else QAbstractItemView.DragDropMode.InternalMove
        )
        parts.nav_f2.setEnabled(not on)
        detail = parts.detail
        form = detail.form
        for line in form.findChildren(QLineEdit):
            line.setReadOnly(on)
        for text in form.findChildren(QPlainTextEdit):
            text.setReadOnly(on)
        for widget in (*form.findChildren(QComboBox), *form.findChildren(QAbstractButton)):
            widget.setEnabled(not on)
        measures = detail.measures
        measures.model.read_only = on
        measures.view.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if on
            else QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        for button in (
            detail.save_button,
            detail.revert_button,
            measures.add_button,
            measures.delete_button,
            measures.up_button,
            measures.down_button,
        ):
            button.setVisible(not on)
            if on:
                button.setEnabled(False)
        measures.hint.setVisible(not on)
        if not on:
            measures._update_buttons()
            detail._update_buttons()
        # The supervision tabs, once built (they apply read-only mode when they are).
        tabs = parts.supervision_tabs()
        if tabs is not None:
            tabs.set_read_only(on)

    # ================================================================ warnings
    def show_warning(self, text: str) -> None:
        """A warning that must not interrupt (the backup on opening failed): shown in
        a closable banner above the panes."""
        if text:
            self.warning_banner.show_text(text)

    # ================================================================= backups
    def open_backups(self) -> None:
        """文件 → 备份与恢复…: a dialog that stays open while the clerk works in it."""
        from desktop.ui.dialogs.backup_dialog import BackupDialog

        dialog = BackupDialog(self.window.service, self.window.widget(), read_only=self.read_only)
        dialog.restore_requested.connect(lambda info: self.restore(info, dialog))
        try:
            messages.run_dialog(dialog)
        finally:
            dialog.deleteLater()

    def restore(self, info: BackupInfo, dialog: BackupDialog | None = None) -> bool:
        """Restore a backup after asking; the current ledger is backed up first (by the
        service), then the window reloads everything and the undo history is cleared,
        since the changes it holds no longer apply to the restored ledger."""
        from desktop.services.backups import restore_backup
        from desktop.ui.dialogs.backup_dialog import contents_text
        from desktop.ui.operations import Operation, tell_failure

        parent: QWidget = dialog or self.window.widget()
        if self.read_only:
            return False
        question = self.tr(
            "把台账恢复为 {when} 的备份（{reason}：{contents}）？\n\n"
            "恢复前会先自动备份当前的台账，需要时可以再恢复回来。"
            "恢复后，“撤销”记录将清空。"
        ).format(
            when=info.at.strftime("%Y-%m-%d %H:%M:%S"),
            reason=info.reason_label,
            contents=contents_text(info),
        )
        if not messages.confirm(parent, question, self.tr("从备份恢复")):
            return False
        w = self.window
        detail = self.parts.detail
        if detail.issue is not None:
            # The form's unsaved edits belong to the ledger being replaced.
            detail.form.set_draft(detail.issue)

        def restoring(allow_missing: bool) -> Outcome[Restored]:
            return Operation(
                parent,
                lambda _control: restore_backup(
                    w.service, info.path, allow_missing_evidence=allow_missing
                ),
                label=self.tr("正在恢复备份…"),
                tell=False,  # an incomplete evidence store is a question, below
            ).run()

        outcome = restoring(False)
        from desktop.services.backup_evidence import EvidenceIncomplete

        if isinstance(outcome.error, EvidenceIncomplete):
            # The records can still come back: ask, rather than leave the clerk with
            # nothing because some attached files were lost.
            anyway = self.tr(
                "{reason}\n\n仍要恢复台账记录吗？这些佐证材料恢复后会标为“文件缺失”，需要重新附上。"
            ).format(reason=outcome.error.message)
            if not messages.confirm(parent, anyway, self.tr("佐证材料不完整")):
                return False
            outcome = restoring(True)
        if outcome.error is not None:
            tell_failure(parent, outcome.error, self.tr("无法恢复"))
            w.events.ledger_changed.emit(Changes.everything())
            return False
        restored = outcome.value
        assert restored is not None
        w.undo_stack.clear()
        w.events.ledger_changed.emit(Changes.everything())
        note = [
            self.tr("台账已恢复为 {when} 的备份。").format(
                when=info.at.strftime("%Y-%m-%d %H:%M:%S")
            )
        ]
        if restored.before is not None:
            note.append(
                self.tr("恢复前的台账已备份为“{name}”，需要时可以再恢复回来。").format(
                    name=restored.before.path.name
                )
            )
        if restored.damaged_copy is not None:
            note.append(
                self.tr("恢复前的台账已损坏，已原样保存为“{name}”。").format(
                    name=restored.damaged_copy.name
                )
            )
        if restored.evidence_restored:
            note.append(
                self.tr("已从备份取回佐证材料 {count} 个文件。").format(
                    count=restored.evidence_restored
                )
            )
        if restored.evidence_missing:
            note.append(
                self.tr("有 {count} 个佐证材料缺失或损坏，未能取回，请重新附上。").format(
                    count=len(restored.evidence_missing)
                )
            )
        note.append(self.tr("“撤销”记录已清空：恢复之前的修改不能再撤销。"))
        w.show_status(note[0], 15000)
        if dialog is not None:
            dialog.refresh()
        messages.info(parent, "\n".join(note), self.tr("恢复完成"))
        return True

    # =================================================================== check
    def check_ledger(self) -> bool | None:
        """文件 → 检查台账: the integrity check with a busy indicator, then its verdict
        for a clerk (:class:`~desktop.ui.dialogs.check_dialog.CheckReportDialog`, the
        technical detail behind its 详细信息 button). True: sound; False: problems
        found; None: not checked."""
        from desktop.services.check import check_engine, verdict
        from desktop.storage.engine import sqlite_path
        from desktop.ui.operations import Operation

        w = self.window
        engine = w.service.uow.engine
        outcome = Operation(
            w.widget(),
            lambda _control: check_engine(engine),
            label=self.tr("正在检查台账（数据库完整性、修改历史的校验链和佐证材料文件）…"),
            cancellable=True,
            # Only reads: 取消 stops the waiting; the check ends unseen.
            abandon_on_cancel=True,
            failure_title=self.tr("检查台账"),
        ).run()
        if not outcome.ok or outcome.value is None:
            return None
        from desktop.ui.dialogs.check_dialog import CheckReportDialog

        report = outcome.value
        path = sqlite_path(engine)
        dialog = CheckReportDialog(verdict(report, path if path is not None else ""), w.widget())
        messages.run_dialog(dialog)
        return report.ok

    # ================================================================= history
    def show_history(self) -> HistoryView:
        """视图 → 修改历史: the ledger's history in a window of its own."""
        if self.history_view is None:
            from desktop.ui.history_view import HistoryView

            self.history_view = HistoryView(self.window.service, self.window.widget())
            self.history_view.open_requested.connect(self.open_record)
        else:
            self.history_view.refresh()
        self.history_view.show()
        self.history_view.raise_()
        self.history_view.activateWindow()
        return self.history_view

    def open_record(self, row: HistoryRow) -> bool:
        """Show the issue (or inspection) a change belongs to in the window, with its
        历史 tab; clears the filter or changes the inspection when it is hidden."""
        w = self.window
        if row.issue_key:
            issue = w.service.issue_by_key(row.issue_key)
            if issue is None:
                messages.info(
                    w.widget(),
                    self.tr("问题 {number} 已被删除，无法打开。").format(number=row.issue_number),
                )
                return False
            if not w.show_issue(issue.id, inspection_id=int(issue.inspection_id)):
                return False
            w.action(ActionKey.TOGGLE_DETAIL).setChecked(True)
            detail = self.parts.detail
            detail.tabs.setCurrentWidget(detail.history)
        elif row.entity == "inspection":
            found = next((i for i in w.inspections() if i.key == row.entity_key), None)
            if found is not None:
                w.show_inspection(int(found.id))
            shown = w.current_inspection()
            if found is None or shown is None or shown.id != found.id:
                messages.info(w.widget(), self.tr("这次巡察已被删除，无法打开。"))
                return False
        else:
            return False
        w.widget().raise_()
        w.widget().activateWindow()
        return True

    # ================================================================ reacting
    def _on_ledger_changed(self, _changes: Changes) -> None:
        if self.history_view is not None and self.history_view.isVisible():
            self.history_view.refresh()

    def _on_ledger_replaced(self) -> None:
        self.warning_banner.show_text("")
        if self.history_view is not None:
            self.history_view.set_service(self.window.service)
        self.enforce_read_only()


def install_safety(window: LedgerWindow, parts: WindowParts) -> SafetyFeatures:
    """Add backups, the check, the history view and read-only mode to the window."""
    return SafetyFeatures(window, parts)
