"""The issue sheet and the sign-off form: everything on them extracts as written, the
fonts are embedded, they sit in the official margins and end at the text block's foot,
and the boxes to sign in are never split across pages."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from desktop.domain.dossier import IssueDossier
from desktop.printing.fonts import FontSet
from desktop.printing.forms import issue_sheet, signoff_form
from desktop.printing.render import write_pdf
from tests.printing.conftest import EVIDENCE_TITLE, NOTE_TEXT
from tests.printing.pdftools import (
    ink_box,
    page_count,
    page_sizes_mm,
    pdf_fonts,
    pdf_text,
    squeeze,
)


def _text(pdf: Path) -> str:
    """The text without the page numbers (a measure may continue on the next page)."""
    return re.sub(r"第\d+页共\d+页", "", squeeze(pdf_text(pdf)))


def _write(path: Path, section_maker: object, dossier: IssueDossier, fonts: FontSet) -> Path:
    write_pdf(path, [section_maker(dossier, fonts)])  # type: ignore[operator]
    return path


def test_issue_sheet_shows_everything(
    tmp_path: Path, dossiers: list[IssueDossier], fonts: FontSet
) -> None:
    d = dossiers[0]
    pdf = _write(tmp_path / "sheet.pdf", issue_sheet, d, fonts)
    text = _text(pdf)
    expected = [
        "问题整改情况表",
        squeeze(d.issue.text),
        d.inspection.title if d.inspection else "",
        d.issue.responsibility.lead_leader,
        d.issue.responsibility.lead_unit,
        d.issue.responsibility.responsible_person,
        "2023年1月11日",
        "已完成，长期坚持",
        NOTE_TEXT,
        "2023年1月5日",
        EVIDENCE_TITLE,
        "责任单位负责人（签字）",
        "分管领导（签字）",
        "日期",
        "一是",
        "工作",
        "高度重视",
    ]
    # (a measure split over two pages has the row's other cells in between)
    expected += [squeeze(m.text)[:20] for m in d.measures]
    expected += [squeeze(m.text)[-20:] for m in d.measures]
    for words in expected:
        assert words in text
    assert all(f.embedded and f.unicode for f in pdf_fonts(pdf))
    assert not any(0x2E80 <= ord(c) <= 0x2FDF for c in text)


def test_signoff_form_shows_everything(
    tmp_path: Path, dossiers: list[IssueDossier], fonts: FontSet
) -> None:
    d = dossiers[0]
    pdf = _write(tmp_path / "signoff.pdf", signoff_form, d, fonts)
    text = _text(pdf)
    for words in (
        "整改销号审批表",
        squeeze(d.issue.text),
        "整改措施及完成情况",
        EVIDENCE_TITLE,
        "责任单位销号申请",
        "分管领导意见",
        "巡察办/纪检审核意见",
        "同意销号",
        "年月日",
        # (a measure split over two pages has the row's other cells in between)
        *[squeeze(m.text)[:20] for m in d.measures],
        *[squeeze(m.text)[-20:] for m in d.measures],
    ):
        assert words in text
    assert all(f.embedded and f.unicode for f in pdf_fonts(pdf))


@pytest.mark.parametrize("maker", [issue_sheet, signoff_form])
def test_forms_sit_in_the_official_margins(
    tmp_path: Path, dossiers: list[IssueDossier], fonts: FontSet, maker: object
) -> None:
    pdf = _write(tmp_path / "form.pdf", maker, dossiers[6], fonts)
    pages = page_count(pdf)
    assert page_sizes_mm(pdf)[0] == pytest.approx((210, 297), abs=0.5)
    first = ink_box(pdf, 1, above_mm=297 - 35 + 2)
    last = ink_box(pdf, pages, above_mm=297 - 35 + 2)
    assert first.top == pytest.approx(37, abs=1)
    assert first.left == pytest.approx(28, abs=1)
    assert first.right == pytest.approx(26, abs=1)
    # The boxes stretch: the form ends at the foot of the text block.
    assert last.bottom == pytest.approx(35, abs=1)


# What each form's boxes to sign say, and where its content ends and they begin.
SIGNED = {"sheet": "责任单位负责人（签字）", "signoff": "负责人（签字）"}
AFTER_CONTENT = {"sheet": "最新进展", "signoff": "佐证材料"}
HEADER = "序号整改措施责任单位完成时限完成情况"


def _no_page_holds_only_signatures(pdf: Path, pages: int, form: str = "sheet") -> None:
    for page in range(1, pages + 1):
        text = squeeze(pdf_text(pdf, page, page))
        if SIGNED[form] in text:
            # The page with the boxes to sign holds content too: the measures (the
            # first page, or their continuation), at least a few lines of them.
            assert "整改措施" in text, page
            measures = text.split(AFTER_CONTENT[form])[0]
            assert len(measures) > 60, page
            assert HEADER in measures, page


def _continued_pages(pdf: Path, pages: int, number: str) -> None:
    """Every page after the first starts with the measures' label, the issue's number
    and （续）, and the table's header."""
    for page in range(2, pages + 1):
        text = squeeze(pdf_text(pdf, page, page))
        assert text.startswith(f"问题{number}整改措施"), (page, text[:40])
        assert "（续）" in text[:30], page
        assert HEADER in text[:60], page


