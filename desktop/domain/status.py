"""Canonical rectification states and the reading of the words real texts use for them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.text import key_text


class Status(StrEnum):
    """How far an issue or measure got. Stored as these short codes."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    PARTIAL = "partial"
    DONE = "done"
    CLOSED = "closed"
    POSTPONED = "postponed"

    @property
    def is_finished(self) -> bool:
        """Done or signed off: no longer counts towards overdue."""
        return self in (Status.DONE, Status.CLOSED)


# The Chinese name shown for each state (domain code -> the word offices use).
STATUS_LABELS: dict[Status, str] = {
    Status.NOT_STARTED: "未启动",
    Status.IN_PROGRESS: "正在推进",
    Status.PARTIAL: "基本完成",
    Status.DONE: "已完成",
    Status.CLOSED: "已销号",
    Status.POSTPONED: "申请延期",
}

LONG_TERM_LABEL = "长期坚持"

# Words per state, as seen in real ledgers and notices. Data, not code: extend freely.
# Matching is on key_text() (width-folded, simplified, no spaces), longest word first.
STATUS_WORDS: dict[Status, tuple[str, ...]] = {
    Status.NOT_STARTED: (
        "未整改",
        "尚未整改",
        "未启动",
        "未开始",
        "尚未启动",
        "尚未开始",
        "未开展",
        "未落实",
        "尚未落实",
        "待整改",
        "未启动整改",
        "否",
        "×",
        "✗",
    ),
    Status.IN_PROGRESS: (
        "正在推进",
        "正在整改",
        "整改中",
        "正在整改中",
        "推进中",
        "正在推进中",
        "未完成",
        "未完成,正在推进中",
        "持续推进",
        "进行中",
        "正在进行",
        "已启动",
    ),
    Status.PARTIAL: (
        "基本完成",
        "部分完成",
        "取得阶段性成果",
        "阶段性完成",
        "取得阶段性成效",
        "基本完成整改",
        "基本整改到位",
    ),
    Status.DONE: (
        "已完成",
        "已整改",
        "整改到位",
        "完成整改",
        "已完成整改",
        "已整改到位",
        "完成",
        "已办结",
        "办结",
        "已落实",
        "申请销号",
        "已申请销号",
        "待销号",
        "拟销号",
        "未销号",
        "是",
        "√",
        "✓",
        "✔",
    ),
    Status.CLOSED: (
        "已销号",
        "销号",
        "已对账销号",
        "完成销号",
        "整改销号",
        "已完成，已销号",
        "已完成整改，已销号",
        "已完成销号",
        "已整改销号",
    ),
    Status.POSTPONED: ("申请延期", "延期整改", "已延期", "延期", "暂缓整改"),
}

LONG_TERM_WORDS: tuple[str, ...] = (
    "长期坚持",
    "持续整改",
    "常态化",
    "长期整改",
    "持续推进",
    "坚持长期",
    "长期推进",
    "持续抓好",
    "久久为功",
)

# "除…外，其他已完成": everything but some part is done.
_EXCEPT_RE = re.compile(r"^除.+外.*(其他|其余|其它)?(均)?已?(完成|整改)")


