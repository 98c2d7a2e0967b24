"""The clerk's whole daily round on the demo ledger (issue #22), through the window:
add an issue and two measures, import a workbook with the import wizard, hand out to
one unit, merge its edited file back through the merge review, print issue sheets and
the ledger to PDF from the print preview, export the ledger with the export dialog,
write the notice; then every view, the exported workbook, the PDFs' text, ``rectify
stats`` and the notice's figures must agree on status, overdue and progress.

Set ``RECTIFY_ROUND_LEDGER`` to a path to keep the ledger after the round (for the
screenshots: ``python -m tests.tools.screenshot``).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop.cli import main
from desktop.domain.records import InspectionDraft, IssueDraft, MeasureDraft, Responsibility
from desktop.domain.status import STATUS_LABELS, Status
from desktop.excel.writer import ExportSummary, write_ledger
from desktop.services.handoff import write_unit_handouts
from desktop.services.ledger import LedgerService
from desktop.storage.migrate import open_ledger
from desktop.ui.dialogs.issue_dialog import IssueDialog
from desktop.ui.dialogs.measure_dialog import MeasureDialog
from desktop.ui.export_dialog import ExportDialog, Scope
from desktop.ui.main_window import MainWindow
from desktop.ui.merge_review import MergeReviewDialog
from tests.excel.handoff_helpers import fill
from tests.printing.pdftools import pdf_text, squeeze

from .helpers import FakeMessages
from .test_export_dialog_runs import export as run_export
from .test_import_wizard import apply, to_preview
from .test_print_actions import export_from_preview

TODAY = date.today()
PAST = TODAY - timedelta(days=20)
FUTURE = TODAY + timedelta(days=60)
REPORT = "已完成专项资金清理，追回资金十二万元"
NEW_PROGRESS = "已起草防汛物资管理办法"


def accept_with(fill_in):  # type: ignore[no-untyped-def]
    def run(dialog: QDialog) -> bool:
        fill_in(dialog)
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    return run


def a_workbook(tmp_path: Path, migrated_template: Path) -> Path:
    """A ledger from elsewhere, as a workbook: an issue dated only by its measures
    (one of them already late), and a finished one."""
    other = tmp_path / "other.sqlite"
    shutil.copy(migrated_template, other)
    service = LedgerService(open_ledger(other), "他人")
    inspection = service.create_inspection(InspectionDraft(title="专项审计整改")).value
    service.add_issue(
        inspection.id,
        IssueDraft(number="1", text="专项资金拨付滞后", responsibility=Responsibility()),
        [
            MeasureDraft(
                "一是清理拨付台账",
                Status.IN_PROGRESS,
                responsibility=Responsibility(lead_unit="审计局", deadline=PAST),
            ),
            MeasureDraft(
                "二是建立拨付制度",
                Status.NOT_STARTED,
                responsibility=Responsibility(lead_unit="审计局", deadline=FUTURE),
            ),
        ],
    )
    service.add_issue(
        inspection.id,
        IssueDraft(number="2", text="票据管理不规范"),
        [MeasureDraft("一是规范票据", Status.DONE, responsibility=Responsibility("", "审计局"))],
    )
    issues = service.list_issues()
    path = tmp_path / "审计整改台账.xlsx"
    write_ledger(path, service.list_inspections()[0], issues, service.measures_by_issue())
    service.uow.engine.dispose()
    return path


def test_the_daily_round_agrees_everywhere(
    qtbot: QtBot,
    window: MainWindow,
    fake_messages: FakeMessages,
    demo_path: Path,
    migrated_template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    service = window.service

    # 1. A new issue (Ctrl+N) and two measures (措施 → 添加), through the window.
    def new_issue(dialog: QDialog) -> None:
        assert isinstance(dialog, IssueDialog)
        dialog.form.text.setPlainText("防汛物资储备不足")
        dialog.form.lead_unit.setText("应急管理局")

    fake_messages.dialogs.append(accept_with(new_issue))
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    issue = window.current_issue()
    assert issue is not None
    assert issue.number == "15"
    assert issue.responsibility.deadline is None  # no passed deadline pre-filled

    def measure(text: str, deadline: str, progress: str = "") -> object:
        def fill_in(dialog: QDialog) -> None:
            assert isinstance(dialog, MeasureDialog)
            dialog.text.setPlainText(text)
            dialog.deadline.setText(deadline)
            dialog.progress.setText(progress)
            dialog.status.setCurrentIndex(dialog.status.findData(Status.IN_PROGRESS.value))

        return accept_with(fill_in)

    fake_messages.dialogs.append(measure("一是清点物资", PAST.isoformat(), NEW_PROGRESS))
    window.detail.measures.add_button.click()
    fake_messages.dialogs.append(measure("二是补充采购", FUTURE.isoformat()))
    window.detail.measures.add_button.click()
    assert [m.text for m in service.list_measures(issue.id)] == ["一是清点物资", "二是补充采购"]
    # Rolled up from its measures, overdue by its first measure's deadline.
    assert service.get_issue(issue.id).status is Status.IN_PROGRESS

    # 2. Import a workbook through the import wizard (read, map, preview, apply).
    workbook = a_workbook(tmp_path, migrated_template)
    wizard = to_preview(qtbot, window, workbook)
    wizard.preview_page.title_edit.setText("专项审计整改")
    apply(qtbot, wizard)
    assert "专项审计整改" in [i.title for i in window.inspections()]

    # 3. Hand out to 财政局; the unit marks issue 11's measures done and reports.
    folder = tmp_path / "handout"
    folder.mkdir()
    [handout] = write_unit_handouts(service, folder, ["财政局"], due=FUTURE)
    eleven = next(i for i in service.list_issues() if i.number == "11" and i.inspection_id == 1)
    answer = fill(
        handout.path,
        tmp_path / "财政局交回.xlsx",
        {
            m.key: {"整改状态": "已完成", "整改进展": REPORT}
            for m in service.list_measures(eleven.id)
        },
    )

    # 4. Merge it back through the window's merge review (all changes taken).
    def review(dialog: QDialog) -> None:
        assert isinstance(dialog, MergeReviewDialog)

    fake_messages.dialogs.append(accept_with(review))
    window.reload_all(initial=True)
    assert window.handoff.merge_paths([answer])  # type: ignore[attr-defined]
    window.reload_all(initial=True)  # two inspections now: 全部问题

    # 5. Print the issue sheet (打印当前问题, to PDF from the preview) of issues 11 and
    # 15, and the ledger to PDF; 6. export the whole ledger (导出 → Excel 台账).
    sheet_pdf, sheet15_pdf, ledger_pdf, exported = (
        tmp_path / "sheet.pdf",
        tmp_path / "sheet15.pdf",
        tmp_path / "ledger.pdf",
        tmp_path / "台账.xlsx",
    )
    for number, pdf in (("11", sheet_pdf), ("15", sheet15_pdf)):
        record = next(
            r for r in window.shown_issues() if r.number == number and r.inspection_id == 1
        )
        assert window.select_issue(record.id)
        fake_messages.files.append(str(pdf))
        fake_messages.dialogs.append(export_from_preview(pdf, []))
        window.print_actions.current_action.trigger()
        assert pdf.exists()
    fake_messages.files.append(str(ledger_pdf))
    fake_messages.dialogs.append(export_from_preview(ledger_pdf, []))
    window.print_actions.ledger_action.trigger()
    assert ledger_pdf.exists()

    def whole_ledger(dialog: QDialog) -> None:
        assert isinstance(dialog, ExportDialog)
        dialog.set_scope(Scope.LEDGER)

    fake_messages.dialogs.append(accept_with(whole_ledger))
    fake_messages.files.append(str(exported))
    fake_messages.choices.append(None)  # not opening the file or its folder
    summary = run_export(qtbot, window.excel_exporter)
    assert isinstance(summary, ExportSummary)

    # 7. The notice of the first inspection (通报), written from the ledger.
    notice = tmp_path / "通报.txt"
    assert (
        main(
            [
                "notice",
                "write",
                str(notice),
                "--ledger",
                str(demo_path),
                "--inspection",
                window.inspections()[0].title,
            ]
        )
        == 0
    )

    # ---- Everything agrees.
    records = {(r.inspection_id, r.number): r for r in window.model.all_records()}
    assert records[(1, "11")].status is Status.DONE  # the merge rolled it up
    lights = {key: window.model.light(r) for key, r in records.items()}
    overdue = {key for key, light in lights.items() if light == "overdue"}
    imported = next(i.id for i in window.inspections() if i.title == "专项审计整改")
    assert (1, "15") in overdue  # by its first measure's deadline
    assert (imported, "1") in overdue  # imported: dated by its measures only
    assert (1, "11") not in overdue
    done = sum(light == "done" for light in lights.values())
    assert f"逾期 {len(overdue)}　" in window.counts_label.text()
    assert f"已完成 {done}" in window.counts_label.text()

    views = window.supervision_views
    supervision = views.supervision()
    # The 督办 dock, as shown (refreshed after the round), and 统计分析.
    views.refresh_dock()
    qtbot.waitUntil(
        lambda: views.dock.view.document is not None and not views.dock.view.loader.busy
    )
    dock = views.dock.view.document
    assert dock["overdue_issues"] == len(overdue)
    assert f"逾期问题 {len(overdue)} 个" in views.dock.view.summary.text()
    dashboard = views.open_dashboard()
    qtbot.waitUntil(lambda: dashboard.stats is not None and not dashboard.loader.busy)
    shown = dashboard.stats
    assert shown["issues"]["overdue"] == len(overdue)
    stats = supervision.statistics(today=TODAY)
    assert shown["issues"]["by_status"] == stats["issues"]["by_status"]
    # The table's rows, state by state (done, partial, …), as 统计 counts them.
    table_states = Counter(r.status.value for r in window.model.all_records())
    assert dict(table_states) == stats["issues"]["by_status"]
    assert stats["issues"]["overdue"] == len(overdue)
    finished = stats["issues"]["by_status"].get("done", 0) + stats["issues"]["by_status"].get(
        "closed", 0
    )
    assert finished == done

    capsys.readouterr()
    assert main(["stats", "--ledger", str(demo_path), "--json"]) == 0
    cli = json.loads(capsys.readouterr().out)
    assert cli["issues"]["overdue"] == len(overdue)
    assert cli["issues"]["by_status"] == stats["issues"]["by_status"]

    book = load_workbook(exported, read_only=True)
    rows = [r for ws in book.worksheets for r in ws.iter_rows(values_only=True)]
    book.close()
    statistic = [r for r in rows if r and r[0] == "逾期未完成"]
    assert statistic
    assert statistic[0][1] == len(overdue)
    # The sheet's count of each state (its first block: the whole ledger) is 统计's.
    for status in Status:
        [first_line, *_] = [r for r in rows if r and r[0] == STATUS_LABELS[status]]
        assert first_line[1] == stats["issues"]["by_status"].get(status.value, 0), status
    cells = [str(c) for r in rows for c in r if c is not None]
    assert any(REPORT in c for c in cells)
    assert any(NEW_PROGRESS in c for c in cells)

    sheet_text = squeeze(pdf_text(sheet_pdf))
    assert squeeze(REPORT) in sheet_text
    assert squeeze(NEW_PROGRESS) in squeeze(pdf_text(sheet15_pdf))
    assert "已完成" in sheet_text
    ledger_text = squeeze(pdf_text(ledger_pdf))
    assert squeeze(REPORT) in ledger_text
    assert re.search("防汛物资储备不足", ledger_text)

    keep = os.environ.get("RECTIFY_ROUND_LEDGER")
    if keep:
        # SQLite's backup: the copy includes what still sits in the write-ahead log.
        source, target = sqlite3.connect(demo_path), sqlite3.connect(keep)
        with target:
            source.backup(target)
        source.close()
        target.close()

    # The notice states the first inspection's counts as 统计 counts them.
    first = supervision.statistics(window.inspections()[0].id, today=TODAY)["issues"]
    by_status = first["by_status"]
    figures = re.search(
        r"反馈的(\d+)个问题，已完成整改(\d+)个(?:（其中已销号(\d+)个）)?，基本完成(\d+)个，"
        r"正在整改(\d+)个，未启动(\d+)个，申请延期(\d+)个，整改完成率([\d.]+)%",
        notice.read_text(encoding="utf-8"),
    )
    assert figures is not None
    total, finished, closed, partial, in_progress, not_started, postponed, rate = figures.groups()
    assert int(total) == first["total"]
    assert int(finished) == by_status.get("done", 0) + by_status.get("closed", 0)
    assert int(closed or 0) == by_status.get("closed", 0)
    assert int(partial) == by_status.get("partial", 0)
    assert int(in_progress) == by_status.get("in_progress", 0)
    assert int(not_started) == by_status.get("not_started", 0)
    assert int(postponed) == by_status.get("postponed", 0)
    assert float(rate) == pytest.approx(100 * int(finished) / int(total), abs=0.01)
