"""The ledger as it stood on a past date, rebuilt from the history, checked against a
history whose batches carry known timestamps and whose states on each date are known;
statistics and the changes since a date on top of it."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.calendar import WorkCalendar
from desktop.domain.changes import Done
from desktop.domain.records import InspectionDraft, IssueDraft, MeasureDraft, Responsibility
from desktop.domain.rollup import StatusChoice
from desktop.domain.status import Status
from desktop.domain.supervision import LedgerView, OutcomeDraft, OutcomeKind, ProgressNoteDraft
from desktop.services.ledger import LedgerService
from desktop.services.supervision import SupervisionService
from desktop.storage.migrate import open_ledger


def stamp(path: Path, done: Done[Any], when: str) -> None:
    """Give a batch the time it would have had if done on that day."""
    assert done.batch_id is not None
    with sqlite3.connect(path) as connection:
        connection.execute(
            "UPDATE history_batch SET at = ? WHERE id = ?",
            (datetime.fromisoformat(when).isoformat(" "), done.batch_id),
        )


class Story:
    """A ledger built step by step on known days (see ``story``)."""

    def __init__(self, service: LedgerService, sup: SupervisionService, path: Path) -> None:
        self.service = service
        self.sup = sup
        self.path = path
        self.ids: dict[str, int] = {}


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Iterator[Story]:
    """Built once for the module (the tests only read it). The history, one action
    per line, each stamped with its day:

    01-05 inspection (feedback 01-04); issue 1 (办公室, due 02-27, two measures, the first
          due 01-15); issue 2 (due 01-31)
    01-20 issue 1 in progress; measure 1 done; a progress note
    02-02 issue 2 done (completed 01-30); evidence and an outcome on it
    02-10 issue 1 moves to 财政局 with 审计局 cooperating
    02-20 issue 1 asks for a postponement to 04-30 (status 申请延期)
    02-25 the postponement is approved
    03-01 issue 3 added
    03-03 measure 2 of issue 1 deleted
    03-05 issue 3 deleted
    03-10 the 02-10 unit change undone
    """
    ledger_path = tmp_path_factory.mktemp("story") / "story.sqlite"
    shutil.copy(migrated_template, ledger_path)
    engine = open_ledger(ledger_path)
    service = LedgerService(engine, "测试员")
    sup = SupervisionService(service, calendar=WorkCalendar())
    s = Story(service, sup, ledger_path)
    at = ledger_path

    inspection = service.create_inspection(
        InspectionDraft(title="市委第一巡察组常规巡察", feedback_date=date(2026, 1, 4))
    )
    stamp(at, inspection, "2026-01-05 09:00")
    r1 = Responsibility(lead_unit="办公室", deadline=date(2026, 2, 27))
    issue1 = service.add_issue(
        inspection.value.id,
        IssueDraft(number="1", text="制度执行不到位", responsibility=r1),
        [
            MeasureDraft("一是修订制度", responsibility=Responsibility(deadline=date(2026, 1, 15))),
            MeasureDraft("二是开展检查"),
        ],
    )
    stamp(at, issue1, "2026-01-05 09:10")
    issue2 = service.add_issue(
        inspection.value.id,
        IssueDraft(
            number="2",
            text="会议记录不全",
            responsibility=Responsibility(lead_unit="党建办", deadline=date(2026, 1, 31)),
        ),
    )
    stamp(at, issue2, "2026-01-05 09:20")
    s.ids.update(inspection=inspection.value.id, issue1=issue1.value.id, issue2=issue2.value.id)
    m1, m2 = service.list_measures(issue1.value.id)
    s.ids.update(m1=m1.id, m2=m2.id)

    stamp(
        at,
        service.set_issue_fields(
            s.ids["issue1"],
            {"status": "in_progress"},
            status_choice=StatusChoice.MEASURES_FOLLOW,
        ),
        "2026-01-20 10:00",
    )
    stamp(at, service.set_measure_fields(m1.id, {"status": "done"}), "2026-01-20 10:05")
    note = sup.add_note(s.ids["issue1"], ProgressNoteDraft(date(2026, 1, 20), "制度已修订"))
    stamp(at, note, "2026-01-20 10:10")

    done2 = service.set_issue_fields(
        s.ids["issue2"], {"status": "done", "completion_date": "2026-01-30"}
    )
    stamp(at, done2, "2026-02-02 15:00")
    evidence_file = at.parent / "记录.pdf"
    evidence_file.write_bytes(b"%PDF records")
    stamp(at, sup.attach_evidence(s.ids["issue2"], evidence_file), "2026-02-02 15:05")
    outcome = sup.add_outcome(
        s.ids["issue2"], OutcomeDraft(OutcomeKind.FUNDS, "recovered", amount=Decimal("3.5"))
    )
    stamp(at, outcome, "2026-02-02 15:10")

    moved = service.set_issue_fields(
        s.ids["issue1"], {"lead_unit": "财政局", "cooperating_units": ["审计局"]}
    )
    stamp(at, moved, "2026-02-10 11:00")
    request = sup.request_postponement(
        s.ids["issue1"], date(2026, 4, 30), "需待上级批复", requested_on=date(2026, 2, 20)
    )
    stamp(at, request, "2026-02-20 16:00")
    approval = sup.approve_postponement(request.value.id, decided_on=date(2026, 2, 25))
    stamp(at, approval, "2026-02-25 09:00")

    issue3 = service.add_issue(inspection.value.id, IssueDraft(number="3", text="新发现"))
    stamp(at, issue3, "2026-03-01 08:00")
    stamp(at, service.delete_measure(m2.id), "2026-03-03 08:00")
    stamp(at, service.delete_issue(issue3.value.id), "2026-03-05 08:00")
    assert moved.batch_id is not None
    stamp(at, service.undo_batch(moved.batch_id), "2026-03-10 08:00")
    yield s
    engine.dispose()


def by_number(view: LedgerView) -> dict[str, Any]:
    return {i.number: i for i in view.issues}


def test_before_anything_there_is_nothing(story: Story) -> None:
    view = story.sup.view(as_of=date(2026, 1, 4))
    assert view.inspections == ()
    assert view.issues == ()


def test_states_on_known_dates(story: Story) -> None:
    sup = story.sup
    jan5 = by_number(sup.view(as_of=date(2026, 1, 5)))
    assert set(jan5) == {"1", "2"}
    assert jan5["1"].status is Status.NOT_STARTED
    assert (jan5["1"].measures_total, jan5["1"].measures_done) == (2, 0)
    assert jan5["1"].last_progress_date is None

    jan25 = sup.view(as_of=date(2026, 1, 25))
    issues = by_number(jan25)
    assert issues["1"].status is Status.IN_PROGRESS
    assert (issues["1"].measures_total, issues["1"].measures_done) == (2, 1)
    assert issues["1"].last_progress_date == date(2026, 1, 20)
    assert issues["2"].status is Status.NOT_STARTED
    assert jan25.evidence == () and jan25.outcomes == ()  # noqa: PT018 (one state)

    feb5 = sup.view(as_of=date(2026, 2, 5))
    issues = by_number(feb5)
    assert issues["2"].status is Status.DONE
    assert issues["2"].completion_date == date(2026, 1, 30)
    assert [e.original_name for e in feb5.evidence] == ["记录.pdf"]
    assert [o.amount for o in feb5.outcomes] == [Decimal("3.500")]
    assert issues["1"].responsibility.lead_unit == "办公室"

    feb15 = by_number(sup.view(as_of=date(2026, 2, 15)))
    assert feb15["1"].responsibility.lead_unit == "财政局"
    assert feb15["1"].responsibility.cooperating_units == ("审计局",)

    feb22 = sup.view(as_of=date(2026, 2, 22))
    assert by_number(feb22)["1"].status is Status.POSTPONED
    assert by_number(feb22)["1"].responsibility.deadline == date(2026, 2, 27)
    assert [p.decision.value for p in feb22.postponements] == ["pending"]

    feb26 = sup.view(as_of=date(2026, 2, 26))
    assert by_number(feb26)["1"].responsibility.deadline == date(2026, 4, 30)
    assert [p.decision.value for p in feb26.postponements] == ["approved"]

    mar2 = sup.view(as_of=date(2026, 3, 2))
    assert set(by_number(mar2)) == {"1", "2", "3"}
    assert by_number(mar2)["1"].measures_total == 2

    mar6 = sup.view(as_of=date(2026, 3, 6))
    assert set(by_number(mar6)) == {"1", "2"}
    assert by_number(mar6)["1"].measures_total == 1
    assert by_number(mar6)["1"].responsibility.lead_unit == "财政局"

    mar11 = by_number(sup.view(as_of=date(2026, 3, 11)))
    assert mar11["1"].responsibility.lead_unit == "办公室"
    assert mar11["1"].responsibility.cooperating_units == ()


def test_the_past_view_of_today_is_the_present(story: Story) -> None:
    now = story.sup.view()
    assert story.sup.view(as_of=date(2026, 12, 31)) == now
    # The rebuilt records are exactly the service's own.
    assert list(now.issues) == story.service.list_issues()
    by_issue = story.service.measures_by_issue()
    assert list(now.measures) == [m for i in sorted(by_issue) for m in by_issue[i]]


def test_statistics_as_of_a_past_date(story: Story) -> None:
    sup = story.sup
    jan25 = sup.statistics(as_of=date(2026, 1, 25))
    assert jan25["as_of"] == "2026-01-25"
    assert jan25["issues"]["by_status"] == {"not_started": 1, "in_progress": 1}
    assert jan25["issues"]["overdue"] == 0
    # Measure 1 (due 01-15) was done on 01-20 by the history: late.
    assert jan25["on_time_rate"]["measures"] == {
        "rate": 0.0,
        "on_time": 0,
        "late": 1,
        "finished_with_deadline": 1,
        "unknown": 0,
    }
    feb5 = sup.statistics(as_of=date(2026, 2, 5))
    assert feb5["issues"]["by_status"] == {"in_progress": 1, "done": 1}
    assert feb5["on_time_rate"]["issues"]["rate"] == 100.0  # completed 01-30, due 01-31
    assert feb5["outcomes"]["funds"]["recovered"] == 3.5
    feb28 = sup.statistics(as_of=date(2026, 2, 28))
    assert feb28["postponed"] == {"issues": 1, "measures": 0, "pending": 0}
    assert feb28["issues"]["overdue"] == 0  # the approved deadline is 04-30
    feb24 = sup.statistics(as_of=date(2026, 2, 24))
    assert feb24["postponed"] == {"issues": 0, "measures": 0, "pending": 1}
    # Deleting measure 2 on 03-03 left only the done measure 1: issue 1 rolled up to
    # 已完成 (domain.rollup), so after its postponed deadline nothing of it is overdue.
    assert [o["number"] for o in sup.statistics(today=date(2026, 5, 1))["overdue"]] == []


def test_changes_since_a_date(story: Story) -> None:
    result = story.sup.statistics(as_of=date(2026, 3, 4), since=date(2026, 2, 20))
    changes = result["changes"]
    assert result["since"] == "2026-02-20"
    days = sorted({c["at"][:10] for c in changes})
    assert days == ["2026-02-20", "2026-02-25", "2026-03-01", "2026-03-03"]
    deadline = next(c for c in changes if c.get("field") == "deadline")
    assert (deadline["old"], deadline["new"], deadline["issue_number"]) == (
        "2026-02-27",
        "2026-04-30",
        "1",
    )
    created = next(c for c in changes if c["action"] == "create" and c["entity"] == "issue")
    assert created["summary"].startswith("问题 3")
    assert {c["operator"] for c in changes} == {"测试员"}
