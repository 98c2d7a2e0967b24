"""Supervision (督办): deadline lights, progress notes, postponements, evidence, sign-off
and outcomes, as records and the rules that govern them.

Everything here is pure: services gather the records, these functions decide. The
ledger check (体检) lives in :mod:`desktop.domain.ledger_check`; statistics in
``services/supervision_stats.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, NewType

# The deadline lights live in their own module (the first frame needs only them);
# re-exported here, where the rest of supervision and its callers look for them.
from desktop.domain.lights import DEFAULT_DUE_SOON_DAYS as DEFAULT_DUE_SOON_DAYS
from desktop.domain.lights import LIGHT_LABELS as LIGHT_LABELS
from desktop.domain.lights import DueSettings as DueSettings
from desktop.domain.lights import Light as Light
from desktop.domain.lights import days_overdue as days_overdue
from desktop.domain.lights import deadline_light as deadline_light
from desktop.domain.lights import effective_deadline as effective_deadline
from desktop.domain.lights import measure_responsibility as measure_responsibility
from desktop.domain.lights import record_light as record_light
from desktop.domain.problems import Code, Problem, Severity
from desktop.domain.records import (
    InspectionId,
    InspectionRecord,
    IssueId,
    IssueRecord,
    MeasureId,
    MeasureRecord,
)
from desktop.domain.rules import check_text
from desktop.domain.status import STATUS_LABELS, Status
from desktop.domain.text import fold_width, squash_spaces
from desktop.domain.texts import Message, Msg, translate_label

ProgressNoteId = NewType("ProgressNoteId", int)
EvidenceId = NewType("EvidenceId", int)
PostponementId = NewType("PostponementId", int)
SignOffId = NewType("SignOffId", int)
OutcomeId = NewType("OutcomeId", int)

# The issue of a draft not yet stored (a dataclass default; see records.py).
_NO_ISSUE = IssueId(0)


# -------------------------------------------------------------------- progress notes
@dataclass(frozen=True, slots=True)
class ProgressNoteDraft:
    """A dated progress report (整改进展) on an issue, or on one of its measures when
    ``measure_id`` is set."""

    date: date
    text: str
    reporter: str = ""
    next_step: str = ""
    difficulties: str = ""
    measure_id: MeasureId | None = None


@dataclass(frozen=True, slots=True)
class ProgressNoteRecord(ProgressNoteDraft):
    """A progress note as stored."""

    id: ProgressNoteId = ProgressNoteId(0)
    key: str = ""
    issue_id: IssueId = _NO_ISSUE


def validate_progress_note(draft: ProgressNoteDraft) -> list[Problem]:
    problems = check_text("text", draft.text, required=True)
    for name in ("reporter", "next_step", "difficulties"):
        problems += check_text(name, getattr(draft, name))
    return problems


def newest_first(notes: Iterable[ProgressNoteRecord]) -> list[ProgressNoteRecord]:
    """Notes as listed: newest date first, the later entry first on the same day."""
    return sorted(notes, key=lambda n: (n.date, n.id), reverse=True)


# ------------------------------------------------------------------------- evidence
@dataclass(frozen=True, slots=True)
class EvidenceRecord:
    """A file kept as proof (佐证材料). The file itself lives in the evidence store under
    its SHA-256; ``original_name`` keeps the name it had when attached."""

    id: EvidenceId
    key: str
    issue_id: IssueId
    measure_id: MeasureId | None
    title: str
    date: date | None
    original_name: str
    sha256: str
    size: int


# --------------------------------------------------------------------- postponement
class Decision(StrEnum):
    """Where a postponement request stands."""

    PENDING = "pending"
    APPROVED = "approved"
    REFUSED = "refused"


DECISION_LABELS: dict[Decision, str] = {
    Decision.PENDING: "待审批",
    Decision.APPROVED: "已批准",
    Decision.REFUSED: "未批准",
}


@dataclass(frozen=True, slots=True)
class PostponementRecord:
    """A request to extend a deadline (申请延期) and its decision; both deadlines kept."""

    id: PostponementId
    key: str
    issue_id: IssueId
    measure_id: MeasureId | None
    reason: str
    old_deadline: date | None
    new_deadline: date
    requested_on: date
    requested_by: str
    previous_status: Status | None
    decision: Decision
    decided_on: date | None = None
    decided_by: str = ""
    opinion: str = ""


def _problem(
    code: Code, field: str, message: str, value: str = "", severity: Severity = Severity.ERROR
) -> Problem:
    return Problem(code=code, field=field, message=message, value=value, severity=severity)


def postponement_problems(
    *,
    status: Status,
    old_deadline: date | None,
    new_deadline: date,
    requested_on: date,
    reason: str,
    pending: bool,
) -> list[Problem]:
    """What stops a postponement request: no reason, a new deadline not after the old
    one (or before the request), a finished item, a request already pending."""
    problems = check_text("reason", reason, required=True)
    if old_deadline is not None and new_deadline <= old_deadline:
        problems.append(
            _problem(
                Code.DATE_ORDER,
                "new_deadline",
                Message(Msg.POSTPONE_NOT_LATER, isoformat=old_deadline.isoformat()),
                new_deadline.isoformat(),
            )
        )
    elif new_deadline < requested_on:
        problems.append(
            _problem(
                Code.DATE_ORDER,
                "new_deadline",
                Message(Msg.POSTPONE_BEFORE_REQUEST),
                new_deadline.isoformat(),
            )
        )
    if status.is_finished:
        problems.append(
            _problem(Code.WRONG_STEP, "status", Message(Msg.POSTPONE_DONE), STATUS_LABELS[status])
        )
    if pending:
        problems.append(_problem(Code.WRONG_STEP, "decision", Message(Msg.POSTPONE_PENDING)))
    return problems


def decision_problems(request: PostponementRecord, decided_on: date) -> list[Problem]:
    """A decision needs a pending request, dated on or after the request."""
    problems: list[Problem] = []
    if request.decision is not Decision.PENDING:
        problems.append(
            _problem(
                Code.WRONG_STEP,
                "decision",
                Message(Msg.POSTPONE_DECIDED, DECISION_LABELS=DECISION_LABELS[request.decision]),
            )
        )
    if decided_on < request.requested_on:
        problems.append(
            _problem(
                Code.DATE_ORDER,
                "decided_on",
                Message(Msg.DECIDED_BEFORE_REQUEST),
                decided_on.isoformat(),
            )
        )
    return problems


# ------------------------------------------------------------------------- sign-off
class SignOffStep(StrEnum):
    """One step of signing an issue off (对账销号)."""

    APPLY = "apply"  # 申请销号
    APPROVE = "approve"  # 审核同意: the issue becomes closed
    RETURN = "return"  # 退回, with a reason
    REOPEN = "reopen"  # 重新打开, for follow-up (回头看), with a reason


SIGN_OFF_STEP_LABELS: dict[SignOffStep, str] = {
    SignOffStep.APPLY: "申请销号",
    SignOffStep.APPROVE: "审核同意销号",
    SignOffStep.RETURN: "退回",
    SignOffStep.REOPEN: "重新打开（回头看）",
}


class SignOffState(StrEnum):
    """Where an issue's sign-off stands, from its latest step."""

    NONE = "none"  # never applied
    PENDING = "pending"  # applied, awaiting review
    RETURNED = "returned"
    APPROVED = "approved"  # signed off
    REOPENED = "reopened"


