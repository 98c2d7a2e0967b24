"""The 佐证材料 tab: files dropped on the list (a synthetic drop with file URLs) or chosen
are copied into the store by a worker thread and recorded as one undo step; open,
rename, remove (undoable), verify (a deleted or altered store file is flagged in the
list) and export the sign-off package."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from desktop.domain.records import IssueRecord
from desktop.services.evidence_store import FileState
from desktop.services.supervision import INDEX_NAME
from desktop.ui import supervision_tabs
from desktop.ui.main_window import MainWindow
from desktop.ui.models.supervision_models import PROBLEM_TEXT
from desktop.ui.supervision_tabs import SupervisionTabs
from tests.tools.ledger_dump import dump

from .helpers import FakeMessages

WAIT_MS = 20000


def show(window: MainWindow, number: str) -> tuple[SupervisionTabs, IssueRecord]:
    record = next(r for r in window.shown_issues() if r.number == number)
    assert window.select_issue(record.id)
    tabs = window.supervision_tabs
    window.detail.tabs.setCurrentWidget(tabs.evidence)
    return tabs, record


def make_files(folder: Path, contents: dict[str, bytes]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, data in contents.items():
        path = folder / name
        path.write_bytes(data)
        paths.append(path)
    return paths


def drop(qtbot: QtBot, tabs: SupervisionTabs, paths: list[Path]) -> None:
    """Drop files from the file manager on the evidence list, and wait for the copy."""
    view = tabs.evidence.view
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = view.viewport().rect().center()
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, data, buttons, keys)
    QApplication.sendEvent(view.viewport(), enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, data, buttons, keys)
    with qtbot.waitSignal(tabs.attach_finished, timeout=WAIT_MS):
        QApplication.sendEvent(view.viewport(), event)
    assert event.isAccepted()


def column(tabs: SupervisionTabs, key: str) -> int:
    return next(i for i, c in enumerate(tabs.evidence.model.columns) if c.key == key)


def shown(tabs: SupervisionTabs, key: str) -> list[str]:
    model = tabs.evidence.model
    return [model.index(r, column(tabs, key)).data() for r in range(model.rowCount())]


def test_files_dropped_on_the_list_are_attached_as_one_undo_step(
    qtbot: QtBot, window: MainWindow, demo_path: Path, tmp_path: Path
) -> None:
    tabs, issue = show(window, "8")
    before = dump(demo_path)
    files = make_files(
        tmp_path / "incoming",
        {"专题会议纪要.pdf": b"%PDF minutes" * 100, "现场照片.jpg": b"\xff\xd8photo" * 300},
    )
    drop(qtbot, tabs, files)

    records = tabs.supervision.list_evidence(issue.id)
    assert [(r.title, r.original_name, r.size, r.measure_id) for r in records] == [
        ("专题会议纪要", "专题会议纪要.pdf", 1200, None),
        ("现场照片", "现场照片.jpg", 2100, None),
    ]
    store = tabs.supervision.store
    for r, source in zip(records, files, strict=True):
        stored = store.path(r.sha256, r.original_name)
        assert stored.read_bytes() == source.read_bytes()
        assert stored.parent.parent == demo_path.with_name("demo.sqlite.evidence")
    assert shown(tabs, "title") == ["专题会议纪要", "现场照片"]
    assert shown(tabs, "original_name") == ["专题会议纪要.pdf", "现场照片.jpg"]
    assert shown(tabs, "size") == ["1.2 KB", "2.1 KB"]
    assert shown(tabs, "target") == ["问题", "问题"]
    assert tabs.evidence.summary.text() == "共 2 份，3.2 KB"
    assert window.undo_action.text() == "撤销 为问题 8 添加 2 份佐证材料"
    assert tabs.sign_off.conditions.text().endswith("佐证材料 2 份")

    after = dump(demo_path)
    window.undo_action.trigger()
    assert dump(demo_path) == before
    assert tabs.supervision.list_evidence(issue.id) == []
    assert tabs.evidence.model.rowCount() == 0
    window.redo_action.trigger()
    assert dump(demo_path) == after
    assert shown(tabs, "title") == ["专题会议纪要", "现场照片"]


def test_a_chosen_file_goes_to_the_measure_chosen_and_doubles_are_refused(
    qtbot: QtBot,
    window: MainWindow,
    fake_messages: FakeMessages,
    demo_path: Path,
    tmp_path: Path,
) -> None:
    tabs, issue = show(window, "8")
    measure = window.service.list_measures(issue.id)[1]
    [photo] = make_files(tmp_path, {"清淤现场.png": b"\x89PNG" * 50})
    panel = tabs.evidence
    panel.target.setCurrentIndex(panel.target.findData(int(measure.id)))
    fake_messages.file_lists.append([str(photo)])
    with qtbot.waitSignal(tabs.attach_finished, timeout=WAIT_MS):
        panel.choose_button.click()
    [record] = tabs.supervision.list_evidence(issue.id)
    assert (record.title, record.measure_id) == ("清淤现场", measure.id)
    assert shown(tabs, "target") == ["措施 2"]
    assert window.undo_action.text() == "撤销 为问题 8 添加佐证材料“清淤现场”"

    # The same file again, and a folder: neither is added; the user is told why.
    before = dump(demo_path)
    undo_count = window.undo_stack.count()
    fake_messages.allow_errors = True
    drop(qtbot, tabs, [photo, tmp_path])
    assert dump(demo_path) == before
    assert window.undo_stack.count() == undo_count
    warnings = fake_messages.kinds("warning")
    assert "以下不是文件" in warnings[0]
    assert "同一文件已作为佐证材料“清淤现场”附在问题 8 下" in warnings[1]
    assert warnings[1].startswith("已添加 0 份佐证材料。")


def test_open_rename_and_remove(
    qtbot: QtBot,
    window: MainWindow,
    fake_messages: FakeMessages,
    demo_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tabs, issue = show(window, "8")
    drop(qtbot, tabs, make_files(tmp_path, {"minutes.docx": b"PK docx" * 10}))
    before = dump(demo_path)
    panel = tabs.evidence
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    [record] = tabs.supervision.list_evidence(issue.id)

    opened: list[QUrl] = []
    monkeypatch.setattr(supervision_tabs, "open_url", lambda url: opened.append(url) or True)
    panel.open_button.click()
    assert [Path(u.toLocalFile()) for u in opened] == [
        tabs.supervision.store.path(record.sha256, record.original_name)
    ]

    fake_messages.texts.append("  专题会议纪要（第一次）  ")
    panel.rename_button.click()
    assert tabs.supervision.list_evidence(issue.id)[0].title == "专题会议纪要（第一次）"
    assert shown(tabs, "title") == ["专题会议纪要（第一次）"]
    assert panel.current_evidence() is not None  # still selected after the reload

    fake_messages.confirm_answers.append(True)
    panel.remove_button.click()
    assert "可以用“撤销”恢复" in fake_messages.kinds("confirm")[0]
    assert tabs.supervision.list_evidence(issue.id) == []
    # The file stays in the store, so the removal can be undone.
    assert tabs.supervision.store.path(record.sha256, record.original_name).exists()
    window.undo_action.trigger()
    assert [r.title for r in tabs.supervision.list_evidence(issue.id)] == ["专题会议纪要（第一次）"]
    window.undo_action.trigger()
    assert dump(demo_path) == before
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert tabs.supervision.list_evidence(issue.id) == []


def test_verify_flags_a_deleted_and_an_altered_store_file(
    qtbot: QtBot,
    window: MainWindow,
    fake_messages: FakeMessages,
    tmp_path: Path,
) -> None:
    tabs, issue = show(window, "8")
    drop(
        qtbot,
        tabs,
        make_files(tmp_path, {"a.pdf": b"first file", "b.pdf": b"second file", "c.pdf": b"third"}),
    )
    panel = tabs.evidence
    with qtbot.waitSignal(tabs.verify_finished, timeout=WAIT_MS):
        panel.verify_button.click()
    assert fake_messages.kinds("info") == ["3 份佐证材料的文件都在，内容未被改动。"]
    assert shown(tabs, "state") == ["完好", "完好", "完好"]

    a, b, _ = tabs.supervision.list_evidence(issue.id)
    store = tabs.supervision.store
    store.path(a.sha256, a.original_name).unlink()
    store.path(b.sha256, b.original_name).write_bytes(b"SECOND FILE")  # same size
    fake_messages.allow_errors = True
    with qtbot.waitSignal(tabs.verify_finished, timeout=WAIT_MS):
        panel.verify_button.click()
    warning = fake_messages.kinds("warning")[-1]
    assert warning.startswith("2 份佐证材料有问题：")
    assert "佐证材料“a”（a.pdf）文件缺失" in warning
    assert "佐证材料“b”（b.pdf）文件内容已被改动" in warning
    assert shown(tabs, "state") == ["文件缺失", "内容已改动", "完好"]
    model = panel.model
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) == PROBLEM_TEXT
    assert model.index(2, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert panel.summary.text().endswith("；1 份文件缺失；1 份文件内容已被改动")

    # Shown again later, the missing file is flagged at once (without hashing).
    show(window, "9")
    tabs, _ = show(window, "8")
    assert shown(tabs, "state") == ["文件缺失", "", ""]

    # Opening the missing file says where it should have been.
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    panel.open_button.click()
    assert "不在材料库中" in fake_messages.kinds("error")[-1]


def test_export_the_sign_off_package(
    qtbot: QtBot,
    window: MainWindow,
    fake_messages: FakeMessages,
    tmp_path: Path,
) -> None:
    tabs, issue = show(window, "8")
    drop(qtbot, tabs, make_files(tmp_path / "in", {"纪要.pdf": b"minutes", "照片.jpg": b"jpg"}))
    fake_messages.files.append(str(tmp_path / "out" / "问题8销号材料"))
    with qtbot.waitSignal(tabs.export_finished, timeout=WAIT_MS) as blocker:
        tabs.evidence.export_button.click()
    package = tmp_path / "out" / "问题8销号材料.zip"
    assert blocker.args == [str(package)]
    with zipfile.ZipFile(package) as archive:
        assert sorted(archive.namelist()) == sorted([INDEX_NAME, "01_纪要.pdf", "02_照片.jpg"])
        assert archive.read("01_纪要.pdf") == b"minutes"
    assert fake_messages.kinds("info") == [f"已导出销号材料包：{package}"]

    # A package must be complete: with a file missing, nothing is written.
    record = tabs.supervision.list_evidence(issue.id)[0]
    tabs.supervision.store.path(record.sha256, record.original_name).unlink()
    fake_messages.allow_errors = True
    fake_messages.files.append(str(tmp_path / "out" / "second.zip"))
    with qtbot.waitSignal(tabs.export_finished, timeout=WAIT_MS) as blocker:
        tabs.evidence.export_button.click()
    assert blocker.args == [""]
    assert "未导出材料包" in fake_messages.kinds("error")[-1]
    assert not (tmp_path / "out" / "second.zip").exists()


def test_the_list_refuses_drops_without_files(window: MainWindow) -> None:
    tabs, _ = show(window, "8")
    view = tabs.evidence.view
    data = QMimeData()
    data.setText("不是文件")
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.viewport(), enter)
    assert not enter.isAccepted()


def test_file_states_read_missing_without_hashing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    tabs, issue = show(window, "8")
    drop(qtbot, tabs, make_files(tmp_path, {"x.txt": b"x" * 10}))
    [record] = tabs.supervision.list_evidence(issue.id)
    assert tabs._file_states([record]) == {}
    tabs.supervision.store.path(record.sha256, record.original_name).write_bytes(b"y" * 11)
    assert tabs._file_states([record]) == {record.id: FileState.ALTERED}
