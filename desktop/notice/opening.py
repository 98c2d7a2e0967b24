"""The opening formula and the closing of a notice, both ways: read the inspection's
facts from them, and write them from an inspection.

The opening is nearly fixed (``docs/architecture.md``, "Notices")::

    根据县委统一部署，2023年3月6日至4月28日，县委第二巡察组对县交通运输局党组进行了
    常规巡察。2023年6月9日，县委巡察组向县交通运输局党组反馈了巡察意见。…

The second date often omits the year; the end of a period may omit year and month.
Dates that cannot be read (``2021915日``) are reported, never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from desktop.domain.dates import DateError, DateErrorCode, format_date, parse_date
from desktop.domain.records import KIND_LABELS, InspectionDraft, InspectionKind
from desktop.domain.titles import regime_word

_NUM = r"[\d〇零一二三四五六七八九十]"


def _token(prefix: str) -> str:
    """A date as notices write it, each part a named group: ``2022年7月11日``,
    ``8月19日``, ``28日``, and run-together digits such as ``2021915日`` (to report)."""
    return (
        f"(?:(?P<{prefix}y>{_NUM}{{4}})年)?(?:(?P<{prefix}m>{_NUM}{{1,3}})月)?"
        f"(?P<{prefix}d>{_NUM}{{1,8}})[日号]"
    )


_RANGE_RE = re.compile(rf"(?P<a>{_token('a')})\s*(?:至|到|—|－|-|~|～)\s*(?P<b>{_token('b')})")
_SINGLE_RE = re.compile(rf"(?P<a>{_token('a')})")
_INSPECTION_RE = re.compile(
    r"(?P<inspector>[^，。；、]{0,30}?(?:巡察|巡视|审计|督查|检查)(?!工作)[^，。；、]{0,12}?组)"
    r"(?:[^，。；]{0,30}?)对(?P<unit>[^，。；]{1,60}?)(?:进行了|开展了|进行|开展|实施了|实施)"
    r"(?P<kind>[^，。；]{0,80}?)(?:[，。；]|$)"
)
_FEEDBACK_RE = re.compile(r"向(?P<unit>[^，。；]{1,60}?)(?:集中)?反馈了?")
# Feedback without naming the unit: "2023年7月12日反馈了巡察意见".
_BARE_FEEDBACK_RE = re.compile(
    r"(?:集中)?反馈了?[^，。；]{0,6}(?:意见|问题)|(?:进行了|进行|作了|作出了?)(?:集中)?反馈"
)
_RECTIFY_WORDS = ("集中整改", "整改期", "整改阶段", "整改工作")

_KIND_WORDS: tuple[tuple[str, InspectionKind], ...] = (
    ("回头看", InspectionKind.FOLLOW_UP),
    ("专项", InspectionKind.SPECIAL),
    ("机动", InspectionKind.MOBILE),
    ("联动", InspectionKind.LINKED),
    ("提级", InspectionKind.ELEVATED),
    ("常规", InspectionKind.REGULAR),
    ("巡视", InspectionKind.TOUR),
    ("审计", InspectionKind.AUDIT),
    ("督查", InspectionKind.SUPERVISION),
)


@dataclass(frozen=True, slots=True)
class DateTrouble:
    """A date in the text that could not be read: its text, the field it was meant
    for, the paragraph's line and the error code (``unreadable_date`` …)."""

    text: str
    field: str
    line: int
    code: str


@dataclass
class OpeningFacts:
    """What the opening and closing say about the inspection."""

    inspector: str = ""
    inspected_unit: str = ""
    kind: InspectionKind = InspectionKind.REGULAR
    kind_text: str = ""
    start: date | None = None
    end: date | None = None
    feedback_date: date | None = None
    rectification_start: date | None = None
    rectification_end: date | None = None
    troubles: list[DateTrouble] = field(default_factory=list)

    @property
    def found_anything(self) -> bool:
        return bool(self.inspector or self.start or self.feedback_date)


def kind_of(text: str) -> InspectionKind:
    """The kind of inspection a phrase names (``…专项巡察`` → special). A 巡视
    “回头看” is a 巡视 (the provincial regime), not a 巡察“回头看”."""
    if "回头看" in text and "巡视" in text and "巡察" not in text:
        return InspectionKind.TOUR
    for word, kind in _KIND_WORDS:
        if word in text:
            return kind
    return InspectionKind.REGULAR


