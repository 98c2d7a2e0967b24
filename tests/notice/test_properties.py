"""Property tests over the notice reader (issue #23): notices composed from random
combinations of the issue markers, category headings, measure forms, status words and
positions, and text hazards the reader claims to support read back as composed; and
any text at all reads to a plan or a clear problem, never a crash."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.numbering import int_to_chinese
from desktop.domain.status import Status
from desktop.notice.clean import simplify
from desktop.notice.reader import read_notice_text
from tests.notice.texts import ascii_punctuation, pdf_lines, traditional, with_chrome

OPENING = (
    "根据县委统一部署，2023年3月6日至4月28日，县委第二巡察组对县交通运输局党组进行了常规巡察。"
    "2023年6月9日，县委巡察组向县交通运输局党组反馈了巡察意见。"
)
PROBLEMS = (
    "理论学习中心组学习流于形式",
    "干部职工教育培训覆盖面不足",
    "公务用车管理不规范",
    "执行民主集中制不严格",
    "防汛物资储备不足",
    "财务报销审核把关不严",
    "基层党组织建设薄弱",
    "意识形态工作责任制落实不到位",
    "项目资金拨付滞后",
    "信访件办理时限超期",
)
ACTIONS = (
    "修订中心组学习制度",
    "建立学习台账",
    "制定年度培训计划",
    "开展专项检查",
    "完善报销审批流程",
    "调整支部书记",
    "约谈分管领导",
    "建立督办清单",
    "优化拨付流程",
    "组织专题研讨",
)
# Status words by state, from the domain's vocabulary, as notices write them.
STATUS_WORDS = {
    Status.DONE: ("已完成", "已整改到位", "已完成整改", "整改到位"),
    Status.IN_PROGRESS: ("正在整改", "正在推进", "整改中", "持续推进"),
    Status.PARTIAL: ("基本完成", "部分完成", "取得阶段性成效"),
    Status.CLOSED: ("已销号",),
    Status.POSTPONED: ("申请延期",),
}
STATUS_LABELS = ("整改进度", "整改情况", "整改进展", "完成情况")
CATEGORIES = ("党的建设方面", "业务管理方面", "作风建设方面", "资金管理方面")


def _issue_marker(form: int, n: int) -> tuple[str, str]:
    """The marker as written and the number the reader keeps."""
    cn = int_to_chinese(n)
    return [
        (f"问题{n}.", str(n)),
        (f"问题 {n}：", str(n)),
        (f"问题{cn}：", cn),
        (f"反馈问题{n}：", str(n)),
        (f"问题清单第{n}项：", str(n)),
        (f"第{cn}个问题：", cn),
    ][form]


def _measures(form: int, texts: list[str]) -> list[str]:
    """Measure paragraphs in one of the forms notices use."""
    if form == 0:  # 一是…；二是…。 inline
        return ["；".join(f"{int_to_chinese(i + 1)}是{t}" for i, t in enumerate(texts)) + "。"]
    if form == 1:  # 一是… a paragraph each
        return [f"{int_to_chinese(i + 1)}是{t}。" for i, t in enumerate(texts)]
    if form == 2:  # 1.…
        return [f"{i + 1}.{t}。" for i, t in enumerate(texts)]
    if form == 3:  # （1）…
        return [f"（{i + 1}）{t}。" for i, t in enumerate(texts)]
    return ["；".join(f"{'①②③④'[i]}{t}" for i, t in enumerate(texts)) + "。"]  # ①…


@dataclass(frozen=True)
class Composed:
    text: str
    expected: list[tuple[str, Status, str, tuple[str, ...], tuple[str, ...]]]
    # Lines broken at a page's width (PDF): a paragraph break may stay where a
    # sentence ended at a line's end, so texts are compared without line breaks.
    pdf: bool = False


@st.composite
def notices(draw: st.DrawFn) -> Composed:
    marker_form = draw(st.integers(0, 5))
    measure_form = draw(st.integers(0, 4))
    status_after = draw(st.booleans())
    with_categories = draw(st.booleans())
    label = draw(st.sampled_from(STATUS_LABELS))
    count = draw(st.integers(1, 5))
    lines = ["中共某县交通运输局党组关于巡察整改情况的通报", OPENING]
    expected = []
    problems = draw(st.permutations(PROBLEMS))
    number = 0
    for index in range(count):
        path: tuple[str, ...] = ()
        if with_categories:
            category = f"{int_to_chinese(index + 1)}、{CATEGORIES[index % len(CATEGORIES)]}"
            lines.append(category)
            path = (category,)
        number = number + 1
        marker, kept = _issue_marker(marker_form, number)
        problem = f"{problems[index]}。"
        status = draw(st.sampled_from(sorted(STATUS_WORDS)))
        word = draw(st.sampled_from(STATUS_WORDS[status]))
        actions = draw(st.lists(st.sampled_from(ACTIONS), min_size=1, max_size=4, unique=True))
        lines.append(marker + problem)
        status_line = f"{label}：{word}。"
        measure_lines = _measures(measure_form, actions)
        lines += [*measure_lines, status_line] if status_after else [status_line, *measure_lines]
        expected.append((kept, status, problem, tuple(actions), path))
    text = "\n".join(lines) + "\n"
    if draw(st.booleans()):
        text = with_chrome(text)
    if draw(st.booleans()):
        text = ascii_punctuation(text)
    hazard = draw(st.sampled_from(["none", "blank lines", "pdf"]))
    if hazard == "blank lines":
        text = text.replace("\n", "\n\n")  # web copies: an empty line between paragraphs
    elif hazard == "pdf":
        text = pdf_lines(text, width=draw(st.integers(18, 40)), page_lines=draw(st.integers(5, 30)))
    return Composed(text, expected, hazard == "pdf")


def _reading(text: str) -> list[tuple[str, Status, str, tuple[str, ...], tuple[str, ...]]]:
    plan = read_notice_text(text, file="composed.txt").plan
    return [
        (
            i.draft.number,
            i.draft.status,
            i.draft.text,
            tuple(m.draft.text.rstrip("。；") for m in i.measures),
            i.category_path,
        )
        for i in plan.issues
    ]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(notices())
def test_composed_notice_reads_back_as_composed(composed: Composed) -> None:
    reading = _reading(composed.text)
    if composed.pdf:
        reading = [
            (n, s, t.replace("\n", ""), tuple(m.replace("\n", "") for m in ms), p)
            for n, s, t, ms, p in reading
        ]
    assert reading == composed.expected


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(notices())
def test_composed_notice_in_traditional_characters(composed: Composed) -> None:
    """Written in traditional characters: read the same through the matching copy,
    stored as written."""
    reading = _reading(traditional(composed.text))
    converted = [
        (simplify(n), s, simplify(t), tuple(simplify(m) for m in ms), tuple(simplify(c) for c in p))
        for n, s, t, ms, p in reading
    ]
    assert converted == composed.expected
    for (_, _, text, _, _), (_, _, written, _, _) in zip(reading, composed.expected, strict=True):
        assert text == traditional(written)


@settings(max_examples=100, deadline=None)
@given(st.text("问题一二是1.、（）：整改进度已完成。关于的“”\n 方面", max_size=300))
def test_any_text_reads_without_crashing(text: str) -> None:
    reading = read_notice_text(text, file="x.txt")
    plan = reading.plan
    if not plan.issues and plan.blocked:
        # Refused: with a message that says why.
        assert all(p.message for p in plan.problems if p.blocking)


ABOUT = (
    "关于理论学习不深入的问题",
    "关于“对发现的问题通报曝光不及时，警示作用发挥不够”的问题",
    "关于生态环境保护领域突出问题整改不彻底的问题",
    "关于「分管领域『问题线索』处置迟缓」的问题",
    "关于“三重一大”事项决策不规范的问题",
    "关于项目资金拨付滞后的问题",
)


@st.composite
def tree_notices(draw: st.DrawFn) -> Composed:
    """Numbered trees: 一、category → （一）/1./（1） 关于…的问题 (问题 inside the heading
    too), the status and measures (一是, ①, or numbered 1. one level down) on their own
    lines, the status before or after them, or inline after the heading."""
    issue_form = draw(st.sampled_from(["（{cn}）", "{n}.", "（{n}）"]))
    inline = draw(st.booleans())
    measure_form = draw(st.sampled_from([0, 4] if inline else [0, 1, 2, 4]))
    status_after = draw(st.booleans())
    label = draw(st.sampled_from(STATUS_LABELS[:3]))
    categories = draw(st.integers(1, 3))
    lines = ["中共某县交通运输局党组关于巡察整改情况的通报", OPENING]
    expected = []
    headings = draw(st.permutations(ABOUT))
    used = 0
    for c in range(categories):
        category = f"{int_to_chinese(c + 1)}、在{CATEGORIES[c]}"
        lines.append(category)
        for k in range(draw(st.integers(1, 2))):
            heading = headings[used % len(headings)]
            used += 1
            marker = issue_form.format(cn=int_to_chinese(k + 1), n=k + 1)
            status = draw(st.sampled_from(sorted(STATUS_WORDS)))
            word = draw(st.sampled_from(STATUS_WORDS[status]))
            actions = draw(st.lists(st.sampled_from(ACTIONS), min_size=1, max_size=3, unique=True))
            measures = _measures(measure_form, actions)
            if measure_form == 2 and issue_form != "（{cn}）":
                # Numbered one level below the issue: （1） under 1. and （1）… is
                # itself the issue's level there, so ① … (the level below).
                measures = _measures(4 if issue_form == "（{n}）" else 3, actions)
            if inline:
                lines.append(f"{marker}{heading}。{label}：{word}。{''.join(measures)}")
                text = f"{heading}。"
            elif status_after:
                lines += [f"{marker}{heading}", *measures, f"{label}：{word}。"]
                text = heading
            else:
                lines += [f"{marker}{heading}", f"{label}：{word}。", *measures]
                text = heading
            number = marker.rstrip(".")  # 1. is kept as 1, （一） as written
            expected.append((number, status, text, tuple(actions), (category,)))
    return Composed("\n".join(lines) + "\n", expected)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tree_notices())
def test_composed_tree_reads_back_as_composed(composed: Composed) -> None:
    assert _reading(composed.text) == composed.expected


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(notices(), st.booleans())
def test_composed_notice_as_docx_with_automatic_numbering(composed: Composed, auto: bool) -> None:
    """The same composition as a .docx, one paragraph a line; with ``auto`` the
    issues' 问题N. markers are Word's list numbering instead of typed text."""
    import re
    import tempfile
    from pathlib import Path

    import docx
    from docx.oxml import parse_xml

    from desktop.notice.reader import read_notice_file

    if composed.pdf:
        return  # a PDF copy is no .docx
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = docx.Document()
    root = document.part.numbering_part.element
    root.insert(
        0,
        parse_xml(
            f'<w:abstractNum {w} w:abstractNumId="51"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            '<w:numFmt w:val="decimal"/><w:lvlText w:val="问题%1."/></w:lvl></w:abstractNum>'
        ),
    )
    root.append(parse_xml(f'<w:num {w} w:numId="51"><w:abstractNumId w:val="51"/></w:num>'))
    numbered = re.compile(r"^问题\d+\.")
    for line in composed.text.split("\n"):
        if auto and numbered.match(line):
            paragraph = document.add_paragraph(numbered.sub("", line))
            paragraph._p.get_or_add_pPr().append(
                parse_xml(f'<w:numPr {w}><w:ilvl w:val="0"/><w:numId w:val="51"/></w:numPr>')
            )
        else:
            document.add_paragraph(line)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "composed.docx"
        document.save(str(path))
        plan = read_notice_file(path).plan
    reading = [
        (
            i.draft.number,
            i.draft.status,
            i.draft.text,
            tuple(m.draft.text.rstrip("。；") for m in i.measures),
            i.category_path,
        )
        for i in plan.issues
    ]
    assert reading == composed.expected
