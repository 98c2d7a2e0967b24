"""``rectify demo``, ``rectify stats`` and ``rectify lint``."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from desktop.cli.common import (
    EXIT_FOUND,
    EXIT_OK,
    Refused,
    error,
    open_service,
    print_json,
    resolve_inspection,
)
from desktop.domain.dates import DateError, format_date, parse_date
from desktop.domain.statistics import rate_text
from desktop.domain.status import STATUS_LABELS, Status
from desktop.domain.supervision import ACCOUNTABILITY_LABELS, FUNDS_LABELS
from desktop.domain.texts import Message, Msg
from desktop.services.demo import load_demo


def run_demo(args: argparse.Namespace) -> int:
    service = open_service(args)
    if service.list_inspections():
        raise Refused(Message(Msg.DEMO_NEEDS_EMPTY, ledger=args.ledger))
    done = load_demo(service)
    applied = done.value
    error(
        Message(
            Msg.DEMO_CREATED,
            issues_added=applied.issues_added,
            measures_added=applied.measures_added,
        )
    )
    return EXIT_OK


def _date_option(value: str | None, option: str) -> date | None:
    """A date given on the command line (``2023-01-11``, ``2023年1月11日``, …)."""
    if not value:
        return None
    try:
        reading = parse_date(value)
    except DateError:
        raise Refused(Message(Msg.OPTION_BAD_DATE, option=option, value=value)) from None
    if reading.date is None:
        raise Refused(Message(Msg.OPTION_NEEDS_DATE, option=option, value=value))
    return reading.date


def run_stats(args: argparse.Namespace) -> int:
    """Statistics of the ledger now, or at the end of ``--as-of``; with ``--since``,
    the changes made from that day on. A future ``--as-of`` counts today's ledger as
    overdue on that day (a look ahead for 督办)."""
    from desktop.services.supervision import SupervisionService

    as_of = _date_option(args.as_of, "--as-of")
    since = _date_option(args.since, "--since")
    if as_of and since and since > as_of:
        raise Refused(Message(Msg.SINCE_AFTER_AS_OF))
    service = open_service(args)
    inspection_id = resolve_inspection(service, args.inspection)
    supervision = SupervisionService(service)
    for problem in supervision.calendar_errors:
        error(Message(Msg.WARNING_MESSAGE, message=problem.message))
    past = as_of if as_of and as_of < date.today() else None
    result = supervision.statistics(
        inspection_id, as_of=past, since=since, today=as_of or date.today()
    )
    if as_of is not None:
        result["as_of"] = as_of.isoformat()
    for warning in result["warnings"]:
        error(Message(Msg.WARNING_TEXT, warning=warning))
    if args.json:
        print_json(result)
        return EXIT_OK
    _print_stats(result)
    return EXIT_OK


def _counts_line(label: str, unit: str, counts: dict[str, Any]) -> str:
    parts = "，".join(
        f"{STATUS_LABELS[s]} {counts['by_status'][s.value]} {unit}"
        for s in Status
        if counts["by_status"].get(s.value)
    )
    finished = counts["by_status"].get("done", 0) + counts["by_status"].get("closed", 0)
    return (
        f"{label}共 {counts['total']} {unit}：{parts or '无'}；"
        f"长期坚持 {counts['long_term']} {unit}；逾期 {counts['overdue']} {unit}；"
        f"完成率 {rate_text(counts['done_rate'])}"
        f"（{finished}/{counts['total']}）"
    )


def _on_time_line(label: str, figures: dict[str, Any]) -> str:
    if figures["rate"] is None:
        text = f"{label}：无可计算的事项"
    else:
        text = (
            f"{label} {figures['rate']:.2f}%"
            f"（{figures['on_time']}/{figures['finished_with_deadline']}）"
        )
    if figures["unknown"]:
        text += f"，另有 {figures['unknown']} 个已完成但完成日期未知"
    return text


def _group_line(name: str, group: dict[str, Any]) -> str:
    i, m = group["issues"], group["measures"]
    return (
        f"  {name}：问题 {i['total']} 个，完成 {i['finished']} 个（{rate_text(i['rate'])}），"
        f"逾期 {i['overdue']} 个；措施 {m['total']} 条，完成 {m['finished']} 条"
        f"（{rate_text(m['rate'])}），逾期 {m['overdue']} 条"
    )


def _print_stats(result: dict[str, Any]) -> None:
    out = sys.stdout
    if "as_of" in result:
        out.write(f"截至 {format_date(date.fromisoformat(result['as_of']))}：\n")
    out.write(_counts_line("问题", "个", result["issues"]) + "\n")
    out.write(_counts_line("整改措施", "条", result["measures"]) + "\n")
    on_time = result["on_time_rate"]
    out.write(
        "按期完成率："
        + _on_time_line("问题", on_time["issues"])
        + "；"
        + _on_time_line("措施", on_time["measures"])
        + "\n"
    )
    p = result["postponed"]
    out.write(
        f"延期：已批准延期的问题 {p['issues']} 个、措施 {p['measures']} 条；"
        f"待审批的延期申请 {p['pending']} 项\n"
    )
    so = result["sign_off"]
    out.write(
        f"销号：待审核 {so['pending']} 个，已销号 {so['approved']} 个，已退回 {so['returned']} 个，"
        f"重新打开 {so['reopened']} 个\n"
    )
    out.write("按责任单位：\n")
    for group in result["by_unit"]:
        out.write(_group_line(group["unit"], group) + "\n")
    out.write("按问题类别：\n")
    for group in result["by_category"]:
        out.write(_group_line(group["category"], group) + "\n")
    overdue = result["overdue"]
    out.write(f"逾期清单（{len(overdue)} 项）：\n")
    for item in overdue:
        what = f"问题 {item['number']}" + (f" 第{item['seq']}条措施" if item["seq"] else "")
        deadline = format_date(date.fromisoformat(item["deadline"]))
        out.write(
            f"  {what}（{item['lead_unit']}）：时限 {deadline}，逾期 {item['days_overdue']} 天\n"
        )
    o = result["outcomes"]
    people = "、".join(
        f"{label} {o['accountability'][kind.value]} 人"
        for kind, label in ACCOUNTABILITY_LABELS.items()
    )
    funds = "、".join(
        f"{label} {o['funds'][kind.value]:.3f} 万元" for kind, label in FUNDS_LABELS.items()
    )
    out.write(
        f"整改成效：建章立制 {o['rules_made']} 项；问责 {o['people_total']} 人（{people}）；"
        f"资金 {o['funds_total']:.3f} 万元（{funds}）\n"
    )
    if "changes" in result:
        changes = result["changes"]
        batches: dict[int, dict[str, Any]] = {}
        for c in changes:
            batches.setdefault(c["batch"], c)
        out.write(
            f"自 {format_date(date.fromisoformat(result['since']))} 起：{len(batches)} 次操作，"
            f"{len(changes)} 处修改\n"
        )
        for c in batches.values():
            out.write(f"  {c['at'].replace('T', ' ')} {c['operator']}：{c['description']}\n")


def run_lint(args: argparse.Namespace) -> int:
    """The ledger check (台账体检). Exit 1 when it finds something, 0 when clean."""
    from desktop.domain.ledger_check import finding_counts
    from desktop.services.supervision import SupervisionService

    service = open_service(args)
    findings = SupervisionService(service).lint()
    if args.json:
        print_json(
            {
                "count": len(findings),
                "by_code": finding_counts(findings),
                "findings": [f.as_json() for f in findings],
            }
        )
    else:
        for finding in findings:
            sys.stdout.write(f"{finding.message}\n")
        if findings:
            error(Message(Msg.LINT_FOUND, count=len(findings)))
        else:
            error(Message(Msg.LINT_CLEAN))
    return EXIT_FOUND if findings else EXIT_OK
