"""``rectify export OUT.xlsx --ledger L [--inspection K] [--unit NAME…] [--status S…]``:
the ledger workbook of one inspection or of the whole ledger, filtered as the GUI's
filter bar would filter it."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from desktop.cli.common import EXIT_OK, Refused, error, open_service, resolve_inspection
from desktop.domain.filters import IssueFilter, matches
from desktop.domain.records import InspectionId, IssueRecord
from desktop.domain.status import STATUS_LABELS, STATUS_WORDS, Status
from desktop.domain.text import key_text
from desktop.domain.texts import Message, Msg, translate_label
from desktop.excel.safe import ExportError
from desktop.excel.writer import write_ledger

# Above this many issues, fetch every measure and pick in Python rather than send a huge
# IN (...) list to the database (SQLite caps bound parameters at 32,766).
_MAX_IDS_IN_QUERY = 20_000


def parse_statuses(words: list[str]) -> frozenset[Status]:
    """``--status`` values: state codes (``done``) or a word for a state as ledgers write
    it (``已完成``, ``正在推进``, ``整改中``). Only whole words: a filter that guessed
    would export the wrong rows. Refuses anything else, naming what is accepted."""
    known = {key_text(w): s for s, ws in STATUS_WORDS.items() for w in ws}
    known.update({key_text(label): s for s, label in STATUS_LABELS.items()})
    found: set[Status] = set()
    for word in words:
        status = known.get(key_text(word))
        if status is None:
            try:
                status = Status(word.strip())
            except ValueError:
                accepted = Message(Msg.LIST_SEPARATOR).join(
                    Message(
                        Msg.STATUS_WORD_ACCEPTED,
                        code=s.value,
                        word=translate_label(STATUS_LABELS[s]),
                    )
                    for s in Status
                )
                raise Refused(
                    Message(Msg.UNKNOWN_STATUS_WORD, word=word, accepted=accepted)
                ) from None
        found.add(status)
    return frozenset(found)


def run_export(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        raise Refused(Message(Msg.EXPORT_NEEDS_XLSX, out=out))
    if not out.parent.is_dir():
        raise Refused(Message(Msg.EXPORT_FOLDER_MISSING, parent=out.parent))
    statuses = parse_statuses(list(args.status))
    service = open_service(args)
    inspection_id = resolve_inspection(service, args.inspection)

    units: list[str] = [u.strip() for u in args.unit if u.strip()]
    if units:
        known = {u.name for u in service.list_units()}
        unknown = [u for u in units if u not in known]
        if unknown:
            raise Refused(
                Message(
                    Msg.EXPORT_UNKNOWN_UNIT,
                    unknown=f"”{Message(Msg.LIST_SEPARATOR)}“".join(unknown),
                )
            )

    today = date.today()
    flt = IssueFilter(
        inspection_id=InspectionId(inspection_id) if inspection_id is not None else None,
        statuses=statuses,
    )
    issues: list[IssueRecord] = service.list_issues(flt, today)
    if units:
        unit_filters = [IssueFilter(unit=u) for u in units]
        issues = [i for i in issues if any(matches(i, f, today) for f in unit_filters)]

    if inspection_id is None and not units and not statuses:
        measures = service.measures_by_issue(None)
    elif len(issues) > _MAX_IDS_IN_QUERY:
        wanted = {i.id for i in issues}
        measures = {k: v for k, v in service.measures_by_issue(None).items() if k in wanted}
    else:
        measures = service.measures_by_issue([i.id for i in issues])

    if inspection_id is not None:
        inspections = [service.get_inspection(inspection_id)]
    else:
        inspections = service.list_inspections()
    from desktop.services.work_calendar import office_calendar

    try:
        summary = write_ledger(
            out, inspections, issues, measures, report_date=today, calendar=office_calendar()[0]
        )
    except ExportError as exc:
        raise Refused(exc.message) from None
    if not issues:
        error(Message(Msg.EXPORT_EMPTY))
    error(
        Message(
            Msg.EXPORTED,
            issues=summary.issues,
            measures=summary.measures,
            rows=summary.rows,
            path=summary.path,
        )
    )
    return EXIT_OK
