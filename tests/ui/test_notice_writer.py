"""报告 → 生成整改情况通报…: options, the editable text, and what is saved and printed
(always the text as edited)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog

from desktop.ui.notice_actions import install_notice_actions
from desktop.ui.notice_writer_dialog import NoticeWriterDialog, NoticeWriterPrefs
from desktop.ui.settings import AppSettings
from desktop.ui.window_api import ActionKey
from tests.printing.pdftools import pdf_text, squeeze

from .fake_window import FakeWindow
from .helpers import FakeMessages

STATS = "截至目前，巡察反馈的14个问题，已完成整改10个"
# What the user writes into the composed text before saving.
ADDED = "特此通报，请各单位对照检查。"
RENAMED_AS_OF = "截至2023年12月31日，巡察反馈的14个问题"


@pytest.fixture
def window(fake_window: FakeWindow) -> FakeWindow:
    """The window API (a fake) on the demo ledger, with the notice actions."""
    install_notice_actions(fake_window)
    return fake_window


@pytest.fixture
def empty_window(empty_fake_window: FakeWindow) -> FakeWindow:
    install_notice_actions(empty_fake_window)
    return empty_fake_window


def writer(window: FakeWindow, qtbot: QtBot) -> NoticeWriterDialog:
    dialog = NoticeWriterDialog(
        window.service,
        window.inspections(),
        window.current_inspection(),
        NoticeWriterPrefs(window.settings.store),
        window,
    )
    qtbot.addWidget(dialog)
    return dialog


def edit(dialog: NoticeWriterDialog) -> str:
    """The user's edits: a changed sentence and a paragraph added before the issuer."""
    text = dialog.editor.toPlainText()
    assert STATS in text
    text = text.replace("截至目前，巡察反馈的14个问题", RENAMED_AS_OF)
    text = text.replace(
        "\n\n中共许昌市城乡一体化示范区工委\n\n",
        f"\n\n{ADDED}\n\n中共许昌市城乡一体化示范区工委\n\n",
    )
    assert ADDED in text
    dialog.editor.setPlainText(text)
    return text


def test_the_edited_text_is_saved_as_docx_txt_and_pdf(
    tmp_path: Path, window: FakeWindow, fake_messages: FakeMessages
) -> None:
    out = tmp_path / "整改情况通报"
    fake_messages.files += [str(out) + ".docx", str(out) + ".txt", str(out) + ".pdf"]
    seen: dict[str, object] = {}

    def drive(dialog: QDialog) -> bool:
        assert isinstance(dialog, NoticeWriterDialog)
        assert not dialog.edited
        seen["text"] = edit(dialog)
        assert dialog.edited
        assert dialog.state_label.text() == "正文已修改，保存和打印以修改后的文字为准。"
        for _ in range(3):
            dialog.save_button.click()
        seen["saved"] = list(dialog.saved)
        seen["label"] = dialog.saved_label.text()
        dialog.reject()  # 关闭
        return False

    fake_messages.dialogs.append(drive)
    window.action(ActionKey.WRITE_NOTICE).trigger()

    assert seen["saved"] == [out.with_suffix(s) for s in (".docx", ".txt", ".pdf")]
    assert seen["label"] == f"已保存：{out}.pdf"
    # .txt: the editor's text, paragraph for paragraph.
    txt = (tmp_path / "整改情况通报.txt").read_text(encoding="utf-8")
    assert RENAMED_AS_OF in txt
    assert ADDED in txt
    assert "截至目前" not in txt
    assert txt.replace("\r\n", "\n").split("\n\n")[-3:] == [
        ADDED,
        "中共许昌市城乡一体化示范区工委",
        txt.replace("\r\n", "\n").split("\n\n")[-1],
    ]
    # .docx, read with python-docx.
    import docx

    paragraphs = [p.text for p in docx.Document(str(tmp_path / "整改情况通报.docx")).paragraphs]
    assert paragraphs[0] == "中共许昌市城乡一体化示范区工委关于市委专项巡察整改情况的通报"
    assert any(p.startswith(RENAMED_AS_OF) for p in paragraphs)
    assert ADDED in paragraphs
    assert paragraphs.index(ADDED) < paragraphs.index("中共许昌市城乡一体化示范区工委")
    # .pdf, read with pdftotext.
    pdf = squeeze(pdf_text(tmp_path / "整改情况通报.pdf"))
    assert squeeze(RENAMED_AS_OF) in pdf
    assert squeeze(ADDED) in pdf
    assert "问题14." in pdf


def test_a_name_without_an_extension_gets_the_last_format(
    tmp_path: Path, window: FakeWindow, qtbot: QtBot, fake_messages: FakeMessages
) -> None:
    prefs = NoticeWriterPrefs(window.settings.store)
    prefs.file_format = ".txt"
    dialog = writer(window, qtbot)
    assert dialog._filters().startswith("文本文件 (*.txt)")
    fake_messages.files.append(str(tmp_path / "通报"))
    assert dialog.save() == tmp_path / "通报.txt"
    assert (tmp_path / "通报.txt").read_text(encoding="utf-8").startswith("中共许昌市")


