"""The bundled fonts: present, GB2312 complete, free of the radical mappings that make
PDF text extract wrongly, and chosen when nothing better is installed."""

from __future__ import annotations

import pytest

from PySide6.QtGui import QFontDatabase, QRawFont

from desktop.printing import fonts as fonts_module
from desktop.printing.fonts import (
    BUNDLED_FILES,
    Face,
    FontSet,
    NoChineseFont,
    extracts_faithfully,
    fonts_dir,
    register_bundled_fonts,
    resolve_fonts,
)


def _gb2312_hanzi() -> str:
    chars = []
    for high in range(0xB0, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                chars.append(bytes([high, low]).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return "".join(chars)


def test_bundled_files_and_licence_are_there() -> None:
    for name in set(BUNDLED_FILES.values()):
        assert (fonts_dir() / name).stat().st_size > 1_000_000
    assert "GNU GENERAL PUBLIC LICENSE" in (fonts_dir() / "COPYING-Fandol.txt").read_text()
    assert "font exception" in (fonts_dir() / "README.md").read_text()


def test_bundled_fonts_cover_gb2312_and_map_no_radicals(qapp: object) -> None:
    families = register_bundled_fonts()
    hanzi = _gb2312_hanzi()
    assert len(hanzi) == 6763
    for name in set(BUNDLED_FILES.values()):
        raw = QRawFont(str(fonts_dir() / name), 16)
        assert raw.isValid(), name
        # (glyph indexes, not supportsCharacter: PySide passes the str wrongly to that)
        assert all(raw.glyphIndexesForString(hanzi)), name
        radicals = "".join(chr(c) for c in range(0x2E80, 0x2FE0))
        assert not any(raw.glyphIndexesForString(radicals)), name
        assert raw.glyphIndexesForString("一工高日")[0] != 0
        assert extracts_faithfully(families[name])


def test_bundled_faces_stand_in_when_nothing_better_is_installed(qapp: object) -> None:
    chosen = resolve_fonts()
    installed = set(QFontDatabase.families())
    for face in Face:
        family = chosen.chosen[face]
        assert family in installed
        assert chosen.fallback[face].startswith("Fandol")
        assert extracts_faithfully(family)
        assert chosen.families(face)[-1] == chosen.fallback[face]


def test_an_installed_choice_of_the_user_wins(qapp: object) -> None:
    chosen = resolve_fonts({Face.HEITI: "FandolKai", Face.KAITI: "No Such Font 123"})
    assert chosen.chosen[Face.HEITI] == "FandolKai"
    assert chosen.chosen[Face.KAITI] == "FandolKai"  # the bundled 楷体, not the unknown name


def test_font_has_size_and_no_kerning(qapp: object) -> None:
    font = FontSet({Face.FANGSONG: "FandolFang"}).font(Face.FANGSONG, 16, bold=True)
    assert font.pointSizeF() == 16
    assert font.bold()
    assert not font.kerning()


def test_no_chinese_font_at_all_is_said_plainly(
    qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fonts_module, "register_bundled_fonts", dict)
    monkeypatch.setattr(fonts_module, "PREFERENCES", {face: () for face in Face})
    with pytest.raises(NoChineseFont, match="没有可用的中文字体") as caught:
        resolve_fonts()
    assert set(caught.value.missing) == set(Face)
