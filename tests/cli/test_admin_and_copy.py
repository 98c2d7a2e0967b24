"""``rectify copy`` moves a file ledger, history and evidence included, to a server,
where ``rectify check`` passes; ``rectify admin`` sets up roles and logins there, and a
unit clerk's login changes its own unit's measure and is refused another unit's."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from desktop.cli import main
from desktop.domain.supervision import ProgressNoteDraft
from desktop.services.ledger import LedgerService
from desktop.services.supervision import SupervisionService
from desktop.storage.errors import LedgerForbidden
from desktop.storage.migrate import open_ledger
from tests.tools.postgres import TestDatabase


@pytest.mark.postgres
def test_a_file_ledger_copied_to_a_server_passes_the_check_and_roles_apply(
    demo_path: Path,
    pg_url: str,
    pg_database: TestDatabase,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Evidence and a note in the file ledger first, so the copy has both to carry.
    engine = open_ledger(demo_path)
    service = LedgerService(engine, "测试员")
    supervision = SupervisionService(service)
    proof = tmp_path / "纪要.txt"
    proof.write_text("会议纪要", encoding="utf-8")
    supervision.attach_evidence(2, proof)
    supervision.add_note(2, ProgressNoteDraft(date=date(2026, 12, 1), text="已部署"))
    issues = len(service.list_issues())
    engine.dispose()
    # The pg_url fixture migrated the database; copy wants it without ledger data.
    assert main(["copy", str(demo_path), pg_url]) == 0
    out = capsys.readouterr().out
    assert "佐证材料 1 个文件" in out
    assert "台账完好" in out
    assert main(["copy", str(demo_path), pg_url]) == 2  # not over a ledger with data
    assert "已有数据" in capsys.readouterr().err
    assert main(["check", "--ledger", pg_url]) == 0

    clerk = f"{pg_database.name}_clerk"
    assert main(["admin", "init", "--ledger", pg_url]) == 0
    assert (
        main(["admin", "grant", clerk, "--as", "unit", "--unit", "机关党委", "--ledger", pg_url])
        == 0
    )
    assert (
        main(["admin", "grant", "x", "--as", "unit", "--unit", "无此单位", "--ledger", pg_url]) == 2
    )
    capsys.readouterr()
    assert main(["admin", "list", "--ledger", pg_url, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {
        "login": clerk,
        "role": "unit",
        "role_label": "责任单位填报",
        "units": ["机关党委"],
    } in listed

    url = make_url(pg_url).set(username=clerk).render_as_string(hide_password=False)
    engine = open_ledger(url)
    try:
        clerk_service = LedgerService(engine, "填报员")
        assert len(clerk_service.list_issues()) == issues
        assert any(
            e.original_name == "纪要.txt"
            for e in SupervisionService(clerk_service).list_evidence(2)
        )
        clerk_service.set_measure_fields(4, {"progress": "已落实"})  # 机关党委's measure
        with pytest.raises(LedgerForbidden, match="row-level security") as refused:
            clerk_service.set_measure_fields(1, {"progress": "替别人填"})
        assert "服务器拒绝" in refused.value.message
        with engine.connect() as c:
            logins = c.execute(text("SELECT login FROM history_batch ORDER BY id")).scalars().all()
    finally:
        engine.dispose()
    # The copied batches keep what they had (no login: a file); the new one is the clerk's.
    assert set(logins[:-1]) == {None}
    assert logins[-1] == clerk
    assert main(["check", "--ledger", pg_url]) == 0
    assert main(["admin", "revoke", clerk, "--ledger", pg_url]) == 0
    capsys.readouterr()
    assert main(["admin", "list", "--ledger", pg_url]) == 0
    assert clerk not in capsys.readouterr().out


def test_admin_on_a_ledger_file_is_refused(
    ledger_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["admin", "init", "--ledger", str(ledger_path)]) == 2
    assert "PostgreSQL" in capsys.readouterr().err
