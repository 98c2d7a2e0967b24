"""Autocomplete from what the ledger already holds (units, leaders)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter


def make_completer(words: Iterable[str], parent: QObject | None = None) -> QCompleter:
    """A completer matching anywhere in the word (Chinese names are often typed from
    the middle: 建设 finds 示范区建设局), case-insensitively."""
    model = QStringListModel(sorted(set(words)), parent)
    completer = QCompleter(model, parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return completer


def set_words(completer: QCompleter, words: Iterable[str]) -> None:
    """Replace a completer's words."""
    model = completer.model()
    if isinstance(model, QStringListModel):
        model.setStringList(sorted(set(words)))
