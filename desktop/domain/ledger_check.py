"""The ledger check (台账体检): what to put right before a ledger goes upward.

Each rule is a pure function over records returning :class:`Finding` values, each with
a stable code, a Chinese message and the record it is about, so that a window can jump
to the record and a script can count by code (``rectify lint --json``).
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from desktop.domain.dates import format_date
from desktop.domain.records import InspectionRecord, IssueRecord, MeasureRecord
from desktop.domain.rollup import rolled_up_status
from desktop.domain.status import STATUS_LABELS, Status
from desktop.domain.supervision import (
    ACCOUNTABILITY_LABELS,
    FUNDS_LABELS,
    LedgerView,
    OutcomeRecord,
    accountability_kind,
    funds_kind,
    measure_responsibility,
    outcome_totals,
    to_amount,
)
from desktop.domain.text import key_text
from desktop.domain.texts import Message, Msg, translate_label

# Near-duplicate texts are compared pairwise within an inspection; past this many issues
# only identical texts are looked for (a roll-up ledger would take minutes otherwise).
NEAR_DUPLICATE_LIMIT = 600
NEAR_DUPLICATE_RATIO = 0.9
# Shorter texts ("同上", "略") are not worth calling duplicates.
MIN_DUPLICATE_TEXT = 8


class FindingCode(StrEnum):
    """Every finding code. Stable: scripts read them from ``lint --json``."""

    MEASURE_NO_UNIT = "measure_no_unit"
    MEASURE_NO_DEADLINE = "measure_no_deadline"
    DONE_WITH_OPEN_MEASURES = "done_with_open_measures"
    DONE_WITHOUT_EVIDENCE = "done_without_evidence"
    DEADLINE_BEFORE_FEEDBACK = "deadline_before_feedback"
    DUPLICATE_NUMBER = "duplicate_number"
    DUPLICATE_TEXT = "duplicate_text"
    STATUS_DISAGREES = "status_disagrees_with_measures"
    UNIT_RUN_TOGETHER = "unit_run_together"
    UNIT_USED_ONCE = "unit_used_once"
    NOTICE_RATE = "notice_rate_does_not_recompute"
    NOTICE_FIGURE = "notice_figure_stale"


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing the check found, about one record. ``entity`` is ``issue``,
    ``measure`` or ``inspection``; ``record_id`` is that record's id, ``issue_id`` the
    issue to open for it (None for an inspection)."""

    code: FindingCode
    message: str
    entity: str
    record_id: int
    issue_id: int | None = None
    inspection_id: int | None = None
    number: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "code": self.code.value,
            "message": self.message,
            "entity": self.entity,
            "id": self.record_id,
            "issue_id": self.issue_id,
            "inspection_id": self.inspection_id,
            "number": self.number,
        }


def _measures_by_issue(measures: Iterable[MeasureRecord]) -> dict[int, list[MeasureRecord]]:
    out: dict[int, list[MeasureRecord]] = defaultdict(list)
    for m in measures:
        out[m.issue_id].append(m)
    for ms in out.values():
        ms.sort(key=lambda m: (m.seq, m.id))
    return out


def _measure_finding(
    code: FindingCode, issue: IssueRecord, m: MeasureRecord, message: str
) -> Finding:
    return Finding(code, message, "measure", m.id, issue.id, issue.inspection_id, issue.number)


def _place(number: str, seq: int | None) -> str:
    """问题3, or 问题3的第2条整改措施, for a finding's message."""
    if seq is None:
        return Message(Msg.LINT_PLACE_ISSUE, number=number)
    return Message(Msg.LINT_PLACE_MEASURE, number=number, seq=seq)


def _issue_finding(code: FindingCode, issue: IssueRecord, message: str) -> Finding:
    return Finding(code, message, "issue", issue.id, issue.id, issue.inspection_id, issue.number)


