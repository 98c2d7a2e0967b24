"""What a print command prints, described so that either this process or a child
process of our program can lay it out: :class:`PrintRequest` (the form, the issues by
id, the inspection, the ledger's own title, the date, the fonts chosen) and
:func:`documents`, which turns a request into the documents to paint, read from the
ledger as their turn comes (the sheets' details ``SHEET_CHUNK`` issues at a time, the
ledger's measures a chunk of rows at a time), never all before the first page.

The window builds requests on its GUI thread from what it already holds (ids, no
reads); the reading and the layout happen in a worker thread (the preview, a printer)
or in the child (``rectify print-job``, a PDF file: ``printing.child``). No widgets
here: the child has none.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any, Literal

from desktop.domain.records import IssueId, IssueRecord

if TYPE_CHECKING:
    from desktop.printing.fonts import FontSet
    from desktop.printing.render import Printable
    from desktop.services.ledger import LedgerService

Form = Literal["sheet", "signoff", "ledger", "notice"]
FORMS: tuple[Form, ...] = ("sheet", "signoff", "ledger", "notice")

# Issue sheets whose details (measures, notes, evidence, sign-offs) are read together,
# as the sheets before them are painted.
SHEET_CHUNK = 50


@dataclass(frozen=True)
class PrintRequest:
    """One print command's documents, as plain values (:meth:`as_json` for the child).

    ``form``: 问题整改情况表 (``sheet``), 整改销号审批表 (``signoff``), the ledger table
    (``ledger``, of ``issue_ids`` in that order: the view's) or the notice
    (``notice``, of the inspection). ``title``: the job's name (the PDF's title).
    ``ledger_title``: the clerk's own title of the ledger ("" for ours). ``fonts``:
    the families chosen in the settings, by face name."""

    form: Form
    title: str
    issue_ids: tuple[IssueId, ...] = ()
    inspection_id: int | None = None
    ledger_title: str = ""
    as_of: date | None = None
    fonts: Mapping[str, str] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "form": self.form,
            "title": self.title,
            "issue_ids": [int(i) for i in self.issue_ids],
            "inspection_id": self.inspection_id,
            "ledger_title": self.ledger_title,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "fonts": dict(self.fonts),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> PrintRequest:
        """The request :meth:`as_json` gave. Raises ValueError when it is not one."""
        form = data.get("form")
        if form not in FORMS:
            raise ValueError(f"unknown form {form!r}")
        inspection = data.get("inspection_id")
        as_of = data.get("as_of")
        fonts = data.get("fonts") or {}
        return cls(
            form=form,
            title=str(data.get("title", "")),
            issue_ids=tuple(IssueId(int(i)) for i in data.get("issue_ids", ())),
            inspection_id=int(inspection) if inspection is not None else None,
            ledger_title=str(data.get("ledger_title", "")),
            as_of=date.fromisoformat(as_of) if as_of else None,
            fonts={str(k): str(v) for k, v in fonts.items()},
        )

    @property
    def document_count(self) -> int:
        """How many documents the request prints (a sheet per issue; one ledger, one
        notice)."""
        return len(self.issue_ids) if self.form in ("sheet", "signoff") else 1


def font_set(request: PrintRequest) -> FontSet:
    """The fonts of ``request`` (the settings' choices, else the best installed).
    Raises ``NoChineseFont``."""
    from desktop.printing.fonts import Face, resolve_fonts

    faces = {face.value: face for face in Face}
    return resolve_fonts({faces[k]: v for k, v in request.fonts.items() if k in faces})


class Documents:
    """The documents of a request, read and laid out as they are painted: iterable
    again for each painting (the preview repaints), ``len`` the document count."""

    def __init__(self, count: int, make: Callable[[], Iterator[Printable]]) -> None:
        self._count = count
        self._make = make

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[Printable]:
        return self._make()


def documents(
    request: PrintRequest,
    service: LedgerService,
    fonts: FontSet,
    issues: Sequence[IssueRecord] | None = None,
) -> Documents:
    """The documents ``request`` prints, reading ``service`` as each one's turn comes.
    ``issues``: the ledger's issues already at hand (the window's view), else read."""
    # The layout modules are imported where the pages are laid out (a worker, the
    # child): importing them took the GUI thread a tenth of a second.
    if request.form in ("sheet", "signoff"):

        def sheets() -> Iterator[Printable]:
            from desktop.printing import report
            from desktop.services.dossiers import load_dossiers

            make = report.signoff_forms if request.form == "signoff" else report.issue_sheets
            ids = request.issue_ids
            for start in range(0, len(ids), SHEET_CHUNK):
                yield from make(load_dossiers(service, ids[start : start + SHEET_CHUNK]), fonts)

        return Documents(len(request.issue_ids), sheets)
    if request.form == "ledger":
        return Documents(1, lambda: iter([partial(_ledger, request, service, fonts, issues)]))
    return Documents(1, lambda: iter([partial(_notice, request, service, fonts)]))


def _ledger(
    request: PrintRequest,
    service: LedgerService,
    fonts: FontSet,
    issues: Sequence[IssueRecord] | None,
) -> Any:
    from desktop.domain.filters import IssueFilter
    from desktop.domain.records import InspectionId
    from desktop.printing.ledger_table import ledger_section

    scope = InspectionId(request.inspection_id) if request.inspection_id is not None else None
    if issues is None:
        found = {r.id: r for r in service.list_issues(IssueFilter(inspection_id=scope))}
        issues = [found[i] for i in request.issue_ids if i in found]
    inspection = service.get_inspection(scope) if scope is not None else None
    return ledger_section(
        issues,
        # Read a chunk of issues at a time as the ledger is planned.
        service.measures_by_issue,
        fonts,
        inspection=inspection,
        title=request.ledger_title,
        as_of=request.as_of,
    )


def _notice(request: PrintRequest, service: LedgerService, fonts: FontSet) -> Any:
    from desktop.domain.filters import IssueFilter
    from desktop.domain.records import InspectionId
    from desktop.notice.compose import ComposeOptions, compose_notice, items_from_records
    from desktop.printing.notice_page import notice_section
    from desktop.services.notices import notice_statistics

    assert request.inspection_id is not None
    inspection = service.get_inspection(InspectionId(request.inspection_id))
    issues = service.list_issues(IssueFilter(inspection_id=inspection.id))
    measures = service.measures_by_issue([i.id for i in issues])
    document = compose_notice(
        inspection,
        items_from_records(issues, measures),
        notice_statistics(service, issues),
        ComposeOptions(with_statistics=True),
    )
    return notice_section(list(document.blocks), fonts)
