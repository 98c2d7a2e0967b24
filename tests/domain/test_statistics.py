"""Counting a ledger for reports: by state, unit and category; overdue and due soon."""

from __future__ import annotations

from datetime import date

from desktop.domain.statistics import NO_CATEGORY, NO_UNIT, ledger_statistics
from desktop.domain.status import Status
from tests.tools.ledger_records import small_ledger

AS_OF = date(2023, 2, 25)


def test_issues_and_measures_by_state_with_rate() -> None:
    issues, measures = small_ledger()
    stats = ledger_statistics(issues, measures, AS_OF)
    assert stats.issues.total == 4
    assert stats.issues.by_status[Status.DONE] == 1
    assert stats.issues.by_status[Status.CLOSED] == 0
    assert stats.issues.finished == 1
    assert stats.issues.rate == 0.25
    assert stats.measures.total == 6
    assert stats.measures.finished == 4
    assert round(stats.measures.rate, 4) == 0.6667
    assert stats.issues.long_term == 1
    assert stats.measures.long_term == 3


def test_measures_count_under_their_own_unit_or_their_issues() -> None:
    issues, measures = small_ledger()
    stats = ledger_statistics(issues, measures, AS_OF)
    units = {g.name: (g.issues.total, g.measures.total) for g in stats.by_unit}
    assert units == {
        "党工委办公室": (1, 2),
        "组织人社局": (0, 1),
        "机关党委": (1, 1),
        "信访办": (1, 0),
        NO_UNIT: (1, 0),
        "发改局": (0, 1),
        "财政局": (0, 1),
    }
    categories = {g.name: g.issues.total for g in stats.by_category}
    assert categories == {"（一）政治建设方面": 2, NO_CATEGORY: 2}


def test_overdue_and_due_soon_lists_follow_the_ledger_rows() -> None:
    issues, measures = small_ledger()
    stats = ledger_statistics(issues, measures, AS_OF)
    # Issue 2's measure answers to the issue's deadline (2023-01-11), in progress: overdue.
    # Issue 3 has no measures: its own deadline 2023-03-01 is 4 days off: due soon.
    assert [(i.issue_number, i.days) for i in stats.overdue] == [("2", 45)]
    assert stats.overdue[0].lead_unit == "机关党委"
    assert [(i.issue_number, i.measure_text, i.days) for i in stats.due_soon] == [("3", "", 4)]
    # Issue 1 is done, 2 overdue, 3 not yet due, 4 has no deadline.
    assert stats.issues.overdue == 1
    later = ledger_statistics(issues, measures, date(2023, 3, 15))
    assert [i.issue_number for i in later.overdue] == ["2", "3"]
    assert [(i.issue_number, i.days) for i in later.due_soon] == [("4", 5)]
