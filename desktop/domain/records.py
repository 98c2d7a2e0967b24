"""Records (what the ledger holds) and drafts (what a form or a file proposes).

Records carry ids, stable keys and revisions; drafts have none of these yet. Both are
frozen: a window may keep a record as long as it likes without surprises.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any, NewType, TypeVar

from desktop.domain.dates import RULE_LABELS, DeadlineRule
from desktop.domain.status import Status

InspectionId = NewType("InspectionId", int)
CategoryId = NewType("CategoryId", int)
IssueId = NewType("IssueId", int)
MeasureId = NewType("MeasureId", int)
UnitId = NewType("UnitId", int)
BatchId = NewType("BatchId", int)

_Frozen = TypeVar("_Frozen")


def bulk_maker(cls: type[_Frozen], *names: str) -> Callable[..., _Frozen]:
    """A constructor of a frozen, slotted dataclass taking every field positionally,
    in declaration order, for readers that make tens of thousands of records (a
    workbook's measures). The dataclass's own ``__init__`` sets each field through
    ``object.__setattr__`` (what makes it frozen), a lookup and a call per field; this
    sets the slots directly, about 2.5x faster for a measure's three records. Same
    objects (equal, hashable, still frozen afterwards); no defaults, so every field is
    given. ``names`` are the fields in the order the caller passes them, checked here
    against the class, so that a field added or moved cannot take another's value
    unnoticed. Classes with a ``__post_init__`` are refused."""
    if not dataclasses.is_dataclass(cls) or "__slots__" not in cls.__dict__:
        raise TypeError(f"{cls.__name__} is not a slotted dataclass")
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__} has a __post_init__")
    fields = [f.name for f in dataclasses.fields(cls)]
    if list(names) != fields:
        raise TypeError(f"{cls.__name__}'s fields are {', '.join(fields)}")
    namespace: dict[str, Any] = {"new": object.__new__, "cls": cls}
    for n, name in enumerate(names):
        namespace[f"set{n}"] = getattr(cls, name).__set__
    lines = [f"def make({', '.join(f'v{n}' for n in range(len(names)))}):", "    o = new(cls)"]
    lines += [f"    set{n}(o, v{n})" for n in range(len(names))]
    lines.append("    return o")
    exec("\n".join(lines), namespace)  # code made above from field positions only
    maker: Callable[..., _Frozen] = namespace["make"]
    return maker


class InspectionKind(StrEnum):
    """Kinds of inspection round, and the sibling regimes that use the same ledger."""

    REGULAR = "regular"  # 常规巡察
    SPECIAL = "special"  # 专项巡察
    MOBILE = "mobile"  # 机动巡察
    LINKED = "linked"  # 联动巡察
    ELEVATED = "elevated"  # 提级巡察
    FOLLOW_UP = "follow_up"  # 巡察“回头看”
    TOUR = "tour"  # 巡视
    AUDIT = "audit"  # 审计整改
    SUPERVISION = "supervision"  # 督查整改


KIND_LABELS: dict[InspectionKind, str] = {
    InspectionKind.REGULAR: "常规巡察",
    InspectionKind.SPECIAL: "专项巡察",
    InspectionKind.MOBILE: "机动巡察",
    InspectionKind.LINKED: "联动巡察",
    InspectionKind.ELEVATED: "提级巡察",
    InspectionKind.FOLLOW_UP: "巡察“回头看”",
    InspectionKind.TOUR: "巡视",
    InspectionKind.AUDIT: "审计整改",
    InspectionKind.SUPERVISION: "督查整改",
}


@dataclass(frozen=True, slots=True)
class InspectionDraft:
    """One round of inspection of one unit, as entered or read from a file."""

    title: str
    inspector: str = ""
    inspected_unit: str = ""
    kind: InspectionKind = InspectionKind.REGULAR
    start: date | None = None
    end: date | None = None
    feedback_date: date | None = None
    rectification_start: date | None = None
    rectification_end: date | None = None
    issuer: str = ""
    notice_date: date | None = None
    contact: str = ""
    remarks: str = ""


@dataclass(frozen=True, slots=True)
class InspectionRecord(InspectionDraft):
    """An inspection as stored."""

    id: InspectionId = InspectionId(0)
    key: str = ""
    revision: int = 1


@dataclass(frozen=True, slots=True)
class CategoryRecord:
    """A grouping of issues (方面 / 问题类别), ordered and nestable within an inspection."""

    id: CategoryId
    inspection_id: InspectionId
    parent_id: CategoryId | None
    name: str
    position: int


@dataclass(frozen=True, slots=True)
class Responsibility:
    """Who answers for an issue or a measure, and by when."""

    lead_leader: str = ""
    lead_unit: str = ""
    cooperating_units: tuple[str, ...] = ()
    responsible_person: str = ""
    deadline: date | None = None
    deadline_rule: DeadlineRule | None = None
    # The deadline as written ("2023年1月11日", "1月底"), kept for display and export.
    deadline_text: str = ""

    @property
    def deadline_shown(self) -> date | DeadlineRule | str:
        """What every view, export and form shows for the deadline (each in its own
        form of a date and its own words for a rule): the date when there is one (the
        text as written may be 2023.3.31 or 6月底前); else the text as written, unless
        it is only the rule's word (立行立改), then the rule; else "" (none)."""
        if self.deadline is not None:
            return self.deadline
        rule = self.deadline_rule
        text = self.deadline_text.strip()
        if rule is not None and (not text or text == RULE_LABELS[rule]):
            return rule
        return text


@dataclass(frozen=True, slots=True)
class MeasureDraft:
    """One rectification step (整改措施) under an issue."""

    text: str
    status: Status = Status.NOT_STARTED
    long_term: bool = False
    progress: str = ""
    responsibility: Responsibility = field(default_factory=Responsibility)
    completion_date: date | None = None
    remarks: str = ""


@dataclass(frozen=True, slots=True)
class MeasureRecord(MeasureDraft):
    """A measure as stored; ``seq`` is its place under the issue (一是 = 1)."""

    id: MeasureId = MeasureId(0)
    key: str = ""
    revision: int = 1
    issue_id: IssueId = IssueId(0)
    seq: int = 0


@dataclass(frozen=True, slots=True)
class IssueDraft:
    """One problem fed back by the inspection, as a form or a file proposes it."""

    number: str
    text: str
    category_id: CategoryId | None = None
    status: Status = Status.NOT_STARTED
    long_term: bool = False
    # The progress text verbatim ("已完成，长期坚持", "除…外，其他已完成").
    progress: str = ""
    goal: str = ""
    responsibility: Responsibility = field(default_factory=Responsibility)
    completion_date: date | None = None
    remarks: str = ""


@dataclass(frozen=True, slots=True)
class IssueRecord(IssueDraft):
    """An issue as stored, with its category path and measure counts for listing."""

    id: IssueId = IssueId(0)
    key: str = ""
    revision: int = 1
    inspection_id: InspectionId = InspectionId(0)
    position: int = 0
    category_path: tuple[str, ...] = ()
    measures_total: int = 0
    measures_done: int = 0
    last_progress_date: date | None = None
    # The deadlines of its unfinished measures that name their own (only the deadline
    # fields are filled): an issue is overdue when any of them has passed
    # (domain.overdue).
    open_measure_deadlines: tuple[Responsibility, ...] = ()
    updated_at: datetime | None = None
    updated_by: str = ""


@dataclass(frozen=True, slots=True)
class UnitRecord:
    """A unit (department) that leads or cooperates; shared across inspections."""

    id: UnitId
    key: str
    name: str
    revision: int = 1


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One recorded change of one field (or one whole record for create/delete)."""

    id: int
    batch_id: BatchId
    at: datetime
    operator: str
    source: str
    entity: str
    entity_key: str
    action: str
    field: str
    old: str | None
    new: str | None
    # The server's login for the batch (a ledger on PostgreSQL; None on a file).
    login: str | None = None
