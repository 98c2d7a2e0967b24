"""Python's cyclic garbage collector, paused for one bulk pass.

Reading a 50,000-row workbook into a plan, or writing that plan to the ledger, makes
hundreds of thousands of small objects that all live until the pass ends. The cyclic
collector runs every 700 allocations and, as the heap grows, walks more and more of
those live objects for nothing: about a fifth of a 10,000-issue import. Reference
counting still frees everything that is dropped; cycles made during the pass are
collected when the collector runs again after it.

Qt-free and database-free, so ``excel`` and ``services`` may use it.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic collector for the block (a decorator too). Whoever paused it
    resumes it: a nested or concurrent pass (the import runs in a worker thread) finds
    it paused and leaves it to the first."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
