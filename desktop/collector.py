"""Python's cyclic garbage collector, paused for one bulk pass.

Reading a 50,000-row workbook into a plan, or writing that plan to the ledger, makes
hundreds of thousands of small objects that all live until the pass ends. The cyclic
collector runs every 700 allocations and, as the heap grows, walks more and more of
those live objects for nothing: about a fifth of a 10,000-issue import. Reference
counting still frees everything that is dropped; what is alive when a pause ends is
frozen out of the collector's way, and reference cycles dropped meanwhile wait for
:func:`tidy` (the app calls it when the clerk has gone to another program).

A ledger's records held by the window are the other half: every full pass walks them
all, and a full pass holds every thread, the GUI's included (on a 10,000-issue ledger a
pass took 1.2–2.3 s on a loaded machine: the window froze in 统计 and in an export running
in its worker). :func:`settle` moves what is alive after a big load out of the
collector's way.

Qt-free and database-free, so ``excel`` and ``services`` may use it.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator
from typing import Any

# Pauses under way, in every thread: the collector runs again when the last one ends.
_lock = threading.Lock()
_pauses = 0
_resume = False  # the first pause found the collector running (not paused by others)
_frozen_unswept = False  # objects were frozen since the last tidy(): cycles may be among them


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic collector for the block (a decorator too). Pauses are counted
    across threads (every operation's worker pauses it: ``ui.operations``): the
    collector resumes when the last one ends, never while another thread's pass still
    runs; a collector paused by someone else (``gc.disable``) stays paused.

    One rule for what a pause leaves behind: when any pause ends, everything alive
    is settled (:func:`settle`: frozen out of the collector's way). While the
    collector is paused every object made stays in its youngest generation, and the
    first pass after it would walk them all, holding every thread: 0.1–0.9 s for a
    10,000-issue ledger's undo, a switch of inspections or an import plan on a loaded
    machine. Freezing costs nothing however much is alive (it moves whole lists), so
    it is done at every pause's end, in the thread that ends it, not only at the last
    one's (a long pass in another thread, the 督办 list's, used to keep a switch's
    records young until then) and not by counting objects (the collector's count
    falls as older objects are freed: a big undo ended with a count of 0 and a young
    generation of 100,000 objects). The price: reference cycles dropped and not yet
    collected at that moment are frozen too, and stay until :func:`tidy` sweeps them."""
    global _pauses, _resume
    with _lock:
        if _pauses == 0:
            _resume = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            _freeze()
            if _pauses == 0 and _resume:
                gc.enable()


# Below this many issues in the window, a full pass is short enough to leave alone.
SETTLE_AT = 2000


def settle() -> None:
    """After a big load (every issue of a large scope in the window): move every object
    alive into the collector's permanent generation (``gc.freeze``, which costs nothing
    however much is alive), so that later passes walk only what is made after it.
    Frozen objects are still freed by reference counting when dropped (records, strings
    and rows hold no cycles); reference cycles that were garbage already, or are dropped
    later, stay until :func:`tidy`. (No young pass first: after a load made with the
    collector paused, the young generation holds the whole load, and walking it took
    0.3–0.9 s on the GUI thread.)"""
    _freeze()


def _freeze() -> None:
    global _frozen_unswept
    gc.freeze()
    _frozen_unswept = True


def let_go(pieces: list[Any]) -> None:
    """Free what only ``pieces`` holds, a piece at a time (emptying the list). A
    worker dropping a big structure at once (a statistics' view of 10,000 issues and
    50,000 measures: 160 ms at load 5) frees it in one call, which no other thread
    can interrupt: the window waits for the interpreter lock meanwhile. Each piece
    freed here is a step of its own, between which the lock can pass; the caller
    puts every record in the list and drops its own references to their holders
    first (freeing those then costs a reference count each)."""
    while pieces:
        pieces.pop()


def tidy() -> bool:
    """Sweep the reference cycles that freezing kept: give the frozen objects back to
    the collector, run one full pass, and freeze what survives again. Without it, a
    cycle dropped after being frozen (or frozen while already garbage: an operation's
    data made during a pause) would stay for the rest of the session, and a clerk's
    day of imports, hand-outs and merges would grow the process without bound.

    The pass walks everything alive (0.3–0.7 s for a 10,000-issue ledger on a loaded
    machine) and holds every thread, so the window calls this when nobody is looking:
    when the app is no longer the active one. Does nothing (returns False) when nothing
    was frozen since the last sweep or while a pause is under way (an operation runs)."""
    global _frozen_unswept
    with _lock:
        if not _frozen_unswept or _pauses:
            return False
        gc.unfreeze()
        gc.collect()
        gc.freeze()
        _frozen_unswept = False
    return True


def thaw() -> None:
    """Give the frozen objects back to the collector (the next full pass walks them)."""
    global _frozen_unswept
    gc.unfreeze()
    _frozen_unswept = False
