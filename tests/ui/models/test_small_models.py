"""The small models of the window: navigation tree, history, progress notes, preview."""

from __future__ import annotations

from datetime import date, datetime

from pytestqt.modeltest import ModelTester

from PySide6.QtCore import Qt

from desktop.domain.records import (
    BatchId,
    CategoryId,
    CategoryRecord,
    HistoryEntry,
    InspectionId,
    InspectionRecord,
    IssueId,
    IssueRecord,
    MeasureId,
)
from desktop.domain.status import Status
from desktop.domain.supervision import ProgressNoteId, ProgressNoteRecord
from desktop.ui.dialogs.bulk_edit_dialog import preview_columns, preview_rows
from desktop.ui.models.history_model import HistoryModel, value_text
from desktop.ui.models.navigation_model import CATEGORY, NavigationModel
from desktop.ui.models.progress_note_model import ProgressNoteModel
from desktop.ui.models.record_table_model import RecordTableModel
from desktop.ui.models.roles import Roles


def ledger_tree() -> tuple[list[InspectionRecord], dict[int, list[CategoryRecord]]]:
    inspections = [
        InspectionRecord(title="第七巡察组专项巡察", id=InspectionId(1)),
        InspectionRecord(title="审计整改", id=InspectionId(2)),
    ]
    cats = [
        CategoryRecord(CategoryId(10), InspectionId(1), None, "（一）政治责任方面", 1),
        CategoryRecord(CategoryId(11), InspectionId(1), None, "（二）作风方面", 2),
        CategoryRecord(CategoryId(12), InspectionId(1), CategoryId(10), "1.理论学习", 1),
    ]
    return inspections, {1: cats, 2: []}


def test_navigation_tree_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = NavigationModel()
    model.set_ledger(*ledger_tree())
    qtmodeltester.check(model)
    assert model.rowCount() == 3  # 全部问题 + two inspections
    assert model.index(0, 0).data() == "全部问题"
    first = model.index(1, 0)
    assert [model.index(r, 0, first).data() for r in range(2)] == [
        "（一）政治责任方面",
        "（二）作风方面",
    ]
    nested = model.find(CATEGORY, 12)
    assert nested.parent().data() == "（一）政治责任方面"
    assert nested.data(Roles.INSPECTION_ID) == 1
    assert model.index(0, 0).flags() & Qt.ItemFlag.ItemIsDragEnabled == Qt.ItemFlag(0)
    assert nested.flags() & Qt.ItemFlag.ItemIsDragEnabled


def test_navigation_renames_in_place_when_the_shape_is_unchanged() -> None:
    model = NavigationModel()
    inspections, cats = ledger_tree()
    model.set_ledger(inspections, cats)
    kept = model.find(CATEGORY, 11)
    renamed = dict(cats)
    renamed[1] = [
        c if c.id != 11 else CategoryRecord(c.id, c.inspection_id, None, "（二）新名", 2)
        for c in cats[1]
    ]
    model.set_ledger(inspections, renamed)
    assert kept.isValid()
    assert kept.data() == "（二）新名"


def test_history_model_shows_values_as_clerks_read_them(qtmodeltester: ModelTester) -> None:
    model = HistoryModel()
    entry = HistoryEntry(
        1,
        BatchId(1),
        datetime(2023, 3, 1, 9, 30),
        "张三",
        "form",
        "issue",
        "k",
        "update",
        "status",
        '"in_progress"',
        '"done"',
    )
    model.set_records([entry])
    qtmodeltester.check(model)
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row == [
        "2023-03-01 09:30",
        "张三",
        "录入",
        "问题",
        "修改",
        "整改状态",
        "正在推进",
        "已完成",
    ]
    assert value_text("long_term", "true") == "是"
    assert value_text("cooperating_units", '["建设局", "财政局"]') == "建设局、财政局"
    assert (
        value_text("", '{"number": "3", "text": "落实政治责任不够有力"}')
        == "3 落实政治责任不够有力"
    )


def test_progress_notes_name_their_measure(qtmodeltester: ModelTester) -> None:
    model = ProgressNoteModel()
    model.set_measure_numbers({7: 2})
    model.set_records(
        [
            ProgressNoteRecord(
                date=date(2023, 2, 1),
                text="已召开专题会议",
                reporter="李四",
                next_step="下月复查",
                measure_id=MeasureId(7),
                id=ProgressNoteId(1),
                issue_id=IssueId(1),
            ),
            ProgressNoteRecord(
                date=date(2023, 1, 1), text="已部署", id=ProgressNoteId(2), issue_id=IssueId(1)
            ),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "2023年2月1日"
    assert model.index(0, 1).data() == "措施 2"
    assert model.index(1, 1).data() == "问题"
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["日期", "措施", "整改进展", "报告人", "下一步计划", "困难和问题"]
    assert model.index(0, 4).data() == "下月复查"


def test_bulk_preview_lists_only_what_changes(qtmodeltester: ModelTester) -> None:
    issues = [
        IssueRecord(number="1", text="a", id=IssueId(1), status=Status.DONE),
        IssueRecord(number="2", text="b", id=IssueId(2), status=Status.IN_PROGRESS),
    ]
    rows = preview_rows(issues, {"status": "done", "lead_unit": "建设局"})
    assert [(r.number, r.field, r.old, r.new) for r in rows] == [
        ("1", "牵头单位", "", "建设局"),
        ("2", "整改状态", "正在推进", "已完成"),
        ("2", "牵头单位", "", "建设局"),
    ]
    model = RecordTableModel(preview_columns())
    model.set_records(rows)
    qtmodeltester.check(model)
