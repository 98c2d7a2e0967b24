"""The history as the viewer shows it: per issue, for the whole ledger, filtered."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

from desktop.domain.rollup import StatusChoice
from desktop.services.history_query import (
    HistoryFilter,
    display_value,
    find_history,
    history_choices,
    history_fields,
)
from desktop.services.ledger import LedgerService


def test_changes_of_one_issue_newest_first(demo_service: LedgerService) -> None:
    issue = demo_service.list_issues()[2]
    LedgerService(demo_service.uow.engine, "李四").set_issue_fields(
        issue.id,
        {"status": "partial", "cooperating_units": ["区财政局", "区审计局"]},
        status_choice=StatusChoice.MEASURES_FOLLOW,
    )
    rows = find_history(demo_service, HistoryFilter(issue_id=issue.id))
    assert rows[0].operator == "李四"
    assert rows[0].source_label == "手工修改"
    edit = [r for r in rows if r.batch_id == rows[0].batch_id]
    assert {(r.field, r.new) for r in edit if r.entity == "issue"} == {
        ("status", "基本完成"),
        ("cooperating_units", "区财政局、区审计局"),
    }
    # The measures that followed the issue's new state are in the same change.
    assert {(r.field, r.new) for r in edit if r.entity == "measure"} <= {("status", "基本完成")}
    assert rows[0].issue_number == issue.number
    assert rows[-1].action_label == "新增"
    assert rows[-1].source == "import"
    assert all(r.entry_id > s.entry_id for r, s in pairwise(rows))


def test_filters(demo_service: LedgerService) -> None:
    issue = demo_service.list_issues()[0]
    LedgerService(demo_service.uow.engine, "王五").set_issue_fields(
        issue.id, {"progress": "已召开第九十九次专题会议"}
    )
    everything = find_history(demo_service)
    assert len(everything) > 50
    assert [r.operator for r in find_history(demo_service, HistoryFilter(operator="王五"))] == [
        "王五"
    ]
    found = find_history(demo_service, HistoryFilter(text="第九十九次"))
    assert [r.field for r in found] == ["progress"]
    assert find_history(demo_service, HistoryFilter(source="merge")) == []
    today = date.today()
    assert len(find_history(demo_service, HistoryFilter(since=today, until=today))) == len(
        everything
    )
    assert find_history(demo_service, HistoryFilter(until=today - timedelta(days=1))) == []
    measures = find_history(demo_service, HistoryFilter(entity="measure"))
    assert len(measures) == 30
    assert all(r.entity_label == "整改措施" for r in measures)
    operators, sources = history_choices(demo_service)
    assert operators == sorted(["测试员", "王五"])
    assert sources == ["form", "import"]


def test_display_values() -> None:
    assert display_value("true") == "是"
    assert display_value('"in_progress"', "status") == "正在推进"
    assert display_value('{"text": "问题正文", "id": 3}') == "问题正文"
    assert display_value(None) == ""
    assert display_value("not json") == "not json"


def test_rows_name_their_issue_and_the_fields_are_listed(demo_service: LedgerService) -> None:
    issue = demo_service.list_issues()[1]
    measure = demo_service.list_measures(issue.id)[0]
    demo_service.set_measure_fields(measure.id, {"remarks": "已整改"})
    row = find_history(demo_service, HistoryFilter(field="remarks"))[0]
    assert (row.entity, row.issue_key) == ("measure", issue.key)
    inspection_rows = find_history(demo_service, HistoryFilter(entity="inspection"))
    assert inspection_rows
    assert all(r.issue_key == "" for r in inspection_rows)
    fields = history_fields(demo_service)
    assert "remarks" in fields
    assert "" not in fields
    assert fields == sorted(fields)
