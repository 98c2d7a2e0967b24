"""The cyclic collector paused for one bulk pass, and resumed by whoever paused it."""

from __future__ import annotations

import gc

import pytest

from desktop.collector import collector_paused


def test_paused_in_the_block_and_resumed_after_it() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_resumed_after_an_error() -> None:
    with pytest.raises(ValueError, match="half-way"), collector_paused():
        raise ValueError("half-way")
    assert gc.isenabled()


def test_nested_pass_leaves_resuming_to_the_outer_one() -> None:
    @collector_paused()
    def inner() -> bool:
        return gc.isenabled()

    with collector_paused():
        assert inner() is False
        assert not gc.isenabled()  # still paused: the inner pass did not resume it
    assert gc.isenabled()


def test_a_collector_paused_by_someone_else_stays_paused() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_settle_puts_what_is_alive_out_of_the_collectors_way() -> None:
    """After settle, a full pass no longer walks the objects alive then (the window's
    records of a big ledger); they are still freed when dropped, and cyclic garbage
    of the young generations made before it is collected, not frozen."""
    import weakref

    from desktop.collector import settle, thaw

    class Record:
        pass

    class Node:
        def __init__(self) -> None:
            self.me = self  # a cycle: only the collector frees it

    records = [Record() for _ in range(5000)]
    gc.collect()
    young_garbage = weakref.ref(Node())
    try:
        settle()
        assert young_garbage() is None  # collected before the freeze
        assert gc.get_freeze_count() >= len(records)
        dropped = weakref.ref(records[0])
        del records[0]
        assert dropped() is None  # reference counting frees frozen objects
    finally:
        thaw()
    assert gc.get_freeze_count() == 0


def test_a_pass_may_settle_what_it_leaves_alive() -> None:
    """settle_survivors: what the pass made and left alive is frozen out of the
    collector's way (and the collector resumed); a nested pass leaves it to the outer."""
    from desktop.collector import thaw

    kept: list[object] = []
    try:
        with collector_paused(settle_survivors=True):
            with collector_paused(settle_survivors=True):
                kept.extend([i] for i in range(5000))
            assert gc.get_freeze_count() == 0  # the inner pass settles nothing
        assert gc.isenabled()
        assert gc.get_freeze_count() >= len(kept)
    finally:
        thaw()


def test_concurrent_pauses_resume_the_collector_when_the_last_one_ends() -> None:
    """A worker's pause ending does not resume the collector under another thread's
    pass still under way (the staged read of a switch was walked in full so)."""
    import threading

    first_in, first_out = threading.Event(), threading.Event()

    def first() -> None:
        with collector_paused():
            first_in.set()
            first_out.wait(5)

    thread = threading.Thread(target=first)
    thread.start()
    assert first_in.wait(5)
    with collector_paused():
        first_out.set()
        thread.join(5)
        assert not gc.isenabled()  # the first pass ended; this one still runs
    assert gc.isenabled()


def test_a_pause_asked_to_settle_settles_when_the_last_pause_ends() -> None:
    from desktop.collector import thaw

    kept: list[object] = []
    try:
        with collector_paused():
            with collector_paused(settle_survivors=True):
                kept.extend([i] for i in range(5000))
            assert gc.get_freeze_count() == 0
        assert gc.get_freeze_count() >= len(kept)
    finally:
        thaw()


def test_a_pause_leaving_many_objects_alive_settles_them() -> None:
    """Else the first young pass after it walks them all, holding every thread."""
    from desktop.collector import SETTLE_YOUNG, thaw

    gc.collect()
    kept: list[object] = []
    try:
        with collector_paused():
            kept.extend([i] for i in range(SETTLE_YOUNG + 1000))
        assert gc.get_freeze_count() >= len(kept)
        assert gc.get_count()[0] < SETTLE_YOUNG
    finally:
        thaw()
    kept.clear()
    with collector_paused():
        kept.extend([i] for i in range(1000))  # a small pass: left to the collector
    assert gc.get_freeze_count() == 0


def test_tidy_sweeps_the_cycles_a_big_pause_froze() -> None:
    """An operation's worker drops reference cycles while the collector is paused; the
    big pause's freeze keeps them, and tidy (the app gone inactive) frees them and
    freezes the survivors again. Without it a day of operations grows without bound."""
    import weakref

    from desktop.collector import SETTLE_YOUNG, thaw, tidy

    class Node:
        def __init__(self) -> None:
            self.me = self  # a cycle: only the collector frees it

    gc.collect()
    kept: list[object] = []
    try:
        with collector_paused():
            kept.extend([i] for i in range(SETTLE_YOUNG + 1000))
            garbage = weakref.ref(Node())  # dropped at once, in a cycle
        assert garbage() is not None  # frozen with the survivors
        assert tidy()
        assert garbage() is None
        assert gc.get_freeze_count() >= len(kept)  # the survivors are frozen again
        assert not tidy()  # nothing frozen since: no second pass
    finally:
        thaw()


def test_tidy_waits_while_a_pause_is_under_way() -> None:
    from desktop.collector import settle, thaw, tidy

    try:
        settle()
        with collector_paused():
            assert not tidy()  # an operation runs: its pass would hold it up
        assert tidy()
    finally:
        thaw()


def test_the_app_sweeps_when_the_clerk_goes_to_another_program() -> None:
    import weakref

    from PySide6.QtCore import Qt

    from desktop.app import sweep_when_inactive
    from desktop.collector import settle, thaw

    class Node:
        def __init__(self) -> None:
            self.me = self

    try:
        garbage = Node()
        settle()  # frozen while alive
        gone = weakref.ref(garbage)
        del garbage  # a cycle dropped after it was frozen
        assert not sweep_when_inactive(Qt.ApplicationState.ApplicationActive)
        assert gone() is not None
        assert sweep_when_inactive(Qt.ApplicationState.ApplicationInactive)
        assert gone() is None
    finally:
        thaw()
