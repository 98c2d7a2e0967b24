"""The hand-off round trip in the window (``window_api``): 导出 → 分发给责任单位… and
文件 → 合并回收的台账…, installed with one call (:func:`install_handoff_actions`).

Writing hand-outs and reading returned files run as cancellable operations
(:class:`~desktop.ui.operations.Operation`, in a worker thread; each hand-out is written
whole or not at all), so the window stays responsive. A merge is applied through
``apply_plan`` as one transaction and one history batch, and put on the undo stack as
one step.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices

from desktop.collector import collector_paused
from desktop.domain.problems import Problem
from desktop.domain.texts import listed
from desktop.ui import messages
from desktop.ui.operations import Control, Operation
from desktop.ui.window_api import ActionKey, Menu

if TYPE_CHECKING:
    from desktop.excel.merge import MergeResult
    from desktop.ui.window_api import LedgerWindow

_FOLDER_KEY = "handoff/folder"
_OPEN_FOLDER_KEY = "handoff/open_folder"


class HandoffActions(QObject):
    """The two actions and what they do, a child of the window (``MainWindow.handoff``;
    :func:`handoff_of` finds them from any widget).

    ``handout_action`` sits in the 导出 menu, ``merge_action`` in the 文件 menu
    after 导入/导出. :meth:`merge_paths` is also the entry point for files dropped on
    the window. No signals of its own: changes reach the window through its undo
    stack and ``ledger_changed``."""

    def __init__(self, window: LedgerWindow) -> None:
        super().__init__(window.widget())
        self.window = window
        self.handout_action = QAction(self.tr("分发给责任单位…"), window.widget())
        self.handout_action.setStatusTip(self.tr("为每个责任单位生成一份填报用的 Excel 台账"))
        self.handout_action.triggered.connect(self.hand_out)
        self.merge_action = QAction(self.tr("合并回收的台账…"), window.widget())
        self.merge_action.setStatusTip(self.tr("把责任单位填好交回的台账合并进来，逐项审阅"))
        self.merge_action.triggered.connect(self.merge_files)
        window.add_action(ActionKey.HAND_OUT, self.handout_action, Menu.EXPORT)
        # In the 文件 menu, next to 导入 and 导出 (before 打印).
        window.add_action(ActionKey.MERGE_RETURNED, self.merge_action, Menu.FILE, before=Menu.PRINT)

    # ------------------------------------------------------------------ hand-out
    def hand_out(self) -> None:
        from desktop.services.handoff import handout_data, identity, write_unit_handouts
        from desktop.storage.engine import is_read_only
        from desktop.ui.handout_dialog import HandoutDialog

        window = self.window
        service = window.service
        inspection = window.current_inspection()
        scope_id = inspection.id if inspection else None
        # Every issue and measure of the scope: read in the background (seconds on a
        # large ledger), the window live meanwhile.
        read = Operation(
            window.widget(),
            lambda _control: handout_data(service, scope_id),
            label=self.tr("正在读取要分发的问题和措施…"),
        ).run()
        if not read.ok or read.value is None:
            return
        data = read.value
        if not data.units:
            messages.info(
                window.widget(),
                self.tr("没有可以分发的整改措施：问题和措施都没有填写牵头单位。"),
            )
            return
        if is_read_only(service.uow.engine) and identity(service, create=False) is None:
            messages.error(
                window.widget(),
                self.tr("台账文件只读，无法记下分发编号；请复制到可写的位置后再分发。"),
            )
            return
        scope = inspection.title if inspection else self.tr("全部巡察")
        store = window.settings.store
        folder = str(store.value(_FOLDER_KEY, "") or "")
        dialog = HandoutDialog(data.units, scope, folder, window.widget())
        if not messages.run_dialog(dialog):
            return
        units = dialog.units()
        target = Path(dialog.folder())
        try:
            target.mkdir(parents=False, exist_ok=True)
        except OSError as exc:
            messages.error(
                window.widget(),
                self.tr("无法使用文件夹“{folder}”：{reason}").format(
                    folder=str(target), reason=exc.strerror or str(exc)
                ),
            )
            return
        store.setValue(_FOLDER_KEY, str(target))
        inspection_id, due = (inspection.id if inspection else None), dialog.due()
        outcome = Operation(
            window.widget(),
            lambda control: write_unit_handouts(
                service,
                target,
                units,
                inspection_id=inspection_id,
                due=due,
                data=data,
                progress=control.progress,
                cancelled=lambda: control.cancelled,
            ),
            label=self.tr("正在生成分发文件…"),
            cancellable=True,
        ).run()
        if outcome.cancelled:
            messages.info(window.widget(), self.tr("已取消；已生成的文件保留在文件夹中。"))
        if not outcome.ok or outcome.value is None:
            return
        written = outcome.value
        text = self.tr("已为 {n} 个单位生成分发文件，保存在：\n{folder}\n\n现在打开这个文件夹吗？")
        if messages.confirm(window.widget(), text.format(n=len(written), folder=str(target))):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    # --------------------------------------------------------------------- merge
    def merge_files(self) -> None:
        paths = messages.ask_open_files(
            self.window.widget(),
            self.tr("选择责任单位交回的台账（可多选）"),
            self.tr("Excel 工作簿 (*.xlsx *.xlsm *.xls *.ods);;所有文件 (*)"),
        )
        if paths:
            self.merge_paths(paths)

    def merge_paths(self, paths: Sequence[str | Path]) -> bool:
        """Read, review and merge returned hand-outs; True when something was merged.
        The entry point for files dropped on the window as well."""
        from desktop.excel.errors import WorkbookRefused
        from desktop.excel.merge import cross_check, plan_merge, read_returned
        from desktop.services.handoff import identity, ledger_state
        from desktop.ui.merge_review import MergeReviewDialog

        window = self.window
        service = window.service
        ident = identity(service, create=False)

        # What is read lives on until the review ends, and holds no cycles: settled
        # when the pause ends (as every pause's survivors are).
        @collector_paused()
        def read(control: Control) -> tuple[list[MergeResult], list[Problem]]:
            """Read each file (a step each), then compare with the ledger."""
            returned = []
            refused: list[Problem] = []
            for n, path in enumerate(paths):
                control.check()
                control.progress(n, len(paths))
                try:
                    returned.append(
                        read_returned(
                            path,
                            ledger_id=ident.ledger_id if ident else None,
                            secret=ident.secret if ident else None,
                        )
                    )
                except WorkbookRefused as exc:
                    refused.append(exc.problem)
            if not returned:
                return [], refused
            state = ledger_state(service)
            return cross_check([plan_merge(r, state) for r in returned]), refused

        outcome = Operation(
            window.widget(),
            read,
            label=self.tr("正在读取交回的台账…"),
            cancellable=True,
            abandon_on_cancel=True,  # reading changes nothing
        ).run()
        if not outcome.ok or outcome.value is None:
            return False
        results, refused = outcome.value
        if not results:
            messages.error(
                window.widget(),
                "\n\n".join(p.describe() for p in refused),
                self.tr("无法合并"),
            )
            return False
        if all(r.empty and not r.declined for r in results) and not refused:
            messages.info(
                window.widget(), self.tr("交回的台账中没有需要合并的内容，台账已是最新。")
            )
            return False
        dialog = MergeReviewDialog(results, refused, window.widget())
        if not messages.run_dialog(dialog):
            return False
        plan = dialog.plan()
        if not (plan.changes or plan.new_measures):
            text = self.tr("没有选中要合并的内容，台账未改变。")
            if plan.declined:
                from desktop.services.declined import remember_plan

                remember_plan(service, plan)
                text += self.tr("不采纳的 {n} 处已记下，再次合并同样的内容时不再列出。").format(
                    n=len(plan.declined)
                )
            messages.info(window.widget(), text)
            return False
        from desktop.ui.operations import PlanApply

        units = listed(dict.fromkeys(r.unit for r in results))
        done = PlanApply(
            window, plan, None, self.tr("合并{units}交回的台账").format(units=units)
        ).run()
        if done is None:
            return False
        messages.info(
            window.widget(),
            self.tr(
                "已合并：修改 {fields} 处，新增整改措施 {measures} 条。可以用“编辑 → 撤销”恢复。"
            ).format(fields=done.value.fields_changed, measures=done.value.measures_added),
        )
        return True


def handoff_of(window: QObject | None) -> HandoffActions | None:
    """The hand-off actions installed on ``window`` (None: none, e.g. a bare dialog)."""
    return window.findChild(HandoffActions) if window is not None else None


def install_handoff_actions(window: LedgerWindow) -> HandoffActions:
    """Add the hand-out and merge actions to the window; the window keeps the returned
    object as ``MainWindow.handoff``."""
    return HandoffActions(window)


def is_handoff_file(path: str | Path) -> bool:
    """Whether a dropped file is one of our hand-outs (for routing a drop to
    :meth:`HandoffActions.merge_paths` rather than to the import wizard)."""
    from desktop.excel.merge import looks_like_handoff

    return looks_like_handoff(path)
