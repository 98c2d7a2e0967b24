"""``rectify stats``: the foundation's counts plus supervision figures, ``--as-of`` a
past date rebuilt from the history, ``--since`` a list of changes; bad dates refused."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.records import InspectionDraft, IssueDraft, Responsibility
from desktop.services.ledger import LedgerService
from desktop.storage.migrate import open_ledger


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_stats_json_keeps_the_foundation_keys_and_adds_supervision(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "stats", "--ledger", str(demo_path), "--json")
    assert code == 0
    stats = json.loads(out)
    assert stats["issues"]["total"] == 14
    assert stats["issues"]["by_status"] == {"done": 10, "in_progress": 3, "partial": 1}
    assert stats["issues"]["long_term"] == 10
    assert stats["measures"]["total"] == 30
    assert set(stats) >= {
        "on_time_rate",
        "by_unit",
        "by_category",
        "overdue",
        "outcomes",
        "postponed",
        "sign_off",
    }
    units = {u["unit"]: u for u in stats["by_unit"]}
    assert units["信访办"]["issues"] == {"total": 1, "finished": 1, "overdue": 0, "rate": 100.0}
    assert sum(u["issues"]["total"] for u in stats["by_unit"]) == 14
    assert [o["number"] for o in stats["overdue"] if o["entity"] == "issue"] == ["9"]
    assert stats["issues"]["overdue"] == 1
    # Done by the end of the concentrated period (2023-01-11), their deadline.
    assert stats["on_time_rate"]["issues"]["rate"] == 100.0
    assert stats["on_time_rate"]["issues"]["unknown"] == 0
    assert stats["outcomes"]["people_total"] == 0
    assert "changes" not in stats


def test_done_without_a_completion_date_is_counted_as_unknown(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = sqlite3.connect(demo_path)
    db.execute("UPDATE issue SET completion_date = NULL WHERE number IN ('1', '2')")
    db.commit()
    db.close()
    code, out, _ = run(capsys, "stats", "--ledger", str(demo_path), "--json")
    assert code == 0
    on_time = json.loads(out)["on_time_rate"]["issues"]
    # Honest about not knowing: the two are neither on time nor late.
    assert (on_time["unknown"], on_time["on_time"], on_time["rate"]) == (2, 8, 100.0)


def test_stats_text_report(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "stats", "--ledger", str(demo_path))
    assert code == 0
    assert "问题共 14 个" in out
    assert "按期完成率" in out
    assert "信访办：问题 1 个，完成 1 个（100.00%）" in out
    assert "问题 9（建设局）：时限 2023年1月11日" in out
    assert "建章立制 0 项" in out


@pytest.fixture
def dated_ledger(ledger_path: Path) -> Path:
    """Two issues added on 2026-01-05; issue 1 done on 2026-02-02."""
    engine = open_ledger(ledger_path)
    service = LedgerService(engine, "周科长")
    inspection = service.create_inspection(InspectionDraft(title="第一轮巡察")).value
    r = Responsibility(lead_unit="办公室", deadline=date(2026, 1, 31))
    first = service.add_issue(inspection.id, IssueDraft(number="1", text="甲", responsibility=r))
    second = service.add_issue(inspection.id, IssueDraft(number="2", text="乙", responsibility=r))
    done = service.set_issue_fields(first.value.id, {"status": "done"})
    engine.dispose()
    with sqlite3.connect(ledger_path) as connection:
        for batch, at in (
            (1, "2026-01-05 09:00:00"),
            (first.batch_id, "2026-01-05 09:10:00"),
            (second.batch_id, "2026-01-05 09:20:00"),
            (done.batch_id, "2026-02-02 10:00:00"),
        ):
            connection.execute("UPDATE history_batch SET at = ? WHERE id = ?", (at, batch))
    return ledger_path


def test_as_of_and_since(dated_ledger: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ledger = str(dated_ledger)
    code, out, _ = run(capsys, "stats", "--ledger", ledger, "--as-of", "2026-01-20", "--json")
    assert code == 0
    past = json.loads(out)
    assert past["as_of"] == "2026-01-20"
    assert past["issues"]["by_status"] == {"not_started": 2}
    assert past["issues"]["overdue"] == 0
    code, out, _ = run(capsys, "stats", "--ledger", ledger, "--as-of", "2026年2月10日", "--json")
    later = json.loads(out)
    assert later["issues"]["by_status"] == {"not_started": 1, "done": 1}
    assert later["issues"]["overdue"] == 1
    assert later["on_time_rate"]["issues"]["late"] == 1  # done 02-02, due 01-31
    code, out, _ = run(capsys, "stats", "--ledger", ledger, "--since", "2026-02-01", "--json")
    changes = json.loads(out)["changes"]
    assert [(c["field"], c["old"], c["new"], c["operator"]) for c in changes] == [
        ("status", "not_started", "done", "周科长")
    ]
    code, out, _ = run(capsys, "stats", "--ledger", ledger, "--since", "2026-01-01")
    assert "自 2026年1月1日 起：4 次操作" in out
    assert "周科长：修改问题 1" in out
    code, out, _ = run(capsys, "stats", "--ledger", ledger, "--inspection", "第一轮巡察", "--json")
    assert json.loads(out)["issues"]["total"] == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--as-of", "2026年2月30日"], "--as-of 的日期无法识别"),
        (["--since", "上周"], "--since 的日期无法识别"),
        (["--as-of", "长期坚持"], "需要一个日期"),
        (["--as-of", "2026-01-01", "--since", "2026-02-01"], "晚于"),
        (["--inspection", "不存在的巡察"], "找不到巡察"),
    ],
)
def test_bad_arguments_are_refused_in_chinese(
    dated_ledger: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, out, err = run(capsys, "stats", "--ledger", str(dated_ledger), *args)
    assert code == 2
    assert message in err
    assert "Traceback" not in err
    assert out == ""


def test_unknown_years_are_counted_on_weekends_with_a_warning(
    ledger_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = open_ledger(ledger_path)
    service = LedgerService(engine, "测试员")
    inspection = service.create_inspection(
        InspectionDraft(title="巡察", feedback_date=date(2030, 12, 20))
    ).value
    r = Responsibility(lead_unit="办公室", deadline_text="自反馈之日起15个工作日内")
    service.add_issue(inspection.id, IssueDraft(number="1", text="问题一", responsibility=r))
    engine.dispose()
    code, out, err = run(
        capsys, "stats", "--ledger", str(ledger_path), "--as-of", "2031-01-20", "--json"
    )
    assert code == 0
    (item,) = json.loads(out)["overdue"]
    assert (item["deadline"], item["days_overdue"]) == ("2031-01-10", 10)
    assert "警告：2031年的节假日安排未知，工作日仅按周末计算。" in err
