"""Translated words for supervision's codes: sign-off steps and states, postponement
decisions, kinds of outcome, accountability and money; sizes and amounts as shown.
The domain keeps codes (and Chinese words for files and the command line); the UI
maps them here, as ``labels.py`` does for the ledger's own codes.

On screen: nothing of its own; the words of the supervision tabs and views.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from desktop.domain.problems import Problem
from desktop.domain.supervision import (
    AccountabilityKind,
    Decision,
    FundsKind,
    OutcomeKind,
    SignOffState,
    SignOffStep,
)
from desktop.ui import labels


def step_label(step: SignOffStep) -> str:
    names = {
        SignOffStep.APPLY: QCoreApplication.translate("supervision", "申请销号"),
        SignOffStep.APPROVE: QCoreApplication.translate("supervision", "审核同意销号"),
        SignOffStep.RETURN: QCoreApplication.translate("supervision", "退回"),
        SignOffStep.REOPEN: QCoreApplication.translate("supervision", "重新打开（回头看）"),
    }
    return names[step]


def sign_off_state_label(state: SignOffState) -> str:
    names = {
        SignOffState.NONE: QCoreApplication.translate("supervision", "未申请"),
        SignOffState.PENDING: QCoreApplication.translate("supervision", "待审核"),
        SignOffState.RETURNED: QCoreApplication.translate("supervision", "已退回"),
        SignOffState.APPROVED: QCoreApplication.translate("supervision", "已销号"),
        SignOffState.REOPENED: QCoreApplication.translate("supervision", "已重新打开"),
    }
    return names[state]


def decision_label(decision: Decision) -> str:
    names = {
        Decision.PENDING: QCoreApplication.translate("supervision", "待审批"),
        Decision.APPROVED: QCoreApplication.translate("supervision", "已批准"),
        Decision.REFUSED: QCoreApplication.translate("supervision", "未批准"),
    }
    return names[decision]


def outcome_kind_label(kind: OutcomeKind) -> str:
    names = {
        OutcomeKind.RULE: QCoreApplication.translate("supervision", "建章立制"),
        OutcomeKind.ACCOUNTABILITY: QCoreApplication.translate("supervision", "问责"),
        OutcomeKind.FUNDS: QCoreApplication.translate("supervision", "资金"),
    }
    return names[kind]


def accountability_label(kind: AccountabilityKind) -> str:
    names = {
        AccountabilityKind.PARTY_DISCIPLINE: QCoreApplication.translate("supervision", "党纪处分"),
        AccountabilityKind.GOVERNMENT_SANCTION: QCoreApplication.translate(
            "supervision", "政务处分"
        ),
        AccountabilityKind.ORGANIZATIONAL: QCoreApplication.translate("supervision", "组织处理"),
        AccountabilityKind.ADMONITION: QCoreApplication.translate("supervision", "诫勉谈话"),
        AccountabilityKind.CRITICISM: QCoreApplication.translate("supervision", "批评教育"),
        AccountabilityKind.REMINDER: QCoreApplication.translate("supervision", "提醒谈话"),
        AccountabilityKind.OTHER: QCoreApplication.translate("supervision", "其他"),
    }
    return names[kind]


def funds_label(kind: FundsKind) -> str:
    names = {
        FundsKind.RECOVERED: QCoreApplication.translate("supervision", "追缴资金"),
        FundsKind.REFUNDED: QCoreApplication.translate("supervision", "清退违规资金"),
        FundsKind.LOSS_RECOVERED: QCoreApplication.translate("supervision", "挽回经济损失"),
        FundsKind.OTHER: QCoreApplication.translate("supervision", "其他资金"),
    }
    return names[kind]


def subkind_label(kind: OutcomeKind, subkind: str) -> str:
    """The kind of accountability or money an outcome counts; "" for a rule."""
    if kind is OutcomeKind.ACCOUNTABILITY:
        try:
            return accountability_label(AccountabilityKind(subkind))
        except ValueError:
            return subkind
    if kind is OutcomeKind.FUNDS:
        try:
            return funds_label(FundsKind(subkind))
        except ValueError:
            return subkind
    return ""


def amount_text(amount: Decimal | None) -> str:
    """万元 with three decimals, as notices print them (``12.345``)."""
    return "" if amount is None else f"{amount:,.3f}"


def size_text(size: int) -> str:
    """A file size people read: bytes, KB or MB (1024-based, as file managers show)."""
    if size < 1024:
        return QCoreApplication.translate("supervision", "{n} 字节").format(n=size)
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    if size < 1024 * 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{size / (1024 * 1024 * 1024):.2f} GB"


def people_text(count: int) -> str:
    return QCoreApplication.translate("supervision", "{n} 人").format(n=count)


def yuan_text(amount: Decimal) -> str:
    return QCoreApplication.translate("supervision", "{amount} 万元").format(
        amount=amount_text(amount)
    )


def problem_line(problem: Problem) -> str:
    """One problem for a dialog or message: the field, then what is wrong. The
    domain's own message is preferred, as it names the specifics (which measures,
    which date)."""
    text = problem.message or labels.problem_text(problem)
    field = labels.field_label(problem.field) if problem.field else ""
    # "延期后的时限早于申请日期" names its field already.
    return f"{field}：{text}" if field and not text.startswith(field) else text


def problems_text(problems: list[Problem]) -> str:
    return "\n".join(problem_line(p) for p in problems)
