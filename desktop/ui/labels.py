"""Translated words for domain codes: states, kinds of inspection, deadline rules, field
names and problem codes. The domain never translates; the UI maps its codes here.

On screen: nothing of its own; the words of the table, the forms and the filter bar.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop.domain.dates import DeadlineRule
from desktop.domain.fields import shown_field_name
from desktop.domain.overdue import shown_deadline
from desktop.domain.problems import Problem
from desktop.domain.records import InspectionKind, IssueRecord, Responsibility
from desktop.domain.status import Status


def status_labels() -> tuple[str, ...]:
    """Every state's word, in the order of ``Status`` (a column of states is made
    wide enough for the longest)."""
    return tuple(status_label(s) for s in Status)


def status_label(status: Status) -> str:
    """The word offices use for a state."""
    labels = {
        Status.NOT_STARTED: QCoreApplication.translate("labels", "未启动"),
        Status.IN_PROGRESS: QCoreApplication.translate("labels", "正在推进"),
        Status.PARTIAL: QCoreApplication.translate("labels", "基本完成"),
        Status.DONE: QCoreApplication.translate("labels", "已完成"),
        Status.CLOSED: QCoreApplication.translate("labels", "已销号"),
        Status.POSTPONED: QCoreApplication.translate("labels", "申请延期"),
    }
    return labels[status]


def long_term_label() -> str:
    return QCoreApplication.translate("labels", "长期坚持")


def status_text(status: Status, long_term: bool) -> str:
    """``已完成，长期坚持`` for done + long_term."""
    if long_term:
        return QCoreApplication.translate("labels", "{status}，长期坚持").format(
            status=status_label(status)
        )
    return status_label(status)


def kind_label(kind: InspectionKind) -> str:
    labels = {
        InspectionKind.REGULAR: QCoreApplication.translate("labels", "常规巡察"),
        InspectionKind.SPECIAL: QCoreApplication.translate("labels", "专项巡察"),
        InspectionKind.MOBILE: QCoreApplication.translate("labels", "机动巡察"),
        InspectionKind.LINKED: QCoreApplication.translate("labels", "联动巡察"),
        InspectionKind.ELEVATED: QCoreApplication.translate("labels", "提级巡察"),
        InspectionKind.FOLLOW_UP: QCoreApplication.translate("labels", "巡察“回头看”"),
        InspectionKind.TOUR: QCoreApplication.translate("labels", "巡视"),
        InspectionKind.AUDIT: QCoreApplication.translate("labels", "审计整改"),
        InspectionKind.SUPERVISION: QCoreApplication.translate("labels", "督查整改"),
    }
    return labels[kind]


def rule_label(rule: DeadlineRule) -> str:
    labels = {
        DeadlineRule.IMMEDIATE: QCoreApplication.translate("labels", "立行立改"),
        DeadlineRule.LONG_TERM: QCoreApplication.translate("labels", "长期坚持"),
    }
    return labels[rule]


def format_date(value: date | None) -> str:
    """A date the official way (2023年1月11日), or "" for none."""
    if value is None:
        return ""
    return QCoreApplication.translate("labels", "{y}年{m}月{d}日").format(
        y=value.year, m=value.month, d=value.day
    )


def deadline_text(r: Responsibility) -> str:
    """A deadline as shown (``Responsibility.deadline_shown``), in the window's words."""
    shown = r.deadline_shown
    if isinstance(shown, DeadlineRule):
        return rule_label(shown)
    return shown if isinstance(shown, str) else format_date(shown)


def issue_deadline_text(issue: IssueRecord) -> str:
    """An issue's deadline in a list: its own, else its open measures' earliest, marked
    as theirs (``domain.overdue.shown_deadline``), so a red row always shows a date."""
    shown, of_measure = shown_deadline(issue)
    if not of_measure:
        return deadline_text(shown)
    # A measure's date in the short form (2026.11.17), so that the mark fits the column.
    day = shown.deadline
    text = (
        QCoreApplication.translate("labels", "{y}.{m}.{d}").format(
            y=day.year, m=day.month, d=day.day
        )
        if day is not None
        else deadline_text(shown)
    )
    return QCoreApplication.translate("labels", "{deadline}（措施）").format(deadline=text)


def field_label(field: str) -> str:
    """The one name of a record field (``domain.fields``), in the window's language:
    the forms, the grids, the merge review and the history all show this, and the
    messages below the UI name fields the same way (``shown_field_name``)."""
    return shown_field_name(field)


def entity_label(entity: str) -> str:
    labels = {
        "inspection": QCoreApplication.translate("labels", "巡察"),
        "category": QCoreApplication.translate("labels", "类别"),
        "unit": QCoreApplication.translate("labels", "单位"),
        "issue": QCoreApplication.translate("labels", "问题"),
        "measure": QCoreApplication.translate("labels", "整改措施"),
        "progress_note": QCoreApplication.translate("labels", "整改进展"),
        "evidence": QCoreApplication.translate("labels", "佐证材料"),
        "sign_off": QCoreApplication.translate("labels", "销号"),
        "outcome": QCoreApplication.translate("labels", "整改成效"),
    }
    return labels.get(entity, entity)


def action_label(action: str) -> str:
    labels = {
        "create": QCoreApplication.translate("labels", "新增"),
        "update": QCoreApplication.translate("labels", "修改"),
        "delete": QCoreApplication.translate("labels", "删除"),
    }
    return labels.get(action, action)


def source_label(source: str) -> str:
    labels = {
        "form": QCoreApplication.translate("labels", "录入"),
        "import": QCoreApplication.translate("labels", "导入"),
        "merge": QCoreApplication.translate("labels", "合并"),
        "notice": QCoreApplication.translate("labels", "通报"),
        "undo": QCoreApplication.translate("labels", "撤销/重做"),
    }
    return labels.get(source, source)


def problem_text(problem: Problem) -> str:
    """A problem's message in the window's language: its own, else its code's one
    wording (``domain.problems.code_text``)."""
    return problem.text
