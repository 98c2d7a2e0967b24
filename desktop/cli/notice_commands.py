"""``rectify notice read`` and ``rectify notice write``: published notices in and out.

``read FILE --ledger L [--dry-run] [--json]`` reads a ``.txt`` or ``.docx`` notice into
a new inspection of the ledger (through ``LedgerService.apply_plan``, one undoable
batch); ``--dry-run`` only shows what would be written. Exit 2, nothing changed, when
the notice has blocking problems or the inspection is already in the ledger.

``write OUT.(docx|txt|pdf) --ledger L [--inspection K] [--no-stats]`` composes the
notice of one inspection. PDF is laid out by the printing module
(``desktop.printing.report.notice`` takes the composed blocks); a version without it
says so and refuses.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from desktop.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    Refused,
    error,
    open_service,
    print_json,
    print_problems,
    resolve_inspection,
)
from desktop.domain.filters import IssueFilter
from desktop.domain.jsonio import planned_issue_json
from desktop.domain.plan import ImportPlan
from desktop.domain.records import InspectionDraft, InspectionId
from desktop.domain.texts import Message, Msg
from desktop.notice.compose import ComposeOptions, compose_notice, items_from_records
from desktop.notice.document import NoticeDocument
from desktop.notice.reader import NoticeFileError, read_notice_file
from desktop.services.notices import notice_statistics


def run_notice(args: argparse.Namespace) -> int:
    """Dispatch ``notice read`` and ``notice write``."""
    if args.notice_command == "read":
        return _read(args)
    if args.notice_command == "write":
        return _write(args)
    raise Refused(Message(Msg.UNKNOWN_NOTICE_COMMAND, notice_command=args.notice_command))


# ---------------------------------------------------------------------------- read


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def inspection_json(draft: InspectionDraft | None) -> dict[str, Any]:
    """The ``inspection`` object of ``notice read --json`` (``docs/cli.md``)."""
    if draft is None:
        return {}
    return {
        "title": draft.title,
        "inspector": draft.inspector,
        "inspected_unit": draft.inspected_unit,
        "kind": draft.kind.value,
        "start": _iso(draft.start),
        "end": _iso(draft.end),
        "feedback_date": _iso(draft.feedback_date),
        "rectification_start": _iso(draft.rectification_start),
        "rectification_end": _iso(draft.rectification_end),
        "issuer": draft.issuer,
        "date": _iso(draft.notice_date),
        "contact": draft.contact,
        "remarks": draft.remarks,
    }


def plan_json(plan: ImportPlan) -> dict[str, Any]:
    """``{"inspection", "statistics", "issues", "problems"}`` for a notice plan."""
    return {
        "inspection": inspection_json(plan.inspection),
        "statistics": dict(plan.statistics),
        "issues": [planned_issue_json(p) for p in plan.issues],
        "problems": [p.as_json() for p in plan.problems],
    }


def _read(args: argparse.Namespace) -> int:
    path = Path(args.file)
    try:
        reading = read_notice_file(path)
    except NoticeFileError as exc:
        raise Refused(str(exc)) from exc
    plan = reading.plan
    print_problems(plan.problems)
    summary = Message(
        Msg.ISSUES_AND_MEASURES, count=len(plan.issues), measure_count=plan.measure_count
    )
    if plan.blocked:
        if args.json:
            print_json(plan_json(plan))
        error(Message(Msg.NOTICE_HAS_ERRORS, name=path.name))
        return EXIT_REFUSED
    if args.dry_run:
        if args.json:
            print_json(plan_json(plan))
        error(Message(Msg.NOTICE_DRY_RUN, name=path.name, summary=summary))
        return EXIT_OK
    service = open_service(args)
    assert plan.inspection is not None  # the notice reader always proposes one
    title = plan.inspection.title
    if service.find_inspection(title) is not None:
        raise Refused(Message(Msg.NOTICE_ALREADY_READ, title=title))
    done = service.apply_plan(plan)
    if args.json:
        out = plan_json(plan)
        out["applied"] = {
            "inspection_id": done.value.inspection_id,
            "issues_added": done.value.issues_added,
            "measures_added": done.value.measures_added,
            "batch_id": done.batch_id,
        }
        print_json(out)
    error(Message(Msg.NOTICE_READ, name=path.name, summary=summary, title=title))
    return EXIT_OK


# --------------------------------------------------------------------------- write

WRITABLE = (".docx", ".txt", ".pdf")


def _pdf_writer() -> Callable[[NoticeDocument, Path], None] | None:
    """The notice as PDF through the printing module (its ``report.notice`` lays the
    composed blocks out on the official page), when this version has it."""
    if importlib.util.find_spec("desktop.printing.report") is None:
        return None

    def write(document: NoticeDocument, out: Path) -> None:
        # Writing a PDF needs no screen: never try to reach a display server.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication

        # Looked up by name: the printing module is optional for this command.
        report: Any = importlib.import_module("desktop.printing.report")
        fonts_module: Any = importlib.import_module("desktop.printing.fonts")
        render: Any = importlib.import_module("desktop.printing.render")
        app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
        try:
            fonts = fonts_module.resolve_fonts()
        except fonts_module.NoChineseFont as exc:
            raise Refused(str(exc)) from exc
        jobs = report.notice(list(document.blocks), fonts)
        partial = out.with_name(f".{out.name}.partial")
        try:
            render.write_pdf(partial, jobs, title="整改情况通报")
            partial.replace(out)
        except render.PrintError as exc:
            raise Refused(str(exc)) from exc
        finally:
            partial.unlink(missing_ok=True)
        del app

    return write


def _write(args: argparse.Namespace) -> int:
    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in WRITABLE:
        raise Refused(Message(Msg.NOTICE_BAD_FORMAT, name=out.name))
    pdf_writer = _pdf_writer() if suffix == ".pdf" else None
    if suffix == ".pdf" and pdf_writer is None:
        raise Refused(Message(Msg.NOTICE_PDF_NOT_YET))
    if not out.parent.exists():
        raise Refused(Message(Msg.NOTICE_FOLDER_MISSING, parent=out.parent))
    service = open_service(args)
    inspection_id = resolve_inspection(service, args.inspection)
    if inspection_id is None:
        inspections = service.list_inspections()
        if not inspections:
            raise Refused(Message(Msg.NOTICE_NO_INSPECTION))
        if len(inspections) > 1:
            names = Message(Msg.LIST_SEPARATOR).join(f"“{i.title}”" for i in inspections)
            raise Refused(Message(Msg.NOTICE_WHICH_INSPECTION, names=names))
        inspection_id = inspections[0].id
    inspection = service.get_inspection(inspection_id)
    issues = service.list_issues(IssueFilter(inspection_id=InspectionId(inspection_id)))
    if not issues:
        raise Refused(Message(Msg.NOTICE_NO_ISSUES, title=inspection.title))
    measures = service.measures_by_issue([i.id for i in issues])
    items = items_from_records(issues, measures)
    statistics = None if args.no_stats else notice_statistics(service, issues)
    document = compose_notice(
        inspection, items, statistics, ComposeOptions(with_statistics=not args.no_stats)
    )
    if suffix == ".docx":
        from desktop.notice.docx_writer import write_docx

        write_docx(document, out)
    elif suffix == ".txt":
        from desktop.notice.text_writer import write_text

        write_text(document, out)
    else:
        assert pdf_writer is not None
        pdf_writer(document, out)
    error(Message(Msg.NOTICE_WRITTEN, out=out, count=len(items), title=inspection.title))
    return EXIT_OK


__all__ = ["EXIT_REFUSED", "inspection_json", "plan_json", "run_notice"]
