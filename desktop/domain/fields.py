"""The one name of each record field: one Chinese and one English name, defined here
and used by the forms, the grids, the exports, the hand-outs, the merge review, the
printed forms and the CLI's messages.

Progress (``progress``) is 整改进展 everywhere, the completion date (``completion_date``)
完成日期 everywhere: not 进度说明, 进展情况, 完成时间 or 销号时间 depending on the screen.
The Excel reader still *recognises* the other words as headers (``excel.columns``
synonyms): those are what other offices' files say, not what we call the field.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class FieldName:
    """A field's name in Chinese (the source language) and in English."""

    zh: str
    en: str


FIELD_NAMES: dict[str, FieldName] = {
    # Issues and measures.
    "number": FieldName("序号", "No."),
    "text": FieldName("问题描述", "Issue"),
    "category": FieldName("问题类别", "Category"),
    "category_id": FieldName("问题类别", "Category"),
    "measure": FieldName("整改措施", "Measure"),
    "measures": FieldName("整改措施", "Measures"),
    "status": FieldName("整改状态", "State"),
    "long_term": FieldName("长期坚持", "Long-term"),
    "progress": FieldName("整改进展", "Progress"),
    "goal": FieldName("整改目标", "Goal"),
    "lead_leader": FieldName("责任领导", "Lead leader"),
    "lead_unit": FieldName("牵头单位", "Lead unit"),
    "cooperating_units": FieldName("配合单位", "Cooperating units"),
    "responsible_person": FieldName("责任人", "Responsible person"),
    "deadline": FieldName("整改时限", "Deadline"),
    "deadline_rule": FieldName("时限类型", "Deadline rule"),
    "deadline_text": FieldName("时限原文", "Deadline as written"),
    "completion_date": FieldName("完成日期", "Completion date"),
    "evidence": FieldName("佐证材料", "Evidence"),
    "remarks": FieldName("备注", "Remarks"),
    "position": FieldName("排列顺序", "Position"),
    "seq": FieldName("措施顺序", "Measure order"),
    "name": FieldName("名称", "Name"),
    "parent_id": FieldName("上级类别", "Parent category"),
    # Inspections.
    "inspection": FieldName("巡察", "Inspection"),
    "title": FieldName("名称", "Name"),
    "inspector": FieldName("巡察组", "Inspection team"),
    "inspected_unit": FieldName("被巡察单位", "Inspected unit"),
    "kind": FieldName("巡察类型", "Kind"),
    "start": FieldName("巡察开始", "Inspection start"),
    "end": FieldName("巡察结束", "Inspection end"),
    "feedback_date": FieldName("反馈日期", "Feedback date"),
    "rectification_start": FieldName("集中整改开始", "Rectification start"),
    "rectification_end": FieldName("集中整改结束", "Rectification end"),
    "issuer": FieldName("发文单位", "Issuer"),
    "notice_date": FieldName("通报日期", "Notice date"),
    "contact": FieldName("联系人", "Contact"),
    # Supervision (progress notes, postponement, evidence, sign-off, outcomes).
    "date": FieldName("日期", "Date"),
    "reporter": FieldName("报告人", "Reporter"),
    "next_step": FieldName("下一步计划", "Next step"),
    "difficulties": FieldName("困难和问题", "Difficulties"),
    "reason": FieldName("理由", "Reason"),
    "requested_by": FieldName("申请人", "Requested by"),
    "decided_by": FieldName("审批人", "Decided by"),
    "person": FieldName("经办人", "By"),
    "new_deadline": FieldName("延期后的时限", "New deadline"),
    "decision": FieldName("审批", "Decision"),
    "decided_on": FieldName("审批日期", "Decision date"),
    "opinion": FieldName("意见", "Opinion"),
    "step": FieldName("销号", "Sign-off"),
    "override_reason": FieldName("申请理由", "Reason"),
    "file": FieldName("文件", "File"),
    "subkind": FieldName("类别", "Category"),
    "count": FieldName("人数", "People"),
    "amount": FieldName("金额", "Amount"),
}


def field_name(field: str, *, english: bool = False) -> str:
    """A field's name (Chinese unless ``english``); the field code itself when it has
    none."""
    found = FIELD_NAMES.get(field)
    if found is None:
        return field
    return found.en if english else found.zh


def shown_field_name(field: str) -> str:
    """A field's name in the installed language (``domain.texts``): what messages
    below the UI name a field with."""
    from desktop.domain.texts import language

    return field_name(field, english=language() == "en")


def field_names(fields: tuple[str, ...] | list[str], *, english: bool = False) -> list[str]:
    """The names of several fields, in order."""
    return [field_name(f, english=english) for f in fields]
