"""What 帮助 → 关于 shows: the version and the licences of everything the program ships
with. Qt-free: the dialog (in ``ui``) only displays it.

Library versions are read from the installed packages' metadata (the bundle carries
it); font licences from the licence files found in ``resources/fonts`` at run time, so
whatever fonts a build ships are named with their own terms.
"""

from __future__ import annotations

import platform
import re
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, metadata, version
from pathlib import Path

from desktop import __version__
from desktop.domain.texts import Message, Msg
from desktop.paths import resources_dir

APP_DISTRIBUTION = "rectify-ledger"
APP_LICENCE_FALLBACK = "MIT"
FONT_SUFFIXES = (".otf", ".ttf", ".ttc", ".otc", ".woff", ".woff2")
_LICENCE_NAME = re.compile(r"^(copying|licen[cs]e|ofl|notice)([-_. ].*)?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Library:
    """A library shipped with the program: its name, licence, and installed version
    (None when it is not installed in this build)."""

    name: str
    licence: str
    version: str | None
    note: str = ""


@dataclass(frozen=True, slots=True)
class FontLicence:
    """One licence file in the fonts folder, the font files it covers, its title (the
    first lines of the file) and any licence notes from the folder's README."""

    licence_file: str
    fonts: tuple[str, ...]
    title: str
    notes: str
    text: str


@dataclass(frozen=True, slots=True)
class AboutInfo:
    """Everything the About dialog shows."""

    version: str
    licence: str
    libraries: tuple[Library, ...]
    fonts: tuple[FontLicence, ...]
    unlicensed_fonts: tuple[str, ...]


# (shown name, distribution on PyPI, licence, note: a message code and its values);
# the direct dependencies first, then what they bring along. Listed whether or not
# installed only when direct.
_NONE: tuple[str, dict[str, str]] = ("", {})
_LIBRARIES: tuple[tuple[str, str, str, tuple[str, dict[str, str]], bool], ...] = (
    ("Qt 6 / PySide6", "PySide6-Essentials", "LGPLv3", (Msg.ABOUT_NOTE_QT, {}), True),
    ("Shiboken 6", "shiboken6", "LGPLv3", (Msg.ABOUT_NOTE_PART_OF, {"name": "PySide6"}), True),
    ("SQLAlchemy", "SQLAlchemy", "MIT", _NONE, True),
    ("Alembic", "alembic", "MIT", _NONE, True),
    ("openpyxl", "openpyxl", "MIT", _NONE, True),
    ("XlsxWriter", "XlsxWriter", "BSD-2-Clause", _NONE, True),
    ("python-calamine", "python-calamine", "MIT", _NONE, True),
    ("python-docx", "python-docx", "MIT", _NONE, True),
    ("platformdirs", "platformdirs", "MIT", _NONE, True),
    ("defusedxml", "defusedxml", "PSF-2.0", _NONE, True),
    ("psycopg", "psycopg", "LGPL-3.0", (Msg.ABOUT_NOTE_POSTGRESQL, {}), True),
    ("Mako", "Mako", "MIT", (Msg.ABOUT_NOTE_WITH, {"name": "Alembic"}), False),
    ("MarkupSafe", "MarkupSafe", "BSD-3-Clause", (Msg.ABOUT_NOTE_WITH, {"name": "Mako"}), False),
    ("et-xmlfile", "et-xmlfile", "MIT", (Msg.ABOUT_NOTE_WITH, {"name": "openpyxl"}), False),
    ("lxml", "lxml", "BSD-3-Clause", (Msg.ABOUT_NOTE_LXML, {}), False),
    ("typing_extensions", "typing_extensions", "PSF-2.0", _NONE, False),
    ("greenlet", "greenlet", "MIT / PSF-2.0", (Msg.ABOUT_NOTE_WITH, {"name": "SQLAlchemy"}), False),
)


def _installed_version(distribution: str) -> str | None:
    try:
        return version(distribution)
    except PackageNotFoundError:
        return None


def libraries() -> tuple[Library, ...]:
    """Python and the libraries of :data:`_LIBRARIES` (the optional ones only when
    this build has them)."""
    found = [
        Library("Python", "PSF-2.0", platform.python_version(), Message(Msg.ABOUT_NOTE_PYTHON))
    ]
    for name, dist, licence, (code, values), direct in _LIBRARIES:
        installed = _installed_version(dist)
        if installed is not None or direct:
            found.append(Library(name, licence, installed, Message(code, **values) if code else ""))
    return tuple(found)


def app_licence() -> str:
    """The program's own licence, from its package metadata."""
    try:
        meta = metadata(APP_DISTRIBUTION)
    except PackageNotFoundError:
        return APP_LICENCE_FALLBACK
    for field in ("License-Expression", "License"):
        values = meta.get_all(field) or []
        if values and values[0]:
            return str(values[0])
    return APP_LICENCE_FALLBACK


def _licence_title(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return ""
    title = lines[0]
    if len(lines) > 1 and lines[1].lower().startswith("version"):
        title += " " + lines[1]
    return title


def _readme_licence_notes(folder: Path) -> str:
    """The licence section of the fonts folder's README (a Markdown heading containing
    Licence, License or 许可), if there is one."""
    for readme in sorted(folder.glob("README*")):
        try:
            text = readme.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        section = re.search(
            r"^#+[^\n]*(?:licen[cs]e|许可)[^\n]*\n(.*?)(?=^#+ |\Z)",
            text,
            re.IGNORECASE | re.MULTILINE | re.DOTALL,
        )
        if section:
            return section.group(1).strip()
    return ""


def font_licences(folder: Path | None = None) -> tuple[tuple[FontLicence, ...], tuple[str, ...]]:
    """The licence files in the fonts folder with the fonts each covers, and the font
    files no licence file names. A licence file named after a family
    (``COPYING-Fandol.txt``) covers the fonts whose names start with it; one named
    plainly (``LICENSE``, ``OFL.txt``) covers the fonts no other file claims."""
    folder = folder or resources_dir() / "fonts"
    if not folder.is_dir():
        return (), ()
    fonts = sorted(p.name for p in folder.rglob("*") if p.suffix.lower() in FONT_SUFFIXES)
    licence_files = sorted(
        p for p in folder.iterdir() if p.is_file() and _LICENCE_NAME.match(p.stem)
    )
    notes = _readme_licence_notes(folder)
    claimed: set[str] = set()
    named: list[tuple[Path, tuple[str, ...]]] = []
    plain: list[Path] = []
    for path in licence_files:
        match = _LICENCE_NAME.match(path.stem)
        family = (match.group(2) or "").strip("-_. ") if match else ""
        if family:
            covered = tuple(f for f in fonts if f.lower().startswith(family.lower()))
            claimed.update(covered)
            named.append((path, covered))
        else:
            plain.append(path)
    rest = tuple(f for f in fonts if f not in claimed)
    entries = named + [(path, rest) for path in plain]
    result: list[FontLicence] = []
    for path, covered in entries:
        text = path.read_text(encoding="utf-8", errors="replace")
        result.append(FontLicence(path.name, covered, _licence_title(text), notes, text))
    unlicensed = () if plain else rest
    return tuple(result), unlicensed


def about_info() -> AboutInfo:
    """Everything the About dialog shows, read now."""
    fonts, unlicensed = font_licences()
    return AboutInfo(__version__, app_licence(), libraries(), fonts, unlicensed)


def about_text(info: AboutInfo | None = None) -> str:
    """The About text, in the installed language, as plain text."""
    info = info or about_info()
    separator = Message(Msg.LIST_SEPARATOR)
    lines = [
        Message(Msg.ABOUT_TITLE, version=info.version),
        Message(Msg.ABOUT_LICENCE, licence=info.licence),
        "",
    ]
    lines.append(Message(Msg.ABOUT_LIBRARIES))
    for lib in info.libraries:
        shown = f"{lib.name} {lib.version}" if lib.version else lib.name
        note = Message(Msg.ABOUT_NOTE, note=lib.note) if lib.note else ""
        lines.append(f"  {shown} — {lib.licence}{note}")
    if info.fonts or info.unlicensed_fonts:
        lines += ["", Message(Msg.ABOUT_FONTS)]
        for font in info.fonts:
            names = separator.join(font.fonts) or Message(Msg.ABOUT_NO_FONT_FILE)
            lines.append(
                Message(
                    Msg.ABOUT_FONT_LINE,
                    names=names,
                    title=font.title,
                    licence_file=font.licence_file,
                )
            )
        if info.unlicensed_fonts:
            names = separator.join(info.unlicensed_fonts)
            lines.append(Message(Msg.ABOUT_NO_LICENCE_FILE, names=names))
        notes = next((f.notes for f in info.fonts if f.notes), "")
        if notes:
            lines += ["", Message(Msg.ABOUT_FONT_NOTES), notes]
    return "\n".join(lines)
