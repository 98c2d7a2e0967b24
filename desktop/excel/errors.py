"""The reader's own exceptions: a refused file, and a cancelled read.

Every way a file can fail to be read (not a spreadsheet, damaged, encrypted, hostile,
too large, no ledger sheet in it) ends in one :class:`WorkbookRefused` carrying one
:class:`Problem` that says, in Chinese, what the file is and what to do about it. No
library exception ever leaves the reader.
"""

from __future__ import annotations

from desktop.domain.problems import Code, Problem, Severity


class WorkbookRefused(Exception):
    """A file the reader will not read. ``problem`` names the file (and the sheet, when
    one is at fault), the code and the Chinese message."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        super().__init__(problem.describe())

    @property
    def code(self) -> Code:
        return self.problem.code


class ReadCancelled(Exception):
    """The caller's ``cancelled()`` said stop; nothing was produced."""


def refuse(
    code: Code,
    file: str,
    message: str,
    *,
    value: str = "",
    sheet: str = "",
    row: int | None = None,
    column: str = "",
) -> WorkbookRefused:
    """A :class:`WorkbookRefused` (to be raised by the caller)."""
    return WorkbookRefused(
        Problem(
            code=code,
            severity=Severity.ERROR,
            value=value,
            message=message,
            file=file,
            sheet=sheet,
            row=row,
            column=column,
        )
    )
