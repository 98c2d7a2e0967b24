"""The quick first paint reads the same records as the service, and only from a ledger
that needs nothing else (anything else takes the full path)."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.domain.dates import DeadlineRule
from desktop.domain.records import (
    InspectionDraft,
    InspectionKind,
    IssueDraft,
    IssueRecord,
    MeasureDraft,
    Responsibility,
)
from desktop.domain.status import Status
from desktop.domain.supervision import ProgressNoteDraft
from desktop.services.ledger import LedgerService
from desktop.services.quick_open import FirstView, read_first_view
from desktop.services.records import issue_record, rule_of
from desktop.services.supervision import SupervisionService
from desktop.storage.migrate import open_ledger
from desktop.storage.models import Category, Issue, ProgressNote


def _odd_ledger(path: Path) -> LedgerService:
    """Two inspections; issues in every status, long-term or not, with and without a
    lead unit, cooperating units, nested categories, deadlines, rules and dates;
    measures in several states; a progress note; then NULLs written behind the ORM."""
    service = LedgerService(open_ledger(path), "测试员")
    first = service.create_inspection(
        InspectionDraft(
            title="第一轮巡察",
            kind=InspectionKind.SPECIAL,
            start=date(2023, 3, 1),
            end=date(2023, 4, 30),
            feedback_date=date(2023, 6, 2),
            rectification_end=date(2023, 9, 30),
        )
    ).value
    second = service.create_inspection(InspectionDraft(title="审计整改", kind=InspectionKind.AUDIT))
    top = service.add_category(first.id, "（一）政治方面").value
    sub = service.add_category(first.id, "1.理论学习", top.id).value
    other = service.add_category(first.id, "（二）作风方面").value
    categories = [None, top.id, sub.id, other.id]
    for n, status in enumerate(list(Status) * 2):
        duty = Responsibility(
            lead_leader="王五" if n % 3 else "",
            lead_unit="办公室" if n % 4 else "",
            cooperating_units=("财务科", "人事科")[: n % 3],
            responsible_person="李四",
            deadline=date(2023, 12, n + 1) if n % 2 else None,
            deadline_rule=DeadlineRule.LONG_TERM if n % 5 == 1 else None,
            deadline_text="长期坚持" if n % 5 == 1 else "",
        )
        finished = status in (Status.DONE, Status.CLOSED)
        issue = service.add_issue(
            first.id if n < 9 else second.value.id,
            IssueDraft(
                number=str(n + 1),
                text=f"问题{n + 1}：学习制度落实不到位",
                category_id=categories[n % 4] if n < 9 else None,
                status=status,
                long_term=n % 2 == 0,
                progress="已完成，长期坚持" if finished else "",
                responsibility=duty,
                completion_date=date(2023, 8, 1) if finished else None,
            ),
            [
                MeasureDraft(text="一是健全制度", status=Status.DONE),
                MeasureDraft(text="二是加强督促", status=list(Status)[n % 6]),
            ][: n % 3],
        ).value
        if n % 4 == 1:
            SupervisionService(service).add_note(
                issue.id, ProgressNoteDraft(date=date(2023, 7, n + 1), text="已召开专题会")
            )
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE issue SET updated_at = NULL WHERE number = '2'")
        # Odd data: every state on the issues, whatever their measures roll up to.
        for n, status in enumerate(list(Status) * 2):
            connection.execute(
                "UPDATE issue SET status = ? WHERE number = ?", (status.value, str(n + 1))
            )
        connection.execute("UPDATE inspection SET feedback_date = NULL WHERE title = '审计整改'")
    connection.close()
    return service


def _expected(service: LedgerService, inspection_id: int | None) -> list[IssueRecord]:
    """The records built from ORM objects (values typed by SQLAlchemy), each piece
    looked up through the relationships rather than by the plain-SQL reads."""
    with service.uow.read() as s:
        query = select(Issue).order_by(Issue.inspection_id, Issue.position, Issue.id)
        if inspection_id is not None:
            query = query.where(Issue.inspection_id == inspection_id)
        records = []
        for row in s.scalars(query):
            path: tuple[str, ...] = ()
            category = s.get(Category, row.category_id) if row.category_id else None
            while category is not None:
                path = (category.name, *path)
                category = s.get(Category, category.parent_id) if category.parent_id else None
            notes = s.scalars(select(ProgressNote.date).where(ProgressNote.issue_id == row.id))
            records.append(
                issue_record(
                    row,
                    row.lead_unit.name if row.lead_unit else "",
                    [u.name for u in row.cooperating_units],
                    path,
                    len(row.measures),
                    sum(Status(m.status).is_finished for m in row.measures),
                    max(notes, default=None),
                    tuple(
                        Responsibility(
                            deadline=m.deadline,
                            deadline_rule=rule_of(m.deadline_rule),
                            deadline_text=m.deadline_text,
                        )
                        for m in sorted(row.measures, key=lambda m: (m.seq, m.id))
                        if not Status(m.status).is_finished
                        and (m.deadline or m.deadline_rule or m.deadline_text)
                    ),
                )
            )
        return records


def _assert_same(view: FirstView, service: LedgerService) -> None:
    assert view.inspections == service.list_inspections()
    assert view.units == service.list_units()
    assert view.leaders == service.leaders()
    assert view.categories == {i.id: service.list_categories(i.id) for i in view.inspections}
    assert view.scope == (view.inspections[0].id if len(view.inspections) == 1 else None)
    assert view.issues == _expected(service, view.scope)
    assert view.issues == service.list_issues()


def test_the_first_view_of_the_demo_ledger_is_what_the_service_reads(demo_path: Path) -> None:
    view = read_first_view(str(demo_path))
    assert view is not None
    service = LedgerService(open_ledger(demo_path), "测试员")
    try:
        assert len(view.issues) == 14
        assert view.scope is not None
        _assert_same(view, service)
    finally:
        service.uow.engine.dispose()


def test_odd_data_reads_the_same_both_ways(ledger_path: Path) -> None:
    service = _odd_ledger(ledger_path)
    try:
        view = read_first_view(str(ledger_path))
        assert view is not None
        assert view.scope is None  # two inspections: all issues
        assert len(view.issues) == 12
        _assert_same(view, service)
        by_number = {r.number: r for r in view.issues}
        by_id = {r.id: r for r in view.issues}
        assert by_number["2"].updated_at is None
        assert by_number["2"].responsibility.deadline == date(2023, 12, 2)
        assert by_number["2"].responsibility.deadline_rule is DeadlineRule.LONG_TERM
        assert by_number["2"].last_progress_date == date(2023, 7, 2)
        assert by_number["3"].responsibility.cooperating_units == ("财务科", "人事科")
        assert by_number["3"].category_path == ("（一）政治方面", "1.理论学习")
        assert by_number["1"].responsibility.lead_unit == ""
        assert by_number["1"].long_term is True
        assert by_number["3"].measures_total == 2
        assert {r.status for r in view.issues} == set(Status)
        # The service's reads by ids (after an edit) agree with the list too.
        ids = [r.id for r in view.issues][::-1]
        assert service.issues_by_ids(ids) == [by_id[i] for i in ids]
    finally:
        service.uow.engine.dispose()


def _set_revision(path: Path, revision: str) -> None:
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    connection.close()


@pytest.mark.parametrize("revision", ["0001", "9999"])
def test_an_older_or_newer_schema_takes_the_full_path(demo_path: Path, revision: str) -> None:
    _set_revision(demo_path, revision)
    assert read_first_view(str(demo_path)) is None


def test_other_ledgers_take_the_full_path(tmp_path: Path, demo_path: Path) -> None:
    assert read_first_view("postgresql://user@server/ledger") is None
    assert read_first_view(str(tmp_path / "missing.sqlite")) is None
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    assert read_first_view(str(empty)) is None
    assert read_first_view(str(tmp_path)) is None  # a folder
    not_sqlite = tmp_path / "报告.sqlite"
    not_sqlite.write_bytes(b"PK\x03\x04 not sqlite")
    assert read_first_view(str(not_sqlite)) is None
    cut = tmp_path / "cut.sqlite"
    cut.write_bytes(demo_path.read_bytes()[:8192])
    assert read_first_view(str(cut)) is None
    foreign = tmp_path / "foreign.sqlite"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE t (x)")
    connection.close()
    assert read_first_view(str(foreign)) is None


def test_a_ledger_with_a_stranger_trigger_takes_the_full_path(demo_path: Path) -> None:
    connection = sqlite3.connect(demo_path)
    with connection:
        connection.execute("CREATE TRIGGER t AFTER UPDATE ON issue BEGIN DELETE FROM history; END")
    connection.close()
    assert read_first_view(str(demo_path)) is None


def test_a_ledger_we_cannot_write_takes_the_full_path(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (Tests run as root, who may write anything: pretend the file is read-only.)
    monkeypatch.setattr("desktop.services.quick_open.writable", lambda path: False)
    assert read_first_view(str(demo_path)) is None


def test_a_read_of_issues_stops_within_a_query_when_its_check_says_so(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read of the rest of a scope that the window no longer wants stops inside a
    long query too (counting 100,000 measures ran on beside the next read): the query
    is interrupted and the read gives None; between queries the check raises."""
    from desktop.services import quick_open

    class Enough(Exception):
        pass

    def enough() -> None:
        raise Enough

    location = str(demo_path)
    monkeypatch.setattr(quick_open, "_CHECK_STEPS", 1)
    assert quick_open.read_issues(location, None, enough) is None
    monkeypatch.setattr(quick_open, "_CHECK_STEPS", 10**9)  # never within a query
    with pytest.raises(Enough):
        quick_open.read_issues(location, None, enough)
    records = quick_open.read_issues(location, None, lambda: None)
    assert records is not None
    assert len(records) == 14
