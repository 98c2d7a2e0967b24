"""Fonts by role for printed documents, with the bundled Fandol faces as the floor.

Official documents name their faces (仿宋 body, 小标宋 title, 黑体/楷体 headings, 宋体
page numbers). Windows offices usually have them; Linux desktops have free stand-ins;
a fresh machine may have none. For each face we take the first installed family of a
preference list whose glyphs also extract faithfully from a PDF (see
``extracts_faithfully``), and always end with the bundled Fandol face, so Chinese never
prints as boxes. Needs a ``QGuiApplication``.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QRawFont

from desktop.domain.texts import Message, Msg
from desktop.paths import resources_dir

log = logging.getLogger(__name__)


class Face(StrEnum):
    """The typefaces official documents use, by their Chinese names."""

    XIAOBIAOSONG = "小标宋"  # titles
    FANGSONG = "仿宋"  # body text, tables
    HEITI = "黑体"  # first-level headings, labels
    KAITI = "楷体"  # second-level headings
    SONGTI = "宋体"  # page numbers


# Preference lists: official names (Chinese and English spellings) first, then the
# free faces Linux desktops ship (printing.md). The bundled face comes last, always.
PREFERENCES: dict[Face, tuple[str, ...]] = {
    Face.XIAOBIAOSONG: (
        "方正小标宋简体",
        "方正小标宋_GBK",
        "FZXiaoBiaoSong-B05S",
        "FZXiaoBiaoSong-B05",
        "华文中宋",
        "STZhongsong",
    ),
    Face.FANGSONG: (
        "仿宋_GB2312",
        "FangSong_GB2312",
        "仿宋",
        "FangSong",
        "华文仿宋",
        "STFangsong",
        "cwTeXFangSong",
        "cwTeX Q Fangsong",
    ),
    Face.HEITI: (
        "黑体",
        "SimHei",
        "方正黑体_GBK",
        "华文黑体",
        "STHeiti",
        "Noto Sans CJK SC",
        "Source Han Sans SC",
        "WenQuanYi Zen Hei",
        "WenQuanYi Micro Hei",
    ),
    Face.KAITI: (
        "楷体_GB2312",
        "KaiTi_GB2312",
        "楷体",
        "KaiTi",
        "华文楷体",
        "STKaiti",
        "AR PL UKai CN",
        "AR PL KaitiM GB",
    ),
    Face.SONGTI: (
        "宋体",
        "SimSun",
        "NSimSun",
        "华文宋体",
        "STSong",
        "Noto Serif CJK SC",
        "Source Han Serif SC",
        "AR PL UMing CN",
    ),
}

# The bundled faces (resources/fonts/, rebuilt by build_fonts.py) and their families.
BUNDLED_FILES: dict[Face, str] = {
    Face.XIAOBIAOSONG: "FandolSong-Regular.otf",
    Face.FANGSONG: "FandolFang-Regular.otf",
    Face.HEITI: "FandolHei-Regular.otf",
    Face.KAITI: "FandolKai-Regular.otf",
    Face.SONGTI: "FandolSong-Regular.otf",
}

_registered: dict[str, str] = {}  # file name -> family


class NoChineseFont(RuntimeError):
    """Neither an installed nor a bundled Chinese font is usable: printing would show
    boxes, so it refuses. The message is for the user."""

    def __init__(self, missing: list[Face]) -> None:
        self.missing = missing
        names = Message(Msg.LIST_SEPARATOR).join(face_name(face) for face in missing)
        super().__init__(Message(Msg.NO_CHINESE_FONT, names=names))


def face_name(face: Face) -> str:
    """A typeface's name in the installed language (its Chinese name is its value)."""
    codes = {
        Face.XIAOBIAOSONG: Msg.FACE_XIAOBIAOSONG,
        Face.FANGSONG: Msg.FACE_FANGSONG,
        Face.HEITI: Msg.FACE_HEITI,
        Face.KAITI: Msg.FACE_KAITI,
        Face.SONGTI: Msg.FACE_SONGTI,
    }
    return Message(codes[face])


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def register_bundled_fonts() -> dict[str, str]:
    """Add the bundled faces to Qt's font database (once); returns file -> family.

    Call at start-up, after the ``QGuiApplication`` exists. A missing or unreadable
    file is logged and skipped; ``resolve_fonts`` then reports what is lacking.
    """
    for name in sorted(set(BUNDLED_FILES.values())):
        if name in _registered:
            continue
        path = fonts_dir() / name
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            log.warning("bundled font not loaded: %s", path)
            continue
        _registered[name] = families[0]
    return dict(_registered)


