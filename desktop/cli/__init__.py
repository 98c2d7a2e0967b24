"""The command line, ``rectify`` (also ``python -m desktop``): opens the GUI by default;
subcommands for batch jobs and scripted checks, on the same services as the GUI.

Exit codes (``docs/cli.md``): 0 done; 1 ran and found something (lint findings, check
failures, undecided merge conflicts); 2 refused input, nothing changed. Messages go to
stderr in the chosen language (``--lang``, else the app's setting, else the system
locale, else Chinese; ``desktop.ui.wording``); never a traceback.

Each subcommand lives in a module of this package and is imported only when run, so
that ``rectify --version`` and the GUI start stay fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Collection, Sequence

from desktop.domain.texts import Message, Msg

# subcommand -> (module in desktop.cli, function). The function takes the parsed
# arguments and returns the exit code.
COMMANDS: dict[str, tuple[str, str]] = {
    "demo": ("ledger_commands", "run_demo"),
    "stats": ("ledger_commands", "run_stats"),
    "import": ("import_commands", "run_import"),
    "export": ("export_commands", "run_export"),
    "handout": ("handoff_commands", "run_handout"),
    "merge": ("handoff_commands", "run_merge"),
    "notice": ("notice_commands", "run_notice"),
    "print": ("print_commands", "run_print"),
    "print-job": ("print_commands", "run_print_job"),
    "lint": ("ledger_commands", "run_lint"),
    "check": ("safety_commands", "run_check"),
    "backup": ("safety_commands", "run_backup"),
    "restore": ("safety_commands", "run_restore"),
    "selftest": ("selftest_commands", "run_selftest"),
    "admin": ("admin_commands", "run_admin"),
    "copy": ("copy_commands", "run_copy"),
}

EXIT_OK = 0
EXIT_FOUND = 1
EXIT_REFUSED = 2


class ChineseArgumentParser(argparse.ArgumentParser):
    """argparse with its usage errors in the chosen language and exit code 2 (refused
    input)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(Message(Msg.BAD_ARGUMENTS, prog=self.prog, message=message) + "\n")
        raise SystemExit(EXIT_REFUSED)


