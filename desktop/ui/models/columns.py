"""The column spec every table model dispatches on: adding a column is adding a line.

On screen: the columns (headers, widths, editors) of every table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt

R = TypeVar("R")

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class Editor:
    """Kinds of in-place editor a column may ask the delegate for."""

    TEXT = "text"
    STATUS = "status"
    UNIT = "unit"
    LEADER = "leader"
    DATE = "date"


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: header, how to show and sort a record's value, its alignment and,
    for editable tables, the field it edits and the editor kind.

    ``display`` gives the text; ``tooltip`` the hover text (defaults to none);
    ``sort_key`` the value sorted on (defaults to the display text); ``check`` makes the
    column a check box; ``field`` and ``editor`` make it editable (``edit_value`` is
    what the editor starts from, the display text by default); ``width`` is a width in
    average characters, so columns scale with the font; ``fits`` are texts the column
    must show whole (the few words a column of states holds, in the language shown):
    it is made as wide as the longest.
    """

    key: str
    header: str
    display: Callable[[R], str]
    sort_key: Callable[[R], Any] | None = None
    tooltip: Callable[[R], str] | None = None
    align: Qt.AlignmentFlag = LEFT
    check: Callable[[R], bool] | None = None
    field: str | None = None
    editor: str | None = None
    edit_value: Callable[[R], Any] | None = None
    width: int = 8
    fits: tuple[str, ...] = ()

    @property
    def editable(self) -> bool:
        return self.field is not None and (self.editor is not None or self.check is not None)

    def sort_value(self, record: R) -> Any:
        return self.sort_key(record) if self.sort_key else self.display(record)