def _probe_text() -> tuple[str, str]:
    """Each Kangxi radical and the ideograph it looks like, as two aligned strings."""
    radicals, ideographs = [], []
    for code in range(0x2E80, 0x2FE0):
        folded = unicodedata.normalize("NFKC", chr(code))
        if folded != chr(code) and len(folded) == 1:
            radicals.append(chr(code))
            ideographs.append(folded)
    return "".join(radicals), "".join(ideographs)


@cache
def extracts_faithfully(family: str) -> bool:
    """Whether text set in ``family`` extracts from Qt's PDFs as written.

    Qt's PDF writer gives each glyph the lowest code point that maps to it, so a font
    mapping a Kangxi radical and its ideograph to one glyph turns 一 into ⼀ in the
    PDF's text (and search fails); so does a font mapping control codes to the space
    glyph. Such fonts are passed over when choosing automatically.
    """
    raw = QRawFont.fromFont(QFont(family))
    if not raw.isValid():
        return False
    radicals, ideographs = _probe_text()
    rad = raw.glyphIndexesForString(radicals)
    ide = raw.glyphIndexesForString(ideographs)
    if any(r != 0 and r == i for r, i in zip(rad, ide, strict=True)):
        return False
    space = raw.glyphIndexesForString(" ")[0]
    # (Qt itself draws a tab with the space glyph; other controls must map nowhere.)
    controls = raw.glyphIndexesForString("".join(chr(c) for c in range(1, 0x20) if c != 9))
    return space == 0 or space not in controls


def supports_chinese(family: str) -> bool:
    return QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(family)


@dataclass(frozen=True, slots=True)
class FontSet:
    """The family chosen for each face, with the bundled family behind it for glyphs
    the chosen one lacks. ``chosen`` is what the settings dialog shows."""

    chosen: Mapping[Face, str]
    fallback: Mapping[Face, str] = field(default_factory=dict)

    def families(self, face: Face) -> list[str]:
        names = [self.chosen[face]]
        backup = self.fallback.get(face)
        if backup and backup not in names:
            names.append(backup)
        return names

    def font(self, face: Face, size_pt: float, *, bold: bool = False) -> QFont:
        """A font for ``face`` at ``size_pt`` points (bold is synthesised if needed)."""
        font = QFont()
        font.setFamilies(self.families(face))
        font.setPointSizeF(size_pt)
        font.setBold(bold)
        # Kerning and hinting change advances between screen and paper; official
        # documents set every ideograph on a one-em grid.
        font.setKerning(False)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        return font


def resolve_fonts(overrides: Mapping[Face, str] | None = None) -> FontSet:
    """Choose a family for each face: the user's choice when installed, else the first
    installed family of ``PREFERENCES`` that extracts faithfully, else the bundled one.

    Raises :class:`NoChineseFont` when some face has nothing that covers Chinese.
    """
    bundled = register_bundled_fonts()
    installed = set(QFontDatabase.families())
    chosen: dict[Face, str] = {}
    fallback: dict[Face, str] = {}
    missing: list[Face] = []
    for face in Face:
        own = bundled.get(BUNDLED_FILES[face], "")
        if own:
            fallback[face] = own
        wanted = (overrides or {}).get(face)
        candidates = [wanted] if wanted and wanted in installed else []
        candidates += [
            name
            for name in PREFERENCES[face]
            if name in installed and supports_chinese(name) and extracts_faithfully(name)
        ]
        if own:
            candidates.append(own)
        if not candidates:
            missing.append(face)
            continue
        chosen[face] = candidates[0]
    if missing:
        raise NoChineseFont(missing)
    return FontSet(chosen, fallback)
