"""Shared ledgers on a real PostgreSQL: each role's allowed writes succeed, every other
write is refused by the server (through the services, and by raw SQL that skips every
check of the app), a refused action leaves nothing behind, and the history names the
server's login whatever the client claims.

The demo ledger's issue 2 is led by 机关党委 (measures 4 and 5 too); issue 1 is led by
党工委办公室 with 组织人社局 cooperating (its measures 1–3 are 党工委办公室's own).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select, text
from sqlalchemy.engine import make_url

from desktop.domain.access import Role, operator_text
from desktop.domain.records import InspectionDraft
from desktop.domain.supervision import ProgressNoteDraft
from desktop.services.access import current_access, grant_login, init_roles, list_grants
from desktop.services.check import check_location, describe
from desktop.services.demo import load_demo
from desktop.services.history_query import HistoryFilter, find_history
from desktop.services.ledger import LedgerService
from desktop.services.supervision import SupervisionService
from desktop.storage.errors import LedgerForbidden
from desktop.storage.migrate import open_ledger
from desktop.storage.models import HistoryBatch, Issue, Measure, ProgressNote
from desktop.storage.roles import RolesNotReady, revoke_login
from tests.tools.postgres import TestDatabase

pytestmark = pytest.mark.postgres

OWN_ISSUE, OTHER_ISSUE = 2, 1
OWN_MEASURE, OTHER_MEASURE = 4, 1


@dataclass
class Shared:
    url: str  # the owner's (superuser's) URL
    logins: dict[Role, str]
    engines: dict[Role, Engine]
    owner: Engine

    def service(self, role: Role) -> LedgerService:
        return LedgerService(self.engines[role], "显示名")

    def supervision(self, role: Role, tmp_path: Path) -> SupervisionService:
        return SupervisionService(self.service(role), evidence_cache=tmp_path / "cache")

    def batches(self) -> int:
        with self.owner.connect() as c:
            return int(c.scalar(select(func.count()).select_from(HistoryBatch)) or 0)

    def last_login(self) -> tuple[str | None, str]:
        with self.owner.connect() as c:
            row = c.execute(
                select(HistoryBatch.login, HistoryBatch.operator)
                .order_by(HistoryBatch.id.desc())
                .limit(1)
            ).one()
        return row[0], row[1]

    def issue(self, issue_id: int) -> dict[str, object]:
        with self.owner.connect() as c:
            return dict(c.execute(select(Issue).where(Issue.id == issue_id)).mappings().one())


def as_login(url: str, login: str) -> str:
    return make_url(url).set(username=login, password=None).render_as_string(hide_password=False)


@pytest.fixture
def shared(pg_url: str, pg_database: TestDatabase) -> Iterator[Shared]:
    owner = open_ledger(pg_url)
    load_demo(LedgerService(owner, "测试员"))
    init_roles(owner)
    init_roles(owner)  # safe to run again
    logins = {role: f"{pg_database.name}_{role.value}_login" for role in Role}
    for role, login in logins.items():
        grant_login(owner, login, role, ["机关党委"] if role is Role.UNIT else [])
    engines = {role: open_ledger(as_login(pg_url, login)) for role, login in logins.items()}
    yield Shared(pg_url, logins, engines, owner)
    for engine in engines.values():
        engine.dispose()
    owner.dispose()


def note(text: str = "已召开专题会议") -> ProgressNoteDraft:
    return ProgressNoteDraft(date=date(2026, 12, 1), text=text)


def test_the_window_learns_each_logins_role(shared: Shared) -> None:
    for role, engine in shared.engines.items():
        access = current_access(engine)
        assert access.role is role
        assert access.login == shared.logins[role]
    assert current_access(shared.engines[Role.UNIT]).units == {"机关党委"}
    assert current_access(shared.owner).role is Role.ADMIN  # the owner (a superuser here)
    grants = {g.login: g for g in list_grants(shared.owner)}
    assert grants[shared.logins[Role.UNIT]].units == ("机关党委",)
    assert {g.role for g in grants.values()} == set(Role)


def test_a_reader_reads_and_every_write_is_refused(shared: Shared, tmp_path: Path) -> None:
    service = shared.service(Role.READER)
    assert len(service.list_issues()) >= 8
    before = shared.batches()
    with pytest.raises(LedgerForbidden, match="permission denied"):
        service.set_issue_fields(OWN_ISSUE, {"progress": "读者想改"})
    with pytest.raises(LedgerForbidden):
        shared.supervision(Role.READER, tmp_path).add_note(OWN_ISSUE, note())
    with pytest.raises(LedgerForbidden):
        service.create_inspection(InspectionDraft(title="新巡察"))
    with pytest.raises(LedgerForbidden), shared.engines[Role.READER].begin() as c:
        c.execute(text("UPDATE issue SET progress = 'raw' WHERE id = 2"))
    assert shared.batches() == before
    assert shared.issue(OWN_ISSUE)["progress"] != "读者想改"


def test_a_unit_clerk_reports_on_its_own_units_records(shared: Shared, tmp_path: Path) -> None:
    service = shared.service(Role.UNIT)
    done = service.set_issue_fields(
        OWN_ISSUE,
        {"progress": "已整改到位", "status": "done", "completion_date": "2026-12-01"},
    )
    assert done.value.progress == "已整改到位"
    assert shared.last_login() == (shared.logins[Role.UNIT], "显示名")
    # What the 历史 tab and the history viewer show: the display name, the login beside.
    entry = service.issue_history(OWN_ISSUE)[0]
    assert entry.login == shared.logins[Role.UNIT]
    assert operator_text(entry.operator, entry.login) == f"显示名（{entry.login}）"
    row = find_history(service, HistoryFilter(), limit=1)[0]
    assert (row.operator, row.login) == ("显示名", shared.logins[Role.UNIT])
    service.set_measure_fields(OWN_MEASURE, {"progress": "措施已落实", "status": "done"})
    supervision = shared.supervision(Role.UNIT, tmp_path)
    supervision.add_note(OWN_ISSUE, note())
    evidence = tmp_path / "会议纪要.txt"
    evidence.write_text("纪要", encoding="utf-8")
    supervision.attach_evidence(OWN_ISSUE, evidence)
    assert shared.last_login()[0] == shared.logins[Role.UNIT]
    # A measure of the clerk's unit under an issue of another unit is theirs too.
    assert check_location(shared.url).ok, describe(check_location(shared.url))


def test_a_unit_clerk_is_refused_everything_else(shared: Shared, tmp_path: Path) -> None:
    service = shared.service(Role.UNIT)
    supervision = shared.supervision(Role.UNIT, tmp_path)
    before, own = shared.batches(), shared.issue(OWN_ISSUE)
    with pytest.raises(LedgerForbidden, match="row-level security"):
        service.set_issue_fields(OTHER_ISSUE, {"progress": "替别人填"})
    with pytest.raises(LedgerForbidden, match="text"):
        service.set_issue_fields(OWN_ISSUE, {"progress": "顺便改问题", "text": "改写问题"})
    with pytest.raises(LedgerForbidden, match="deadline"):
        service.set_issue_fields(OWN_ISSUE, {"deadline": "2030-01-01"})
    with pytest.raises(LedgerForbidden):
        service.set_measure_fields(OTHER_MEASURE, {"progress": "替别人填"})
    with pytest.raises(LedgerForbidden):
        supervision.add_note(OTHER_ISSUE, note())
    with pytest.raises(LedgerForbidden):
        service.delete_issue(OWN_ISSUE)
    with pytest.raises(LedgerForbidden):
        service.create_inspection(InspectionDraft(title="新巡察"))
    with pytest.raises(LedgerForbidden):  # one refused row refuses the whole batch
        service.bulk_set_issue_fields([OWN_ISSUE, OTHER_ISSUE], {"progress": "批量"})
    assert shared.batches() == before  # nothing half-applied, no history written
    assert shared.issue(OWN_ISSUE) == own


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE issue SET progress = 'raw' WHERE id = 1",
        "UPDATE issue SET text = 'raw' WHERE id = 2",
        "UPDATE issue SET lead_unit_id = NULL WHERE id = 2",
        "UPDATE measure SET progress = 'raw' WHERE id = 1",
        "DELETE FROM issue WHERE id = 2",
        "DELETE FROM history",
        "UPDATE history_batch SET operator = 'x'",
        "DELETE FROM issue_cooperating_unit",
        "INSERT INTO unit_login (login, unit_id) SELECT session_user, id FROM unit",
        "INSERT INTO progress_note (key, issue_id, date, text, reporter, next_step, difficulties)"
        " VALUES ('k1', 1, '2026-12-01', 'raw', '', '', '')",
        "INSERT INTO setting (name, value) VALUES ('ledger_id', 'x')",
    ],
)
def test_raw_sql_from_a_unit_clerk_is_refused_by_the_server(shared: Shared, sql: str) -> None:
    with shared.owner.connect() as c:
        rows_before = c.execute(text("SELECT count(*), max(revision) FROM issue")).one()
    with pytest.raises(LedgerForbidden), shared.engines[Role.UNIT].begin() as c:
        c.execute(text(sql))
    with shared.owner.connect() as c:
        assert c.execute(text("SELECT count(*), max(revision) FROM issue")).one() == rows_before


def test_rows_a_unit_clerk_may_not_touch_stay_as_they_were(shared: Shared, tmp_path: Path) -> None:
    evidence = tmp_path / "纪要.txt"
    evidence.write_text("纪要", encoding="utf-8")
    shared.supervision(Role.UNIT, tmp_path).attach_evidence(OWN_ISSUE, evidence)
    with shared.owner.begin() as c:
        c.execute(text("INSERT INTO setting (name, value) VALUES ('due_days', '7')"))
        before = c.execute(text("SELECT name, value FROM setting ORDER BY name")).all()
    # Other settings are not even visible to an update: nothing changes.
    with shared.engines[Role.UNIT].begin() as c:
        changed = c.execute(text("UPDATE setting SET value = 'x' WHERE name <> 'history_head'"))
        assert changed.rowcount == 0
    with shared.owner.connect() as c:
        assert c.execute(text("SELECT name, value FROM setting ORDER BY name")).all() == before
    # Stored evidence content may be locked (to reuse it) but never rewritten.
    with pytest.raises(LedgerForbidden), shared.engines[Role.UNIT].begin() as c:
        c.execute(text("UPDATE evidence_blob SET size = 0"))


def test_raw_sql_a_unit_clerk_may_run(shared: Shared) -> None:
    with shared.engines[Role.UNIT].begin() as c:
        assert c.execute(text("UPDATE issue SET progress = 'raw' WHERE id = 2")).rowcount == 1
        # Reading is not limited to one's own unit.
        assert c.scalar(text("SELECT count(*) FROM issue")) >= 8


def test_the_history_names_the_server_login_whatever_the_client_sends(shared: Shared) -> None:
    for role in (Role.UNIT, Role.MANAGER):
        with shared.engines[role].begin() as c:
            c.execute(
                text(
                    "INSERT INTO history_batch (at, operator, source, description, file, login) "
                    "VALUES (now(), '冒名', 'form', '', '', 'someone_else')"
                )
            )
        assert shared.last_login() == (shared.logins[role], "冒名")
    with pytest.raises(LedgerForbidden), shared.engines[Role.UNIT].begin() as c:
        c.execute(text("UPDATE history_batch SET login = 'someone_else'"))
    # Even a writer who may update batches cannot change whose they are.
    with shared.engines[Role.MANAGER].begin() as c:
        c.execute(text("UPDATE history_batch SET login = 'someone_else'"))
    assert shared.last_login()[0] == shared.logins[Role.MANAGER]


def test_a_manager_edits_everything_but_not_who_may(shared: Shared, tmp_path: Path) -> None:
    service = shared.service(Role.MANAGER)
    service.set_issue_fields(OTHER_ISSUE, {"text": "改写问题", "deadline": "2030-01-01"})
    service.create_inspection(InspectionDraft(title="新巡察"))
    service.delete_measure(OTHER_MEASURE)
    shared.supervision(Role.MANAGER, tmp_path).add_note(OTHER_ISSUE, note())
    batch = service.history(limit=1)[0].batch_id
    service.undo_batch(batch)
    assert shared.last_login()[0] == shared.logins[Role.MANAGER]
    with pytest.raises(LedgerForbidden), shared.engines[Role.MANAGER].begin() as c:
        c.execute(text("INSERT INTO unit_login (login, unit_id) VALUES ('x', 1)"))
    with pytest.raises(LedgerForbidden):
        init_roles(shared.engines[Role.MANAGER])
    with shared.owner.connect() as c:
        assert c.scalar(select(func.count()).select_from(Measure).where(Measure.id == 1)) == 0
        assert c.scalar(select(func.count()).select_from(ProgressNote)) >= 0
    assert check_location(shared.url).ok


def test_an_admin_may_change_who_may(shared: Shared) -> None:
    admin = shared.engines[Role.ADMIN]
    shared.service(Role.ADMIN).set_issue_fields(OTHER_ISSUE, {"text": "管理员改写"})
    with admin.begin() as c:
        c.execute(text("INSERT INTO unit_login (login, unit_id) VALUES ('someone', 1)"))
        c.execute(text("DELETE FROM unit_login WHERE login = 'someone'"))
    assert shared.last_login()[0] == shared.logins[Role.ADMIN]


def test_grant_changes_and_revoke_removes_a_role(shared: Shared) -> None:
    login = shared.logins[Role.READER]
    grant_login(shared.owner, login, Role.UNIT, ["党工委办公室"])
    access = current_access(shared.engines[Role.READER])
    assert (access.role, access.units) == (Role.UNIT, {"党工委办公室"})
    shared.service(Role.READER).set_issue_fields(OTHER_ISSUE, {"progress": "现在可以了"})
    assert revoke_login(shared.owner, login)
    assert not revoke_login(shared.owner, login)
    assert login not in {g.login for g in list_grants(shared.owner)}
    with pytest.raises(LedgerForbidden):
        shared.service(Role.READER).list_issues()
    with pytest.raises(RolesNotReady, match="没有这些责任单位"):
        grant_login(shared.owner, login, Role.UNIT, ["不存在的单位"])
    with pytest.raises(RolesNotReady):
        grant_login(shared.owner, login, Role.UNIT, [])


def test_check_verifies_that_the_server_names_each_batch(shared: Shared) -> None:
    shared.service(Role.UNIT).set_issue_fields(OWN_ISSUE, {"progress": "进展"})
    report = check_location(shared.url)
    assert report.ok
    assert "history_login" in report.checks
    assert "登录账号由服务器记录" in describe(report)[0]
    with shared.owner.begin() as c:
        c.execute(text("ALTER TABLE history_batch DISABLE TRIGGER rectify_history_login"))
        c.execute(
            text(
                "INSERT INTO history_batch (at, operator, source, description, file) "
                "VALUES (now(), '无名', 'form', '偷偷写入', '')"
            )
        )
    found = {f.code: f for f in check_location(shared.url).findings}
    assert set(found) == {"login_trigger", "login_missing", "empty_batch"}
    assert "被停用" in found["login_trigger"].message
    assert "偷偷写入" in found["login_missing"].message
    init_roles(shared.owner)  # puts the trigger back
    assert {f.code for f in check_location(shared.url).findings} == {
        "login_missing",
        "empty_batch",
    }
