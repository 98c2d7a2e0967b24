"""Composing a notice from ledger records into a structured document."""

from __future__ import annotations

from datetime import date

from desktop.domain.records import InspectionDraft, InspectionKind, IssueRecord, MeasureRecord
from desktop.domain.status import Status
from desktop.notice.compose import (
    ComposeOptions,
    NoticeItem,
    compose_notice,
    items_from_records,
    notice_title,
    progress_text,
    strip_lead_in,
)
from desktop.notice.document import Block, BlockKind, document_from_text
from desktop.notice.statistics import statistics_from_records

INSPECTION = InspectionDraft(
    title="市委第七巡察组专项巡察（2022年）",
    inspector="市委第七巡察组",
    inspected_unit="示范区党工委",
    kind=InspectionKind.SPECIAL,
    start=date(2022, 7, 11),
    end=date(2022, 8, 19),
    feedback_date=date(2022, 10, 11),
    issuer="中共许昌市城乡一体化示范区工委",
    notice_date=date(2023, 3, 17),
    contact="电话3372606",
)

ITEMS = [
    NoticeItem(
        "1",
        "学习不深入。",
        Status.DONE,
        True,
        "已完成，长期坚持",
        measures=("一是加强学习。", "二是完善制度。"),
    ),
    NoticeItem("2", "项目推进缓慢。", Status.IN_PROGRESS, False, "", measures=("每月调度。",)),
    NoticeItem("3", "台账不全。", Status.NOT_STARTED),
]


def _texts(blocks: tuple[Block, ...], kind: BlockKind) -> list[str]:
    return [b.full_text for b in blocks if b.kind is kind]


def test_notice_blocks_in_order() -> None:
    stats = statistics_from_records(ITEMS)
    doc = compose_notice(INSPECTION, ITEMS, stats)
    kinds = [b.kind for b in doc.blocks]
    assert kinds[0] is BlockKind.TITLE
    assert kinds[-2:] == [BlockKind.SIGNATURE, BlockKind.DATE]
    assert doc.title == "中共许昌市城乡一体化示范区工委关于市委专项巡察整改情况的通报"
    body = [b.full_text for b in doc.blocks if b.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING)]
    assert body[0].startswith(
        "根据市委统一部署，2022年7月11日至8月19日，市委第七巡察组对示范区党工委"
    )
    assert body[2] == (
        "截至目前，巡察反馈的3个问题，已完成整改1个，基本完成0个，正在整改1个，"
        "未启动1个，申请延期0个，整改完成率33.33%。"
    )
    assert body[3:12] == [
        "问题1.学习不深入。",
        "整改进度：已完成，长期坚持。",
        "一是加强学习。",
        "二是完善制度。",
        "问题2.项目推进缓慢。",
        "整改进度：正在推进。",
        "每月调度。",  # a single measure is one plain paragraph
        "问题3.台账不全。",
        "整改进度：未启动。",
    ]
    assert body[-1].endswith("联系方式：电话3372606。")
    assert _texts(doc.blocks, BlockKind.SIGNATURE) == ["中共许昌市城乡一体化示范区工委"]
    assert _texts(doc.blocks, BlockKind.DATE) == ["2023年3月17日"]


def test_issues_are_run_in_headings() -> None:
    doc = compose_notice(INSPECTION, ITEMS)
    issue = next(b for b in doc.blocks if b.text == "问题1.")
    assert (issue.kind, issue.level, issue.run_in) == (BlockKind.HEADING, 3, "学习不深入。")
    after = doc.blocks[doc.blocks.index(issue) + 1 :][:3]
    assert [(b.kind, b.text) for b in after] == [
        (BlockKind.PARAGRAPH, "整改进度：已完成，长期坚持。"),
        (BlockKind.PARAGRAPH, "一是加强学习。"),
        (BlockKind.PARAGRAPH, "二是完善制度。"),
    ]


def test_without_statistics() -> None:
    doc = compose_notice(INSPECTION, ITEMS, None)
    assert not any("完成率" in b.text for b in doc.blocks)
    doc = compose_notice(
        INSPECTION, ITEMS, statistics_from_records(ITEMS), ComposeOptions(with_statistics=False)
    )
    assert not any("完成率" in b.text for b in doc.blocks)


def test_date_defaults_and_options() -> None:
    undated = InspectionDraft(title="t", inspected_unit="某局")
    doc = compose_notice(undated, ITEMS, options=ComposeOptions(today=date(2024, 1, 5)))
    assert doc.blocks[-1] == Block(BlockKind.DATE, "2024年1月5日")
    assert doc.blocks[-2] == Block(BlockKind.SIGNATURE, "某局")
    doc = compose_notice(
        INSPECTION, ITEMS, options=ComposeOptions(title="自定标题", notice_date=date(2023, 12, 1))
    )
    assert doc.title == "自定标题"
    assert doc.blocks[-1].text == "2023年12月1日"


