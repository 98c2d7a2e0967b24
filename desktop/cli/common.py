"""What every subcommand shares: opening the ledger, the operator, messages, JSON."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from desktop.domain.problems import Problem, ValidationFailed
from desktop.domain.records import InspectionId
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
        error("注意：台账文件只读（文件或所在文件夹不可写入），已以只读方式打开，不能修改。")
    else:
        warning = backup_on_open(engine).warning
        if warning:
            error(warning)
    return LedgerService(engine, operator_name(args))


def error(message: str) -> None:
    sys.stderr.write(message.rstrip() + "\n")


def print_problems(problems: list[Problem] | tuple[Problem, ...]) -> None:
    for problem in problems:
        label = "错误" if problem.blocking else "警告"
        error(f"{label}：{problem.describe()}")


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n")


def resolve_inspection(service: LedgerService, key: str | None) -> InspectionId | None:
    """The inspection named by ``--inspection`` (key or title); None for all."""
    if not key:
        return None
    found = service.find_inspection(key)
    if found is None:
        raise Refused(f"找不到巡察“{key}”（请用巡察的标题或编号）。")
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
        error("已取消，台账未改变。")
        return EXIT_REFUSED
    except OSError as exc:
        error(f"文件操作失败：{exc.filename or ''} {exc.strerror or exc}")
        return EXIT_REFUSED
    except Exception as exc:
        error(f"内部错误（台账未改变）：{type(exc).__name__}: {exc}")
        return EXIT_REFUSED
