"""The bare-xlsxwriter baseline of a writer: record every call our code makes on
xlsxwriter's workbooks and worksheets, then replay the calls on fresh workbooks.

The replay writes exactly the same cells, formats, merges, row heights, column widths,
sheet protection and data validation as our writer did (:func:`same_sheets` checks
it, part by part), with none of our own work around them: reading the ledger, laying
out rows, choosing formats, signing. What it costs is what xlsxwriter alone costs.
"""

from __future__ import annotations

import contextlib
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Recording:
    """One workbook's calls: its options, the properties of each format (in the
    order made), and each call as (sheet index or -1 for the workbook, method,
    arguments, the positions of the arguments that are formats, keyword arguments);
    a format argument is recorded as the index of its properties."""

    options: dict[str, Any]
    formats: list[dict[str, Any]] = field(default_factory=list)
    sheets: list[str] = field(default_factory=list)
    calls: list[tuple[int, str, tuple[Any, ...], tuple[int, ...], dict[str, Any]]] = field(
        default_factory=list
    )


@contextlib.contextmanager
def recording() -> Iterator[list[Recording]]:
    """Record every xlsxwriter workbook made in the block (``xlsxwriter.Workbook``
    replaced by a recording subclass for the duration)."""
    import xlsxwriter
    from xlsxwriter.worksheet import Worksheet

    made: list[Recording] = []
    original = xlsxwriter.Workbook

    class RecordingWorkbook(original):  # type: ignore[misc, valid-type]
        def __init__(self, filename: Any = None, options: dict[str, Any] | None = None) -> None:
            self._recording = Recording(dict(options or {}))
            self._format_ids: dict[int, int] = {}
            self._depth = 0
            self._on = False  # the workbook's own default formats are not ours
            made.append(self._recording)
            super().__init__(filename, options)
            self._on = True

        def _record(self, sheet: int, name: str, args: Any, kwargs: Any) -> None:
            ids = self._format_ids
            if any(id(v) in ids for v in kwargs.values()):
                raise NotImplementedError(f"a format passed by keyword to {name}")
            positions = tuple(i for i, a in enumerate(args) if id(a) in ids)
            plain = tuple(ids[id(a)] if i in positions else a for i, a in enumerate(args))
            self._recording.calls.append((sheet, name, plain, positions, dict(kwargs)))

        def add_format(self, properties: dict[str, Any] | None = None) -> Any:
            made_format = super().add_format(properties)
            if not self._on:
                return made_format
            self._format_ids[id(made_format)] = len(self._recording.formats)
            self._recording.formats.append(dict(properties or {}))
            return made_format

        def add_worksheet(self, name: str | None = None, worksheet_class: Any = None) -> Any:
            sheet = super().add_worksheet(name, worksheet_class)
            index = len(self._recording.sheets)
            self._recording.sheets.append(sheet.name)
            book = self
            for attr in dir(Worksheet):
                if attr.startswith("_") or not callable(getattr(Worksheet, attr)):
                    continue
                method = getattr(sheet, attr)

                def wrapper(*args: Any, _m: Any = method, _n: str = attr, **kwargs: Any) -> Any:
                    # Only the outermost call: xlsxwriter's methods call one another.
                    if book._depth == 0:
                        book._record(index, _n, args, kwargs)
                    book._depth += 1
                    try:
                        return _m(*args, **kwargs)
                    finally:
                        book._depth -= 1

                setattr(sheet, attr, wrapper)
            return sheet

        def set_properties(self, properties: dict[str, Any]) -> Any:
            self._record(-1, "set_properties", (properties,), {})
            return super().set_properties(properties)

    xlsxwriter.Workbook = RecordingWorkbook
    try:
        yield made
    finally:
        xlsxwriter.Workbook = original


def replayer(recordings: list[Recording], folder: Path) -> Callable[[], None]:
    """A function that writes each recording to ``folder/replay-N.xlsx`` with plain
    xlsxwriter calls."""
    import xlsxwriter

    def run() -> None:
        for n, rec in enumerate(recordings):
            book = xlsxwriter.Workbook(str(folder / f"replay-{n}.xlsx"), rec.options)
            formats = [book.add_format(p) for p in rec.formats]
            # Index -1 (the workbook's own calls) is the last entry.
            targets = [*(book.add_worksheet(name) for name in rec.sheets), book]
            # As lean as a hand-written loop: a lookup and a call per cell.
            for sheet, name, args, positions, kwargs in rec.calls:
                if positions:
                    args = list(args)  # type: ignore[assignment]
                    for p in positions:
                        args[p] = formats[args[p]]  # type: ignore[index]
                getattr(targets[sheet], name)(*args, **kwargs)
            book.close()

    return run


def same_sheets(ours: Path, replayed: Path) -> list[str]:
    """The parts of two .xlsx files that differ (document properties aside, which
    carry the time of writing); empty when the replay wrote what ours did."""
    with zipfile.ZipFile(ours) as a, zipfile.ZipFile(replayed) as b:
        in_a, in_b = set(a.namelist()), set(b.namelist())
        return [
            name
            for name in sorted(in_a | in_b)
            if not name.startswith("docProps/")
            and (name not in in_a or name not in in_b or a.read(name) != b.read(name))
        ]
