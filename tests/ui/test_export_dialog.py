"""The export dialog on its own: the column choice (order included) remembered in the
settings file and restored, stale or new columns handled, required columns kept, the
title and reporting unit prefilled per scope, the suggested file name."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSettings, Qt

from desktop.domain.records import InspectionId, InspectionRecord
from desktop.excel.columns import COLUMNS
from desktop.ui.export_dialog import (
    COLUMNS_KEY,
    ExportChoice,
    ExportDialog,
    Scope,
    ViewFacts,
    default_columns,
    remembered_columns,
    remembered_title,
)
from desktop.ui.export_runner import default_file_name
from desktop.ui.settings import AppSettings

DEMO = InspectionRecord(
    title="市委第七巡察组专项巡察（2022年）",
    inspected_unit="示范区党工委",
    id=InspectionId(1),
)
OTHER = InspectionRecord(title="2024年常规巡察", inspected_unit="财政局", id=InspectionId(2))


def facts(view: tuple[InspectionRecord, ...] = (DEMO,)) -> ViewFacts:
    return ViewFacts(
        shown_count=14,
        description="巡察：市委第七巡察组专项巡察（2022年）；未筛选；按台账顺序排列",
        view_inspections=view,
        ledger_inspections=(DEMO, OTHER),
    )


def make_dialog(qtbot: QtBot, settings: AppSettings, **kwargs: object) -> ExportDialog:
    dialog = ExportDialog(facts(**kwargs), settings, today=date(2026, 11, 26))  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


def test_column_choice_and_order_are_remembered_in_the_settings_file(
    qtbot: QtBot, tmp_path: Path
) -> None:
    ini = str(tmp_path / "settings.ini")
    first = make_dialog(qtbot, AppSettings(QSettings(ini, QSettings.Format.IniFormat)))
    assert first.columns.choice() == default_columns()
    # 整改状态 up three places, 备注 to the top; 整改目标 and 佐证材料 left out.
    first.columns.select_field("status")
    for _ in range(3):
        first.columns.up_button.click()
    first.columns.select_field("remarks")
    while first.columns.up_button.isEnabled():
        first.columns.up_button.click()
    first.columns.set_checked("goal", False)
    first.columns.set_checked("evidence", False)
    first.statistics.setChecked(False)
    chosen = first.columns.choice()
    fields = [f for f, _ in chosen]
    assert fields[0] == "remarks"
    assert fields.index("status") == [c.field for c in COLUMNS].index("status") - 3 + 1
    first.accept()
    first.settings.sync()

    # A new session: the same file, read afresh.
    again = make_dialog(qtbot, AppSettings(QSettings(ini, QSettings.Format.IniFormat)))
    assert again.columns.choice() == chosen
    assert "goal" not in again.columns.chosen_fields()
    assert again.columns.chosen_fields()[0] == "remarks"
    assert not again.statistics.isChecked()
    assert again.choice().columns == tuple(f for f, checked in chosen if checked)


def test_a_cancelled_dialog_remembers_nothing(qtbot: QtBot, settings: AppSettings) -> None:
    dialog = make_dialog(qtbot, settings)
    dialog.columns.set_checked("goal", False)
    dialog.reject()
    assert make_dialog(qtbot, settings).columns.choice() == default_columns()


def test_stale_and_new_columns_in_a_remembered_choice(settings: AppSettings) -> None:
    # Written by another version: a column since dropped, one remembered twice, a
    # required column unchecked by hand, garbage entries; most columns not mentioned.
    settings.store.setValue(
        COLUMNS_KEY,
        json.dumps(
            [
                ["gone", True],
                ["remarks", True],
                ["number", False],
                ["remarks", False],
                7,
                ["text"],
                ["goal", False],
            ]
        ),
    )
    choice = remembered_columns(settings)
    assert choice[:3] == [("remarks", True), ("number", True), ("goal", False)]
    rest = [c.field for c in COLUMNS if c.field not in {"remarks", "number", "goal"}]
    assert choice[3:] == [(field, True) for field in rest]
    settings.store.setValue(COLUMNS_KEY, "not json")
    assert remembered_columns(settings) == default_columns()


def test_required_columns_stay_checked(qtbot: QtBot, settings: AppSettings) -> None:
    dialog = make_dialog(qtbot, settings)
    dialog.columns.set_checked("number", False)
    dialog.columns.set_checked("text", False)
    items = [dialog.columns.list.item(row) for row in range(dialog.columns.list.count())]
    number = next(i for i in items if i.data(Qt.ItemDataRole.UserRole) == "number")
    assert not number.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert {"number", "text"} <= set(dialog.columns.chosen_fields())
    # 恢复默认 puts every column back, in spec order.
    dialog.columns.set_checked("goal", False)
    dialog.columns.select_field("remarks")
    dialog.columns.up_button.click()
    dialog.columns.reset_button.click()
    assert dialog.columns.choice() == default_columns()


def test_title_and_unit_follow_the_scope_unless_typed(qtbot: QtBot, settings: AppSettings) -> None:
    dialog = make_dialog(qtbot, settings)
    assert dialog.title.text() == "示范区党工委巡察反馈问题整改台账"
    assert dialog.reporting_unit.text() == "示范区党工委"
    dialog.set_scope(Scope.LEDGER)
    # Two inspections: each sheet gets its own title and unit.
    assert dialog.title.text() == ""
    assert dialog.reporting_unit.text() == ""
    assert dialog.title.placeholderText() == "每张工作表用其巡察的标题"
    choice = dialog.choice()
    assert (choice.scope, choice.title, choice.reporting_unit) == (Scope.LEDGER, None, None)
    dialog.set_scope(Scope.VIEW)
    assert dialog.title.text() == "示范区党工委巡察反馈问题整改台账"
    dialog.title.setText("示范区整改台账（第二季度）")
    dialog.set_scope(Scope.LEDGER)
    assert dialog.title.text() == "示范区整改台账（第二季度）"
    assert dialog.choice().report_date == date(2026, 11, 26)


def test_the_clerks_own_title_is_remembered(qtbot: QtBot, settings: AppSettings) -> None:
    """One title rule: ours unless the clerk typed their own, which is remembered for
    the inspection and used by the printed ledger too (print_actions.ledger_job)."""
    dialog = make_dialog(qtbot, settings)
    dialog.title.setText("示范区党工委巡察整改工作台账")
    dialog.accept()
    assert remembered_title(settings, DEMO) == "示范区党工委巡察整改工作台账"
    assert remembered_title(settings, OTHER) == ""
    again = make_dialog(qtbot, settings)
    assert again.title.text() == "示范区党工委巡察整改工作台账"
    # Back to ours: nothing remembered.
    again.title.setText("示范区党工委巡察反馈问题整改台账")
    again.accept()
    assert remembered_title(settings, DEMO) == ""


def test_suggested_file_name() -> None:
    choice = ExportChoice(Scope.VIEW, (), None, None, date(2026, 11, 26), True)
    assert default_file_name((DEMO,), choice) == "示范区党工委整改台账-2026-11-26.xlsx"
    assert default_file_name((DEMO, OTHER), choice) == "整改台账-2026-11-26.xlsx"
    odd = InspectionRecord(title="x", inspected_unit='某局/办公室:"一"', id=InspectionId(3))
    assert default_file_name((odd,), choice) == "某局_办公室__一_整改台账-2026-11-26.xlsx"
