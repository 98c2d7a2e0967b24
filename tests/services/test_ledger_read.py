"""The plain-SQL reads of measures give the records the ORM objects give: dates, rules,
booleans, lead and cooperating units in order, on every kind of value."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desktop.domain.records import (
    DeadlineRule,
    InspectionDraft,
    IssueDraft,
    MeasureDraft,
    MeasureRecord,
    Responsibility,
)
from desktop.domain.status import Status
from desktop.services import ledger_read
from desktop.services.ledger import LedgerService
from desktop.services.records import measure_record
from desktop.storage.models import Measure


def _ledger(service: LedgerService) -> list[int]:
    ins = service.create_inspection(InspectionDraft(title="巡察")).value
    ids = []
    for n in range(4):
        measures = [
            MeasureDraft(
                text=f"措施{n}-{k}",
                status=list(Status)[(n + k) % len(Status)],
                long_term=bool(k % 2),
                progress="进展" if k else "",
                responsibility=Responsibility(
                    lead_leader="王五" if k else "",
                    lead_unit=("办公室", "", "财务科")[k % 3],
                    cooperating_units=("人事科", "审计科", "财务科")[: (n + k) % 4],
                    responsible_person="李四",
                    deadline=date(2023, 12, k + 1) if k % 2 else None,
                    deadline_rule=DeadlineRule.LONG_TERM if k == 2 else None,
                    deadline_text="长期坚持" if k == 2 else "",
                ),
                completion_date=date(2023, 8, k + 1) if k == 1 else None,
                remarks="备注" if n else "",
            )
            for k in range(n)
        ]
        issue = service.add_issue(ins.id, IssueDraft(number=str(n + 1), text="问题"), measures)
        ids.append(issue.value.id)
    return ids


def _from_orm(service: LedgerService) -> dict[int, list[MeasureRecord]]:
    out: dict[int, list[MeasureRecord]] = {}
    with service.uow.read() as s:
        for m in s.scalars(select(Measure).order_by(Measure.issue_id, Measure.seq, Measure.id)):
            record = measure_record(
                m, m.lead_unit.name if m.lead_unit else "", [u.name for u in m.cooperating_units]
            )
            out.setdefault(m.issue_id, []).append(record)
    return out


def test_measures_read_with_sql_equal_those_from_orm_objects(service: LedgerService) -> None:
    ids = _ledger(service)
    expected = _from_orm(service)
    assert sum(len(v) for v in expected.values()) == 6
    assert service.measures_by_issue(None) == expected
    assert service.measures_by_issue(ids[2:]) == {i: expected[i] for i in ids[2:]}
    assert service.measures_by_issue([]) == {}
    assert service.list_measures(ids[3]) == expected[ids[3]]


def test_many_issue_ids_are_read_in_batches(
    service: LedgerService, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _ledger(service)
    monkeypatch.setattr(ledger_read, "_IDS_PER_QUERY", 1)
    assert service.measures_by_issue(ids) == _from_orm(service)


def test_a_read_of_issues_stops_when_its_check_says_so(demo_path: object) -> None:
    """The rest of a big scope is read in a worker; when the window shows another list
    meanwhile, the read's check raises and the read stops there (between queries and
    every few hundred records), instead of running on beside the next one."""
    import sqlite3

    class Enough(Exception):
        pass

    connection = sqlite3.connect(str(demo_path))
    try:
        fetch = ledger_read.sqlite_fetch(connection)
        calls: list[int] = []

        def count() -> None:
            calls.append(1)

        every = ledger_read.issue_records(fetch, None, check=count)
        assert len(every) == 14
        assert len(calls) >= 6  # between the queries, and before the records are made

        def stop_at_the_third() -> None:
            calls.append(1)
            if len(calls) >= 3:
                raise Enough

        calls.clear()
        with pytest.raises(Enough):
            ledger_read.issue_records(fetch, None, check=stop_at_the_third)
        assert len(calls) == 3
        assert ledger_read.issue_records(fetch, None) == every  # no check: as before
    finally:
        connection.close()


def test_one_inspections_issues_are_read_from_its_own_rows_alone(
    service: LedgerService,
) -> None:
    """Counts, open deadlines, notes and cooperating units of one inspection's issues
    are read for that inspection only (on SQLite and PostgreSQL): the same records as
    the ledger's whole list gives for it."""
    from desktop.domain.filters import IssueFilter

    first, second = _ledger(service), _ledger(service)
    every = service.list_issues()
    assert len(every) == 8
    for ids in (first, second):
        inspection = next(r.inspection_id for r in every if r.id == ids[0])
        one = service.list_issues(IssueFilter(inspection_id=inspection))
        assert one == [r for r in every if r.inspection_id == inspection]
        assert [r.id for r in one] == ids
