"""``rectify handout`` and ``rectify merge``: files per unit, merges with exit codes 0
(done), 1 (conflicts left or rows reported) and 2 (a file refused, nothing changed),
conflicts applied only with ``--take``, and the JSON of docs/cli.md."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services.ledger import LedgerService
from desktop.storage.migrate import open_ledger
from tests.excel.handoff_helpers import fill, open_handout
from tests.tools.ledger_dump import dump


def service_for(path: Path) -> LedgerService:
    return LedgerService(open_ledger(path), "测试员")


def finance_measures(path: Path) -> list[tuple[int, str]]:
    service = service_for(path)
    by_issue = service.measures_by_issue(None)
    found = [
        (m.id, m.key)
        for ms in by_issue.values()
        for m in ms
        if m.responsibility.lead_unit == "财政局"
    ]
    service.uow.engine.dispose()
    return found


def test_handout_writes_one_file_per_unit(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "分发"
    code = main(["handout", str(out), "--ledger", str(demo_path), "--due", "2023年2月1日"])
    assert code == 0
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 9
    assert "财政局_整改台账填报.xlsx" in names
    err = capsys.readouterr().err
    assert "已生成" in err
    assert "财政局：问题 2 个，4 行" in err
    sheet = open_handout(out / "财政局_整改台账填报.xlsx")
    assert "请于2023年2月1日前交回" in sheet.ws["A2"].value

    chosen = tmp_path / "chosen"
    title = "市委第七巡察组专项巡察（2022年）"
    args = ["handout", str(chosen), "--ledger", str(demo_path), "--inspection", title]
    assert main([*args, "--unit", "信访办", "纪工委"]) == 0
    assert sorted(p.name for p in chosen.iterdir()) == [
        "信访办_整改台账填报.xlsx",
        "纪工委_整改台账填报.xlsx",
    ]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--unit", "不存在的局"], "没有牵头的整改措施"),
        (["--due", "下个月"], "无法识别的交回期限"),
        (["--inspection", "没有这次巡察"], "找不到巡察"),
    ],
)
def test_handout_refuses_bad_arguments(
    demo_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    assert main(["handout", str(tmp_path / "o"), "--ledger", str(demo_path), *extra]) == 2
    assert message in capsys.readouterr().err


def test_handout_into_a_missing_parent_is_refused(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["handout", str(tmp_path / "a" / "b"), "--ledger", str(demo_path)]) == 2
    assert "目标文件夹不存在" in capsys.readouterr().err


@pytest.fixture
def answered(demo_path: Path, tmp_path: Path) -> tuple[Path, list[tuple[int, str]]]:
    """The 财政局 hand-out, answered: two changes, and one field the ledger changes
    meanwhile too (a conflict)."""
    out = tmp_path / "out"
    assert main(["handout", str(out), "--ledger", str(demo_path), "--unit", "财政局"]) == 0
    m = finance_measures(demo_path)
    answer = fill(
        out / "财政局_整改台账填报.xlsx",
        tmp_path / "财政局回复.xlsx",
        {
            m[2][1]: {"整改状态": "已完成", "整改进展": "单位的进展"},
            m[3][1]: {"备注": "单位的备注"},
        },
    )
    service = service_for(demo_path)
    service.set_measure_fields(m[2][0], {"progress": "台账的进展"})
    service.uow.engine.dispose()
    return answer, m


def progress_and_status(path: Path, measure_id: int) -> tuple[str, str, str]:
    service = service_for(path)
    found = next(
        m for ms in service.measures_by_issue(None).values() for m in ms if m.id == measure_id
    )
    service.uow.engine.dispose()
    return found.progress, found.status.value, found.remarks


def test_merge_applies_changes_and_leaves_conflicts(
    demo_path: Path,
    answered: tuple[Path, list[tuple[int, str]]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    answer, m = answered
    capsys.readouterr()
    code = main(["merge", str(answer), "--ledger", str(demo_path), "--json"])
    assert code == 1
    captured = capsys.readouterr()
    doc = json.loads(captured.out)
    assert set(doc) >= {"issues", "problems", "changes", "conflicts", "files"}
    assert [(c["field"], c["sent"], c["theirs"], c["applied"]) for c in doc["changes"]] == [
        ("status", "in_progress", "done", True),
        ("remarks", "", "单位的备注", True),
    ]
    [conflict] = doc["conflicts"]
    assert (conflict["sent"], conflict["theirs"], conflict["ours"]) == (
        "",
        "单位的进展",
        "台账的进展",
    )
    assert conflict["resolution"] is None
    assert conflict["applied"] is False
    assert conflict["issue_number"] == "11"
    assert conflict["source"]["sheet"] == "台账"
    assert doc["files"][0]["unit"] == "财政局"
    assert doc["files"][0]["batch"] is not None
    assert "冲突（未处理）" in captured.err
    assert "发出时“（空）”，单位填报“单位的进展”，台账现值“台账的进展”" in captured.err
    assert "--take" in captured.err
    assert progress_and_status(demo_path, m[2][0]) == ("台账的进展", "done", "")
    assert progress_and_status(demo_path, m[3][0])[2] == "单位的备注"

    # Again: the changes are in; the conflict is still only reported.
    before = dump(demo_path)
    assert main(["merge", str(answer), "--ledger", str(demo_path)]) == 1
    assert "修改 0 处，冲突 1 处" in capsys.readouterr().err
    assert dump(demo_path) == before

    # Decided for the unit: applied; then everything is merged.
    assert main(["merge", str(answer), "--ledger", str(demo_path), "--take", "theirs"]) == 0
    assert progress_and_status(demo_path, m[2][0])[0] == "单位的进展"
    assert main(["merge", str(answer), "--ledger", str(demo_path)]) == 0
    assert "修改 0 处（台账没有变化）" in capsys.readouterr().err


def test_dry_run_and_take_ours_change_nothing_of_the_conflict(
    demo_path: Path, answered: tuple[Path, list[tuple[int, str]]]
) -> None:
    answer, m = answered
    before = dump(demo_path)
    assert main(["merge", str(answer), "--ledger", str(demo_path), "--dry-run"]) == 1
    assert dump(demo_path) == before
    assert main(["merge", str(answer), "--ledger", str(demo_path), "--take", "ours"]) == 0
    assert progress_and_status(demo_path, m[2][0]) == ("台账的进展", "done", "")


def test_a_conflict_kept_as_ours_is_not_raised_again(
    demo_path: Path,
    answered: tuple[Path, list[tuple[int, str]]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    answer, _m = answered
    assert main(["merge", str(answer), "--ledger", str(demo_path), "--take", "ours"]) == 0
    capsys.readouterr()
    # Merged again without --take: no undecided conflict (exit 0), the value the clerk
    # kept ours over is listed as declined and not merged.
    assert main(["merge", str(answer), "--ledger", str(demo_path), "--json"]) == 0
    captured = capsys.readouterr()
    doc = json.loads(captured.out)
    assert doc["conflicts"] == []
    assert [(d["field"], d["theirs"], d["applied"]) for d in doc["declined"]] == [
        ("progress", "单位的进展", False)
    ]
    assert "此前已不采纳 1 处（不再合并）" in captured.err


def test_merging_several_files_backs_up_once_and_records_one_batch_each(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.services.backups import list_backups

    out = tmp_path / "out"
    units = ["财政局", "党工委办公室"]
    args = ["handout", str(out), "--ledger", str(demo_path)]
    assert main([*args, "--unit", *units]) == 0
    service = service_for(demo_path)
    by_unit: dict[str, list[str]] = {}
    for ms in service.measures_by_issue(None).values():
        for m in ms:
            by_unit.setdefault(m.responsibility.lead_unit, []).append(m.key)
    service.uow.engine.dispose()
    answers = [
        fill(
            out / f"{unit}_整改台账填报.xlsx",
            tmp_path / f"{unit}回复.xlsx",
            {by_unit[unit][0]: {"备注": f"{unit}的备注"}},
        )
        for unit in units
    ]
    before = len(list_backups(demo_path))
    capsys.readouterr()
    assert main(["merge", *map(str, answers), "--ledger", str(demo_path), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    batches = [f["batch"] for f in doc["files"]]
    assert len(set(batches)) == 2
    assert None not in batches
    assert len(list_backups(demo_path)) == before + 1


def test_a_refused_file_stops_the_whole_merge(
    demo_path: Path,
    answered: tuple[Path, list[tuple[int, str]]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    answer, _ = answered
    other = tmp_path / "other.sqlite"
    shutil.copy(demo_path, other)
    service = service_for(other)
    from desktop.storage.models import Setting

    with service.uow.begin() as s:  # a copy that became another ledger
        s.merge(Setting(name="ledger_id", value="another"))
    service.uow.engine.dispose()
    before = dump(other)
    capsys.readouterr()
    code = main(["merge", str(answer), str(answer), "--ledger", str(other), "--json"])
    assert code == 2
    captured = capsys.readouterr()
    doc = json.loads(captured.out)
    assert [p["code"] for p in doc["problems"]] == ["other_ledger", "other_ledger"]
    assert "另一个台账" in captured.err
    assert "台账未改变" in captured.err
    assert dump(other) == before

    empty = tmp_path / "empty.sqlite"
    assert main(["demo", "--ledger", str(empty)]) == 0
    assert main(["merge", str(answer), "--ledger", str(empty)]) == 2


def test_tampered_rows_are_reported_with_exit_1(
    demo_path: Path,
    answered: tuple[Path, list[tuple[int, str]]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    answer, m = answered
    sheet = open_handout(answer)
    sheet.ws.protection.sheet = False
    sheet.cell(m[3][1], "措施编码").value = m[2][1]  # a duplicated key
    tampered = sheet.save(tmp_path / "tampered.xlsx")
    before = dump(demo_path)
    capsys.readouterr()
    assert main(["merge", str(tampered), "--ledger", str(demo_path), "--json"]) == 1
    captured = capsys.readouterr()
    doc = json.loads(captured.out)
    assert {p["code"] for p in doc["problems"]} == {"tampered", "deleted_row"}
    assert doc["changes"] == []
    assert doc["conflicts"] == []
    assert "隐藏编码与其他行重复" in captured.err
    assert dump(demo_path) == before


def test_importing_a_hand_out_is_refused_and_points_to_merge(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "分发"
    assert main(["handout", str(out), "--ledger", str(demo_path), "--unit", "财政局"]) == 0
    before = dump(demo_path)
    capsys.readouterr()
    path = out / "财政局_整改台账填报.xlsx"
    assert main(["import", str(path), "--ledger", str(demo_path)]) == 2
    assert "rectify merge" in capsys.readouterr().err
    assert dump(demo_path) == before
