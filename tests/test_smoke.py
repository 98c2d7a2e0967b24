"""End-to-end smoke: the demo ledger through the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main


def test_demo_then_stats_matches_the_sample(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger = tmp_path / "x.sqlite"
    assert main(["demo", "--ledger", str(ledger)]) == 0
    capsys.readouterr()
    assert main(["stats", "--ledger", str(ledger), "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["issues"]["total"] == 14
    assert stats["issues"]["by_status"] == {"done": 10, "in_progress": 3, "partial": 1}
    assert stats["issues"]["long_term"] == 10
    assert stats["measures"]["total"] == 30
