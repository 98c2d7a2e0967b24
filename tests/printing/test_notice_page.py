"""The notice on the GB/T 9704 page: text as written, 22 lines of 28 characters, the
margins of the standard, and page numbers alternating sides."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from desktop.printing.fonts import FontSet
from desktop.printing.notice_page import BlockKind, NoticeBlock, notice_section
from desktop.printing.render import write_pdf
from tests.printing.pdftools import (
    InkBox,
    ink_box,
    page_count,
    page_sizes_mm,
    pdf_fonts,
    pdf_text,
    squeeze,
)

PARAGRAPH = (
    "一是认真落实第一议题制度，强化政治学习，提高思想认识。党工委高度重视巡察整改工作，"
    "及时跟进学习习近平总书记重要讲话、重要指示批示精神和党中央重大决策部署，"
    "切实用党的最新理论武装头脑，指导防灾减灾等具体工作。"
)


def _blocks() -> list[NoticeBlock]:
    blocks = [
        NoticeBlock(BlockKind.TITLE, "中共某县交通运输局党组关于县委第三轮巡察整改进展情况的通报"),
        NoticeBlock(
            BlockKind.PARAGRAPH,
            "根据县委统一部署，2023年3月6日至4月28日，县委第二巡察组进行了常规巡察。",
        ),
        NoticeBlock(BlockKind.HEADING, "一、整改工作开展情况", level=1),
        NoticeBlock(
            BlockKind.HEADING, "（一）提高政治站位。", level=2, run_in="二是压实责任，工作落实。"
        ),
    ]
    for n in range(1, 9):
        blocks.append(NoticeBlock(BlockKind.HEADING, f"{n}.关于整改的问题", level=3))
        blocks.append(NoticeBlock(BlockKind.PARAGRAPH, PARAGRAPH))
    blocks += [
        NoticeBlock(BlockKind.SIGNATURE, "中共某县交通运输局党组"),
        NoticeBlock(BlockKind.DATE, "2023年3月17日"),
    ]
    return blocks


@pytest.fixture(scope="module")
def notice_pdf(tmp_path_factory: pytest.TempPathFactory, fonts: FontSet) -> Path:
    path = tmp_path_factory.mktemp("notice") / "notice.pdf"
    write_pdf(path, [notice_section(_blocks(), fonts)])
    return path


def _width(line: str) -> float:
    return sum(1.0 if unicodedata.east_asian_width(c) in "WF" else 0.5 for c in line)


def test_text_extracts_as_written(notice_pdf: Path) -> None:
    text = squeeze(pdf_text(notice_pdf))
    assert squeeze(PARAGRAPH) in text
    for words in ("一是", "工作", "高度重视", "二是压实责任", "2023年3月17日"):
        assert words in text
    assert not any(0x2E80 <= ord(c) <= 0x2FDF for c in text)
    assert all(f.embedded and f.unicode for f in pdf_fonts(notice_pdf))


def test_grid_of_22_lines_of_28_characters(notice_pdf: Path) -> None:
    assert page_count(notice_pdf) >= 3
    lines = [line for line in pdf_text(notice_pdf, 2, 2).splitlines() if line.strip()]
    body = [line for line in lines if "—" not in line]
    assert len(body) == 22
    widths = [_width(line.strip()) for line in body]
    assert max(widths) == 28
    assert all(w <= 28 for w in widths)


def test_margins_of_the_standard(notice_pdf: Path) -> None:
    assert page_sizes_mm(notice_pdf)[0] == pytest.approx((210, 297), abs=0.5)
    # Page 2 is full: the text block's four edges, leaving the page number out.
    box = ink_box(notice_pdf, 2, above_mm=297 - 35 + 3)
    assert box.top == pytest.approx(37, abs=1)
    assert box.left == pytest.approx(28, abs=1)
    assert box.right == pytest.approx(26, abs=1)
    assert box.bottom == pytest.approx(35, abs=1)
    # The title's characters start at the top margin.
    assert ink_box(notice_pdf, 1).top == pytest.approx(37, abs=1)


def test_page_numbers_alternate_sides(notice_pdf: Path) -> None:
    assert "—1—" in squeeze(pdf_text(notice_pdf, 1, 1))
    assert "—2—" in squeeze(pdf_text(notice_pdf, 2, 2))
    odd = ink_box(notice_pdf, 1)
    even = ink_box(notice_pdf, 2)
    # 7 mm under the text block; right on odd pages, left on even ones, one character in.
    assert odd.bottom == pytest.approx(even.bottom, abs=0.3)
    assert 297 - 35 + 7 - 3 < 297 - odd.bottom < 297 - 35 + 7 + 6
    odd_number = _number_box(notice_pdf, 1)
    even_number = _number_box(notice_pdf, 2)
    one_char = 14 * 25.4 / 72
    assert odd_number.right == pytest.approx(26 + one_char, abs=1)
    assert even_number.left == pytest.approx(28 + one_char, abs=1)


def _number_box(path: Path, page: int) -> InkBox:
    return ink_box(path, page, below_mm=297 - 35 + 2)


def test_a_paragraph_over_a_page_break_is_in_the_text_once(notice_pdf: Path) -> None:
    """A paragraph that runs over a page break: each of its lines is drawn on its own
    page only. Qt's drawContents drew the whole paragraph on both pages, clipped, so
    the lines from the page before were in the next page's text unseen: a viewer's copy
    or search, or a reader of the PDF, found them twice."""
    pages = page_count(notice_pdf)
    broken = 0
    for index in range(1, pages):
        before = [line for line in pdf_text(notice_pdf, index, index).splitlines() if line]
        after = [line for line in pdf_text(notice_pdf, index + 1, index + 1).splitlines() if line]
        body = [line for line in before if "—" not in line]
        following = [line for line in after if "—" not in line]
        assert following[0] != body[-1]
        broken += not body[-1].endswith(("。", "题", "作"))
    assert broken >= 1  # some paragraph did run over a page break
    # Each of the eight paragraphs once, read across the page numbers.
    text = re.sub(r"—\d+—", "", squeeze(pdf_text(notice_pdf)))
    assert text.count(squeeze(PARAGRAPH)) == 8
