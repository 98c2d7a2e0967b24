"""The command line builds only the subcommand parsers its arguments can need."""

from __future__ import annotations

import pytest

from desktop.cli import COMMANDS, _commands_named, build_parser, main


def test_a_gui_start_needs_no_subcommand_parser() -> None:
    assert _commands_named([]) == set()
    assert _commands_named(["--ledger", "a.sqlite", "--lang", "en"]) == set()
    assert _commands_named(["--ledger=a.sqlite", "--operator", "张三"]) == set()
    # A ledger named like a subcommand builds that parser too, and harmlessly so.
    assert _commands_named(["--ledger", "demo"]) == {"demo"}


def test_a_subcommand_needs_its_own_parser_only() -> None:
    assert _commands_named(["stats", "--ledger", "a.sqlite", "--json"]) == {"stats"}
    assert _commands_named(["notice", "read", "x.txt", "--ledger", "a"]) == {"notice"}


def test_help_or_an_unknown_word_needs_every_parser() -> None:
    assert _commands_named(["--help"]) is None
    assert _commands_named(["stats", "-h"]) is None
    assert _commands_named(["statz", "--ledger", "a"]) is None


def test_the_parsers_built_for_a_command_parse_it_as_the_full_parser_does() -> None:
    argv = ["--ledger", "demo"]
    assert vars(build_parser(_commands_named(argv)).parse_args(argv)) == vars(
        build_parser().parse_args(argv)
    )
    argv = ["export", "out.xlsx", "--ledger", "a.sqlite", "--unit", "甲", "乙"]
    assert vars(build_parser(_commands_named(argv)).parse_args(argv)) == vars(
        build_parser().parse_args(argv)
    )


def test_help_still_lists_every_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    for name in COMMANDS:
        if name != "selftest":  # not advertised
            assert name in out


def test_an_unknown_subcommand_is_refused_with_the_choices(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["statz", "--ledger", "a.sqlite"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "参数错误" in err
    assert "stats" in err


def test_version_needs_no_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().err.startswith("rectify ")  # argparse exit() writes to stderr
