"""What the import wizard remembers between imports, in the app's settings: the column
mapping the user chose for a header layout, and the states the user gave to status
words the reader did not know. Offices fill in the same template month after month,
so the second import of a layout should need no choices at all.

On screen: nothing of its own; it fills in the import wizard's choices.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QSettings

from desktop.domain.status import Status

_MAPPINGS_KEY = "import/mappings"
_STATUS_KEY = "import/status_words"
# Layouts remembered at most; the oldest choice is forgotten first.
MAX_LAYOUTS = 50


def layout_key(layout: Sequence[str]) -> str:
    """The settings key of a header layout (the normalised header texts)."""
    return json.dumps(list(layout), ensure_ascii=False)


class ImportMemory:
    """Mappings per header layout (column letter -> field, None for 不导入) and extra
    status words (word -> state), stored as JSON text in the settings."""

    def __init__(self, store: QSettings) -> None:
        self.store = store

    def _load(self, key: str) -> dict[str, Any]:
        text = self.store.value(key, "")
        if not isinstance(text, str) or not text:
            return {}
        try:
            value = json.loads(text)
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    def _save(self, key: str, value: dict[str, Any]) -> None:
        self.store.setValue(key, json.dumps(value, ensure_ascii=False))

    # --------------------------------------------------------------- mappings
    def mapping_for(self, layout: Sequence[str]) -> dict[str, str | None] | None:
        """The mapping chosen last time for sheets with this header layout, or None."""
        if not any(layout):
            return None
        found = self._load(_MAPPINGS_KEY).get(layout_key(layout))
        if not isinstance(found, dict):
            return None
        return {
            str(letter): (str(field) if isinstance(field, str) else None)
            for letter, field in found.items()
        }

    def remember_mapping(self, layout: Sequence[str], mapping: Mapping[str, str | None]) -> None:
        if not any(layout):
            return
        stored = self._load(_MAPPINGS_KEY)
        key = layout_key(layout)
        stored.pop(key, None)  # re-inserted last: the most recent stays longest
        stored[key] = dict(mapping)
        while len(stored) > MAX_LAYOUTS:
            stored.pop(next(iter(stored)))
        self._save(_MAPPINGS_KEY, stored)

    def forget_mapping(self, layout: Sequence[str]) -> None:
        stored = self._load(_MAPPINGS_KEY)
        if stored.pop(layout_key(layout), None) is not None:
            self._save(_MAPPINGS_KEY, stored)

    # ------------------------------------------------------------ status words
    def status_words(self) -> dict[str, Status]:
        out: dict[str, Status] = {}
        for word, value in self._load(_STATUS_KEY).items():
            try:
                out[str(word)] = Status(value)
            except ValueError:
                continue  # a state this version does not know
        return out

    def remember_status_words(self, words: Mapping[str, Status]) -> None:
        if not words:
            return
        stored = self._load(_STATUS_KEY)
        stored.update({word: status.value for word, status in words.items()})
        self._save(_STATUS_KEY, stored)
