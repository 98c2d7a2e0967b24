"""``rectify handout OUTDIR --ledger L [--inspection K] [--unit NAME…] [--due DATE]`` and
``rectify merge FILE… --ledger L [--dry-run] [--take theirs|ours] [--json]``: the
hand-off round trip for batch use.

``handout`` writes one workbook per lead unit (or per unit named) into OUTDIR.

``merge`` reads every file first: when any is refused (not ours, from another ledger,
damaged, hostile) it says why and exits 2 with nothing changed. Otherwise each file is
compared with the values sent and the ledger now, and applied as one history batch
naming the unit and the file. Conflicts (a field changed by the unit and in the ledger
since) are never applied unless ``--take theirs`` (the unit's value) or ``--take
ours`` (keep the ledger's) says how; left undecided they make the exit code 1, as do
rows reported as problems (tampered keys, deleted rows, unreadable cells).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.common import (
    EXIT_FOUND,
    EXIT_OK,
    EXIT_REFUSED,
    Refused,
    error,
    open_service,
    print_json,
    print_problems,
    resolve_inspection,
)
from desktop.domain.problems import Problem
from desktop.domain.texts import Message, Msg

if TYPE_CHECKING:
    from desktop.excel.merge import MergeResult, Side


def _due(text: str | None) -> date | None:
    if not text:
        return None
    from desktop.domain.dates import DateError, parse_date

    try:
        reading = parse_date(text, default_year=date.today().year)
    except DateError:
        reading = None
    if reading is None or reading.date is None:
        raise Refused(Message(Msg.BAD_DUE_DATE, text=text))
    return reading.date


def run_handout(args: argparse.Namespace) -> int:
    from desktop.excel.safe import ExportError
    from desktop.services.handoff import handout_data, identity, write_unit_handouts
    from desktop.storage.engine import is_read_only

    out = Path(args.outdir)
    if out.exists() and not out.is_dir():
        raise Refused(Message(Msg.NOT_A_FOLDER, out=out))
    if not out.exists():
        if not out.parent.is_dir():
            raise Refused(Message(Msg.FOLDER_MISSING, parent=out.parent))
        out.mkdir()
    due = _due(args.due)
    service = open_service(args)
    if is_read_only(service.uow.engine) and identity(service, create=False) is None:
        raise Refused(Message(Msg.HANDOUT_READ_ONLY))
    inspection_id = resolve_inspection(service, args.inspection)
    data = handout_data(service, inspection_id)
    available = {u.name: u for u in data.units}
    wanted = [u.strip() for u in args.unit if u.strip()]
    if wanted:
        unknown = [u for u in wanted if u not in available]
        if unknown:
            separator = Message(Msg.LIST_SEPARATOR)
            known = separator.join(available) or Message(Msg.NONE)
            raise Refused(
                Message(
                    Msg.UNIT_NOTHING_TO_HAND_OUT,
                    unknown=f"”{separator}“".join(unknown),
                    known=known,
                )
            )
        units = list(dict.fromkeys(wanted))
    else:
        units = list(available)
    if not units:
        raise Refused(Message(Msg.NOTHING_TO_HAND_OUT))
    try:
        written = write_unit_handouts(
            service, out, units, inspection_id=inspection_id, due=due, data=data
        )
    except ExportError as exc:
        raise Refused(exc.message) from None
    for summary in written:
        error(
            Message(
                Msg.HANDOUT_WRITTEN,
                path=summary.path,
                unit=summary.unit,
                issues=summary.issues,
                rows=summary.rows,
            )
        )
    if data.unassigned and not wanted:
        error(Message(Msg.HANDOUT_UNASSIGNED, unassigned=data.unassigned))
    return EXIT_OK


def run_merge(args: argparse.Namespace) -> int:
    from desktop.excel.errors import WorkbookRefused
    from desktop.excel.merge import cross_check, plan_merge, read_returned
    from desktop.services.handoff import identity, ledger_state

    service = open_service(args)
    ident = identity(service, create=False)
    returned = []
    refused: list[Problem] = []
    for name in args.files:
        try:
            returned.append(
                read_returned(
                    name,
                    ledger_id=ident.ledger_id if ident else None,
                    secret=ident.secret if ident else None,
                )
            )
        except WorkbookRefused as exc:
            refused.append(exc.problem)
    if refused:
        print_problems(refused)
        if args.json:
            print_json(_document([], {}, refused))
        error(Message(Msg.MERGE_REFUSED))
        return EXIT_REFUSED

    state = ledger_state(service)
    results = cross_check([plan_merge(r, state) for r in returned])
    take: Side | None = args.take
    batches: dict[str, int | None] = {}
    backed_up = False
    for result in results:
        plan = result.plan(resolutions=take)
        if args.dry_run:
            continue
        if not backed_up and (plan.changes or plan.new_measures):
            # One backup before the first file changes anything, not one per file.
            from desktop.services.backups import backup_before

            backup_before(service, "merge")
            backed_up = True
        if not (plan.changes or plan.new_measures):
            if plan.declined:  # --take ours: remember the unit's values turned down
                from desktop.services.declined import remember_plan

                remember_plan(service, plan)
            continue
        done = service.apply_plan(plan, backed_up=True)
        batches[result.file] = done.batch_id

    problems = [p for r in results for p in r.problems]
    print_problems(problems)
    for result in results:
        _report(result, take, applied=not args.dry_run, batch=batches.get(result.file))
    if args.json:
        print_json(_document(results, batches, problems, take=take, applied=not args.dry_run))
    undecided = 0 if take else sum(len(r.conflicts) for r in results)
    if undecided:
        error(Message(Msg.MERGE_UNDECIDED, undecided=undecided))
    return EXIT_FOUND if undecided or any(p.blocking for p in problems) else EXIT_OK


def _report(result: MergeResult, take: str | None, *, applied: bool, batch: int | None) -> None:
    from desktop.domain.fields import shown_field_name
    from desktop.excel.merge import display_value

    for conflict in result.conflicts:
        name = shown_field_name(conflict.field)
        sent, theirs, ours = (
            display_value(conflict.field, v)
            for v in (conflict.sent, conflict.theirs, conflict.ours)
        )
        verdict = {"theirs": Message(Msg.TAKE_THEIRS), "ours": Message(Msg.TAKE_OURS)}.get(
            take or "", Message(Msg.UNDECIDED)
        )
        error(
            Message(
                Msg.MERGE_CONFLICT,
                verdict=verdict,
                file=result.file,
                row=conflict.source.row,
                label=conflict.ref.label(),
                name=name,
                sent=sent,
                theirs=theirs,
                ours=ours,
            )
        )
    for note in result.evidence:
        error(
            Message(
                Msg.MERGE_EVIDENCE_LISTED,
                file=result.file,
                row=note.source.row,
                label=note.ref.label(),
                titles="”“".join(note.titles),
            )
        )
    parts = [Message(Msg.MERGE_CHANGES, count=len(result.changes))]
    if result.conflicts:
        parts.append(Message(Msg.MERGE_CONFLICTS, count=len(result.conflicts)))
    if result.additions:
        parts.append(Message(Msg.MERGE_NEW_MEASURES, count=len(result.additions)))
    if result.problems:
        parts.append(Message(Msg.MERGE_PROBLEMS, count=len(result.problems)))
    if result.declined:
        parts.append(Message(Msg.MERGE_DECLINED, count=len(result.declined)))
    if not applied:
        state = Message(Msg.TRIAL_RUN)
    elif batch:
        state = Message(Msg.MERGED_BATCH, batch=batch)
    else:
        state = Message(Msg.LEDGER_NO_CHANGE)
    error(
        Message(
            Msg.MERGED_FILE,
            file=result.file,
            unit=result.unit,
            parts=Message(Msg.WHERE_SEPARATOR).join(parts),
            state=state,
        )
    )


def _document(
    results: Sequence[MergeResult],
    batches: dict[str, int | None],
    problems: Sequence[Problem],
    *,
    take: str | None = None,
    applied: bool = False,
) -> dict[str, Any]:
    """The ``merge --json`` document (see docs/cli.md)."""
    from desktop.domain.jsonio import measure_json
    from desktop.excel.merge import change_json, conflict_json, evidence_json

    files: list[dict[str, Any]] = []
    issues: dict[tuple[str, str], dict[str, Any]] = {}
    changes: list[dict[str, Any]] = []
    conflicts: list[dict[str, Any]] = []
    evidence: list[dict[str, Any]] = []
    declined: list[dict[str, Any]] = []
    for result in results:
        done = applied and result.file in batches
        files.append(
            {
                "file": result.file,
                "unit": result.unit,
                "ledger_id": result.manifest.ledger_id,
                "exported_at": result.manifest.exported_at.isoformat(),
                "due": result.manifest.due.isoformat() if result.manifest.due else None,
                "batch": batches.get(result.file),
            }
        )
        changes += [change_json(result, c, done) for c in result.changes]
        conflicts += [
            conflict_json(result, c, take, done and take == "theirs") for c in result.conflicts
        ]
        evidence += [evidence_json(result, n) for n in result.evidence]
        declined += [change_json(result, c, False) for c in result.declined]
        for addition in result.additions:
            entry = issues.setdefault(
                (result.file, addition.issue_key),
                {
                    "file": result.file,
                    "unit": result.unit,
                    "number": addition.number,
                    "key": addition.issue_key,
                    "measures": [],
                },
            )
            entry["measures"].append(
                {**measure_json(addition.draft, addition.source), "applied": done}
            )
    return {
        "files": files,
        "issues": list(issues.values()),
        "changes": changes,
        "conflicts": conflicts,
        "evidence": evidence,
        "declined": declined,
        "problems": [p.as_json() for p in problems],
    }
