"""Small text normalisations shared by every reader of user text."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACE_RE = re.compile(r"[\s\u3000\u00a0]+")

# Traditional forms that occur in ledger vocabulary (status words, headers, notice
# headings), so that texts from old systems or Hong Kong mirrors read like simplified ones.
# Only characters that are never correct simplified text (覆 is, as in 覆盖: not here).
_TRADITIONAL_CHARS = (
    "問題進況經啟動長堅銷號請準階績態從責單領導辦們實寬達開並護與時間類別舉為內項門規劃務後處個條關應對會議據決歸檔來見給織黨"
    "紀傳學習義點專統計稱歷屆擬嚴還沒無認識設資產總體續發現區縣組視審標頁過結論幹員隊萬億華電話郵書記錄簽複狀"
)
_SIMPLIFIED_CHARS = (
    "问题进况经启动长坚销号请准阶绩态从责单领导办们实宽达开并护与时间类别举为内项门规划务后处个条关应对会议据决归档来见给织党"
    "纪传学习义点专统计称历届拟严还没无认识设资产总体续发现区县组视审标页过结论干员队万亿华电话邮书记录签复状"
)
_TRADITIONAL = str.maketrans(_TRADITIONAL_CHARS, _SIMPLIFIED_CHARS)


def fold_width(text: str) -> str:
    """Full-width ASCII (digits, letters, punctuation) to half-width; keeps Chinese as is."""
    return unicodedata.normalize("NFKC", text)


def to_simplified(text: str) -> str:
    """Map the traditional characters of ledger vocabulary to simplified ones."""
    return text.translate(_TRADITIONAL)


def squash_spaces(text: str) -> str:
    """Remove every kind of white space (ASCII, ideographic, no-break, line breaks)."""
    return _SPACE_RE.sub("", text)


@lru_cache(maxsize=8192)
def key_text(text: str) -> str:
    """A comparison key for short vocabulary (headers, status words): width-folded,
    simplified, without spaces or a trailing colon. Cached: the same few words come
    back on every row of a workbook."""
    folded = squash_spaces(to_simplified(fold_width(text)))
    return folded.rstrip(":：")


# WPS's "嵌入单元格图片" keeps a picture in a cell as the formula DISPIMG, whose value
# other programs read as the text =DISPIMG("ID_…",1).
_CELL_PICTURE = re.compile(r"^=\s*(?:_xlfn\.)?DISPIMG\s*\(", re.IGNORECASE)


def is_cell_picture(text: str) -> bool:
    """Whether a cell's text is a picture WPS embedded in the cell (no text at all)."""
    return text[:1] == "=" and _CELL_PICTURE.match(text) is not None


def clean_cell(text: str) -> str:
    """Trim a cell's text the way a clerk would expect: outer white space removed,
    Windows line breaks made plain, inner line breaks kept."""
    return text.replace("\r\n", "\n").replace("\r", "\n").strip(" \t\n\u3000\u00a0")
