"""Page geometry: the GB/T 9704-2012 official-document page and the landscape ledger
page, in millimetres, and the unit conversions the layouts use.

Layouts are made once at a fixed resolution (``LAYOUT_DPI``) on an off-screen paint
device, so a preview, a printer at 600 dpi and a PDF break lines and pages identically;
the renderer scales to the target device.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize

LAYOUT_DPI = 720
MM_PER_INCH = 25.4
POINTS_PER_INCH = 72.0


def mm(value: float) -> float:
    """Millimetres in layout units."""
    return value * LAYOUT_DPI / MM_PER_INCH


def pt(value: float) -> float:
    """Points in layout units."""
    return value * LAYOUT_DPI / POINTS_PER_INCH


def to_mm(units: float) -> float:
    """Layout units in millimetres."""
    return units * MM_PER_INCH / LAYOUT_DPI


class Orientation(Enum):
    """Which way up the sheet is."""

    PORTRAIT = "portrait"
    LANDSCAPE = "landscape"


@dataclass(frozen=True, slots=True)
class PageSpec:
    """A page: A4 in an orientation, and its margins (mm, as seen on the page)."""

    orientation: Orientation
    top: float
    left: float
    bottom: float
    right: float

    @property
    def width(self) -> float:
        return 210.0 if self.orientation is Orientation.PORTRAIT else 297.0

    @property
    def height(self) -> float:
        return 297.0 if self.orientation is Orientation.PORTRAIT else 210.0

    @property
    def block_width(self) -> float:
        """Width of the text block (版心) in mm."""
        return self.width - self.left - self.right

    @property
    def block_height(self) -> float:
        return self.height - self.top - self.bottom

    def page_layout(self) -> QPageLayout:
        """The device page layout: the whole sheet, no device margins (we place
        everything ourselves, so a printer's own margins never shift the text)."""
        return QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait
            if self.orientation is Orientation.PORTRAIT
            else QPageLayout.Orientation.Landscape,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )

    def block_size(self) -> QSizeF:
        """The text block in layout units."""
        return QSizeF(mm(self.block_width), mm(self.block_height))


# GB/T 9704-2012: A4, top 37 mm, binding (left) 28 mm, text block 156 × 225 mm.
OFFICIAL_PAGE = PageSpec(Orientation.PORTRAIT, top=37.0, left=28.0, bottom=35.0, right=26.0)

# The ledger table: landscape A4 with a binding margin on the left and room below the
# table for the page number.
LEDGER_PAGE = PageSpec(Orientation.LANDSCAPE, top=20.0, left=25.0, bottom=22.0, right=20.0)

# GB/T 9704 body text: 3号 (16 pt), 22 lines of 28 characters in the text block.
BODY_PT = 16.0
TITLE_PT = 22.0
PAGE_NUMBER_PT = 14.0
LINES_PER_PAGE = 22
CHARS_PER_LINE = 28
# The page number's dashes sit 7 mm below the text block.
PAGE_NUMBER_GAP_MM = 7.0
# Where an ideograph's em box sits relative to the baseline in CJK fonts (the
# ideographic em box of Adobe-GB1 fonts, SimSun and Noto CJK alike): 0.88 em above,
# 0.12 em below.
EM_ASCENT = 0.88

_device: QImage | None = None


def layout_device() -> QImage:
    """The off-screen device every document is laid out on (``LAYOUT_DPI``)."""
    global _device
    if _device is None:
        image = QImage(1, 1, QImage.Format.Format_Mono)
        dots_per_metre = round(LAYOUT_DPI / MM_PER_INCH * 1000)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        _device = image
    return _device
