"""The cyclic collector paused for one bulk pass, and resumed by whoever paused it."""

from __future__ import annotations

import gc

import pytest

from desktop import collector
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
    records of a big ledger); they are still freed when dropped. No young pass first:
    a young generation grown while the collector was paused is the whole load, and
    walking it held the window 0.3-0.9 s; its cyclic garbage waits for tidy."""
    import weakref

    from desktop.collector import settle, thaw, tidy

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
        assert young_garbage() is not None  # frozen, not walked
        assert gc.get_freeze_count() >= len(records)
        dropped = weakref.ref(records[0])
        del records[0]
        assert dropped() is None  # reference counting frees frozen objects
        assert tidy()
        assert young_garbage() is None  # swept when nobody looks
    finally:
        thaw()
    assert gc.get_freeze_count() == 0


def test_every_pause_settles_what_is_alive_when_it_ends() -> None:
    """One rule: a pause's end, nested or not, freezes what is alive (it costs nothing
    however much that is), and the collector resumes when the outermost ends."""
    from desktop.collector import thaw

    kept: list[object] = []
    try:
        with collector_paused():
            with collector_paused():
                kept.extend([i] for i in range(5000))
            assert gc.get_freeze_count() >= len(kept)  # the inner pause's end
            assert not gc.isenabled()
        assert gc.isenabled()
    finally:
        thaw()
    kept.clear()
    try:
        with collector_paused():
            kept.extend([i] for i in range(100))  # a small pause settles too
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


def test_a_pause_settles_its_survivors_while_another_thread_pauses_on() -> None:
    """The switch of inspections: its read of 10,000 issues ended while the 督办 list's
    pass went on in another thread, and its records stayed young until that one
    ended; the first pass after it walked them all on the GUI thread (0.3-0.9 s).
    Each pause settles at its own end now. Not by counting objects either: the
    collector's count falls as older objects are freed (a big undo ended with a count
    of 0 and 100,000 young objects)."""
    import threading

    from desktop.collector import thaw

    other_in, other_out = threading.Event(), threading.Event()

    def other() -> None:
        with collector_paused():
            other_in.set()
            other_out.wait(5)

    thread = threading.Thread(target=other)
    thread.start()
    kept: list[object] = []
    try:
        assert other_in.wait(5)
        old = [[i] for i in range(20_000)]
        gc.collect()  # older than the pause
        with collector_paused():
            kept.extend([i] for i in range(10_000))
            del old[:]  # frees older objects: the young count falls to 0
            assert gc.get_count()[0] == 0
        assert gc.get_freeze_count() >= len(kept)
        assert not gc.isenabled()  # the other pause still runs
    finally:
        other_out.set()
        thread.join(5)
        thaw()
    assert gc.isenabled()


def test_tidy_sweeps_the_cycles_a_pause_froze() -> None:
    """An operation's worker drops reference cycles while the collector is paused; the
    pause's freeze keeps them, and tidy (the app gone inactive) frees them and
    freezes the survivors again. Without it a day of operations grows without bound."""
    import weakref

    from desktop.collector import thaw, tidy

    class Node:
        def __init__(self) -> None:
            self.me = self  # a cycle: only the collector frees it

    gc.collect()
    kept: list[object] = []
    try:
        with collector_paused():
            kept.extend([i] for i in range(5000))
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


def test_let_go_empties_the_list_and_frees_what_only_it_held() -> None:
    import weakref

    class Piece:
        pass

    pieces: list[object] = [Piece() for _ in range(5)]
    kept = pieces[2]  # held elsewhere too: not freed
    seen = [weakref.ref(p) for p in pieces]
    collector.let_go(pieces)
    assert pieces == []
    assert [r() is None for r in seen] == [True, True, False, True, True]
    assert seen[2]() is kept