def test_signature_boxes_are_never_split(
    tmp_path: Path, dossiers: list[IssueDossier], fonts: FontSet
) -> None:
    for d in dossiers[:6]:
        sheet = issue_sheet(d, fonts)
        pdf = tmp_path / f"sheet-{d.issue.number}.pdf"
        write_pdf(pdf, [sheet])
        last = squeeze(pdf_text(pdf, sheet.page_count(), sheet.page_count()))
        assert "责任单位负责人（签字）" in last
        assert "年月日" in last
        assert "佐证材料" in last
        assert sheet.page_count() <= 2
        _no_page_holds_only_signatures(pdf, sheet.page_count())


def test_demo_sheets_fit_a_page_when_they_can(
    tmp_path: Path, dossiers: list[IssueDossier], fonts: FontSet
) -> None:
    """The demo's 14 sheets took 25 pages, each sheet's second page holding little but
    the boxes to sign. Now a sheet whose content fits takes one page; a longer one
    continues its measures under a repeated header marked （续）, the boxes after them."""
    counts = {}
    for d in dossiers:
        sheet = issue_sheet(d, fonts)
        counts[d.issue.number] = sheet.page_count()
        assert not sheet.signatures_moved
        if sheet.page_count() > 1:
            pdf = tmp_path / f"sheet-{d.issue.number}.pdf"
            write_pdf(pdf, [sheet])
            second = squeeze(pdf_text(pdf, 2, 2))
            assert "整改措施（续）" in second
            _no_page_holds_only_signatures(pdf, sheet.page_count())
    print("pages per demo sheet:", counts, "total", sum(counts.values()))
    assert max(counts.values()) <= 2
    assert sum(counts.values()) <= 20
    assert sum(1 for n in counts.values() if n == 1) >= 8


def test_sheets_of_the_benchmark_ledger_fit_a_page(tmp_path: Path, fonts: FontSet) -> None:
    """A sample of the benchmark's 10,000-issue ledger (5 long measures each, more than
    a page of text): mostly two pages a sheet, the boxes to sign under the content."""
    from desktop.services.dossiers import load_dossiers
    from desktop.services.ledger import LedgerService
    from desktop.storage.migrate import open_ledger
    from tests.benchmarks.generate import make_plan

    service = LedgerService(open_ledger(tmp_path / "sample.sqlite"), "测试员")
    service.apply_plan(make_plan(12, 5))
    counts = []
    for d in load_dossiers(service, [i.id for i in service.list_issues()]):
        sheet = issue_sheet(d, fonts)
        assert not sheet.signatures_moved
        counts.append(sheet.page_count())
        pdf = tmp_path / f"sheet-{d.issue.number}.pdf"
        write_pdf(pdf, [sheet])
        _no_page_holds_only_signatures(pdf, sheet.page_count())
        _continued_pages(pdf, sheet.page_count(), d.issue.number)
    print("pages per benchmark sheet:", counts)
    # Two pages a sheet, three where the repeated header leaves no room for the last
    # measure and the boxes on the second page (Qt's own split, with no header and
    # no （续）, took two).
    assert max(counts) <= 3
    assert sum(1 for n in counts if n == 3) <= 3


MAKERS = {"sheet": issue_sheet, "signoff": signoff_form}


