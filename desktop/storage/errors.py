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


class LedgerTruncated(NotALedger):
    """A SQLite file shorter than its header says: cut short while copied or written."""


class LedgerTooNew(LedgerError):
    """The ledger was written by a newer version of the app."""


class LedgerReadOnly(LedgerError):
    """The ledger file or its folder cannot be written."""


class LedgerDiskFull(LedgerError):
    """The disk (or the server's disk) filled up during a write; the transaction was
    rolled back, so the ledger holds what it held before."""


class LedgerBusy(LedgerError):
    """Another program or user holds the ledger's write lock longer than we wait."""


class LedgerForbidden(LedgerError):
    """The server refused a read or write the login has no right to (its
    ``insufficient_privilege``, a row-level security policy, or the unit clerks'
    column rule); the transaction was rolled back. ``server_message`` is the server's
    own words."""

    def __init__(self, message: str, server_message: str = "") -> None:
        self.server_message = server_message
        super().__init__(message)


class NotFound(LedgerError):
    """A record that does not exist (any more)."""


class StaleEdit(LedgerError):
    """Someone else saved the record since it was read (optimistic locking)."""

    def __init__(
        self, message: str, *, by: str = "", at: str = "", revision: int | None = None
    ) -> None:
        self.by = by
        self.at = at
        # The record's current revision: saving again with it overwrites the other
        # user's change (the "overwrite" choice of the conflict dialog).
        self.revision = revision
        super().__init__(message)
