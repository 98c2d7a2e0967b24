"""Merging returned hand-outs: what the unit changed becomes field changes, what both
sides changed becomes a conflict with the three values, added rows become additions,
and tampered or deleted rows and foreign, altered or broken files are reported or
refused, never applied."""

from __future__ import annotations

import shutil
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from desktop.domain.problems import Code, Severity
from desktop.domain.records import MeasureRecord
from desktop.domain.status import Status
from desktop.excel.errors import WorkbookRefused
from desktop.excel.handoff import DATA_SHEET
from desktop.excel.merge import (
    MergeResult,
    cross_check,
    looks_like_handoff,
    plan_merge,
    read_returned,
)
from desktop.services.handoff import Identity, identity, ledger_state, write_unit_handouts
from desktop.services.ledger import LedgerService
from tests.excel.handoff_helpers import fill, open_handout

UNIT = "财政局"


@pytest.fixture
def handed(demo_service: LedgerService, tmp_path: Path) -> Path:
    """The 财政局 hand-out of the demo ledger (issues 7 and 11, four measures)."""
    folder = tmp_path / "out"
    folder.mkdir()
    [summary] = write_unit_handouts(demo_service, folder, [UNIT], due=date(2023, 2, 1))
    return summary.path


def measures_of(service: LedgerService, unit: str = UNIT) -> list[MeasureRecord]:
    by_issue = service.measures_by_issue(None)
    return [m for ms in by_issue.values() for m in ms if m.responsibility.lead_unit == unit]


def merge(service: LedgerService, path: Path) -> MergeResult:
    ident = identity(service, create=False)
    assert ident is not None
    returned = read_returned(path, ledger_id=ident.ledger_id, secret=ident.secret)
    return plan_merge(returned, ledger_state(service))


def test_an_untouched_file_merges_to_nothing(demo_service: LedgerService, handed: Path) -> None:
    result = merge(demo_service, handed)
    assert result.empty
    assert result.unit == UNIT
    assert result.manifest.due == date(2023, 2, 1)
    assert looks_like_handoff(handed)


def test_the_units_answers_become_field_changes(
    demo_service: LedgerService, handed: Path, tmp_path: Path
) -> None:
    m = measures_of(demo_service)
    assert [x.status for x in m] == [Status.DONE] * 2 + [Status.IN_PROGRESS] * 2
    edited = fill(
        handed,
        tmp_path / "back.xlsx",
        {
            m[2].key: {
                "整改状态": "已完成",
                "整改进展": "  已全部整改到位\n下一步：巩固成效  ",
                "完成日期": datetime(2023, 1, 20),
            },
            m[3].key: {"完成日期": "2023年1月25日", "备注": "需要延期一周", "整改状态": "申请延期"},
            m[0].key: {"完成日期": 44927},  # a serial number, as a re-typed cell holds it
            m[1].key: {"整改状态": "已完成"},  # was 已完成，长期坚持
        },
    )
    result = merge(demo_service, edited)
    got = {(c.change.key, c.field): (c.sent, c.theirs) for c in result.changes}
    assert got == {
        (m[2].key, "status"): ("in_progress", "done"),
        (m[2].key, "progress"): ("", "已全部整改到位\n下一步：巩固成效"),
        (m[2].key, "completion_date"): (None, "2023-01-20"),
        (m[3].key, "status"): ("in_progress", "postponed"),
        (m[3].key, "completion_date"): (None, "2023-01-25"),
        (m[3].key, "remarks"): ("", "需要延期一周"),
        (m[0].key, "completion_date"): ("2023-01-11", "2023-01-01"),
        (m[1].key, "long_term"): (True, False),
    }
    assert not result.conflicts
    assert not result.problems
    change = next(c for c in result.changes if c.field == "remarks")
    assert change.change.source.row == open_handout(handed).rows[m[3].key]
    assert change.change.source.column == "备注"
    assert change.ref.number == "11"
    plan = result.plan()
    assert plan.source_kind == "merge"
    assert len(plan.changes) == 8
    assert plan.description == "合并财政局交回的台账（back.xlsx）"
    # Rejected changes stay out of the plan.
    assert len(result.plan(changes={0, 1}).changes) == 2


