"""Reading back the PDFs the printing tests write, with poppler-utils: text, fonts,
page sizes and where the ink is."""

from __future__ import annotations

import re
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

MM_PER_INCH = 25.4
PT_PER_MM = 72 / MM_PER_INCH


def pdf_text(path: Path, first: int | None = None, last: int | None = None) -> str:
    """The PDF's text as poppler extracts it (what a search or a copy gets)."""
    args = ["pdftotext", "-raw", "-enc", "UTF-8"]
    if first is not None:
        args += ["-f", str(first)]
    if last is not None:
        args += ["-l", str(last)]
    out = subprocess.run([*args, str(path), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def squeeze(text: str) -> str:
    """Text without line breaks and spaces: lines wrap anywhere in Chinese."""
    return re.sub(r"\s+", "", text)


@dataclass(frozen=True)
class FontInfo:
    """One row of ``pdffonts``."""

    name: str
    type: str
    embedded: bool
    unicode: bool


def pdf_fonts(path: Path) -> list[FontInfo]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, check=True, text=True)
    rows = []
    for line in out.stdout.splitlines()[2:]:
        parts = line.split()
        if len(parts) < 7:
            continue
        # name, type (one or two words), encoding, emb, sub, uni, object, id
        emb, _sub, uni = parts[-5], parts[-4], parts[-3]
        rows.append(FontInfo(parts[0], " ".join(parts[1:-6]), emb == "yes", uni == "yes"))
    return rows


def page_sizes_mm(path: Path) -> list[tuple[float, float]]:
    out = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "9999", str(path)], capture_output=True, check=True, text=True
    )
    sizes = []
    for m in re.finditer(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", out.stdout):
        sizes.append((float(m.group(1)) / PT_PER_MM, float(m.group(2)) / PT_PER_MM))
    return sizes


def page_count(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True)
    m = re.search(r"Pages:\s+(\d+)", out.stdout)
    assert m
    return int(m.group(1))


@dataclass(frozen=True)
class InkBox:
    """Where the ink is on a page, as distances from the paper's edges in mm."""

    top: float
    left: float
    bottom: float
    right: float


def page_pixels(path: Path, page: int, dpi: int = 60) -> tuple[int, int, bytes]:
    """``page`` (1-based) rendered in grey at ``dpi``: width, height and its pixels."""
    with tempfile.TemporaryDirectory() as tmp:
        stem = Path(tmp) / "page"
        args = ["pdftoppm", "-gray", "-r", str(dpi), "-f", str(page), "-l", str(page)]
        subprocess.run([*args, str(path), str(stem)], check=True)
        (image,) = Path(tmp).glob("page*.pgm")
        data = image.read_bytes()
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", data)
    assert header
    return int(header.group(1)), int(header.group(2)), data[header.end() :]


_WHITE = bytes(255 if v >= 192 else 0 for v in range(256))


def ink_box(
    path: Path,
    page: int,
    dpi: int = 200,
    above_mm: float | None = None,
    below_mm: float = 0.0,
) -> InkBox:
    """The ink bounding box of ``page`` (1-based), rendered at ``dpi`` in grey.

    With ``above_mm``, only the part of the page above that distance from the top
    counts (to leave the page number out); with ``below_mm``, only the part below."""
    width, height, pixels = page_pixels(path, page, dpi)
    per_mm = dpi / MM_PER_INCH
    limit = height if above_mm is None else min(height, int(above_mm * per_mm))
    white = b"\xff" * width
    top = bottom = None
    left, right = width, -1
    for y in range(int(below_mm * per_mm), limit):
        row = pixels[y * width : (y + 1) * width].translate(_WHITE)
        if row == white:
            continue
        if top is None:
            top = y
        bottom = y
        stripped = row.lstrip(b"\xff")
        left = min(left, width - len(stripped))
        right = max(right, len(row.rstrip(b"\xff")) - 1)
    assert top is not None, "blank page"
    assert bottom is not None
    return InkBox(
        top=top / per_mm,
        left=left / per_mm,
        bottom=(height - 1 - bottom) / per_mm,
        right=(width - 1 - right) / per_mm,
    )
