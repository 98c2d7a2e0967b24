"""What every subcommand shares: opening the ledger, the operator, messages, JSON."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from desktop.domain.problems import Problem, ValidationFailed
from desktop.domain.records import InspectionId
from desktop.domain.texts import Message, Msg, code_of
from desktop.services.ledger import LedgerService
from desktop.services.operator import default_operator
from desktop.storage.errors import LedgerError
from desktop.storage.migrate import open_ledger

EXIT_OK = 0
EXIT_FOUND = 1
EXIT_REFUSED = 2


class Refused(Exception):
    """Input the command refuses; the message (a :class:`Message`, in the chosen
    language) goes to stderr, exit 2."""


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


def refusal_json(message: str, problems: list[Problem] | tuple[Problem, ...] = ()) -> Any:
    """The JSON a refused command prints on stdout with ``--json`` (``docs/cli.md``):
    the message's code and values, its text in the chosen language, and the problems."""
    error_object: dict[str, Any] = {"code": code_of(message) or "refused"}
    if isinstance(message, Message):
        error_object["values"] = message.as_json()["values"]
    error_object["message"] = str(message)
    document: dict[str, Any] = {"ok": False, "error": error_object}
    if problems:
        document["problems"] = [p.as_json() for p in problems]
    return document


def guarded(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run a subcommand, turning every expected failure into a message in the chosen
    language (stderr; with ``--json`` also a JSON error object on stdout) and exit code
    2; an unexpected one is reported in one line, never as a traceback."""
    problems: list[Problem] = []
    try:
        return handler(args)
    except Refused as exc:
        message: str = exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)
        error(message)
    except ValidationFailed as exc:
        print_problems(exc.problems)
        problems = list(exc.problems)
        first = problems[0] if problems else None
        message = first.message if first is not None and first.message else str(exc)
    except LedgerError as exc:
        message = exc.message
        error(message)
    except KeyboardInterrupt:
        message = Message(Msg.CANCELLED_UNCHANGED)
        error(message)
    except OSError as exc:
        message = Message(
            Msg.FILE_OPERATION_FAILED, filename=exc.filename or "", strerror=exc.strerror or exc
        )
        error(message)
    except Exception as exc:
        message = Message(Msg.INTERNAL_ERROR, name__=type(exc).__name__, exc=exc)
        error(message)
    if getattr(args, "json", False):
        print_json(refusal_json(message, problems))
    return EXIT_REFUSED
