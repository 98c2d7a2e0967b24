"""Every subcommand of the command line that runs headless, in English (``--lang en``
and ``LANG=en_US.UTF-8``), on its ordinary and its failure paths (a missing file, a bad
workbook, a locked or damaged ledger, a refused command): nothing Chinese in
stdout or stderr but data. A refused command with ``--json`` prints a JSON document
naming its code on stdout.

Data is taken out honestly: JSON documents are read for their worded values only (a
message, a summary, a reason's label: :data:`WORDED_KEYS`); the ledger's own strings
(every text value of every table of the demo ledger and of the ledgers the runs make),
the cells of the workbooks the test wrote, and the names of the files the runs find on
disk are taken out where they stand by themselves; and so are the user's values the
messages quote (“…”). What is left must have no Chinese character."""

from __future__ import annotations

import contextlib
import json
import re
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain import texts
from tests.excel import make_corpus

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
QUOTED = re.compile(r"“[^”]*”")


def ledger_strings(path: Path) -> set[str]:
    """Every text value of every table of a ledger file, and its lines."""
    found: set[str] = set()
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [t for (t,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for row in raw.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    if isinstance(value, str) and CJK.search(value):
                        found.add(value)
                        found.update(line for line in value.splitlines() if line)
                        if value.startswith(("{", "[")):
                            found.update(_json_strings(value))
    finally:
        raw.close()
    return found


def _json_strings(value: str) -> set[str]:
    try:
        document = json.loads(value)
    except ValueError:
        return set()
    found: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, str):
            found.add(node)
        elif isinstance(node, dict):
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(document)
    return found


def workbook_strings(path: Path) -> set[str]:
    """The sheet names and the cells' texts of a workbook the runs made or read."""
    import zipfile

    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile):
        return set()
    found: set[str] = set(book.sheetnames)
    for sheet in book.worksheets:
        for row in sheet.iter_rows(values_only=True):
            for value in row:
                if isinstance(value, str):
                    found.add(value)
                    found.update(line for line in value.splitlines() if line)
    book.close()
    return found


class Data:
    """What counts as data in the output: grows as the runs make ledgers and files."""

    def __init__(self, folder: Path, inputs: Path) -> None:
        self.folder = folder
        self.inputs = inputs  # the workbooks the test wrote (not those the runs wrote)
        self.strings: set[str] = set()

    def learn(self) -> None:
        for path in self.folder.rglob("*"):
            self.strings.add(path.name)
            self.strings.add(path.stem)
            if path.suffix == ".xlsx" and path.parent == self.inputs:
                self.strings |= workbook_strings(path)
            elif path.suffix == ".txt" and path.is_file():
                self.strings |= set(path.read_text(encoding="utf-8").splitlines())
            elif path.suffix == ".sqlite" and path.is_file():
                with contextlib.suppress(sqlite3.DatabaseError):
                    self.strings |= ledger_strings(path)

    def chinese_left(self, text: str) -> list[str]:
        # A value is taken out where it stands by itself, not inside a Chinese phrase
        # (a sheet called 台账 does not hide the word in 台账无法读取).
        for value in sorted(self.strings, key=len, reverse=True):
            if CJK.search(value) and value in text:
                text = re.sub(f"(?<!{CJK.pattern}){re.escape(value)}(?!{CJK.pattern})", "", text)
        return [line for line in QUOTED.sub("", text).splitlines() if CJK.search(line)]