def check_measure_assignments(
    issues: Sequence[IssueRecord], measures: Sequence[MeasureRecord]
) -> list[Finding]:
    """Measures with no lead unit or no deadline, their issue's counting for them (a
    ledger writes the unit and the deadline once per issue). A rule word (立行立改,
    长期坚持) or a written deadline such as "15个工作日内" counts as a deadline."""
    out: list[Finding] = []
    by_issue = _measures_by_issue(measures)
    for issue in issues:
        for m in by_issue.get(issue.id, ()):
            r = measure_responsibility(m, issue)
            if not r.lead_unit.strip():
                out.append(
                    _measure_finding(
                        FindingCode.MEASURE_NO_UNIT,
                        issue,
                        m,
                        Message(Msg.LINT_MEASURE_NO_UNIT, number=issue.number, seq=m.seq),
                    )
                )
            if r.deadline is None and r.deadline_rule is None and not r.deadline_text.strip():
                out.append(
                    _measure_finding(
                        FindingCode.MEASURE_NO_DEADLINE,
                        issue,
                        m,
                        Message(Msg.LINT_MEASURE_NO_DEADLINE, number=issue.number, seq=m.seq),
                    )
                )
    return out


def check_done_issues(
    issues: Sequence[IssueRecord],
    measures: Sequence[MeasureRecord],
    evidence_counts: Mapping[int, int],
) -> list[Finding]:
    """Issues marked done (or signed off) whose measures are not all done, or that have
    no evidence file (their own or their measures')."""
    out: list[Finding] = []
    by_issue = _measures_by_issue(measures)
    for issue in issues:
        if not issue.status.is_finished:
            continue
        label = STATUS_LABELS[issue.status]
        open_ = [m for m in by_issue.get(issue.id, ()) if not m.status.is_finished]
        if open_:
            seqs = "、".join(str(m.seq) for m in open_)
            out.append(
                _issue_finding(
                    FindingCode.DONE_WITH_OPEN_MEASURES,
                    issue,
                    Message(
                        Msg.LINT_DONE_MEASURES_OPEN,
                        number=issue.number,
                        label=translate_label(label),
                        seqs=seqs,
                    ),
                )
            )
        if not evidence_counts.get(issue.id, 0):
            out.append(
                _issue_finding(
                    FindingCode.DONE_WITHOUT_EVIDENCE,
                    issue,
                    Message(
                        Msg.LINT_DONE_NO_EVIDENCE, number=issue.number, label=translate_label(label)
                    ),
                )
            )
    return out


def check_deadlines_after_feedback(
    inspections: Sequence[InspectionRecord],
    issues: Sequence[IssueRecord],
    measures: Sequence[MeasureRecord],
) -> list[Finding]:
    """Deadlines earlier than the inspection's feedback date: rectification cannot end
    before the problems were handed over, so the date is mistyped (often the year)."""
    feedback = {i.id: i.feedback_date for i in inspections}
    by_issue = _measures_by_issue(measures)
    out: list[Finding] = []
    for issue in issues:
        fed = feedback.get(issue.inspection_id)
        if fed is None:
            continue
        when = format_date(fed)
        d = issue.responsibility.deadline
        if d is not None and d < fed:
            out.append(
                _issue_finding(
                    FindingCode.DEADLINE_BEFORE_FEEDBACK,
                    issue,
                    Message(
                        Msg.LINT_DEADLINE_BEFORE_FEEDBACK,
                        number=issue.number,
                        d=format_date(d),
                        when=when,
                    ),
                )
            )
        for m in by_issue.get(issue.id, ()):
            md = m.responsibility.deadline
            if md is not None and md < fed:
                out.append(
                    _measure_finding(
                        FindingCode.DEADLINE_BEFORE_FEEDBACK,
                        issue,
                        m,
                        Message(
                            Msg.LINT_MEASURE_DEADLINE_BEFORE_FEEDBACK,
                            number=issue.number,
                            seq=m.seq,
                            md=format_date(md),
                            when=when,
                        ),
                    )
                )
    return out


_PUNCTUATION_RE = re.compile(r"[\W_]+", re.UNICODE)


def _text_key(text: str) -> str:
    return _PUNCTUATION_RE.sub("", key_text(text))


def check_duplicates(issues: Sequence[IssueRecord]) -> list[Finding]:
    """Within one inspection: issues sharing a number (in the same category), and issues
    whose texts are the same or nearly so (≥ 90% alike once spacing, punctuation and
    width are ignored). The later issue is reported, naming the earlier one."""
    out: list[Finding] = []
    by_inspection: dict[int, list[IssueRecord]] = defaultdict(list)
    for issue in issues:
        by_inspection[issue.inspection_id].append(issue)
    for group in by_inspection.values():
        group.sort(key=lambda i: (i.position, i.id))
        # Numbering that restarts in every category (一、…方面 with 1, 2, 3 under each)
        # is how sectioned ledgers are written: a repeat counts within a category.
        seen_numbers: dict[tuple[object, str], IssueRecord] = {}
        for issue in group:
            number = key_text(issue.number)
            if not number:
                continue
            first = seen_numbers.setdefault((issue.category_id, number), issue)
            if first is not issue:
                out.append(
                    _issue_finding(
                        FindingCode.DUPLICATE_NUMBER,
                        issue,
                        Message(
                            Msg.LINT_DUPLICATE_NUMBER, number=issue.number, position=first.position
                        ),
                    )
                )
        out += _duplicate_texts(group)
    return out