SIGN_OFF_STATE_LABELS: dict[SignOffState, str] = {
    SignOffState.NONE: "未申请",
    SignOffState.PENDING: "待审核",
    SignOffState.RETURNED: "已退回",
    SignOffState.APPROVED: "已销号",
    SignOffState.REOPENED: "已重新打开",
}

_STATE_AFTER: dict[SignOffStep, SignOffState] = {
    SignOffStep.APPLY: SignOffState.PENDING,
    SignOffStep.APPROVE: SignOffState.APPROVED,
    SignOffStep.RETURN: SignOffState.RETURNED,
    SignOffStep.REOPEN: SignOffState.REOPENED,
}


@dataclass(frozen=True, slots=True)
class SignOffRecord:
    """One sign-off step with who took it and when; ``override_reason`` is set when an
    application was made although its conditions were not met."""

    id: SignOffId
    issue_id: IssueId
    step: SignOffStep
    date: date
    person: str
    opinion: str = ""
    override_reason: str = ""


def sign_off_state(steps: Iterable[SignOffRecord]) -> SignOffState:
    """The state after the latest step (by date, then by the order entered)."""
    latest = max(steps, key=lambda s: (s.date, s.id), default=None)
    return SignOffState.NONE if latest is None else _STATE_AFTER[latest.step]


