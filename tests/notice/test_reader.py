"""Reading notices from files (.txt in any encoding offices use, .docx) and from
hostile or broken input: never a crash, never a silent drop."""

from __future__ import annotations

import codecs
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.problems import Code, Severity
from desktop.domain.status import Status
from desktop.notice.reader import (
    NoticeFileError,
    bare_status,
    find_status_sentence,
    read_notice_file,
    read_notice_text,
)
from tests.notice.texts import LAYOUT_A

SAMPLE = Path(__file__).parent / "data" / "sample_notice.txt"
HEAD = (
    "关于巡察整改情况的通报\n"
    "根据县委统一部署，2023年3月6日至4月28日，县委第二巡察组对某局进行了常规巡察。\n"
)


def _issue_count(path: Path) -> int:
    return len(read_notice_file(path).plan.issues)


@pytest.mark.parametrize(
    ("encode", "encoding"),
    [
        (lambda t: t.encode("gbk"), "gb18030"),
        (lambda t: t.encode("gb18030"), "gb18030"),
        (lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), "utf-8-sig"),
        (lambda t: t.encode("utf-16"), "utf-16"),
        (lambda t: t.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
    ],
)
def test_text_files_in_every_encoding(tmp_path: Path, encode: object, encoding: str) -> None:
    path = tmp_path / "notice.txt"
    path.write_bytes(encode(SAMPLE.read_text(encoding="utf-8")))  # type: ignore[operator]
    reading = read_notice_file(path)
    assert reading.encoding == encoding
    assert len(reading.plan.issues) == 14
    assert reading.plan.measure_count == 30
    assert reading.plan.problems == ()


def test_bytes_that_decode_nowhere_are_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_bytes(LAYOUT_A.encode("gbk") + b"\x81\n")
    plan = read_notice_file(path).plan
    assert len(plan.issues) == 5
    [problem] = [p for p in plan.problems if p.code is Code.UNREADABLE_FILE]
    assert problem.severity is Severity.WARNING
    assert problem.file == "notice.txt"


