"""Status roll-up: an issue's state follows its measures' by one rule, whatever the
path that changed them (form, measure grid, bulk edit, import, hand-off merge, notice).

The rule: an issue with measures is as far as its least advanced measure (未启动 <
申请延期 < 正在推进 < 基本完成 < 已完成 < 已销号), except that it is 正在推进 rather than
未启动 once any measure has started; so it is finished exactly when every measure is.
A signed-off issue (已销号) stays signed off while all its measures are finished. An
issue without measures keeps the state it is given. Long-term (长期坚持) is set on the
issue when any measure is long-term.

Paths that change measures (the measure form and grid, import, merge, notice) apply it
in the same transaction, recorded in the history. An issue-level edit of the state (the
issue form, bulk edit) that disagrees with the measures is not saved as it stands: the
clerk chooses, the same way on every path, between bringing the measures to the new
state (:func:`measures_following`) and keeping them, the issue then taking the state
they give (:class:`StatusChoice`). 体检 flags an issue whose state disagrees anyway (a
ledger written by an older version or another program).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.domain.status import STATUS_ORDER, Status, least_advanced


class StatusChoice(enum.Enum):
    """What becomes of an issue-level state that disagrees with the issue's measures."""

    ASK = "ask"  # not decided: the service refuses and says what disagrees
    MEASURES_FOLLOW = "measures"  # the measures are brought to the issue's new state
    KEEP_MEASURES = "keep"  # the measures stay; the issue takes the state they give


@dataclass(frozen=True, slots=True)
class Disagreement:
    """An issue-level state that disagrees with the issue's measures."""

    number: str  # the issue's number, as the clerk knows it
    wanted: Status  # the state the edit sets
    rolled: Status  # the state the measures give under it
    measures: int  # how many measures it has
    following: int  # how many would change to follow ``wanted``


class StatusDisagrees(Exception):
    """An issue-level edit of the state was not saved: it disagrees with the measures
    of ``issues`` and no :class:`StatusChoice` says what to do. Nothing was written."""

    def __init__(self, issues: Sequence[Disagreement]) -> None:
        self.issues = tuple(issues)
        super().__init__(", ".join(d.number for d in self.issues))


def rolled_up_status(current: Status, measure_statuses: Iterable[Status]) -> Status:
    """The state an issue in ``current`` state takes from its measures' states."""
    statuses = measure_statuses if isinstance(measure_statuses, list) else list(measure_statuses)
    if not statuses:
        return current
    rolled = statuses[0]
    if statuses.count(rolled) != len(statuses):
        # Not all alike (most issues' measures are: then it is their state).
        rolled = least_advanced(statuses) or rolled
        if rolled is Status.NOT_STARTED:
            # Some measure has started (or is done): the issue is under way, not 未启动.
            return Status.IN_PROGRESS
    if current is Status.CLOSED and rolled.is_finished:
        return Status.CLOSED
    return rolled


def rolled_up_long_term(current: bool, measure_long_term: Iterable[bool]) -> bool:
    """Long-term when any measure is (an issue without measures keeps its own)."""
    flags = measure_long_term if isinstance(measure_long_term, list) else list(measure_long_term)
    return any(flags) if flags else current


def measures_following(target: Status, measure_statuses: Sequence[Status]) -> list[Status]:
    """The measures' states after the issue is set to ``target`` and they follow it;
    the roll-up of the result is ``target``.

    Towards a finished state, every unfinished measure becomes 已完成 (a signed-off
    issue stays signed off over finished measures; taking back the sign-off of an issue
    whose measures are all signed off takes theirs back). Towards an unfinished one, the
    measures behind ``target`` catch up with it; when none then stands at it, the
    unfinished measures ahead of it come back to it, and failing that every measure
    ahead (reopening a finished issue reopens its measures)."""
    statuses = list(measure_statuses)
    if rolled_up_status(target, statuses) is target:
        return statuses  # they agree already (or there are none)
    if target.is_finished:
        done = [s if s.is_finished else Status.DONE for s in statuses]
        if rolled_up_status(target, done) is target:
            return done
        return [Status.DONE if s is Status.CLOSED else s for s in done]  # sign-off undone
    rank = STATUS_ORDER.index
    caught_up = [target if rank(s) < rank(target) else s for s in statuses]
    if rolled_up_status(target, caught_up) is target:
        return caught_up
    back = [target if rank(s) > rank(target) and not s.is_finished else s for s in caught_up]
    if rolled_up_status(target, back) is target:
        return back
    return [target if rank(s) > rank(target) else s for s in caught_up]


def disagrees(target: Status, measure_statuses: Sequence[Status]) -> bool:
    """Whether an issue set to ``target`` disagrees with its measures (the roll-up of
    the measures under that state is another state). An issue without measures never
    disagrees."""
    return bool(measure_statuses) and rolled_up_status(target, measure_statuses) is not target
