"""``rectify print OUT.pdf --ledger L --form sheet|signoff|ledger|notice [--issue N…]
[--inspection K]``: the printed documents as a PDF, laid out as on paper."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    Refused,
    error,
    open_service,
    resolve_inspection,
)
from desktop.domain.filters import IssueFilter
from desktop.domain.records import (
    InspectionId,
    InspectionRecord,
    IssueRecord,
    MeasureRecord,
)
from desktop.domain.texts import SOURCE, Message, Msg
from desktop.services.ledger import LedgerService

if TYPE_CHECKING:
    from desktop.printing.child import Reporter
    from desktop.printing.notice_page import NoticeBlockLike
    from desktop.printing.render import Rendered

FORM_NAMES = {
    "sheet": Msg.FORM_SHEET,
    "signoff": Msg.FORM_SIGNOFF,
    "ledger": Msg.FORM_LEDGER,
    "notice": Msg.FORM_NOTICE,
}


def _select(
    service: LedgerService, inspection_id: InspectionId | None, numbers: Sequence[str]
) -> list[IssueRecord]:
    """The issues to print: all of the inspection (or ledger), or those numbered."""
    wanted_inspection = InspectionId(inspection_id) if inspection_id is not None else None
    issues = service.list_issues(IssueFilter(inspection_id=wanted_inspection))
    if not numbers:
        return issues
    chosen: list[IssueRecord] = []
    for number in numbers:
        wanted = number.strip()
        found = [i for i in issues if i.number.strip() == wanted]
        if not found:
            raise Refused(Message(Msg.NO_SUCH_ISSUE, number=number))
        if len({i.inspection_id for i in found}) > 1:
            raise Refused(Message(Msg.ISSUE_IN_SEVERAL_INSPECTIONS, number=number))
        chosen.extend(i for i in found if i not in chosen)
    return chosen


def _one_inspection(service: LedgerService, inspection_id: InspectionId | None) -> InspectionRecord:
    if inspection_id is not None:
        return service.get_inspection(inspection_id)
    inspections = service.list_inspections()
    if len(inspections) != 1:
        raise Refused(Message(Msg.PRINT_WHICH_INSPECTION))
    return inspections[0]


def notice_blocks(
    service: LedgerService,
    inspection: InspectionRecord,
    issues: Sequence[IssueRecord],
    measures: dict[int, list[MeasureRecord]],
) -> Sequence[NoticeBlockLike]:
    """The notice for an inspection, composed by ``desktop.notice`` (the same text that
    ``rectify notice write`` saves as .docx or .txt), as blocks to lay out on the page."""
    from desktop.notice.compose import ComposeOptions, compose_notice, items_from_records
    from desktop.services.notices import notice_statistics

    document = compose_notice(
        inspection,
        items_from_records(issues, measures),
        notice_statistics(service, issues),
        ComposeOptions(with_statistics=True),
    )
    return document.blocks


def run_print(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise Refused(Message(Msg.PRINT_NEEDS_PDF, out=out))
    if not out.parent.exists():
        raise Refused(Message(Msg.PRINT_FOLDER_MISSING, parent=out.parent))
    service = open_service(args)
    inspection_id = resolve_inspection(service, args.inspection)
    issues = _select(service, inspection_id, args.issue)
    if not issues and args.form != "notice":
        raise Refused(Message(Msg.NOTHING_TO_PRINT))

    # Writing a PDF needs no screen: never try to reach a display server.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from desktop.printing import report
    from desktop.printing.fonts import NoChineseFont, resolve_fonts
    from desktop.printing.render import Printable, PrintError, write_pdf

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    try:
        fonts = resolve_fonts()
    except NoChineseFont as exc:
        raise Refused(str(exc)) from exc
    jobs: list[Printable]
    if args.form in ("sheet", "signoff"):
        from desktop.services.dossiers import load_dossiers

        dossiers = load_dossiers(service, [i.id for i in issues])
        make = report.issue_sheets if args.form == "sheet" else report.signoff_forms
        jobs = make(dossiers, fonts)
    elif args.form == "ledger":
        inspection = service.get_inspection(inspection_id) if inspection_id else None
        measures = service.measures_by_issue([i.id for i in issues])
        jobs = report.ledger(issues, measures, fonts, inspection=inspection, as_of=date.today())
    else:
        inspection = _one_inspection(service, inspection_id)
        if not args.issue:
            issues = [i for i in issues if i.inspection_id == inspection.id]
        measures = service.measures_by_issue([i.id for i in issues])
        jobs = report.notice(notice_blocks(service, inspection, issues, measures), fonts)

    # Write beside the target and move into place: never a half-written OUT.pdf.
    partial = out.with_name(f".{out.name}.partial")
    try:
        done = write_pdf(partial, jobs, title=SOURCE[FORM_NAMES[args.form]])  # paper: Chinese
        partial.replace(out)
    except PrintError as exc:
        raise Refused(str(exc)) from exc
    finally:
        partial.unlink(missing_ok=True)
    del app
    error(
        Message(
            Msg.PRINTED,
            out=out,
            FORM_NAMES=Message(FORM_NAMES[args.form]),
            documents=done.documents,
            pages=done.pages,
        )
    )
    return EXIT_OK


def run_print_job(args: argparse.Namespace) -> int:
    """``rectify print-job`` (not advertised): the window's PDF writer in a process of
    its own (``desktop.printing.child``). Reads one JSON request from stdin (the
    ledger's location, the PDF to write, what to print), opens the ledger read-only,
    writes the PDF, and reports progress, the end or the failure as JSON lines on
    stdout. A window that went away (stdout closed) ends it."""
    import json

    from desktop.printing.child import Reporter, error_json, lower_priority

    lower_priority()
    reporter = Reporter(sys.stdout)
    out: Path | None = None
    try:
        data = json.loads(sys.stdin.buffer.read().decode("utf-8"))
        out = Path(data["out"])
        result = _print_job(data["ledger"], out, data["request"], reporter)
        reporter.say(done={"documents": result.documents, "pages": result.pages})
        return EXIT_OK
    except BrokenPipeError:
        # The window is gone: nobody wants the file.
        if out is not None:
            out.unlink(missing_ok=True)
        return EXIT_REFUSED
    except Exception as exc:
        with contextlib.suppress(OSError):  # the window may be gone
            reporter.say(error=error_json(exc))
        return EXIT_REFUSED


def _print_job(ledger: str, out: Path, request_json: Any, reporter: Reporter) -> Rendered:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from desktop.printing.render import write_pdf
    from desktop.storage.migrate import open_ledger
    from desktop.ui.print_jobs import PrintRequest, documents, font_set

    request = PrintRequest.from_json(request_json)
    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    service = LedgerService(open_ledger(ledger, read_only=True))
    try:
        docs = documents(request, service, font_set(request))
        return write_pdf(
            out,
            docs,
            title=request.title,
            total=len(docs),
            progress=reporter.progress,
            page_done=reporter.page_done,
            step_done=reporter.step_done,
        )
    finally:
        service.uow.engine.dispose()
