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
