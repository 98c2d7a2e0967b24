"""Sending laid-out sections to a printer, a print preview or a PDF file.

``render`` paints a sequence of documents onto any ``QPagedPaintDevice`` (a ``QPrinter``
from a ``QPrintPreviewDialog``'s ``paintRequested``, a ``QPdfWriter``). Documents are
built lazily, one at a time, with a progress callback after each and a cancel check
before each: 200 issue sheets are laid out and painted in turn, and a GUI caller keeps
its window alive by processing events in the callback.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypedDict, Unpack

from PySide6.QtGui import (
    QPagedPaintDevice,
    QPageLayout,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QPicture,
)
from PySide6.QtPrintSupport import QPrinter

from desktop.domain.texts import Message, Msg
from desktop.printing.document import Pages
from desktop.printing.page import LAYOUT_DPI

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
    """What ``render`` did: documents and pages painted, whether it was cancelled, and
    whether its page range left pages of the job unpainted (``truncated``: a preview
    capped at its first pages)."""

    documents: int
    pages: int
    cancelled: bool = False
    truncated: bool = False


def _section(item: Printable) -> Pages:
    return item() if callable(item) else item


class _Job:
    """The pages of a job in order, as :func:`render` and :func:`record` paint them:
    documents laid out when their turn comes, the job's progress, page range and
    cancel (see :func:`render`); ``documents`` and ``stopped`` tell how far it got."""

    def __init__(
        self,
        documents: Sequence[Printable] | Iterable[Printable],
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        total: int | None = None,
        page_range: tuple[int, int] | None = None,
        step_done: Callable[[], None] | None = None,
    ) -> None:
        self._documents = documents
        self._progress = progress
        self._cancelled = cancelled or (lambda: False)
        self._total = (
            total if total is not None else len(documents) if isinstance(documents, Sequence) else 0
        )
        self._range = page_range or (1, 0)
        self._step_done = step_done
        self.documents = 0
        self.stopped = False
        self.truncated = False

    def pages(self, begin: Callable[[Pages], None]) -> Iterator[tuple[Pages, int]]:
        """Each page to paint: (its document, its index there); ``begin(document)``
        before the first document's pages (whether or not one is in the range)."""
        first, last = self._range
        number = 0  # pages of the job so far, painted or not
        begun = False
        for item in self._documents:
            if self._cancelled():
                self.stopped = True
                return
            section = _section(item)
            # A document that prepares itself in steps (the ledger's measuring) lets
            # the caller's loop run between them.
            for _step in getattr(section, "steps", tuple)():
                if self._cancelled():
                    self.stopped = True
                    return
                if self._step_done is not None:
                    self._step_done()
            if not begun:
                begin(section)
                begun = True
            index = -1
            # Asked again after each page: a document laid out as it goes may find it
            # needs more pages than it planned.
            while index + 1 < section.page_count():
                index += 1
                if index and self._cancelled():
                    self.stopped = True
                    return
                number += 1
                if number < first or (last and number > last):
                    continue
                yield section, index
            self.documents += 1
            if self._progress is not None:
                self._progress(self.documents, self._total)
            if last and number >= last:
                # Pages past the range: the rest of this document, or documents left.
                self.truncated = number > last or self.documents < self._total
                return


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
    job = _Job(
        documents,
        progress=progress,
        cancelled=cancelled,
        total=total,
        page_range=page_range,
        step_done=step_done,
    )
    painter = QPainter()
    pages = 0

    def begin(section: Pages) -> None:
        _prepare(device, section.spec.page_layout())
        if not painter.begin(device):
            raise PrintError(Message(Msg.PRINT_CANNOT_START))

    try:
        for section, index in job.pages(begin):
            if pages:
                _next_page(device, section.spec.page_layout())
            _paint(painter, device, section, index)
            pages += 1
            if page_done is not None:
                page_done(pages)
    finally:
        if painter.isActive():
            painter.end()
    return Rendered(job.documents, pages, job.stopped, job.truncated)


def _prepare(device: QPagedPaintDevice, layout: QPageLayout) -> None:
    if isinstance(device, QPrinter):
        # Full-page mode: the painter's origin is the paper's corner, whatever the
        # printer's unprintable margins are, so our margins are measured from the edge.
        device.setFullPage(True)
    device.setPageLayout(layout)


def _next_page(device: QPagedPaintDevice, layout: QPageLayout) -> None:
    if device.pageLayout().orientation() != layout.orientation():
        device.setPageLayout(layout)
    if not device.newPage():
        raise PrintError(Message(Msg.PRINT_INTERRUPTED))


