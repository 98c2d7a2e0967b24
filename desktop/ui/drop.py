"""Files dropped on the window (``window_api``): one dispatch point by file extension.

``DROP_HANDLERS`` maps a lower-case suffix (".xlsx") to a function taking the window
and the dropped file. The Excel import registers its suffixes here; other features
(notices as .txt) add theirs with :func:`register_drop_handler`; a saved web page and a
Word, RTF or PDF document go to either, by what they hold (a ledger's table or not).
A dropped file with no handler gets one message saying which kinds of file the window
takes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

from desktop.domain.texts import listed
from desktop.excel.sniff import DOCUMENT_SUFFIXES, WORKBOOK_SUFFIXES
from desktop.ui import messages

if TYPE_CHECKING:
    from desktop.ui.window_api import LedgerWindow

DropHandler = Callable[["LedgerWindow", Path], object]


def _import_workbook(window: LedgerWindow, path: Path) -> None:
    from desktop.ui.import_wizard import open_import_wizard

    open_import_wizard(window, path)


def _import_notice(window: LedgerWindow, path: Path) -> None:
    from desktop.ui.notice_actions import open_dropped_notice

    open_dropped_notice(window, path)


def _import_page(window: LedgerWindow, path: Path) -> None:
    """A saved web page, or a Word or RTF document, holds a ledger (a table with a
    ledger's columns: the import wizard) or a notice (the notice's preview). Told apart
    in a worker, with progress and 取消 (a system's 100 MB export takes seconds to
    parse; the parse is kept for the wizard)."""
    from desktop.excel.errors import WorkbookRefused
    from desktop.excel.reader import inspect_workbook
    from desktop.ui.operations import Control, Operation

    def holds_a_ledger(control: Control) -> bool:
        if _writes_prose(path):
            return False  # a notice, its issues in a table or not
        try:
            info = inspect_workbook(
                path, progress=control.progress, cancelled=lambda: control.cancelled
            )
        except WorkbookRefused:
            return False
        return any(sheet.is_ledger for sheet in info.sheets)

    outcome = Operation(
        window.widget(),
        holds_a_ledger,
        label=QCoreApplication.translate("drop", "正在读取“{name}”…").format(name=path.name),
        cancellable=True,
    ).run()
    if outcome.ok:
        (_import_workbook if outcome.value else _import_notice)(window, path)


def _writes_prose(path: Path) -> bool:
    """Whether a Word, RTF or PDF document writes prose outside its tables (a notice:
    its issue table, if it has one, is read with the notice). Never raises."""
    from desktop.documents.read import has_prose, read_blocks
    from desktop.excel.sniff import sniff

    try:
        kind = sniff(path).kind
        return kind.document and has_prose(read_blocks(path, kind.value))
    except Exception:  # unreadable: the readers will say why
        return False


DROP_HANDLERS: dict[str, DropHandler] = {
    **dict.fromkeys(WORKBOOK_SUFFIXES, _import_workbook),
    **dict.fromkeys((".htm", ".html", ".mht", ".mhtml"), _import_page),
    **dict.fromkeys(DOCUMENT_SUFFIXES, _import_page),
    ".txt": _import_notice,
}


def register_drop_handler(suffixes: Iterable[str], handler: DropHandler) -> None:
    """Open dropped files with these suffixes (".txt", ".docx") with ``handler``."""
    for suffix in suffixes:
        DROP_HANDLERS[suffix.lower()] = handler


def dropped_files(mime: QMimeData) -> list[Path]:
    """The local files of a drag, in order."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def open_dropped(window: LedgerWindow, paths: list[Path]) -> bool:
    """Open the first dropped file that has a handler; say so when none has one.
    Hand-off workbooks the units sent back go, all of them at once, to the merge review
    rather than the import. True when a handler took a file."""
    from desktop.ui.handoff_actions import handoff_of, is_handoff_file

    returned = [
        p for p in paths if p.suffix.lower() in (".xlsx", ".xls", ".ods") and is_handoff_file(p)
    ]
    handoff = handoff_of(window.widget())
    if returned and handoff is not None:
        handoff.merge_paths(returned)
        return True
    for path in paths:
        handler = DROP_HANDLERS.get(path.suffix.lower())
        if handler is not None:
            handler(window, path)
            return True
    if paths:
        kinds = listed(sorted(DROP_HANDLERS))
        messages.warning(
            window.widget(),
            QCoreApplication.translate(
                "FileDrops", "不能打开“{name}”：可以拖入的文件类型为 {kinds}。"
            ).format(name=paths[0].name, kinds=kinds),
        )
    return False


class FileDrops(QObject):
    """Accepts local files dragged onto the main window and hands them to
    :func:`open_dropped` (an event filter, so the window class needs no change)."""

    def __init__(self, window: LedgerWindow) -> None:
        super().__init__(window.widget())
        self.window = window
        window.widget().setAcceptDrops(True)
        window.widget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDragMoveEvent)
            if dropped_files(event.mimeData()):
                event.acceptProposedAction()
                return True
            return False
        if kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            paths = dropped_files(event.mimeData())
            if not paths:
                return False
            event.acceptProposedAction()
            # Opened once the drop has returned: a dialog opened inside it would hold
            # the drag's source (Windows Explorer) until it closed.
            QTimer.singleShot(0, self, lambda: open_dropped(self.window, paths))
            return True
        return False


def install_file_drops(window: LedgerWindow) -> FileDrops:
    """Let files be dropped on the window."""
    return FileDrops(window)
