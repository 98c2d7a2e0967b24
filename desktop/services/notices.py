"""The figures a notice states, from the ledger: the issues' states and the outcomes
recorded on them. One place for the notice writer, printing and the command line."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop.domain.notice_stats import NoticeStatistics
from desktop.domain.records import IssueRecord
from desktop.notice.statistics import statistics_from_records

if TYPE_CHECKING:
    from desktop.services.ledger import LedgerService


def notice_statistics(service: LedgerService, issues: Sequence[IssueRecord]) -> NoticeStatistics:
    """The statistics paragraph's figures for these issues (a notice's own)."""
    from desktop.services.supervision import SupervisionService

    ids = {i.id for i in issues}
    outcomes = [o for o in SupervisionService(service).list_outcomes() if o.issue_id in ids]
    return statistics_from_records(issues, outcomes)
