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
    """What the file holds against what the plan used, in one Chinese sentence."""
    kinds = coverage.rows_by_kind
    skipped = len(coverage.skipped)
    unread = (
        f"；未导入的列：{'、'.join(coverage.unread_columns)}" if coverage.unread_columns else ""
    )
    return (
        f"文件有工作表 {len(coverage.sheets)} 个（有台账的 {len(coverage.ledger_sheets)} 个，"
        f"读取“{'、'.join(coverage.sheets_read)}”），非空行 {coverage.rows} 行：问题行 "
        f"{kinds.get('issue', 0)}、措施行 {kinds.get('measure', 0)}、分类行 "
        f"{kinds.get('section', 0)}、标题和表头 {kinds.get('title', 0) + kinds.get('header', 0)}，"
        f"跳过 {skipped} 行；台账各列非空单元格 {coverage.cells} 个，导入使用 "
        f"{coverage.cells_used} 个{unread}。"
    )


def run_import(args: argparse.Namespace) -> int:
    from desktop.excel.errors import WorkbookRefused
    from desktop.excel.merge import looks_like_handoff
    from desktop.excel.reader import match_existing, read_ledger

    path = Path(args.file)
    if looks_like_handoff(path):
        # Imported, a returned hand-out would add every issue a second time.
        raise Refused(
            f"“{path.name}”是分发给责任单位填报的台账，不能作为新台账导入；"
            f"请用 rectify merge {path.name} --ledger … 把单位填写的内容合并回来。"
        )
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
        error(f"文件 {plan.file} 有 {blocking} 处错误，未导入，台账未改变。请修改后重新导入。")
        return EXIT_REFUSED
    if args.dry_run:
        _report(issues, list(plan.problems), args.json, plan.coverage)
        error(_summary(plan, "可以导入"))
        return EXIT_OK

    done = service.apply_plan(plan, inspection_id)
    _report(issues, list(plan.problems), args.json, plan.coverage)
    applied = done.value
    parts = [f"新增问题 {applied.issues_added} 个"]
    if applied.issues_updated:
        parts.append(f"更新问题 {applied.issues_updated} 个")
    parts.append(f"整改措施 {applied.measures_added} 条")
    batch = f"（修改批次 {done.batch_id}，可撤销）" if done.batch_id else "（台账没有变化）"
    error(f"已导入 {plan.file}：{'，'.join(parts)}{batch}。")
    return EXIT_OK


def _summary(plan: ImportPlan, verdict: str) -> str:
    updating = sum(1 for p in plan.issues if p.key is not None)
    extra = f"，其中 {updating} 个问题已在台账中、将更新" if updating else ""
    return (
        f"文件 {plan.file}{verdict}：问题 {len(plan.issues)} 个，整改措施 "
        f"{plan.measure_count} 条{extra}（试运行，台账未改变）。"
    )
