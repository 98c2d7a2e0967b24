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
from desktop.domain import texts
from desktop.domain.dates import DateError, parse_date, shown_date
from desktop.domain.statistics import group_name, rate_text
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


def _label(source: str, context: str = "labels") -> str:
    """A domain label (a status word, a kind of accountability or funds) as the UI
    translates it."""
    return texts.translate_label(source, context)


def _counts_line(label: str, unit: str, counts: dict[str, Any]) -> str:
    parts = Message(Msg.WHERE_SEPARATOR).join(
        Message(
            Msg.STATS_STATUS_COUNT,
            status=_label(STATUS_LABELS[s]),
            count=counts["by_status"][s.value],
            unit=unit,
        )
        for s in Status
        if counts["by_status"].get(s.value)
    )
    finished = counts["by_status"].get("done", 0) + counts["by_status"].get("closed", 0)
    return Message(
        Msg.STATS_COUNTS,
        label=label,
        total=counts["total"],
        unit=unit,
        parts=parts or Message(Msg.NONE),
        long_term=counts["long_term"],
        overdue=counts["overdue"],
        rate=rate_text(counts["done_rate"]),
        finished=finished,
    )


def _on_time_line(label: str, figures: dict[str, Any]) -> str:
    if figures["rate"] is None:
        text: str = Message(Msg.STATS_ON_TIME_NONE, label=label)
    else:
        text = Message(
            Msg.STATS_ON_TIME,
            label=label,
            rate=figures["rate"],
            on_time=figures["on_time"],
            finished=figures["finished_with_deadline"],
        )
    if figures["unknown"]:
        text += Message(Msg.STATS_ON_TIME_UNKNOWN, count=figures["unknown"])
    return text


def _group_line(name: str, group: dict[str, Any]) -> str:
    i, m = group["issues"], group["measures"]
    return Message(
        Msg.STATS_GROUP,
        name=group_name(name),
        issues=i["total"],
        issues_done=i["finished"],
        issues_rate=rate_text(i["rate"]),
        issues_overdue=i["overdue"],
        measures=m["total"],
        measures_done=m["finished"],
        measures_rate=rate_text(m["rate"]),
        measures_overdue=m["overdue"],
    )


def _print_stats(result: dict[str, Any]) -> None:
    out = sys.stdout
    if "as_of" in result:
        out.write(Message(Msg.STATS_AS_OF, date=shown_date(date.fromisoformat(result["as_of"]))))
        out.write("\n")
    issue_unit, measure_unit = Message(Msg.STATS_UNIT_ISSUE), Message(Msg.STATS_UNIT_MEASURE)
    out.write(_counts_line(Message(Msg.STATS_ISSUES), issue_unit, result["issues"]) + "\n")
    out.write(_counts_line(Message(Msg.STATS_MEASURES), measure_unit, result["measures"]) + "\n")
    on_time = result["on_time_rate"]
    issues_on_time = _on_time_line(Message(Msg.STATS_ISSUES_LOWER), on_time["issues"])
    measures_on_time = _on_time_line(Message(Msg.STATS_ISSUES_SHORT), on_time["measures"])
    out.write(
        Message(Msg.STATS_ON_TIME_LINE, issues=issues_on_time, measures=measures_on_time) + "\n"
    )
    p = result["postponed"]
    out.write(
        Message(
            Msg.STATS_POSTPONED, issues=p["issues"], measures=p["measures"], pending=p["pending"]
        )
        + "\n"
    )
    so = result["sign_off"]
    out.write(
        Message(
            Msg.STATS_SIGN_OFF,
            pending=so["pending"],
            approved=so["approved"],
            returned=so["returned"],
            reopened=so["reopened"],
        )
        + "\n"
    )
    out.write(Message(Msg.STATS_BY_UNIT) + "\n")
    for group in result["by_unit"]:
        out.write(_group_line(group["unit"], group) + "\n")
    out.write(Message(Msg.STATS_BY_CATEGORY) + "\n")
    for group in result["by_category"]:
        out.write(_group_line(group["category"], group) + "\n")
    overdue = result["overdue"]
    out.write(Message(Msg.STATS_OVERDUE, count=len(overdue)) + "\n")
    for item in overdue:
        what = (
            Message(Msg.STATS_OVERDUE_MEASURE, number=item["number"], seq=item["seq"])
            if item["seq"]
            else Message(Msg.STATS_OVERDUE_ISSUE, number=item["number"])
        )
        deadline = shown_date(date.fromisoformat(item["deadline"]))
        line = Message(
            Msg.STATS_OVERDUE_ITEM,
            what=what,
            unit=item["lead_unit"],
            deadline=deadline,
            days=item["days_overdue"],
        )
        out.write(line + "\n")
    o = result["outcomes"]
    separator = Message(Msg.LIST_SEPARATOR)
    people = separator.join(
        Message(
            Msg.STATS_PEOPLE,
            label=_label(label, "supervision"),
            count=o["accountability"][kind.value],
        )
        for kind, label in ACCOUNTABILITY_LABELS.items()
    )
    funds = separator.join(
        Message(Msg.STATS_FUNDS, label=_label(label, "supervision"), amount=o["funds"][kind.value])
        for kind, label in FUNDS_LABELS.items()
    )
    out.write(
        Message(
            Msg.STATS_OUTCOMES,
            rules=o["rules_made"],
            people_total=o["people_total"],
            people=people,
            funds_total=o["funds_total"],
            funds=funds,
        )
        + "\n"
    )
    if "changes" in result:
        changes = result["changes"]
        batches: dict[int, dict[str, Any]] = {}
        for c in changes:
            batches.setdefault(c["batch"], c)
        since = shown_date(date.fromisoformat(result["since"]))
        out.write(
            Message(Msg.STATS_SINCE, date=since, batches=len(batches), changes=len(changes)) + "\n"
        )
        for c in batches.values():
            line = Message(
                Msg.STATS_CHANGE_LINE,
                at=c["at"].replace("T", " "),
                operator=c["operator"],
                description=c["description"],
            )
            out.write(line + "\n")


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
