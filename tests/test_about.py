"""帮助 → 关于: the version and the licences, fonts read from their folder."""

from __future__ import annotations

from pathlib import Path

from desktop import __version__
from desktop.about import about_info, about_text, font_licences


def test_about_names_the_version_and_every_direct_library() -> None:
    text = about_text()
    assert text.splitlines()[0] == f"整改台账 {__version__}"
    for needle in (
        "Qt 6 / PySide6",
        "LGPLv3",
        "SQLAlchemy",
        "openpyxl",
        "XlsxWriter",
        "BSD-2-Clause",
        "python-calamine",
        "python-docx",
        "Alembic",
        "platformdirs",
        "Python ",
    ):
        assert needle in text, needle
    lines = [line.strip() for line in text.splitlines()]
    assert any(line.startswith("defusedxml") and line.endswith("PSF-2.0") for line in lines)
    libraries = {lib.name: lib for lib in about_info().libraries}
    assert libraries["SQLAlchemy"].version  # read from the installed metadata


def _font_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "fonts"
    folder.mkdir()
    for name in ("FooSong-Regular.otf", "FooHei-Regular.otf", "BarSerif.ttf"):
        (folder / name).write_bytes(b"\0")
    (folder / "COPYING-Foo.txt").write_text(
        "\n  GNU GENERAL PUBLIC LICENSE\n  Version 3, 29 June 2007\n\nterms", encoding="utf-8"
    )
    (folder / "build_fonts.py").write_text("# not a licence", encoding="utf-8")
    return folder


def test_font_licences_cover_the_fonts_named_after_them(tmp_path: Path) -> None:
    folder = _font_folder(tmp_path)
    (folder / "README.md").write_text(
        "# Fonts\n\nabout\n\n## Licence\n\nGPL with the font exception.\n\n## Other\n\nx\n",
        encoding="utf-8",
    )
    licences, unlicensed = font_licences(folder)
    assert len(licences) == 1
    gpl = licences[0]
    assert gpl.licence_file == "COPYING-Foo.txt"
    assert gpl.fonts == ("FooHei-Regular.otf", "FooSong-Regular.otf")
    assert gpl.title == "GNU GENERAL PUBLIC LICENSE Version 3, 29 June 2007"
    assert gpl.notes == "GPL with the font exception."
    assert unlicensed == ("BarSerif.ttf",)


def test_a_plain_licence_file_covers_the_unclaimed_fonts(tmp_path: Path) -> None:
    folder = _font_folder(tmp_path)
    (folder / "OFL.txt").write_text("SIL OPEN FONT LICENSE Version 1.1\n", encoding="utf-8")
    licences, unlicensed = font_licences(folder)
    by_file = {f.licence_file: f.fonts for f in licences}
    assert by_file == {
        "COPYING-Foo.txt": ("FooHei-Regular.otf", "FooSong-Regular.otf"),
        "OFL.txt": ("BarSerif.ttf",),
    }
    assert unlicensed == ()


def test_about_text_lists_fonts_with_their_licence(tmp_path: Path) -> None:
    import desktop.about as about

    licences, unlicensed = font_licences(_font_folder(tmp_path))
    info = about.AboutInfo("9.9", "MIT", (), licences, unlicensed)
    text = about_text(info)
    assert "FooHei-Regular.otf、FooSong-Regular.otf — GNU GENERAL PUBLIC LICENSE" in text
    assert "fonts/COPYING-Foo.txt" in text
    assert "BarSerif.ttf — 未找到许可证文件" in text


def test_no_fonts_folder_means_no_font_section(tmp_path: Path) -> None:
    assert font_licences(tmp_path / "absent") == ((), ())
