"""The ledger table: landscape, header on every page, rows kept whole, page numbers."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.records import (
    IssueId,
    IssueRecord,
    MeasureId,
    MeasureRecord,
    Responsibility,
)
from desktop.printing.fonts import FontSet
from desktop.printing.ledger_table import ledger_section
from desktop.printing.render import write_pdf
from desktop.services.ledger import LedgerService
from tests.printing.pdftools import ink_box, page_count, page_sizes_mm, pdf_text, squeeze


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


def test_pages_are_filled_and_a_long_row_continues_marked(tmp_path: Path, fonts: FontSet) -> None:
    issues, measures = _issues(30)
    pdf = tmp_path / "ledger.pdf"
    section = ledger_section(issues, measures, fonts, title="测试整改台账", as_of=date(2023, 3, 17))
    write_pdf(pdf, [section])
    pages = page_count(pdf)
    assert pages >= 3
    assert page_sizes_mm(pdf)[0] == pytest.approx((297, 210), abs=0.5)
    texts = [squeeze(pdf_text(pdf, p, p)) for p in range(1, pages + 1)]
    for p, text in enumerate(texts, start=1):
        assert "序号问题类别问题描述整改措施" in text
        assert f"第{p}页共{pages}页" in text
    whole = "".join(texts)
    for n in range(1, 31):
        assert f"第{n}号问题开头" in whole
        assert f"第{n}号问题结尾" in whole
        assert f"措施{n}止" in whole
    # Each page after the first starts with a row that has its number: a new issue,
    # or the issue continued from the page before, marked 续.
    for text in texts[1:]:
        body = text.split("整改进展", 1)[1]
        assert re.match(r"\d+", body), body[:20]
    assert any(re.match(r"\d+（续）", t.split("整改进展", 1)[1]) for t in texts[1:])
    assert "测试整改台账" in texts[0]
    assert "截至2023年3月17日" in texts[0]
    # Filled: no page but the last is less than two-thirds full.
    for p in range(1, pages):
        box = ink_box(pdf, p, above_mm=210 - 22 + 2)
        assert 210 - box.bottom > 20 + (168 * 2 / 3), p


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
    assert all("1（续）" in t for t in texts[1:-1])
    assert "长措施止" in "".join(texts)
    assert "第2号问题开头" in texts[-1]


def test_demo_ledger_takes_half_the_pages(
    tmp_path: Path, demo_service: LedgerService, fonts: FontSet
) -> None:
    """14 issues took 14 pages, one issue a page; now the pages are filled."""
    issues = demo_service.list_issues()
    inspection = demo_service.list_inspections()[0]
    section = ledger_section(issues, demo_service.measures_by_issue(), fonts, inspection=inspection)
    print(f"demo ledger: {section.page_count()} pages")
    assert section.page_count() <= 7
    # One title rule for the printed and the exported ledger.
    assert section.name == "示范区党工委巡察反馈问题整改台账"


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
        # (an issue cut by a page break has the page's foot and head in between)
        assert squeeze(issue.text)[:10] in text
        assert squeeze(issue.text)[-10:] in text
    assert "一是" in text
    assert "工作" in text
    box = ink_box(pdf, 1, above_mm=210 - 22 + 2)
    assert box.top == pytest.approx(20, abs=1)
    assert box.left == pytest.approx(25, abs=1)
    assert box.right == pytest.approx(20, abs=1)
    assert re.search(r"第1页共\d+页", text)


def test_the_pages_are_estimated_as_qt_sets_them(
    tmp_path: Path, demo_service: LedgerService, fonts: FontSet
) -> None:
    """The ledger is planned once and laid out a part at a time as it is painted: the
    planned pages hold exactly what Qt puts on them (a table starting a new page sits
    a little below the page's top, and the table's edges are not a row's overhead),
    so no part needs planning again; the page numbers run on across the parts."""
    from desktop.printing.ledger_table import PART_PAGES
    from desktop.services.demo import load_demo

    for _ in range(5):
        load_demo(demo_service)
    issues = demo_service.list_issues()
    pages = ledger_section(issues, demo_service.measures_by_issue(), fonts)
    planned = pages.page_count()
    assert planned > 2 * PART_PAGES
    out = tmp_path / "ledger.pdf"
    result = write_pdf(out, [pages])
    assert result.pages == planned == page_count(out)
    assert pages.parts_laid_out == -(-planned // PART_PAGES)  # each part once
    text = squeeze(pdf_text(out))
    for n in (1, PART_PAGES, PART_PAGES + 1, planned):
        assert f"第{n}页共{planned}页" in text
    # Every issue is there once, none lost or doubled at the parts' seams.
    prefixes = [squeeze(i.text)[:12] for i in issues]
    for prefix in set(prefixes):
        assert text.count(prefix) == prefixes.count(prefix)


def test_a_part_that_overflows_plans_the_rest_again(
    tmp_path: Path, demo_service: LedgerService, fonts: FontSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Should a part ever take more room than planned, the pages from it on are
    planned again with more room; nothing is lost and the numbering follows."""
    from desktop.printing import ledger_table
    from desktop.services.demo import load_demo

    for _ in range(3):
        load_demo(demo_service)
    issues = demo_service.list_issues()
    pages = ledger_section(issues, demo_service.measures_by_issue(), fonts)
    real = ledger_table._holds
    refused: list[int] = []

    def holds_but_once(section: Any, tables: Any, n: int) -> bool:
        if section.number_offset == ledger_table.PART_PAGES and not refused:
            refused.append(n)
            return False
        return real(section, tables, n)

    monkeypatch.setattr(ledger_table, "_holds", holds_but_once)
    out = tmp_path / "ledger.pdf"
    result = write_pdf(out, [pages])
    assert refused
    assert result.pages == pages.page_count() == page_count(out)
    text = squeeze(pdf_text(out))
    assert f"第{result.pages}页共{result.pages}页" in text
    for issue in issues:
        assert squeeze(issue.text)[:12] in text


def test_the_ledger_is_measured_in_slices_between_which_the_loop_runs(
    tmp_path: Path, demo_service: LedgerService, fonts: FontSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big ledger's measuring is cut into slices, the caller called between them
    (where a window runs its event loop, and a cancel is heard); the slices plan the
    same pages as one measuring of the whole."""
    from desktop.printing import ledger_table
    from desktop.services.demo import load_demo

    for _ in range(3):
        load_demo(demo_service)
    issues = demo_service.list_issues()
    measures = demo_service.measures_by_issue()
    whole = ledger_section(issues, measures, fonts)
    planned = whole.groups
    monkeypatch.setattr(ledger_table, "MEASURE_ROWS", 10)
    sliced = ledger_section(issues, measures, fonts)
    steps: list[int] = []
    result = write_pdf(tmp_path / "l.pdf", [sliced], step_done=lambda: steps.append(1))
    assert len(steps) >= len(issues) // 10
    assert sliced.groups == planned
    assert result.pages == len(planned)
    assert sliced.parts_laid_out == -(-len(planned) // ledger_table.PART_PAGES)

    # A cancel during the measuring stops before any page.
    again = ledger_section(issues, measures, fonts)
    heard: list[int] = []
    stopped = write_pdf(
        tmp_path / "c.pdf",
        [again],
        step_done=lambda: heard.append(1),
        cancelled=lambda: len(heard) >= 2,
    )
    assert stopped.cancelled
    assert stopped.pages == 0


def test_a_big_ledger_reads_its_measures_a_chunk_at_a_time_while_planned(
    demo_service: LedgerService, fonts: FontSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing is read before the planning starts; the measures are read a chunk of
    issues at a time as its steps run (between which a window turns), and the pages
    planned are those of the measures given whole."""
    from desktop.printing import ledger_table
    from desktop.services.demo import load_demo

    for _ in range(3):
        load_demo(demo_service)
    issues = demo_service.list_issues()
    planned = ledger_section(issues, demo_service.measures_by_issue(), fonts).groups
    monkeypatch.setattr(ledger_table, "ROW_CHUNK", 8)
    asked: list[list[int]] = []

    def measures_of(ids: list[IssueId]) -> dict[int, list[MeasureRecord]]:
        asked.append(list(ids))
        return demo_service.measures_by_issue(ids)

    lazy = ledger_section(issues, measures_of, fonts)
    assert asked == []  # nothing read before the planning starts
    steps = lazy.steps()
    next(steps)
    assert asked == [[i.id for i in issues[:8]]]
    for _ in steps:
        pass
    assert [len(a) for a in asked] == [len(issues[k : k + 8]) for k in range(0, len(issues), 8)]
    assert lazy.groups == planned


def test_column_widths_sum_each_characters_advance_as_qt_measures_the_text(
    demo_service: LedgerService, fonts: FontSet
) -> None:
    """The widths are those of Qt's own measure of every text (what the widths were
    computed from before characters were summed), on the demo ledger's Chinese, digits,
    Latin letters and punctuation."""
    from PySide6.QtGui import QFontMetricsF

    from desktop.printing.fonts import Face
    from desktop.printing.ledger_table import (
        CELL_PT,
        COLUMNS,
        LONG_COLUMNS,
        _ColumnWidths,
        ledger_rows,
    )
    from desktop.printing.page import layout_device

    rows = ledger_rows(demo_service.list_issues(), demo_service.measures_by_issue())
    rows.append(
        rows[0].__class__(tuple(("AV To fi 2026-11-17（措施）“三会一课”",) for _ in COLUMNS))
    )
    widths = _ColumnWidths(fonts)
    widths.add(rows[:5])
    widths.add(rows[5:])  # in two slices, as a big ledger is read
    metrics = QFontMetricsF(fonts.font(Face.FANGSONG, CELL_PT), layout_device())
    for c in range(len(COLUMNS)):
        texts = [t for row in rows for t in row.cells[c] if t]
        assert widths._longest[c] == pytest.approx(
            max(metrics.horizontalAdvance(t) for t in texts), rel=1e-9
        )
        if c in LONG_COLUMNS:
            assert widths._volume[c] == pytest.approx(
                sum(metrics.horizontalAdvance(t) for t in texts), rel=1e-9
            )


def test_headers_and_short_cells_break_at_phrase_ends(
    demo_service: LedgerService, fonts: FontSet
) -> None:
    """A header too wide for its column is halved (责任 / 领导; it broke as 责任领 / 导),
    a deadline breaks after 年 and the cooperating units start their own line."""
    from desktop.printing.document import cell_lines
    from desktop.printing.ledger_table import COLUMNS, _ColumnWidths, _measure, ledger_rows

    rows = ledger_rows(demo_service.list_issues(), demo_service.measures_by_issue())
    widths = _ColumnWidths(fonts)
    widths.add(rows)
    percents = widths.percents()
    metrics = _measure(rows, fonts, percents)
    first = metrics.rows[0].cells
    assert first[7] == (("2023年",), ("1月11日",))
    units = [line for paragraph in first[5] for line in paragraph]
    assert "".join(units) == "党工委办公室（配合：组织人社局）"
    assert "".join(first[5][-1]) == "（配合：组织人社局）"
    # The header row, as the page writes it.
    from desktop.printing.document import new_document
    from desktop.printing.fonts import Face
    from desktop.printing.ledger_table import CELL_PT, _Writer
    from desktop.printing.page import LEDGER_PAGE, mm

    doc = new_document(fonts, Face.FANGSONG, CELL_PT)
    doc.setTextWidth(mm(LEDGER_PAGE.block_width))
    table = _Writer(fonts, doc, percents).table(rows[:1], new_page=False)
    doc.pageCount()
    headers = {spec.header: cell_lines(table, 0, c) for c, spec in enumerate(COLUMNS)}
    for header, lines in headers.items():
        flat = [line for paragraph in lines for line in paragraph]
        assert "".join(flat) == header
        assert len(flat) <= 2
        if len(flat) == 2:
            assert abs(len(flat[0]) - len(flat[1])) <= 1, flat
    assert headers["责任领导"] == (("责任",), ("领导",))
