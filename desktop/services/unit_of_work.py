"""Sessions of one ledger, scoped to one user action, and what the services below the
ledger service need of it (:class:`LedgerAccess`: its sessions and its operator), so
that they take a ledger without importing :mod:`desktop.services.ledger`."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, Protocol

from sqlalchemy import Engine, TextClause, bindparam
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session, sessionmaker

from desktop.services import ledger_read
from desktop.storage.engine import WRITE_OPTIONS


class UnitOfWork:
    """Sessions scoped to one user action (the SQLAlchemy FAQ's advice for GUIs)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False, autoflush=False)
        # Writers take SQLite's write lock up front (BEGIN IMMEDIATE; see storage.engine).
        self._writers = sessionmaker(
            engine.execution_options(**WRITE_OPTIONS), expire_on_commit=False, autoflush=False
        )

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on error."""
        with self._writers.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading only."""
        with self._sessions() as session:
            yield session


class LedgerAccess(Protocol):
    """A ledger as the services below :class:`~desktop.services.ledger.LedgerService`
    take it (the service itself is one): its sessions, and the operator written into
    the history."""

    @property
    def uow(self) -> UnitOfWork: ...

    @property
    def operator(self) -> str: ...


def session_fetch(session: Session) -> ledger_read.Fetch:
    """The plain-SQL reads of ``ledger_read`` through a session (list parameters
    become expanding IN lists); values come as the driver gives them."""

    def fetch(sql: str, params: Mapping[str, Any]) -> Sequence[Sequence[Any]]:
        return session.execute(_statement(sql, params), dict(params)).all()

    return fetch


def session_rows(session: Session) -> Callable[[str, Mapping[str, Any]], Iterable[Sequence[Any]]]:
    """Like :func:`session_fetch`, but the rows as they come from the driver (a big
    read is never held whole)."""

    def rows(sql: str, params: Mapping[str, Any]) -> Iterable[Sequence[Any]]:
        return session.execute(_statement(sql, params), dict(params))

    return rows


def _statement(sql: str, params: Mapping[str, Any]) -> TextClause:
    """``sql`` with its list parameters as expanding IN lists."""
    statement = sql_text(sql)
    lists: list[Any] = [
        bindparam(k, expanding=True) for k, v in params.items() if isinstance(v, list)
    ]
    return statement.bindparams(*lists) if lists else statement


__all__ = ["LedgerAccess", "UnitOfWork", "session_fetch", "session_rows"]
