"""A composed notice as a structured document: a list of blocks (title, paragraph,
heading of a level, signature, date), each holding its text; a heading may run into
body text on the same line (``问题3.`` then the issue).

Every output is laid out from this one structure: ``.txt`` (``text_writer``), ``.docx``
(``docx_writer``) and the GB/T 9704 page of the printing module (QtGui). The user may
edit the notice as plain text; :func:`document_from_text` turns the edited text back
into blocks.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.notice.markers import DATE_LINE_RE, Kind, classify, ends_sentence, is_title


class BlockKind(StrEnum):
    """What a block is, which decides its font and alignment on the page."""

    TITLE = "title"  # 2号小标宋, centred
    PARAGRAPH = "paragraph"  # 3号仿宋, first line indented two characters
    HEADING = "heading"  # 一、黑体 / （一）楷体 / 1. 仿宋 / （1）仿宋, by level
    SIGNATURE = "signature"  # the issuer, right
    DATE = "date"  # the date, right, Arabic numerals without leading zeros


@dataclass(frozen=True, slots=True)
class Block:
    """One block of a notice, in the shape the printing module lays out
    (``printing.notice_page.NoticeBlockLike``): ``text`` in the face of its kind and
    level; ``level`` 1 for ``一、`` (黑体), 2 for ``（一）`` (楷体), 3 for ``1.`` and for an
    issue's ``问题N.``, 4 for ``（1）`` (仿宋), 0 for other blocks; ``run_in`` the body
    text that follows a heading in the same paragraph (the issue after ``问题N.``)."""

    kind: BlockKind
    text: str
    level: int = 0
    run_in: str = ""

    @property
    def full_text(self) -> str:
        """The block's text as printed: the text, then what runs in after it."""
        return self.text + self.run_in


@dataclass(frozen=True, slots=True)
class NoticeDocument:
    """A whole notice: its blocks in order. The title is the first block when there is
    one; the signature and date come last."""

    blocks: tuple[Block, ...]

    @property
    def title(self) -> str:
        for block in self.blocks:
            if block.kind is BlockKind.TITLE:
                return block.full_text
        return ""

    def to_text(self) -> str:
        """Plain text: one block a line, an empty line between blocks (the layout of
        notices copied from web pages, which the reader reads back)."""
        return "\n\n".join(b.full_text for b in self.blocks if b.full_text) + "\n"


_HEADING_LEVEL = {Kind.H1: 1, Kind.H2: 2, Kind.H3: 3, Kind.H4: 4}


def _block_for(line: str) -> Block:
    marker = classify(line)
    if marker.kind in _HEADING_LEVEL and len(line) <= 40 and not ends_sentence(line):
        return Block(BlockKind.HEADING, line, _HEADING_LEVEL[marker.kind])
    if marker.kind is Kind.ISSUE and marker.end:
        return Block(BlockKind.HEADING, line[: marker.end], 3, run_in=line[marker.end :])
    return Block(BlockKind.PARAGRAPH, line)


def document_from_text(text: str) -> NoticeDocument:
    """Blocks from plain text, as the user edited it: the first line is the title
    when it reads as one; short heading lines are headings; a date line at the end is
    the date and the short line before it the signature; everything else paragraphs."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    lines = [line for line in lines if line]
    if not lines:
        return NoticeDocument(())
    blocks: list[Block] = []
    start = 0
    if is_title(lines[0]) or (len(lines[0]) <= 60 and not ends_sentence(lines[0])):
        blocks.append(Block(BlockKind.TITLE, lines[0]))
        start = 1
    end = len(lines)
    tail: list[Block] = []
    if end - start >= 1 and DATE_LINE_RE.match(lines[end - 1]):
        tail.append(Block(BlockKind.DATE, lines[end - 1]))
        end -= 1
        before = lines[end - 1] if end - 1 >= start else ""
        if before and len(before) <= 40 and not ends_sentence(before):
            tail.insert(0, Block(BlockKind.SIGNATURE, before))
            end -= 1
    blocks.extend(_block_for(line) for line in lines[start:end])
    blocks.extend(tail)
    return NoticeDocument(tuple(blocks))