class _VersionAction(argparse.Action):
    """``--version``: the version is looked up only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, help=help)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        from desktop import __version__

        parser.exit(message=f"rectify {__version__}\n")


def _ledger_option(parser: argparse.ArgumentParser, required: bool = True) -> None:
    parser.add_argument(
        "--ledger",
        required=required,
        metavar="L",
        help=Message(Msg.HELP_LEDGER),
    )


# The options of ``rectify`` itself that take a value.
_VALUE_OPTIONS = ("--ledger", "--operator", "--lang")


def _commands_named(argv: Sequence[str]) -> set[str] | None:
    """The subcommands whose parsers ``argv`` can need: those it names, none for a plain
    GUI start, or None (all of them) when help is asked for or something else stands
    there that the full parser must judge."""
    if any(arg in ("-h", "--help") for arg in argv):
        return None
    named = {arg for arg in argv if arg in COMMANDS}
    if named:
        return named
    value_next = False
    for arg in argv:
        if value_next:
            value_next = False
        elif arg in _VALUE_OPTIONS:
            value_next = True
        elif not arg.startswith("-"):
            return None
    return set()


def build_parser(commands: Collection[str] | None = None) -> argparse.ArgumentParser:
    """The parser for ``rectify`` with the parsers of ``commands`` (None: every
    subcommand). Building all of them costs a GUI start several milliseconds."""
    parser = ChineseArgumentParser(prog="rectify", description=Message(Msg.HELP_PROGRAM))
    parser.add_argument("--version", action=_VersionAction, help=Message(Msg.HELP_VERSION))
    _ledger_option(parser, required=False)
    parser.add_argument("--operator", help=Message(Msg.HELP_OPERATOR))
    parser.add_argument("--lang", choices=["zh_CN", "en"], help=Message(Msg.HELP_LANG))
    sub = parser.add_subparsers(dest="command", parser_class=ChineseArgumentParser)

    if commands is None or "demo" in commands:
        p = sub.add_parser("demo", help=Message(Msg.HELP_DEMO))
        _ledger_option(p)

    if commands is None or "stats" in commands:
        p = sub.add_parser("stats", help=Message(Msg.HELP_STATS))
        _ledger_option(p)
        p.add_argument("--inspection", metavar="K")
        p.add_argument("--as-of", metavar="DATE")
        p.add_argument("--since", metavar="DATE")
        p.add_argument("--json", action="store_true")

    if commands is None or "import" in commands:
        p = sub.add_parser("import", help=Message(Msg.HELP_IMPORT))
        p.add_argument("file", metavar="FILE")
        _ledger_option(p)
        group = p.add_mutually_exclusive_group()
        group.add_argument("--inspection", metavar="K")
        group.add_argument("--new-inspection", metavar="TITLE")
        p.add_argument("--sheet", metavar="S")
        p.add_argument("--dry-run", action="store_true")
        p.add_argument("--json", action="store_true")

    if commands is None or "export" in commands:
        p = sub.add_parser("export", help=Message(Msg.HELP_EXPORT))
        p.add_argument("out", metavar="OUT.xlsx")
        _ledger_option(p)
        p.add_argument("--inspection", metavar="K")
        p.add_argument("--unit", metavar="NAME", nargs="+", default=[])
        p.add_argument("--status", metavar="S", nargs="+", default=[])

    if commands is None or "handout" in commands:
        p = sub.add_parser("handout", help=Message(Msg.HELP_HANDOUT))
        p.add_argument("outdir", metavar="OUTDIR")
        _ledger_option(p)
        p.add_argument("--inspection", metavar="K")
        p.add_argument("--unit", metavar="NAME", nargs="+", default=[])
        p.add_argument("--due", metavar="DATE", help=Message(Msg.HELP_DUE))

    if commands is None or "merge" in commands:
        p = sub.add_parser("merge", help=Message(Msg.HELP_MERGE))
        p.add_argument("files", metavar="FILE", nargs="+")
        _ledger_option(p)
        p.add_argument("--dry-run", action="store_true")
        p.add_argument("--take", choices=["theirs", "ours"])
        p.add_argument("--json", action="store_true")

    if commands is None or "notice" in commands:
        p = sub.add_parser("notice", help=Message(Msg.HELP_NOTICE))
        notice = p.add_subparsers(
            dest="notice_command", required=True, parser_class=ChineseArgumentParser
        )
        q = notice.add_parser("read", help=Message(Msg.HELP_NOTICE_READ))
        q.add_argument("file", metavar="FILE")
        _ledger_option(q)
        q.add_argument("--dry-run", action="store_true")
        q.add_argument("--json", action="store_true")
        q = notice.add_parser("write", help=Message(Msg.HELP_NOTICE_WRITE))
        q.add_argument("out", metavar="OUT")
        _ledger_option(q)
        q.add_argument("--inspection", metavar="K")
        q.add_argument("--no-stats", action="store_true")

    if commands is None or "print" in commands:
        p = sub.add_parser("print", help=Message(Msg.HELP_PRINT))
        p.add_argument("out", metavar="OUT.pdf")
        _ledger_option(p)
        p.add_argument("--form", required=True, choices=["sheet", "signoff", "ledger", "notice"])
        p.add_argument("--issue", metavar="N", nargs="+", default=[])
        p.add_argument("--inspection", metavar="K")

    if commands is None or "lint" in commands:
        p = sub.add_parser("lint", help=Message(Msg.HELP_LINT))
        _ledger_option(p)
        p.add_argument("--json", action="store_true")

    if commands is None or "check" in commands:
        p = sub.add_parser("check", help=Message(Msg.HELP_CHECK))
        _ledger_option(p)
        p.add_argument("--verbose", action="store_true", help=Message(Msg.HELP_VERBOSE))
        p.add_argument("--json", action="store_true", help=Message(Msg.HELP_JSON))

    if commands is None or "backup" in commands:
        p = sub.add_parser("backup", help=Message(Msg.HELP_BACKUP))
        _ledger_option(p)
        p.add_argument("--to", metavar="FILE")
        p.add_argument("--list", action="store_true", help=Message(Msg.HELP_LIST))
        p.add_argument("--json", action="store_true", help=Message(Msg.HELP_LIST_JSON))

    if commands is None or "restore" in commands:
        p = sub.add_parser("restore", help=Message(Msg.HELP_RESTORE))
        p.add_argument("backup", metavar="BACKUP")
        p.add_argument(
            "--allow-missing-evidence",
            action="store_true",
            help=Message(Msg.HELP_ALLOW_MISSING),
        )
        _ledger_option(p)

    if commands is None or "admin" in commands:
        p = sub.add_parser("admin", help=Message(Msg.HELP_ADMIN))
        admin = p.add_subparsers(
            dest="admin_command", required=True, parser_class=ChineseArgumentParser
        )
        q = admin.add_parser("init", help=Message(Msg.HELP_ADMIN_INIT))
        _ledger_option(q)
        q = admin.add_parser("grant", help=Message(Msg.HELP_ADMIN_GRANT))
        q.add_argument("login", metavar="LOGIN")
        q.add_argument(
            "--as", dest="role", required=True, choices=["admin", "manager", "unit", "reader"]
        )
        q.add_argument("--unit", metavar="NAME", nargs="+", default=[], help=Message(Msg.HELP_UNIT))
        _ledger_option(q)
        q = admin.add_parser("revoke", help=Message(Msg.HELP_ADMIN_REVOKE))
        q.add_argument("login", metavar="LOGIN")
        _ledger_option(q)
        q = admin.add_parser("list", help=Message(Msg.HELP_ADMIN_LIST))
        _ledger_option(q)
        q.add_argument("--json", action="store_true")

    if commands is None or "copy" in commands:
        p = sub.add_parser("copy", help=Message(Msg.HELP_COPY))
        p.add_argument("source", metavar="FROM")
        p.add_argument("target", metavar="TO")

    # Not advertised (no help line): the window's PDF writer in a process of its own
    # (desktop.printing.child), its request on stdin.
    if commands is None or "print-job" in commands:
        sub.add_parser("print-job")

    # Not advertised (no help line): the installer's smoke test and support use it.
    if commands is None or "selftest" in commands:
        p = sub.add_parser("selftest", description=Message(Msg.HELP_SELFTEST))
        p.add_argument("--keep", metavar="DIR", help=Message(Msg.HELP_KEEP))
    return parser


def _resolve(command: str) -> Callable[[argparse.Namespace], int] | None:
    module_name, function = COMMANDS[command]
    try:
        module = importlib.import_module(f"desktop.cli.{module_name}")
    except ModuleNotFoundError as exc:
        if exc.name == f"desktop.cli.{module_name}":
            return None
        raise
    handler: Callable[[argparse.Namespace], int] | None = getattr(module, function, None)
    return handler


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    requested = _requested_language(arguments)
    if _commands_named(arguments) == set():
        # A plain GUI start: the window chooses its language itself.
        return _run(arguments)
    from desktop.ui.wording import command_line_language, use_language

    previous = use_language(command_line_language(requested))
    try:
        return _run(arguments)
    finally:
        from desktop.domain.texts import set_translator

        set_translator(previous)


def _requested_language(arguments: Sequence[str]) -> str | None:
    """The value of ``--lang`` among ``arguments``, read before parsing (help and
    argparse's own errors then speak it too)."""
    for i, arg in enumerate(arguments):
        if arg == "--lang" and i + 1 < len(arguments):
            return arguments[i + 1] if arguments[i + 1] in ("zh_CN", "en") else None
        if arg.startswith("--lang="):
            value = arg.partition("=")[2]
            return value if value in ("zh_CN", "en") else None
    return None


def _run(arguments: list[str]) -> int:
    args = build_parser(_commands_named(arguments)).parse_args(arguments)
    if args.command is None:
        from desktop import collector

        # Qt's modules make thousands of objects and no garbage: no passes over them
        # (what is alive is frozen when the pause ends; run_gui pauses again).
        with collector.collector_paused():
            from desktop.app import run_gui

        return run_gui(ledger=args.ledger, operator=args.operator, lang=args.lang)
    handler = _resolve(args.command)
    if handler is None:
        sys.stderr.write(Message(Msg.NO_SUCH_COMMAND, command=args.command) + "\n")
        return EXIT_REFUSED
    from desktop.cli.common import guarded

    return guarded(handler, args)
