"""The user's settings (QSettings): operator, language, font size, due-soon days (and
whether they are working days), the 督办 list at start-up, recent ledgers, saved views,
window geometry. Tests point it at a temporary INI file.

On screen: nothing of its own; 设置 → 设置… (``dialogs/settings_dialog.py``) edits it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from desktop.domain.filters import DUE_SOON_DAYS

MAX_RECENT = 8
FONT_SCALES = (100, 115, 125, 150, 175, 200)
LANGUAGES = ("zh_CN", "en")


class AppSettings:
    """Typed access to the settings. Values that Qt's INI format would mangle (lists,
    dicts) are stored as JSON text."""

    def __init__(self, store: QSettings) -> None:
        self.store = store

    # ------------------------------------------------------------------ helpers
    def _str(self, key: str, default: str = "") -> str:
        value = self.store.value(key, default)
        return str(value) if value is not None else default

    def _int(self, key: str, default: int) -> int:
        try:
            return int(str(self.store.value(key, default)))
        except (TypeError, ValueError):
            return default

    def _json(self, key: str, default: Any) -> Any:
        text = self._str(key, "")
        if not text:
            return default
        try:
            return json.loads(text)
        except ValueError:
            return default

    def _set_json(self, key: str, value: Any) -> None:
        self.store.setValue(key, json.dumps(value, ensure_ascii=False))

    # --------------------------------------------------------------- preferences
    @property
    def operator(self) -> str:
        return self._str("operator")

    @operator.setter
    def operator(self, value: str) -> None:
        self.store.setValue("operator", value.strip())

    @property
    def language(self) -> str:
        value = self._str("language", "zh_CN")
        return value if value in LANGUAGES else "zh_CN"

    @language.setter
    def language(self, value: str) -> None:
        self.store.setValue("language", value if value in LANGUAGES else "zh_CN")

    @property
    def font_scale(self) -> int:
        """The UI's font size in percent of the system's (100–200)."""
        return max(100, min(200, self._int("font_scale", 100)))

    @font_scale.setter
    def font_scale(self, value: int) -> None:
        self.store.setValue("font_scale", max(100, min(200, int(value))))

    @property
    def print_fonts(self) -> dict[str, str]:
        """The font family chosen for each printing face (keys are the faces' Chinese
        names, ``printing.fonts.Face`` values); a face not listed is chosen automatically."""
        value = self._json("print_fonts", {})
        if not isinstance(value, dict):
            return {}
        return {str(k): str(v) for k, v in value.items() if isinstance(v, str) and v.strip()}

    @print_fonts.setter
    def print_fonts(self, value: dict[str, str]) -> None:
        self._set_json("print_fonts", {k: v for k, v in value.items() if v.strip()})

    @property
    def due_soon_days(self) -> int:
        return max(1, min(90, self._int("due_soon_days", DUE_SOON_DAYS)))

    @due_soon_days.setter
    def due_soon_days(self, value: int) -> None:
        self.store.setValue("due_soon_days", max(1, min(90, int(value))))

    @property
    def due_soon_working_days(self) -> bool:
        """Whether the due-soon days are working days (holiday calendar) or calendar days."""
        return self._int("due_soon_working_days", 0) == 1

    @due_soon_working_days.setter
    def due_soon_working_days(self, value: bool) -> None:
        self.store.setValue("due_soon_working_days", 1 if value else 0)

    @property
    def show_supervision_at_start(self) -> bool:
        """Whether the 督办 list opens at start-up when something is overdue or due soon."""
        return self._int("supervision/show_at_start", 1) == 1

    @show_supervision_at_start.setter
    def show_supervision_at_start(self, value: bool) -> None:
        self.store.setValue("supervision/show_at_start", 1 if value else 0)

    # ------------------------------------------------------------------- ledgers
    @property
    def last_ledger(self) -> str:
        return self._str("ledger")

    @last_ledger.setter
    def last_ledger(self, value: str) -> None:
        self.store.setValue("ledger", value)

    @property
    def recent_ledgers(self) -> list[str]:
        value = self._json("recent_ledgers", [])
        return [str(v) for v in value if isinstance(v, str)] if isinstance(value, list) else []

    def add_recent_ledger(self, location: str) -> None:
        recent = [location, *(r for r in self.recent_ledgers if r != location)]
        self._set_json("recent_ledgers", recent[:MAX_RECENT])
        self.last_ledger = location

    def existing_recent_ledgers(self) -> list[str]:
        """The recent ledgers that can still be opened: files that exist, and server
        addresses (which cannot be checked without connecting). Missing files are
        dropped from the list for good."""
        kept = [r for r in self.recent_ledgers if "://" in r or Path(r).is_file()]
        if kept != self.recent_ledgers:
            self._set_json("recent_ledgers", kept)
        return kept

    def clear_recent_ledgers(self) -> None:
        self._set_json("recent_ledgers", [])

    # --------------------------------------------------------------- saved views
    @property
    def saved_views(self) -> dict[str, dict[str, Any]]:
        value = self._json("saved_views", {})
        if not isinstance(value, dict):
            return {}
        return {str(k): v for k, v in value.items() if isinstance(v, dict)}

    def save_view(self, name: str, state: dict[str, Any]) -> None:
        views = self.saved_views
        views[name] = state
        self._set_json("saved_views", views)

    def delete_view(self, name: str) -> None:
        views = self.saved_views
        views.pop(name, None)
        self._set_json("saved_views", views)

    # ------------------------------------------------------------------ geometry
    def bytes_value(self, key: str) -> QByteArray | None:
        value = self.store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self.store.setValue(key, value)

    def sync(self) -> None:
        self.store.sync()
