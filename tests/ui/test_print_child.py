"""A PDF from the 打印 menu is written by a child process of our program
(``desktop.printing.child``): its progress reaches the window, 取消 ends it and leaves
no file, a child that fails or dies is told as the window's own failure would be and
the window goes on, and the PDF is the same as one written in the window's process
(the path kept where no child can be used)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QDialog

from desktop.printing import child
from desktop.ui.main_window import MainWindow
from desktop.ui.print_actions import JobReport, PrintActions
from desktop.ui.print_preview import PrintPreview
from tests.printing.pdftools import page_count, pdf_text, squeeze

from .helpers import FakeMessages


def export_from_preview(dialog: QDialog) -> bool:
    assert isinstance(dialog, PrintPreview)
    dialog.export_action.trigger()
    return False


class ChildSpy:
    """Counts the children started (and lets a test replace their command)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, argv: list[str] | None = None) -> None:
        self.started = 0
        original = child.write_pdf_in_child
        spy = self

        def write(*args: object, **kwargs: object) -> object:
            spy.started += 1
            if argv is not None:
                kwargs["argv"] = argv
            return original(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(child, "write_pdf_in_child", write)


def export_selected(window: MainWindow, fake: FakeMessages, out: Path) -> None:
    fake.files.append(str(out))
    fake.dialogs.append(export_from_preview)
    window.print_actions.selected_action.trigger()


def test_the_sheets_pdf_is_written_by_a_child_with_its_progress(
    window: MainWindow,
    fake_messages: FakeMessages,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spy = ChildSpy(monkeypatch)
    window.table.selectAll()
    issues = window.selected_issues()
    out = tmp_path / "问题单.pdf"
    export_selected(window, fake_messages, out)

    assert spy.started == 1
    progress = window.print_actions.last_progress
    assert progress is not None
    # Every sheet and every page reported from the child's lines.
    assert progress.documents == progress.total == len(issues)
    assert progress.pages == page_count(out) >= len(issues)
    text = squeeze(pdf_text(out))
    # Chinese, as Chinese, in the order of the table.
    assert text.count("问题整改情况表") == len(issues)
    first, last = squeeze(issues[0].text)[:12], squeeze(issues[-1].text)[:12]
    assert first in text
    assert last in text
    assert text.index(first) < text.index(last)
    assert window.statusBar().currentMessage().startswith("已导出 PDF：")
    assert list(tmp_path.glob(".*.partial")) == []


def test_the_child_and_the_window_write_the_same_pdf(
    window: MainWindow,
    fake_messages: FakeMessages,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Where no child can be used the window writes the PDF itself: the same pages
    and text, for each form."""
    for trigger in ("ledger_action", "notice_action", "signoff_action"):
        window.table.selectAll()
        texts = []
        for where in ("child", "here"):
            with monkeypatch.context() as patch:
                if where == "here":
                    patch.setattr(PrintActions, "child_ledger", lambda _self: None)
                spy = ChildSpy(patch)
                out = tmp_path / f"{trigger}-{where}.pdf"
                fake_messages.files.append(str(out))
                fake_messages.dialogs.append(export_from_preview)
                getattr(window.print_actions, trigger).trigger()
                assert spy.started == (1 if where == "child" else 0)
                texts.append((page_count(out), squeeze(pdf_text(out))))
        assert texts[0] == texts[1], trigger
        assert texts[0][0] >= 1


def test_cancel_ends_the_child_and_leaves_no_file(
    window: MainWindow,
    fake_messages: FakeMessages,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spy = ChildSpy(monkeypatch)
    original = JobReport.document_done

    def document_done(report: JobReport, done: int, total: int) -> None:
        original(report, done, total)
        if done == 1:
            assert report.control is not None
            report.control._request_cancel()  # what 取消 does (thread-safe)

    monkeypatch.setattr(JobReport, "document_done", document_done)
    folder = tmp_path / "out"
    folder.mkdir()
    window.table.selectAll()
    export_selected(window, fake_messages, folder / "sheets.pdf")

    assert spy.started == 1
    progress = window.print_actions.last_progress
    assert progress is not None
    assert progress.documents == 1  # stopped at the first sheet
    assert list(folder.iterdir()) == []  # neither the PDF nor its partial file
    assert window.statusBar().currentMessage() == "已取消导出 PDF。"


def test_cancel_ends_a_child_that_says_nothing(
    qtbot: QtBot,
    window: MainWindow,
    fake_messages: FakeMessages,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A child stuck before its first line is ended by 取消 all the same."""
    from PySide6.QtCore import QTimer

    # The child: a process that never writes a line (it sleeps; the test does not).
    quiet = [sys.executable, "-c", "import time\nwhile True: time.sleep(1)"]
    spy = ChildSpy(monkeypatch, quiet)

    def press_cancel_once_the_child_runs() -> None:
        # Checked at each turn of the export's own event loop: 取消 is pressed as
        # soon as the child has been started and the job's progress is shown.
        report = window.print_actions.last_progress
        if not spy.started or report is None or report.control is None:
            return
        poll.stop()
        report.control._request_cancel()

    folder = tmp_path / "out"
    folder.mkdir()
    window.table.selectAll()
    poll = QTimer(window)
    poll.timeout.connect(press_cancel_once_the_child_runs)
    poll.start(5)
    export_selected(window, fake_messages, folder / "sheets.pdf")
    assert not poll.isActive()  # it was pressed
    assert list(folder.iterdir()) == []
    assert window.statusBar().currentMessage() == "已取消导出 PDF。"


def test_a_child_that_dies_is_told_and_the_window_goes_on(
    window: MainWindow,
    fake_messages: FakeMessages,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A child that painted a page, left a partial file and then died.
    dying = [
        sys.executable,
        "-c",
        "import json, os, sys\n"
        "job = json.loads(sys.stdin.read())\n"
        "open(job['out'], 'wb').write(b'%PDF-1.4 half')\n"
        "print(json.dumps({'page': 1}), flush=True)\n"
        "sys.stderr.write('Segmentation fault\\n'); sys.stderr.flush()\n"
        "os._exit(139)\n",
    ]
    fake_messages.allow_errors = True
    folder = tmp_path / "out"
    folder.mkdir()
    window.table.selectAll()
    with monkeypatch.context() as patch:
        ChildSpy(patch, dying)
        export_selected(window, fake_messages, folder / "sheets.pdf")

    assert fake_messages.kinds("error") == [
        "生成 PDF 的进程意外退出（Segmentation fault），PDF 未写入。"
    ]
    assert list(folder.iterdir()) == []
    assert not window.print_actions._busy
    # The window goes on: the real child writes the PDF.
    fake_messages.allow_errors = False
    spy = ChildSpy(monkeypatch)
    export_selected(window, fake_messages, folder / "sheets.pdf")
    assert spy.started == 1
    assert page_count(folder / "sheets.pdf") >= 1


def test_a_child_that_cannot_start_leaves_the_pdf_to_the_window(
    window: MainWindow,
    fake_messages: FakeMessages,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spy = ChildSpy(monkeypatch, [str(tmp_path / "no-such-program")])
    window.table.selectAll()
    out = tmp_path / "sheets.pdf"
    export_selected(window, fake_messages, out)
    assert spy.started == 1
    assert fake_messages.kinds("error") == []
    assert squeeze(pdf_text(out)).count("问题整改情况表") == len(window.selected_issues())


def test_the_childs_failure_reads_as_the_windows_own(
    window: MainWindow,
    fake_messages: FakeMessages,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A PDF that cannot be written: the child's message, worded in the window, is the
    message the window's own writer gives."""
    fake_messages.allow_errors = True
    window.table.selectAll()
    out = tmp_path / "missing folder" / "sheets.pdf"
    spy = ChildSpy(monkeypatch)
    export_selected(window, fake_messages, out)
    assert spy.started == 1
    with monkeypatch.context() as patch:
        patch.setattr(PrintActions, "child_ledger", lambda _self: None)
        export_selected(window, fake_messages, out)
    from_child, from_window = fake_messages.kinds("error")
    assert from_child == from_window
    assert "无法写入 PDF 文件" in from_child
    assert "missing folder" in from_child


def test_a_message_travels_in_its_code_and_is_worded_by_the_reader() -> None:
    from desktop.domain.texts import Message, Msg
    from desktop.printing.render import PrintError

    error = PrintError(
        Message(Msg.PDF_WRITE_FAILED_REASON, path=Path("/x/台账.pdf"), strerror="无权限")
    )
    back = child.error_from_json(child.error_json(error))
    assert isinstance(back, PrintError)
    assert str(back) == str(error)
    assert child.error_json(error)["message"]["code"] == Msg.PDF_WRITE_FAILED_REASON
    broken = child.error_from_json(child.error_json(FileNotFoundError(2, "没有那个文件", "/x")))
    assert isinstance(broken, OSError)
    assert broken.strerror == "没有那个文件"
    other = child.error_from_json(child.error_json(ValueError("坏了")))
    assert str(other) == "坏了"


def test_the_child_is_our_own_program(tmp_path: Path) -> None:
    """From the sources ``python -m desktop``; frozen, the bundle's executable, on
    Windows its console twin (the windowed one has no stdout), else none."""
    assert child.command(frozen=False, executable="/v/bin/python") == [
        "/v/bin/python",
        "-m",
        "desktop",
    ]
    assert child.command(frozen=True, executable="/opt/rectify/rectify") == ["/opt/rectify/rectify"]
    gui = tmp_path / "rectify.exe"
    assert child.command(frozen=True, executable=str(gui)) is None
    (tmp_path / "rectify-cli.exe").write_bytes(b"")
    assert child.command(frozen=True, executable=str(gui)) == [str(tmp_path / "rectify-cli.exe")]


def test_the_child_is_chosen_in_the_worker_not_on_the_gui_thread(
    window: MainWindow,
    fake_messages: FakeMessages,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Whether a child writes the PDF is decided in the operation's worker: the first
    answer of a session imports the child's side of printing (printing.child and
    printing.render, 30-55 ms that froze the window at the first PDF)."""
    import threading

    original = PrintActions.child_ledger
    asked_on: list[bool] = []

    def child_ledger(self: PrintActions) -> str | None:
        asked_on.append(threading.current_thread() is threading.main_thread())
        return original(self)

    monkeypatch.setattr(PrintActions, "child_ledger", child_ledger)
    spy = ChildSpy(monkeypatch)
    window.table.selectAll()
    out = tmp_path / "问题单.pdf"
    export_selected(window, fake_messages, out)
    assert asked_on == [False]
    assert spy.started == 1
    assert page_count(out) >= 1