def test_both_sides_changed_is_a_conflict_with_three_values(
    demo_service: LedgerService, handed: Path, tmp_path: Path
) -> None:
    m = measures_of(demo_service)
    edited = fill(
        handed,
        tmp_path / "back.xlsx",
        {
            m[2].key: {"整改进展": "单位写的进展", "备注": "同样的备注"},
            m[3].key: {"整改状态": "已完成"},
        },
    )
    demo_service.set_measure_fields(
        m[2].id, {"progress": "台账里写的进展", "remarks": "同样的备注"}
    )
    demo_service.set_measure_fields(m[3].id, {"remarks": "台账改了别的字段"})
    result = merge(demo_service, edited)
    [conflict] = result.conflicts
    assert (conflict.field, conflict.sent, conflict.theirs, conflict.ours) == (
        "progress",
        "",
        "单位写的进展",
        "台账里写的进展",
    )
    # The same remark on both sides is no conflict and no change; a field the ledger
    # changed that the unit left alone is not touched.
    assert [(c.change.key, c.field) for c in result.changes] == [(m[3].key, "status")]
    assert result.plan().changes == (result.changes[0].change,)
    taken = result.plan(resolutions={0: "theirs"}).changes
    assert [(c.field, c.value) for c in taken] == [("status", "done"), ("progress", "单位写的进展")]
    assert len(result.plan(resolutions="ours").changes) == 1


def test_a_field_changed_while_the_merge_was_reviewed_stops_the_whole_merge(
    demo_service: LedgerService, demo_path: Path, handed: Path, tmp_path: Path
) -> None:
    """Planned, then someone edits a field the file changes (or a conflict the clerk
    took theirs on is edited again): applying refuses, names the issue and field, and
    writes nothing; planned afresh, the edit shows up as a conflict."""
    from desktop.storage.errors import StaleEdit
    from tests.services.test_ledger import dump

    m = measures_of(demo_service)
    edited = fill(
        handed,
        tmp_path / "back.xlsx",
        {m[2].key: {"整改进展": "单位写的进展"}, m[3].key: {"备注": "单位的备注"}},
    )
    result = merge(demo_service, edited)
    assert {c.field for c in result.changes} == {"progress", "remarks"}
    demo_service.set_measure_fields(m[3].id, {"remarks": "同事刚改的备注"})
    before = dump(demo_path)
    with pytest.raises(StaleEdit, match="问题 11 的“备注”在合并期间已被他人修改"):
        demo_service.apply_plan(result.plan())
    assert dump(demo_path) == before
    again = merge(demo_service, edited)
    [conflict] = again.conflicts
    assert (conflict.field, conflict.ours, conflict.theirs) == (
        "remarks",
        "同事刚改的备注",
        "单位的备注",
    )
    # Taking theirs over what the clerk saw works; over a later edit it does not.
    plan = again.plan(resolutions="theirs")
    demo_service.set_measure_fields(m[3].id, {"remarks": "又改了一次"})
    with pytest.raises(StaleEdit):
        demo_service.apply_plan(plan)
    demo_service.set_measure_fields(m[3].id, {"remarks": "同事刚改的备注"})
    done = demo_service.apply_plan(plan)
    assert done.value.fields_changed == 2
    assert {x.key: x.remarks for x in measures_of(demo_service)}[m[3].key] == "单位的备注"


def test_a_change_someone_already_made_the_same_way_still_applies(
    demo_service: LedgerService, handed: Path, tmp_path: Path
) -> None:
    m = measures_of(demo_service)
    edited = fill(handed, tmp_path / "back.xlsx", {m[3].key: {"备注": "单位的备注"}})
    plan = merge(demo_service, edited).plan()
    demo_service.set_measure_fields(m[3].id, {"remarks": "单位的备注"})
    assert demo_service.apply_plan(plan).value.fields_changed == 0


