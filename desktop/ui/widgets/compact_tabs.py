"""A tab bar whose tabs are as wide as their words and a little room, for panes with
many short tabs on small screens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QTabWidget, QWidget


class _CompactTabStyle(QProxyStyle):
    """The application's style with half its room around a tab's words (one Chinese
    character's width: Fusion gives two)."""

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric == QStyle.PixelMetric.PM_TabBarTabHSpace and widget is not None:
            room = widget.fontMetrics().horizontalAdvance("中")
            return min(super().pixelMetric(metric, option, widget), room)
        return super().pixelMetric(metric, option, widget)


def compact_tabs(tabs: QTabWidget) -> None:
    """Narrow tabs that never scroll: where they still do not fit (a large font), their
    words are elided at the right (each tab's tooltip says it all)."""
    style = _CompactTabStyle()
    # Owned by the tab widget, made after its tab bar and so deleted after it.
    style.setParent(tabs)
    tabs.tabBar().setStyle(style)
    tabs.setUsesScrollButtons(False)
    tabs.setElideMode(Qt.TextElideMode.ElideRight)
