"""The ledger table: landscape, header on every page, rows kept whole, page numbers."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from desktop.domain.records import (
    IssueId,
    IssueRecord,
    MeasureId,
    MeasureRecord,
    Responsibility,
)
from desktop.printing.fonts import FontSet
from desktop.printing.ledger_table import ledger_section, paginate
from desktop.printing.render import write_pdf
from desktop.services.ledger import LedgerService
from tests.printing.pdftools import ink_box, page_count, page_sizes_mm, pdf_text, squeeze


def test_paginate_keeps_rows_whole() -> None:
    assert paginate(10, [30, 30, 30], 100, 100) == [[0, 1], [2]]
    # The first page has less room (the title).
    assert paginate(10, [30, 30, 30], 50, 100) == [[0], [1, 2]]
    # A row taller than a page gets pages of its own.
    assert paginate(10, [30, 500, 30], 100, 100) == [[0], [1], [2]]
    assert paginate(10, [], 100, 100) == [[]]


def _issues(count: int) -> tuple[list[IssueRecord], dict[int, list[MeasureRecord]]]:
    issues, measures = [], {}
    for n in range(1, count + 1):
        issue = IssueRecord(
            number=str(n),
            text=f"第{n}号问题开头。" + "工作落实不到位，" * (n % 5 + 1) + f"第{n}号问题结尾。",
            id=IssueId(n),
            responsibility=Responsibility(lead_leader="张三", lead_unit="办公室"),
        )
        issues.append(issue)
        measures[n] = [
            MeasureRecord(
                text=f"{'一二三'[k]}是高度重视，"
                + "持续推进整改，" * (n % 7 * 3 + 1)
                + f"措施{n}止。",
                id=MeasureId(n * 10 + k),
                issue_id=IssueId(n),
                seq=k + 1,
            )
            for k in range(n % 3 + 1)
        ]
    return issues, measures


def test_rows_are_never_split_and_header_repeats(tmp_path: Path, fonts: FontSet) -> None:
    issues, measures = _issues(30)
    pdf = tmp_path / "ledger.pdf"
    write_pdf(
        pdf,
        [ledger_section(issues, measures, fonts, title="测试整改台账", as_of=date(2023, 3, 17))],
    )
    pages = page_count(pdf)
    assert pages >= 3
    assert page_sizes_mm(pdf)[0] == pytest.approx((297, 210), abs=0.5)
    texts = [squeeze(pdf_text(pdf, p, p)) for p in range(1, pages + 1)]
    for p, text in enumerate(texts, start=1):
        assert "序号问题类别问题描述整改措施" in text
        assert f"第{p}页共{pages}页" in text
    for n in range(1, 31):
        start = [p for p, t in enumerate(texts) if f"第{n}号问题开头" in t]
        end = [p for p, t in enumerate(texts) if f"措施{n}止" in t]
        assert len(start) == 1
        assert start == end, n  # the whole row on one page
    assert "测试整改台账" in texts[0]
    assert "截至2023年3月17日" in texts[0]


def test_a_row_taller_than_a_page_continues_under_the_header(
    tmp_path: Path, fonts: FontSet
) -> None:
    issues, measures = _issues(2)
    measures[1] = [
        MeasureRecord(text="一是" + "高度重视整改工作，" * 400 + "长措施止。", issue_id=IssueId(1))
    ]
    pdf = tmp_path / "long.pdf"
    write_pdf(pdf, [ledger_section(issues, measures, fonts)])
    pages = page_count(pdf)
    assert pages >= 3
    texts = [squeeze(pdf_text(pdf, p, p)) for p in range(1, pages + 1)]
    assert all("整改措施" in t for t in texts)
    assert "长措施止" in "".join(texts)
    assert "第2号问题开头" in texts[-1]


def test_demo_ledger_margins_and_text(
    tmp_path: Path, demo_service: LedgerService, fonts: FontSet
) -> None:
    issues = demo_service.list_issues()
    pdf = tmp_path / "demo.pdf"
    inspection = demo_service.list_inspections()[0]
    write_pdf(
        pdf,
        [ledger_section(issues, demo_service.measures_by_issue(), fonts, inspection=inspection)],
    )
    text = squeeze(pdf_text(pdf))
    for issue in issues:
        assert squeeze(issue.text) in text
    assert "一是" in text
    assert "工作" in text
    box = ink_box(pdf, 1, above_mm=210 - 22 + 2)
    assert box.top == pytest.approx(20, abs=1)
    assert box.left == pytest.approx(25, abs=1)
    assert box.right == pytest.approx(20, abs=1)
    assert re.search(r"第1页共\d+页", text)
