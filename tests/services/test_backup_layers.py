"""Backups are one service over plain storage primitives: making, listing, rotating
and restoring backups never has storage call back up into the services (no callback
that really is a service), counted with a profiler (``tests/tools/layer_crossings``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services.backups import list_backups, make_backup, restore_backup, rotate
from tests.tools.layer_crossings import DOWN, UP, crossings, open_for_import, prepare

pytestmark = pytest.mark.sqlite_only


def test_backups_never_call_up_from_storage_into_services(tmp_path: Path) -> None:
    path = prepare(tmp_path)
    with crossings() as counts:
        open_for_import(path)
        made = make_backup(path, "manual")
        assert made.evidence is not None
        assert made.evidence.files == 1
        # Yesterday's, the day's on opening, the import's, this one.
        assert [b.reason for b in list_backups(path)] == ["manual", "import", "open", "manual"]
        rotate(path)
        restored = restore_backup(path, made.path)
    assert restored.before is not None
    assert counts[DOWN] > 0  # the profile does see the services calling storage
    assert counts[UP] == 0, sorted(k for k in counts if k.startswith("up:"))
