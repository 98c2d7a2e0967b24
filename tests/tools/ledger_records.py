"""Records for writer tests, built in memory (no database): a small ledger shaped like
the sample, and a generated one of any size."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.domain.dates import DeadlineRule
from desktop.domain.records import (
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

INSPECTION = InspectionRecord(
    title="市委第七巡察组专项巡察（2022年）",
    inspector="市委第七巡察组",
    inspected_unit="示范区党工委",
    kind=InspectionKind.SPECIAL,
    id=InspectionId(1),
    key="insp-1",
)

Ledger = tuple[list[IssueRecord], dict[int, list[MeasureRecord]]]


def issue(
    n: int,
    *,
    text: str = "",
    status: Status = Status.IN_PROGRESS,
    long_term: bool = False,
    unit: str = "党工委办公室",
    deadline: date | None = date(2023, 1, 11),
    category: tuple[str, ...] = (),
    inspection_id: int = 1,
    **extra: object,
) -> IssueRecord:
    return IssueRecord(
        number=str(n),
        text=text or f"问题{n}：理论学习不深入，压力传导层层递减。",
        status=status,
        long_term=long_term,
        progress=str(extra.pop("progress", "正在推进")),
        responsibility=Responsibility(
            lead_leader=str(extra.pop("leader", "杨朝晖")),
            lead_unit=unit,
            cooperating_units=("组织人社局",),
            responsible_person="办公室主任",
            deadline=deadline,
            deadline_text=""
            if deadline is None
            else f"{deadline.year}年{deadline.month}月{deadline.day}日",
        ),
        id=IssueId(n + 1000 * inspection_id),
        key=f"issue-{inspection_id}-{n}",
        inspection_id=InspectionId(inspection_id),
        position=n,
        category_path=category,
        **extra,  # type: ignore[arg-type]
    )


def measure(
    owner: IssueRecord,
    seq: int,
    *,
    text: str = "",
    status: Status = Status.DONE,
    long_term: bool = False,
    unit: str = "",
    deadline: date | None = None,
    rule: DeadlineRule | None = None,
    progress: str = "",
) -> MeasureRecord:
    ordinal = "一二三四五六七八九十"[(seq - 1) % 10]
    default = f"{ordinal}是落实第一议题制度，强化政治学习（问题{owner.number}第{seq}条）。"
    return MeasureRecord(
        text=text or default,
        status=status,
        long_term=long_term,
        progress=progress,
        responsibility=Responsibility(lead_unit=unit, deadline=deadline, deadline_rule=rule),
        id=MeasureId(owner.id * 100 + seq),
        key=f"m-{owner.id}-{seq}",
        issue_id=owner.id,
        seq=seq,
    )


def small_ledger() -> Ledger:
    """Four issues: 3 measures (one with its own unit and deadline), 1 measure, none,
    2 measures; statuses and a long-term flag as in the sample."""
    one = issue(1, status=Status.DONE, long_term=True, category=("（一）政治建设方面",))
    two = issue(2, unit="机关党委", category=("（一）政治建设方面",))
    three = issue(3, status=Status.NOT_STARTED, unit="信访办", deadline=date(2023, 3, 1))
    four = issue(4, status=Status.PARTIAL, unit="", deadline=None, remarks="备注四")
    measures = {
        one.id: [
            measure(one, 1, long_term=True),
            measure(one, 2, unit="组织人社局", deadline=date(2022, 12, 31), long_term=True),
            measure(one, 3, rule=DeadlineRule.LONG_TERM, long_term=True),
        ],
        two.id: [measure(two, 1, status=Status.IN_PROGRESS, progress="已召开专题会议")],
        four.id: [
            measure(four, 1, status=Status.DONE, unit="发改局", deadline=date(2023, 2, 1)),
            measure(four, 2, status=Status.IN_PROGRESS, unit="财政局", deadline=date(2023, 3, 20)),
        ],
    }
    return [one, two, three, four], measures


def generated_ledger(
    issues: int, per_issue: int, *, text_length: int = 60, bare_every: int = 7
) -> Ledger:
    """``issues`` issues of ``per_issue`` measures each (every ``bare_every``-th has
    none; 0: all have them), with varied statuses, units, deadlines and texts of about
    ``text_length`` characters."""
    statuses = list(Status)
    units = ["党工委办公室", "组织人社局", "发改局", "财政局", "建设局", "信访办", "纪工委"]
    filler = "深入学习贯彻党的二十大精神，压实整改责任，建立长效机制，确保整改到位。"
    out: list[IssueRecord] = []
    by_issue: dict[int, list[MeasureRecord]] = {}
    start = date(2023, 1, 1)
    for n in range(1, issues + 1):
        body = (f"问题{n}：" + filler * (text_length // len(filler) + 1))[:text_length]
        rec = issue(
            n,
            text=body,
            status=statuses[n % len(statuses)],
            long_term=n % 3 == 0,
            unit=units[n % len(units)],
            deadline=start + timedelta(days=n % 400),
            category=(f"（{n % 4 + 1}）第{n % 4 + 1}方面",),
            goal="建立长效机制" if n % 2 else "",
        )
        out.append(rec)
        if bare_every and n % bare_every == 0:
            continue
        by_issue[rec.id] = [
            measure(
                rec,
                k,
                text=f"{k}. " + (filler * (text_length // len(filler) + 1))[: text_length - 3],
                status=statuses[(n + k) % len(statuses)],
                unit=units[(n + k) % len(units)] if k % 2 else "",
                deadline=start + timedelta(days=(n * k) % 500) if k % 3 else None,
                progress=f"第{k}项进展" if k % 2 else "",
            )
            for k in range(1, per_issue + 1)
        ]
    return out, by_issue
