"""Turning rows into records (frozen dataclasses) for the layers above."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from desktop.domain.dates import DeadlineRule
from desktop.domain.records import (
    CategoryId,
    CategoryRecord,
    InspectionId,
    InspectionKind,
    InspectionRecord,
    IssueId,
    IssueRecord,
    MeasureId,
    MeasureRecord,
    Responsibility,
)
from desktop.domain.status import Status
from desktop.storage.models import Category, Inspection, Measure


def inspection_record(row: Inspection) -> InspectionRecord:
    return InspectionRecord(
        id=InspectionId(row.id),
        key=row.key,
        revision=row.revision,
        title=row.title,
        inspector=row.inspector,
        inspected_unit=row.inspected_unit,
        kind=InspectionKind(row.kind),
        start=row.start,
        end=row.end,
        feedback_date=row.feedback_date,
        rectification_start=row.rectification_start,
        rectification_end=row.rectification_end,
        issuer=row.issuer,
        notice_date=row.notice_date,
        contact=row.contact,
        remarks=row.remarks,
    )


def category_record(row: Category) -> CategoryRecord:
    return CategoryRecord(
        id=CategoryId(row.id),
        inspection_id=InspectionId(row.inspection_id),
        parent_id=CategoryId(row.parent_id) if row.parent_id is not None else None,
        name=row.name,
        position=row.position,
    )


def responsibility(row: Any, lead_unit: str, cooperating: Sequence[str]) -> Responsibility:
    return Responsibility(
        lead_leader=row.lead_leader,
        lead_unit=lead_unit,
        cooperating_units=tuple(cooperating),
        responsible_person=row.responsible_person,
        deadline=row.deadline,
        deadline_rule=DeadlineRule(row.deadline_rule) if row.deadline_rule else None,
        deadline_text=row.deadline_text,
    )


def measure_record(row: Measure, lead_unit: str, cooperating: Sequence[str]) -> MeasureRecord:
    return MeasureRecord(
        id=MeasureId(row.id),
        key=row.key,
        revision=row.revision,
        issue_id=IssueId(row.issue_id),
        seq=row.seq,
        text=row.text,
        status=Status(row.status),
        long_term=row.long_term,
        progress=row.progress,
        responsibility=responsibility(row, lead_unit, cooperating),
        completion_date=row.completion_date,
        remarks=row.remarks,
    )


def issue_record(
    row: Any,
    lead_unit: str,
    cooperating: Sequence[str],
    category_path: tuple[str, ...],
    measures_total: int,
    measures_done: int,
    last_progress_date: date | None,
) -> IssueRecord:
    """An issue record from an ``Issue`` row (or a row of the same columns)."""
    return IssueRecord(
        id=IssueId(row.id),
        key=row.key,
        revision=row.revision,
        inspection_id=InspectionId(row.inspection_id),
        position=row.position,
        number=row.number,
        text=row.text,
        category_id=CategoryId(row.category_id) if row.category_id is not None else None,
        category_path=category_path,
        status=Status(row.status),
        long_term=row.long_term,
        progress=row.progress,
        goal=row.goal,
        responsibility=responsibility(row, lead_unit, cooperating),
        completion_date=row.completion_date,
        remarks=row.remarks,
        measures_total=measures_total,
        measures_done=measures_done,
        last_progress_date=last_progress_date,
        updated_at=row.updated_at,
        updated_by=row.updated_by,
    )
