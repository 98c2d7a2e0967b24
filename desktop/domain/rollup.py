"""Status roll-up: an issue's state follows its measures' by one rule, whatever the
path that changed them (form, measure grid, bulk edit, import, hand-off merge, notice).

The rule: an issue with measures is as far as its least advanced measure (未启动 <
申请延期 < 正在推进 < 基本完成 < 已完成 < 已销号), except that it is 正在推进 rather than
未启动 once any measure has started; so it is finished exactly when every measure is.
A signed-off issue (已销号) stays signed off while all its measures are finished. An
issue without measures keeps the state it is given. Long-term (长期坚持) is set on the
issue when any measure is long-term.

Paths that change measures (the measure form and grid, import, merge) apply it in the
same transaction, recorded in the history; an issue-level edit (the issue form, bulk
edit, a notice) sets the issue's own state, and 体检 flags an issue whose state then
disagrees with this rule.
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop.domain.status import Status, least_advanced


def rolled_up_status(current: Status, measure_statuses: Iterable[Status]) -> Status:
    """The state an issue in ``current`` state takes from its measures' states."""
    statuses = list(measure_statuses)
    rolled = least_advanced(statuses)
    if rolled is None:
        return current
    if rolled is Status.NOT_STARTED and any(s is not Status.NOT_STARTED for s in statuses):
        # Some measure has started (or is done): the issue is under way, not 未启动.
        return Status.IN_PROGRESS
    if current is Status.CLOSED and rolled.is_finished:
        return Status.CLOSED
    return rolled


def rolled_up_long_term(current: bool, measure_long_term: Iterable[bool]) -> bool:
    """Long-term when any measure is (an issue without measures keeps its own)."""
    flags = list(measure_long_term)
    return any(flags) if flags else current
