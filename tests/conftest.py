"""Test set-up: offscreen Qt before anything imports it, and a migrated ledger built once
per session and copied for each test (fast, and the migrations run on every run).

Tests under ``tests/storage``, ``tests/services`` and ``tests/safety`` that use the
``service``/``demo_service``/``ledger_location`` fixtures run twice: on a SQLite file
and on the PostgreSQL server named by ``RECTIFY_TEST_PG_URL`` (``make test`` starts a
throw-away one; without it the PostgreSQL variants are reported as skipped). Mark a test
``sqlite_only`` when it is about the file itself."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("RECTIFY_OPERATOR", "测试员")

import pytest

from desktop.services.ledger import LedgerService
from desktop.storage.migrate import open_ledger
from tests.tools.postgres import TestDatabase, redacted, server_url

TESTS_DIR = Path(__file__).resolve().parent
# Test folders whose service-style fixtures run on both backends.
BACKEND_DIRS = frozenset({"storage", "services", "safety"})


def pytest_report_header(config: pytest.Config) -> str:
    url = server_url()
    if url:
        return f"PostgreSQL: storage and service tests also run against {redacted(url)}"
    return (
        "PostgreSQL: RECTIFY_TEST_PG_URL is not set, the PostgreSQL variants are SKIPPED "
        "(`make test` starts a throw-away server)"
    )


@pytest.fixture(autouse=True)
def _command_line_in_chinese(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line speaks Chinese in tests, whatever the user's app setting or the
    machine's locale; tests of English pass ``--lang en`` (or patch these back)."""
    from desktop.ui import wording

    monkeypatch.setattr(wording, "settings_language", lambda: None)
    monkeypatch.setattr(wording, "system_language", lambda environ=None: None)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run the service-style fixtures of the backend folders on SQLite and PostgreSQL."""
    if "backend" not in metafunc.fixturenames:
        return
    if metafunc.definition.get_closest_marker("sqlite_only"):
        return
    for mark in metafunc.definition.iter_markers("parametrize"):
        if "backend" in str(mark.args[0]):
            return  # the test chose its backends itself
    try:
        parts = Path(metafunc.definition.path).resolve().relative_to(TESTS_DIR).parts
    except ValueError:
        return
    if not parts or parts[0] not in BACKEND_DIRS:
        return
    metafunc.parametrize(
        "backend",
        ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)],
        indirect=True,
    )


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """The database the service-style fixtures use: "sqlite" or "postgres"."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def pg_database() -> Iterator[TestDatabase]:
    """This run's database on the PostgreSQL test server (skipped, visibly, without one)."""
    url = server_url()
    if not url:
        pytest.skip("PostgreSQL 不可用：没有设置 RECTIFY_TEST_PG_URL（make test 会启动临时服务器）")
    database = TestDatabase(url)
    database.create()
    yield database
    database.drop()


@pytest.fixture
def pg_url(pg_database: TestDatabase) -> str:
    """The URL of an empty, migrated ledger on the PostgreSQL test server."""
    engine = open_ledger(pg_database.url)
    pg_database.empty(engine)
    engine.dispose()
    return pg_database.url


@pytest.fixture
def ledger_location(backend: str, request: pytest.FixtureRequest) -> str:
    """An empty, migrated ledger for the backend: a file path or a PostgreSQL URL."""
    if backend == "postgres":
        return str(request.getfixturevalue("pg_url"))
    return str(request.getfixturevalue("ledger_path"))


def _backend_engine(backend: str, request: pytest.FixtureRequest, demo: bool) -> Any:
    if backend == "postgres":
        engine = open_ledger(request.getfixturevalue("pg_url"))
        if demo:
            from desktop.services.demo import load_demo

            load_demo(LedgerService(engine, "测试员"))
        return engine
    return open_ledger(request.getfixturevalue("demo_path" if demo else "ledger_path"))


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
def service(backend: str, request: pytest.FixtureRequest) -> Iterator[LedgerService]:
    """The ledger service on an empty ledger (the ``ledger_path`` file on SQLite)."""
    engine = _backend_engine(backend, request, demo=False)
    yield LedgerService(engine, "测试员")
    engine.dispose()


@pytest.fixture
def demo_path(tmp_path: Path, demo_template: Path) -> Path:
    """A fresh copy of the demo ledger file."""
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, path)
    return path


@pytest.fixture
def demo_service(backend: str, request: pytest.FixtureRequest) -> Iterator[LedgerService]:
    """The ledger service on a fresh copy of the demo ledger (``demo_path`` on SQLite)."""
    engine = _backend_engine(backend, request, demo=True)
    yield LedgerService(engine, "测试员")
    engine.dispose()
