"""Notices kept as Word 97-2003 documents and as Rich Text (``tests/notice/corpus_doc``,
written by ``tests.notice.doc_corpus``): each reads as the same notice's text does. A locked, a
damaged and a non-Word compound file are refused in a sentence naming the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.notice.doc_text import shown
from desktop.notice.reader import NoticeFileError, read_notice_file
from tests.notice.doc_corpus import DOC, LEFT_OUT, sources
from tests.notice.test_corpus import _expected, check

FILES = sorted(DOC.glob("*.doc"))
RTF = sorted(DOC.glob("*.rtf"))


def test_every_notice_of_the_corpus_has_its_doc() -> None:
    assert {p.stem for p in FILES} == {p.stem for p in sources()}
    assert len(FILES) >= 30
    assert len(RTF) >= 10
    assert not {p.stem for p in FILES} & set(LEFT_OUT)


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
    from desktop.notice.rtf_text import rtf_text

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
