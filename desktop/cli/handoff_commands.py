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
        raise Refused(f"无法识别的交回期限“{text}”（请写成 2023-01-31 或 2023年1月31日）。")
    return reading.date


def run_handout(args: argparse.Namespace) -> int:
    from desktop.excel.safe import ExportError
    from desktop.services.handoff import handout_data, identity, write_unit_handouts
    from desktop.storage.engine import is_read_only

    out = Path(args.outdir)
    if out.exists() and not out.is_dir():
        raise Refused(f"“{out}”不是文件夹。")
    if not out.exists():
        if not out.parent.is_dir():
            raise Refused(f"目标文件夹不存在：{out.parent}")
        out.mkdir()
    due = _due(args.due)
    service = open_service(args)
    if is_read_only(service.uow.engine) and identity(service, create=False) is None:
        raise Refused("台账文件只读，无法记下分发编号；请复制到可写的位置后再分发。")
    inspection_id = resolve_inspection(service, args.inspection)
    data = handout_data(service, inspection_id)
    available = {u.name: u for u in data.units}
    wanted = [u.strip() for u in args.unit if u.strip()]
    if wanted:
        unknown = [u for u in wanted if u not in available]
        if unknown:
            known = "、".join(available) or "无"
            raise Refused(
                f"单位“{'”、“'.join(unknown)}”没有牵头的整改措施可以分发（可选：{known}）。"
            )
        units = list(dict.fromkeys(wanted))
    else:
        units = list(available)
    if not units:
        raise Refused("没有可以分发的整改措施：各问题和措施都没有填写牵头单位。")
    try:
        written = write_unit_handouts(
            service, out, units, inspection_id=inspection_id, due=due, data=data
        )
    except ExportError as exc:
        raise Refused(exc.message) from None
    for summary in written:
        error(
            f"已生成 {summary.path}（{summary.unit}：问题 {summary.issues} 个，{summary.rows} 行）"
        )
    if data.unassigned and not wanted:
        error(f"注意：有 {data.unassigned} 条整改措施没有牵头单位，未分发。")
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
        error("有文件无法合并，台账未改变。")
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
        error(
            f"还有 {undecided} 处冲突未处理（单位和台账都改了同一项），未合并；"
            "请在程序中逐项选择，或用 --take theirs（采用单位填报）/ --take ours（保留台账现值）。"
        )
    return EXIT_FOUND if undecided or any(p.blocking for p in problems) else EXIT_OK


def _report(result: MergeResult, take: str | None, *, applied: bool, batch: int | None) -> None:
    from desktop.domain.plan import CHANGE_FIELD_LABELS
    from desktop.excel.merge import display_value

    for conflict in result.conflicts:
        name = CHANGE_FIELD_LABELS.get(conflict.field, conflict.field)
        sent, theirs, ours = (
            display_value(conflict.field, v)
            for v in (conflict.sent, conflict.theirs, conflict.ours)
        )
        verdict = {"theirs": "采用单位填报", "ours": "保留台账现值"}.get(take or "", "未处理")
        error(
            f"冲突（{verdict}）：文件 {result.file}，第{conflict.source.row}行，"
            f"{conflict.ref.label()}的“{name}”：发出时“{sent}”，单位填报“{theirs}”，"
            f"台账现值“{ours}”。"
        )
    for note in result.evidence:
        error(
            f"佐证材料：文件 {result.file}，第{note.source.row}行，{note.ref.label()}："
            f"单位列出“{'”“'.join(note.titles)}”，台账中还没有，请另行附上文件。"
        )
    parts = [f"修改 {len(result.changes)} 处"]
    if result.conflicts:
        parts.append(f"冲突 {len(result.conflicts)} 处")
    if result.additions:
        parts.append(f"新增整改措施 {len(result.additions)} 条")
    if result.problems:
        parts.append(f"问题 {len(result.problems)} 个")
    if result.declined:
        parts.append(f"此前已不采纳 {len(result.declined)} 处（不再合并）")
    if not applied:
        state = "（试运行，台账未改变）"
    elif batch:
        state = f"（已合并，修改批次 {batch}，可撤销）"
    else:
        state = "（台账没有变化）"
    error(f"文件 {result.file}（{result.unit}）：{'，'.join(parts)}{state}。")


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
