"""``rectify notice read`` and ``rectify notice write`` end to end: JSON shapes, exit
codes, Chinese messages, and the ledger changed only when it should be."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.filters import IssueFilter
from desktop.notice.compose import strip_lead_in
from desktop.notice.reader import read_notice_file
from desktop.services.ledger import LedgerService
from desktop.storage.migrate import open_ledger

SAMPLE = Path(__file__).parents[1] / "notice" / "data" / "sample_notice.txt"


def _service(path: Path) -> LedgerService:
    return LedgerService(open_ledger(path), "测试员")


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_read_dry_run_json(
    ledger_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notice = tmp_path / "通报.txt"
    shutil.copy(SAMPLE, notice)
    code, out, err = _run(
        capsys, "notice", "read", str(notice), "--ledger", str(ledger_path), "--dry-run", "--json"
    )
    assert code == 0
    doc = json.loads(out)
    assert set(doc) == {"inspection", "statistics", "issues", "problems"}
    assert doc["inspection"] | {"contact": "", "remarks": ""} == {
        "title": "市委第七巡察组专项巡察（2022年）",
        "inspector": "市委第七巡察组",
        "inspected_unit": "示范区",
        "kind": "special",
        "start": "2022-07-11",
        "end": "2022-08-19",
        "feedback_date": "2022-10-11",
        "rectification_start": "2022-10-12",
        "rectification_end": "2023-01-11",
        "issuer": "中共许昌市城乡一体化示范区工委",
        "date": "2023-03-17",
        "contact": "",
        "remarks": "",
    }
    assert doc["statistics"] == {}
    assert doc["problems"] == []
    issues = doc["issues"]
    assert len(issues) == 14
    first = issues[0]
    assert {k: first[k] for k in ("number", "category", "status", "long_term", "progress")} == {
        "number": "1",
        "category": [],
        "status": "done",
        "long_term": True,
        "progress": "已完成，长期坚持",
    }
    assert [len(i["measures"]) for i in issues] == [3, 2, 2, 3, 4, 2, 2, 2, 1, 2, 2, 2, 1, 2]
    assert first["measures"][1]["text"].startswith("科学安排党工委中心组学习计划，深化防灾减灾")
    assert first["source"] == {"line": 9}
    assert "未写入台账" in err
    # Nothing was written.
    assert _service(ledger_path).list_inspections() == []


def test_read_writes_one_inspection_and_refuses_it_twice(
    ledger_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(capsys, "notice", "read", str(SAMPLE), "--ledger", str(ledger_path))
    assert code == 0
    assert out == ""
    assert "已读入通报" in err
    assert "14 个问题，30 条整改措施" in err
    code, out, _ = _run(capsys, "stats", "--ledger", str(ledger_path), "--json")
    stats = json.loads(out)
    assert stats["issues"]["total"] == 14
    assert stats["issues"]["by_status"] == {"done": 10, "in_progress": 3, "partial": 1}
    assert stats["issues"]["long_term"] == 10
    assert stats["measures"]["total"] == 30

    code, _, err = _run(capsys, "notice", "read", str(SAMPLE), "--ledger", str(ledger_path))
    assert code == 2
    assert "已有巡察“市委第七巡察组专项巡察（2022年）”" in err
    assert "Traceback" not in err
    service = _service(ledger_path)
    assert len(service.list_inspections()) == 1
    assert len(service.list_issues()) == 14


def test_read_json_after_writing_is_one_undoable_batch(
    ledger_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(
        capsys, "notice", "read", str(SAMPLE), "--ledger", str(ledger_path), "--json"
    )
    assert code == 0
    applied = json.loads(out)["applied"]
    assert (applied["issues_added"], applied["measures_added"]) == (14, 30)
    service = _service(ledger_path)
    inspection = service.list_inspections()[0]
    assert inspection.contact.endswith("xcxqjcs@163.com")
    assert inspection.notice_date is not None
    service.undo_batch(applied["batch_id"])
    assert service.list_issues() == []
    assert service.list_inspections() == []


def test_read_refuses_a_blocked_notice_and_changes_nothing(
    ledger_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notice = tmp_path / "empty.txt"
    notice.write_text("\n今天天气很好。\n", encoding="utf-8")
    code, out, err = _run(
        capsys, "notice", "read", str(notice), "--ledger", str(ledger_path), "--json"
    )
    assert code == 2
    problems = json.loads(out)["problems"]
    assert [p["code"] for p in problems] == ["not_a_notice"]
    assert problems[0]["severity"] == "error"
    assert "错误：文件 empty.txt" in err
    assert "未写入台账" in err
    assert _service(ledger_path).list_inspections() == []


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("none.txt", None, "找不到文件"),
        ("old.doc", b"\xd0\xcf\x11\xe0", "另存为 .docx"),
    ],
)
def test_read_refuses_files_that_are_no_notice(
    ledger_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: bytes | None,
    message: str,
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    code, out, err = _run(capsys, "notice", "read", str(path), "--ledger", str(ledger_path))
    assert code == 2
    assert message in err
    assert out == ""
    assert "Traceback" not in err


def test_warnings_are_printed_and_let_through(
    ledger_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notice = tmp_path / "n.txt"
    notice.write_text(
        "关于巡察整改情况的通报\n"
        "根据县委统一部署，2023年3月6日至4月28日，县委第二巡察组对某局进行了常规巡察。\n"
        "问题1.台账不全。\n补齐台账。\n",
        encoding="utf-8",
    )
    code, _, err = _run(capsys, "notice", "read", str(notice), "--ledger", str(ledger_path))
    assert code == 0
    assert "警告：文件 n.txt，第3行：问题 1 没有写明整改进度" in err
    assert len(_service(ledger_path).list_issues()) == 1


def test_write_docx_and_txt_from_the_demo_ledger(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_docx = tmp_path / "通报.docx"
    code, _, err = _run(capsys, "notice", "write", str(out_docx), "--ledger", str(demo_path))
    assert code == 0
    assert "已生成通报" in err
    reading = read_notice_file(out_docx)
    assert reading.plan.problems == ()
    assert reading.plan.statistics["rate"] == 71.43
    service = _service(demo_path)
    ledger = service.list_issues(IssueFilter())
    measures = service.measures_by_issue([i.id for i in ledger])
    assert [(p.draft.status, p.draft.long_term) for p in reading.plan.issues] == [
        (i.status, i.long_term) for i in ledger
    ]
    assert [[m.draft.text for m in p.measures] for p in reading.plan.issues] == [
        [strip_lead_in(m.text) for m in measures[i.id]] for i in ledger
    ]

    out_txt = tmp_path / "通报.txt"
    code, _, _ = _run(
        capsys, "notice", "write", str(out_txt), "--ledger", str(demo_path), "--no-stats"
    )
    assert code == 0
    text = out_txt.read_text(encoding="utf-8")
    assert "完成率" not in text
    assert text.startswith("中共许昌市城乡一体化示范区工委关于市委专项巡察整改情况的通报")
    assert "问题14." in text
    assert text.rstrip().endswith("2023年3月17日")


def test_write_states_the_outcomes_recorded_on_the_inspections_issues(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from decimal import Decimal

    from desktop.domain.supervision import OutcomeDraft, OutcomeKind
    from desktop.services.supervision import SupervisionService

    service = _service(demo_path)
    first, second = service.list_issues(IssueFilter())[:2]
    supervision = SupervisionService(service)
    supervision.add_outcome(first.id, OutcomeDraft(OutcomeKind.RULE, name="应急物资管理规定"))
    supervision.add_outcome(
        second.id, OutcomeDraft(OutcomeKind.ACCOUNTABILITY, subkind="criticism", count=2)
    )
    supervision.add_outcome(
        second.id, OutcomeDraft(OutcomeKind.FUNDS, subkind="recovered", amount=Decimal("1.5"))
    )
    service.uow.engine.dispose()
    out = tmp_path / "通报.txt"
    code, _, _ = _run(capsys, "notice", "write", str(out), "--ledger", str(demo_path))
    assert code == 0
    text = out.read_text(encoding="utf-8")
    people = "给予党纪处分0人、政务处分0人、组织处理0人、诫勉谈话0人、批评教育2人、提醒谈话0人。"
    assert people in text
    assert "制定及修改完善制度1项，追缴资金1.5万元。" in text
    statistics = read_notice_file(out).plan.statistics
    assert statistics["rules_made"] == 1
    assert statistics["funds"] == {"追缴资金": 1.5}


def test_write_refuses_formats_it_cannot_make(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "通报.xlsx"
    code, _, err = _run(capsys, "notice", "write", str(out), "--ledger", str(demo_path))
    assert code == 2
    assert "只能保存为 .docx、.txt 或 .pdf" in err
    assert not out.exists()


def test_write_pdf_through_the_printing_module_or_says_it_cannot(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: object
) -> None:
    # ``qapp`` first: the command reuses the test session's application instead of
    # creating a QGuiApplication that later widget tests could not use.
    out = tmp_path / "通报.pdf"
    code, _, err = _run(capsys, "notice", "write", str(out), "--ledger", str(demo_path))
    if importlib.util.find_spec("desktop.printing.report") is None:
        # This version has no notice page in the printing module: refused, clearly.
        assert code == 2
        assert "PDF 格式的通报由打印模块生成" in err
        assert not out.exists()
    else:
        assert code == 0
        assert out.read_bytes().startswith(b"%PDF")
        assert not list(tmp_path.glob(".*.partial"))


def test_write_needs_an_inspection_to_choose(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, _ = _run(capsys, "notice", "read", str(SAMPLE), "--ledger", str(demo_path))
    # The demo ledger holds the sample's inspection already: refused as a duplicate.
    assert code == 2
    other = tmp_path / "other.txt"
    other.write_text(
        SAMPLE.read_text(encoding="utf-8").replace("市委第七巡察组", "市委第八巡察组"),
        encoding="utf-8",
    )
    code, _, _ = _run(capsys, "notice", "read", str(other), "--ledger", str(demo_path))
    assert code == 0
    out = tmp_path / "n.txt"
    code, _, err = _run(capsys, "notice", "write", str(out), "--ledger", str(demo_path))
    assert code == 2
    assert "请用 --inspection 指定" in err
    code, _, err = _run(
        capsys,
        "notice",
        "write",
        str(out),
        "--ledger",
        str(demo_path),
        "--inspection",
        "市委第八巡察组专项巡察（2022年）",
    )
    assert code == 0
    assert "市委第八巡察组对示范区进行了" in out.read_text(encoding="utf-8")
    code, _, err = _run(
        capsys, "notice", "write", str(out), "--ledger", str(demo_path), "--inspection", "无此巡察"
    )
    assert code == 2
    assert "找不到巡察“无此巡察”" in err


def test_write_from_an_empty_ledger_is_refused(
    ledger_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(
        capsys, "notice", "write", str(tmp_path / "n.docx"), "--ledger", str(ledger_path)
    )
    assert code == 2
    assert "还没有巡察" in err