def _read_date(
    match: re.Match[str],
    prefix: str,
    *,
    year: int | None,
    month: int | None,
    after: date | None,
) -> date:
    """A date token, with the year (and month) it omits taken from context: an end
    date omits what its start gives; a later date omits the year of an earlier one,
    rolling over to the next year when it would otherwise come before it.

    Raises :class:`DateError` with the token as written."""
    written = match.group(prefix)
    y, m, d = (match.group(f"{prefix}{part}") for part in ("y", "m", "d"))
    if d.isdigit() and len(d) > 2:
        # 2021915日: the digits ran together; never guess where the month ends.
        raise DateError(DateErrorCode.UNREADABLE, written)
    if m is None and month is None:
        raise DateError(DateErrorCode.UNREADABLE, written)
    text = f"{m or month}月{d}日"
    try:
        if y is not None:
            found = parse_date(f"{y}年{text}").date
        elif year is None:
            raise DateError(DateErrorCode.NEEDS_YEAR, written)
        else:
            found = parse_date(text, default_year=year).date
            if found is not None and after is not None and found < after:
                found = parse_date(text, default_year=year + 1).date
    except DateError as exc:
        raise DateError(exc.code, written) from None
    if found is None:
        raise DateError(DateErrorCode.UNREADABLE, written)
    return found


def _range(match: re.Match[str], year: int | None, after: date | None) -> tuple[date, date]:
    """The two dates of a range; the end takes the year and month its start gives."""
    start = _read_date(match, "a", year=year, month=None, after=after)
    month = start.month if match.group("bm") is None else None
    end = _read_date(match, "b", year=start.year, month=month, after=start)
    return start, end


def read_opening(paragraphs: list[tuple[str, int]]) -> OpeningFacts:
    """The inspection's facts from the paragraphs before the body (text, line)."""
    facts = OpeningFacts()
    context_year: int | None = None
    for text, line in paragraphs:
        for sentence in re.split(r"(?<=。)", text):
            if not sentence:
                continue
            context_year = _read_sentence(facts, sentence, line, context_year)
    return facts


def _trouble(facts: OpeningFacts, exc: DateError, field_name: str, line: int) -> None:
    facts.troubles.append(DateTrouble(str(exc.value), field_name, line, exc.code.value))


def _read_sentence(facts: OpeningFacts, sentence: str, line: int, year: int | None) -> int | None:
    # "12月3日至次年3月2日": the end rolls over to the next year by itself.
    sentence = sentence.replace("至次年", "至").replace("到次年", "到")
    inspection = _INSPECTION_RE.search(sentence)
    if inspection and not facts.inspector:
        facts.inspector = inspection["inspector"].strip()
        facts.inspected_unit = inspection["unit"].strip()
        kind_text = inspection["kind"].strip().rstrip("。")
        facts.kind_text = kind_text
        facts.kind = kind_of(kind_text or sentence)
        # The period before the team (2022年7月11日至8月19日，市委第七巡察组对…) or
        # between the team and the unit (县委第一巡察组于2023年4月10日至5月26日对…).
        before = sentence[: inspection.start("unit")]
        found = _RANGE_RE.search(before)
        if found:
            try:
                facts.start, facts.end = _range(found, year, None)
                year = facts.start.year
            except DateError as exc:
                _trouble(facts, exc, "start", line)
        else:
            single = _SINGLE_RE.search(before)
            if single:
                try:
                    facts.start = _read_date(single, "a", year=year, month=None, after=None)
                    year = facts.start.year
                except DateError as exc:
                    _trouble(facts, exc, "start", line)
        rest = sentence[inspection.end() :]
        if rest.strip("。； "):
            # The feedback or the rectification period in the same sentence.
            return _read_sentence(facts, rest, line, year)
        return year
    feedback = _FEEDBACK_RE.search(sentence) or _BARE_FEEDBACK_RE.search(sentence)
    if (
        feedback
        and ("意见" in sentence or "问题" in sentence or feedback.group().endswith("反馈"))
        and facts.feedback_date is None
    ):
        if not facts.inspected_unit and "unit" in feedback.groupdict():
            facts.inspected_unit = feedback["unit"].strip()
        dates = list(_SINGLE_RE.finditer(sentence[: feedback.start()]))
        single = dates[-1] if dates else None
        if single:
            anchor = facts.end or facts.start
            try:
                facts.feedback_date = _read_date(
                    single,
                    "a",
                    year=anchor.year if anchor else year,
                    month=None,
                    after=anchor,
                )
                year = facts.feedback_date.year
            except DateError as exc:
                _trouble(facts, exc, "feedback_date", line)
        rest = sentence[feedback.end() :]
        if any(word in rest for word in _RECTIFY_WORDS):
            return _read_sentence(facts, rest, line, year)
        return year
    if any(word in sentence for word in _RECTIFY_WORDS) and facts.rectification_start is None:
        anchor = facts.feedback_date or facts.end or facts.start
        anchor_year = anchor.year if anchor else year
        found = _RANGE_RE.search(sentence)
        try:
            if found:
                facts.rectification_start, facts.rectification_end = _range(
                    found, anchor_year, anchor
                )
            elif single := _SINGLE_RE.search(sentence):
                facts.rectification_start = _read_date(
                    single, "a", year=anchor_year, month=None, after=anchor
                )
        except DateError as exc:
            _trouble(facts, exc, "rectification_start", line)
    return year