def _measure_numbers(measures: Iterable[MeasureRecord]) -> str:
    return "、".join(str(m.seq) for m in measures)


def application_problems(
    issue: IssueRecord,
    measures: Sequence[MeasureRecord],
    evidence_count: int,
    state: SignOffState,
    override_reason: str = "",
) -> list[Problem]:
    """What stands in the way of applying to sign an issue off (申请销号).

    The conditions: every measure finished (an issue without measures must be finished
    itself) and at least one evidence file. With an ``override_reason`` the unmet
    conditions become warnings that go on record with the reason; without one they
    block. An issue already signed off or already awaiting review cannot apply.
    """
    problems: list[Problem] = []
    if state is SignOffState.PENDING:
        problems.append(_problem(Code.WRONG_STEP, "step", Message(Msg.SIGNOFF_PENDING)))
    if issue.status is Status.CLOSED:
        problems.append(_problem(Code.WRONG_STEP, "status", Message(Msg.SIGNOFF_DONE)))
    problems += check_text("override_reason", override_reason)
    severity = Severity.WARNING if override_reason.strip() else Severity.ERROR
    open_measures = [m for m in measures if not m.status.is_finished]
    if open_measures:
        problems.append(
            _problem(
                Code.MEASURES_OPEN,
                "measures",
                Message(Msg.MEASURES_NOT_DONE, measure_numbers=_measure_numbers(open_measures)),
                _measure_numbers(open_measures),
                severity,
            )
        )
    elif not measures and not issue.status.is_finished:
        problems.append(
            _problem(
                Code.NOT_DONE,
                "status",
                Message(
                    Msg.ISSUE_NOT_DONE, STATUS_LABELS=translate_label(STATUS_LABELS[issue.status])
                ),
                STATUS_LABELS[issue.status],
                severity,
            )
        )
    if evidence_count <= 0:
        problems.append(
            _problem(Code.NO_EVIDENCE, "evidence", Message(Msg.NO_EVIDENCE), "", severity)
        )
    return problems


def review_problems(state: SignOffState, step: SignOffStep, opinion: str) -> list[Problem]:
    """A review (同意 or 退回) needs a pending application; 退回 needs a reason."""
    problems: list[Problem] = []
    if state is not SignOffState.PENDING:
        problems.append(
            _problem(
                Code.WRONG_STEP,
                "step",
                Message(Msg.NO_SIGNOFF_REQUEST, SIGN_OFF_STATE_LABELS=SIGN_OFF_STATE_LABELS[state]),
            )
        )
    problems += check_text("opinion", opinion, required=step is SignOffStep.RETURN)
    return problems


def reopen_problems(status: Status, reason: str) -> list[Problem]:
    """Reopening (回头看) applies to a signed-off issue and needs a reason."""
    problems: list[Problem] = []
    if status is not Status.CLOSED:
        problems.append(
            _problem(
                Code.WRONG_STEP,
                "status",
                Message(
                    Msg.REOPEN_ONLY_CLOSED, STATUS_LABELS=translate_label(STATUS_LABELS[status])
                ),
            )
        )
    problems += check_text("opinion", reason, required=True)
    return problems


