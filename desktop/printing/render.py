"""Sending laid-out sections to a printer, a print preview or a PDF file.

``render`` paints a sequence of documents onto any ``QPagedPaintDevice`` (a ``QPrinter``
from a ``QPrintPreviewDialog``'s ``paintRequested``, a ``QPdfWriter``). Documents are
built lazily, one at a time, with a progress callback after each and a cancel check
before each: 200 issue sheets are laid out and painted in turn, and a GUI caller keeps
its window alive by processing events in the callback.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrinter

from desktop.domain.texts import Message, Msg
from desktop.printing.document import Pages
from desktop.printing.page import LAYOUT_DPI, PageSpec

# A document to print: a section already laid out, or a function that lays it out when
# its turn comes (so a long job spreads its work over the progress callbacks).
Printable = Pages | Callable[[], Pages]
Progress = Callable[[int, int], None]
PageDone = Callable[[int], None]


class PrintError(RuntimeError):
    """The device refused to print (a PDF path that cannot be written, a printer in
    error). The message is for the user."""


@dataclass(frozen=True, slots=True)
class Rendered:
    """What ``render`` did: documents and pages painted, and whether it was cancelled."""

    documents: int
    pages: int
    cancelled: bool = False


def _section(item: Printable) -> Pages:
    return item() if callable(item) else item


def _prepare(device: QPagedPaintDevice, spec: PageSpec) -> None:
    if isinstance(device, QPrinter):
        # Full-page mode: the painter's origin is the paper's corner, whatever the
        # printer's unprintable margins are, so our margins are measured from the edge.
        device.setFullPage(True)
    device.setPageLayout(spec.page_layout())


def render(
    device: QPagedPaintDevice,
    documents: Sequence[Printable] | Iterable[Printable],
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    total: int | None = None,
    page_done: PageDone | None = None,
    page_range: tuple[int, int] | None = None,
    step_done: Callable[[], None] | None = None,
) -> Rendered:
    """Paint ``documents`` one after another onto ``device``, each starting on a new page.

    ``progress(done, total)`` is called after each document (``total`` is
    ``len(documents)`` when it has one, else the ``total`` given, else 0);
    ``cancelled()`` is asked before each document and stops the job when true (the
    pages painted so far stay). ``page_done(pages)`` is called after each page with
    the number of pages painted so far, and ``cancelled()`` is asked again before each
    further page of a document: a ledger of hundreds of pages is one document, and a
    GUI keeps its window alive (and its cancel button working) from there too.
    ``step_done()`` is called between the steps of a document that prepares itself in
    steps before its first page (the ledger's measuring), cancel asked there too.
    ``page_range`` (first, last), 1-based over the whole job as a print dialog gives
    it (``last`` 0: to the end), paints only those pages; the documents before them
    are still laid out, to count their pages. Raises :class:`PrintError` when the
    device cannot be painted on.
    """
    first, last = page_range or (1, 0)
    number = 0  # pages of the job so far, painted or not
    if total is None:
        total = len(documents) if isinstance(documents, Sequence) else 0
    painter: QPainter | None = None
    done = pages = 0
    stopped = False
    try:
        for item in documents:
            if cancelled is not None and cancelled():
                stopped = True
                break
            section = _section(item)
            # A document that prepares itself in steps (the ledger's measuring) lets
            # the caller's loop run between them.
            for _step in getattr(section, "steps", tuple)():
                if cancelled is not None and cancelled():
                    stopped = True
                    break
                if step_done is not None:
                    step_done()
            if stopped:
                break
            if painter is None:
                _prepare(device, section.spec)
                painter = QPainter()
                if not painter.begin(device):
                    painter = None
                    raise PrintError(Message(Msg.PRINT_CANNOT_START))
            index = -1
            # Asked again after each page: a document laid out as it goes may find it
            # needs more pages than it planned.
            while index + 1 < section.page_count():
                index += 1
                if index and cancelled is not None and cancelled():
                    stopped = True
                    break
                number += 1
                if number < first or (last and number > last):
                    continue
                if pages:
                    if (
                        device.pageLayout().orientation()
                        != section.spec.page_layout().orientation()
                    ):
                        device.setPageLayout(section.spec.page_layout())
                    if not device.newPage():
                        raise PrintError(Message(Msg.PRINT_INTERRUPTED))
                _paint(painter, device, section, index)
                pages += 1
                if page_done is not None:
                    page_done(pages)
            if stopped:
                break
            done += 1
            if progress is not None:
                progress(done, total)
            if last and number >= last:
                break
    finally:
        if painter is not None:
            painter.end()
    return Rendered(done, pages, stopped)


def _paint(painter: QPainter, device: QPagedPaintDevice, section: Pages, index: int) -> None:
    painter.save()
    # Layout units (LAYOUT_DPI) to device pixels.
    painter.scale(device.logicalDpiX() / LAYOUT_DPI, device.logicalDpiY() / LAYOUT_DPI)
    section.paint_page(painter, index)
    painter.restore()


def write_pdf(
    path: Path,
    documents: Sequence[Printable] | Iterable[Printable],
    *,
    title: str = "",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    total: int | None = None,
    page_done: PageDone | None = None,
    page_range: tuple[int, int] | None = None,
    resolution: int = 1200,
    step_done: Callable[[], None] | None = None,
) -> Rendered:
    """Write ``documents`` to a PDF file at ``path`` (fonts embedded, text searchable)."""
    try:
        # Qt would only say that painting failed; find out why first.
        with path.open("wb"):
            pass
    except OSError as exc:
        raise PrintError(
            Message(Msg.PDF_WRITE_FAILED_REASON, path=path, strerror=exc.strerror or exc)
        ) from exc
    writer = QPdfWriter(str(path))
    writer.setResolution(resolution)
    writer.setCreator("整改台账")
    if title:
        writer.setTitle(title)
    result = render(
        writer,
        documents,
        progress=progress,
        cancelled=cancelled,
        total=total,
        page_done=page_done,
        page_range=page_range,
        step_done=step_done,
    )
    del writer  # the file is finished when the writer goes
    if not path.exists():
        raise PrintError(Message(Msg.PDF_WRITE_FAILED, path=path))
    return result