def test_unreadable_cells_are_reported_and_left_out(
    demo_service: LedgerService, handed: Path, tmp_path: Path
) -> None:
    m = measures_of(demo_service)
    edited = fill(
        handed,
        tmp_path / "back.xlsx",
        {
            m[2].key: {"整改状态": "差不多吧", "整改进展": "写了进展"},
            m[3].key: {"完成日期": "2023年2月30日"},
            m[0].key: {"完成日期": "长期坚持", "整改状态": ""},
        },
    )
    result = merge(demo_service, edited)
    assert [(c.change.key, c.field) for c in result.changes] == [(m[2].key, "progress")]
    codes = sorted((p.code, p.column, p.severity) for p in result.problems)
    assert codes == [
        (Code.IMPOSSIBLE_DATE, "完成日期", Severity.ERROR),
        (Code.REQUIRED, "整改状态", Severity.WARNING),
        (Code.UNKNOWN_STATUS, "整改状态", Severity.ERROR),
        (Code.UNREADABLE_DATE, "完成日期", Severity.ERROR),
    ]
    bad = next(p for p in result.problems if p.code is Code.UNKNOWN_STATUS)
    assert bad.file == "back.xlsx"
    assert bad.sheet == "台账"
    assert bad.row == open_handout(handed).rows[m[2].key]
    assert bad.value == "差不多吧"


@pytest.mark.parametrize("form", ["as written", "xlsx", "ods"])
def test_cells_showing_an_error_are_reported_never_merged_as_cleared(
    demo_service: LedgerService, handed: Path, tmp_path: Path, form: str
) -> None:
    """A unit that fills 完成日期 or 整改进展 with a formula (a lookup into its own
    sheet) sends back #N/A or #DIV/0!, or, from a program that stores no results, a
    formula with none: calamine reads all of these blank, which must not merge as the
    unit clearing the ledger's date. Each is reported by file, sheet, row and column,
    and the row's other answers still merge."""
    from tests.excel import make_corpus

    m = measures_of(demo_service)
    assert m[0].completion_date is not None  # what a blank would clear
    edited = fill(
        handed,
        tmp_path / "back.xlsx",
        {
            m[0].key: {"完成日期": "=NA()", "备注": "已核实"},
            m[2].key: {"整改进展": "=1/0", "整改状态": "=NA()"},
        },
    )
    if form != "as written":  # recalculated and saved by a spreadsheet program
        [edited] = make_corpus.convert([edited], form, tmp_path / form)
    result = merge(demo_service, edited)
    assert [(c.change.key, c.field, c.theirs) for c in result.changes] == [
        (m[0].key, "remarks", "已核实")
    ]
    rows = open_handout(handed).rows
    found = sorted((p.row or 0, p.column, p.code, p.severity) for p in result.problems)
    code = Code.FORMULA_NOT_CALCULATED if form == "as written" else Code.ERROR_VALUE
    assert found == sorted(
        [
            (rows[m[0].key], "完成日期", code, Severity.ERROR),
            (rows[m[2].key], "整改进展", code, Severity.ERROR),
            (rows[m[2].key], "整改状态", code, Severity.ERROR),
        ]
    )
    date_problem = next(p for p in result.problems if p.column == "完成日期")
    assert date_problem.file == edited.name
    assert date_problem.sheet == "台账"
    assert date_problem.cell.endswith(str(rows[m[0].key]))
    assert "未合并" in date_problem.message
    if form != "as written":
        assert "#N/A" in date_problem.message