def _duplicate_texts(group: Sequence[IssueRecord]) -> list[Finding]:
    keys = [(issue, _text_key(issue.text)) for issue in group]
    keys = [(issue, k) for issue, k in keys if len(k) >= MIN_DUPLICATE_TEXT]
    out: list[Finding] = []
    reported: set[int] = set()
    exact: dict[str, IssueRecord] = {}
    for issue, k in keys:
        first = exact.setdefault(k, issue)
        if first is not issue:
            reported.add(issue.id)
            out.append(
                _issue_finding(
                    FindingCode.DUPLICATE_TEXT,
                    issue,
                    Message(Msg.LINT_SAME_TEXT, number=issue.number, number2=first.number),
                )
            )
    if len(keys) > NEAR_DUPLICATE_LIMIT:
        return out
    for index, (issue, k) in enumerate(keys):
        if issue.id in reported:
            continue
        matcher = difflib.SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(k)
        for earlier, ek in keys[:index]:
            if ek == k:
                continue
            matcher.set_seq1(ek)
            # Cheap upper bounds first: most pairs are rejected without the full ratio.
            if (
                matcher.real_quick_ratio() >= NEAR_DUPLICATE_RATIO
                and matcher.quick_ratio() >= NEAR_DUPLICATE_RATIO
                and matcher.ratio() >= NEAR_DUPLICATE_RATIO
            ):
                reported.add(issue.id)
                out.append(
                    _issue_finding(
                        FindingCode.DUPLICATE_TEXT,
                        issue,
                        Message(
                            Msg.LINT_NEARLY_SAME_TEXT, number=issue.number, number2=earlier.number
                        ),
                    )
                )
                break
    return out


def check_status_agreement(
    issues: Sequence[IssueRecord], measures: Sequence[MeasureRecord]
) -> list[Finding]:
    """An issue's status against its measures: every measure done but the issue not;
    or the issue 未启动 while some measure has started. (Done issues with open
    measures are :func:`check_done_issues`' finding.)"""
    out: list[Finding] = []
    by_issue = _measures_by_issue(measures)
    for issue in issues:
        ms = by_issue.get(issue.id, [])
        if not ms or issue.status.is_finished:
            continue
        # The one roll-up rule (domain.rollup) says what the state should be.
        rolled = rolled_up_status(issue.status, (m.status for m in ms))
        if rolled is issue.status:
            continue
        label = STATUS_LABELS[issue.status]
        if all(m.status.is_finished for m in ms):
            out.append(
                _issue_finding(
                    FindingCode.STATUS_DISAGREES,
                    issue,
                    Message(
                        Msg.LINT_MEASURES_DONE_ISSUE_NOT,
                        number=issue.number,
                        label=translate_label(label),
                    ),
                )
            )
        elif issue.status is Status.NOT_STARTED and any(
            m.status is not Status.NOT_STARTED for m in ms
        ):
            out.append(
                _issue_finding(
                    FindingCode.STATUS_DISAGREES,
                    issue,
                    Message(
                        Msg.LINT_MEASURES_STARTED_ISSUE_NOT,
                        number=issue.number,
                        label=translate_label(label),
                    ),
                )
            )
        else:
            out.append(
                _issue_finding(
                    FindingCode.STATUS_DISAGREES,
                    issue,
                    Message(
                        Msg.LINT_STATUS_DISAGREES,
                        number=issue.number,
                        label=translate_label(label),
                        STATUS_LABELS=translate_label(STATUS_LABELS[rolled]),
                    ),
                )
            )
    return out


