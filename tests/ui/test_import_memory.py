"""What the import wizard remembers in the settings: mappings per header layout and
status words, surviving a new settings object on the same file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.domain.status import Status
from desktop.ui.import_memory import MAX_LAYOUTS, ImportMemory


def memory(tmp_path: Path) -> ImportMemory:
    return ImportMemory(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


def test_mappings_are_kept_per_layout(tmp_path: Path) -> None:
    first = memory(tmp_path)
    layout = ("序号", "问题描述", "说明")
    assert first.mapping_for(layout) is None
    first.remember_mapping(layout, {"A": "number", "B": "text", "C": "remarks"})
    first.remember_mapping(("编号", "问题"), {"A": "number", "B": None})
    first.store.sync()
    again = memory(tmp_path)
    assert again.mapping_for(layout) == {"A": "number", "B": "text", "C": "remarks"}
    assert again.mapping_for(("编号", "问题")) == {"A": "number", "B": None}
    again.forget_mapping(layout)
    assert again.mapping_for(layout) is None
    assert again.mapping_for(("", "")) is None  # an empty header is no layout


def test_the_oldest_layouts_are_forgotten_first(tmp_path: Path) -> None:
    store = memory(tmp_path)
    for i in range(MAX_LAYOUTS + 5):
        store.remember_mapping((f"表头{i}",), {"A": "text"})
    assert store.mapping_for(("表头0",)) is None
    assert store.mapping_for((f"表头{MAX_LAYOUTS + 4}",)) == {"A": "text"}


def test_status_words_accumulate_and_bad_values_are_ignored(tmp_path: Path) -> None:
    store = memory(tmp_path)
    store.remember_status_words({"搞定了": Status.DONE})
    store.remember_status_words({"在弄": Status.IN_PROGRESS})
    assert store.status_words() == {"搞定了": Status.DONE, "在弄": Status.IN_PROGRESS}
    store.store.setValue("import/status_words", '{"x": "no-such-state"}')
    assert store.status_words() == {}
    store.store.setValue("import/status_words", "not json")
    assert store.status_words() == {}
