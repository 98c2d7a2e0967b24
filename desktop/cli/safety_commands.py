"""``rectify check``, ``rectify backup`` and ``rectify restore``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.common import EXIT_FOUND, EXIT_OK, Refused, error, print_json
from desktop.domain.texts import Message, Msg
from desktop.services.backups import (
    MAX_LISTED,
    BackupInfo,
    EvidenceIncomplete,
    default_backup_dir,
    ledger_file,
    list_backups,
    make_backup,
    restore_backup,
)
from desktop.services.check import check_location, report_json, verdict


def run_check(args: argparse.Namespace) -> int:
    """Check the file, the history chain and the evidence; say what is wrong, whether
    data is at risk and the one thing to do (``--verbose``: every finding, for support;
    ``--json``: all of it for scripts). Exit 1 when something was found."""
    report = check_location(args.ledger)
    found = verdict(report, args.ledger)
    if args.json:
        print_json(report_json(report, found))
    else:
        for line in found.lines(verbose=args.verbose):
            print(line)
    return EXIT_OK if report.ok else EXIT_FOUND


def _ledger_path(location: str) -> Path:
    path = ledger_file(location)
    if path is None:
        raise Refused(Message(Msg.SERVER_NO_LOCAL_BACKUP_RESTORE))
    return path


def backup_json(info: BackupInfo) -> dict[str, Any]:
    """One backup as ``rectify backup --list --json`` prints it."""
    s = info.summary
    e = info.evidence
    return {
        "path": str(info.path),
        "at": info.at.isoformat(),
        "reason": info.reason,
        "reason_label": info.reason_label,
        "size": info.size,
        "readable": s is not None,
        "problem": info.problem or None,
        "inspections": s.inspections if s else None,
        "issues": s.issues if s else None,
        "measures": s.measures if s else None,
        "last_change": s.last_change.isoformat() if s and s.last_change else None,
        "evidence": (
            {
                "records": e.records,
                "files": e.files,
                "size": e.size,
                "complete": e.complete,
                "missing": list(e.missing),
            }
            if e is not None
            else None
        ),
    }


def run_backup(args: argparse.Namespace) -> int:
    """Back the ledger up with SQLite's backup API, with its evidence files (``--to
    FILE`` or a folder; default ``backups/`` beside the ledger). Prints the backup's
    path on stdout. With ``--list``, lists the backups instead (``--json``: as JSON)."""
    ledger = _ledger_path(args.ledger)
    if args.list:
        backups = list_backups(ledger)
        if args.json:
            print_json(
                {
                    "ledger": str(ledger),
                    "folder": str(default_backup_dir(ledger)),
                    "backups": [backup_json(b) for b in backups],
                }
            )
        else:
            for info in backups:
                print(info.describe())
            if not backups:
                error(Message(Msg.NO_BACKUP_YET, ledger=ledger))
        return EXIT_OK
    if not ledger.is_file():
        raise Refused(Message(Msg.LEDGER_FILE_NOT_FOUND, ledger=args.ledger))
    info = make_backup(ledger, "manual", to=Path(args.to) if args.to else None)
    print(info.path)
    error(Message(Msg.BACKED_UP, describe=info.describe()))
    if info.evidence is not None and info.evidence.missing:
        error(Message(Msg.EVIDENCE_NOT_BACKED_UP, count=len(info.evidence.missing)))
        for line in info.evidence.missing[:MAX_LISTED]:
            error(f"  {line}")
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    """Restore a backup into the ledger; the ledger as it was is backed up first."""
    ledger = _ledger_path(args.ledger)
    try:
        done = restore_backup(
            ledger, Path(args.backup), allow_missing_evidence=args.allow_missing_evidence
        )
    except EvidenceIncomplete as exc:
        raise Refused(exc.message + Message(Msg.ALLOW_MISSING_EVIDENCE)) from None
    if done.before is not None:
        error(Message(Msg.BACKED_UP_BEFORE_RESTORE, path=done.before.path))
    if done.damaged_copy is not None:
        error(Message(Msg.DAMAGED_ORIGINAL_KEPT, damaged_copy=done.damaged_copy))
    if done.upgraded:
        error(Message(Msg.BACKUP_UPGRADED))
    if done.evidence_restored:
        error(Message(Msg.EVIDENCE_RESTORED, evidence_restored=done.evidence_restored))
    if done.evidence_missing:
        error(
            Message(Msg.EVIDENCE_NOT_RESTORED, count=len(done.evidence_missing))
            + "\n".join(f"  {m}" for m in done.evidence_missing)
        )
    error(Message(Msg.RESTORED, ledger=ledger, describe=done.restored.describe()))
    return EXIT_OK
