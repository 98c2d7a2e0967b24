"""Ledgers as text tables (``tests/excel/corpus/delimited``, written by
``tests.excel.corpus.delimited`` from the workbook corpus): CSV in GB18030 and in UTF-8
with a byte-order mark, tab-separated text named .xls. Each reads as its workbook's
expectation says, but for what one sheet cannot hold (other sheets, unread or asked
about); and the text that is no table is still told apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.excel.reader import read_ledger
from desktop.excel.sniff import FileKind, delimiter, sniff
from tests.excel.test_corpus import reads_as_its_workbook

DELIMITED = Path(__file__).resolve().parent / "corpus" / "delimited"
FILES = sorted(DELIMITED.iterdir())
# What only a workbook of several sheets can say.
SHEET_CODES = {"unread_sheet", "several_ledger_sheets"}


def test_the_delimited_corpus_covers_the_workbooks_in_every_form() -> None:
    assert len(FILES) >= 45
    endings = {"".join(p.suffixes) for p in FILES}
    assert endings == {".csv", ".utf8.csv", ".tsv.xls"}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_each_text_table_reads_as_its_workbook(path: Path) -> None:
    assert sniff(path).kind is FileKind.DELIMITED
    reads_as_its_workbook(path, ignore=SHEET_CODES)


def test_a_systems_export_keeps_its_texts_and_line_breaks(tmp_path: Path) -> None:
    """Quoted cells keep their line breaks and commas; ="0012" keeps its zeros (a
    system writes it so that Excel does not read a number); a title above the table."""
    path = tmp_path / "导出.csv"
    path.write_text(
        "某县巡察整改台账\n"
        "序号,存在问题,整改措施,责任单位,责任人,整改时限,整改进展\n"
        '1,"理论学习不深入，流于形式","一是修订学习制度\n二是建立台账",办公室,张三,2023/6/30,已完成\n'
        '="0012",文件未落实,补充落实,"财政局,审计局",李四,2023年9月底,正在推进\n',
        encoding="gb18030",
    )
    plan = read_ledger(path)
    assert not plan.blocked
    first, second = plan.issues
    assert first.draft.number == "1"
    assert "\n二是建立台账" in first.measures[0].draft.text
    assert second.draft.number == "0012"
    units = second.measures[0].draft.responsibility
    assert (units.lead_unit, units.cooperating_units) == ("财政局", ("审计局",))


def test_text_that_is_no_table_is_not_taken_for_one(tmp_path: Path) -> None:
    notice = tmp_path / "通报.txt"
    notice.write_text(
        "中共某县交通运输局党组关于巡察整改情况的通报\n根据县委统一部署，县委巡察组进行了巡察。\n"
        "问题1：会议记录不完整。\n整改进度：已完成。\n",
        encoding="utf-8",
    )
    assert sniff(notice).kind is FileKind.TEXT
    assert delimiter("a,b,c\n1,2,3\n4,5,6\n") == ","
    assert delimiter("标题\n序号\t问题\t措施\n1\t甲\t乙\n2\t丙\t丁\n") == "\t"
    assert delimiter("一句话, 带一个逗号\n另一句\n") is None