def test_docx_notice(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    lines = [line for line in LAYOUT_A.split("\n") if line.strip()]
    for line in lines[:4]:
        document.add_paragraph(line)
    # A paragraph broken by a manual line break inside a word, as converted PDFs have.
    paragraph = document.add_paragraph("问题1.学习贯彻党的二十大精神不深入，党组理论学习中心组专")
    paragraph.add_run().add_break()
    paragraph.add_run("题学习仅2次。")
    for line in lines[5:]:
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=1)
    table.cell(0, 0).text = "注：本表由县委巡察办汇总。"
    path = tmp_path / "通报.docx"
    document.save(str(path))
    reading = read_notice_file(path)
    plan = reading.plan
    assert reading.encoding == "docx"
    assert [i.draft.number for i in plan.issues] == ["1", "2", "3", "4", "5"]
    assert (
        plan.issues[0].draft.text
        == "学习贯彻党的二十大精神不深入，党组理论学习中心组专题学习仅2次。"
    )
    assert plan.measure_count == 8
    # The table cell after the date is placed nowhere: reported with its paragraph.
    [problem] = plan.problems
    assert problem.code is Code.UNPLACED_TEXT
    assert problem.value == "注：本表由县委巡察办汇总。"
    assert problem.line is not None


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("old.doc", b"\xd0\xcf\x11\xe0", "另存为 .docx"),
        ("broken.docx", b"not a zip at all", "不是有效的 .docx"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "不是文本文件"),
        ("scan.pdf", b"%PDF-1.4", "scan.pdf 已损坏或不完整"),
        ("sheet.xlsx", b"PK\x03\x04", "请读入 .txt、.docx、.doc、.pdf"),
    ],
)
def test_files_that_are_not_notices(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(NoticeFileError, match=message):
        read_notice_file(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(NoticeFileError, match="找不到文件"):
        read_notice_file(tmp_path / "none.txt")


def test_zip_bomb_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (20 * 1024 * 1024))
    with pytest.raises(NoticeFileError, match="异常巨大"):
        read_notice_file(path)


def test_empty_text_is_refused() -> None:
    plan = read_notice_text("\n  \n\u3000\n").plan
    assert plan.blocked
    assert [p.code for p in plan.problems] == [Code.NOT_A_NOTICE]


def test_text_without_issues_or_figures_is_refused() -> None:
    plan = read_notice_text("今天天气很好。\n我们去公园散步。\n").plan
    assert plan.blocked
    assert Code.NOT_A_NOTICE in [p.code for p in plan.problems]


def test_issue_without_status_is_kept_and_reported() -> None:
    text = HEAD + "问题1.台账不全。\n补齐台账。\n问题2.制度缺失。\n整改进度：看情况。\n"
    plan = read_notice_text(text, file="n.txt").plan
    first, second = plan.issues
    assert (first.draft.status.value, first.draft.progress) == ("not_started", "")
    assert [m.draft.text for m in first.measures] == ["补齐台账。"]
    assert second.draft.progress == "看情况"
    codes = {(p.code, p.line) for p in plan.problems}
    assert (Code.MISSING_STATUS, 3) in codes
    assert (Code.UNKNOWN_STATUS, 6) in codes
    assert not plan.blocked


def test_text_between_sections_is_reported_with_its_line() -> None:
    text = HEAD + "一、在党建方面\n以下问题由办公室牵头。\n问题1.台账不全。\n整改进度：已完成。\n"
    plan = read_notice_text(text).plan
    [problem] = plan.problems
    assert (problem.code, problem.line, problem.value) == (
        Code.UNPLACED_TEXT,
        4,
        "以下问题由办公室牵头。",
    )
    assert plan.issues[0].category_path == ("一、在党建方面",)


def test_duplicate_numbers_in_one_section_are_a_warning() -> None:
    text = HEAD + "问题1.甲。\n整改进度：已完成。\n问题1.乙。\n整改进度：已完成。\n"
    plan = read_notice_text(text).plan
    assert [(p.code, p.line) for p in plan.problems] == [(Code.DUPLICATE_NUMBER, 5)]
    assert len(plan.issues) == 2


def test_an_issue_without_text_blocks_the_plan() -> None:
    plan = read_notice_text("关于巡察整改情况的通报\n问题1.\n整改进度：已完成。\n").plan
    assert plan.blocked
    [problem] = [p for p in plan.problems if p.blocking]
    assert (problem.code, problem.field, problem.line) == (Code.REQUIRED, "text", 2)


@pytest.mark.parametrize(
    ("text", "status", "progress"),
    [
        ("党组每季度专题研究，目前已整改到位。", "done", "目前已整改到位"),
        ("完成小洪河圪塔张段700米堤岸加固工作。", None, None),
        ("该问题正在推进中，预计年底完成。", "in_progress", "该问题正在推进中"),
        ("除城西项目外，其他已完成。", "partial", "除城西项目外，其他已完成"),
    ],
)
def test_status_sentences_inside_text(text: str, status: str | None, progress: str | None) -> None:
    found = find_status_sentence(text)
    if status is None:
        assert found is None
    else:
        assert found is not None
        assert (found.status.value, found.text) == (status, progress)


def test_bare_status() -> None:
    assert bare_status("已完成整改。") is not None
    assert bare_status("已完成，长期坚持") is not None
    assert bare_status("修订了制度，已完成。") is None
    assert bare_status("加强学习。") is None


_CHARACTERS = (
    "问题1234567890一二三四五六七八九十是、。，：:；（）()"
    + "整改进度情况措施已完成正在推进关于的通报年月日"
)
_PIECES = [
    "\n",
    "\n\n",
    " ",
    "问题1.",
    "整改进度：",
    "一是",
    "（一）",
    "一、",
    "1.",
    "2023年3月17日",
]
_ALPHABET = st.sampled_from([*_CHARACTERS, *_PIECES])


@settings(max_examples=150, deadline=None)
@given(st.lists(_ALPHABET, max_size=120).map("".join))
def test_any_text_reads_without_crashing(text: str) -> None:
    plan = read_notice_text(text, file="fuzz.txt").plan
    for problem in plan.problems:
        assert problem.message
        assert problem.file == "fuzz.txt"
    for issue in plan.issues:
        assert issue.source.line is not None
        assert all(m.draft.text.strip() for m in issue.measures)


def test_traditional_notice_is_stored_as_written() -> None:
    """Class 6 of issue #23: the text is the record. A notice in traditional characters
    is read (its keywords matched through a simplified copy) and stored exactly as
    written, every character of it, not partly converted."""
    text = (
        "中共某縣財政局黨組關於縣委巡察整改進展情況的通報\n"
        "根據縣委統一部署，2023年3月6日至4月28日，縣委第二巡察組對縣財政局黨組進行了常規巡察。"
        "2023年6月9日，縣委巡察組向縣財政局黨組反饋了巡察意見。\n"
        "問題1：黨組理論學習針對性不強，乾部頭髮問題不實。\n"
        "整改進度：已完成，長期堅持。\n"
        "一是製定學習計劃；二是開展專題研討。\n"
    )
    plan = read_notice_text(text, file="t.txt").plan
    assert plan.inspection is not None
    assert plan.inspection.inspector == "縣委第二巡察組"
    assert plan.inspection.inspected_unit == "縣財政局黨組"
    (issue,) = plan.issues
    assert issue.draft.text == "黨組理論學習針對性不強，乾部頭髮問題不實。"
    assert issue.draft.status is Status.DONE
    assert issue.draft.long_term
    assert issue.draft.progress == "已完成，長期堅持"
    assert [m.draft.text for m in issue.measures] == ["製定學習計劃", "開展專題研討。"]