# ------------------------------------------------------------------------- outcomes
class OutcomeKind(StrEnum):
    """What an outcome counts (整改成效)."""

    RULE = "rule"  # 建章立制: a rule made or revised
    ACCOUNTABILITY = "accountability"  # 问责: people, by kind
    FUNDS = "funds"  # 资金: 万元, by kind


class AccountabilityKind(StrEnum):
    """Kinds of accountability, in the order notices list them."""

    PARTY_DISCIPLINE = "party_discipline"
    GOVERNMENT_SANCTION = "government_sanction"
    ORGANIZATIONAL = "organizational"
    ADMONITION = "admonition"
    CRITICISM = "criticism"
    REMINDER = "reminder"
    OTHER = "other"


ACCOUNTABILITY_LABELS: dict[AccountabilityKind, str] = {
    AccountabilityKind.PARTY_DISCIPLINE: "党纪处分",
    AccountabilityKind.GOVERNMENT_SANCTION: "政务处分",
    AccountabilityKind.ORGANIZATIONAL: "组织处理",
    AccountabilityKind.ADMONITION: "诫勉谈话",
    AccountabilityKind.CRITICISM: "批评教育",
    AccountabilityKind.REMINDER: "提醒谈话",
    AccountabilityKind.OTHER: "其他",
}


class FundsKind(StrEnum):
    """Kinds of money recovered, as notices name them."""

    RECOVERED = "recovered"  # 追缴资金
    REFUNDED = "refunded"  # 清退违规资金
    LOSS_RECOVERED = "loss_recovered"  # 挽回经济损失
    OTHER = "other"


FUNDS_LABELS: dict[FundsKind, str] = {
    FundsKind.RECOVERED: "追缴资金",
    FundsKind.REFUNDED: "清退违规资金",
    FundsKind.LOSS_RECOVERED: "挽回经济损失",
    FundsKind.OTHER: "其他资金",
}

# Words in notices and forms for each kind (matched inside the text, first hit wins).
_ACCOUNTABILITY_WORDS: tuple[tuple[str, AccountabilityKind], ...] = (
    ("党纪", AccountabilityKind.PARTY_DISCIPLINE),
    ("政务", AccountabilityKind.GOVERNMENT_SANCTION),
    ("政纪", AccountabilityKind.GOVERNMENT_SANCTION),
    ("组织处理", AccountabilityKind.ORGANIZATIONAL),
    ("诫勉", AccountabilityKind.ADMONITION),
    ("批评教育", AccountabilityKind.CRITICISM),
    ("提醒", AccountabilityKind.REMINDER),
)
_FUNDS_WORDS: tuple[tuple[str, FundsKind], ...] = (
    ("挽回", FundsKind.LOSS_RECOVERED),
    ("清退", FundsKind.REFUNDED),
    ("退还", FundsKind.REFUNDED),
    ("追缴", FundsKind.RECOVERED),
    ("收缴", FundsKind.RECOVERED),
    ("追回", FundsKind.RECOVERED),
)


def accountability_kind(text: str) -> AccountabilityKind:
    """The kind a code or a notice's word names (``党纪处分``, ``party_discipline``)."""
    try:
        return AccountabilityKind(text)
    except ValueError:
        pass
    for word, kind in _ACCOUNTABILITY_WORDS:
        if word in text:
            return kind
    return AccountabilityKind.OTHER


def funds_kind(text: str) -> FundsKind:
    """The kind a code or a notice's word names (``追缴资金``, ``recovered``)."""
    try:
        return FundsKind(text)
    except ValueError:
        pass
    for word, kind in _FUNDS_WORDS:
        if word in text:
            return kind
    return FundsKind.OTHER


THOUSANDTH = Decimal("0.001")
# Numeric(14, 3): eleven digits before the point.
MAX_AMOUNT = Decimal("99999999999.999")
_AMOUNT_RE = re.compile(r"^([+-]?\d+(?:\.\d+)?)(万元|万)?$")