# -------------------------------------------------------------------------- closing


@dataclass
class ClosingFacts:
    """The closing: the contact lines (as one text), the issuer and the date."""

    contact: str = ""
    issuer: str = ""
    notice_date: date | None = None
    troubles: list[DateTrouble] = field(default_factory=list)


_CONTACT_INTRO_RE = re.compile(r"联系方式\s*[：:]\s*")
_CONTACT_ITEM_RE = re.compile(
    r"(?:联系电话|举报电话|电话|传真|邮政地址|通讯地址|通信地址|来信地址|电子邮箱|邮箱|电子邮件|"
    r"邮编|邮政编码|联系人|网站|网址)"
)


def read_contact(paragraphs: list[str]) -> str:
    """The contact lines of the closing as one text (``电话…；邮政地址：…；电子邮箱…``)."""
    items: list[str] = []
    for text in paragraphs:
        intro = _CONTACT_INTRO_RE.search(text)
        if intro:
            items.append(text[intro.end() :].rstrip("。；; "))
            continue
        first = _CONTACT_ITEM_RE.search(text)
        if first and (first.start() == 0 or text[first.start() - 1] in "。；;，,"):
            items.append(text[first.start() :].rstrip("。；; "))
    return "；".join(i for i in items if i)


def parse_closing_date(text: str, line: int) -> tuple[date | None, DateTrouble | None]:
    """The date line at the end (``2023年3月17日``, ``二〇二三年三月十七日``)."""
    try:
        reading = parse_date(text)
    except DateError as exc:
        return None, DateTrouble(text, "date", line, exc.code.value)
    return reading.date, None


# -------------------------------------------------------------------------- writing


def organ_of(inspector: str) -> str:
    """The Party committee an inspection team belongs to (``市委第七巡察组`` →
    ``市委``); empty when the name does not say."""
    match = re.match(r"^(.*?(?:党委|党组|委))(?:第.+?)?(?:巡察|巡视)", inspector)
    return match.group(1) if match else ""


def format_range(start: date, end: date | None) -> str:
    """``2022年7月11日至8月19日``: the end omits the year its start gives."""
    if end is None:
        return format_date(start)
    tail = format_date(end) if end.year != start.year else f"{end.month}月{end.day}日"
    return f"{format_date(start)}至{tail}"


def kind_phrase(inspection: InspectionDraft) -> str:
    """What the team did, as the opening says it: the phrase kept from a notice read
    before (``…专项巡察``, in ``remarks``) or the kind's name."""
    label = KIND_LABELS[inspection.kind]
    remark = inspection.remarks.strip()
    if remark and len(remark) <= 80 and "。" not in remark and remark.endswith(label[-2:]):
        return remark
    return label


def compose_opening(inspection: InspectionDraft) -> list[str]:
    """The opening paragraphs of a notice from an inspection; clauses whose facts are
    missing are left out rather than printed empty."""
    organ = organ_of(inspection.inspector)
    unit = inspection.inspected_unit or "我单位"
    first: list[str] = [f"根据{organ}统一部署" if organ else "根据上级统一部署"]
    if inspection.start:
        first.append(format_range(inspection.start, inspection.end))
    if inspection.inspector:
        first.append(f"{inspection.inspector}对{unit}进行了{kind_phrase(inspection)}")
    sentences = ["，".join(first) + "。"]
    word = regime_word(inspection.kind)
    if inspection.feedback_date:
        team = f"{organ}{word}组" if organ else (inspection.inspector or f"{word}组")
        sentences.append(
            f"{format_date(inspection.feedback_date)}，{team}向{unit}反馈了{word}意见。"
        )
    if inspection.rectification_start:
        period = format_range(inspection.rectification_start, inspection.rectification_end)
        sentences.append(f"{period}，进行了集中整改。")
    return [
        "".join(sentences),
        f"按照{word}工作有关规定，现将{word}整改情况予以公布。",
    ]


CLOSING_INVITATION = (
    "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见和建议，请及时向我们反映。"
)


def compose_closing(contact: str) -> str:
    """The invitation to supervise, with the contact lines when there are any."""
    contact = contact.strip().rstrip("。")
    return f"{CLOSING_INVITATION}联系方式：{contact}。" if contact else CLOSING_INVITATION