def test_added_rows_become_additions(
    demo_service: LedgerService, handed: Path, tmp_path: Path
) -> None:
    edited = fill(
        handed,
        tmp_path / "back.xlsx",
        {},
        additions=[
            {
                "序号": "7",
                "整改措施": "三是建立应急物资台账",
                "责任人": "李四",
                "整改时限": "2023年3月31日",
                "整改状态": "正在推进",
                "整改进展": "已起草制度",
            },
            {"整改措施": "没有写序号的措施"},
            {"序号": "99", "整改措施": "不存在的问题"},
            {"序号": "11", "整改进展": "只写了进展"},
        ],
    )
    result = merge(demo_service, edited)
    [added] = result.additions
    assert added.number == "7"
    assert added.draft.text == "三是建立应急物资台账"
    assert added.draft.status is Status.IN_PROGRESS
    assert added.draft.progress == "已起草制度"
    assert added.draft.responsibility.lead_unit == UNIT
    assert added.draft.responsibility.responsible_person == "李四"
    assert added.draft.responsibility.deadline == date(2023, 3, 31)
    issue7 = next(i for i in demo_service.list_issues() if i.number == "7")
    assert added.issue_key == issue7.key
    assert sorted(p.code for p in result.problems) == [
        Code.MEASURE_WITHOUT_ISSUE,
        Code.MEASURE_WITHOUT_ISSUE,
        Code.REQUIRED,
    ]
    [plan_measure] = result.plan().new_measures
    assert plan_measure.issue_key == issue7.key
    assert result.plan(additions=()).new_measures == ()


def test_a_row_inserted_among_the_rows_belongs_to_the_issue_above(
    demo_service: LedgerService, handed: Path, tmp_path: Path
) -> None:
    sheet = open_handout(handed)
    m = measures_of(demo_service)
    below = sheet.rows[m[2].key] + 1  # under issue 11's first measure
    sheet.ws.protection.sheet = False  # someone who knows how lifted the protection
    sheet.ws.insert_rows(below)
    sheet.ws.cell(below, sheet.columns["整改措施"]).value = "插在中间的新措施"
    result = merge(demo_service, sheet.save(tmp_path / "back.xlsx"))
    [added] = result.additions
    assert added.number == "11"
    assert added.draft.text == "插在中间的新措施"
    assert not result.problems  # rows moved down by one still match their keys


def test_evidence_the_ledger_lacks_is_pointed_at(
    demo_service: LedgerService, handed: Path, tmp_path: Path
) -> None:
    m = measures_of(demo_service)
    edited = fill(
        handed, tmp_path / "back.xlsx", {m[0].key: {"佐证材料": "会议纪要\n整改报告；照片"}}
    )
    result = merge(demo_service, edited)
    [note] = result.evidence
    assert note.titles == ("会议纪要", "整改报告", "照片")
    assert note.ref.key == m[0].key
    assert not result.changes  # evidence is attached by hand, never invented


def test_tampered_keys_and_deleted_rows_are_reported_not_applied(
    demo_service: LedgerService, handed: Path, tmp_path: Path
) -> None:
    m = measures_of(demo_service)
    sheet = open_handout(handed)
    sheet.ws.protection.sheet = False
    key_col = sheet.columns["措施编码"]
    rows = [sheet.rows[x.key] for x in m]
    # Row 1: its key moved onto row 2 (a duplicate there, and row 2's own key is gone).
    sheet.ws.cell(rows[1], key_col).value = m[0].key
    # Row 3: a key that was never sent.
    sheet.ws.cell(rows[2], key_col).value = "00000000-0000-0000-0000-000000000000"
    # Row 4: its revision altered.
    sheet.ws.cell(rows[3], sheet.columns["措施版本"]).value = "99"
    for r in rows:
        sheet.ws.cell(r, sheet.columns["整改进展"]).value = "改过的进展"
    result = merge(demo_service, sheet.save(tmp_path / "back.xlsx"))
    assert not result.changes
    assert not result.conflicts
    assert not result.additions
    tampered = sorted(p.row for p in result.problems if p.code is Code.TAMPERED)
    assert tampered == sorted(rows)
    # The keys that vanished from rows 2 and 3 are reported as rows gone.
    deleted = [p.row for p in result.problems if p.code is Code.DELETED_ROW]
    assert sorted(deleted) == [rows[1], rows[2]]
    assert all(p.blocking for p in result.problems)