def _paint(painter: QPainter, device: QPaintDevice, section: Pages, index: int) -> None:
    painter.save()
    # Layout units (LAYOUT_DPI) to device pixels.
    painter.scale(device.logicalDpiX() / LAYOUT_DPI, device.logicalDpiY() / LAYOUT_DPI)
    section.paint_page(painter, index)
    painter.restore()


Keep = Callable[[QPicture, QPageLayout], None]


class JobOptions(TypedDict, total=False):
    """:func:`render`'s arguments about the job, which :func:`record` takes too."""

    progress: Progress | None
    cancelled: Callable[[], bool] | None
    total: int | None
    page_range: tuple[int, int] | None
    step_done: Callable[[], None] | None


def record(
    documents: Sequence[Printable] | Iterable[Printable],
    keep: Keep,
    *,
    page_done: PageDone | None = None,
    **options: Unpack[JobOptions],
) -> Rendered:
    """Lay out and paint ``documents`` as :func:`render` does (the same arguments), but
    each page onto a ``QPicture`` of its own, handed to ``keep(picture, page_layout)``
    before ``page_done``: work for a worker thread (the layouts are made and painted
    there), whose pictures the GUI thread puts on a device it owns (the print
    preview's printer) with a :class:`Replay`, which is quick. Text stays text: a
    picture records what was drawn, not pixels."""
    job = _Job(documents, **options)
    pages = 0
    for section, index in job.pages(lambda _section: None):
        picture = QPicture()
        painter = QPainter()
        if not painter.begin(picture):
            raise PrintError(Message(Msg.PRINT_CANNOT_START))
        try:
            # The picture's own resolution (the default one): a picture played on a
            # device scales what follows its transforms to that device, not what
            # comes before any (so there is no "before" here).
            dpi = picture.logicalDpiX() / LAYOUT_DPI, picture.logicalDpiY() / LAYOUT_DPI
            painter.scale(*dpi)
            section.paint_page(painter, index)
        finally:
            painter.end()
        keep(picture, section.spec.page_layout())
        pages += 1
        if page_done is not None:
            page_done(pages)
    return Rendered(job.documents, pages, job.stopped, job.truncated)


class Replay:
    """Puts the pages :func:`record` painted (in another thread: :meth:`add` may be
    called from any) on ``device``, in this thread, as :func:`render` would have
    painted them: :meth:`begin` with the first document's page layout, :meth:`play`
    as pages come (within a time budget, so that the caller's event loop turns),
    :meth:`end`. A device that refuses a page stops the replay; ``error`` says why.
    ``backlog``: at most so many pages wait to be played, :meth:`add` waits for room
    (the pictures of a ledger of thousands of pages never pile up); None: no limit."""

    def __init__(self, device: QPagedPaintDevice, backlog: int | None = None) -> None:
        self.device = device
        self.pages = 0
        self.error: PrintError | None = None
        self._backlog = backlog
        self._waiting: deque[tuple[QPicture, QPageLayout]] = deque()
        self._room = threading.Condition()
        self._ended = False
        self._painter = QPainter()

    @property
    def waiting(self) -> int:
        """Pages added and not yet played."""
        return len(self._waiting)

    def begin(self, layout: QPageLayout) -> None:
        """Start painting on the device. Raises :class:`PrintError` when it cannot."""
        _prepare(self.device, layout)
        if not self._painter.begin(self.device):
            raise PrintError(Message(Msg.PRINT_CANNOT_START))

    def add(self, picture: QPicture, layout: QPageLayout) -> None:
        """A page to put on the device at a later :meth:`play` (any thread but the
        player's when there is a ``backlog``: it waits for room)."""
        with self._room:
            while (
                self._backlog is not None
                and len(self._waiting) >= self._backlog
                and not self._ended
                and self.error is None
            ):
                self._room.wait(0.1)
            if not self._ended:
                self._waiting.append((picture, layout))

    def play(self, budget: float | None = None) -> None:
        """Put the pages added so far on the device, stopping after ``budget``
        seconds (None: all of them)."""
        device, painter = self.device, self._painter
        until = None if budget is None else time.perf_counter() + budget
        try:
            while self._waiting and self.error is None and painter.isActive():
                if until is not None and time.perf_counter() > until:
                    return
                picture, layout = self._waiting.popleft()
                self._made_room()
                if self.pages:
                    try:
                        _next_page(device, layout)
                    except PrintError as exc:
                        self.error = exc
                        return
                painter.drawPicture(0, 0, picture)  # scaled to the device by Qt
                self.pages += 1
        finally:
            self._made_room()

    def _made_room(self) -> None:
        with self._room:
            self._room.notify_all()

    def end(self) -> None:
        """Finish the device's document (what was put on it stays); a page added
        from now on is dropped."""
        with self._room:
            self._ended = True
            self._waiting.clear()
            self._room.notify_all()
        if self._painter.isActive():
            self._painter.end()


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
