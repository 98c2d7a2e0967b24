"""Translated words for domain codes: states, kinds of inspection, deadline rules, field
names and problem codes. The domain never translates; the UI maps its codes here."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop.domain.dates import DeadlineRule
from desktop.domain.problems import Code, Problem
from desktop.domain.records import InspectionKind, Responsibility
from desktop.domain.status import Status


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def status_label(status: Status) -> str:
    """The word offices use for a state."""
    labels = {
        Status.NOT_STARTED: _tr("未启动"),
        Status.IN_PROGRESS: _tr("正在推进"),
        Status.PARTIAL: _tr("基本完成"),
        Status.DONE: _tr("已完成"),
        Status.CLOSED: _tr("已销号"),
        Status.POSTPONED: _tr("申请延期"),
    }
    return labels[status]


def long_term_label() -> str:
    return _tr("长期坚持")


def status_text(status: Status, long_term: bool) -> str:
    """``已完成，长期坚持`` for done + long_term."""
    if long_term:
        return _tr("{status}，长期坚持").format(status=status_label(status))
    return status_label(status)


def kind_label(kind: InspectionKind) -> str:
    labels = {
        InspectionKind.REGULAR: _tr("常规巡察"),
        InspectionKind.SPECIAL: _tr("专项巡察"),
        InspectionKind.MOBILE: _tr("机动巡察"),
        InspectionKind.LINKED: _tr("联动巡察"),
        InspectionKind.ELEVATED: _tr("提级巡察"),
        InspectionKind.FOLLOW_UP: _tr("巡察“回头看”"),
        InspectionKind.TOUR: _tr("巡视"),
        InspectionKind.AUDIT: _tr("审计整改"),
        InspectionKind.SUPERVISION: _tr("督查整改"),
    }
    return labels[kind]


def rule_label(rule: DeadlineRule) -> str:
    labels = {DeadlineRule.IMMEDIATE: _tr("立行立改"), DeadlineRule.LONG_TERM: _tr("长期坚持")}
    return labels[rule]


def format_date(value: date | None) -> str:
    """A date the official way (2023年1月11日), or "" for none."""
    if value is None:
        return ""
    return _tr("{y}年{m}月{d}日").format(y=value.year, m=value.month, d=value.day)


def deadline_text(r: Responsibility) -> str:
    """A deadline as shown: the date, else the rule word, else the text as written."""
    if r.deadline is not None:
        return format_date(r.deadline)
    if r.deadline_rule is not None:
        return rule_label(r.deadline_rule)
    return r.deadline_text


def field_label(field: str) -> str:
    """The name of a record field as the forms and the history show it."""
    labels = {
        "number": _tr("序号"),
        "text": _tr("问题描述"),
        "category_id": _tr("问题类别"),
        "status": _tr("整改状态"),
        "long_term": _tr("长期坚持"),
        "progress": _tr("进度说明"),
        "goal": _tr("整改目标"),
        "lead_leader": _tr("责任领导"),
        "lead_unit": _tr("牵头单位"),
        "cooperating_units": _tr("配合单位"),
        "responsible_person": _tr("责任人"),
        "deadline": _tr("整改时限"),
        "deadline_rule": _tr("时限类型"),
        "deadline_text": _tr("时限原文"),
        "completion_date": _tr("完成时间"),
        "remarks": _tr("备注"),
        "position": _tr("排列顺序"),
        "seq": _tr("措施顺序"),
        "name": _tr("名称"),
        "parent_id": _tr("上级类别"),
        "title": _tr("名称"),
        "inspector": _tr("巡察组"),
        "inspected_unit": _tr("被巡察单位"),
        "kind": _tr("巡察类型"),
        "start": _tr("巡察开始"),
        "end": _tr("巡察结束"),
        "feedback_date": _tr("反馈日期"),
        "rectification_start": _tr("集中整改开始"),
        "rectification_end": _tr("集中整改结束"),
        "issuer": _tr("发文单位"),
        "notice_date": _tr("通报日期"),
        "contact": _tr("联系人"),
        "date": _tr("日期"),
        "reporter": _tr("报告人"),
    }
    return labels.get(field, field)


def entity_label(entity: str) -> str:
    labels = {
        "inspection": _tr("巡察"),
        "category": _tr("类别"),
        "unit": _tr("单位"),
        "issue": _tr("问题"),
        "measure": _tr("整改措施"),
        "progress_note": _tr("整改进展"),
        "evidence": _tr("佐证材料"),
        "sign_off": _tr("销号"),
        "outcome": _tr("整改成效"),
    }
    return labels.get(entity, entity)


def action_label(action: str) -> str:
    labels = {"create": _tr("新增"), "update": _tr("修改"), "delete": _tr("删除")}
    return labels.get(action, action)


def source_label(source: str) -> str:
    labels = {
        "form": _tr("录入"),
        "import": _tr("导入"),
        "merge": _tr("合并"),
        "notice": _tr("通报"),
        "undo": _tr("撤销/重做"),
    }
    return labels.get(source, source)


def problem_text(problem: Problem) -> str:
    """A problem's message, translated by its code."""
    labels = {
        Code.REQUIRED: _tr("必填项不能为空"),
        Code.TOO_LONG: _tr("内容太长，超过 Excel 单元格上限（32767 个字符），请拆分后再录入"),
        Code.CONTROL_CHARACTERS: _tr("含有不可见的控制字符"),
        Code.DATE_ORDER: _tr("日期先后顺序不对"),
        Code.UNREADABLE_DATE: _tr("无法识别的日期，请写成 2023年1月11日 或 2023.1.11"),
        Code.IMPOSSIBLE_DATE: _tr("不存在的日期"),
        Code.EMPTY_DATE: _tr("请填写日期"),
        Code.BAD_SERIAL: _tr("无法识别的日期"),
        Code.DATE_NEEDS_YEAR: _tr("请写明年份"),
    }
    return labels.get(problem.code, problem.message or problem.code.value)
