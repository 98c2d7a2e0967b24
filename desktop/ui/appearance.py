"""Font scaling for older eyes: the whole UI follows the application font, so one
setting (100–200 %) scales every widget; sizes elsewhere derive from font metrics.

On screen: no widget of its own; the size of everything.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

_BASE_PROPERTY = "rectify_base_point_size"


def apply_font_scale(app: QApplication, percent: int) -> None:
    """Set the application font to ``percent`` of the font the app started with."""
    base = app.property(_BASE_PROPERTY)
    if not base:
        base = app.font().pointSizeF()
        if base <= 0:
            base = 9.0
        app.setProperty(_BASE_PROPERTY, base)
    font = QFont(app.font())
    font.setPointSizeF(float(base) * max(50, min(300, percent)) / 100.0)
    app.setFont(font)