def test_options_recompose_the_text_until_it_is_edited(
    window: FakeWindow, qtbot: QtBot, fake_messages: FakeMessages
) -> None:
    dialog = writer(window, qtbot)
    text = dialog.editor.toPlainText()
    assert STATS in text
    assert "整改完成率71.43%" in text

    dialog.stats_check.setChecked(False)
    assert STATS not in dialog.editor.toPlainText()
    dialog.issuer_edit.setText("中共某县委")
    dialog.issuer_edit.editingFinished.emit()
    lines = dialog.editor.toPlainText().strip().split("\n\n")
    assert lines[0] == "中共某县委关于市委专项巡察整改情况的通报"
    assert lines[-2] == "中共某县委"
    dialog.date_edit.setText("2024.2.5")
    dialog.date_edit.line.editingFinished.emit()
    assert dialog.editor.toPlainText().strip().endswith("2024年2月5日")

    # Once edited, options no longer replace the text: the dialog says so.
    dialog.editor.setPlainText(dialog.editor.toPlainText() + "\n\n" + ADDED)
    dialog.stats_check.setChecked(True)
    assert ADDED in dialog.editor.toPlainText()
    assert STATS not in dialog.editor.toPlainText()
    assert dialog.state_label.text().startswith("选项已更改")
    # Recomposing asks first; "no" keeps the edits, "yes" recomposes.
    fake_messages.confirm_answers += [False, True]
    dialog.regenerate_button.click()
    assert ADDED in dialog.editor.toPlainText()
    dialog.regenerate_button.click()
    assert ADDED not in dialog.editor.toPlainText()
    assert STATS in dialog.editor.toPlainText()
    assert not dialog.edited
    assert dialog.state_label.text() == "正文按台账生成；可直接修改。"


def test_an_unreadable_date_is_marked_and_not_used(
    window: FakeWindow, qtbot: QtBot, fake_messages: FakeMessages
) -> None:
    dialog = writer(window, qtbot)
    before = dialog.editor.toPlainText()
    dialog.date_edit.setText("2024年13月45日")
    dialog.date_edit.line.editingFinished.emit()
    assert dialog.editor.toPlainText() == before
    assert dialog.date_edit.line.styleSheet() != ""
    assert dialog.state_label.text().startswith("通报日期无法识别")


def test_the_options_are_remembered(
    window: FakeWindow, qtbot: QtBot, fake_messages: FakeMessages, settings: AppSettings
) -> None:
    dialog = writer(window, qtbot)
    assert dialog.stats_check.isChecked()
    assert dialog.group_check.isChecked()
    dialog.stats_check.setChecked(False)
    dialog.group_check.setChecked(False)
    dialog.contact_edit.setText("电话 0374-1234567")
    dialog.reject()

    again = writer(window, qtbot)
    assert not again.stats_check.isChecked()
    assert not again.group_check.isChecked()
    assert again.inspection() == window.inspections()[0]
    # The inspection's own contact lines come first; typed ones fill a gap.
    assert again.contact_edit.text() == window.inspections()[0].contact
    assert NoticeWriterPrefs(settings.store).contact == "电话 0374-1234567"
    assert STATS not in again.editor.toPlainText()


def test_print_preview_paints_the_edited_notice(
    tmp_path: Path, window: FakeWindow, fake_messages: FakeMessages
) -> None:
    pdf = tmp_path / "preview.pdf"
    seen: dict[str, object] = {}

    def preview(dialog: QDialog) -> bool:
        assert isinstance(dialog, QPrintPreviewDialog)
        seen["title"] = dialog.windowTitle()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf))
        dialog.paintRequested.emit(printer)
        return False

    def drive(dialog: QDialog) -> bool:
        assert isinstance(dialog, NoticeWriterDialog)
        edit(dialog)
        dialog.preview_button.click()
        return False

    fake_messages.dialogs += [drive, preview]
    window.action(ActionKey.WRITE_NOTICE).trigger()
    assert seen["title"] == "打印预览：整改情况通报"
    text = squeeze(pdf_text(pdf))
    assert squeeze(ADDED) in text
    assert squeeze(RENAMED_AS_OF) in text
    # The official page: the title centred on page 1, 问题1 to 问题14 over several pages.
    assert re.search(r"问题1\.履行灾后恢复重建", text)
    assert "问题14." in text


def test_a_file_that_cannot_be_written_is_reported(
    tmp_path: Path, window: FakeWindow, qtbot: QtBot, fake_messages: FakeMessages
) -> None:
    fake_messages.allow_errors = True
    dialog = writer(window, qtbot)
    assert not dialog.save_to(tmp_path / "没有这个文件夹" / "通报.docx")
    assert "无法保存“通报.docx”" in fake_messages.kinds("error")[0]
    assert dialog.saved == []


def test_without_inspections_there_is_nothing_to_write(
    empty_window: FakeWindow, fake_messages: FakeMessages
) -> None:
    empty_window.action(ActionKey.WRITE_NOTICE).trigger()
    assert "台账中还没有巡察" in fake_messages.kinds("info")[0]
    assert fake_messages.kinds("dialog") == []
