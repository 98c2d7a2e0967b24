"""文件 → 备份与恢复 and 检查台账 driven through their widgets: the list of backups with
what each holds, 立即备份, restoring one (the data comes back, the window shows it,
the undo history is cleared with a note), the days to keep, and the integrity check."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop.services.backups import keep_days, list_backups, make_backup
from desktop.services.ledger import LedgerService
from desktop.storage.backup import default_backup_dir
from desktop.ui.dialogs.backup_dialog import BackupDialog
from desktop.ui.dialogs.check_dialog import CheckReportDialog
from desktop.ui.main_window import MainWindow

from .helpers import FakeMessages
from .safety_helpers import alter_a_history_entry, driving, issue_numbered, select_number


def open_dialog(window: MainWindow, fake_messages: FakeMessages, act) -> None:  # type: ignore[no-untyped-def]
    fake_messages.dialogs.append(driving(act))
    window.safety.open_backups()
    assert fake_messages.kinds("dialog")[-1] == "BackupDialog"


def row_texts(dialog: BackupDialog, row: int) -> list[str]:
    model = dialog.model
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_the_list_shows_time_reason_contents_and_size(
    window: MainWindow, fake_messages: FakeMessages, demo_path: Path
) -> None:
    first = make_backup(window.service, "import")
    seen: list[list[str]] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, BackupDialog)
        assert dialog.model.rowCount() == 1
        seen.append(row_texts(dialog, 0))
        assert str(default_backup_dir(demo_path)) in dialog.where.text()
        assert dialog.empty.isHidden()
        dialog.backup_button.click()  # 立即备份
        assert dialog.model.rowCount() == 2
        seen.append(row_texts(dialog, dialog.view.currentIndex().row()))
        assert "已备份" in dialog.status.text()
        dialog.reject()

    open_dialog(window, fake_messages, look)
    assert seen[0][0] == first.at.strftime("%Y-%m-%d %H:%M:%S")
    assert seen[0][1] == "导入前自动备份"
    assert seen[0][2].endswith("KB")
    assert seen[0][3] == "无"  # no evidence files in the demo
    assert seen[0][4] == "巡察 1 个，问题 14 个，整改措施 30 条"
    assert seen[1][1] == "手动备份"
    assert [b.reason for b in list_backups(window.service)] == ["manual", "import"]


def test_restore_brings_the_old_data_back_and_the_window_shows_it(
    window: MainWindow, fake_messages: FakeMessages
) -> None:
    before = issue_numbered(window.service, "3")
    backup = make_backup(window.service)
    # Work after the backup: an edit through the form, on the undo stack.
    select_number(window, "3")
    window.detail.form.text.setPlainText("备份之后改写的问题描述")
    assert window.save_current_issue()
    assert window.undo_stack.count() == 1
    assert issue_numbered(window.service, "3").text == "备份之后改写的问题描述"

    fake_messages.confirm_answers.append(True)

    def restore(dialog: QDialog) -> None:
        assert isinstance(dialog, BackupDialog)
        assert dialog.select_path(backup.path)
        assert dialog.restore_button.isEnabled()
        dialog.restore_button.click()
        # The list now also holds the backup of the ledger as it was before.
        assert "恢复前自动备份" in [row_texts(dialog, r)[1] for r in range(dialog.model.rowCount())]
        dialog.reject()

    open_dialog(window, fake_messages, restore)
    assert "恢复为" in fake_messages.kinds("confirm")[0]
    assert issue_numbered(window.service, "3").text == before.text
    shown = next(r for r in window.shown_issues() if r.number == "3")
    assert shown.text == before.text
    assert window.current_issue() is not None
    assert window.detail.form.text.toPlainText() == before.text
    assert window.undo_stack.count() == 0
    note = fake_messages.kinds("info")[-1]
    assert "撤销" in note
    assert "恢复前的台账已备份为" in note
    restored_before = [b for b in list_backups(window.service) if b.reason == "restore"]
    assert len(restored_before) == 1


def test_a_cancelled_restore_changes_nothing(
    window: MainWindow, fake_messages: FakeMessages, demo_path: Path
) -> None:
    backup = make_backup(window.service)
    window.service.set_issue_fields(issue_numbered(window.service, "1").id, {"remarks": "新备注"})
    fake_messages.confirm_answers.append(False)

    def restore(dialog: QDialog) -> None:
        assert isinstance(dialog, BackupDialog)
        dialog.select_path(backup.path)
        dialog.request_restore()
        dialog.reject()

    open_dialog(window, fake_messages, restore)
    assert issue_numbered(window.service, "1").remarks == "新备注"
    assert [b.reason for b in list_backups(window.service)] == ["manual"]


def test_an_unreadable_backup_is_listed_but_cannot_be_restored(
    window: MainWindow, fake_messages: FakeMessages, demo_path: Path
) -> None:
    folder = default_backup_dir(demo_path)
    folder.mkdir()
    (folder / "demo-20240501-093000-manual.sqlite").write_bytes(b"not sqlite at all")

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, BackupDialog)
        assert dialog.model.rowCount() == 1
        assert row_texts(dialog, 0)[4].startswith("无法读取")
        dialog.view.selectRow(0)
        assert not dialog.restore_button.isEnabled()
        dialog.reject()

    open_dialog(window, fake_messages, look)


def test_days_to_keep_are_saved_on_close(window: MainWindow, fake_messages: FakeMessages) -> None:
    assert keep_days(window.service) == 30

    def change(dialog: QDialog) -> None:
        assert isinstance(dialog, BackupDialog)
        assert dialog.keep.value() == 30
        dialog.keep.setValue(90)
        dialog.reject()  # 关闭

    open_dialog(window, fake_messages, change)
    assert keep_days(window.service) == 90
    assert window.undo_stack.count() == 0


def test_an_empty_list_says_so(empty_window: MainWindow, fake_messages: FakeMessages) -> None:
    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, BackupDialog)
        assert dialog.model.rowCount() == 0
        assert not dialog.empty.isHidden()
        assert dialog.empty.text() == "还没有备份。"
        assert not dialog.restore_button.isEnabled()
        dialog.reject()

    open_dialog(empty_window, fake_messages, look)


def test_check_finds_a_sound_ledger_complete(
    window: MainWindow, fake_messages: FakeMessages
) -> None:
    seen: list[CheckReportDialog] = []

    def look(dialog: QDialog) -> bool:
        assert isinstance(dialog, CheckReportDialog)
        seen.append(dialog)
        return True

    fake_messages.dialogs.append(look)
    window.safety.check_action.trigger()
    dialog = seen[0]
    assert dialog.windowTitle() == "检查台账"
    assert dialog.headline.text().startswith("台账完好")
    assert "修改记录都在，没有被改动过" in dialog.headline.text()
    assert "校验链" not in dialog.headline.text()
    assert dialog.action.isHidden()


def test_check_reports_a_history_row_edited_by_hand(
    window: MainWindow, fake_messages: FakeMessages, demo_path: Path, qtbot: QtBot
) -> None:
    """For a clerk: what is wrong, whether data is at risk, the one thing to do; the
    entry and batch where the chain breaks behind 详细信息."""
    alter_a_history_entry(demo_path, "篡改")
    seen: list[CheckReportDialog] = []

    def look(dialog: QDialog) -> bool:
        assert isinstance(dialog, CheckReportDialog)
        seen.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.details.isHidden()
        dialog.details_button.click()
        assert dialog.details.isVisible()
        assert dialog.details_button.text() == "隐藏详细信息"
        dialog.reject()
        return False

    fake_messages.dialogs.append(look)
    assert window.safety.check_ledger() is False
    dialog = seen[0]
    assert dialog.windowTitle() == "检查台账发现问题"
    assert dialog.headline.text().startswith("台账检查发现问题")
    assert "修改历史记录被改动过" in dialog.problems.text()
    assert "记录仍可正常使用" in dialog.risk.text()
    assert dialog.action.text().startswith("请这样做：")
    assert "首次断开" not in dialog.problems.text()
    assert "首次断开" in dialog.details.toPlainText()
    assert "首次断开" in dialog.text()


def test_the_list_shows_each_backups_evidence(
    window: MainWindow, fake_messages: FakeMessages, demo_path: Path, tmp_path: Path
) -> None:
    from desktop.domain.calendar import WorkCalendar
    from desktop.services.supervision import SupervisionService

    sup = SupervisionService(window.service, calendar=WorkCalendar())
    issues = window.service.list_issues()
    for n, issue in enumerate(issues[:3]):
        source = tmp_path / f"材料{n}.pdf"
        source.write_bytes(bytes([n]) * 600_000)
        sup.attach_evidence(issue.id, source)
    make_backup(window.service)
    lost = next((default_backup_dir(demo_path) / "evidence").rglob("*.pdf"))
    lost.unlink()

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, BackupDialog)
        assert "佐证材料随台账一并备份和恢复" in dialog.where.text()
        assert row_texts(dialog, 0)[3] == "3 个（1.7 MB），缺 1 个"
        tip = dialog.model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)
        assert "这份备份缺少以下佐证材料" in tip
        assert "的佐证材料“材料" in tip
        dialog.reject()

    open_dialog(window, fake_messages, look)


def issue_numbered_or_none(service: LedgerService, number: str) -> object:
    return next((i for i in service.list_issues() if i.number == number), None)


def test_restore_brings_back_evidence_or_names_what_is_missing(
    window: MainWindow, fake_messages: FakeMessages, demo_path: Path, tmp_path: Path
) -> None:
    import shutil

    from desktop.domain.calendar import WorkCalendar
    from desktop.services.evidence_store import evidence_dir_for
    from desktop.services.supervision import SupervisionService

    sup = SupervisionService(window.service, calendar=WorkCalendar())
    issue = issue_numbered(window.service, "2")
    source = tmp_path / "整改报告.pdf"
    source.write_bytes(b"%PDF report" * 100)
    sup.attach_evidence(issue.id, source)
    backup = make_backup(window.service)
    store = evidence_dir_for(demo_path)
    shutil.rmtree(store)

    def restore(dialog: QDialog) -> None:
        assert isinstance(dialog, BackupDialog)
        assert dialog.select_path(backup.path)
        dialog.request_restore()
        dialog.reject()

    fake_messages.confirm_answers.append(True)
    open_dialog(window, fake_messages, restore)
    assert "已从备份取回佐证材料 1 个文件" in fake_messages.kinds("info")[-1]
    assert [p.read_bytes() for p in store.rglob("*.pdf")] == [source.read_bytes()]

    # Once the backup's copy is gone too, the restore says which file and asks whether
    # to bring the records back all the same; no: nothing changes.
    shutil.rmtree(store)
    shutil.rmtree(default_backup_dir(demo_path) / "evidence")
    window.service.delete_issues([issue.id])
    fake_messages.confirm_answers += [True, False]
    open_dialog(window, fake_messages, restore)
    asked = fake_messages.kinds("confirm")[-1]
    assert "问题 2 的佐证材料“整改报告.pdf”：备份中没有这个文件" in asked
    assert "仍要恢复台账记录吗" in asked
    assert not store.exists()
    assert issue_numbered_or_none(window.service, "2") is None
    # Yes: the records come back, and the note says what to attach again.
    fake_messages.confirm_answers += [True, True]
    open_dialog(window, fake_messages, restore)
    assert "有 1 个佐证材料缺失或损坏，未能取回，请重新附上" in fake_messages.kinds("info")[-1]
    assert issue_numbered_or_none(window.service, "2") is not None
    assert not store.exists()
