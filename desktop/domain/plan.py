"""The one shape every reader of outside data produces: an ImportPlan.

The Excel reader, the hand-off merge and the notice reader each turn a file into a plan:
the records they understood, each with where it came from, and every problem found. The
UI shows the plan; one service applies all of it in one transaction, or nothing.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from desktop.domain.problems import Problem
from desktop.domain.records import InspectionDraft, IssueDraft, MeasureDraft
from desktop.domain.text import clean_cell


@dataclass(frozen=True, slots=True)
class Source:
    """Where a planned record came from: a file's sheet/row/column, or a line of text."""

    file: str = ""
    sheet: str = ""
    row: int | None = None
    column: str = ""
    line: int | None = None

    def as_json(self) -> dict[str, object]:
        out: dict[str, object] = {}
        if self.sheet:
            out["sheet"] = self.sheet
        if self.row is not None:
            out["row"] = self.row
        if self.column:
            out["column"] = self.column
        if self.line is not None:
            out["line"] = self.line
        return out


@dataclass(frozen=True, slots=True)
class PlannedMeasure:
    """A measure to be written, with its provenance."""

    draft: MeasureDraft
    source: Source = dataclasses.field(default_factory=Source)


@dataclass(frozen=True, slots=True)
class PlannedIssue:
    """An issue to be written, with its category path (outermost first), its measures
    and provenance. ``key`` names an existing issue to update instead of adding one."""

    draft: IssueDraft
    category_path: tuple[str, ...] = ()
    measures: tuple[PlannedMeasure, ...] = ()
    source: Source = dataclasses.field(default_factory=Source)
    key: str | None = None


class _Unchecked:
    """The type of :data:`UNCHECKED`."""

    def __repr__(self) -> str:
        return "UNCHECKED"


UNCHECKED: Any = _Unchecked()


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of an existing record to set (hand-off merge): entity is ``issue`` or
    ``measure``, identified by its key. ``expected`` is the value the ledger held when
    the change was decided (for a unit's plain change, the value the file was sent with;
    for a conflict resolved as theirs, ours as the clerk saw it): applying refuses the
    change when the field has been changed to anything else since, so that nobody's
    edit made meanwhile is overwritten unseen. :data:`UNCHECKED` skips the check."""

    entity: str
    key: str
    field: str
    value: Any
    expected: Any = UNCHECKED
    source: Source = dataclasses.field(default_factory=Source)

    def still_applies(self, current: Any) -> bool:
        """Whether the ledger's ``current`` value lets the change go ahead: it is the
        expected one, or already the new one."""
        if self.expected is UNCHECKED:
            return True
        return any(same_field_value(self.field, current, v) for v in (self.expected, self.value))


# The fields a hand-off merge changes (their one name: domain.fields).
CHANGE_FIELDS = ("progress", "status", "long_term", "completion_date", "remarks")


def same_field_value(field: str, a: Any, b: Any) -> bool:
    """Whether two record values of a field are the same for a merge.
    Progress and remarks travel through Excel cells, which may change line ends and
    control characters: compare them as cells."""
    if field in ("progress", "remarks"):
        return clean_cell(a or "") == clean_cell(b or "")
    return bool(a == b)


@dataclass(frozen=True, slots=True)
class NewMeasure:
    """A measure to add under an existing issue, named by its key (hand-off merge: a
    row the unit added). It goes after the issue's last measure."""

    issue_key: str
    draft: MeasureDraft
    source: Source = dataclasses.field(default_factory=Source)


@dataclass(frozen=True, slots=True)
class SkippedRow:
    """A row of a file that the plan does not use, and why: ``title``, ``header`` (a
    repeated header), ``total`` (合计), ``note`` (填表说明, signatures, dates) or
    ``outside`` (its cells are all in columns that are not imported)."""

    sheet: str
    row: int
    kind: str
    text: str = ""

    def as_json(self) -> dict[str, object]:
        return {"sheet": self.sheet, "row": self.row, "kind": self.kind, "text": self.text}


@dataclass(frozen=True, slots=True)
class Coverage:
    """What a file holds against what a plan used, so that nothing is left out unseen.

    ``sheets`` are every sheet of the file, ``ledger_sheets`` those carrying ledger
    headers, ``sheets_read`` the ones the plan comes from. ``rows`` counts the non-empty
    rows of the sheets read, ``rows_by_kind`` splits them (title, header, section,
    issue, measure, total, note, outside: they add up to ``rows``). ``cells`` counts the
    non-empty cells in the ledger's columns below the header, ``cells_used`` those on
    rows the plan read; ``cells_outside`` the non-empty cells in columns not imported,
    named in ``unread_columns`` ("H 督办人")."""

    sheets: tuple[str, ...] = ()
    ledger_sheets: tuple[str, ...] = ()
    sheets_read: tuple[str, ...] = ()
    rows: int = 0
    rows_by_kind: dict[str, int] = dataclasses.field(default_factory=dict)
    cells: int = 0
    cells_used: int = 0
    cells_outside: int = 0
    unread_columns: tuple[str, ...] = ()
    skipped: tuple[SkippedRow, ...] = ()

    @property
    def rows_used(self) -> int:
        """Rows the plan's records come from (issues, measures and section headings)."""
        return sum(self.rows_by_kind.get(k, 0) for k in ("section", "issue", "measure"))

    def as_json(self) -> dict[str, object]:
        return {
            "sheets": list(self.sheets),
            "ledger_sheets": list(self.ledger_sheets),
            "sheets_read": list(self.sheets_read),
            "rows": self.rows,
            "rows_used": self.rows_used,
            "rows_by_kind": dict(self.rows_by_kind),
            "cells": self.cells,
            "cells_used": self.cells_used,
            "cells_outside": self.cells_outside,
            "unread_columns": list(self.unread_columns),
            "skipped": [s.as_json() for s in self.skipped],
        }


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """What a file proposes: an inspection (new, or None to use the chosen one), issues
    to add, field changes to existing records, measures to add under existing issues,
    statistics read from a notice, and every problem. Blocking problems stop the apply."""

    file: str = ""
    source_kind: str = "import"  # import | merge | notice
    inspection: InspectionDraft | None = None
    issues: tuple[PlannedIssue, ...] = ()
    changes: tuple[FieldChange, ...] = ()
    new_measures: tuple[NewMeasure, ...] = ()
    problems: tuple[Problem, ...] = ()
    statistics: dict[str, Any] = dataclasses.field(default_factory=dict)
    description: str = ""
    # Merge: the units' changes the clerk turned down (unticked, or a conflict kept as
    # ours). The ledger remembers them, so merging the same answer again does not
    # propose them again; a different value from the unit is proposed as usual.
    declined: tuple[FieldChange, ...] = ()
    # Readers of files: what the file holds against what the plan used.
    coverage: Coverage | None = None

    @property
    def blocked(self) -> bool:
        return any(p.blocking for p in self.problems)

    @property
    def measure_count(self) -> int:
        return sum(len(i.measures) for i in self.issues)