def test_a_key_moved_to_another_row_is_spotted_by_the_rows_text(
    demo_service: LedgerService, handed: Path, tmp_path: Path
) -> None:
    m = measures_of(demo_service)
    sheet = open_handout(handed)
    sheet.ws.protection.sheet = False
    a, b = sheet.rows[m[2].key], sheet.rows[m[3].key]
    for header in ("措施编码", "措施版本", "问题编码", "问题版本"):
        col = sheet.columns[header]
        upper, lower = sheet.ws.cell(a, col), sheet.ws.cell(b, col)
        upper.value, lower.value = lower.value, upper.value
    sheet.ws.cell(a, sheet.columns["整改状态"]).value = "已完成"
    result = merge(demo_service, sheet.save(tmp_path / "back.xlsx"))
    assert not result.changes
    assert sorted(p.row for p in result.problems if p.code is Code.TAMPERED) == [a, b]


def test_a_row_deleted_from_the_ledger_since_is_reported(
    demo_service: LedgerService, handed: Path, tmp_path: Path
) -> None:
    m = measures_of(demo_service)
    edited = fill(handed, tmp_path / "back.xlsx", {m[3].key: {"整改进展": "进展"}})
    demo_service.delete_measure(m[3].id)
    result = merge(demo_service, edited)
    assert not result.changes
    [problem] = result.problems
    assert problem.code is Code.DELETED_ROW
    assert "已在台账中删除" in problem.message


def refusal(path: Path, ident: Identity | None) -> WorkbookRefused:
    with pytest.raises(WorkbookRefused) as caught:
        read_returned(
            path,
            ledger_id=ident.ledger_id if ident else None,
            secret=ident.secret if ident else None,
        )
    return caught.value


