"""The statistics paragraph of a notice, both ways: read its figures from text, and
write it from the ledger's counts so that its rate recomputes from the counts beside it.

Typical sentences (``docs/architecture.md``, "Notices")::

    截至目前，巡察反馈的38个问题，已完成整改31个，正在整改7个，整改完成率81.58%。
    给予党纪处分1人、政务处分2人，组织处理3人，诫勉谈话0人，批评教育5人。
    制定及修改完善制度15项，追缴资金12.345万元，挽回经济损失86.2万元。
    召开专题民主生活会2次，集中学习9次，讲授专题党课4次。
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from desktop.domain.notice_stats import (
    ACCOUNTABILITY_KINDS,
    FUND_KINDS,
    NoticeStatistics,
    round_rate,
)
from desktop.domain.status import Status
from desktop.domain.supervision import (
    ACCOUNTABILITY_LABELS,
    FUNDS_LABELS,
    AccountabilityKind,
    FundsKind,
    OutcomeDraft,
    outcome_totals,
)

_FIGURE_RE = re.compile(
    r"(?P<value>\d+(?:\.\d+)?)\s*(?P<unit>人次|万元|亿元|元|个|项|条|件|人|名|次|场|%)"
)
_CLAUSE_SPLIT_RE = re.compile(r"[，,。；;、：:（）()]")
_LEAD_WORDS_RE = re.compile(
    r"^(?:截至目前|截至|目前|其中|共计|合计|累计|总计|共|并|且|和|及|另|还|同时|对|给予|"
    r"全年|先后|已经|经)+"
)
_RULES_RE = re.compile(r"制度|建章立制|机制|规章|办法|规定")
_ALL_DONE_RE = re.compile(r"全部(?:完成|整改到位|整改完成|办结)|均已(?:完成|整改到位|整改)")
_NOT_ISSUES_RE = re.compile(r"措施|任务|举措|线索")
# What a count of aspects or categories is followed by (``3个方面``, ``4大类``).
_ASPECTS_RE = re.compile(r"^(?:大|类|大类)?(?:方面|类别|类|领域|板块|部分|范畴)")
# A count of problems: ``9个问题``, ``9个具体问题``, ``12个突出问题``.
_PROBLEMS_AFTER_RE = re.compile(r"^[^，,。；;、\d]{0,4}?问题")
_ISSUE_TOTAL_RE = re.compile(r"反馈|交办|移交|指出|发现|查出|梳理|问题|共性|个性")

# Phrase words for the state counts, most specific first.
_COUNT_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("closed", ("销号",)),
    ("postponed", ("延期",)),
    ("partial", ("基本完成", "部分完成", "阶段性")),
    ("long_term", ("长期坚持", "长期")),
    ("not_started", ("未启动", "未开始", "尚未启动")),
    ("not_done", ("未完成", "尚未完成", "未整改", "未到位")),
    ("in_progress", ("正在", "整改中", "推进中", "持续推进", "持续整改", "进行中")),
    ("done", ("完成", "整改到位", "已整改", "办结", "整改")),
)


@dataclass(frozen=True, slots=True)
class StatisticsReading:
    """The figures read from one paragraph, how many figures were recognised, and the
    fragments holding a number that could not be placed (reported, never dropped)."""

    statistics: NoticeStatistics
    recognised: int = 0
    unplaced: tuple[str, ...] = ()

    @property
    def is_statistics(self) -> bool:
        """Whether the paragraph is a statistics paragraph: a rate, or two figures."""
        return self.statistics.rate is not None or self.recognised >= 2


@dataclass
class _Builder:
    """The figures of one paragraph as they are found."""

    values: dict[str, Any] = field(default_factory=dict)
    accountability: dict[str, int] = field(default_factory=dict)
    funds: dict[str, float] = field(default_factory=dict)
    meetings: dict[str, int] = field(default_factory=dict)
    rules: int | None = None
    recognised: int = 0
    unplaced: list[str] = field(default_factory=list)
    aspects_phrase: str = ""


def _lead_stripped(phrase: str) -> str:
    return _LEAD_WORDS_RE.sub("", phrase).rstrip("的").strip()


def _kind(phrase: str, known: tuple[str, ...]) -> str:
    """The kind a phrase names: a known kind it ends with, or the phrase as written
    without its lead words (``给予党纪处分`` → ``党纪处分``)."""
    cleaned = _lead_stripped(phrase)
    for kind in sorted(known, key=len, reverse=True):
        if cleaned.endswith(kind):
            return kind
    return cleaned


def _count_key(phrase: str, after: str) -> str | None:
    for key, words in _COUNT_WORDS:
        if any(word in phrase for word in words):
            return key
    if not _lead_stripped(phrase):
        # The count first, its state after it: "1个正在整改中", "2个基本完成".
        head = re.split(r"[，,。；;、]", after, maxsplit=1)[0][:8]
        for key, words in _COUNT_WORDS:
            if any(head.startswith(w) or head.startswith("已" + w) for w in words):
                return key
    if _PROBLEMS_AFTER_RE.match(after) or _ISSUE_TOTAL_RE.search(phrase):
        return "issues_total"
    return None


def _to_wan(value: float, unit: str) -> float:
    if unit == "亿元":
        return round(value * 10000, 6)
    if unit == "元":
        return round(value / 10000, 6)
    return value


def _place(b: _Builder, phrase: str, value_text: str, unit: str, after: str) -> bool:
    value = float(value_text)
    if unit == "%":
        if "率" not in phrase:
            return False
        b.values.setdefault("rate", value)
        decimals = len(value_text.split(".")[1]) if "." in value_text else 0
        b.values.setdefault("rate_decimals", decimals)
        return True
    if unit in ("万元", "亿元", "元"):
        kind = _kind(phrase, FUND_KINDS)
        if not kind:
            return False
        b.funds[kind] = b.funds.get(kind, 0.0) + _to_wan(value, unit)
        return True
    if not value.is_integer():
        return False
    number = int(value)
    if unit in ("人", "名", "人次"):
        kind = _kind(phrase, ACCOUNTABILITY_KINDS)
        if not kind:
            # The kind after the count: "对12名党员干部进行批评教育".
            head = re.split(r"[，,。；;、]", after, maxsplit=1)[0]
            kind = next((k for k in ACCOUNTABILITY_KINDS if head.endswith(k)), "")
        if not kind:
            return False
        b.accountability[kind] = b.accountability.get(kind, 0) + number
        return True
    if unit in ("次", "场"):
        kind = _lead_stripped(phrase)
        if not kind:
            return False
        b.meetings[kind] = b.meetings.get(kind, 0) + number
        return True
    if unit in ("项", "条", "件") and _RULES_RE.search(phrase):
        b.rules = (b.rules or 0) + number
        return True
    if unit in ("条", "项", "个", "件") and _NOT_ISSUES_RE.search(phrase + after[:4]):
        # "制定整改措施46条", "移交问题线索2件": measures and clues, not issues.
        return True
    if unit in ("个", "项", "条", "件") and _ASPECTS_RE.match(after):
        # "在3个方面存在的9个具体问题": aspects and categories are not problems; the
        # count of problems follows ("反馈问题4个方面23个": the phrase before the
        # aspects names it).
        b.aspects_phrase = phrase or b.aspects_phrase
        return True
    if unit in ("个", "项", "条", "件") and b.aspects_phrase and _ASPECTS_RE.match(phrase):
        phrase = b.aspects_phrase
    if unit in ("个", "项", "条", "件"):
        key = _count_key(phrase, after)
        if key is None:
            return False
        if key not in b.values:
            b.values[key] = number
        return True
    return False


def read_statistics(text: str) -> StatisticsReading:
    """The figures of a (cleaned) paragraph. Works on any paragraph; callers decide by
    :attr:`StatisticsReading.is_statistics` whether it is a statistics paragraph."""
    b = _Builder()
    for clause in _CLAUSE_SPLIT_RE.split(text):
        position = 0
        for match in _FIGURE_RE.finditer(clause):
            phrase = clause[position : match.start()].strip()
            after = clause[match.end() :]
            position = match.end()
            if _place(b, phrase, match["value"], match["unit"], after):
                b.recognised += 1
            else:
                b.unplaced.append(clause.strip())
    values = dict(b.values)
    if "done" not in values and "issues_total" in values and _ALL_DONE_RE.search(text):
        # "反馈的15个问题已全部完成整改": every one of them done.
        values["done"] = values["issues_total"]
        b.recognised += 1
    stats = NoticeStatistics(
        issues_total=values.get("issues_total"),
        done=values.get("done"),
        closed=values.get("closed"),
        partial=values.get("partial"),
        in_progress=values.get("in_progress"),
        not_started=values.get("not_started"),
        not_done=values.get("not_done"),
        postponed=values.get("postponed"),
        long_term=values.get("long_term"),
        rate=values.get("rate"),
        rate_decimals=values.get("rate_decimals", 2),
        accountability=b.accountability,
        rules_made=b.rules,
        funds=b.funds,
        meetings=b.meetings,
    )
    return StatisticsReading(stats, b.recognised, tuple(dict.fromkeys(b.unplaced)))


def merge_statistics(first: NoticeStatistics, more: NoticeStatistics) -> NoticeStatistics:
    """Figures of two paragraphs together; where both give a figure, the first wins."""
    scalars: dict[str, Any] = {}
    for name in (
        "issues_total",
        "done",
        "closed",
        "partial",
        "in_progress",
        "not_started",
        "not_done",
        "postponed",
        "long_term",
        "rules_made",
    ):
        if getattr(first, name) is None and getattr(more, name) is not None:
            scalars[name] = getattr(more, name)
    if first.rate is None and more.rate is not None:
        scalars["rate"] = more.rate
        scalars["rate_decimals"] = more.rate_decimals
    return replace(
        first,
        **scalars,
        accountability={**more.accountability, **first.accountability},
        funds={**more.funds, **first.funds},
        meetings={**more.meetings, **first.meetings},
    )


# ------------------------------------------------------------------------- writing


class _Counted(Protocol):
    """What the counts need of an issue (records and drafts both have it)."""

    @property
    def status(self) -> Status: ...

    @property
    def long_term(self) -> bool: ...


def statistics_from_records(
    issues: Iterable[_Counted], outcomes: Iterable[OutcomeDraft] = ()
) -> NoticeStatistics:
    """The figures of a notice from the ledger's issues: every state counted (zeros
    included), done including signed off, and the rate from those counts; and from the
    outcomes recorded on them (整改成效): the rules made, the people held accountable
    by kind (every usual kind, zeros included, as notices print them, once any is
    recorded) and the money by kind. Kinds nothing was recorded for stay out: the
    ledger does not know them to be zero."""
    totals = outcome_totals(outcomes)
    accountability: dict[str, int] = {}
    if totals.accountability:
        for kind in AccountabilityKind:
            people = totals.accountability.get(kind, 0)
            if kind is not AccountabilityKind.OTHER:
                accountability[ACCOUNTABILITY_LABELS[kind]] = people
            elif people:
                accountability["其他问责"] = people
    funds = {
        FUNDS_LABELS[kind]: float(amount)
        for kind in _FUNDS_ORDER
        if (amount := totals.funds.get(kind))
    }
    counts = dict.fromkeys(Status, 0)
    long_term = total = 0
    for issue in issues:
        counts[issue.status] += 1
        long_term += issue.long_term
        total += 1
    done = counts[Status.DONE] + counts[Status.CLOSED]
    return NoticeStatistics(
        issues_total=total,
        done=done,
        closed=counts[Status.CLOSED],
        partial=counts[Status.PARTIAL],
        in_progress=counts[Status.IN_PROGRESS],
        not_started=counts[Status.NOT_STARTED],
        postponed=counts[Status.POSTPONED],
        long_term=long_term,
        rate=float(round_rate(done, total)) if total else None,
        accountability=accountability,
        rules_made=totals.rules_made or None,
        funds=funds,
    )


# The order notices list money in (docs/architecture.md, "Notices").
_FUNDS_ORDER = (
    FundsKind.RECOVERED,
    FundsKind.LOSS_RECOVERED,
    FundsKind.REFUNDED,
    FundsKind.OTHER,
)


def _amount(value: float) -> str:
    """万元 as offices write them: no trailing zeros (12.345, 86.2, 3)."""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return text or "0"


def format_statistics(
    stats: NoticeStatistics, *, as_of: str = "截至目前", source: str = "巡察"
) -> str:
    """The statistics paragraph for a notice. Every state count is printed, zeros too;
    the rate is done over total with two decimals, recomputed here from the counts
    printed beside it (whatever rate ``stats`` carries). Empty when there is nothing
    to say."""
    sentences: list[str] = []
    total = stats.counted_total()
    if total:
        done = stats.done or 0
        parts = [f"{as_of}，{source}反馈的{total}个问题", f"已完成整改{done}个"]
        if stats.closed:
            parts[-1] += f"（其中已销号{stats.closed}个）"
        parts += [
            f"基本完成{stats.partial or 0}个",
            f"正在整改{stats.in_progress or 0}个",
            f"未启动{stats.not_started or 0}个",
            f"申请延期{stats.postponed or 0}个",
            f"整改完成率{round_rate(done, total)}%",
        ]
        sentences.append("，".join(parts) + "。")
    if stats.accountability:
        listed = "、".join(f"{kind}{n}人" for kind, n in stats.accountability.items())
        sentences.append(f"给予{listed}。")
    results: list[str] = []
    if stats.rules_made is not None:
        results.append(f"制定及修改完善制度{stats.rules_made}项")
    results += [f"{kind}{_amount(v)}万元" for kind, v in stats.funds.items()]
    results += [f"{kind}{n}次" for kind, n in stats.meetings.items()]
    if results:
        sentences.append("，".join(results) + "。")
    return "".join(sentences)
