"""The English window's main dialogs show the lower layers' words in English: the
backup list (why each backup was made, what it holds), the integrity check's verdict
and its technical detail, the About box, and the refusal to print without a Chinese
font. The ledger's own values (the demo's operator and batch descriptions) may stay
Chinese: they are taken out before looking."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtWidgets import QDialog

from desktop.services.backups import REASON_CODES, make_backup, reason_label
from desktop.ui.dialogs.backup_dialog import BackupDialog
from desktop.ui.dialogs.check_dialog import CheckReportDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import wait_for_operations

from .helpers import FakeMessages
from .safety_helpers import alter_a_history_entry, driving, select_number

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def ledger_values(path: Path) -> list[str]:
    """The history's operators and batch descriptions: the ledger's own words."""
    raw = sqlite3.connect(path)
    try:
        rows = raw.execute("SELECT operator, description FROM history_batch").fetchall()
    finally:
        raw.close()
    return sorted({v for row in rows for v in row if v}, key=len, reverse=True)


def chinese_left(text: str, values: list[str] = []) -> list[str]:  # noqa: B006
    for value in values:
        text = text.replace(value, "")
    return [line for line in text.splitlines() if CJK.search(line)]


@pytest.fixture(autouse=True)
def _no_job_left_running() -> Iterator[None]:
    yield
    assert wait_for_operations()


@pytest.mark.usefixtures("english")
def test_the_backup_list_in_english(window: MainWindow, fake_messages: FakeMessages) -> None:
    make_backup(window.service, "import")
    rows: list[list[str]] = []
    cut: list[str] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, BackupDialog)
        model = dialog.model
        # Every reason shows whole (the English words were cut: "Automatic back…").
        room = dialog.view.columnWidth(1)
        metrics = dialog.view.fontMetrics()
        cut.extend(
            r for r in map(reason_label, REASON_CODES) if metrics.horizontalAdvance(r) > room
        )
        rows.extend(
            [str(model.index(r, c).data()) for c in range(model.columnCount())]
            for r in range(model.rowCount())
        )
        dialog.reject()

    fake_messages.dialogs.append(driving(look))
    window.safety.open_backups()
    assert rows
    assert cut == []
    assert rows[0][1] == "Automatic backup before an import"
    assert rows[0][4] == "inspections: 1, issues: 14, measures: 30"  # no "1 inspections"
    assert [line for row in rows for line in chinese_left("\n".join(row))] == []


@pytest.mark.usefixtures("english")
def test_the_check_of_an_altered_history_in_english(
    window: MainWindow, fake_messages: FakeMessages, demo_path: Path
) -> None:
    alter_a_history_entry(demo_path, "altered")
    seen: list[CheckReportDialog] = []

    def look(dialog: QDialog) -> bool:
        assert isinstance(dialog, CheckReportDialog)
        seen.append(dialog)
        return False

    fake_messages.dialogs.append(look)
    assert window.safety.check_ledger() is False
    [dialog] = seen
    shown = "\n".join(
        [
            dialog.windowTitle(),
            dialog.headline.text(),
            dialog.problems.text(),
            dialog.risk.text(),
            dialog.action.text(),
            dialog.details.toPlainText(),
        ]
    )
    assert "does not match its hash" in dialog.details.toPlainText()
    assert chinese_left(shown, ledger_values(demo_path)) == []


@pytest.mark.usefixtures("english")
def test_the_about_box_in_english(window: MainWindow, fake_messages: FakeMessages) -> None:
    window.show_about()
    [text] = fake_messages.kinds("info")
    assert text.splitlines()[2].startswith("Rectification ledger ")
    assert "Libraries included:" in text
    # The bundled fonts' file names are Latin; the folder's README is English.
    assert chinese_left(text) == []


@pytest.mark.usefixtures("english")
def test_no_chinese_font_is_said_in_english(
    window: MainWindow, fake_messages: FakeMessages, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.printing import fonts

    def no_fonts(overrides: object = None) -> fonts.FontSet:
        raise fonts.NoChineseFont([fonts.Face.FANGSONG, fonts.Face.HEITI])

    monkeypatch.setattr(fonts, "resolve_fonts", no_fonts)
    fake_messages.allow_errors = True
    select_number(window, "1")
    window.print_actions.current_action.trigger()
    [message] = fake_messages.kinds("error")
    assert "No usable Chinese font (FangSong, HeiTi)" in message
    assert chinese_left(message) == []


@pytest.mark.usefixtures("english")
def test_the_records_without_a_unit_or_category_are_named_in_english() -> None:
    from desktop.domain.statistics import NO_CATEGORY, NO_UNIT, group_name
    from desktop.ui.dashboard import _group_columns

    assert group_name(NO_UNIT) == "(no lead unit)"
    assert group_name(NO_CATEGORY) == "(no category)"
    assert group_name("财政局") == "财政局"  # a unit's own name is its own
    [name_column, *_] = _group_columns("unit", "Lead unit")
    assert name_column.display({"unit": NO_UNIT}) == "(no lead unit)"


@pytest.mark.usefixtures("english")
def test_the_history_shows_values_in_english() -> None:
    from desktop.services.history_query import display_value

    assert display_value("true", "long_term") == "Yes"
    assert display_value("false", "long_term") == "No"
    assert display_value('"done"', "status") == "Done"
    assert display_value('["财政局", "建设局"]', "cooperating_units") == "财政局, 建设局"


@pytest.mark.usefixtures("english")
def test_the_supervision_list_heads_the_records_without_a_unit_in_english() -> None:
    from desktop.domain.statistics import NO_UNIT
    from desktop.ui.supervision_view import SupervisionModel

    model = SupervisionModel()
    group = {"unit": NO_UNIT, "overdue": [], "due_soon": []}
    model.set_document({"units": [group]})
    [heading] = model.heading_rows()
    text = model.index(heading, 0).data()
    assert "(no lead unit)" in text
    assert chinese_left(text) == [], text


@pytest.mark.usefixtures("english")
def test_roles_refusals_and_lists_are_worded_in_english() -> None:
    from desktop.domain.access import Access, Role, role_label, units_text
    from desktop.domain.texts import listed

    assert [role_label(r) for r in Role] == [
        "Administrator",
        "Ledger manager",
        "Unit clerk",
        "Read-only",
    ]
    assert listed(["Finance", "Audit"]) == "Finance, Audit"
    assert units_text(["Finance", "Audit"]) == " (Finance, Audit)"
    clerk = Access(role=Role.UNIT, login="li", units=frozenset({"Finance", "Audit"}))
    refusals = [
        clerk.refusal("Water", ()),
        clerk.refusal("Audit", ()),
        Access(role=Role.UNIT, login="li").refusal("Water", ()),
        Access(role=Role.READER, login="li").refusal(),
    ]
    assert "Audit, Finance" in refusals[0]
    assert "(no unit assigned)" in refusals[2]
    assert [chinese_left(text) for text in refusals] == [[], [], [], []], refusals


def test_roles_refusals_and_lists_stay_chinese_by_default() -> None:
    from desktop.domain.access import Access, Role, role_label
    from desktop.domain.texts import listed

    assert role_label(Role.UNIT) == "责任单位填报"
    assert listed(["财政局", "审计局"]) == "财政局、审计局"
    clerk = Access(role=Role.UNIT, login="li", units=frozenset({"财政局"}))
    assert clerk.refusal("水利局", ()) == (
        "您的账号（li）只能填报财政局牵头或配合的问题和措施，这一项不属于您的单位。"
    )


@pytest.mark.usefixtures("english")
def test_a_notices_stale_figures_and_unofficial_years_are_said_in_english() -> None:
    """The check's findings about a published notice's figures, and the working-day
    warnings of years whose holidays are not official, were Chinese f-strings in the
    domain; the notice's own words (已完成整改, 建章立制) stay quoted as written."""
    from datetime import date
    from decimal import Decimal

    from desktop.domain.calendar import WorkCalendar
    from desktop.domain.ledger_check import check_notice_statistics
    from desktop.domain.records import InspectionId, InspectionRecord
    from desktop.domain.supervision import OutcomeId, OutcomeKind, OutcomeRecord

    inspection = InspectionRecord(title="x", id=InspectionId(1))
    outcomes = [
        OutcomeRecord(OutcomeKind.FUNDS, "recovered", amount=Decimal("12.345"), id=OutcomeId(2))
    ]
    stated = {
        "issues_total": 3,
        "done": 1,
        "rate": 40,
        "rules_made": 2,
        "accountability": {"党纪处分": 1},
        "funds": {"追缴资金": 1},
    }
    found = check_notice_statistics(inspection, stated, [], outcomes)
    messages = [f.message for f in found]
    assert len(messages) == 6, messages
    assert messages[0].startswith("The notice's completion rate of 40% does not match")
    assert "The notice gives “建章立制” (rules made) as 2; the ledger now has 0" in messages
    quoted = re.compile(r"“[^”]*”")
    assert [chinese_left(quoted.sub("", m)) for m in messages] == [[]] * 6, messages

    warnings = WorkCalendar().warnings(date(2031, 1, 1), date(2031, 2, 1))
    assert warnings == (
        "The holidays of 2031 are not known; working days are counted by weekends only.",
    )
