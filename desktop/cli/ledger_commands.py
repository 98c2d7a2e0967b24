"""``rectify demo`` and ``rectify stats``."""

from __future__ import annotations

import argparse
from datetime import date

from desktop.cli.common import (
    EXIT_OK,
    Refused,
    error,
    open_service,
    print_json,
    resolve_inspection,
)
from desktop.domain.filters import IssueFilter
from desktop.domain.records import InspectionId
from desktop.domain.status import STATUS_LABELS, Status
from desktop.services.demo import load_demo
from desktop.services.stats import count, statistics


def run_demo(args: argparse.Namespace) -> int:
    service = open_service(args)
    if service.list_inspections():
        raise Refused(f"台账“{args.ledger}”中已有数据；示例台账只能载入新的台账文件。")
    done = load_demo(service)
    applied = done.value
    error(f"已创建示例台账：{applied.issues_added} 个问题，{applied.measures_added} 条整改措施。")
    return EXIT_OK


def run_stats(args: argparse.Namespace) -> int:
    service = open_service(args)
    inspection_id = resolve_inspection(service, args.inspection)
    flt = IssueFilter(inspection_id=InspectionId(inspection_id) if inspection_id else None)
    issues = service.list_issues(flt)
    by_issue = service.measures_by_issue([i.id for i in issues])
    measures = [m for ms in by_issue.values() for m in ms]
    today = date.today()
    result = statistics(issues, measures, today)
    if args.json:
        print_json(result)
        return EXIT_OK
    issue_counts = count(issues, today)
    measure_counts = count(measures, today)
    for label, counts in (("问题", issue_counts), ("整改措施", measure_counts)):
        parts = "，".join(
            f"{STATUS_LABELS[s]} {counts.by_status.get(s, 0)} 个"
            for s in Status
            if counts.by_status.get(s, 0)
        )
        print(
            f"{label}共 {counts.total} 个：{parts}；长期坚持 {counts.long_term} 个；"
            f"逾期 {counts.overdue} 个；完成率 {counts.rate():.2f}%"
            f"（{counts.finished}/{counts.total}）"
        )
    return EXIT_OK
