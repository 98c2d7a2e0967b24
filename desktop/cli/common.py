"""What every subcommand shares: opening the ledger, the operator, messages, JSON."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from desktop.domain.problems import Problem, ValidationFailed
from desktop.domain.records import InspectionId
from desktop.domain.texts import Message, Msg
from desktop.services.ledger import LedgerService
from desktop.services.operator import default_operator
from desktop.storage.errors import LedgerError
from desktop.storage.migrate import open_ledger

EXIT_OK = 0
EXIT_FOUND = 1
EXIT_REFUSED = 2


class Refused(Exception):
    """Input the command refuses; the message (Chinese) goes to stderr, exit 2."""


def operator_name(args: argparse.Namespace) -> str:
    return str(getattr(args, "operator", None) or default_operator())


def open_service(args: argparse.Namespace) -> LedgerService:
    """The ledger service for ``--ledger``, migrated and ready: opened read-only (with a
    note) when the file cannot be written, else backed up once a day."""
    from desktop.services.backups import backup_on_open
    from desktop.storage.engine import is_read_only

    engine = open_ledger(args.ledger)
    if is_read_only(engine):
        error(Message(Msg.OPENED_READ_ONLY))
    else:
        warning = backup_on_open(engine).warning
        if warning:
            error(warning)
    return LedgerService(engine, operator_name(args))


def error(message: str) -> None:
    sys.stderr.write(message.rstrip() + "\n")


def print_problems(problems: list[Problem] | tuple[Problem, ...]) -> None:
    for problem in problems:
        code = Msg.PROBLEM_ERROR if problem.blocking else Msg.PROBLEM_WARNING
        error(Message(code, text=problem.describe()))


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n")


def resolve_inspection(service: LedgerService, key: str | None) -> InspectionId | None:
    """The inspection named by ``--inspection`` (key or title); None for all."""
    if not key:
        return None
    found = service.find_inspection(key)
    if found is None:
        raise Refused(Message(Msg.NO_SUCH_INSPECTION, key=key))
    return found.id


def guarded(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run a subcommand, turning every expected failure into a Chinese message and an
    exit code; an unexpected one is reported in one line, never as a traceback."""
    try:
        return handler(args)
    except Refused as exc:
        error(str(exc))
        return EXIT_REFUSED
    except ValidationFailed as exc:
        print_problems(exc.problems)
        return EXIT_REFUSED
    except LedgerError as exc:
        error(exc.message)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        error(Message(Msg.CANCELLED_UNCHANGED))
        return EXIT_REFUSED
    except OSError as exc:
        error(
            Message(
                Msg.FILE_OPERATION_FAILED, filename=exc.filename or "", strerror=exc.strerror or exc
            )
        )
        return EXIT_REFUSED
    except Exception as exc:
        error(Message(Msg.INTERNAL_ERROR, name__=type(exc).__name__, exc=exc))
        return EXIT_REFUSED