@pytest.mark.parametrize("form", ["sheet", "signoff"])
def test_no_demo_form_leaves_the_signatures_alone(
    tmp_path: Path, dossiers: list[IssueDossier], fonts: FontSet, form: str
) -> None:
    """Every issue of the demo, both forms: the page with the boxes to sign holds
    measures too (issue 9's sign-off form, one long measure, used to put the boxes
    alone on page 2); a continued page says whose it is."""
    counts = {}
    for d in dossiers:
        section = MAKERS[form](d, fonts)
        counts[d.issue.number] = section.page_count()
        assert not section.signatures_moved
        pdf = tmp_path / f"{form}-{d.issue.number}.pdf"
        write_pdf(pdf, [section])
        assert page_count(pdf) == section.page_count()
        _no_page_holds_only_signatures(pdf, section.page_count(), form)
        _continued_pages(pdf, section.page_count(), d.issue.number)
    print(f"pages per demo {form}:", counts, "total", sum(counts.values()))
    assert max(counts.values()) <= 2


def _one_measure(d: IssueDossier, text: str, progress: str = "") -> IssueDossier:
    m = dataclasses.replace(d.measures[0], text=text, progress=progress)
    return dataclasses.replace(d, measures=(m,))


def _text_of(chars: int) -> str:
    """Distinct sentences (so that a lost or doubled line shows), ``chars`` long."""
    sentence = "条：召开专题会议研究部署，逐项明确责任，按期落实到位。"
    text = "".join(f"第{i}{sentence}" for i in range(chars // 20 + 1))
    return text[:chars]


def _chunks(pdf: Path, pages: int, source: str) -> int:
    """Find ``source`` in the PDF's pages, in order, each page holding one piece of it
    (its longest prefix found there): fails if any of it is lost or out of order;
    returns how many pieces it took."""
    at = pieces = 0
    for page in range(1, pages + 1):
        text = squeeze(pdf_text(pdf, page, page))
        low, high = 0, len(source) - at
        while low < high:  # the longest prefix of what is left that the page holds
            middle = (low + high + 1) // 2
            if source[at : at + middle] in text:
                low = middle
            else:
                high = middle - 1
        if low:
            pieces += 1
        at += low
    assert at == len(source), f"lost from character {at}: {source[at : at + 30]}"
    return pieces


@pytest.mark.parametrize("form", ["sheet", "signoff"])
def test_one_measure_just_overflowing_a_page(
    tmp_path: Path, dossiers: list[IssueDossier], fonts: FontSet, form: str
) -> None:
    """The worst case: one measure whose text just pushes the boxes off page 1 (found
    by bisection), and some longer ones: the boxes take the measure's last lines
    with them, never a page of their own."""
    make = MAKERS[form]
    base = dossiers[0]
    low, high = 0, 3000  # one page at ``low`` characters, two at ``high``
    assert make(_one_measure(base, _text_of(low)), fonts).page_count() == 1
    assert make(_one_measure(base, _text_of(high)), fonts).page_count() >= 2
    while high - low > 1:
        middle = (low + high) // 2
        pages = make(_one_measure(base, _text_of(middle)), fonts).page_count()
        low, high = (middle, high) if pages == 1 else (low, middle)
    counts = {}
    for chars in (high, high + 20, high + 60, high + 150, high + 400, high + 900):
        d = _one_measure(base, _text_of(chars))
        section = make(d, fonts)
        counts[chars] = section.page_count()
        assert not section.signatures_moved, chars
        pdf = tmp_path / f"{form}-{chars}.pdf"
        write_pdf(pdf, [section])
        _no_page_holds_only_signatures(pdf, section.page_count(), form)
        _continued_pages(pdf, section.page_count(), d.issue.number)
        assert _chunks(pdf, section.page_count(), squeeze(d.measures[0].text)) >= 1
    print(f"{form}: one page up to {low} characters; pages by length:", counts)
    assert counts[high] == 2


@pytest.mark.parametrize("form", ["sheet", "signoff"])
def test_a_measure_longer_than_a_page_continues(
    tmp_path: Path, dossiers: list[IssueDossier], fonts: FontSet, form: str
) -> None:
    """A measure of 6,000 characters runs over several pages: each page after the
    first starts with the issue's number, （续） and the header; nothing is lost or
    doubled (pdftotext's text against the source); the boxes end the last page."""
    text = _text_of(6000)
    progress = "已按计划全部完成，形成长效机制。"
    d = _one_measure(dossiers[0], text, progress)
    section = MAKERS[form](d, fonts)
    pdf = tmp_path / f"{form}-long.pdf"
    write_pdf(pdf, [section])
    pages = section.page_count()
    print(f"{form} with a measure of {len(text)} characters: {pages} pages")
    assert pages >= 4
    assert not section.signatures_moved
    _continued_pages(pdf, pages, d.issue.number)
    _no_page_holds_only_signatures(pdf, pages, form)
    source = squeeze(text + (f"完成情况：{progress}" if form == "signoff" else ""))
    # One piece a page: the text runs on from page to page, nothing lost between.
    assert _chunks(pdf, pages, source) == pages
    everything = squeeze(pdf_text(pdf))
    # Nothing doubled: each sentence once.
    for i in (0, 57, len(text) // 40):
        assert everything.count(f"第{i}条：") == 1


@pytest.mark.parametrize("form", ["sheet", "signoff"])
def test_an_issue_text_longer_than_a_page_continues(
    tmp_path: Path, dossiers: list[IssueDossier], fonts: FontSet, form: str
) -> None:
    """An issue's text of 5,000 characters: it continues from page to page under a
    label with the issue's number and （续）, whole and in order; the facts and the
    measures follow it, the boxes to sign after them."""
    base = dossiers[0]
    text = _text_of(5000)
    d = dataclasses.replace(base, issue=dataclasses.replace(base.issue, text=text))
    section = MAKERS[form](d, fonts)
    pdf = tmp_path / f"{form}-long-issue.pdf"
    write_pdf(pdf, [section])
    pages = section.page_count()
    assert not section.signatures_moved
    texts = [squeeze(pdf_text(pdf, p, p)) for p in range(1, pages + 1)]
    continued = [t for t in texts[1:] if t.startswith(f"问题{d.issue.number}问题内容（续）")]
    print(f"{form} with an issue text of {len(text)} characters: {pages} pages,", end=" ")
    print(f"{len(continued) + 1} of them for the text")
    assert len(continued) >= 2
    for page, t in enumerate(texts[1:], start=2):
        assert t.startswith(f"问题{d.issue.number}"), page
        assert "（续）" in t[:30], page
    # The text runs on from page to page: one piece a page, nothing lost or doubled.
    assert _chunks(pdf, pages, squeeze(text)) == len(continued) + 1
    assert squeeze(pdf_text(pdf)).count("第57条：") == 1
    everything = "".join(texts)
    for m in d.measures:
        assert squeeze(m.text)[:20] in everything
    assert "责任领导" in everything
    _no_page_holds_only_signatures(pdf, pages, form)


def _measure_columns(section_doc: object) -> dict[str, list[tuple[tuple[str, ...], ...]]]:
    """A laid-out form's measure table: each header's own lines first, then the lines
    of every cell under it."""
    from PySide6.QtGui import QTextDocument, QTextTable

    from desktop.printing.document import cell_lines

    assert isinstance(section_doc, QTextDocument)
    section_doc.pageCount()  # lays it out
    columns: dict[str, list[tuple[tuple[str, ...], ...]]] = {}
    for frame in section_doc.rootFrame().childFrames():
        if not isinstance(frame, QTextTable) or frame.columns() < 6:
            continue
        for row in range(frame.rows()):
            if cell_lines(frame, row, 1) == (("序号",),):
                for column in range(1, 6):
                    header = cell_lines(frame, row, column)
                    below = [cell_lines(frame, r, column) for r in range(row + 1, frame.rows())]
                    columns["".join(header[0])] = [header, *below]
    return columns


def test_measure_columns_break_where_a_reader_expects(
    dossiers: list[IssueDossier], fonts: FontSet
) -> None:
    """The measure table's headers take one line each; a date breaks after 年 and a
    state after its comma and before its date, not wherever the column runs out (序号
    broke into 序 / 号, a date into 2023年1 / 月11 / 日)."""
    d = dossiers[0]
    columns = _measure_columns(issue_sheet(d, fonts).doc)
    assert set(columns) == {"序号", "整改措施", "责任单位", "完成时限", "完成情况"}
    for header, cells in columns.items():
        assert cells[0] == ((header,),)
    assert columns["完成时限"][1] == (("2023年",), ("1月11日",))
    assert columns["完成情况"][1] == (
        ("已完成，",),
        ("长期坚持",),
        ("（2023年",),
        ("1月11日）",),
    )


def test_phrase_lines_keep_what_fits_whole(fonts: FontSet) -> None:
    from desktop.printing.document import phrase_lines
    from desktop.printing.fonts import Face
    from desktop.printing.forms import MEASURE_PT, grid_width

    font = fonts.font(Face.FANGSONG, MEASURE_PT)
    assert phrase_lines("长期坚持", font, grid_width(4)) == ["长期坚持"]
    assert phrase_lines("2023年6月底前", font, grid_width(4)) == ["2023年", "6月底前"]
    # Wide enough, nothing breaks.
    assert phrase_lines("2023年1月11日", font, grid_width(2)) == ["2023年1月11日"]
