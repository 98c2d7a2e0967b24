"""Test set-up: offscreen Qt before anything imports it, and a migrated ledger built once
per session and copied for each test (fast, and the migrations run on every run)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("RECTIFY_OPERATOR", "测试员")

import pytest

from desktop.services.ledger import LedgerService
from desktop.storage.migrate import open_ledger


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty ledger, migrated once per test session."""
    path = tmp_path_factory.mktemp("template") / "empty.sqlite"
    engine = open_ledger(path)
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    """The demo ledger, built once per test session."""
    from desktop.services.demo import load_demo

    path = tmp_path_factory.mktemp("template") / "demo.sqlite"
    shutil.copy(migrated_template, path)
    engine = open_ledger(path)
    load_demo(LedgerService(engine, "测试员"))
    engine.dispose()
    return path


@pytest.fixture
def ledger_path(tmp_path: Path, migrated_template: Path) -> Path:
    """A fresh, empty, migrated ledger file."""
    path = tmp_path / "ledger.sqlite"
    shutil.copy(migrated_template, path)
    return path


@pytest.fixture
def service(ledger_path: Path) -> Iterator[LedgerService]:
    """The ledger service on an empty ledger."""
    engine = open_ledger(ledger_path)
    yield LedgerService(engine, "测试员")
    engine.dispose()


@pytest.fixture
def demo_path(tmp_path: Path, demo_template: Path) -> Path:
    """A fresh copy of the demo ledger file."""
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, path)
    return path


@pytest.fixture
def demo_service(demo_path: Path) -> Iterator[LedgerService]:
    """The ledger service on a fresh copy of the demo ledger."""
    engine = open_ledger(demo_path)
    yield LedgerService(engine, "测试员")
    engine.dispose()
