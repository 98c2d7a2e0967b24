"""Working on hand-outs as a unit would: open one with openpyxl, fill cells found by the
row's hidden key and the column's header, add measures in the block below, save."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl

from desktop.excel.handoff import ADDITIONS_MARKER, HEADER_ROW


@dataclass
class Sheet:
    """An opened hand-out's ledger sheet: columns by header, rows by their key."""

    workbook: Any
    ws: Any
    columns: dict[str, int]
    rows: dict[str, int]
    marker: int

    def cell(self, key: str, header: str) -> Any:
        return self.ws.cell(self.rows[key], self.columns[header])

    def save(self, path: Path) -> Path:
        self.workbook.save(path)
        return path


def open_handout(path: Path) -> Sheet:
    workbook = openpyxl.load_workbook(path)
    ws = workbook["台账"]
    header = HEADER_ROW + 1
    columns = {c.value: c.column for c in ws[header] if c.value}
    rows: dict[str, int] = {}
    marker = 0
    for r in range(header + 1, ws.max_row + 1):
        issue_key = ws.cell(r, columns["问题编码"]).value or ""
        measure_key = ws.cell(r, columns["措施编码"]).value or ""
        if issue_key == ADDITIONS_MARKER:
            marker = r
        elif issue_key:
            rows[measure_key or issue_key] = r
    return Sheet(workbook, ws, columns, rows, marker)


def fill(
    source: Path,
    target: Path,
    edits: Mapping[str, Mapping[str, Any]],
    additions: Sequence[Mapping[str, Any]] = (),
) -> Path:
    """A unit's answer: ``edits`` maps a row's key (measure, or issue without measures)
    to {header: value}; ``additions`` fill the blank rows under the marker."""
    sheet = open_handout(source)
    for key, values in edits.items():
        for header, value in values.items():
            sheet.cell(key, header).value = value
    for n, values in enumerate(additions, start=1):
        for header, value in values.items():
            sheet.ws.cell(sheet.marker + n, sheet.columns[header]).value = value
    return sheet.save(target)


def keys_in_order(path: Path) -> list[str]:
    """The rows' keys, top to bottom."""
    sheet = open_handout(path)
    return sorted(sheet.rows, key=sheet.rows.__getitem__)
