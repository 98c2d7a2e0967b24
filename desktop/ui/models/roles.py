"""Custom item-data roles, in one place for every model of the window.

On screen: nothing of its own.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt

_USER = int(Qt.ItemDataRole.UserRole)


class Roles(IntEnum):
    """Roles our models answer beside Qt's own.

    ``RECORD_ID`` is the id of the row's record (issue, measure, inspection, category);
    ``SORT_KEY`` a value that sorts the column as people read it (问题2 before 问题10);
    ``RECORD`` the frozen record itself; ``NODE_KIND`` what a navigation node stands for
    (``all``, ``inspection``, ``category``); ``INSPECTION_ID`` the inspection a
    navigation node belongs to.
    """

    RECORD_ID = _USER + 1
    SORT_KEY = _USER + 2
    RECORD = _USER + 3
    NODE_KIND = _USER + 4
    INSPECTION_ID = _USER + 5
