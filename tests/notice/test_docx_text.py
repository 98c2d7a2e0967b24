"""A .docx notice's text as Word shows it: automatic list numbering rendered in front of
its paragraphs, issue tables read as the outline (issue #23, the design that
generalises)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml

from desktop.documents.docx_text import document_lines, format_number
from desktop.notice.reader import read_notice_file

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


@pytest.mark.parametrize(
    ("value", "fmt", "text"),
    [
        (3, "decimal", "3"),
        (12, "chineseCounting", "十二"),
        (2, "chineseCountingThousand", "二"),
        (3, "decimalEnclosedCircle", "③"),
        (2, "ideographTraditional", "乙"),
        (4, "decimalFullWidth", "４"),
        (5, "bullet", "5"),
    ],
)
def test_number_formats(value: int, fmt: str, text: str) -> None:
    assert format_number(value, fmt) == text


def _numbered(path: Path, start_override: int | None = None) -> None:
    document = docx.Document()
    root = document.part.numbering_part.element
    root.insert(
        0,
        parse_xml(
            f'<w:abstractNum {W} w:abstractNumId="77">'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
            '<w:lvlText w:val="%1、"/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:isLgl/>'
            '<w:lvlText w:val="%1.%2 "/></w:lvl></w:abstractNum>'
        ),
    )
    override = (
        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start_override}"/></w:lvlOverride>'
        if start_override
        else ""
    )
    root.append(
        parse_xml(f'<w:num {W} w:numId="77"><w:abstractNumId w:val="77"/>{override}</w:num>')
    )
    for level, text in (
        (0, "党的建设方面"),
        (1, "学习不深入。"),
        (1, "制度不健全。"),
        (0, "业务方面"),
        (1, "台账不规范。"),
    ):
        paragraph = document.add_paragraph(text)
        paragraph._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="77"/></w:numPr>')
        )
    document.add_paragraph("")
    document.save(str(path))


def test_automatic_numbering_is_shown_as_word_shows_it(tmp_path: Path) -> None:
    _numbered(tmp_path / "n.docx")
    lines = document_lines(docx.Document(str(tmp_path / "n.docx")))
    # Deeper levels restart under a new outer item; empty paragraphs get no number; a
    # legal level (isLgl) shows its outer number in digits (1.1, not 一.1).
    assert lines == [
        "一、党的建设方面",
        "1.1 学习不深入。",
        "1.2 制度不健全。",
        "二、业务方面",
        "2.1 台账不规范。",
        "",
    ]


def test_start_override(tmp_path: Path) -> None:
    _numbered(tmp_path / "n.docx", start_override=3)
    lines = document_lines(docx.Document(str(tmp_path / "n.docx")))
    assert lines[0] == "三、党的建设方面"
    assert lines[1] == "3.1 学习不深入。"


def test_table_without_issue_header_is_read_cell_by_cell(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("某局党组关于巡察整改情况的通报")
    table = document.add_table(rows=2, cols=2)
    for r, values in enumerate((["联系人", "张三"], ["电话", "0374-1234567"])):
        for c, value in enumerate(values):
            table.rows[r].cells[c].text = value
    document.save(str(tmp_path / "t.docx"))
    assert document_lines(docx.Document(str(tmp_path / "t.docx")))[1:] == [
        "联系人",
        "张三",
        "电话",
        "0374-1234567",
    ]


def test_issue_table_reads_into_issues(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("某局党组关于巡察整改情况的通报")
    rows = [
        ["问题类别", "序号", "问题描述", "整改措施", "完成情况"],
        ["党建", "1", "支部换届不及时。", "完成换届。", "已完成"],
        ["党建", "2", "党费收缴不规范。", "清理党费。\n建立台账。", "正在推进"],
        ["业务", "3", "合同管理混乱。", "修订合同办法。", "基本完成"],
    ]
    table = document.add_table(rows=len(rows), cols=5)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            first, *rest = value.split("\n")
            table.rows[r].cells[c].text = first
            for line in rest:
                table.rows[r].cells[c].add_paragraph(line)
    document.save(str(tmp_path / "t.docx"))
    plan = read_notice_file(tmp_path / "t.docx").plan
    assert [
        (i.draft.number, i.category_path, i.draft.status.value, [m.draft.text for m in i.measures])
        for i in plan.issues
    ] == [
        ("1", ("党建",), "done", ["完成换届。"]),
        ("2", ("党建",), "in_progress", ["清理党费。\n建立台账。"]),
        ("3", ("业务",), "partial", ["修订合同办法。"]),
    ]
