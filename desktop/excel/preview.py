"""The first rows of every sheet, for an import wizard that shows them.

No Qt and no database. :func:`preview_workbook` opens a workbook once (with the
reader's checks: sniffing, the hostile-archive guard) and returns, besides the
:class:`~desktop.excel.reader.WorkbookInfo` that :func:`inspect_workbook` gives, the
top rows of each sheet as display text with their merged ranges. From those rows
:meth:`SheetPreview.header_at` detects the header again with the header row forced to
another row, without opening the file again, so a wizard can let the user move the
header row and see the columns it then names at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from desktop.excel.errors import ReadCancelled
from desktop.excel.guard import DEFAULT_LIMITS, Limits, Merge
from desktop.excel.reader import (
    HEADER_SEARCH_ROWS,
    HeaderMatcher,
    SheetInfo,
    WorkbookInfo,
    _close,
    _detect_header,
    _Grid,
    _info_from_header,
    _load,
    _open,
    _sheet_info,
)

# How many rows of each sheet a preview keeps: the rows the header is searched in.
PREVIEW_ROWS = HEADER_SEARCH_ROWS
# Cells longer than this are cut in the preview (the wizard shows a tooltip).
_PREVIEW_TEXT = 200


@dataclass(frozen=True, slots=True)
class SheetPreview:
    """The top rows of one sheet: ``rows[0]`` is Excel's row 1 and ``rows[r][0]`` its
    column A, each cell as display text; ``merges`` are the merged ranges among them
    (0-based, inclusive); ``info`` is what the reader detects in the sheet. ``cells``
    and ``col_offset`` keep the raw values for :meth:`header_at`."""

    name: str
    visible: bool
    height: int
    width: int
    info: SheetInfo
    rows: tuple[tuple[str, ...], ...]
    merges: tuple[Merge, ...]
    cells: tuple[tuple[Any, ...], ...] = field(repr=False)
    col_offset: int = 0

    def header_at(
        self, header_row: int | None, synonyms: Mapping[str, Iterable[str]] | None = None
    ) -> SheetInfo:
        """The sheet as :func:`read_ledger` sees it with ``header_row`` (1-based) as the
        header row; None detects it as usual. Only the previewed rows are searched."""
        grid = _Grid(
            self.name,
            list(self.merges),
            self.height,
            self.width,
            [list(row) for row in self.cells],
            iter(()),
            self.col_offset,
        )
        forced = header_row - 1 if header_row is not None and header_row >= 1 else None
        header = _detect_header(grid, HeaderMatcher(synonyms), forced)
        if header is None:
            return SheetInfo(self.name, self.visible, self.height, self.width)
        return _info_from_header(grid, header, self.visible)


@dataclass(frozen=True, slots=True)
class WorkbookPreview:
    """A workbook's :class:`WorkbookInfo` and a :class:`SheetPreview` per sheet."""

    info: WorkbookInfo
    sheets: dict[str, SheetPreview]


def display_text(value: Any) -> str:
    """A cell as a preview shows it: numbers without a trailing ``.0``, dates as
    2023-01-11, line breaks as spaces."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    text = " ".join(str(value).split())
    return text if len(text) <= _PREVIEW_TEXT else text[: _PREVIEW_TEXT - 1] + "…"


def preview_workbook(
    path: str | Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    synonyms: Mapping[str, Iterable[str]] | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> WorkbookPreview:
    """The sheets of a workbook with what the reader detects in each and their top
    rows. ``progress(sheets_done, sheets)`` is called after each sheet (and, for a web
    page, as its parse goes on, the parse kept for the read that follows); when
    ``cancelled()`` returns true the preview stops with :class:`ReadCancelled`.
    Raises :class:`WorkbookRefused` for a file that cannot be read."""
    book = _open(path, limits, progress, cancelled, keep=True)
    matcher = HeaderMatcher(synonyms)
    infos: list[SheetInfo] = []
    sheets: dict[str, SheetPreview] = {}
    try:
        total = len(book.names)
        for done, name in enumerate(book.names):
            if cancelled is not None and cancelled():
                raise ReadCancelled()
            grid = _load(book, name)
            info = _sheet_info(book, grid, matcher)
            infos.append(info)
            sheets[name] = _preview(grid, info)
            if progress is not None:
                progress(done + 1, total)
    finally:
        _close(book)
    return WorkbookPreview(WorkbookInfo(book.file, book.kind, tuple(infos)), sheets)


def _preview(grid: _Grid, info: SheetInfo) -> SheetPreview:
    head = grid.head[:PREVIEW_ROWS]
    width = max([grid.width, *(len(row) + grid.col_offset for row in head)], default=0)
    rows: list[tuple[str, ...]] = []
    for row in head:
        texts = [""] * width
        for i, value in enumerate(row):
            texts[i + grid.col_offset] = display_text(value)
        rows.append(tuple(texts))
    return SheetPreview(
        grid.name,
        info.visible,
        grid.height,
        grid.width,
        info,
        tuple(rows),
        tuple(m for m in grid.head_merges if m[0][0] < len(head)),
        tuple(tuple(row) for row in head),
        grid.col_offset,
    )


__all__ = ["PREVIEW_ROWS", "SheetPreview", "WorkbookPreview", "display_text", "preview_workbook"]
