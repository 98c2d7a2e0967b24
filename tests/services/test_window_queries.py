"""Service methods added for the main window: search texts, records by id, moving
categories, progress notes (through the supervision service) as the window lists them;
and undo of actions that created units."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.calendar import WorkCalendar
from desktop.domain.problems import ValidationFailed
from desktop.domain.records import IssueDraft, Responsibility
from desktop.domain.supervision import ProgressNoteDraft
from desktop.services.ledger import LedgerService
from desktop.services.supervision import SupervisionService
from desktop.storage.errors import NotFound


def supervision(service: LedgerService) -> SupervisionService:
    return SupervisionService(service, calendar=WorkCalendar())


def test_search_texts_join_issue_measure_and_note_text(demo_service: LedgerService) -> None:
    issue = demo_service.list_issues()[3]
    supervision(demo_service).add_note(
        issue.id, ProgressNoteDraft(date(2023, 2, 1), "水质复检合格")
    )
    every = demo_service.search_texts()
    few = demo_service.search_texts(issue_ids=[issue.id])
    assert set(few) == {issue.id}
    assert "深井" in few[issue.id]  # a measure's text
    assert "水质复检合格" in few[issue.id]  # a progress note
    assert sorted(every[issue.id].split("\n")) == sorted(few[issue.id].split("\n"))


def test_issues_by_ids_match_the_full_listing(demo_service: LedgerService) -> None:
    listed = {r.id: r for r in demo_service.list_issues()}
    keys = list(listed)
    ids = [keys[5], keys[0]]
    found = demo_service.issues_by_ids(ids)
    assert [r.id for r in found] == ids
    assert found == [listed[i] for i in ids]
    assert demo_service.issues_by_ids([]) == []


def test_move_category_reorders_and_nests_in_one_undoable_batch(
    demo_service: LedgerService,
) -> None:
    inspection = demo_service.list_inspections()[0]
    a, b, c = (demo_service.add_category(inspection.id, n).value for n in ("甲", "乙", "丙"))
    done = demo_service.move_category(c.id, None, 0)
    order = [x.name for x in demo_service.list_categories(inspection.id)]
    assert order == ["丙", "甲", "乙"]
    demo_service.move_category(a.id, b.id, 0)
    moved = {x.name: x for x in demo_service.list_categories(inspection.id)}
    assert moved["甲"].parent_id == b.id
    with pytest.raises(NotFound):
        demo_service.move_category(b.id, a.id, 0)  # into its own child
    assert done.batch_id is not None
    demo_service.undo_batch(done.batch_id + 1)  # the nesting
    assert {x.name: x.parent_id for x in demo_service.list_categories(inspection.id)}["甲"] is None


def test_nested_categories_delete_cleanly(demo_service: LedgerService) -> None:
    inspection = demo_service.list_inspections()[0]
    parent = demo_service.add_category(inspection.id, "（一）").value
    demo_service.add_category(inspection.id, "1.", parent.id)
    done = demo_service.delete_category(parent.id)
    assert demo_service.list_categories(inspection.id) == []
    assert done.batch_id is not None
    demo_service.undo_batch(done.batch_id)
    assert len(demo_service.list_categories(inspection.id)) == 2


def test_progress_notes_are_listed_newest_first_and_validated(
    demo_service: LedgerService,
) -> None:
    sup = supervision(demo_service)
    issue = demo_service.list_issues()[0]
    measure = demo_service.list_measures(issue.id)[1]
    sup.add_note(issue.id, ProgressNoteDraft(date(2023, 1, 5), "第一次"))
    done = sup.add_note(
        issue.id, ProgressNoteDraft(date(2023, 2, 5), "第二次", measure_id=measure.id)
    )
    notes = sup.list_notes(issue.id)
    assert [n.text for n in notes] == ["第二次", "第一次"]
    assert notes[0].measure_id == measure.id
    assert notes[0].reporter == "测试员"
    assert demo_service.get_issue(issue.id).last_progress_date == date(2023, 2, 5)
    with pytest.raises(ValidationFailed):
        sup.add_note(issue.id, ProgressNoteDraft(date(2023, 1, 1), " "))
    other = demo_service.list_issues()[1]
    with pytest.raises(NotFound):
        sup.add_note(other.id, ProgressNoteDraft(date(2023, 1, 1), "x", measure_id=measure.id))
    assert done.batch_id is not None
    demo_service.undo_batch(done.batch_id)
    assert [n.text for n in sup.list_notes(issue.id)] == ["第一次"]


def test_undo_of_an_action_that_created_a_unit_removes_the_unit(
    demo_service: LedgerService,
) -> None:
    units_before = [(u.id, u.key, u.name) for u in demo_service.list_units()]
    issue = demo_service.list_issues()[0]
    done = demo_service.set_issue_fields(issue.id, {"lead_unit": "新成立的专班"})
    assert done.batch_id is not None
    redo = demo_service.undo_batch(done.batch_id)
    assert [(u.id, u.key, u.name) for u in demo_service.list_units()] == units_before
    assert demo_service.get_issue(issue.id).responsibility == issue.responsibility
    demo_service.undo_batch(redo.value)
    assert demo_service.get_issue(issue.id).responsibility.lead_unit == "新成立的专班"
    inspection = demo_service.list_inspections()[0]
    added = demo_service.add_issue(
        inspection.id,
        IssueDraft(number="99", text="x", responsibility=Responsibility(lead_unit="另一新单位")),
    )
    assert added.batch_id is not None
    demo_service.undo_batch(added.batch_id)
    assert "另一新单位" not in [u.name for u in demo_service.list_units()]
