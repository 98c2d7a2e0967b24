"""Render the application icon (``installer/icons/rectify.svg``) to PNG sizes and a
Windows ``.ico``, with Qt's SVG renderer (no other tool needed).

    python installer/icons.py OUTDIR

writes ``OUTDIR/rectify-<N>.png`` for every size in :data:`SIZES`, ``OUTDIR/rectify.svg``
and ``OUTDIR/rectify.ico``. Generated at build time, never committed: the SVG is the
one source.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

SVG = Path(__file__).resolve().parent / "icons" / "rectify.svg"
# hicolor sizes for Linux menus and the sizes Windows asks an .ico for.
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(outdir: Path) -> list[Path]:
    """Write the PNGs, the SVG and the ICO into ``outdir``; returns the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG}: not a valid SVG")
    outdir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    pngs: list[tuple[int, bytes]] = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        blob = bytes(data.data())
        path = outdir / f"rectify-{size}.png"
        path.write_bytes(blob)
        written.append(path)
        pngs.append((size, blob))
    ico = outdir / "rectify.ico"
    ico.write_bytes(ico_from_pngs(pngs))
    written.append(ico)
    svg = outdir / "rectify.svg"
    shutil.copyfile(SVG, svg)
    written.append(svg)
    return written


def ico_from_pngs(pngs: list[tuple[int, bytes]]) -> bytes:
    """An ICO file holding PNG images (Windows Vista and later read PNG entries).

    Qt's ICO writer stores one image per file; Windows wants several sizes in one.
    """
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries = b""
    for size, blob in pngs:
        side = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    return header + entries + b"".join(blob for _, blob in pngs)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python installer/icons.py OUTDIR")
    for written in render(Path(sys.argv[1])):
        print(written)