def test_files_not_ours_from_elsewhere_or_altered_are_refused(
    demo_service: LedgerService, handed: Path, tmp_path: Path
) -> None:
    ident = identity(demo_service, create=False)
    assert ident is not None
    other = Identity("another-ledger", ident.secret)
    assert refusal(handed, other).code is Code.OTHER_LEDGER
    assert "另一个台账" in str(refusal(handed, None))
    wrong_secret = Identity(ident.ledger_id, b"x" * 32)
    assert refusal(handed, wrong_secret).code is Code.TAMPERED

    # The values as sent, edited by someone who found the very hidden sheet.
    wb = openpyxl.load_workbook(handed)
    data = wb[DATA_SHEET]
    last = data.max_row
    data.cell(last, 8).value = "伪造的发出值"
    wb.save(tmp_path / "forged.xlsx")
    forged = refusal(tmp_path / "forged.xlsx", ident)
    assert forged.code is Code.TAMPERED
    assert "校验不符" in forged.problem.message

    # An ordinary workbook: not a hand-out.
    plain = openpyxl.Workbook()
    plain.active.title = "台账"
    plain.save(tmp_path / "plain.xlsx")
    assert refusal(tmp_path / "plain.xlsx", ident).code is Code.NOT_HANDOFF
    assert not looks_like_handoff(tmp_path / "plain.xlsx")

    # Damaged, not a workbook, hostile.
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(handed.read_bytes()[:2000])
    assert refusal(cut, ident).code is Code.DAMAGED_FILE
    text = tmp_path / "notes.xlsx"
    text.write_text("不是表格", encoding="utf-8")
    refused = refusal(text, ident)
    assert refused.code is Code.NOT_A_WORKBOOK
    assert "导入" not in refused.problem.message
    bomb = tmp_path / "bomb.xlsx"
    shutil.copy(handed, bomb)
    with zipfile.ZipFile(bomb, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet9.xml", b"<" + b" " * (24 * 1024 * 1024) + b"/>")
    assert refusal(bomb, ident).code is Code.HOSTILE_FILE


def test_a_sheet_renamed_or_its_key_columns_removed_is_refused(
    demo_service: LedgerService, handed: Path, tmp_path: Path
) -> None:
    ident = identity(demo_service, create=False)
    wb = openpyxl.load_workbook(handed)
    wb["台账"].title = "改名了"
    wb.save(tmp_path / "renamed.xlsx")
    assert refusal(tmp_path / "renamed.xlsx", ident).code is Code.SHEET_NOT_FOUND
    sheet = open_handout(handed)
    sheet.ws.delete_cols(sheet.columns["问题编码"], 4)
    assert refusal(sheet.save(tmp_path / "cut.xlsx"), ident).code is Code.TAMPERED


def test_two_files_changing_one_field_differently_are_held_back(
    demo_service: LedgerService, handed: Path, tmp_path: Path
) -> None:
    m = measures_of(demo_service)
    first = merge(demo_service, fill(handed, tmp_path / "a.xlsx", {m[2].key: {"备注": "甲"}}))
    second = merge(
        demo_service,
        fill(handed, tmp_path / "b.xlsx", {m[2].key: {"备注": "乙", "整改进展": "同一进展"}}),
    )
    checked = cross_check([first, second])
    assert [len(r.changes) for r in checked] == [0, 1]
    assert [p.code for r in checked for p in r.problems] == [Code.CONFLICT, Code.CONFLICT]
    assert cross_check([first]) == [first]


def test_a_unit_with_rows_in_two_inspections_gets_one_file(
    demo_service: LedgerService, tmp_path: Path
) -> None:
    from desktop.domain.records import InspectionDraft, IssueDraft, Responsibility

    second = demo_service.create_inspection(
        InspectionDraft(title="审计整改", inspected_unit="财政局")
    )
    lone = demo_service.add_issue(
        second.value.id,
        IssueDraft(
            number="1", text="专项资金未及时拨付", responsibility=Responsibility(lead_unit=UNIT)
        ),
    ).value
    [summary] = write_unit_handouts(demo_service, tmp_path, [UNIT])
    sheet = open_handout(summary.path)
    assert "所属巡察" in sheet.columns
    assert summary.issues == 3
    # An issue without measures answers for itself on its own row.
    edited = fill(
        summary.path, tmp_path / "back.xlsx", {lone.key: {"整改状态": "已完成", "备注": "已拨付"}}
    )
    result = merge(demo_service, edited)
    assert {(c.change.entity, c.field) for c in result.changes} == {
        ("issue", "status"),
        ("issue", "remarks"),
    }
    done = demo_service.apply_plan(result.plan())
    assert done.value.fields_changed == 2
    assert demo_service.get_issue(lone.id).status is Status.DONE


def test_an_answer_saved_as_ods_still_merges(
    demo_service: LedgerService, handed: Path, tmp_path: Path
) -> None:
    from tests.excel import make_corpus

    m = measures_of(demo_service)
    edited = fill(
        handed,
        tmp_path / "answer.xlsx",
        {m[2].key: {"整改状态": "已完成", "完成日期": datetime(2023, 1, 20)}},
    )
    [ods] = make_corpus.convert([edited], "ods", tmp_path / "ods")
    assert looks_like_handoff(ods)
    result = merge(demo_service, ods)
    assert {(c.field, c.theirs) for c in result.changes} == {
        ("status", "done"),
        ("completion_date", "2023-01-20"),
    }
    assert not result.problems


def test_changes_turned_down_are_not_proposed_again(
    demo_service: LedgerService, handed: Path, tmp_path: Path
) -> None:
    """Units answer the same hand-out again and again: what the clerk said no to stays
    out of the next merge (listed as declined), and a new value from the unit is
    proposed as usual."""
    m = measures_of(demo_service)
    first = fill(
        handed,
        tmp_path / "back.xlsx",
        {m[2].key: {"整改状态": "已完成"}, m[3].key: {"备注": "单位的备注"}},
    )
    result = merge(demo_service, first)
    index = {c.field: n for n, c in enumerate(result.changes)}
    plan = result.plan(changes={index["status"]})
    assert [(c.field, c.value) for c in plan.declined] == [("remarks", "单位的备注")]
    demo_service.apply_plan(plan)

    again = merge(demo_service, first)
    assert again.changes == ()
    assert again.conflicts == ()
    assert [(d.field, d.theirs) for d in again.declined] == [("remarks", "单位的备注")]
    assert again.empty  # nothing new: the review shows the declined ones only
    # Nothing is merged for it unless chosen; chosen, it applies and is forgotten.
    assert again.plan().changes == ()
    demo_service.apply_plan(again.plan(reconsidered={0}))
    assert {x.key: x.remarks for x in measures_of(demo_service)}[m[3].key] == "单位的备注"
    assert merge(demo_service, first).empty

    # A different answer for a field declined before is a change again.
    second = fill(handed, tmp_path / "back2.xlsx", {m[2].key: {"备注": "甲"}})
    declined = merge(demo_service, second)
    demo_service.apply_plan(declined.plan(changes=set()))
    third = fill(handed, tmp_path / "back3.xlsx", {m[2].key: {"备注": "乙"}})
    assert [(c.field, c.theirs) for c in merge(demo_service, third).changes] == [("remarks", "乙")]


def test_a_conflict_kept_as_ours_is_remembered(
    demo_service: LedgerService, handed: Path, tmp_path: Path
) -> None:
    from desktop.services.declined import remember_plan

    m = measures_of(demo_service)
    edited = fill(handed, tmp_path / "back.xlsx", {m[3].key: {"备注": "单位的备注"}})
    demo_service.set_measure_fields(m[3].id, {"remarks": "台账的备注"})
    result = merge(demo_service, edited)
    assert len(result.conflicts) == 1
    plan = result.plan(resolutions="ours")
    assert plan.changes == ()
    assert len(plan.declined) == 1
    remember_plan(demo_service, plan)  # nothing else to apply: the decline alone
    again = merge(demo_service, edited)
    assert again.conflicts == ()
    [declined] = again.declined
    # Taken after all, it expects the ledger's value as it is now.
    assert (declined.theirs, declined.change.expected) == ("单位的备注", "台账的备注")
    demo_service.apply_plan(again.plan(reconsidered={0}))
    assert {x.key: x.remarks for x in measures_of(demo_service)}[m[3].key] == "单位的备注"


def test_pictures_pasted_into_cells_with_wps_are_named_not_merged(
    demo_service: LedgerService, handed: Path, tmp_path: Path
) -> None:
    """WPS keeps a picture pasted into a cell as =DISPIMG("ID_…",1), which is what
    other programs read from it. A unit that pasted photos as its evidence, or into
    整改进展, is told they did not come across; the text beside them does."""
    m = measures_of(demo_service)
    sheet = open_handout(handed)
    picture = '=DISPIMG("ID_5D3C1A0B2E4F4A6B8C0D",1)'
    evidence = sheet.cell(m[0].key, "佐证材料")
    evidence.value = f"会议纪要\n{picture}"
    evidence.data_type = "s"  # the cached text, as WPS writes it beside the formula
    progress = sheet.cell(m[1].key, "整改进展")
    progress.value = picture
    progress.data_type = "s"
    result = merge(demo_service, sheet.save(tmp_path / "back.xlsx"))
    [note] = result.evidence
    assert note.titles == ("会议纪要",)
    pictures = [p for p in result.problems if p.code is Code.CELL_PICTURE]
    assert {p.field for p in pictures} == {"evidence", "progress"}
    assert all("图片" in p.message and p.row for p in pictures)
    assert not any(c.field == "progress" and "DISPIMG" in str(c.new) for c in result.changes)
