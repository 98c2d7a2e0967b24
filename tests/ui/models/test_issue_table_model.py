"""The issue table model: spec-driven columns, Python filter and sort, traffic lights."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.modeltest import ModelTester

from PySide6.QtCore import Qt

from desktop.domain.filters import IssueFilter
from desktop.domain.records import IssueId, IssueRecord, Responsibility
from desktop.domain.status import Status
from desktop.ui.models.issue_table_model import (
    DONE_COLOUR,
    DUE_SOON_COLOUR,
    OVERDUE_COLOUR,
    IssueTableModel,
)
from desktop.ui.models.roles import Roles

TODAY = date(2023, 3, 1)


def issue(
    iid: int,
    number: str,
    text: str = "问题",
    *,
    status: Status = Status.IN_PROGRESS,
    deadline: date | None = None,
    unit: str = "建设局",
    leader: str = "张三",
    long_term: bool = False,
) -> IssueRecord:
    return IssueRecord(
        id=IssueId(iid),
        number=number,
        text=text,
        status=status,
        long_term=long_term,
        responsibility=Responsibility(lead_unit=unit, lead_leader=leader, deadline=deadline),
    )


def model_with(records: list[IssueRecord], texts: dict[int, str] | None = None) -> IssueTableModel:
    model = IssueTableModel()
    model.today = TODAY
    model.set_issues(records, texts or {r.id: r.text for r in records})
    return model


def shown_numbers(model: IssueTableModel) -> list[str]:
    return [r.number for r in model.records()]


def test_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = model_with([issue(1, "1", "防汛物资"), issue(2, "2", "信访事项")])
    qtmodeltester.check(model)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_filter(IssueFilter(text="防汛"))
    qtmodeltester.check(model)


def test_columns_show_the_issue() -> None:
    record = issue(1, "3", "很长的问题描述" * 20, deadline=date(2023, 1, 11), long_term=True)
    model = model_with([record])
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "序号",
        "问题类别",
        "问题描述",
        "牵头单位",
        "责任领导",
        "整改时限",
        "整改状态",
        "长期坚持",
        "措施完成",
        "最近进展",
        "巡察",
    ]
    text = model.index(0, 2)
    assert text.data().endswith("…")
    assert len(text.data()) <= 80
    assert "很长的问题描述" * 20 in text.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, 5).data() == "2023年1月11日"
    assert model.index(0, 6).data() == "正在推进"
    assert model.index(0, 7).data() == "✓"
    assert model.index(0, 0).data(Roles.RECORD_ID) == 1
    assert model.index(0, 0).data(Roles.RECORD) == record


def test_numbers_sort_as_numbers() -> None:
    model = model_with(
        [issue(1, "问题10"), issue(2, "问题2"), issue(3, "问题1"), issue(4, "问题 9")]
    )
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert shown_numbers(model) == ["问题1", "问题2", "问题 9", "问题10"]
    chinese = model_with([issue(1, "（十）"), issue(2, "（二）"), issue(3, "（三）")])
    chinese.sort(0, Qt.SortOrder.AscendingOrder)
    assert shown_numbers(chinese) == ["（二）", "（三）", "（十）"]
    chinese.sort(0, Qt.SortOrder.DescendingOrder)
    assert shown_numbers(chinese) == ["（十）", "（三）", "（二）"]


def test_sort_on_deadline_and_status_and_back_to_ledger_order() -> None:
    records = [
        issue(1, "1", deadline=date(2023, 5, 1), status=Status.DONE),
        issue(2, "2", deadline=None, status=Status.NOT_STARTED),
        issue(3, "3", deadline=date(2023, 2, 1), status=Status.PARTIAL),
    ]
    model = model_with(records)
    model.sort(5, Qt.SortOrder.AscendingOrder)
    assert shown_numbers(model) == ["3", "1", "2"]  # no deadline last
    model.sort(6, Qt.SortOrder.AscendingOrder)
    assert shown_numbers(model) == ["2", "3", "1"]  # canonical state order
    model.sort(-1)
    model.set_filter(IssueFilter())
    assert shown_numbers(model) == ["1", "2", "3"]


def test_sort_keeps_the_selection_on_its_row() -> None:
    from PySide6.QtCore import QPersistentModelIndex

    model = model_with([issue(1, "2"), issue(2, "10"), issue(3, "1")])
    kept = QPersistentModelIndex(model.index(0, 0))  # issue number 2
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert kept.row() == 1
    assert kept.data() == "2"


def test_search_finds_one_and_two_character_chinese_in_measure_text() -> None:
    records = [issue(1, "1", "防汛物资储备"), issue(2, "2", "信访事项"), issue(3, "3", "饮用水")]
    texts = {1: "防汛物资储备\n整改措施：规范仓库", 2: "信访事项\n回头看", 3: "饮用水\n新建深井"}
    model = model_with(records, texts)
    model.set_filter(IssueFilter(text="井"))
    assert shown_numbers(model) == ["3"]
    model.set_filter(IssueFilter(text="仓库"))
    assert shown_numbers(model) == ["1"]
    model.set_filter(IssueFilter(text="事项"))
    assert shown_numbers(model) == ["2"]
    model.set_filter(IssueFilter(text="不存在的词"))
    assert model.rowCount() == 0


def test_search_follows_texts_that_arrive_or_change_after_a_search() -> None:
    """The model keeps the search texts aligned with its rows between keystrokes; texts
    loaded later, edits and a new ledger each make it look again."""
    records = [issue(1, "1", "防汛物资储备"), issue(2, "12", "信访事项")]
    model = model_with(records, {})
    model.set_filter(IssueFilter(text="深井"))
    assert model.rowCount() == 0
    model.set_search_texts({1: "防汛物资储备", 2: "信访事项\n新建深井"})
    model.refilter()
    assert shown_numbers(model) == ["12"]
    model.update_issues([issue(1, "1", "防汛物资储备")], {1: "防汛物资储备 深井"})
    model.refilter()
    assert shown_numbers(model) == ["1", "12"]
    model.set_filter(IssueFilter(text="12"))  # the number is searched too
    assert shown_numbers(model) == ["12"]
    model.set_issues([issue(3, "3", "饮用水")], {3: "饮用水 深井"})
    model.set_filter(IssueFilter(text="深井"))
    assert shown_numbers(model) == ["3"]
    assert model.row_of(IssueId(3)) == 0


def test_filters_by_status_unit_leader_long_term_and_lights() -> None:
    records = [
        issue(1, "1", status=Status.DONE, unit="财政局", long_term=True),
        issue(2, "2", deadline=TODAY - timedelta(days=3), leader="李四"),
        issue(3, "3", deadline=TODAY + timedelta(days=5)),
        issue(4, "4", deadline=TODAY + timedelta(days=30), status=Status.POSTPONED),
    ]
    model = model_with(records)
    model.set_filter(IssueFilter(statuses=frozenset({Status.DONE, Status.POSTPONED})))
    assert shown_numbers(model) == ["1", "4"]
    model.set_filter(IssueFilter(unit="财政局"))
    assert shown_numbers(model) == ["1"]
    model.set_filter(IssueFilter(leader="李"))
    assert shown_numbers(model) == ["2"]
    model.set_filter(IssueFilter(long_term=False))
    assert shown_numbers(model) == ["2", "3", "4"]
    model.set_filter(IssueFilter(overdue=True))
    assert shown_numbers(model) == ["2"]
    model.set_filter(IssueFilter(due_soon=True))
    assert shown_numbers(model) == ["3"]
    model.due_soon_days = 40
    model.refilter()
    assert shown_numbers(model) == ["3", "4"]


def test_rows_are_coloured_like_traffic_lights() -> None:
    records = [
        issue(1, "1", deadline=TODAY - timedelta(days=1)),
        issue(2, "2", deadline=TODAY + timedelta(days=2)),
        issue(3, "3", status=Status.CLOSED, deadline=TODAY - timedelta(days=10)),
        issue(4, "4", deadline=TODAY + timedelta(days=60)),
    ]
    model = model_with(records)
    colours = [model.index(row, 3).data(Qt.ItemDataRole.BackgroundRole) for row in range(4)]
    assert colours == [OVERDUE_COLOUR, DUE_SOON_COLOUR, DONE_COLOUR, None]
    assert model.counts() == {"total": 4, "shown": 4, "overdue": 1, "due_soon": 1, "done": 1}


def test_update_in_place_keeps_the_row_and_emits_data_changed(qtbot: object) -> None:
    model = model_with([issue(1, "1", "旧"), issue(2, "2")])
    model.set_filter(IssueFilter(text="旧"))
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))
    model.update_issues([issue(1, "1", "新")], {1: "新"})
    # Still shown (an edit never makes the row jump away), with the new text.
    assert model.rowCount() == 1
    assert model.index(0, 2).data() == "新"
    assert changed == [0]


def test_due_soon_in_working_days_and_within_n_working_days_deadlines() -> None:
    import dataclasses

    from desktop.domain.calendar import load_calendar
    from desktop.domain.records import InspectionId
    from desktop.services.work_calendar import default_calendar_folders

    calendar, _errors = load_calendar(default_calendar_folders())
    friday = date(2026, 11, 27)
    soon = issue(1, "1", deadline=date(2026, 12, 2))  # 5 calendar, 3 working days away
    relative = dataclasses.replace(
        issue(2, "2"),
        inspection_id=InspectionId(7),
        responsibility=Responsibility(deadline_text="10个工作日内"),
    )
    model = model_with([soon, relative])
    model.today = friday
    model.due_soon_days = 3
    assert model.light(soon) is None
    model.set_deadline_rules(working_days=True, calendar=calendar, feedback_dates={})
    assert model.light(soon) == "due_soon"
    assert model.light(relative) is None  # no feedback date to count from
    # Ten working days from 2026-11-13 fall on 2026-11-27: due today, so yellow.
    model.set_deadline_rules(
        working_days=True, calendar=calendar, feedback_dates={7: date(2026, 11, 13)}
    )
    assert model.light(relative) == "due_soon"


def test_a_sort_follows_an_edit_made_after_an_earlier_sort() -> None:
    d = date(2024, 1, 1)
    records = [issue(i, str(i), deadline=d + timedelta(days=i)) for i in range(1, 5)]
    model = model_with(records)
    deadline = next(i for i, c in enumerate(model.columns) if c.key == "deadline")
    model.sort(deadline, Qt.SortOrder.DescendingOrder)
    assert shown_numbers(model) == ["4", "3", "2", "1"]
    moved = issue(2, "2", deadline=d + timedelta(days=9))
    model.update_issues([moved], {})
    model.sort(deadline, Qt.SortOrder.DescendingOrder)
    assert shown_numbers(model) == ["2", "4", "3", "1"]
    model.sort(deadline, Qt.SortOrder.AscendingOrder)
    assert shown_numbers(model) == ["1", "3", "4", "2"]


def test_the_rest_of_a_staged_load_is_appended_or_laid_out_again() -> None:
    records = [issue(i, str(i), deadline=date(2024, 1, i)) for i in range(1, 7)]
    model = model_with(records[:2])
    assert model.complete_issues(records)
    assert shown_numbers(model) == ["1", "2", "3", "4", "5", "6"]
    # Sorted while loading: the rest take their places among the first.
    model = model_with(records[:2])
    deadline = next(i for i, c in enumerate(model.columns) if c.key == "deadline")
    model.sort(deadline, Qt.SortOrder.DescendingOrder)
    assert shown_numbers(model) == ["2", "1"]
    assert not model.complete_issues(records)
    assert shown_numbers(model) == ["6", "5", "4", "3", "2", "1"]
    assert model.counts()["total"] == 6
