"""The published sample notice reads exactly into the facts the domain records hold.

``data/sample_notice.txt`` is a byte-for-byte copy of the public notice in
``shared/seeds/000_fe3f2d3426687cd4.txt`` (许昌市城乡一体化示范区, 2023-03-17), kept in
the repository so the tests do not depend on a path outside it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.domain.records import InspectionKind
from desktop.domain.status import Status
from desktop.notice.reader import NoticeReading, read_notice_file

SAMPLE = Path(__file__).parent / "data" / "sample_notice.txt"

MEASURE_COUNTS = [3, 2, 2, 3, 4, 2, 2, 2, 1, 2, 2, 2, 1, 2]
IN_PROGRESS = {8, 10, 11}
PARTIAL = {9}


@pytest.fixture(scope="module")
def sample() -> NoticeReading:
    return read_notice_file(SAMPLE)


def test_sample_has_no_problems(sample: NoticeReading) -> None:
    assert [p.describe() for p in sample.plan.problems] == []
    assert not sample.plan.blocked
    assert sample.plan.source_kind == "notice"
    assert sample.encoding == "utf-8"


def test_sample_title(sample: NoticeReading) -> None:
    # The space PDF extraction left inside the title is gone.
    assert sample.title == "中共许昌市城乡一体化示范区工委关于专项巡察整改情况的通报"


def test_sample_inspection(sample: NoticeReading) -> None:
    inspection = sample.plan.inspection
    assert inspection is not None
    assert inspection.inspector == "市委第七巡察组"
    assert inspection.inspected_unit == "示范区"
    assert inspection.kind is InspectionKind.SPECIAL
    assert inspection.remarks == "河南特大暴雨洪涝灾害灾后恢复重建和以案促改专项巡察"
    assert inspection.start == date(2022, 7, 11)
    assert inspection.end == date(2022, 8, 19)
    assert inspection.feedback_date == date(2022, 10, 11)
    assert inspection.rectification_start == date(2022, 10, 12)
    assert inspection.rectification_end == date(2023, 1, 11)
    assert inspection.notice_date == date(2023, 3, 17)
    assert inspection.issuer == "中共许昌市城乡一体化示范区工委"
    assert inspection.title == "市委第七巡察组专项巡察（2022年）"
    assert inspection.contact.startswith("电话3372606；邮政地址：许昌市示范区永兴路商会大厦523室")
    assert inspection.contact.endswith("xcxqjcs@163.com")


def test_sample_issues_and_statuses(sample: NoticeReading) -> None:
    issues = sample.plan.issues
    assert [i.draft.number for i in issues] == [str(n) for n in range(1, 15)]
    for n, issue in enumerate(issues, start=1):
        draft = issue.draft
        assert issue.category_path == ()
        if n in IN_PROGRESS:
            assert (draft.status, draft.long_term) == (Status.IN_PROGRESS, False), n
            assert draft.progress == "未完成，正在推进中"
        elif n in PARTIAL:
            assert (draft.status, draft.long_term) == (Status.PARTIAL, False), n
            assert draft.progress == "除魏武大道与许开路交叉口北侧外，其他已完成"
        else:
            assert (draft.status, draft.long_term) == (Status.DONE, True), n
            assert draft.progress == "已完成，长期坚持"


def test_sample_issue_texts(sample: NoticeReading) -> None:
    texts = [i.draft.text for i in sample.plan.issues]
    assert texts[0].startswith("履行灾后恢复重建政治责任不到位")
    assert texts[0].endswith("压力传导层层递减。")
    # Spaces inside numbers and dates are gone (问题 2 and 3 had them).
    assert "下属2个党支部" in texts[1]
    assert "自2021年8月26日《许昌市灾后恢复重建工作方案》出台以来" in texts[2]
    # A sentence broken by a page (的情 / 况) is whole again.
    assert "出现了两处漫堤的情况，河堤急需加高治理" in texts[7]
    assert all("\n" not in t for t in texts)


def test_sample_measures(sample: NoticeReading) -> None:
    issues = sample.plan.issues
    assert [len(i.measures) for i in issues] == MEASURE_COUNTS
    assert sample.plan.measure_count == 30
    measures = [[m.draft.text for m in i.measures] for i in issues]
    # Text intact across the page-break fragments.
    assert measures[0][1].startswith("科学安排党工委中心组学习计划，深化防灾减灾救灾理论学习。")
    assert "深化防灾减灾救灾理论学习" in measures[0][1]
    assert "党工委班子成员、县级干部结合职责分工" in measures[1][0]
    assert "充实防灾减灾工作力量" in measures[2][1]
    assert "改善了两个社区880户群众饮水质量" in measures[3][1]
    assert "责令忠武街道办事处写出书面检查" in measures[4][2]
    assert "包括总投资800万元的核心区雨水管网维护项目、总投资900万元的" in measures[5][1]
    assert "主要领导杨朝晖和袁树林任组长" in measures[11][0]
    assert "杨朝晖" in measures[11][0]
    assert "严格督促各责任领导、分管领导" in measures[12][0]
    assert "意识不强、能力不足等问题。2022年11月17日" in measures[13][1]
    # The ordinal lead-ins and 整改措施： are not part of the text; the seq holds them.
    assert measures[0][0].startswith("认真落实第一议题制度")
    assert measures[11][0].startswith("成立了示范区")
    # Single-paragraph rectification is one measure.
    assert measures[8][0].startswith("聘请许昌水利勘测设计院等单位专家")
    assert measures[8][0].endswith("待昌盛路修通之后问题会得到顺利解决。")
    assert all(t and "\n" not in t for ms in measures for t in ms)


def test_sample_measures_take_their_issue_status(sample: NoticeReading) -> None:
    for issue in sample.plan.issues:
        for measure in issue.measures:
            assert measure.draft.status is issue.draft.status
            assert measure.draft.long_term == issue.draft.long_term


def test_sample_lines_point_into_the_file(sample: NoticeReading) -> None:
    lines = SAMPLE.read_text(encoding="utf-8").split("\n")
    for issue in sample.plan.issues:
        assert issue.source.line is not None
        assert lines[issue.source.line - 1].startswith("问题")
        assert issue.source.file == SAMPLE.name
        for measure in issue.measures:
            assert measure.source.line is not None
            assert measure.source.line > issue.source.line
    # Issue 12's measures start on the 整改措施： line.
    twelve = sample.plan.issues[11]
    assert lines[twelve.measures[0].source.line - 1].startswith("整改措施：一是")  # type: ignore[operator]


def test_sample_has_no_statistics_paragraph(sample: NoticeReading) -> None:
    assert sample.plan.statistics == {}
    assert sample.statistics.is_empty
