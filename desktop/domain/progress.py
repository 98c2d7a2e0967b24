"""What "the progress" of an issue is, on every paper: the issue's own progress text
and each measure's (where a unit's merged-back report lands), in measure order.

The printed 问题整改情况表 (最新进展), the printed ledger's 整改进展 column and the
exported workbook all show these same texts, so a unit's report merged into a measure
reaches paper as it reaches the screen.
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop.domain.records import IssueRecord, MeasureRecord


def measure_progress_lines(measures: Iterable[MeasureRecord]) -> list[str]:
    """Each measure's progress text that is not empty, led by its number (措施1：…)."""
    lines = []
    for index, m in enumerate(measures, start=1):
        text = m.progress.strip()
        if text:
            lines.append(f"措施{m.seq or index}：{text}")
    return lines


def progress_lines(issue: IssueRecord, measures: Iterable[MeasureRecord]) -> list[str]:
    """The issue's progress text (when any), then its measures' (one line each)."""
    own = issue.progress.strip()
    return ([own] if own else []) + measure_progress_lines(measures)
