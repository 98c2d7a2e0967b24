"""``rectify import FILE --ledger L [--inspection K | --new-inspection TITLE] [--sheet S]
[--dry-run] [--json]``: read an Excel ledger and apply it all or nothing.

Exit 0 when applied (or, with ``--dry-run``, when it could be); 2 when the file is
refused or has blocking problems, and then nothing was changed. Problems go to stderr
in Chinese; ``--json`` prints ``{"issues": [...], "problems": [...], "coverage": {...}}``
to stdout: ``coverage`` is what the file holds against what the plan used (sheets,
rows by kind, non-empty cells of the ledger's columns and those used, the rows skipped
with sheet, row and kind); skipped rows are also problems (``skipped_row``).
Issues already in the target inspection (same number and text: the same file imported
again) are updated, not added twice.
"""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from desktop.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    Refused,
    error,
    open_service,
    print_json,
    print_problems,
    resolve_inspection,
)
from desktop.domain.filters import IssueFilter
from desktop.domain.jsonio import planned_issue_json
from desktop.domain.plan import Coverage, ImportPlan
from desktop.domain.problems import Problem
from desktop.domain.records import InspectionDraft, InspectionId
from desktop.domain.texts import Message, Msg, listed


def _report(
    plan_issues: list[dict[str, object]],
    problems: list[Problem],
    as_json: bool,
    coverage: Coverage | None = None,
) -> None:
    print_problems(problems)
    if coverage is not None:
        error(coverage_summary(coverage))
    if as_json:
        out: dict[str, object] = {
            "issues": plan_issues,
            "problems": [p.as_json() for p in problems],
        }
        if coverage is not None:
            out["coverage"] = coverage.as_json()
        print_json(out)


def coverage_summary(coverage: Coverage) -> str:
    """What the file holds against what the plan used, in one sentence."""
    kinds = coverage.rows_by_kind
    separator = Message(Msg.LIST_SEPARATOR)
    unread = (
        Message(Msg.COVERAGE_UNREAD, columns=separator.join(coverage.unread_columns))
        if coverage.unread_columns
        else ""
    )
    return Message(
        Msg.COVERAGE,
        sheets=len(coverage.sheets),
        ledger_sheets=len(coverage.ledger_sheets),
        read=listed(coverage.sheets_read),
        rows=coverage.rows,
        issues=kinds.get("issue", 0),
        measures=kinds.get("measure", 0),
        sections=kinds.get("section", 0),
        titles=kinds.get("title", 0) + kinds.get("header", 0),
        skipped=len(coverage.skipped),
        cells=coverage.cells,
        used=coverage.cells_used,
        unread=unread,
    )


def run_import(args: argparse.Namespace) -> int:
    from desktop.excel.errors import WorkbookRefused
    from desktop.excel.merge import looks_like_handoff
    from desktop.excel.reader import match_existing, read_ledger

    path = Path(args.file)
    if looks_like_handoff(path):
        # Imported, a returned hand-out would add every issue a second time.
        raise Refused(Message(Msg.IMPORT_OF_HANDOUT, name=path.name))
    try:
        plan = read_ledger(path, sheet=args.sheet)
    except WorkbookRefused as refused:
        _report([], [refused.problem], args.json)
        return EXIT_REFUSED

    service = open_service(args)
    inspection_id = resolve_inspection(service, args.inspection)
    if inspection_id is None:
        title = args.new_inspection or (plan.inspection.title if plan.inspection else "")
        plan = dataclasses.replace(plan, inspection=InspectionDraft(title=title or path.stem))
    else:
        existing = service.list_issues(IssueFilter(inspection_id=InspectionId(inspection_id)))
        plan = match_existing(plan, existing)

    issues = [planned_issue_json(p) for p in plan.issues]
    if plan.blocked:
        _report(issues, list(plan.problems), args.json, plan.coverage)
        blocking = sum(1 for p in plan.problems if p.blocking)
        error(Message(Msg.IMPORT_REFUSED, file=plan.file, blocking=blocking))
        return EXIT_REFUSED
    if args.dry_run:
        _report(issues, list(plan.problems), args.json, plan.coverage)
        error(_summary(plan, Message(Msg.CAN_BE_IMPORTED)))
        return EXIT_OK

    done = service.apply_plan(plan, inspection_id)
    _report(issues, list(plan.problems), args.json, plan.coverage)
    applied = done.value
    parts = [Message(Msg.ISSUES_ADDED, issues_added=applied.issues_added)]
    if applied.issues_updated:
        parts.append(Message(Msg.ISSUES_UPDATED, issues_updated=applied.issues_updated))
    parts.append(Message(Msg.MEASURES_COUNT, measures_added=applied.measures_added))
    batch = (
        Message(Msg.BATCH_UNDOABLE, batch_id=done.batch_id)
        if done.batch_id
        else Message(Msg.LEDGER_NO_CHANGE)
    )
    error(
        Message(
            Msg.IMPORTED,
            file=plan.file,
            parts=Message(Msg.WHERE_SEPARATOR).join(parts),
            batch=batch,
        )
    )
    return EXIT_OK


def _summary(plan: ImportPlan, verdict: str) -> str:
    updating = sum(1 for p in plan.issues if p.key is not None)
    extra = Message(Msg.IMPORT_UPDATING, updating=updating) if updating else ""
    return Message(
        Msg.IMPORT_DRY_RUN,
        file=plan.file,
        verdict=verdict,
        count=len(plan.issues),
        measure_count=plan.measure_count,
        extra=extra,
    )