def _unit_uses(
    issues: Sequence[IssueRecord], measures: Sequence[MeasureRecord]
) -> dict[str, list[tuple[IssueRecord, MeasureRecord | None]]]:
    """Every unit name written in the ledger (lead or cooperating, on an issue or a
    measure), with the records that name it, in ledger order."""
    by_id = {i.id: i for i in issues}
    uses: dict[str, list[tuple[IssueRecord, MeasureRecord | None]]] = defaultdict(list)
    for issue in issues:
        r = issue.responsibility
        for unit in (r.lead_unit, *r.cooperating_units):
            if unit.strip():
                uses[unit.strip()].append((issue, None))
    for m in measures:
        owner = by_id.get(m.issue_id)
        if owner is None:
            continue
        r = m.responsibility
        for unit in (r.lead_unit, *r.cooperating_units):
            if unit.strip():
                uses[unit.strip()].append((owner, m))
    return uses


def _unit_finding(
    code: FindingCode, issue: IssueRecord, m: MeasureRecord | None, message: str
) -> Finding:
    if m is None:
        return _issue_finding(code, issue, message)
    return _measure_finding(code, issue, m, message)


def check_units(issues: Sequence[IssueRecord], measures: Sequence[MeasureRecord]) -> list[Finding]:
    """Unit names typed by accident: a name that is two other units of the ledger run
    together (办公室组织部: a click that did not reach the next field), and a name used
    only once while the ledger uses other units more (often a typing slip)."""
    uses = _unit_uses(issues, measures)
    names = set(uses)
    out: list[Finding] = []
    for unit, where in uses.items():
        parts = next(
            (
                (unit[:k], unit[k:])
                for k in range(2, len(unit) - 1)
                if unit[:k] in names and unit[k:] in names
            ),
            None,
        )
        issue, m = where[0]
        place = _place(issue.number, m.seq if m is not None else None)
        if parts is not None:
            for issue, m in where:
                place = _place(issue.number, m.seq if m else None)
                out.append(
                    _unit_finding(
                        FindingCode.UNIT_RUN_TOGETHER,
                        issue,
                        m,
                        Message(
                            Msg.LINT_UNIT_RUN_TOGETHER,
                            place=place,
                            unit=unit,
                            first=parts[0],
                            second=parts[1],
                        ),
                    )
                )
        elif len(where) == 1 and len(uses) > 1:
            out.append(
                _unit_finding(
                    FindingCode.UNIT_USED_ONCE,
                    issue,
                    m,
                    Message(Msg.LINT_UNIT_USED_ONCE, place=place, unit=unit),
                )
            )
    return out


def _decimal(value: Any) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def _int(value: Any) -> int | None:
    number = _decimal(value)
    if number is None or number != number.to_integral_value():
        return None
    return int(number)


def _rate_matches(stated: Decimal, done: int, total: int) -> tuple[bool, Decimal]:
    """Whether a stated percentage is done/total rounded as far as it was written
    (``96`` is a whole percent; ``81.58`` two decimals)."""
    exact = Decimal(done * 100) / Decimal(total)
    exponent = stated.as_tuple().exponent
    places = max(0, -exponent) if isinstance(exponent, int) else 0
    quantum = Decimal(1).scaleb(-places)
    return exact.quantize(quantum) == stated.quantize(quantum), exact.quantize(Decimal("0.01"))


