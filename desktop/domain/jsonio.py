"""The JSON shapes of ``docs/cli.md``: planned or stored issues out, and a ledger
document (the bundled demo, or a script's input) in."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.domain.dates import DeadlineRule, parse_date
from desktop.domain.plan import ImportPlan, PlannedIssue, PlannedMeasure, Source
from desktop.domain.records import (
    InspectionDraft,
    InspectionKind,
    IssueDraft,
    MeasureDraft,
    Responsibility,
)
from desktop.domain.status import Status


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _responsibility_json(r: Responsibility) -> dict[str, Any]:
    return {
        "lead_leader": r.lead_leader,
        "lead_unit": r.lead_unit,
        "cooperating_units": list(r.cooperating_units),
        "responsible_person": r.responsible_person,
        "deadline": _iso(r.deadline),
        "deadline_text": r.deadline_text,
    }


def measure_json(m: MeasureDraft, source: Source | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "text": m.text,
        "status": m.status.value,
        "long_term": m.long_term,
        "progress": m.progress,
        **_responsibility_json(m.responsibility),
        "completion_date": _iso(m.completion_date),
    }
    if source is not None:
        out["source"] = source.as_json()
    return out


def issue_json(
    issue: IssueDraft,
    category: tuple[str, ...],
    measures: list[dict[str, Any]],
    source: Source | None = None,
) -> dict[str, Any]:
    """An issue in the shape ``import``, ``merge`` and ``notice read`` print."""
    out: dict[str, Any] = {
        "number": issue.number,
        "category": list(category),
        "text": issue.text,
        "status": issue.status.value,
        "long_term": issue.long_term,
        "progress": issue.progress,
        **_responsibility_json(issue.responsibility),
        "completion_date": _iso(issue.completion_date),
        "remarks": issue.remarks,
        "measures": measures,
    }
    if source is not None:
        out["source"] = source.as_json()
    return out


def planned_issue_json(p: PlannedIssue) -> dict[str, Any]:
    return issue_json(
        p.draft, p.category_path, [measure_json(m.draft, m.source) for m in p.measures], p.source
    )


def _date(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def _responsibility(d: dict[str, Any]) -> Responsibility:
    deadline = _date(d.get("deadline"))
    text = d.get("deadline_text", "") or ""
    rule: DeadlineRule | None = None
    if deadline is None and text:
        rule = parse_date(text).rule
    return Responsibility(
        lead_leader=d.get("lead_leader", "") or "",
        lead_unit=d.get("lead_unit", "") or "",
        cooperating_units=tuple(d.get("cooperating_units") or ()),
        responsible_person=d.get("responsible_person", "") or "",
        deadline=deadline,
        deadline_rule=rule,
        deadline_text=text,
    )


def plan_from_json(doc: dict[str, Any], file: str = "") -> ImportPlan:
    """A ledger document (``{"inspection": {...}, "issues": [...]}``) as a plan."""
    ins = doc.get("inspection") or {}
    inspection = (
        InspectionDraft(
            title=ins.get("title", ""),
            inspector=ins.get("inspector", ""),
            inspected_unit=ins.get("inspected_unit", ""),
            kind=InspectionKind(ins.get("kind", "regular")),
            start=_date(ins.get("start")),
            end=_date(ins.get("end")),
            feedback_date=_date(ins.get("feedback_date")),
            rectification_start=_date(ins.get("rectification_start")),
            rectification_end=_date(ins.get("rectification_end")),
            issuer=ins.get("issuer", ""),
            notice_date=_date(ins.get("notice_date") or ins.get("date")),
            contact=ins.get("contact", ""),
            remarks=ins.get("remarks", ""),
        )
        if ins
        else None
    )
    issues = []
    for item in doc.get("issues", []):
        measures = tuple(
            PlannedMeasure(
                MeasureDraft(
                    text=m["text"],
                    status=Status(m.get("status", "not_started")),
                    long_term=bool(m.get("long_term", False)),
                    progress=m.get("progress", "") or "",
                    responsibility=_responsibility(m),
                    completion_date=_date(m.get("completion_date")),
                )
            )
            for m in item.get("measures", [])
        )
        draft = IssueDraft(
            number=str(item["number"]),
            text=item["text"],
            status=Status(item.get("status", "not_started")),
            long_term=bool(item.get("long_term", False)),
            progress=item.get("progress", "") or "",
            goal=item.get("goal", "") or "",
            responsibility=_responsibility(item),
            completion_date=_date(item.get("completion_date")),
            remarks=item.get("remarks", "") or "",
        )
        issues.append(PlannedIssue(draft, tuple(item.get("category") or ()), measures))
    return ImportPlan(
        file=file,
        source_kind="import",
        inspection=inspection,
        issues=tuple(issues),
        description="载入示例台账" if not file else "",
    )
