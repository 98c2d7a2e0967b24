"""Ledger statistics: counts by state, long-term and overdue, as ``stats --json`` prints
them and as the export's statistics sheet and the notice use them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from desktop.domain.filters import is_overdue
from desktop.domain.overdue import issue_overdue
from desktop.domain.records import IssueRecord, MeasureRecord
from desktop.domain.statistics import share_percent
from desktop.domain.status import Status


@dataclass(frozen=True, slots=True)
class Counts:
    """Issues or measures counted by state."""

    total: int = 0
    by_status: dict[Status, int] = field(default_factory=dict)
    long_term: int = 0
    overdue: int = 0

    @property
    def finished(self) -> int:
        return self.by_status.get(Status.DONE, 0) + self.by_status.get(Status.CLOSED, 0)

    def rate(self) -> float | None:
        """Done (including signed off) over total, as a percentage with two decimals;
        None when there is nothing to rate (domain.statistics.share_percent)."""
        return share_percent(self.finished, self.total)

    def as_json(self) -> dict[str, object]:
        return {
            "total": self.total,
            "by_status": {
                s.value: self.by_status.get(s, 0) for s in Status if self.by_status.get(s, 0)
            },
            "long_term": self.long_term,
            "overdue": self.overdue,
            "done_rate": self.rate(),
        }


def count(items: Iterable[IssueRecord | MeasureRecord], today: date) -> Counts:
    by_status: Counter[Status] = Counter()
    total = long_term = overdue = 0
    for item in items:
        total += 1
        by_status[item.status] += 1
        long_term += item.long_term
        if isinstance(item, IssueRecord):
            # An issue by the one rule: its own deadline or an open measure's passed.
            overdue += issue_overdue(item, today)
        else:
            overdue += is_overdue(item.responsibility.deadline, item.status, today)
    return Counts(total, dict(by_status), long_term, overdue)


def statistics(
    issues: list[IssueRecord], measures: Iterable[MeasureRecord], today: date | None = None
) -> dict[str, object]:
    """The ``stats --json`` shape of ``docs/cli.md``."""
    today = today or date.today()
    return {
        "issues": count(issues, today).as_json(),
        "measures": count(measures, today).as_json(),
    }
