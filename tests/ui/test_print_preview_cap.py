"""The print preview holds the job's first pages only (``PREVIEW_PAGES``) and says so,
while printing gives every page; and it cannot be regenerated while its pages are
being painted (Qt would delete the pages under the painting, and its preview mode
does not nest)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QPicture
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

from desktop.printing import render
from desktop.ui import print_actions
from desktop.ui.print_actions import PrintActions, install_print_actions
from desktop.ui.print_preview import PrintPreview
from tests.printing.pdftools import page_count

from .fake_window import FakeWindow


@pytest.fixture
def printing(fake_window: FakeWindow) -> PrintActions:
    return install_print_actions(fake_window)


def preview_of(qtbot: QtBot, actions: PrintActions, count: int) -> PrintPreview:
    ids = [r.id for r in actions.window.shown_issues()[:count]]
    job = actions.sheet_job(ids)
    assert job is not None
    dialog = actions.preview_dialog(job)
    qtbot.addWidget(dialog)
    return dialog


def widget_of(dialog: PrintPreview) -> QPrintPreviewWidget:
    widget = dialog.findChild(QPrintPreviewWidget)
    assert widget is not None
    return widget


def test_the_preview_holds_its_first_pages_and_says_printing_gives_all(
    qtbot: QtBot, printing: PrintActions, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(print_actions, "PREVIEW_PAGES", 3)
    dialog = preview_of(qtbot, printing, 5)
    preview = widget_of(dialog)
    preview.updatePreview()
    assert preview.pageCount() == 3
    assert not dialog.cap_label.isHidden()
    assert "只显示前 3 页" in dialog.cap_label.text()
    assert "打印或导出 PDF 时输出全部页面" in dialog.cap_label.text()

    # Printed (the dialog's printer, out of preview mode), every page.
    printer = dialog.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    result = printing.paint(dialog.job, printer, dialog)
    assert result is not None
    assert not result.truncated
    assert result.pages == page_count(tmp_path / "printed.pdf") >= 5


def test_a_preview_within_the_cap_says_nothing(
    qtbot: QtBot, printing: PrintActions, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The job has exactly as many pages as the cap: nothing left out.
    dialog = preview_of(qtbot, printing, 2)
    preview = widget_of(dialog)
    preview.updatePreview()
    pages = preview.pageCount()
    monkeypatch.setattr(print_actions, "PREVIEW_PAGES", pages)
    preview.updatePreview()
    assert preview.pageCount() == pages
    assert dialog.cap_label.isHidden()


def test_the_preview_is_not_regenerated_while_it_is_painted(
    qtbot: QtBot, printing: PrintActions, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the worker paints, the toolbar's orientation, page setup and print do
    nothing, and a second request to paint the same printer is refused at once; after
    it, the toolbar is back, a regeneration paints afresh, and the printer prints
    (not stuck in Qt's preview mode)."""
    dialog = preview_of(qtbot, printing, 4)
    preview = widget_of(dialog)
    printer = dialog.printer()
    seen: list[tuple[bool, object, int]] = []
    original = render.Replay.play

    def play(replay: render.Replay, budget: float | None = None) -> None:
        # On the GUI thread, while the worker is still painting: what a clerk (or a
        # stray signal) could do to the preview then.
        if not seen and replay.device is printer:
            toolbar = dialog.toolbar
            assert toolbar is not None
            for action in toolbar.actions():
                action.trigger()  # orientation, page setup, print...: all disabled
            again = printing.paint(dialog.job, printer, dialog)
            seen.append((any(a.isEnabled() for a in toolbar.actions()), again, preview.pageCount()))
        original(replay, budget)

    monkeypatch.setattr(render.Replay, "play", play)
    orientation = printer.pageLayout().orientation()
    preview.updatePreview()
    [(enabled, again, _pages)] = seen
    assert not enabled
    assert again is None
    assert printer.pageLayout().orientation() == orientation  # nothing regenerated
    pages = preview.pageCount()
    assert pages >= 4
    toolbar = dialog.toolbar
    assert toolbar is not None
    assert any(a.isEnabled() for a in toolbar.actions())

    # Regenerated now (the orientation: the form keeps its own page), it paints
    # afresh, guarded the same way.
    # Qt names neither orientation action: the group of two nameless checkable ones.
    [portrait, landscape] = [a for a in toolbar.actions() if a.isCheckable() and not a.objectName()]
    assert portrait.isChecked()
    seen.clear()
    landscape.trigger()
    [(enabled, again, _pages)] = seen
    assert not enabled
    assert again is None
    assert preview.pageCount() == pages
    # And the printer prints to its file: its own engine, not the preview's.
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    preview.print_()
    assert page_count(tmp_path / "printed.pdf") == preview.pageCount()


def test_a_replay_ended_draws_nothing_more(tmp_path: Path) -> None:
    """Pages that arrive (or are played) after the replay ended are dropped: the
    device's pages may be gone by then."""
    writer = QPdfWriter(str(tmp_path / "r.pdf"))
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF()
    )
    replay = render.Replay(writer)
    replay.begin(layout)
    replay.add(QPicture(), layout)
    replay.play()
    replay.end()
    replay.add(QPicture(), layout)
    replay.play()
    assert replay.pages == 1
    assert replay.waiting == 0
