"""The measures table: editable in place through requests, never writing itself."""

from __future__ import annotations

from datetime import date

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from desktop.domain.records import IssueId, MeasureId, MeasureRecord, Responsibility
from desktop.ui.models.measure_table_model import MeasureTableModel


def measure(mid: int, seq: int, text: str = "一是加强学习", **kw: object) -> MeasureRecord:
    return MeasureRecord(
        id=MeasureId(mid),
        issue_id=IssueId(1),
        seq=seq,
        text=text,
        revision=3,
        responsibility=Responsibility(lead_unit="建设局", deadline=date(2023, 1, 11)),
        **kw,  # type: ignore[arg-type]
    )


def column(model: MeasureTableModel, key: str) -> int:
    return next(i for i, c in enumerate(model.columns) if c.key == key)


def test_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = MeasureTableModel()
    model.set_measures([measure(1, 1), measure(2, 2, long_term=True)])
    qtmodeltester.check(model)


def test_edit_of_a_cell_is_requested_not_written(qtbot: QtBot) -> None:
    model = MeasureTableModel()
    model.set_measures([measure(5, 1)])
    with qtbot.waitSignal(model.edit_requested) as blocker:
        assert model.setData(model.index(0, column(model, "text")), "  二是完善制度 ")
    assert blocker.args == [5, {"text": "二是完善制度"}, 3, "整改措施"]
    assert model.index(0, column(model, "text")).data() == "一是加强学习"  # unchanged


def test_status_dates_and_check_box_become_record_fields(qtbot: QtBot) -> None:
    model = MeasureTableModel()
    model.set_measures([measure(5, 1)])
    with qtbot.waitSignal(model.edit_requested) as blocker:
        model.setData(model.index(0, column(model, "status")), "done")
    assert blocker.args[1] == {"status": "done"}
    with qtbot.waitSignal(model.edit_requested) as blocker:
        model.setData(model.index(0, column(model, "deadline")), "2023.2.28")
    assert blocker.args[1] == {
        "deadline": "2023-02-28",
        "deadline_rule": None,
        "deadline_text": "2023年2月28日",
    }
    with qtbot.waitSignal(model.edit_requested) as blocker:
        model.setData(model.index(0, column(model, "deadline")), "立行立改")
    assert blocker.args[1]["deadline_rule"] == "immediate"
    long_term = model.index(0, column(model, "long_term"))
    assert long_term.flags() & Qt.ItemFlag.ItemIsUserCheckable
    with qtbot.waitSignal(model.edit_requested) as blocker:
        model.setData(long_term, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert blocker.args[1] == {"long_term": True}


def test_bad_edits_are_rejected_with_a_reason(qtbot: QtBot) -> None:
    model = MeasureTableModel()
    model.set_measures([measure(5, 1)])
    with qtbot.assertNotEmitted(model.edit_requested), qtbot.waitSignal(model.edit_rejected):
        assert not model.setData(model.index(0, column(model, "text")), "   ")
    with qtbot.waitSignal(model.edit_rejected) as blocker:
        assert not model.setData(model.index(0, column(model, "deadline")), "2023年2月30日")
    assert "2023年2月30日" in blocker.args[0]
    # The same value again is no edit at all.
    with qtbot.assertNotEmitted(model.edit_requested):
        assert not model.setData(model.index(0, column(model, "status")), "not_started")


def test_same_rows_refresh_in_place_other_rows_reset(qtbot: QtBot) -> None:
    model = MeasureTableModel()
    model.set_measures([measure(1, 1), measure(2, 2)])
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged):
        model.set_measures([measure(1, 1, "改过的"), measure(2, 2)])
    with qtbot.waitSignal(model.modelReset):
        model.set_measures([measure(2, 1), measure(1, 2)])
    assert [m.id for m in model.records()] == [2, 1]
