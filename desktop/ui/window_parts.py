"""The window's own widgets that its read-only mode (``ui.safety``) and a shared
ledger's roles (``ui.access_follow``) restyle: handed to those two by ``MainWindow``
as a :class:`WindowParts`, so that they never import the window. Features use the
window API (``ui.window_api``) instead; these two are the window's own parts.

On screen: nothing of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QShortcut

    from desktop.ui.access_follow import AccessFollower
    from desktop.ui.detail_pane import DetailPane
    from desktop.ui.navigation_pane import NavigationView
    from desktop.ui.safety import SafetyFeatures
    from desktop.ui.supervision_tabs import SupervisionTabs


@dataclass(frozen=True)
class WindowParts:
    """``nav`` (the navigation tree) and its F2 shortcut, ``detail`` (the detail pane),
    ``editing_actions`` (the window's own actions that change the ledger, the 导入
    submenu's included), ``import_menu_action`` (the 导入 submenu's), and, looked up
    when needed: the supervision tabs once built, the read-only mode and the role
    follower."""

    nav: NavigationView
    nav_f2: QShortcut
    detail: DetailPane
    editing_actions: tuple[QAction, ...]
    import_menu_action: QAction
    supervision_tabs: Callable[[], SupervisionTabs | None]
    safety: Callable[[], SafetyFeatures]
    access: Callable[[], AccessFollower]