class StatusError(ValueError):
    """A status text that names no known state. ``accepted`` lists the words we know."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.accepted = accepted_status_words()
        super().__init__(f"unknown status {text!r}")


@dataclass(frozen=True, slots=True)
class StatusReading:
    """A status as read from text: the state, the long-term flag and the text verbatim."""

    status: Status
    long_term: bool
    text: str


def accepted_status_words() -> tuple[str, ...]:
    """Every status word we accept, in state order (for messages)."""
    words: list[str] = []
    for status in Status:
        words.extend(STATUS_WORDS[status])
    words.extend(LONG_TERM_WORDS)
    return tuple(words)


def _word_table() -> list[tuple[str, Status]]:
    table = [(key_text(w), s) for s, ws in STATUS_WORDS.items() for w in ws]
    table.sort(key=lambda pair: len(pair[0]), reverse=True)
    return table


_WORD_TABLE = _word_table()
_LONG_TERM_KEYS = tuple(key_text(w) for w in LONG_TERM_WORDS)
# Negated or qualified forms that contain a "done" word but mean something else.
_NOT_DONE_PREFIXES = ("未", "尚未", "没有", "暂未", "基本", "部分")


def normalize_status(text: str, extra: dict[str, Status] | None = None) -> StatusReading:
    """Read a status from a cell or a notice line.

    Accepts every wording of ``STATUS_WORDS`` with full-width/ASCII, spacing and
    traditional variants, combined with a long-term word (``已完成，长期坚持`` is
    done + long_term), and whole sentences such as ``除…外，其他已完成`` (partial).
    ``extra`` maps further words (the user's own, remembered by the import wizard) to
    states. Raises :class:`StatusError` when no state can be read.
    """
    verbatim = text.strip()
    key = key_text(verbatim)
    if not key:
        raise StatusError(text)
    if extra:
        for word, status in extra.items():
            if key_text(word) == key:
                return StatusReading(status, _has_long_term(key), verbatim)

    long_term = _has_long_term(key)
    if _EXCEPT_RE.match(key):
        return StatusReading(Status.PARTIAL, long_term, verbatim)

    # Split on punctuation so that "已完成，长期坚持" reads as two phrases.
    phrases = [p for p in re.split(r"[,;，；。.、/]+", key) if p]
    states = [s for p in phrases if (s := _phrase_status(p)) is not None]
    if not states:
        # The whole text may be a sentence with a state word somewhere inside it.
        found = _phrase_status(key, anywhere=True)
        if found is None:
            if long_term:
                # "长期坚持" alone: ongoing work.
                return StatusReading(Status.IN_PROGRESS, True, verbatim)
            raise StatusError(text)
        states = [found]
    return StatusReading(combine_states(states), long_term, verbatim)


def _has_long_term(key: str) -> bool:
    return any(word in key for word in _LONG_TERM_KEYS)


def _phrase_status(phrase: str, *, anywhere: bool = False) -> Status | None:
    """The state a phrase names: the whole phrase as a word, else every state word
    found inside it (longest first, not overlapping), combined by :func:`combine_states`.
    A done word after a negation (未完成整改, 尚未销号) reads as unfinished."""
    for word, status in _WORD_TABLE:
        if phrase == word:
            return status
    if phrase in _LONG_TERM_KEYS:
        return None
    taken: list[tuple[int, int]] = []
    found: list[Status] = []
    for word, status in _WORD_TABLE:
        if len(word) < 2:
            if anywhere and phrase == word:
                found.append(status)
            continue  # single symbols (是, √) only as whole cells
        start = phrase.find(word)
        while start >= 0:
            end = start + len(word)
            if not any(start < e and s < end for s, e in taken):
                taken.append((start, end))
                found.append(_negated(phrase[:start], status))
            start = phrase.find(word, end)
    return combine_states(found) if found else None


def _negated(before: str, status: Status) -> Status:
    if status in (Status.DONE, Status.CLOSED) and before.endswith(_NOT_DONE_PREFIXES):
        if before.endswith(("基本", "部分")):
            return Status.PARTIAL
        return Status.IN_PROGRESS
    return status


# From the least to the most advanced state (the roll-up rule, domain.rollup, too).
STATUS_ORDER = (
    Status.NOT_STARTED,
    Status.POSTPONED,
    Status.IN_PROGRESS,
    Status.PARTIAL,
    Status.DONE,
    Status.CLOSED,
)


def least_advanced(statuses: Iterable[Status]) -> Status | None:
    """The least advanced of some states (None for none)."""
    found = list(statuses)
    return min(found, key=STATUS_ORDER.index) if found else None


def combine_states(states: Sequence[Status]) -> Status:
    """Several states named in one text as one: the one that claims the least progress
    ("未完成，正在推进中" is in progress, not done), except that sign-off outranks done
    wherever both appear ("已完成整改，已销号" is closed). An issue's measures are
    combined by the roll-up rule instead (``domain.rollup``)."""
    least = least_advanced(states)
    if least is None:
        raise ValueError("no states")
    if least.is_finished:
        return Status.CLOSED if Status.CLOSED in states else Status.DONE
    return least


def status_label(status: Status) -> str:
    """The Chinese word for a state (for files we write; the UI translates its own)."""
    return STATUS_LABELS[status]