def test_grouped_under_category_headings() -> None:
    items = [
        NoticeItem("1", "甲。", Status.DONE, category_path=("（一）在党建方面",)),
        NoticeItem("2", "乙。", Status.DONE, category_path=("（二）在业务方面",)),
        NoticeItem("3", "丙。", Status.DONE, category_path=("（一）在党建方面",)),
        NoticeItem("4", "丁。", Status.DONE),
    ]
    doc = compose_notice(INSPECTION, items)
    lines = [(b.level, b.full_text) for b in doc.blocks if b.kind is BlockKind.HEADING]
    assert lines == [
        (3, "问题4.丁。"),
        (2, "（一）在党建方面"),
        (3, "问题1.甲。"),
        (3, "问题3.丙。"),
        (2, "（二）在业务方面"),
        (3, "问题2.乙。"),
    ]
    flat = compose_notice(INSPECTION, items, options=ComposeOptions(grouped=False))
    assert {b.text[:2] for b in flat.blocks if b.kind is BlockKind.HEADING} == {"问题"}


def test_nested_categories_get_two_heading_levels() -> None:
    items = [
        NoticeItem("（1）", "甲。", Status.DONE, category_path=("（一）在党建方面", "1.关于学习")),
        NoticeItem("（2）", "乙。", Status.DONE, category_path=("（一）在党建方面", "2.关于制度")),
        NoticeItem("（1）", "丙。", Status.DONE, category_path=("（二）在业务方面", "1.关于项目")),
    ]
    doc = compose_notice(INSPECTION, items)
    lines = [(b.level, b.full_text) for b in doc.blocks if b.kind is BlockKind.HEADING]
    # Numbers that are not plain Arabic numbers are printed 1…N in order.
    assert lines == [
        (1, "一、在党建方面"),
        (2, "（一）关于学习"),
        (3, "问题1.甲。"),
        (2, "（二）关于制度"),
        (3, "问题2.乙。"),
        (1, "二、在业务方面"),
        (2, "（一）关于项目"),
        (3, "问题3.丙。"),
    ]


def test_progress_text_follows_the_status() -> None:
    item = NoticeItem(
        "1", "x", Status.PARTIAL, False, "除魏武大道与许开路交叉口北侧外，其他已完成。"
    )
    assert progress_text(item) == "除魏武大道与许开路交叉口北侧外，其他已完成"
    # The ledger's status changed since: the stale text is not printed.
    stale = NoticeItem("1", "x", Status.DONE, True, "未完成，正在推进中")
    assert progress_text(stale) == "已完成，长期坚持"
    assert progress_text(NoticeItem("1", "x", Status.CLOSED)) == "已销号"
    assert progress_text(NoticeItem("1", "x", Status.DONE, False, "胡乱的文字")) == "已完成"


def test_strip_lead_in() -> None:
    assert strip_lead_in("一是加强学习。") == "加强学习。"
    assert strip_lead_in("整改措施：一是成立领导小组。") == "成立领导小组。"
    assert strip_lead_in("十二是完善制度。") == "完善制度。"
    assert strip_lead_in("统一是前提。") == "统一是前提。"


def test_measure_paragraphs_inside_a_measure() -> None:
    item = NoticeItem("1", "x。", Status.DONE, measures=("第一段。\n第二段。", "另一条。"))
    doc = compose_notice(INSPECTION, [item])
    texts = [b.full_text for b in doc.blocks]
    start = texts.index("一是第一段。")
    assert texts[start : start + 3] == ["一是第一段。", "第二段。", "二是另一条。"]


def test_items_from_records_orders_measures_by_seq() -> None:
    issue = IssueRecord(number="5", text="t", category_path=("c",), id=7, status=Status.DONE)
    measures = {
        7: [
            MeasureRecord(text="后", seq=2, issue_id=7),
            MeasureRecord(text="先", seq=1, issue_id=7),
        ]
    }
    [item] = items_from_records([issue], measures)
    assert item == NoticeItem("5", "t", Status.DONE, False, "", ("c",), ("先", "后"))


def test_title_per_kind() -> None:
    audit = InspectionDraft(title="t", inspector="审计组", kind=InspectionKind.AUDIT)
    assert notice_title(audit, "某局") == "某局关于审计整改情况的通报"
    tour = InspectionDraft(title="t", inspector="省委第三巡视组", kind=InspectionKind.TOUR)
    assert notice_title(tour, "某厅党组") == "某厅党组关于省委巡视整改情况的通报"


def test_document_text_and_back() -> None:
    doc = compose_notice(INSPECTION, ITEMS, statistics_from_records(ITEMS))
    text = doc.to_text()
    assert text.startswith(doc.title + "\n\n")
    again = document_from_text(text)
    assert [b.full_text for b in again.blocks] == [b.full_text for b in doc.blocks]
    assert again.blocks == doc.blocks


def test_document_from_edited_text_finds_headings() -> None:
    doc = document_from_text(
        "某标题\n一、在党建方面\n（一）关于学习\n问题1.甲。\n某局\n2023年3月1日\n"
    )
    assert [(b.kind, b.level) for b in doc.blocks] == [
        (BlockKind.TITLE, 0),
        (BlockKind.HEADING, 1),
        (BlockKind.HEADING, 2),
        (BlockKind.HEADING, 3),
        (BlockKind.SIGNATURE, 0),
        (BlockKind.DATE, 0),
    ]
    assert (doc.blocks[3].text, doc.blocks[3].run_in) == ("问题1.", "甲。")
    assert document_from_text("  \n").blocks == ()
