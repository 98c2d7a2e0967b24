"""``rectify copy FROM TO``: a ledger, history and evidence included, copied to an
empty place (a file ledger moved to a server), then checked there."""

from __future__ import annotations

import argparse

from desktop.cli.common import EXIT_FOUND, EXIT_OK
from desktop.services.check import describe
from desktop.services.copy import copy_ledger
from desktop.storage.engine import display_location


def run_copy(args: argparse.Namespace) -> int:
    copied = copy_ledger(args.source, args.target)
    print(
        f"已把台账复制到 {display_location(args.target)}："
        f"{copied.rows} 行记录，佐证材料 {copied.evidence_files} 个文件。"
    )
    for line in describe(copied.report):
        print(line)
    return EXIT_OK if copied.report.ok else EXIT_FOUND
