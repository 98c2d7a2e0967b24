"""The figures of a notice's statistics paragraph (整改成效): issues by state, the
completion rate, people held accountable by kind, rules made, money by kind and meetings.

Shared by the notice reader (which reads them from text) and the writer (which prints
them from the ledger), so both speak of the same figures under the same names (the
``statistics`` keys of ``docs/cli.md``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

# Kinds of accountability as real notices name them; longest first when matching.
# Data, not code: extend freely. Kinds not listed are kept as written.
ACCOUNTABILITY_KINDS: tuple[str, ...] = (
    "党纪政务处分",
    "党纪处分",
    "政务处分",
    "组织处理",
    "诫勉谈话",
    "批评教育",
    "提醒谈话",
    "谈话提醒",
    "通报批评",
    "责令检查",
    "函询",
    "立案审查调查",
    "立案审查",
    "移送司法机关",
    "追责问责",
    "问责",
)

# Kinds of money recovered or returned (万元), as written in notices.
FUND_KINDS: tuple[str, ...] = (
    "追缴资金",
    "挽回经济损失",
    "清退违规资金",
    "收缴违纪资金",
    "退还资金",
    "整改问题金额",
)

# The state counts of a statistics paragraph, in the order a notice lists them.
COUNT_KEYS: tuple[str, ...] = (
    "done",
    "closed",
    "partial",
    "in_progress",
    "not_started",
    "not_done",
    "postponed",
)


def round_rate(numerator: int, denominator: int, decimals: int = 2) -> Decimal:
    """A percentage rounded half up, as people round (71.425 -> 71.43), never the
    banker's rounding of ``round()``."""
    if denominator <= 0:
        return Decimal(0)
    exact = Decimal(100 * numerator) / Decimal(denominator)
    return exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


@dataclass(frozen=True, slots=True)
class NoticeStatistics:
    """The figures of one statistics paragraph. None (or an empty mapping) means the
    text did not give that figure; zero means it said zero. ``rate`` is a percentage
    as written (81.58 for 81.58%), ``rate_decimals`` how many decimals it was written
    with, so a check can recompute it at the same precision. Money is in 万元."""

    issues_total: int | None = None
    done: int | None = None
    closed: int | None = None
    partial: int | None = None
    in_progress: int | None = None
    not_started: int | None = None
    not_done: int | None = None
    postponed: int | None = None
    long_term: int | None = None
    rate: float | None = None
    rate_decimals: int = 2
    accountability: dict[str, int] = field(default_factory=dict)
    rules_made: int | None = None
    funds: dict[str, float] = field(default_factory=dict)
    meetings: dict[str, int] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return not self.as_json()

    def counted_total(self) -> int | None:
        """The total the text gives, or else the sum of its state counts (a text may
        list "完成整改120个，基本完成3个，未完成2个" without a total)."""
        if self.issues_total is not None:
            return self.issues_total
        counts = [getattr(self, k) for k in COUNT_KEYS if k != "closed"]
        present = [c for c in counts if c is not None]
        return sum(present) if present else None

    def rate_matches(self) -> bool | None:
        """Whether the written rate recomputes from the counts beside it: done over the
        total, or done and signed off over the total. None when there is nothing to
        check (no rate, or no counts)."""
        total = self.counted_total()
        if self.rate is None or not total or self.done is None:
            return None
        written = Decimal(str(self.rate)).quantize(Decimal(1).scaleb(-self.rate_decimals))
        candidates = {self.done, self.done + (self.closed or 0)}
        return any(round_rate(n, total, self.rate_decimals) == written for n in candidates)

    def as_json(self) -> dict[str, Any]:
        """The ``statistics`` object of ``notice read --json``; absent figures omitted."""
        out: dict[str, Any] = {}
        if self.issues_total is not None:
            out["issues_total"] = self.issues_total
        for key in (*COUNT_KEYS, "long_term"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        if self.rate is not None:
            out["rate"] = self.rate
        if self.accountability:
            out["accountability"] = dict(self.accountability)
        if self.rules_made is not None:
            out["rules_made"] = self.rules_made
        if self.funds:
            out["funds"] = dict(self.funds)
        if self.meetings:
            out["meetings"] = dict(self.meetings)
        return out

    @classmethod
    def from_json(cls, doc: dict[str, Any]) -> NoticeStatistics:
        """The inverse of :meth:`as_json` (unknown keys ignored)."""

        def opt_int(key: str) -> int | None:
            value = doc.get(key)
            return int(value) if value is not None else None

        rate = doc.get("rate")
        return cls(
            issues_total=opt_int("issues_total"),
            done=opt_int("done"),
            closed=opt_int("closed"),
            partial=opt_int("partial"),
            in_progress=opt_int("in_progress"),
            not_started=opt_int("not_started"),
            not_done=opt_int("not_done"),
            postponed=opt_int("postponed"),
            long_term=opt_int("long_term"),
            rate=float(rate) if rate is not None else None,
            accountability={str(k): int(v) for k, v in (doc.get("accountability") or {}).items()},
            rules_made=opt_int("rules_made"),
            funds={str(k): float(v) for k, v in (doc.get("funds") or {}).items()},
            meetings={str(k): int(v) for k, v in (doc.get("meetings") or {}).items()},
        )


def figures_text(figures: dict[str, Any]) -> str:
    """How an inspection keeps the figures a notice stated (``notice_statistics``): JSON,
    keys sorted, "" for none."""
    if not figures:
        return ""
    return json.dumps(figures, ensure_ascii=False, sort_keys=True, default=str)
