"""``rectify copy FROM TO``: a ledger, history and evidence included, copied to an
empty place (a file ledger moved to a server), then checked there."""

from __future__ import annotations

import argparse

from desktop.cli.common import EXIT_FOUND, EXIT_OK
from desktop.domain.texts import Message, Msg
from desktop.services.check import describe
from desktop.services.copy import copy_ledger
from desktop.storage.engine import display_location


def run_copy(args: argparse.Namespace) -> int:
    copied = copy_ledger(args.source, args.target)
    print(
        Message(
            Msg.LEDGER_COPIED,
            target=display_location(args.target),
            rows=copied.rows,
            evidence_files=copied.evidence_files,
        )
    )
    for line in describe(copied.report):
        print(line)
    return EXIT_OK if copied.report.ok else EXIT_FOUND
