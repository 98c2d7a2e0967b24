"""Rebuild the bundled Fandol fonts from the TeX Live originals.

Why: Qt's PDF writer builds each embedded font's ToUnicode map by walking the cmap and
keeping, for every glyph, the *lowest* code point that maps to it. The Fandol fonts map
the Kangxi radicals (U+2F00 ⼀) and the CJK radicals supplement to the same glyphs as
the ideographs (U+4E00 一), so a PDF written with the original fonts extracts 一 as ⼀
and 工 as ⼯: searching the PDF for 一是 or 工作 finds nothing. The same walk maps the
space glyph to U+0000..U+001F, which Fandol also points at the space glyph. This script
removes those code points from every Unicode cmap subtable; nothing else changes (no
glyph is dropped, GB2312 and the rest of the original coverage stay whole).

Where the originals come from: Debian's ``texlive-lang-chinese`` package
(``/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/``). With ``--source`` the
script reads them from a folder; without, from that path if the package is installed,
else it fetches the package with ``apt-get download`` and unpacks it (no install).

Run from the repository root::

    /path/to/python resources/fonts/build_fonts.py [--source DIR]

Needs fontTools (a development dependency; the app itself never imports it).
"""

from __future__ import annotations

import argparse
import gzip
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from fontTools.ttLib import TTFont  # type: ignore[import-untyped]

HERE = Path(__file__).resolve().parent
FACES = (
    "FandolFang-Regular.otf",
    "FandolKai-Regular.otf",
    "FandolSong-Regular.otf",
    "FandolHei-Regular.otf",
)
INSTALLED = Path("/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol")
DEBIAN_PACKAGE = "texlive-lang-chinese"
DOC_IN_PACKAGE = Path("usr/share/doc/texlive-doc/fonts/fandol")

# Code points that must not map to any glyph: the radical blocks (CJK Radicals
# Supplement U+2E80–U+2EFF, Kangxi Radicals U+2F00–U+2FDF) and the C0 controls.
REMOVED_RANGES = ((0x2E80, 0x2FDF), (0x0000, 0x001F))


def removed(code: int) -> bool:
    return any(low <= code <= high for low, high in REMOVED_RANGES)


def strip_cmap(font: TTFont) -> int:
    """Drop the removed code points from every Unicode subtable; returns how many."""
    count = 0
    for table in font["cmap"].tables:
        if not table.isUnicode():
            continue  # the Macintosh GB2312 subtable has no radicals or controls
        doomed = [code for code in table.cmap if removed(code)]
        for code in doomed:
            del table.cmap[code]
        count = max(count, len(doomed))
    return count


def mark_modified(font: TTFont) -> None:
    """Say in the version string that this is a modified build (GPL §5a)."""
    note = "; cmap without radical blocks (rectify)"
    for record in font["name"].names:
        if record.nameID == 5:
            text = record.toUnicode()
            if note not in text:
                record.string = text + note


def fetch_from_debian(workdir: Path) -> Path:
    """Download (not install) the Debian package and unpack it into ``workdir``."""
    subprocess.run(["apt-get", "download", DEBIAN_PACKAGE], cwd=workdir, check=True)
    debs = sorted(workdir.glob(f"{DEBIAN_PACKAGE}_*.deb"))
    if not debs:
        raise SystemExit(f"apt-get download {DEBIAN_PACKAGE} produced no .deb")
    subprocess.run(["dpkg-deb", "-x", str(debs[-1]), str(workdir / "root")], check=True)
    return workdir / "root"


def copy_licence(doc_dir: Path | None) -> None:
    """Keep the upstream COPYING (GPL v3) beside the fonts."""
    target = HERE / "COPYING-Fandol.txt"
    if doc_dir is None:
        return
    source = doc_dir / "COPYING.gz"
    if source.exists():
        target.write_bytes(gzip.decompress(source.read_bytes()))
    elif (doc_dir / "COPYING").exists():
        shutil.copy(doc_dir / "COPYING", target)


def build(source: Path, out: Path) -> None:
    for name in FACES:
        font = TTFont(source / name)
        count = strip_cmap(font)
        mark_modified(font)
        font.save(out / name)
        size = (out / name).stat().st_size
        print(f"{name}: removed {count} code points, {size / 1e6:.1f} MB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, help="folder holding the original Fandol .otf")
    parser.add_argument("--out", type=Path, default=HERE, help="where to write (default: here)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        doc_dir: Path | None = None
        if args.source:
            source = args.source
        elif all((INSTALLED / name).exists() for name in FACES):
            source = INSTALLED
            doc_dir = Path("/") / DOC_IN_PACKAGE
        else:
            root = fetch_from_debian(Path(tmp))
            source = root / INSTALLED.relative_to("/")
            doc_dir = root / DOC_IN_PACKAGE
        build(source, args.out)
        copy_licence(doc_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
