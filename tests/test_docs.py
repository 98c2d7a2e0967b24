"""The documents in ``docs/`` are there and honest: every ``docs/…`` file the
repository names exists, the command-line reference covers every command and option
of ``rectify --help``, and the manual's pictures are in the repository."""

from __future__ import annotations

import argparse
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
_REFERENCE = re.compile(r"docs/[\w./-]*\.(?:md|png)")
_TEXT_SUFFIXES = {".py", ".md", ".toml", ".cfg", ".ini", ".txt", ".spec", ".iss", ".sh", ""}


def _repository_files() -> list[Path]:
    out = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return [ROOT / line for line in out.stdout.splitlines() if line]


def test_no_file_refers_to_a_missing_document() -> None:
    missing = []
    for path in _repository_files():
        if path.suffix not in _TEXT_SUFFIXES or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="ignore")
        for found in _REFERENCE.findall(text):
            if not (ROOT / found.rstrip(".")).exists():
                missing.append(f"{path.relative_to(ROOT)}: {found}")
    assert missing == []


def test_the_manual_and_its_pictures_are_there() -> None:
    manual = (DOCS / "manual.md").read_text(encoding="utf-8")
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", manual)
    assert len(pictures) >= 3
    for picture in pictures:
        assert (DOCS / picture).is_file(), picture
    for chapter in ("日常工作", "导入", "分发与合并回收", "打印", "通报", "备份与恢复", "服务器"):
        assert re.search(rf"^## .*{chapter}", manual, re.MULTILINE), chapter
    assert (DOCS / "architecture.md").is_file()


def _options(parser: argparse.ArgumentParser) -> list[str]:
    return [
        option
        for action in parser._actions
        for option in action.option_strings
        if option not in ("-h", "--help")
    ]


def test_the_cli_reference_covers_every_command_and_option() -> None:
    from desktop.cli import build_parser

    reference = (DOCS / "cli.md").read_text(encoding="utf-8")
    parser = build_parser()
    for option in _options(parser):
        assert option in reference, option
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, sub in subparsers.choices.items():
        assert re.search(rf"rectify {name}\b", reference), name
        nested = [a for a in sub._actions if isinstance(a, argparse._SubParsersAction)]
        for group in nested:
            for inner, inner_parser in group.choices.items():
                assert f"rectify notice {inner}" in reference or f"{name} {inner}" in reference
                for option in _options(inner_parser):
                    assert option in reference, (name, inner, option)
        for option in _options(sub):
            assert option in reference, (name, option)
    for promised in ("backup --list", "--allow-missing-evidence", "--due", "declined", "selftest"):
        assert promised in reference.replace("backup   --ledger L --list", "backup --list")
