"""The command line in English (``--lang en`` or an English system locale): its error
paths print no Chinese but the user's own values; the default stays Chinese."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain import texts
from tests.excel import make_corpus

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
# The user's own values stand in quotes (“…”) or after "value:"; they may be Chinese.
QUOTED = re.compile(r"“[^”]*”|\(value: [^)]*\)")


def chinese_left(text: str) -> list[str]:
    lines = [QUOTED.sub("", line) for line in text.splitlines()]
    return [line for line in lines if CJK.search(line)]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    before = texts._translator
    code = main(list(argv))
    assert texts._translator is before  # main puts the language back
    return code, capsys.readouterr().err


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("english-files")
    paths: dict[str, Path] = {}
    for name in ("messy.xlsx", "bad_cells.xlsx", "webpage.xls"):
        builder, source = make_corpus.CASES[name]
        assert source is None
        builder(folder / name)
        paths[name] = folder / name
    return paths


def error_runs(
    tmp_path: Path, ledger: Path, demo: Path, workbooks: dict[str, Path]
) -> list[list[str]]:
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"this is not a database at all" * 100)
    return [
        ["stats", "--ledger", str(garbage)],
        ["stats", "--ledger", str(ledger), "--inspection", "nothing-like-this"],
        ["stats", "--ledger", str(ledger), "--as-of", "someday"],
        ["stats", "--no-such-option"],
        ["import", str(tmp_path / "missing.xlsx"), "--ledger", str(ledger)],
        ["import", str(tmp_path), "--ledger", str(ledger)],
        ["import", str(workbooks["bad_cells.xlsx"]), "--ledger", str(ledger)],
        ["import", str(workbooks["webpage.xls"]), "--ledger", str(ledger)],
        ["merge", str(workbooks["messy.xlsx"]), "--ledger", str(demo)],
        ["restore", str(garbage), "--ledger", str(ledger)],
        ["restore", str(tmp_path / "missing.sqlite"), "--ledger", str(ledger)],
        [
            "print",
            str(tmp_path / "out.pdf"),
            "--form",
            "sheet",
            "--issue",
            "999",
            "--ledger",
            str(demo),
        ],
        ["print", str(tmp_path / "out.txt"), "--form", "sheet", "--ledger", str(demo)],
        ["export", str(tmp_path / "out.csv"), "--ledger", str(demo)],
        ["export", str(tmp_path / "none" / "out.xlsx"), "--ledger", str(demo)],
        ["handout", str(garbage), "--ledger", str(demo)],
        ["demo", "--ledger", str(demo)],
    ]


def test_error_paths_speak_english(
    tmp_path: Path,
    ledger_path: Path,
    demo_path: Path,
    workbooks: dict[str, Path],
    capsys: pytest.CaptureFixture[str],
) -> None:
    found = []
    for argv in error_runs(tmp_path, ledger_path, demo_path, workbooks):
        if argv[1] == "--no-such-option":
            with pytest.raises(SystemExit) as exit_info:
                main(["--lang", "en", *argv])
            code, err = exit_info.value.code, capsys.readouterr().err
        else:
            code, err = run(capsys, "--lang", "en", *argv)
        assert code == 2, (argv, err)
        assert err.strip(), argv
        found += [(argv[0], line) for line in chinese_left(err)]
    assert found == []


def test_an_english_locale_speaks_english_and_chinese_stays_the_default(
    tmp_path: Path,
    ledger_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    missing = str(tmp_path / "missing.xlsx")
    code, err = run(capsys, "import", missing, "--ledger", str(ledger_path))
    assert code == 2
    assert "找不到这个文件" in err
    from desktop.ui import wording

    monkeypatch.setattr(wording, "system_language", lambda environ=None: "en")
    code, err = run(capsys, "import", missing, "--ledger", str(ledger_path))
    assert code == 2
    assert "The file does not exist." in err
    assert chinese_left(err) == []
    code, err = run(capsys, "--lang", "zh_CN", "import", missing, "--ledger", str(ledger_path))
    assert "找不到这个文件" in err


@pytest.mark.parametrize("command", ["", "import", "merge", "backup", "restore", "admin"])
def test_help_in_english(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    before = texts._translator
    with pytest.raises(SystemExit) as exit_info:
        main(["--lang", "en", *([command] if command else []), "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "usage: rectify" in out
    assert chinese_left(out) == [], out
    assert texts._translator is before  # the language put back


def test_selftest_lines_in_english(tmp_path: Path) -> None:
    from desktop.cli.selftest_commands import SelfTest, Skipped
    from desktop.ui import wording

    previous = wording.use_language("en")
    try:
        echoed: list[str] = []
        test = SelfTest(tmp_path, echo=echoed.append)

        def skipped() -> str:
            raise Skipped("—")

        test.check("甲", lambda: "ok")
        test.check("乙", skipped)
        assert echoed == ["[passed] 甲: ok", "[skipped] 乙: —"]
        assert test.summary() == "Self-test done: 1 passed, 1 skipped, 0 failed."
    finally:
        texts.set_translator(previous)


def test_stats_and_lint_in_english(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "stats", "--ledger", str(demo_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Issues: 14 issues in all: ")
    # Lines of units and categories begin with the ledger's own names.
    ours = [line for line in out.splitlines() if not line.startswith("  ")]
    assert chinese_left("\n".join(ours)) == [], out
    assert main(["--lang", "en", "lint", "--ledger", str(demo_path)]) == 1
    captured = capsys.readouterr()
    assert "has no evidence" in captured.out + captured.err
    assert chinese_left(captured.out + captured.err) == []
    assert main(["stats", "--ledger", str(demo_path)]) == 0
    assert capsys.readouterr().out.startswith("问题共 14 个：")


def test_check_in_english_with_codes_in_json(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    assert main(["--lang", "en", "check", "--ledger", str(demo_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("The ledger is sound: ")
    assert chinese_left(out) == []
    # A truncated copy: problems in English, their codes in the JSON.
    broken = demo_path.with_name("broken.sqlite")
    broken.write_bytes(demo_path.read_bytes()[: len(demo_path.read_bytes()) // 2])
    assert main(["--lang", "en", "check", "--ledger", str(broken)]) == 1
    out = capsys.readouterr().out
    assert chinese_left(out) == [], out
    assert main(["--lang", "en", "check", "--ledger", str(broken), "--json"]) == 1
    document = json.loads(capsys.readouterr().out)
    assert document["problem_codes"][0] == "check_truncated"
    assert len(document["problem_codes"]) == len(document["problems"])
