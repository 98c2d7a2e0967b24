"""The demo ledger: the sample notice's inspection, 14 issues and 30 measures, shipped
as data in ``resources/demo/`` and loaded through the ordinary import path."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.domain.changes import Done
from desktop.domain.jsonio import plan_from_json
from desktop.paths import demo_ledger_json
from desktop.services.apply import Applied
from desktop.services.ledger import LedgerService


def load_demo(service: LedgerService, path: Path | None = None) -> Done[Applied]:
    """Add the demo inspection and its issues to the ledger, as one undoable batch."""
    source = path or demo_ledger_json()
    doc = json.loads(source.read_text(encoding="utf-8"))
    return service.apply_plan(plan_from_json(doc))
