"""Rendering many documents: progress after each, cancel between them, errors said."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.dossier import IssueDossier
from desktop.printing import report
from desktop.printing.document import cn_date
from desktop.printing.fonts import FontSet
from desktop.printing.render import PrintError, write_pdf
from tests.printing.pdftools import page_count


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