def to_amount(value: object) -> Decimal:
    """A money figure in 万元 as an exact Decimal with three decimals.

    Floats from the database are converted through their shortest text form, which is
    exact for any value with at most three decimals and eleven digits before the point,
    so sums are made of Decimals and never of floats. Raises ValueError for text that is
    not a number (``12.345``, ``12.345万元`` are read).
    """
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int | float):
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    elif isinstance(value, str):
        match = _AMOUNT_RE.match(squash_spaces(fold_width(value)).replace(",", ""))
        if match is None:
            raise ValueError(value)
        number = Decimal(match[1])
    else:
        raise ValueError(value)
    try:
        return number.quantize(THOUSANDTH)
    except InvalidOperation as exc:
        raise ValueError(value) from exc


@dataclass(frozen=True, slots=True)
class OutcomeDraft:
    """A countable result of an issue's rectification. Rules: ``name`` and ``date``.
    Accountability: ``subkind`` (an :class:`AccountabilityKind`) and ``count`` people.
    Funds: ``subkind`` (a :class:`FundsKind`) and ``amount`` in 万元."""

    kind: OutcomeKind
    subkind: str = ""
    name: str = ""
    count: int = 0
    amount: Decimal | None = None
    date: date | None = None


@dataclass(frozen=True, slots=True)
class OutcomeRecord(OutcomeDraft):
    """An outcome as stored."""

    id: OutcomeId = OutcomeId(0)
    issue_id: IssueId = _NO_ISSUE


def validate_outcome(draft: OutcomeDraft) -> list[Problem]:
    """Every problem of an outcome: a rule needs its name; accountability a known kind
    and 1 to 9999 people; funds a known kind and a positive amount of at most three
    decimals."""
    problems = check_text("name", draft.name, required=draft.kind is OutcomeKind.RULE)
    if draft.kind is OutcomeKind.ACCOUNTABILITY:
        if draft.subkind not in AccountabilityKind.__members__.values():
            problems.append(
                _problem(
                    Code.BAD_KIND, "subkind", Message(Msg.BAD_ACCOUNTABILITY_KIND), draft.subkind
                )
            )
        if not 1 <= draft.count <= 9999:
            problems.append(
                _problem(Code.BAD_AMOUNT, "count", Message(Msg.BAD_PEOPLE_COUNT), str(draft.count))
            )
    elif draft.kind is OutcomeKind.FUNDS:
        if draft.subkind not in FundsKind.__members__.values():
            problems.append(
                _problem(Code.BAD_KIND, "subkind", Message(Msg.BAD_FUNDS_KIND), draft.subkind)
            )
        amount = draft.amount
        if (
            amount is None
            or not amount.is_finite()
            or amount <= 0
            or amount > MAX_AMOUNT
            or amount != amount.quantize(THOUSANDTH)
        ):
            problems.append(
                _problem(
                    Code.BAD_AMOUNT,
                    "amount",
                    Message(Msg.BAD_AMOUNT),
                    str(amount),
                )
            )
    return problems


@dataclass(frozen=True, slots=True)
class OutcomeTotals:
    """Outcomes added up: rules made, people held accountable by kind, money by kind
    (Decimal, 万元)."""

    rules_made: int = 0
    accountability: dict[AccountabilityKind, int] = field(default_factory=dict)
    funds: dict[FundsKind, Decimal] = field(default_factory=dict)

    @property
    def people(self) -> int:
        return sum(self.accountability.values())

    @property
    def funds_total(self) -> Decimal:
        return sum(self.funds.values(), Decimal("0.000"))

    def as_json(self) -> dict[str, Any]:
        """Every kind, zeros included (notices print zero counts explicitly); money as
        numbers with three decimals."""
        return {
            "rules_made": self.rules_made,
            "accountability": {k.value: self.accountability.get(k, 0) for k in AccountabilityKind},
            "people_total": self.people,
            "funds": {k.value: float(self.funds.get(k, Decimal("0.000"))) for k in FundsKind},
            "funds_total": float(self.funds_total),
        }


