"""Read the sample, write a notice from it, read that again: the same issues, statuses
and measures (as ``.txt`` and as ``.docx``), and the same inspection."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.plan import ImportPlan
from desktop.notice.compose import ComposeOptions, NoticeItem, compose_notice
from desktop.notice.docx_writer import write_docx
from desktop.notice.reader import NoticeReading, read_notice_file, read_notice_text
from desktop.notice.statistics import statistics_from_records
from desktop.notice.text_writer import write_text
from tests.notice.texts import LAYOUTS

SAMPLE = Path(__file__).parent / "data" / "sample_notice.txt"


def _items(plan: ImportPlan) -> list[NoticeItem]:
    return [
        NoticeItem(
            number=p.draft.number,
            text=p.draft.text,
            status=p.draft.status,
            long_term=p.draft.long_term,
            progress=p.draft.progress,
            category_path=p.category_path,
            measures=tuple(m.draft.text for m in p.measures),
        )
        for p in plan.issues
    ]


def _facts(plan: ImportPlan) -> list[tuple[object, ...]]:
    return [
        (
            p.draft.number,
            p.draft.text,
            p.draft.status,
            p.draft.long_term,
            p.draft.progress,
            [m.draft.text for m in p.measures],
        )
        for p in plan.issues
    ]


@pytest.fixture(scope="module")
def sample() -> NoticeReading:
    return read_notice_file(SAMPLE)


@pytest.mark.parametrize("suffix", [".txt", ".docx"])
def test_sample_round_trip(sample: NoticeReading, tmp_path: Path, suffix: str) -> None:
    plan = sample.plan
    assert plan.inspection is not None
    items = _items(plan)
    document = compose_notice(plan.inspection, items, statistics_from_records(items))
    out = tmp_path / f"notice{suffix}"
    if suffix == ".txt":
        write_text(document, out)
    else:
        write_docx(document, out)
    again = read_notice_file(out).plan
    assert [p.describe() for p in again.problems] == []
    assert _facts(again) == _facts(plan)
    assert len(again.issues) == 14
    assert again.measure_count == 30
    assert again.inspection == plan.inspection
    # The statistics the writer printed read back and recompute.
    assert again.statistics == {
        "issues_total": 14,
        "done": 10,
        "partial": 1,
        "in_progress": 3,
        "not_started": 0,
        "postponed": 0,
        "rate": 71.43,
    }


def test_round_trip_without_statistics(sample: NoticeReading) -> None:
    plan = sample.plan
    assert plan.inspection is not None
    document = compose_notice(plan.inspection, _items(plan), None)
    again = read_notice_text(document.to_text()).plan
    assert again.statistics == {}
    assert _facts(again) == _facts(plan)


def _names(path: tuple[str, ...]) -> tuple[str, ...]:
    """Category names without their (renumbered) markers and full stops."""
    return tuple(
        name.split("、", 1)[-1].split("）", 1)[-1].lstrip("0123456789.").rstrip("。")
        for name in path
    )


@pytest.mark.parametrize("layout", ["A", "B", "C", "D", "F"])
def test_grouped_layouts_round_trip(layout: str) -> None:
    """Categories come back as headings (renumbered), issues with their statuses and
    measures, each under the same category. Numbers that are not plain Arabic ones are
    printed 1…N, and issues directly under a category come before its sub-categories,
    so the order may change."""
    plan = read_notice_text(LAYOUTS[layout]).plan
    assert plan.inspection is not None
    items = _items(plan)
    document = compose_notice(plan.inspection, items, statistics_from_records(items))
    again = read_notice_text(document.to_text()).plan
    assert [p.describe() for p in again.problems] == []

    def facts(p: ImportPlan) -> list[tuple[object, ...]]:
        return sorted(
            (_names(i.category_path), *f[1:]) for i, f in zip(p.issues, _facts(p), strict=True)
        )  # type: ignore[type-var]

    assert facts(again) == facts(plan)
    assert len(again.issues) == len(plan.issues)


def test_round_trip_keeps_ledger_numbers_when_plain(sample: NoticeReading) -> None:
    plan = sample.plan
    assert plan.inspection is not None
    items = [i for i in _items(plan) if i.number in ("3", "7", "12")]
    document = compose_notice(plan.inspection, items, options=ComposeOptions(with_statistics=False))
    again = read_notice_text(document.to_text()).plan
    assert [p.draft.number for p in again.issues] == ["3", "7", "12"]
