"""A PostgreSQL database for the tests, from ``RECTIFY_TEST_PG_URL`` (set by
``.ci/with-postgres.sh`` under ``make test``).

One database per test run, migrated once (so the Alembic migration runs on PostgreSQL on
every run) and emptied before each test that uses it: deleting the rows of a fresh
ledger's tables and restarting their id sequences takes a few milliseconds, where
``CREATE DATABASE … TEMPLATE`` takes a quarter of a second.
"""

from __future__ import annotations

import os

from sqlalchemy import Engine, create_engine, delete, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from desktop.storage.models import Base

PG_URL_VARIABLE = "RECTIFY_TEST_PG_URL"


def server_url() -> str:
    """The server's URL, or "" when no server was given."""
    return os.environ.get(PG_URL_VARIABLE, "")


def redacted(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


class TestDatabase:
    """A database of our own on the test server, created on first use and dropped at
    the end of the run."""

    __test__ = False  # not a test class, whatever its name

    def __init__(self, url: str) -> None:
        self.server = make_url(url)
        self.name = f"rectify_test_{os.getpid()}"
        self.url = self.server.set(database=self.name).render_as_string(hide_password=False)
        self._admin = create_engine(self.server, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        self._created = False

    def create(self) -> None:
        if self._created:
            return
        with self._admin.connect() as c:
            c.exec_driver_sql(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
            c.exec_driver_sql(f"CREATE DATABASE \"{self.name}\" ENCODING 'UTF8' TEMPLATE template0")
        self._created = True

    def empty(self, engine: Engine) -> None:
        """Delete every row of the ledger's tables and restart their id sequences, so
        each test starts from a fresh, migrated ledger (ids from 1, like SQLite)."""
        with engine.begin() as c:
            for table in reversed(Base.metadata.sorted_tables):
                c.execute(delete(table))
            sequences = c.execute(
                text("SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'")
            ).scalars()
            for name in list(sequences):
                c.exec_driver_sql(f'ALTER SEQUENCE "{name}" RESTART WITH 1')

    def drop(self) -> None:
        if self._created:
            with self._admin.connect() as c:
                c.exec_driver_sql(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
                # The roles the shared-ledger tests made (named after the database).
                roles = c.execute(
                    text("SELECT rolname FROM pg_roles WHERE starts_with(rolname, :prefix)"),
                    {"prefix": f"{self.name}_"},
                ).scalars()
                for role in list(roles):
                    c.exec_driver_sql(f'DROP ROLE IF EXISTS "{role}"')
        self._admin.dispose()