@pytest.fixture
def english_env(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[list[str]]:
    """``--lang en``, or an English system locale read by the real wording module."""
    if request.param == "lang":
        yield ["--lang", "en"]
        return
    import importlib

    from desktop.ui import wording

    real = importlib.reload(wording)  # undo the suite's "Chinese whatever the machine says"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("APPDATA", str(tmp_path / "config"))
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert real.command_line_language(None) == "en"
    try:
        yield []
    finally:
        importlib.reload(wording)


def runs(folder: Path, demo: Path) -> list[tuple[list[str], set[int]]]:
    """(arguments, the exit codes it may end with); in order: later runs use what
    earlier ones made."""
    empty = folder / "empty.sqlite"
    made = folder / "made.sqlite"
    garbage = folder / "garbage.sqlite"
    truncated = folder / "truncated.sqlite"
    locked = folder / "locked.sqlite"
    bad_xlsx = folder / "bad.xlsx"
    report_docx = folder / "report.xlsx"
    out = folder / "out"
    hand = folder / "hand"
    backups = folder / "backups-list"
    d = ["--ledger", str(demo)]
    return [
        # demo, stats, lint, check
        (["demo", "--ledger", str(made)], {0}),
        (["demo", "--ledger", str(made)], {2}),
        (["stats", *d], {0}),
        (["stats", *d, "--json"], {0}),
        (["stats", *d, "--since", "2020-01-01", "--as-of", "2030-01-01"], {0}),
        (["stats", *d, "--inspection", "no-such"], {2}),
        (["stats", *d, "--inspection", "no-such", "--json"], {2}),
        (["stats", *d, "--as-of", "someday"], {2}),
        (["stats", "--ledger", str(garbage)], {2}),
        (["stats", "--ledger", str(garbage), "--json"], {2}),
        (["stats", "--ledger", str(truncated)], {2}),
        (["stats", "--ledger", str(folder / "new.sqlite"), "--json"], {0}),
        (["lint", *d], {0, 1}),
        (["lint", *d, "--json"], {0, 1}),
        (["check", *d], {0}),
        (["check", *d, "--verbose"], {0}),
        (["check", *d, "--json"], {0}),
        (["check", "--ledger", str(truncated), "--verbose"], {1}),
        (["check", "--ledger", str(garbage), "--verbose"], {1, 2}),
        (["check", "--ledger", str(folder / "missing.sqlite")], {2}),
        # export, import, hand-out, merge
        (["export", str(out / "ledger.xlsx"), *d], {0}),
        (["export", str(out / "ledger.csv"), *d], {2}),
        (["export", str(folder / "none" / "x.xlsx"), *d], {2}),
        (["export", str(out / "x.xlsx"), *d, "--status", "bogus"], {2}),
        (["export", str(out / "x.xlsx"), *d, "--unit", "nobody"], {2}),
        (["import", str(out / "ledger.xlsx"), "--ledger", str(empty), "--dry-run"], {0, 1}),
        (["import", str(out / "ledger.xlsx"), "--ledger", str(empty), "--json"], {0, 1}),
        (["import", str(out / "ledger.xlsx"), "--ledger", str(empty)], {0, 1}),
        (["import", str(folder / "missing.xlsx"), "--ledger", str(empty)], {2}),
        (["import", str(folder / "missing.xlsx"), "--ledger", str(empty), "--json"], {2}),
        (["import", str(bad_xlsx), "--ledger", str(empty)], {2}),
        (["import", str(report_docx), "--ledger", str(empty)], {2}),
        (["import", str(folder / "bad_cells.xlsx"), "--ledger", str(empty)], {2}),
        (["import", str(folder / "bad_cells.xlsx"), "--ledger", str(empty), "--json"], {2}),
        (["import", str(out / "ledger.xlsx"), "--ledger", str(empty), "--inspection", "x"], {2}),
        (["import", str(out / "ledger.xlsx"), "--ledger", str(locked)], {2}),
        (["handout", str(hand), *d, "--due", "2030-01-01"], {0}),
        (["handout", str(hand / "sub"), *d, "--unit", "nobody"], {2}),
        (["handout", str(garbage), *d], {2}),
        (["handout", str(hand / "x"), *d, "--due", "someday"], {2}),
        (["merge", str(hand), *d, "--dry-run"], {0, 1, 2}),
        (["merge", str(hand), *d, "--json"], {0, 1, 2}),
        (["merge", str(out / "ledger.xlsx"), *d], {2}),
        (["merge", str(out / "ledger.xlsx"), *d, "--json"], {2}),
        (["merge", str(folder / "missing.xlsx"), *d], {2}),
        (["import", str(hand), "--ledger", str(empty)], {2}),
        # notices and printing
        (["notice", "write", str(out / "notice.txt"), *d], {0, 2}),
        (["notice", "write", str(out / "notice.docx"), *d], {0, 2}),
        (["notice", "write", str(out / "notice.pdf"), *d], {0, 2}),
        (["notice", "write", str(out / "notice.odt"), *d], {2}),
        (
            ["notice", "read", str(out / "notice.txt"), "--ledger", str(made), "--dry-run"],
            {0, 1, 2},
        ),
        (["notice", "read", str(out / "notice.txt"), "--ledger", str(made), "--json"], {0, 1, 2}),
        (["notice", "read", str(bad_xlsx), "--ledger", str(made)], {2}),
        (["notice", "read", str(folder / "missing.txt"), "--ledger", str(made), "--json"], {2}),
        (["print", str(out / "sheet.pdf"), *d, "--form", "sheet", "--issue", "1"], {0}),
        (["print", str(out / "signoff.pdf"), *d, "--form", "signoff", "--issue", "1"], {0}),
        (["print", str(out / "table.pdf"), *d, "--form", "ledger"], {0, 2}),
        (["print", str(out / "notice.pdf"), *d, "--form", "notice"], {0, 2}),
        (["print", str(out / "x.pdf"), *d, "--form", "sheet", "--issue", "999"], {2}),
        (["print", str(out / "x.txt"), *d, "--form", "sheet"], {2}),
        # backups, restore, copy, admin
        (["backup", *d], {0}),
        (["backup", *d, "--list"], {0}),
        (["backup", *d, "--list", "--json"], {0}),
        (["backup", "--ledger", str(backups / "ledger.sqlite"), "--list"], {0}),
        (["backup", "--ledger", str(folder / "missing.sqlite")], {2}),
        (["restore", str(garbage), *d], {2}),
        (["restore", str(folder / "missing.sqlite"), *d], {2}),
        (["restore", str(truncated), *d], {2}),
        (["copy", str(demo), str(folder / "copy.sqlite")], {0}),
        (["copy", str(demo), str(folder / "copy.sqlite")], {2}),
        (["copy", str(garbage), str(folder / "copy2.sqlite")], {2}),
        (["admin", "list", *d], {2}),
        (["admin", "list", *d, "--json"], {2}),
        (["admin", "grant", "clerk", "--as", "reader", *d], {2}),
        # argparse's own refusals
        (["stats"], {2}),
        (["stats", *d, "--no-such-option"], {2}),
        (["export", *d], {2}),
    ]


def prepare(folder: Path, demo: Path, empty_template: Path) -> None:
    shutil.copy(empty_template, folder / "empty.sqlite")
    (folder / "garbage.sqlite").write_bytes(b"this is not a database at all" * 100)
    data = demo.read_bytes()
    (folder / "truncated.sqlite").write_bytes(data[: len(data) // 2])
    shutil.copy(demo, folder / "locked.sqlite")
    (folder / "bad.xlsx").write_bytes(b"PK\x03\x04 broken zip")
    make_corpus.docx(folder / "report.xlsx")
    builder, _source = make_corpus.CASES["bad_cells.xlsx"]
    builder(folder / "bad_cells.xlsx")
    (folder / "out").mkdir()
    # A backup folder with a backup that cannot be read: its line says why.
    backups = folder / "backups-list"
    backups.mkdir()
    shutil.copy(demo, backups / "ledger.sqlite")
    (backups / "backups").mkdir()
    (backups / "backups" / "ledger_20240101-080000_manual.sqlite").write_bytes(b"broken" * 50)


# The keys of the JSON documents whose values are worded in the chosen language; the
# others are codes, numbers and the ledger's or the file's own values (a category, a
# sheet name), which JSON keeps whatever the language (docs/cli.md).
WORDED_KEYS = frozenset(
    {"message", "summary", "problems", "risk", "action", "reason_label", "details", "lines"}
)


def worded(out: str) -> str:
    """stdout as far as it is worded: a JSON document's worded values, else all of it."""
    try:
        document = json.loads(out)
    except ValueError:
        return out
    found: list[str] = []

    def walk(node: object, worded_key: bool) -> None:
        if isinstance(node, str):
            if worded_key:
                found.append(node)
        elif isinstance(node, dict):
            for key, value in node.items():
                walk(value, worded_key or key in WORDED_KEYS)
        elif isinstance(node, list):
            for value in node:
                walk(value, worded_key)

    walk(document, False)
    return "\n".join(found)


def run_all(
    folder: Path, demo: Path, prefix: list[str], capsys: pytest.CaptureFixture[str]
) -> list[tuple[str, str]]:
    data = Data(demo.parent, folder)
    data.learn()
    found: list[tuple[str, str]] = []
    lock = sqlite3.connect(folder / "locked.sqlite", timeout=0)
    lock.execute("BEGIN EXCLUSIVE")
    try:
        for argv, codes in runs(folder, demo):
            before = texts.installed_translator()
            try:
                code = main([*prefix, *argv])
            except SystemExit as exit_info:
                code = exit_info.code  # type: ignore[assignment]
            assert texts.installed_translator() is before
            captured = capsys.readouterr()
            if code not in codes:
                found.append((" ".join(argv[:2]), f"EXIT {code}: {argv} {captured.err[-300:]}"))
            assert "Traceback" not in captured.err, argv
            if "--json" in argv and code == 2:
                # Refused with --json: a JSON document on stdout naming what went wrong.
                document = json.loads(captured.out)
                codes_said = [document["error"]["code"]] if "error" in document else []
                codes_said += [p["code"] for p in document.get("problems", [])]
                assert codes_said, (argv, document)
                assert all(codes_said), (argv, document)
            data.learn()
            for line in data.chinese_left(worded(captured.out) + "\n" + captured.err):
                found.append((" ".join(argv[:2]), line))
    finally:
        lock.rollback()
        lock.close()
    return found


@pytest.mark.parametrize("english_env", ["lang", "LANG"], indirect=True)
def test_every_command_speaks_english(
    english_env: list[str],
    qapp: object,  # print and notice write paint with Qt: the suite's one application
    tmp_path: Path,
    demo_path: Path,
    migrated_template: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("RECTIFY_OPERATOR", "tester")
    folder = tmp_path / "work"
    folder.mkdir()
    prepare(folder, demo_path, migrated_template)
    found = run_all(folder, demo_path, english_env, capsys)
    import os

    if os.environ.get("SWEEP_DUMP"):
        Path(os.environ["SWEEP_DUMP"]).write_text("\n".join(f"{c}: {line}" for c, line in found))
    assert found == [], "\n".join(f"{c}: {line}" for c, line in found)


def test_a_merge_conflicts_words_in_english() -> None:
    """What a merge conflict line is made of (the sweep's returned files change
    nothing): the row, the field's name and the values, in the chosen language."""
    from desktop.domain.fields import shown_field_name
    from desktop.excel.merge import RowRef, display_value
    from desktop.ui import wording

    previous = wording.use_language("en")
    try:
        ref = RowRef("measure", "k", "ik", "3", "一是加强管理")
        assert ref.label() == "Issue 3, measure “一是加强管理”"
        assert shown_field_name("completion_date") == "Completion date"
        assert display_value("status", "done") == "Done"
        assert display_value("long_term", True) == "Long-term"
        assert display_value("long_term", False) == "No"
        assert display_value("completion_date", "2023-01-11") == "2023-01-11"
        assert display_value("progress", "") == "(empty)"
    finally:
        texts.set_translator(previous)
    assert RowRef("issue", "k", "ik", "3", "").label() == "问题 3"
    assert display_value("completion_date", "2023-01-11") == "2023年1月11日"
    assert shown_field_name("completion_date") == "完成日期"
