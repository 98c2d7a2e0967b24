"""The cheaper check behind PySide's import hook gives PySide's own answers."""

from __future__ import annotations

import sys
from types import ModuleType

import pytest

import desktop.domain.status
import desktop.ui.labels
from desktop.ui import pyside_imports


def test_the_byte_search_answers_as_pyside_does(monkeypatch: pytest.MonkeyPatch) -> None:
    feature = sys.modules[pyside_imports._FEATURE_MODULE]
    # PySide's own check (a run_gui earlier in this process may have replaced it).
    current = feature._mod_uses_pyside
    original = getattr(current, "_rectify_original", current)
    monkeypatch.setattr(feature, "_mod_uses_pyside", original)  # restored afterwards
    assert pyside_imports.cheapen_feature_check()
    cheap = feature._mod_uses_pyside
    assert cheap is not original
    assert not pyside_imports.cheapen_feature_check()  # once
    modules: list[ModuleType] = [desktop.ui.labels, desktop.domain.status, sys, pytest]
    assert [cheap(m) for m in modules] == [original(m) for m in modules]
    assert cheap(desktop.ui.labels)  # it imports PySide6
    assert not cheap(desktop.domain.status)  # pure Python


def test_nothing_is_changed_without_the_private_function(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pyside_imports, "_FEATURE_MODULE", "no.such.module")
    assert not pyside_imports.cheapen_feature_check()
