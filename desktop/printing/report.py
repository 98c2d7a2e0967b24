"""What the print menu and ``rectify print`` ask for: from records to the documents to
print, each laid out when its turn comes (see ``render.render``).

A GUI prints through ``QPrintPreviewDialog``::

    jobs = report.issue_sheets(dossiers, fonts)
    preview.paintRequested.connect(
        lambda printer: render.render(printer, jobs, progress=..., cancelled=...))

where ``progress`` updates a progress bar and lets the event loop run, so 200 sheets
print without freezing the window.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from functools import partial

from desktop.domain.dossier import IssueDossier
from desktop.domain.records import InspectionRecord, IssueRecord, MeasureRecord
from desktop.printing.fonts import FontSet
from desktop.printing.forms import issue_sheet, signoff_form
from desktop.printing.ledger_table import MeasuresOf, ledger_section
from desktop.printing.notice_page import NoticeBlockLike, notice_section
from desktop.printing.render import Printable


def issue_sheets(dossiers: Sequence[IssueDossier], fonts: FontSet) -> list[Printable]:
    """One 问题整改情况表 per issue, one after another."""
    return [partial(issue_sheet, d, fonts) for d in dossiers]


def signoff_forms(dossiers: Sequence[IssueDossier], fonts: FontSet) -> list[Printable]:
    """One 整改销号审批表 per issue."""
    return [partial(signoff_form, d, fonts) for d in dossiers]


def ledger(
    issues: Sequence[IssueRecord],
    measures: Mapping[int, Sequence[MeasureRecord]] | MeasuresOf,
    fonts: FontSet,
    *,
    inspection: InspectionRecord | None = None,
    title: str = "",
    as_of: date | None = None,
) -> list[Printable]:
    """The ledger table of ``issues`` (the current view, in its order); ``measures``
    as :func:`~desktop.printing.ledger_table.ledger_section` takes them."""
    return [
        partial(
            ledger_section,
            issues,
            measures,
            fonts,
            inspection=inspection,
            title=title,
            as_of=as_of,
        )
    ]


def notice(blocks: Iterable[NoticeBlockLike], fonts: FontSet) -> list[Printable]:
    """The notice on the official page."""
    return [partial(notice_section, list(blocks), fonts)]
