"""The 督办 list the dock reads for what it shows (``supervision_list.dock_list``: a few
columns in SQL, finished measures left out in SQL) agrees item for item with the one
made from the whole ledger as records (``supervision_items``, the domain's rules over a
``LedgerView``), on a ledger whose deadlines fall around today, on working-day
deadlines across a holiday and a make-up working day, with finished and unfinished
measures, measures with and without deadlines, units and leaders of their own."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from typing import Any

import pytest

from desktop.domain.calendar import Holiday, MakeUpDay, WorkCalendar, YearCalendar
from desktop.domain.dates import DeadlineRule
from desktop.domain.lights import DueSettings, measure_responsibility
from desktop.domain.records import (
    InspectionDraft,
    IssueDraft,
    MeasureDraft,
    Responsibility,
)
from desktop.domain.status import Status
from desktop.services.ledger import LedgerService
from desktop.services.supervision import SupervisionService
from desktop.services.supervision_list import DockItem
from desktop.services.supervision_stats import supervision_items

TODAY = date(2026, 3, 2)  # a Monday
FEEDBACK = date(2026, 2, 20)
CALENDAR = WorkCalendar(
    [
        YearCalendar(
            year=2026,
            official=True,
            holidays=(Holiday("测试假", date(2026, 3, 4), date(2026, 3, 5)),),
            workdays=(MakeUpDay(date(2026, 3, 7), "调休"),),
        )
    ]
)
# Around today and around the edge of a 3- and a 7-day window; none.
OFFSETS: list[int | None] = [-30, -1, 0, 1, 2, 3, 4, 6, 7, 8, 20, None]
TEXTS = ["", "10个工作日内", "3个工作日内", "立行立改"]
STATUSES = list(Status)


def _responsibility(n: int, unit: str = "", leader: str = "") -> Responsibility:
    offset = OFFSETS[n % len(OFFSETS)]
    text = TEXTS[(n // 3) % len(TEXTS)] if offset is None else ""
    return Responsibility(
        lead_unit=unit,
        lead_leader=leader,
        deadline=TODAY + timedelta(days=offset) if offset is not None else None,
        deadline_text=text,
        deadline_rule=DeadlineRule.IMMEDIATE if text == "立行立改" else None,
    )


@pytest.fixture
def varied(service: LedgerService) -> LedgerService:
    counter = itertools.count(1)
    for title, feedback in (("第一轮巡察", FEEDBACK), ("专项巡察（无反馈日期）", None)):
        inspection = service.create_inspection(
            InspectionDraft(title=title, feedback_date=feedback)
        ).value
        for n in range(60):
            units = ("办公室", "财政局", "", "组织部")
            issue = service.add_issue(
                inspection.id,
                IssueDraft(
                    number=str(n + 1),
                    text=f"问题{n + 1}的内容",
                    responsibility=_responsibility(n, units[n % 4], ("张三", "", "李四")[n % 3]),
                ),
                [
                    MeasureDraft(
                        f"第{m + 1}条措施",
                        status=STATUSES[(n + m) % len(STATUSES)],
                        responsibility=_responsibility(
                            next(counter), ("", "审计局", "")[m % 3], ("", "王五")[(n + m) % 2]
                        ),
                    )
                    for m in range(n % 4)
                ],
            ).value
            assert issue.id
    return service


def _old(service: LedgerService, settings: DueSettings) -> dict[str, Any]:
    """The list from the whole view, with what the dock added to each item before."""
    sup = SupervisionService(service, calendar=CALENDAR)
    view = sup.view()
    result = supervision_items(view, TODAY, settings, CALENDAR)
    issues = {i.id: i for i in view.issues}
    measures = {m.id: m for m in view.measures}
    for group in result["units"]:
        for item in (*group["overdue"], *group["due_soon"]):
            issue = issues[item["issue_id"]]
            r = (
                measure_responsibility(measures[item["id"]], issue)
                if item["entity"] == "measure"
                else issue.responsibility
            )
            item["lead_leader"] = r.lead_leader
            if settings.working_days and item["days_left"] >= 0:
                item["working_days_left"] = CALENDAR.working_days_between(
                    TODAY, date.fromisoformat(item["deadline"])
                )
    return result


def _old_row(item: dict[str, Any]) -> tuple[Any, ...]:
    return (
        item["entity"],
        item["id"],
        item["issue_id"],
        item["inspection_id"],
        item["number"],
        item["seq"],
        item["deadline"],
        item["days_overdue"],
        item["days_left"],
        item["status"],
        item["light"],
        item["lead_leader"],
        item.get("working_days_left"),
    )


def _new_row(item: DockItem) -> tuple[Any, ...]:
    return (
        item.entity,
        item.id,
        item.issue_id,
        item.inspection_id,
        item.number,
        item.seq,
        item.deadline.isoformat(),
        item.days_overdue,
        item.days_left,
        item.status,
        item.light,
        item.lead_leader,
        item.working_days_left,
    )


@pytest.mark.parametrize(
    "settings", [DueSettings(3, False), DueSettings(7, False), DueSettings(3, True)]
)
def test_the_dock_list_agrees_with_the_list_from_every_record(
    varied: LedgerService, settings: DueSettings
) -> None:
    old = _old(varied, settings)
    new = SupervisionService(varied, calendar=CALENDAR).dock_list(settings, TODAY)
    for key in ("overdue_issues", "due_soon_issues", "overdue_total", "due_soon_total"):
        assert new[key] == old[key], key
    assert [g["unit"] for g in new["units"]] == [g["unit"] for g in old["units"]]
    for got, wanted in zip(new["units"], old["units"], strict=True):
        for light in ("overdue", "due_soon"):
            assert [_new_row(i) for i in got[light]] == [_old_row(i) for i in wanted[light]]
    assert new["warnings"] == old["warnings"]
    # The ledger is varied enough to say something: every kind of item is there.
    rows = [_new_row(i) for g in new["units"] for i in (*g["overdue"], *g["due_soon"])]
    assert {(r[0], r[10]) for r in rows} == {
        ("issue", "red"),
        ("issue", "yellow"),
        ("measure", "red"),
        ("measure", "yellow"),
    }
    assert any(r[12] is not None for r in rows) == settings.working_days
    assert old["overdue_issues"] > old["overdue_total"] // 4 > 0


def test_the_dock_reads_the_texts_of_the_items_it_shows(varied: LedgerService) -> None:
    sup = SupervisionService(varied, calendar=CALENDAR)
    document = sup.dock_list(DueSettings(), TODAY)
    items = [i for g in document["units"] for i in g["overdue"]][:5]
    texts = sup.item_texts(items)
    view = sup.view()
    by_key = {("issue", i.id): i.text for i in view.issues}
    by_key.update({("measure", m.id): m.text for m in view.measures})
    assert texts == {(i.entity, i.id): by_key[(i.entity, i.id)] for i in items}
