"""The 佐证材料 tab on a ledger that keeps its evidence in the database (a ledger on a
server; here the database store on the demo ledger file): attach, open (read into the
cache folder in a worker, then shown), export the package, remove and undo, and marks
for content that is gone."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import delete

from PySide6.QtCore import QUrl

from desktop.services.evidence_store import FileState
from desktop.services.supervision import INDEX_NAME, SupervisionService
from desktop.storage.models import EvidenceBlob
from desktop.ui import supervision_tabs
from desktop.ui.main_window import MainWindow
from desktop.ui.supervision_tabs import SupervisionTabs

from .helpers import FakeMessages
from .test_supervision_tabs_evidence import WAIT_MS, drop, make_files, show


@pytest.fixture
def tabs(window: MainWindow, tmp_path: Path) -> SupervisionTabs:
    tabs = window.supervision_tabs
    tabs._supervision = SupervisionService(
        window.service, evidence_in_database=True, evidence_cache=tmp_path / "cache"
    )
    return tabs


def test_attach_open_export_remove_and_undo(
    qtbot: QtBot,
    window: MainWindow,
    tabs: SupervisionTabs,
    fake_messages: FakeMessages,
    demo_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, issue = show(window, "8")
    content = b"%PDF minutes" * 100
    drop(qtbot, tabs, make_files(tmp_path / "in", {"专题会议纪要.pdf": content}))
    [record] = tabs.supervision.list_evidence(issue.id)
    assert not demo_path.with_name("demo.sqlite.evidence").exists()  # nothing beside the file
    assert tabs.evidence.summary.text() == "共 1 份，1.2 KB"
    assert "台账服务器的数据库中" in tabs.evidence.hint.text()

    opened: list[QUrl] = []
    monkeypatch.setattr(supervision_tabs, "open_url", lambda url: opened.append(url) or True)
    panel = tabs.evidence
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    with qtbot.waitSignal(tabs.open_finished, timeout=WAIT_MS) as blocker:
        panel.open_button.click()
    cached = tmp_path / "cache" / record.sha256[:2] / f"{record.sha256}.pdf"
    assert blocker.args == [str(cached)]
    assert [Path(u.toLocalFile()) for u in opened] == [cached]
    assert cached.read_bytes() == content

    fake_messages.files.append(str(tmp_path / "out" / "问题8销号材料"))
    with qtbot.waitSignal(tabs.export_finished, timeout=WAIT_MS):
        panel.export_button.click()
    with zipfile.ZipFile(tmp_path / "out" / "问题8销号材料.zip") as archive:
        assert archive.namelist() == [INDEX_NAME, "01_专题会议纪要.pdf"]
        assert archive.read("01_专题会议纪要.pdf") == content

    fake_messages.confirm_answers.append(True)
    panel.remove_button.click()
    assert tabs.supervision.list_evidence(issue.id) == []
    window.undo_action.trigger()
    assert [r.id for r in tabs.supervision.list_evidence(issue.id)] == [record.id]
    assert tabs.supervision.evidence_path(record.id).read_bytes() == content


def test_content_gone_from_the_database_is_marked_and_not_opened(
    qtbot: QtBot,
    window: MainWindow,
    tabs: SupervisionTabs,
    fake_messages: FakeMessages,
    tmp_path: Path,
) -> None:
    _, issue = show(window, "8")
    drop(qtbot, tabs, make_files(tmp_path, {"x.txt": b"x" * 10}))
    [record] = tabs.supervision.list_evidence(issue.id)
    assert tabs._file_states([record]) == {}
    with window.service.uow.begin() as s:
        s.execute(delete(EvidenceBlob))
    assert tabs._file_states([record]) == {record.id: FileState.MISSING}

    fake_messages.allow_errors = True
    panel = tabs.evidence
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    with qtbot.waitSignal(tabs.open_finished, timeout=WAIT_MS) as blocker:
        panel.open_button.click()
    assert blocker.args == [""]
    assert "台账数据库中没有这份佐证材料的内容" in fake_messages.kinds("error")[-1]
