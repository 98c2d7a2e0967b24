"""The check's verdict for a clerk: for each kind of problem, what is wrong in plain
words, whether data is at risk, and the one thing to do, the most serious kind first;
the technical detail only with ``verbose``."""

from __future__ import annotations

from desktop.services.check import verdict
from desktop.storage.integrity import CheckReport, Finding


def report(*findings: Finding, backend: str = "sqlite") -> CheckReport:
    checks = ("integrity_check", "foreign_key_check", "history_chain", "evidence")
    return CheckReport(tuple(findings), 120, 8, backend, checks, evidence_files=3)


MISSING = Finding("evidence", "问题 3 的佐证材料“纪要.pdf”：文件缺失（应在 /x/ab/abcd.pdf）")
EDITED = Finding("chain_broken", "第 7 条历史记录，操作批次 #2（…）与校验值不符。", 7, 2)
CUT = Finding("truncated", "台账文件“a.sqlite”不完整（文件被截断…）。请从备份恢复。")
BROKEN = Finding("integrity", "数据库文件结构损坏：Page 12: btreeInitPage() returns error code 11")


def test_a_sound_ledger_needs_nothing() -> None:
    found = verdict(report())
    assert found.ok
    assert not found.at_risk
    assert found.lines() == [found.summary]
    assert found.summary.startswith("台账完好")


def test_missing_evidence_names_the_files_and_the_folder_to_copy() -> None:
    found = verdict(report(MISSING), "/home/办公室/台账.sqlite")
    assert not found.at_risk
    assert found.problems == ("有 1 个佐证材料文件缺失或内容被改动：问题 3 的佐证材料“纪要.pdf”。",)
    assert "“台账.sqlite.evidence”文件夹" in found.action
    text = "\n".join(found.lines())
    assert "/x/ab/abcd.pdf" not in text  # paths and hashes: --verbose
    assert "/x/ab/abcd.pdf" in "\n".join(found.lines(verbose=True))


def test_a_broken_history_chain_goes_to_the_administrator() -> None:
    found = verdict(report(EDITED))
    assert not found.at_risk
    assert "修改历史记录被改动过（1 处）" in found.problems[0]
    assert found.action.startswith("请把台账文件交给管理员")
    assert "第 7 条" not in "\n".join(found.lines())


def test_the_most_serious_kind_decides_what_to_do() -> None:
    found = verdict(report(MISSING, EDITED, BROKEN, CUT))
    assert found.at_risk
    assert len(found.problems) == 4
    assert found.problems[0].startswith("台账文件不完整")
    assert found.risk.startswith("有数据已经丢失")
    assert found.action.startswith("从备份恢复")
    damaged = verdict(report(BROKEN, MISSING))
    assert damaged.action.startswith("先不要再修改这个台账")


def test_a_server_ledger_is_never_sent_to_the_files_backups() -> None:
    found = verdict(report(Finding("unreadable", "台账无法完整读取：…"), backend="postgresql"))
    assert found.at_risk
    assert "数据库管理员" in found.action
    assert "备份与恢复" not in found.action
    evidence = verdict(report(MISSING, backend="postgresql"), "postgresql://h/db")
    assert "数据库管理员" in evidence.action