def outcome_totals(outcomes: Iterable[OutcomeDraft]) -> OutcomeTotals:
    rules = 0
    people: dict[AccountabilityKind, int] = {}
    money: dict[FundsKind, Decimal] = {}
    for o in outcomes:
        if o.kind is OutcomeKind.RULE:
            rules += 1
        elif o.kind is OutcomeKind.ACCOUNTABILITY:
            kind = accountability_kind(o.subkind)
            people[kind] = people.get(kind, 0) + o.count
        elif o.kind is OutcomeKind.FUNDS and o.amount is not None:
            fkind = funds_kind(o.subkind)
            money[fkind] = money.get(fkind, Decimal("0.000")) + to_amount(o.amount)
    return OutcomeTotals(rules, people, money)


# ------------------------------------------------------------------------- the view
@dataclass(frozen=True, slots=True)
class LedgerView:
    """Everything supervision looks at, as records: the ledger now, or as it stood on
    a past date (rebuilt from the history). Statistics and the ledger check read this
    and nothing else, so both work the same on the present and the past.

    ``notice_statistics`` holds, per inspection id, the figures its published notice
    stated (the ``statistics`` shape of docs/cli.md)."""

    inspections: tuple[InspectionRecord, ...] = ()
    issues: tuple[IssueRecord, ...] = ()
    measures: tuple[MeasureRecord, ...] = ()
    notes: tuple[ProgressNoteRecord, ...] = ()
    evidence: tuple[EvidenceRecord, ...] = ()
    postponements: tuple[PostponementRecord, ...] = ()
    sign_offs: tuple[SignOffRecord, ...] = ()
    outcomes: tuple[OutcomeRecord, ...] = ()
    notice_statistics: dict[int, dict[str, Any]] = field(default_factory=dict)

    def only_inspection(self, inspection_id: InspectionId) -> LedgerView:
        """The part of the view that belongs to one inspection."""
        issue_ids = {i.id for i in self.issues if i.inspection_id == inspection_id}
        return LedgerView(
            inspections=tuple(i for i in self.inspections if i.id == inspection_id),
            issues=tuple(i for i in self.issues if i.id in issue_ids),
            measures=tuple(m for m in self.measures if m.issue_id in issue_ids),
            notes=tuple(n for n in self.notes if n.issue_id in issue_ids),
            evidence=tuple(e for e in self.evidence if e.issue_id in issue_ids),
            postponements=tuple(p for p in self.postponements if p.issue_id in issue_ids),
            sign_offs=tuple(s for s in self.sign_offs if s.issue_id in issue_ids),
            outcomes=tuple(o for o in self.outcomes if o.issue_id in issue_ids),
            notice_statistics={
                k: v for k, v in self.notice_statistics.items() if k == inspection_id
            },
        )


__all__ = [
    "ACCOUNTABILITY_LABELS",
    "DECISION_LABELS",
    "FUNDS_LABELS",
    "LIGHT_LABELS",
    "SIGN_OFF_STATE_LABELS",
    "SIGN_OFF_STEP_LABELS",
    "AccountabilityKind",
    "Decision",
    "DueSettings",
    "EvidenceId",
    "EvidenceRecord",
    "FundsKind",
    "LedgerView",
    "Light",
    "OutcomeDraft",
    "OutcomeId",
    "OutcomeKind",
    "OutcomeRecord",
    "OutcomeTotals",
    "PostponementId",
    "PostponementRecord",
    "ProgressNoteDraft",
    "ProgressNoteId",
    "ProgressNoteRecord",
    "SignOffId",
    "SignOffRecord",
    "SignOffState",
    "SignOffStep",
    "accountability_kind",
    "application_problems",
    "deadline_light",
    "decision_problems",
    "effective_deadline",
    "funds_kind",
    "measure_responsibility",
    "newest_first",
    "outcome_totals",
    "postponement_problems",
    "record_light",
    "reopen_problems",
    "review_problems",
    "sign_off_state",
    "to_amount",
    "validate_outcome",
    "validate_progress_note",
]
