"""``rectify import``: all or nothing, exit codes, JSON, re-import as update, undo."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services.ledger import LedgerService
from desktop.storage.migrate import open_ledger
from tests.excel import make_corpus


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("import-files")
    wanted = ["messy.xlsx", "bad_cells.xlsx", "far_cells.xlsx", "webpage.xls", "hidden_ledger.xlsx"]
    paths: dict[str, Path] = {}
    for name in wanted:
        builder, source = make_corpus.CASES[name]
        if source is None:
            builder(folder / name)
        else:
            builder(folder / name, paths[source])
        paths[name] = folder / name
    return paths


def dump(ledger: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table: the ledger's whole content."""
    with sqlite3.connect(ledger) as db:
        tables = [r[0] for r in db.execute("select name from sqlite_master where type='table'")]
        return {t: sorted(db.execute(f'select * from "{t}"'), key=repr) for t in tables}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_import_applies_and_names_the_new_inspection(
    files: dict[str, Path], ledger_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "import", str(files["messy.xlsx"]), "--ledger", str(ledger_path))
    assert code == 0, err
    assert "新增问题 3 个" in err
    assert "整改措施 6 条" in err
    engine = open_ledger(ledger_path)
    service = LedgerService(engine)
    (inspection,) = service.list_inspections()
    assert inspection.title == "XX县民政局巡察反馈问题整改台账"
    assert [i.number for i in service.list_issues()] == ["1", "2", "3"]
    engine.dispose()


@pytest.mark.parametrize("name", ["bad_cells.xlsx", "far_cells.xlsx", "webpage.xls"])
def test_refused_files_leave_the_ledger_unchanged(
    files: dict[str, Path], demo_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    before = dump(demo_path)
    code, out, err = run(capsys, "import", str(files[name]), "--ledger", str(demo_path), "--json")
    assert code == 2
    assert "错误" in err
    assert "Traceback" not in err
    problems = json.loads(out)["problems"]
    assert problems
    assert all(p["file"] == name for p in problems)
    assert dump(demo_path) == before


def test_dry_run_prints_json_and_changes_nothing(
    files: dict[str, Path], ledger_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = dump(ledger_path)
    code, out, _ = run(
        capsys,
        "import",
        str(files["messy.xlsx"]),
        "--ledger",
        str(ledger_path),
        "--dry-run",
        "--json",
    )
    assert code == 0
    doc = json.loads(out)
    assert [i["number"] for i in doc["issues"]] == ["1", "2", "3"]
    assert doc["issues"][1]["measures"][0]["source"] == {"sheet": "台账", "row": 8, "column": "D"}
    # The only problem: the signature row under the table, listed as skipped.
    assert [(p["code"], p["sheet"], p["row"]) for p in doc["problems"]] == [
        ("skipped_row", "台账", 13)
    ]
    assert doc["coverage"]["rows_by_kind"]["note"] == 1
    assert dump(ledger_path) == before


def test_importing_twice_updates_instead_of_duplicating_and_undo_reverts(
    files: dict[str, Path], ledger_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["import", str(files["messy.xlsx"]), "--ledger", str(ledger_path)]
    assert run(capsys, *args, "--new-inspection", "第七巡察组反馈")[0] == 0
    after_first = dump(ledger_path)
    code, _, err = run(capsys, *args, "--inspection", "第七巡察组反馈")
    assert code == 0
    assert "已在目标巡察的台账中" in err
    assert "新增问题 0 个" in err
    engine = open_ledger(ledger_path)
    service = LedgerService(engine)
    assert len(service.list_issues()) == 3
    engine.dispose()
    assert dump(ledger_path)["issue"] == after_first["issue"]


def test_undo_of_an_import_removes_the_whole_batch(
    files: dict[str, Path], demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = dump(demo_path)
    assert run(capsys, "import", str(files["messy.xlsx"]), "--ledger", str(demo_path))[0] == 0
    engine = open_ledger(demo_path)
    service = LedgerService(engine)
    batch = max(entry.batch_id for entry in service.history())
    service.undo_batch(batch)
    engine.dispose()
    after = dump(demo_path)
    # Everything is back, the units the import created included; only the history (and
    # its chain head kept in the settings) grew.
    for table in set(before) - {"history", "history_batch", "setting"}:
        assert after[table] == before[table], table


def test_sheet_option_reads_a_hidden_sheet(
    files: dict[str, Path], ledger_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["import", str(files["hidden_ledger.xlsx"]), "--ledger", str(ledger_path)]
    assert run(capsys, *args)[0] == 2
    assert run(capsys, *args, "--sheet", "台账")[0] == 0


CORPUS = Path(__file__).resolve().parents[1] / "excel" / "corpus" / "files"


def test_json_reports_what_the_file_holds_and_what_was_skipped(
    ledger_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Sections, a 合计 row, 填表说明 and signatures: imported with every skipped row in
    the problems (sheet and row) and the file's counts against the plan's."""
    path = CORPUS / "21_sections_and_footer.xlsx"
    code, out, err = run(capsys, "import", str(path), "--ledger", str(ledger_path), "--json")
    assert code == 0, err
    data = json.loads(out)
    skipped = [p for p in data["problems"] if p["code"] == "skipped_row"]
    assert skipped
    assert all(p["sheet"] == "整改台账" and isinstance(p["row"], int) for p in skipped)
    assert any(p["value"].startswith("合计") for p in skipped)
    coverage = data["coverage"]
    assert coverage["sheets_read"] == ["整改台账"]
    assert coverage["rows"] == sum(coverage["rows_by_kind"].values())
    assert coverage["rows_by_kind"]["issue"] == len(data["issues"])
    assert coverage["rows_by_kind"]["section"] == 3
    assert [s["row"] for s in coverage["skipped"]] == [p["row"] for p in skipped]
    assert coverage["cells_used"] < coverage["cells"]
    assert "非空行" in err
    # Numbering restarts in every section: a category path per section, no refusal.
    assert {tuple(i["category"]) for i in data["issues"]} == {
        ("一、党的政治建设方面",),
        ("二、全面从严治党方面",),
        ("三、落实主体责任方面",),
    }


def test_two_ledger_sheets_ask_which(ledger_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = CORPUS / "39_two_ledgers_asks.xlsx"
    code, out, err = run(capsys, "import", str(path), "--ledger", str(ledger_path), "--json")
    assert code == 2
    (asked,) = [p for p in json.loads(out)["problems"] if p["code"] == "several_ledger_sheets"]
    assert "整改台账" in asked["message"]
    assert "第二批" in asked["message"]
    code, _, err = run(
        capsys, "import", str(path), "--ledger", str(ledger_path), "--sheet", "第二批"
    )
    assert code == 0, err
    assert "整改台账" in err  # the sheet left unread is named
