"""The window's hub of signals: commands emit ``ledger_changed``, the window says what
it shows; models, views and features decide what to reload.

On screen: nothing of its own (a QObject with signals, one per window).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.domain.changes import Changes


class LedgerEvents(QObject):
    """One hub per window for changes to the ledger (Anki's ``operation_did_execute``).

    Signals:
        ledger_changed(Changes): something in the ledger changed; the value says what.
        ledger_replaced(): another ledger was opened; everything must reload.
        settings_changed(): the user's settings were applied (due-soon days, holidays).
        view_changed(): the window shows other issues (another inspection, filter,
            sort or reload).
        selection_changed(): the current or the selected issues changed.
    """

    ledger_changed = Signal(Changes)
    ledger_replaced = Signal()
    settings_changed = Signal()
    view_changed = Signal()
    selection_changed = Signal()
