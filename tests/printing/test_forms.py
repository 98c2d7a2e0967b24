"""The issue sheet and the sign-off form: everything on them extracts as written, the
fonts are embedded, they sit in the official margins and end at the text block's foot,
and the boxes to sign in are never split across pages."""

from __future__ import annotations

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
        assert sheet.page_count() <= 3
