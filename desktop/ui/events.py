"""The ledger_changed signal: commands emit it, models and views decide what to reload."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.domain.changes import Changes


class LedgerEvents(QObject):
    """One hub per window for changes to the ledger (Anki's ``operation_did_execute``).

    Signals:
        ledger_changed(Changes): something in the ledger changed; the value says what.
        ledger_replaced(): another ledger was opened; everything must reload.
        settings_changed(): the user's settings were applied (due-soon days, holidays).
    """

    ledger_changed = Signal(Changes)
    ledger_replaced = Signal()
    settings_changed = Signal()
