"""``rectify lint``: the ledger check; exit 1 when it finds something, 0 when clean."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.records import InspectionDraft, IssueDraft, MeasureDraft, Responsibility
from desktop.domain.status import Status
from desktop.services.ledger import LedgerService
from desktop.storage.migrate import open_ledger


def test_the_demo_has_done_issues_without_evidence(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["lint", "--ledger", str(demo_path), "--json"]) == 1
    result = json.loads(capsys.readouterr().out)
    assert result["count"] == len(result["findings"]) == 12
    # Two units are named once only in the demo (worth a look: a typing slip?).
    assert result["by_code"] == {"done_without_evidence": 10, "unit_used_once": 2}
    first = result["findings"][0]
    assert first["code"] == "done_without_evidence"
    assert first["entity"] == "issue"
    assert first["number"] == "1"
    assert first["message"] == "问题1已标为“已完成”，但没有佐证材料"
    assert isinstance(first["id"], int)


def test_text_output_and_exit_codes(
    tmp_path: Path, ledger_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["lint", "--ledger", str(ledger_path)]) == 0
    assert "未发现问题" in capsys.readouterr().err
    engine = open_ledger(ledger_path)
    service = LedgerService(engine, "测试员")
    inspection = service.create_inspection(
        InspectionDraft(title="巡察", feedback_date=date(2023, 3, 1))
    ).value
    r = Responsibility(lead_unit="办公室", deadline=date(2023, 1, 31))
    service.add_issue(
        inspection.id,
        IssueDraft(number="1", text="问题一的内容比较长一些", responsibility=r),
        [MeasureDraft("措施", status=Status.DONE)],
    )
    engine.dispose()
    # The app rolls the measures' state up (domain.rollup); a ledger written before
    # that, or by hand, may still disagree, and lint says so.
    connection = sqlite3.connect(ledger_path)
    with connection:
        connection.execute("UPDATE issue SET status = 'not_started'")
    connection.close()
    assert main(["lint", "--ledger", str(ledger_path)]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [
        "问题1的整改时限（2023年1月31日）早于反馈日期（2023年3月1日）",
        "问题1的整改措施均已完成，但问题状态为“未启动”",
    ]
    assert "发现 2 处问题" in captured.err


def test_a_clean_ledger_passes(ledger_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    engine = open_ledger(ledger_path)
    service = LedgerService(engine, "测试员")
    inspection = service.create_inspection(InspectionDraft(title="巡察")).value
    r = Responsibility(lead_unit="办公室", deadline=date(2026, 6, 30))
    service.add_issue(
        inspection.id,
        IssueDraft(number="1", text="问题一", status=Status.IN_PROGRESS, responsibility=r),
        [MeasureDraft("措施", status=Status.IN_PROGRESS, responsibility=r)],
    )
    engine.dispose()
    assert main(["lint", "--ledger", str(ledger_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"count": 0, "by_code": {}, "findings": []}
