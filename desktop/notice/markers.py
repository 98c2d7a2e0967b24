"""What a line of a notice begins with: an issue (``问题3.``), a heading (``一、``
``（一）`` ``1.`` ``（1）``), a status line (``整改进度：``), a measure (``一是``), a
contact line, a date. Shared by the cleaner (which must not join such a line to the one
before it), the reader and the writer's plain-text parser.

Patterns expect cleaned text (see ``clean.py``): full-width parentheses and colons in
Chinese context, no spaces between Chinese characters and digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum

CN_DIGITS = "〇零一二两三四五六七八九十百"
_CN = f"[{CN_DIGITS}]+"

# An issue's own marker: 问题3. / 问题 2： / 问题一： / 反馈问题4： / 问题清单第5项： /
# 第6个问题： / 存在问题7：.
ISSUE_RE = re.compile(
    rf"^(?:问题清单第|反馈问题|存在问题|巡察问题|问题)\s*(?P<num>\d+(?:\.\d{{1,2}})*|{_CN})"
    r"(?:\s*项(?=\s*[.．、：:，,]))?"
    r"\s*(?:[.．、：:，,]\s*|(?=[^\d个项条件人名次%.]))"
    rf"|^第(?P<nth>\d+|{_CN})个问题\s*[.．、：:，,]\s*"
)
H1_RE = re.compile(rf"^(?P<num>{_CN})\s*[、.．]\s*")
H2_RE = re.compile(rf"^（(?P<num>{_CN})）\s*")
H3_RE = re.compile(
    r"^(?P<num>\d{1,3}(?:\.\d{1,3})*)\s*[.．、](?![\d万亿元%])\s*"
    r"|^(?P<dotted>\d{1,2}\.\d{1,2})(?=[^\d.．、万亿元%个项人名次米公千]|项目)"
)
H4_RE = re.compile(r"^（(?P<num>\d{1,3})）\s*")
MEASURE_RE = re.compile(r"^(?P<num>[一二三四五六七八九十]+)是")
# Measures numbered with circled digits (①…⑳), at a paragraph's start or inline.
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
CIRCLED_RE = re.compile(rf"^(?P<num>[{CIRCLED}])")
STATUS_RE = re.compile(
    r"^(?P<label>整改(?:完成)?(?:进度|情况|进展|状态|结果|成效)|完成情况|进展情况|目前进展|落实情况)"
    r"\s*[：:]\s*"
)
MEASURES_INTRO_RE = re.compile(
    r"^(?P<label>整改措施|主要措施|具体措施|采取的?措施|主要做法)\s*[：:]\s*"
)
_DATE_BODY = (
    r"(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
    r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日"
)
DATE_LINE_RE = re.compile(rf"^{_DATE_BODY}$")
CONTACT_RE = re.compile(
    r"^(?:联系方式|联系电话|举报电话|电话|传真|邮政地址|通讯地址|通信地址|来信地址|地址|"
    r"电子邮箱|邮箱|电子邮件|邮编|邮政编码|联系人|网站|网址)\s*(?:[：:]|\d)"
)
CLOSING_RE = re.compile(r"^(?:欢迎.{0,30}监督|如有意见|对巡察整改|对整改落实)")
TITLE_RE = re.compile(
    r"(?:关于.*(?:通报|报告|情况|公告|公示)|(?:整改|巡察|巡视|审计).{0,30}(?:通报|报告|公告|公示))$"
)
PAGE_NUMBER_RE = re.compile(
    r"^(?:[—\-－–‒]+\s*\d{1,4}\s*[—\-－–‒]+|\d{1,4}|第\s*\d+\s*页(?:\s*[，,/]?\s*共\s*\d+\s*页)?"
    r"|\d+\s*/\s*\d+)$"
)
# Sentence-final punctuation: a line ending in one of these is not broken mid-sentence.
TERMINALS = "。！？!?；;：:"
_CLOSING_QUOTES = "”’」』）)"


class Kind(IntEnum):
    """What a line begins with. Headings are ranked: a lower number is an outer level."""

    PLAIN = 0
    H1 = 1
    H2 = 2
    H3 = 3
    H4 = 4
    ISSUE = 10
    STATUS = 11
    MEASURES_INTRO = 12
    MEASURE = 13
    DATE = 14
    CONTACT = 15
    CLOSING = 16


HEADINGS = (Kind.H1, Kind.H2, Kind.H3, Kind.H4)


@dataclass(frozen=True, slots=True)
class Marker:
    """A line's kind, its number as written (``1``, ``（三）``, ``一``) and where the
    text after the marker starts."""

    kind: Kind
    number: str = ""
    end: int = 0


def classify(line: str) -> Marker:
    """The marker a (cleaned) line begins with."""
    if match := ISSUE_RE.match(line):
        return Marker(Kind.ISSUE, match["num"] or match["nth"], match.end())
    if match := STATUS_RE.match(line):
        return Marker(Kind.STATUS, match["label"], match.end())
    if match := MEASURES_INTRO_RE.match(line):
        return Marker(Kind.MEASURES_INTRO, match["label"], match.end())
    if match := MEASURE_RE.match(line):
        return Marker(Kind.MEASURE, match["num"], 0)
    if match := CIRCLED_RE.match(line):
        return Marker(Kind.MEASURE, str(CIRCLED.index(match["num"]) + 1), 0)
    if match := H2_RE.match(line):
        return Marker(Kind.H2, f"（{match['num']}）", match.end())
    if match := H4_RE.match(line):
        return Marker(Kind.H4, f"（{match['num']}）", match.end())
    if DATE_LINE_RE.match(line):
        return Marker(Kind.DATE)
    if match := H1_RE.match(line):
        return Marker(Kind.H1, match["num"], match.end())
    if match := H3_RE.match(line):
        return Marker(Kind.H3, match["num"] or match["dotted"], match.end())
    if CONTACT_RE.match(line):
        return Marker(Kind.CONTACT)
    if CLOSING_RE.match(line):
        return Marker(Kind.CLOSING)
    return Marker(Kind.PLAIN)


def ends_sentence(line: str) -> bool:
    """Whether a line ends with sentence-final punctuation (closing quotes and brackets
    after it allowed: ``…。”``)."""
    stripped = line.rstrip(_CLOSING_QUOTES)
    return bool(stripped) and stripped[-1] in TERMINALS


def is_title(line: str) -> bool:
    """A notice title: ``…关于…整改情况的通报`` (or 报告), short, no full stop."""
    return len(line) <= 120 and "。" not in line and bool(TITLE_RE.search(line))
