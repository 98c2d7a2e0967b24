"""Notices kept as Word 97-2003 documents and as Rich Text (``tests/notice/corpus_doc``,
written by ``tests.notice.doc_corpus``): each reads as the same notice's text does. A locked, a
damaged and a non-Word compound file are refused in a sentence naming the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.documents.doc_text import shown
from desktop.notice.reader import NoticeFileError, read_notice_file
from tests.notice.doc_corpus import DOC, LEFT_OUT, STRUCTURED, sources
from tests.notice.test_corpus import _expected, check

FILES = sorted(DOC.glob("*.doc"))
RTF = sorted(DOC.glob("*.rtf"))


def test_every_notice_of_the_corpus_has_its_doc() -> None:
    assert {p.stem for p in FILES} == {p.stem for p in sources()} - set(LEFT_OUT)
    assert len(FILES) >= 30
    assert len(RTF) >= 10
    # Issue tables from both; Word's list numbers from RTF.
    assert set(STRUCTURED) <= {p.stem for p in RTF}
    assert set(STRUCTURED) - set(LEFT_OUT) <= {p.stem for p in FILES}


@pytest.mark.parametrize("path", FILES + RTF, ids=lambda p: p.name)
def test_each_doc_reads_as_its_text(path: Path) -> None:
    reading = read_notice_file(path)
    assert reading.encoding == path.suffix[1:]
    source = next(p for p in sources() if p.stem == path.stem)
    assert check(reading.plan, reading.title, _expected(source)) == []


def test_words_marks_become_what_word_shows() -> None:
    """Paragraph and line breaks as lines, a field's result without its code (nested
    too), pictures and optional hyphens left out, a non-breaking hyphen as a hyphen."""
    raw = (
        "问题\x13 SEQ 问题 \\* ARABIC \x141\x15：台账不全。\r整改进度：已完成\v长期坚持\r"
        "\x01一是\x1f补建\x1e台账\x07二是\x13 IF \x13 PAGE \x142\x15 \x14核对\x15\x07\x07\f末页"
    )
    assert shown(raw) == (
        "问题1：台账不全。\n整改进度：已完成\n长期坚持\n一是补建-台账\n二是核对\n\n\n末页"
    )


def _flag_encrypted(data: bytes) -> bytes:
    """The document marked as encrypted (fEncrypted in the FIB's flags)."""
    at = 0
    while True:
        at = data.index(b"\xec\xa5", at)
        if at % 512 == 0:
            break
        at += 1
    out = bytearray(data)
    out[at + 0x0B] |= 0x01  # the flags word's high byte: 0x0100
    return bytes(out)


def test_what_cannot_be_read_is_refused_in_a_sentence(tmp_path: Path) -> None:
    source = FILES[0].read_bytes()
    locked = tmp_path / "加密.doc"
    locked.write_bytes(_flag_encrypted(source))
    with pytest.raises(NoticeFileError, match=r"加密\.doc.*密码"):
        read_notice_file(locked)

    cut = tmp_path / "不完整.doc"
    cut.write_bytes(source[: len(source) // 3])
    with pytest.raises(NoticeFileError, match=r"不完整\.doc.*另存为 \.docx"):
        read_notice_file(cut)

    workbook = tmp_path / "台账.doc"
    workbook.write_bytes(
        (Path(__file__).resolve().parents[1] / "excel/corpus/files/47_xls.xls").read_bytes()
    )
    with pytest.raises(NoticeFileError, match=r"台账\.doc 不是通报文本"):
        read_notice_file(workbook)


def test_a_notice_is_read_as_what_it_is_whatever_its_name(tmp_path: Path) -> None:
    """Sites serve Word "documents" that are web pages named .doc (Word opens them),
    clerks rename a .docx to .doc, Word saves single-file web pages (.mht) that get
    named .doc: each is read as what its bytes say, and reads as the same notice."""
    from tests.notice.test_web_notices import PAGES

    corpus = Path(__file__).resolve().parent / "corpus"
    docx = corpus / "24_docx_plain.docx"
    renamed = tmp_path / "通报.doc"
    renamed.write_bytes(docx.read_bytes())
    reading = read_notice_file(renamed)
    assert reading.encoding == "docx"
    assert check(reading.plan, reading.title, _expected(docx)) == []

    for page in (
        next(p for p in PAGES if p.suffix == ".html"),
        next(p for p in PAGES if p.suffix == ".mht"),
    ):
        named = tmp_path / f"{page.stem}.doc"
        named.write_bytes(page.read_bytes())
        reading = read_notice_file(named)
        assert reading.encoding == "html", page.name
        assert check(reading.plan, reading.title, _expected(page)) == []

    nothing = tmp_path / "残缺.doc"
    nothing.write_bytes(b"\x00\x01 not a document")
    with pytest.raises(NoticeFileError, match=r"残缺\.doc.*另存为 \.docx"):
        read_notice_file(nothing)


def test_rich_text_in_the_code_page_and_with_fields() -> None:
    """WPS and older Word write Chinese as GBK bytes (\\'hh) under \\ansicpg936; a
    field shows its result; the font table, a picture and {\\*…} groups are no text;
    \\u characters skip their fallback."""
    from desktop.documents.rtf_text import rtf_text

    gbk = "".join(f"\\'{b:02x}" for b in "问题".encode("gbk"))
    font = "".join(f"\\'{b:02x}" for b in "宋体".encode("gbk"))
    data = (
        "{\\rtf1\\ansi\\ansicpg936{\\fonttbl{\\f0\\fcharset134 " + font + ";}}"
        "{\\*\\generator WPS}{\\pict\\pngblip 89504e47}"
        "\\f0 " + gbk + "{\\field{\\*\\fldinst SEQ}{\\fldrslt 1}}"
        "\\uc1\\u65306?台账不全\\par\\ldblquote 一是\\rdblquote\\line 二是\\par}"
    )
    # Raw 8-bit text is in the code page too (台账不全 as GBK bytes, unescaped).
    assert rtf_text(data.encode("gbk")) == "问题1：台账不全\n“一是”\n二是"


def _fib_at(data: bytes) -> int:
    """Where the WordDocument stream (its FIB) starts in a small .doc."""
    at = 0
    while True:
        at = data.index(b"\xec\xa5", at)
        if at % 512 == 0:
            return at
        at += 1


def test_a_doc_table_without_its_property_pages_reads_cell_by_cell(tmp_path: Path) -> None:
    """The paragraphs' property pages say which marks end cells and which rows; a .doc
    whose pages cannot be found still gives its whole text, each cell a line."""
    from desktop.documents.doc_text import doc_text

    source = DOC / "28_docx_table_sections.doc"
    assert "问题1：党支部换届不及时。" in doc_text(source)
    data = bytearray(source.read_bytes())
    fib = _fib_at(bytes(data))
    data[fib + 0x106 : fib + 0x10A] = (0).to_bytes(4, "little")  # lcbPlcfBtePapx
    broken = tmp_path / "无属性.doc"
    broken.write_bytes(bytes(data))
    text = doc_text(broken)
    assert "序号\n反馈问题\n整改措施\n完成情况" in text
    assert "党支部换届不及时。" in text
    assert "问题1：" not in text


def test_damaged_doc_files_never_raise_anything_else(tmp_path: Path) -> None:
    """Bytes changed anywhere in a .doc with tables (its property pages and piece
    table included): the reader gives text or refuses the file, nothing else."""
    import random

    from desktop.documents.doc_text import DocUnreadable, doc_text

    source = (DOC / "28_docx_table_sections.doc").read_bytes()
    fib = _fib_at(source)
    chance = random.Random(20261208)
    target = tmp_path / "损坏.doc"
    outcomes = {"text": 0, "refused": 0}
    for _ in range(300):
        data = bytearray(source)
        for _ in range(chance.randint(1, 8)):
            # Most changes in the FIB and the pages after it, where the pointers are.
            at = chance.randrange(fib, min(len(data), fib + 4096))
            data[at] = chance.randrange(256)
        target.write_bytes(bytes(data))
        try:
            assert isinstance(doc_text(target), str)
            outcomes["text"] += 1
        except DocUnreadable:
            outcomes["refused"] += 1
    assert outcomes["text"]
    assert outcomes["refused"]


def test_rich_text_tables_and_list_numbers() -> None:
    """RTF marks a table's paragraphs \\intbl and ends cells at \\cell and rows at
    \\row: an issue table becomes the outline (a merged section row a heading, an empty
    cell kept in its column, a cell of two paragraphs both); a list number written out
    in \\listtext is read without its tab."""
    from desktop.documents.rtf_text import rtf_text

    def row(*cells: str) -> str:
        return (
            "\\trowd\\cellx1\\cellx2\\cellx3\\cellx4"
            + "".join(f"\\pard\\intbl {c}\\cell" for c in cells)
            + "\\row"
        )

    data = (
        "{\\rtf1\\ansi\\ansicpg936\\uc1 "
        "{\\listtext\\pard\\plain  \\u19968?\\u12289?\\tab}\\pard 总体情况\\par "
        + row("序号", "问题", "整改措施", "整改情况")
        + "\\trowd\\cellx4\\pard\\intbl 二、作风方面\\cell\\row "
        + row("1", "台账不全。", "补建台账。\\par\\intbl 逐项核对。", "")
        + row("2", "公示不及时。", "", "已完成")
        + "\\pard 以上。\\par}"
    )
    assert rtf_text(data.encode("gbk")) == (
        "一、总体情况\n二、作风方面\n问题1：台账不全。\n整改措施：\n补建台账。\n逐项核对。\n"
        "问题2：公示不及时。\n整改情况：已完成\n以上。"
    )


def test_word_rows_with_merged_cells_left_empty() -> None:
    """Word 97 keeps a row merged across as its cells, the merged-away ones empty, and
    a column merged down as empty cells below its first: the section row is still a
    heading and the category still the one above."""
    from desktop.documents.tables import CELL, ROW, Paragraph, flow_lines

    def row(*cells: str) -> list[Paragraph]:
        return [Paragraph(c, True, CELL) for c in cells] + [Paragraph("", True, ROW)]

    paragraphs = [
        Paragraph("通报"),
        *row("序号", "问题类别", "问题", "整改措施"),
        *row("一、党的建设方面", "", "", ""),
        *row("1", "组织建设", "换届不及时。", "完成换届。"),
        *row("2", "", "三会一课不规范。", "建立台账。"),
        Paragraph("完"),
    ]
    assert flow_lines(paragraphs) == [
        "通报",
        "一、党的建设方面",
        "组织建设",
        "问题1：换届不及时。",
        "整改措施：",
        "完成换届。",
        "问题2：三会一课不规范。",
        "整改措施：",
        "建立台账。",
        "完",
    ]


def test_a_doc_paragraph_numbered_by_its_style_alone() -> None:
    """Word numbers headings through their styles (a template's 标题 1 一、 and 标题 2
    （一）): a paragraph that names only its style gets the style's list and level,
    its own list overrides the style's, and an explicit list 0 turns numbering off."""
    import struct

    from desktop.documents.doc_text import _numbering, _ParagraphProperties
    from desktop.domain.compound import read_stream

    data = (DOC / "36_docx_style_numbering.doc").read_bytes()
    word = read_stream(data, ("WordDocument",))
    assert word is not None
    flags = struct.unpack_from("<H", word, 0x0A)[0]
    table = read_stream(data, ("1Table",) if flags & 0x0200 else ("0Table",))
    assert table is not None
    properties = _ParagraphProperties(data, word, table)
    numbering = _numbering(word, table)
    heading_1, heading_2 = properties._props_of(b"", 1), properties._props_of(b"", 2)
    assert heading_1.list_use == heading_2.list_use > 0
    labels = [
        numbering.label(str(p.list_use), p.level)
        for p in (heading_1, heading_2, heading_2, heading_1, heading_2)
    ]
    assert labels == ["一、", "（一）", "（二）", "二、", "（一）"]
    own_level = properties._props_of(struct.pack("<HB", 0x260A, 1), 1)
    assert (own_level.list_use, own_level.level) == (heading_1.list_use, 1)
    assert properties._props_of(struct.pack("<Hh", 0x460B, 0), 1).list_use == 0


def test_an_issue_whose_measure_rows_give_their_own_states_rolls_them_up() -> None:
    """One row per measure, each with its 整改情况 (not merged down): the issue is as far
    as its least advanced measure (the domain's roll-up), long-term when any is; rows
    that agree, or a single one, keep the words as written."""
    from desktop.documents.tables import table_lines

    def lines(*rows: list[str]) -> list[str]:
        header = [["序号"], ["存在问题"], ["整改措施"], ["整改情况"]]
        return table_lines([header, *[[[c] if c else [] for c in row] for row in rows]])

    rolled = lines(
        ["1", "台账不全。", "补建台账。", "已完成"],
        ["", "", "逐项核对。", "正在推进"],
        ["", "", "建立制度。", "已完成，长期坚持"],
    )
    assert rolled[:2] == ["问题1：台账不全。", "整改情况：正在推进，长期坚持"]
    assert rolled[2:] == ["整改措施：", "1.补建台账。", "2.逐项核对。", "3.建立制度。"]
    agreed = lines(
        ["1", "台账不全。", "补建台账。", "已完成。"], ["", "", "逐项核对。", "已完成。"]
    )
    assert agreed[1] == "整改情况：已完成。"
