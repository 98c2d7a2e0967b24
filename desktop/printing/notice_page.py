"""The notice (整改情况通报) set on the GB/T 9704-2012 page.

The notice itself is composed elsewhere (``desktop.notice``); printing takes it as a
sequence of blocks, each with a ``kind`` (``title``, ``heading``, ``paragraph``,
``signature``, ``date``), its ``text``, and for headings a ``level`` (1 ``一、`` 黑体,
2 ``（一）`` 楷体, 3 ``1.`` and 4 ``（1）`` 仿宋) and optionally ``run_in``, body text
that continues the heading's paragraph (``（一）关于…。`` then the text). Any object
with those attributes will do (:class:`NoticeBlockLike`); :class:`NoticeBlock` is ours.

The page follows the standard: body 3号 仿宋 on a grid of 22 lines of 28 characters
filling the 156 × 225 mm text block (the first line's characters touch the top of the
block, the 22nd line's touch its bottom), the title in 2号 小标宋 centred with a blank
line under it, paragraphs indented two characters, the issuer two characters in from
the right under a blank line and the date under it shifted two characters right, and
the page number `— N —` 7 mm below the block, right on odd pages, left on even ones.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextCursor

from desktop.printing.document import (
    PageNumbers,
    Section,
    char_format,
    em_top_offset,
    line_format,
    new_document,
    set_line_height,
)
from desktop.printing.fonts import Face, FontSet
from desktop.printing.page import (
    BODY_PT,
    CHARS_PER_LINE,
    EM_ASCENT,
    LINES_PER_PAGE,
    OFFICIAL_PAGE,
    TITLE_PT,
    layout_device,
    mm,
    pt,
)


class BlockKind(StrEnum):
    """What a block of a notice is."""

    TITLE = "title"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    SIGNATURE = "signature"  # the issuing body (发文机关署名)
    DATE = "date"  # 成文日期, already written as 2023年3月17日


class NoticeBlockLike(Protocol):
    """What printing needs from a block of a composed notice."""

    @property
    def kind(self) -> str: ...

    @property
    def text(self) -> str: ...

    @property
    def level(self) -> int: ...


@dataclass(frozen=True, slots=True)
class NoticeBlock:
    """One block of a notice: see the module docstring for the kinds and levels."""

    kind: BlockKind
    text: str
    level: int = 0
    run_in: str = ""


HEADING_FACES: dict[int, Face] = {1: Face.HEITI, 2: Face.KAITI, 3: Face.FANGSONG, 4: Face.FANGSONG}


def grid_pitch() -> float:
    """The line pitch (layout units) that puts 22 lines of 16 pt characters exactly
    into the 225 mm text block."""
    return (mm(OFFICIAL_PAGE.block_height) - pt(BODY_PT)) / (LINES_PER_PAGE - 1)


def _fit_spacing(font: QFont) -> QFont:
    """``font`` with the (negative) letter spacing that sets 28 of its characters in
    156 mm, a hair under so rounding never pushes the 28th to the next line.

    The spacing's unit depends on the platform's default DPI, so it is measured: an
    advance grows linearly with the spacing.
    """
    cell = mm(OFFICIAL_PAGE.block_width) / CHARS_PER_LINE - 0.5
    plain = _advance(font, "国")
    probe = QFont(font)
    probe.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 10.0)
    per_unit = (_advance(probe, "国") - plain) / 10.0
    fitted = QFont(font)
    if per_unit > 0:
        fitted.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, (cell - plain) / per_unit)
    return fitted


def _font(fonts: FontSet, face: Face, size: float) -> QFont:
    font = fonts.font(face, size)
    return _fit_spacing(font) if size == BODY_PT else font


def _advance(font: QFont, text: str) -> float:
    return QFontMetricsF(font, layout_device()).horizontalAdvance(text)


def notice_section(blocks: Iterable[NoticeBlockLike], fonts: FontSet) -> Section:
    """Lay out a notice on the official page (see the module docstring)."""
    pitch = grid_pitch()
    body = _font(fonts, Face.FANGSONG, BODY_PT)
    cell = _advance(body, "国")
    doc = new_document(fonts, Face.FANGSONG, BODY_PT)
    cursor = QTextCursor(doc)
    first = True
    items = list(blocks)

    def block(fmt_kwargs: dict[str, object]) -> None:
        nonlocal first
        fmt = line_format(pitch, **fmt_kwargs)  # type: ignore[arg-type]
        if first:
            cursor.setBlockFormat(fmt)
            first = False
        else:
            cursor.insertBlock(fmt)

    def blank(height: float | None = None) -> None:
        block({})
        if height is not None:
            set_line_height(cursor, height)
        cursor.insertText("", char_format(body))

    title_drop = EM_ASCENT * (pt(TITLE_PT) - pt(BODY_PT))
    signature_width = 0.0
    for i, item in enumerate(items):
        kind = str(item.kind)
        if kind == BlockKind.TITLE:
            title = _font(fonts, Face.XIAOBIAOSONG, TITLE_PT)
            # The title's characters are larger than the grid's: drop its first line
            # so they start at the top margin, and take the drop back from the blank
            # line under it, so the body stays on the grid.
            if i == 0:
                # (A first block's top margin is ignored by the layout: use a spacer.)
                blank(title_drop)
            block({"align": Qt.AlignmentFlag.AlignHCenter})
            cursor.insertText(item.text, char_format(title))
            following = items[i + 1].kind if i + 1 < len(items) else None
            if following != BlockKind.TITLE:
                blank(pitch - title_drop if i == 0 or items[0].kind == BlockKind.TITLE else None)
        elif kind == BlockKind.HEADING:
            face = HEADING_FACES.get(item.level, Face.FANGSONG)
            block({"indent": 2 * cell})
            cursor.insertText(item.text, char_format(_font(fonts, face, BODY_PT)))
            run_in = getattr(item, "run_in", "")
            if run_in:
                cursor.insertText(run_in, char_format(body))
        elif kind == BlockKind.PARAGRAPH:
            block({"indent": 2 * cell})
            cursor.insertText(item.text, char_format(body))
        elif kind == BlockKind.SIGNATURE:
            if i == 0 or items[i - 1].kind != BlockKind.SIGNATURE:
                blank()
            signature_width = _advance(body, item.text)
            date_width = (
                _advance(body, items[i + 1].text)
                if i + 1 < len(items) and items[i + 1].kind == BlockKind.DATE
                else 0.0
            )
            # Two characters in from the right; further in when the date under it,
            # which starts two characters right of the signature, would pass that.
            right = 2 * cell + max(0.0, date_width + 4 * cell - signature_width - 2 * cell)
            block({"align": Qt.AlignmentFlag.AlignRight, "right": right})
            cursor.insertText(item.text, char_format(body))
            signature_width += right
        elif kind == BlockKind.DATE:
            width = _advance(body, item.text)
            if signature_width:
                right = max(2 * cell, signature_width - 2 * cell - width)
            else:
                right = 4 * cell
            block({"align": Qt.AlignmentFlag.AlignRight, "right": right})
            cursor.insertText(item.text, char_format(body))
        else:
            block({"indent": 2 * cell})
            cursor.insertText(item.text, char_format(body))
    # The grid: 22 lines a page; the slack of one unit keeps the 22nd line on its page
    # despite rounding.
    return Section(
        doc,
        OFFICIAL_PAGE,
        fonts,
        page_height=LINES_PER_PAGE * pitch + 1,
        shift=em_top_offset(pitch, BODY_PT),
        page_numbers=PageNumbers.OFFICIAL,
        name="通报",
    )
