"""Rendering many documents: progress after each, cancel between them, errors said."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtGui import QPdfWriter

from desktop.domain.dossier import IssueDossier
from desktop.printing import report
from desktop.printing.document import cn_date
from desktop.printing.fonts import FontSet
from desktop.printing.page import OFFICIAL_PAGE
from desktop.printing.render import PrintError, Replay, record, render, write_pdf
from tests.printing.pdftools import page_count, page_pixels, pdf_text, squeeze


def test_progress_after_each_document(
    tmp_path: Path, dossiers: list[IssueDossier], fonts: FontSet
) -> None:
    calls: list[tuple[int, int]] = []
    jobs = report.issue_sheets(dossiers[:4], fonts)
    done = write_pdf(tmp_path / "four.pdf", jobs, progress=lambda d, t: calls.append((d, t)))
    assert calls == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert done.documents == 4
    assert not done.cancelled
    assert page_count(tmp_path / "four.pdf") == done.pages


def test_cancel_stops_between_documents(
    tmp_path: Path, dossiers: list[IssueDossier], fonts: FontSet
) -> None:
    calls: list[int] = []
    done = write_pdf(
        tmp_path / "cut.pdf",
        report.signoff_forms(dossiers, fonts),
        progress=lambda d, t: calls.append(d),
        cancelled=lambda: len(calls) >= 2,
    )
    assert done.cancelled
    assert done.documents == 2
    assert page_count(tmp_path / "cut.pdf") == done.pages


def test_unwritable_pdf_is_reported(dossiers: list[IssueDossier], fonts: FontSet) -> None:
    with pytest.raises(PrintError):
        write_pdf(Path("/nonexistent-dir/x.pdf"), report.issue_sheets(dossiers[:1], fonts))


def test_dates_without_leading_zeros() -> None:
    from datetime import date

    assert cn_date(date(2023, 3, 7)) == "2023年3月7日"
    assert cn_date(None) == ""


def test_page_callback_after_each_page_and_cancel_within_a_document(
    tmp_path: Path, dossiers: list[IssueDossier], fonts: FontSet
) -> None:
    issues = [d.issue for d in dossiers]
    measures = {d.issue.id: list(d.measures) for d in dossiers}
    jobs = report.ledger(issues, measures, fonts)
    pages: list[int] = []
    whole = write_pdf(tmp_path / "whole.pdf", jobs, page_done=pages.append)
    assert whole.pages > 2
    assert pages == list(range(1, whole.pages + 1))

    # One document of many pages: a cancel is heard between its pages.
    writer = QPdfWriter(str(tmp_path / "cut.pdf"))
    seen: list[int] = []
    cut = render(writer, jobs, page_done=seen.append, cancelled=lambda: len(seen) >= 2)
    del writer
    assert cut.cancelled
    assert (cut.documents, cut.pages) == (0, 2)
    assert page_count(tmp_path / "cut.pdf") == 2


def test_a_page_range_paints_only_those_pages_of_the_job(
    tmp_path: Path, dossiers: list[IssueDossier], fonts: FontSet
) -> None:
    from tests.printing.pdftools import pdf_text, squeeze

    jobs = report.issue_sheets(dossiers[:6], fonts)
    whole = write_pdf(tmp_path / "whole.pdf", jobs)
    assert whole.pages >= 4
    calls: list[int] = []
    part = write_pdf(
        tmp_path / "part.pdf", jobs, page_range=(2, 3), progress=lambda d, t: calls.append(d)
    )
    assert part.pages == 2
    assert page_count(tmp_path / "part.pdf") == 2
    expected = squeeze(pdf_text(tmp_path / "whole.pdf", 2, 3))
    assert squeeze(pdf_text(tmp_path / "part.pdf")) == expected
    # Documents after the range are not even laid out.
    assert calls[-1] == part.documents < 6


def test_a_sections_page_count_follows_its_document(fonts: FontSet) -> None:
    """The count is kept between pages (Qt walks the whole layout for it) but follows
    every change of the document or of its page size."""
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QTextCursor

    from desktop.printing.document import Section, new_document
    from desktop.printing.fonts import Face
    from desktop.printing.page import OFFICIAL_PAGE

    doc = new_document(fonts, Face.FANGSONG, 10.5)
    section = Section(doc, OFFICIAL_PAGE, fonts)
    assert section.page_count() == 1
    QTextCursor(doc).insertText("整改措施。\n" * 200)
    grown = section.page_count()
    assert grown > 1
    assert section.page_count() == doc.pageCount()
    size = doc.pageSize()
    doc.setPageSize(QSizeF(size.width(), size.height() / 2))
    assert section.page_count() > grown


def _differing(first: bytes, second: bytes) -> int:
    """How many grey pixels differ clearly (anti-aliasing aside)."""
    return sum(1 for a, b in zip(first, second, strict=True) if abs(a - b) > 64)


def test_recorded_pages_replayed_are_the_pages_painted_directly(
    tmp_path: Path, dossiers: list[IssueDossier], fonts: FontSet
) -> None:
    """The print preview's pages are painted onto pictures (in a worker) and put on
    its printer afterwards: the same pages, text still text."""
    direct = tmp_path / "direct.pdf"
    write_pdf(direct, report.issue_sheets(dossiers[:3], fonts))
    replayed = tmp_path / "replayed.pdf"
    writer = QPdfWriter(str(replayed))
    writer.setResolution(1200)
    replay = Replay(writer)
    replay.begin(OFFICIAL_PAGE.page_layout())
    pages: list[int] = []
    done = record(report.issue_sheets(dossiers[:3], fonts), replay.add, page_done=pages.append)
    assert replay.pages == 0  # nothing put on the device until played
    replay.play()
    replay.end()
    del writer
    assert done.documents == 3
    assert pages == list(range(1, done.pages + 1))
    assert replay.pages == done.pages == page_count(direct) == page_count(replayed)
    assert squeeze(pdf_text(replayed)) == squeeze(pdf_text(direct))
    for page in range(1, done.pages + 1):
        width, height, theirs = page_pixels(direct, page)
        assert page_pixels(replayed, page)[:2] == (width, height)
        ours = page_pixels(replayed, page)[2]
        ink = sum(1 for v in theirs if v < 128)
        assert ink > 1000
        # The same drawing: a blank page, or one drawn at another scale, differs at
        # every inked pixel; glyphs set again from the recorded text by a pixel here
        # and there.
        assert _differing(ours, theirs) < ink // 5
