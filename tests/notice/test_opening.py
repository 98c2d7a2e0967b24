"""The opening formula and the closing: the inspection's facts, read and written."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.problems import Code, Severity
from desktop.domain.records import InspectionDraft, InspectionKind
from desktop.notice.opening import (
    compose_closing,
    compose_opening,
    format_range,
    organ_of,
    read_contact,
    read_opening,
)
from desktop.notice.reader import read_notice_text


def _facts(text: str) -> tuple[object, ...]:
    f = read_opening([(text, 1)])
    return (
        f.inspector,
        f.inspected_unit,
        f.kind,
        f.start,
        f.end,
        f.feedback_date,
        f.rectification_start,
        f.rectification_end,
    )


def test_opening_of_notices_md() -> None:
    assert _facts(
        "根据县委统一部署，2023年3月6日至4月28日，县委第二巡察组对县交通运输局党组进行了常规巡察。"
        "2023年6月9日，县委巡察组向县交通运输局党组反馈了巡察意见。"
    ) == (
        "县委第二巡察组",
        "县交通运输局党组",
        InspectionKind.REGULAR,
        date(2023, 3, 6),
        date(2023, 4, 28),
        date(2023, 6, 9),
        None,
        None,
    )


def test_end_date_without_month_and_dates_across_a_new_year() -> None:
    facts = _facts(
        "根据市委统一部署，2022年11月7日至28日，市委第三巡察组对市审计局党组开展了专项巡察。"
        "1月10日，市委巡察组向市审计局党组反馈了巡察意见。"
        "1月11日至4月10日，进行了集中整改。"
    )
    assert facts[3:] == (
        date(2022, 11, 7),
        date(2022, 11, 28),
        date(2023, 1, 10),
        date(2023, 1, 11),
        date(2023, 4, 10),
    )
    assert facts[2] is InspectionKind.SPECIAL


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("进行了常规巡察", InspectionKind.REGULAR),
        ("开展了巡察“回头看”", InspectionKind.FOLLOW_UP),
        ("进行了机动巡察", InspectionKind.MOBILE),
        ("进行了提级巡察", InspectionKind.ELEVATED),
        ("进行了联动巡察", InspectionKind.LINKED),
    ],
)
def test_kinds(phrase: str, kind: InspectionKind) -> None:
    assert _facts(f"2023年3月6日至4月28日，县委第二巡察组对某局{phrase}。")[2] is kind


def test_unreadable_date_is_reported_not_guessed() -> None:
    text = (
        "关于巡察整改情况的通报\n"
        "根据县委统一部署，2021年8月2日至9月10日，县委第一巡察组对某局进行了常规巡察。"
        "2021915日，县委巡察组向某局反馈了巡察意见。\n"
        "问题1.某问题。\n整改进度：已完成。\n"
    )
    plan = read_notice_text(text, file="x.txt").plan
    assert plan.inspection is not None
    assert plan.inspection.feedback_date is None
    assert plan.inspection.start == date(2021, 8, 2)
    [problem] = [p for p in plan.problems if p.code is Code.UNREADABLE_DATE]
    assert (problem.value, problem.field, problem.line) == ("2021915日", "feedback_date", 2)
    assert problem.severity is Severity.WARNING
    assert problem.file == "x.txt"
    assert "2021915日" in problem.describe()


def test_impossible_date_is_reported() -> None:
    text = (
        "关于巡察整改情况的通报\n"
        "根据县委统一部署，2023年2月30日至4月28日，县委第二巡察组对某局进行了常规巡察。\n"
        "问题1.某问题。\n整改进度：已完成。\n"
    )
    plan = read_notice_text(text).plan
    [problem] = [p for p in plan.problems if p.code is Code.IMPOSSIBLE_DATE]
    assert problem.value == "2023年2月30日"
    assert plan.inspection is not None
    assert plan.inspection.start is None


def test_closing_date_in_chinese_numerals() -> None:
    text = (
        "关于巡察整改情况的通报\n问题1.某问题。\n整改进度：已完成。\n"
        "某县财政局党组\n二〇二三年三月十七日\n"
    )
    plan = read_notice_text(text).plan
    assert plan.inspection is not None
    assert plan.inspection.notice_date == date(2023, 3, 17)
    assert plan.inspection.issuer == "某县财政局党组"


def test_contact_lines_on_their_own_lines() -> None:
    assert (
        read_contact(
            [
                "欢迎广大干部群众对巡察整改落实情况进行监督。",
                "联系电话：0374-1234567",
                "邮政地址：某县人民路1号",
                "电子邮箱：jtj@example.cn。",
            ]
        )
        == "联系电话：0374-1234567；邮政地址：某县人民路1号；电子邮箱：jtj@example.cn"
    )


def test_organ_of_the_team() -> None:
    assert organ_of("市委第七巡察组") == "市委"
    assert organ_of("县委巡察组") == "县委"
    assert organ_of("省委第三巡视组") == "省委"
    assert organ_of("审计组") == ""


def test_format_range_drops_the_year_its_start_gives() -> None:
    assert format_range(date(2022, 7, 11), date(2022, 8, 19)) == "2022年7月11日至8月19日"
    assert format_range(date(2022, 10, 12), date(2023, 1, 11)) == "2022年10月12日至2023年1月11日"
    assert format_range(date(2023, 3, 1), None) == "2023年3月1日"


def test_composed_opening_reads_back() -> None:
    inspection = InspectionDraft(
        title="t",
        inspector="市委第七巡察组",
        inspected_unit="示范区",
        kind=InspectionKind.SPECIAL,
        start=date(2022, 7, 11),
        end=date(2022, 8, 19),
        feedback_date=date(2022, 10, 11),
        rectification_start=date(2022, 10, 12),
        rectification_end=date(2023, 1, 11),
        remarks="河南特大暴雨洪涝灾害灾后恢复重建和以案促改专项巡察",
    )
    paragraphs = compose_opening(inspection)
    assert paragraphs[0] == (
        "根据市委统一部署，2022年7月11日至8月19日，市委第七巡察组对示范区进行了"
        "河南特大暴雨洪涝灾害灾后恢复重建和以案促改专项巡察。2022年10月11日，"
        "市委巡察组向示范区反馈了巡察意见。2022年10月12日至2023年1月11日，进行了集中整改。"
    )
    facts = read_opening([(p, n) for n, p in enumerate(paragraphs, start=1)])
    assert (facts.inspector, facts.inspected_unit, facts.kind, facts.kind_text) == (
        "市委第七巡察组",
        "示范区",
        InspectionKind.SPECIAL,
        inspection.remarks,
    )
    assert (facts.start, facts.end, facts.feedback_date) == (
        inspection.start,
        inspection.end,
        inspection.feedback_date,
    )
    assert (facts.rectification_start, facts.rectification_end) == (
        inspection.rectification_start,
        inspection.rectification_end,
    )


def test_opening_leaves_out_what_is_missing() -> None:
    [first, second] = compose_opening(InspectionDraft(title="t", inspected_unit="某局"))
    assert first == "根据上级统一部署。"
    assert "现将巡察整改情况予以公布" in second
    tour = compose_opening(
        InspectionDraft(
            title="t",
            inspector="省委第三巡视组",
            kind=InspectionKind.TOUR,
            feedback_date=date(2023, 5, 1),
        )
    )
    assert "省委巡视组向我单位反馈了巡视意见" in tour[0]


def test_closing_with_and_without_contact() -> None:
    assert compose_closing("电话3372606。").endswith("联系方式：电话3372606。")
    assert "联系方式" not in compose_closing("")
