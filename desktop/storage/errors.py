"""Errors storage raises; ``app.py`` and ``cli.py`` decide how to show them."""

from __future__ import annotations


class LedgerError(Exception):
    """A ledger that cannot be opened or used. ``message`` is for the user, in Chinese."""

    def __init__(self, message: str, path: str = "") -> None:
        self.message = message
        self.path = path
        super().__init__(message)


class NotALedger(LedgerError):
    """The file is not a ledger (not SQLite, truncated, or another program's database)."""


class LedgerTooNew(LedgerError):
    """The ledger was written by a newer version of the app."""


class LedgerReadOnly(LedgerError):
    """The ledger file or its folder cannot be written."""


class NotFound(LedgerError):
    """A record that does not exist (any more)."""


class StaleEdit(LedgerError):
    """Someone else saved the record since it was read (optimistic locking)."""

    def __init__(self, message: str, *, by: str = "", at: str = "") -> None:
        self.by = by
        self.at = at
        super().__init__(message)