def check_notice_statistics(
    inspection: InspectionRecord,
    stated: Mapping[str, Any],
    issues: Sequence[IssueRecord],
    outcomes: Sequence[OutcomeRecord],
) -> list[Finding]:
    """The figures a published notice stated for an inspection, against themselves
    (the rate must recompute from its counts) and against the ledger now (issue counts
    by state, rules made, people held accountable and money by kind). Figures the
    notice did not state are not checked; ``not_done`` is not checked either, its
    meaning varies between notices."""
    out: list[Finding] = []

    def finding(code: FindingCode, message: str) -> None:
        out.append(Finding(code, message, "inspection", inspection.id, None, inspection.id, ""))

    total = _int(stated.get("issues_total"))
    done = _int(stated.get("done"))
    rate = _decimal(stated.get("rate"))
    if rate is not None and total and done is not None:
        ok, exact = _rate_matches(rate, done, total)
        if not ok:
            finding(
                FindingCode.NOTICE_RATE,
                Message(Msg.LINT_NOTICE_RATE, rate=rate, done=done, total=total, exact=exact),
            )
    # "正在整改 N 个" covers whatever the notice did not count apart: 基本完成 and 申请延期
    # belong to it unless the notice gave them their own figures.
    ongoing = {Status.IN_PROGRESS, Status.NOT_STARTED}
    if _int(stated.get("partial")) is None:
        ongoing.add(Status.PARTIAL)
    if _int(stated.get("postponed")) is None:
        ongoing.add(Status.POSTPONED)
    counted = {
        "issues_total": ("反馈问题", len(issues)),
        "done": ("已完成整改", sum(1 for i in issues if i.status.is_finished)),
        "partial": ("基本完成", sum(1 for i in issues if i.status is Status.PARTIAL)),
        "in_progress": ("正在整改", sum(1 for i in issues if i.status in ongoing)),
        "postponed": ("申请延期", sum(1 for i in issues if i.status is Status.POSTPONED)),
    }
    for name, (label, actual) in counted.items():
        figure = _int(stated.get(name))
        if figure is not None and figure != actual:
            finding(
                FindingCode.NOTICE_FIGURE,
                Message(Msg.LINT_NOTICE_COUNT, label=label, figure=figure, actual=actual),
            )
    totals = outcome_totals(outcomes)
    rules = _int(stated.get("rules_made"))
    if rules is not None and rules != totals.rules_made:
        finding(
            FindingCode.NOTICE_FIGURE,
            Message(Msg.LINT_NOTICE_RULES, figure=rules, actual=totals.rules_made),
        )
    people = stated.get("accountability")
    if isinstance(people, Mapping):
        for word, value in people.items():
            figure = _int(value)
            akind = accountability_kind(str(word))
            actual = totals.accountability.get(akind, 0)
            if figure is not None and figure != actual:
                finding(
                    FindingCode.NOTICE_FIGURE,
                    Message(
                        Msg.LINT_NOTICE_PEOPLE,
                        label=ACCOUNTABILITY_LABELS[akind],
                        figure=figure,
                        actual=actual,
                    ),
                )
    funds = stated.get("funds")
    if isinstance(funds, Mapping):
        for word, value in funds.items():
            fkind = funds_kind(str(word))
            try:
                amount = to_amount(value)
            except ValueError:
                continue
            actual_amount = totals.funds.get(fkind, Decimal("0.000"))
            if amount != actual_amount:
                finding(
                    FindingCode.NOTICE_FIGURE,
                    Message(
                        Msg.LINT_NOTICE_FUNDS,
                        label=FUNDS_LABELS[fkind],
                        figure=amount,
                        actual=actual_amount,
                    ),
                )
    return out


def check_ledger(view: LedgerView) -> list[Finding]:
    """Every rule over a ledger view, findings grouped by inspection and issue."""
    evidence_counts: dict[int, int] = defaultdict(int)
    for e in view.evidence:
        evidence_counts[e.issue_id] += 1
    findings = check_measure_assignments(view.issues, view.measures)
    findings += check_done_issues(view.issues, view.measures, evidence_counts)
    findings += check_deadlines_after_feedback(view.inspections, view.issues, view.measures)
    findings += check_duplicates(view.issues)
    findings += check_status_agreement(view.issues, view.measures)
    findings += check_units(view.issues, view.measures)
    for inspection in view.inspections:
        stated = view.notice_statistics.get(inspection.id)
        if stated:
            issues = [i for i in view.issues if i.inspection_id == inspection.id]
            ids = {i.id for i in issues}
            outcomes = [o for o in view.outcomes if o.issue_id in ids]
            findings += check_notice_statistics(inspection, stated, issues, outcomes)
    order: dict[int, tuple[int, int, int]] = {
        i.id: (i.inspection_id, i.position, i.id) for i in view.issues
    }
    codes = list(FindingCode)

    def sort_key(f: Finding) -> tuple[Any, ...]:
        # Findings about a whole inspection (its notice) come after its issues.
        place = order.get(f.issue_id or -1, (f.inspection_id or 0, 1 << 62, 0))
        return (*place, f.entity != "issue", f.record_id, codes.index(f.code))

    return sorted(findings, key=sort_key)


def finding_counts(findings: Iterable[Finding]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for f in findings:
        counts[f.code.value] = counts.get(f.code.value, 0) + 1
    return counts


__all__ = [
    "Finding",
    "FindingCode",
    "check_deadlines_after_feedback",
    "check_done_issues",
    "check_duplicates",
    "check_ledger",
    "check_measure_assignments",
    "check_notice_statistics",
    "check_status_agreement",
    "check_units",
    "finding_counts",
]
