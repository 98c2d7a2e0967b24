"""Cleaning before reading: decoding, widths, spaces, traditional characters, page
numbers, page chrome, titles and lines broken inside words."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from desktop.notice.clean import (
    Paragraph,
    clean_lines,
    clean_notice,
    decode_bytes,
    is_chrome,
    is_page_number,
    join_broken_lines,
    line_width,
    normalize_line,
    should_join,
    simplify,
    split_title,
)

SAMPLE = Path(__file__).parent / "data" / "sample_notice.txt"
TEXT = "问题1.整改进度：已完成，长期坚持。联系电话：0374-1234567"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("gb18030"), "gb18030"),
        (TEXT.encode("gbk"), "gb18030"),
        (TEXT.encode("gb2312"), "gb18030"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
    ],
)
def test_decode_bytes(data: bytes, encoding: str) -> None:
    decoded = decode_bytes(data)
    assert decoded.text.lstrip("\ufeff") == TEXT
    assert decoded.encoding == encoding
    assert not decoded.lossy


def test_decode_broken_bytes_says_so() -> None:
    decoded = decode_bytes(TEXT.encode("gbk")[:-1] + b"\x81")
    assert decoded.lossy
    assert "问题1." in decoded.text


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        # Spaces from PDF extraction inside dates and numbers.
        ("自 2021 年 8 月 26 日起", "自2021年8月26日起"),
        ("示范区党工委下属 2 个党支部", "示范区党工委下属2个党支部"),
        ("问题 2：抽查", "问题2：抽查"),
        # ASCII punctuation in Chinese context becomes full-width …
        ("问题 7:防汛物资", "问题7：防汛物资"),
        ("整改进度: 已完成,长期坚持", "整改进度：已完成，长期坚持"),
        ("(1)关于干部(含退休)的问题;", "（1）关于干部（含退休）的问题；"),
        # … but not in numbers, times, web addresses and Latin text.
        ("共计1,400户，10:30召开", "共计1,400户，10:30召开"),
        ("电子邮箱 xcxqjcs@163.com。", "电子邮箱 xcxqjcs@163.com。"),
        ("网址：http://www.example.cn/a", "网址：http://www.example.cn/a"),
        # Full-width digits and letters, ideographic spaces, Kangxi radicals (⼀ → 一).
        ("２０２３年３月１７日", "2023年3月17日"),
        ("\u3000\u3000一是加强学习", "一是加强学习"),
        ("⼀是加强⼯作", "一是加强工作"),
        ("完成率８１．５８％", "完成率81.58%"),
        # Traditional characters are kept as written (the text is the record).
        ("問題3：整改進度：已完成，長期堅持", "問題3：整改進度：已完成，長期堅持"),
    ],
)
def test_normalize_line(raw: str, clean: str) -> None:
    assert normalize_line(raw) == clean


def test_simplify_leaves_simplified_text_alone() -> None:
    sample = SAMPLE.read_text(encoding="utf-8")
    assert simplify(sample) == sample


def test_simplify_traditional_vocabulary() -> None:
    assert simplify("關於巡察整改進展情況的通報") == "关于巡察整改进展情况的通报"
    assert simplify("黨紀處分、誡勉談話、組織處理") == "党纪处分、诫勉谈话、组织处理"
    # Whole texts with phrase rules, not a character table: 針對性 too (the old table
    # left it), 乾淨 but 乾隆.
    assert simplify("黨組針對性不強") == "党组针对性不强"
    assert simplify("乾淨，乾隆") == "干净，乾隆"


def test_simplify_keeps_positions() -> None:
    text = "問題1：黨組\n整改進度：已完成"
    assert len(simplify(text)) == len(text)
    assert simplify(text).split("\n")[1] == "整改进度：已完成"


@pytest.mark.parametrize("line", ["— 3 —", "- 12 -", "3", "第3页", "第 3 页 共 10 页", "2/10"])
def test_page_numbers(line: str) -> None:
    assert is_page_number(line)


@pytest.mark.parametrize("line", ["3个问题", "2023年3月17日", "问题3：", "一、"])
def test_not_page_numbers(line: str) -> None:
    assert not is_page_number(line)


@pytest.mark.parametrize(
    "line",
    [
        "索引号：11411000MB1234567X/2023-00012",
        "发布机构：某县纪委监委",
        "成文日期：2023-03-17",
        "浏览量：1024",
        "您当前所在位置：首页 > 政务公开 > 巡察工作",
        "首页 > 通知公告 > 正文",
        "【字体：大 中 小】【打印】",
    ],
)
def test_chrome(line: str) -> None:
    assert is_chrome(line)


def test_chrome_before_title_is_dropped_and_title_found() -> None:
    text = (
        "索引号：001\n发布机构：某县纪委\n浏览量：5\n"
        "关于巡察整改情况的通报\n关于巡察整改情况的通报\n"
        "根据县委统一部署，2023年3月6日至4月28日，县委第二巡察组对某局进行了常规巡察。\n"
    )
    found = clean_notice(text)
    assert found.title == "关于巡察整改情况的通报"
    assert found.title_line == 5
    assert [p.text[:4] for p in found.paragraphs] == ["根据县委"]


def test_title_with_issuer_on_its_own_line() -> None:
    lines = clean_lines("中共某县交通运输局党组\n关于巡察整改情况的通报\n根据县委统一部署，…。\n")
    found = split_title(lines)
    assert found.title == "中共某县交通运输局党组关于巡察整改情况的通报"
    assert found.title_line == 1


def test_title_wrapped_over_lines() -> None:
    lines = clean_lines(
        "某县人民政府关于2022年度审计查\n出问题整改情况的报告\n根据审计法，现将…。\n"
    )
    assert split_title(lines).title == "某县人民政府关于2022年度审计查出问题整改情况的报告"


def test_sample_page_breaks_are_joined() -> None:
    found = clean_notice(SAMPLE.read_text(encoding="utf-8"))
    texts = [p.text for p in found.paragraphs]
    assert any("深化防灾减灾救灾理论学习" in t for t in texts)
    assert any("主要领导杨朝晖和袁树林任组长" in t for t in texts)
    assert not any(t.endswith("深化") for t in texts)
    # Status lines, measures and the closing stay paragraphs of their own.
    assert texts.count("整改进度：已完成，长期坚持。") == 10
    assert texts[-2:] == ["中共许昌市城乡一体化示范区工委", "2023年3月17日"]


@pytest.mark.parametrize(
    ("previous", "line", "joined"),
    [
        ("二是科学安排学习计划，深化", "防灾减灾救灾理论学习。", True),
        ("已完成整改。", "二是加强监督。", False),  # sentence ended
        ("党组每季度专题研究，", "二是加强监督。", False),  # a measure begins
        ("一、在全面从严治党方面", "公务用车管理不规范。", False),  # a heading
        ("整改进度：已完成", "对工程项目开展自查。", False),  # a status line
        ("问题1.学习贯彻不深入，专题学", "习仅2次。", True),  # an issue line goes on
        ("中共某县交通运输局党组", "2023年10月8日", False),  # the date
        ("联系电话：0374-1234567", "邮政地址：某县人民路1号", False),  # contact lines
        ("关于巡察整改情况的通报", "根据县委统一部署", False),  # the title
    ],
)
def test_should_join(previous: str, line: str, joined: bool) -> None:
    assert should_join(previous, line) is joined


def test_fixed_width_lines_join_by_width() -> None:
    lines = [Paragraph("根据县委统一部署，县委第二巡察组对某局进行了巡察", n) for n in range(6)]
    lines += [Paragraph("短行结束", 7), Paragraph("下一段开始", 8)]
    width = line_width(lines)
    assert width == 24
    joined = join_broken_lines(lines)
    # Full lines run on; a line short of the width ended its paragraph.
    assert [p.line for p in joined] == [0, 8]
    assert joined[0].text.endswith("巡察短行结束")
    assert joined[1].text == "下一段开始"


def test_paragraph_lines_are_counted_from_one() -> None:
    lines = clean_lines("\n\n标题\n\n正文。\n")
    assert [(p.text, p.line) for p in lines] == [("标题", 3), ("正文。", 5)]


def test_restorer_gives_back_the_characters_as_written() -> None:
    from desktop.notice.clean import Restorer

    written = "問題1：黨組學習不深入\n整改進度：已完成"
    restore = Restorer(simplify(written), written)
    # Pieces of the copy, joined in any order and with the reader's own joiners.
    assert restore("党组学习不深入。整改进度") == "黨組學習不深入。整改進度"
    assert restore("已完成") == "已完成"
    # A text with nothing converted is returned as it is.
    assert Restorer("问题", "问题")("问题") == "问题"


def test_traditional_seed_notice_is_stored_as_written() -> None:
    from desktop.notice.reader import read_notice_text
    from tests.notice.texts import traditional

    text = traditional(SAMPLE.read_text(encoding="utf-8"))
    plan = read_notice_text(text).plan
    bare = "".join(text.split())  # only widths and white space are normalised
    assert plan.issues
    for issue in plan.issues:
        assert "".join(issue.draft.text.split()) in bare
        for measure in issue.measures:
            assert "".join(measure.draft.text.split()) in bare
