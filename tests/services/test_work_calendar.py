"""The office calendar read when first asked (``services.work_calendar``): it answers as
the calendar read at once, is read once however many threads ask, and lights that need
no working days never read it (the window's first frame does not wait for it)."""

from __future__ import annotations

import dataclasses
import threading
from datetime import date

from desktop.domain.calendar import WorkCalendar, load_calendar
from desktop.domain.lights import DueSettings, record_light
from desktop.domain.records import InspectionId, IssueId, IssueRecord, Responsibility
from desktop.services.work_calendar import (
    DeferredCalendar,
    default_calendar_folders,
    deferred_office_calendar,
    office_calendar,
)


def _counted(calendar: WorkCalendar) -> tuple[DeferredCalendar, list[int]]:
    reads: list[int] = []

    def load() -> WorkCalendar:
        reads.append(1)
        return calendar

    return DeferredCalendar(load), reads


def test_it_answers_as_the_calendar_read_at_once() -> None:
    now, _errors = office_calendar()
    later = deferred_office_calendar()
    assert not later.loaded
    # 2024-10-12, a Saturday worked (国庆调休); 2024-10-01..07 off.
    assert later.is_working_day(date(2024, 10, 12)) == now.is_working_day(date(2024, 10, 12))
    assert later.loaded
    assert later.add_working_days(date(2024, 9, 20), 15) == now.add_working_days(
        date(2024, 9, 20), 15
    )
    assert later.working_days_between(date(2024, 9, 20), date(2024, 10, 16)) == 15
    assert later.years.keys() == now.years.keys()
    assert later.holiday_name(date(2024, 10, 1)) == now.holiday_name(date(2024, 10, 1))
    assert later.warnings(date(2024, 1, 1), date(2024, 12, 31)) == ()


def test_it_is_read_once_whichever_thread_asks_first() -> None:
    calendar, _ = load_calendar(default_calendar_folders())
    deferred, reads = _counted(calendar)
    answers: list[bool] = []
    threads = [
        threading.Thread(target=lambda: answers.append(deferred.is_working_day(date(2026, 1, 1))))
        for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert answers == [False] * 4  # 元旦
    assert reads == [1]


def test_lights_on_dates_never_read_it() -> None:
    deferred, reads = _counted(WorkCalendar())
    issue = IssueRecord(number="1", text="问题", id=IssueId(1), inspection_id=InspectionId(1))
    dated = dataclasses.replace(issue, responsibility=Responsibility(deadline=date(2026, 1, 5)))
    long_term = dataclasses.replace(issue, responsibility=Responsibility(deadline_text="长期坚持"))
    today = date(2026, 1, 1)
    for record in (dated, long_term):
        record_light(record, today, DueSettings(), deferred, date(2025, 12, 1))
    assert reads == []
    # "N个工作日内" from a feedback date, and due-soon in working days, do read it.
    relative = dataclasses.replace(
        issue, responsibility=Responsibility(deadline_text="10个工作日内")
    )
    record_light(relative, today, DueSettings(), deferred, date(2025, 12, 1))
    assert reads == [1]
    deferred, reads = _counted(WorkCalendar())
    record_light(dated, today, DueSettings(7, working_days=True), deferred)
    assert reads == [1]
