"""The view in words (巡察：…；筛选：…；按“…”升序排列), for the Excel export's dialog
and sheet title; the window gathers what is on screen (``MainWindow.describe_view``).

On screen: the view's description in the Excel export's dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.filters import IssueFilter
from desktop.domain.records import InspectionRecord
from desktop.domain.status import Status
from desktop.domain.texts import listed
from desktop.ui import labels


def describe_view(
    inspection: InspectionRecord | None,
    flt: IssueFilter,
    category_name: str = "",
    sort: tuple[str, bool] | None = None,
) -> str:
    """The view in words: inspection, filter, order. ``category_name`` names the
    filter's category; ``sort`` is the sort column's header and whether it is
    descending (None: ledger order)."""
    parts: list[str] = []
    if inspection is not None:
        parts.append(
            QCoreApplication.translate("ExcelExport", "巡察：{title}").format(
                title=inspection.title
            )
        )
    else:
        parts.append(QCoreApplication.translate("ExcelExport", "全部巡察"))
    conditions: list[str] = []
    if flt.category_id is not None:
        name = category_name.strip("\u3000 ")
        conditions.append(
            QCoreApplication.translate("ExcelExport", "类别“{name}”").format(name=name)
        )
    if flt.statuses:
        words = listed(labels.status_label(s) for s in Status if s in flt.statuses)
        conditions.append(
            QCoreApplication.translate("ExcelExport", "状态 {list}").format(list=words)
        )
    if flt.unit:
        conditions.append(
            QCoreApplication.translate("ExcelExport", "单位“{unit}”").format(unit=flt.unit)
        )
    if flt.leader:
        conditions.append(
            QCoreApplication.translate("ExcelExport", "领导“{leader}”").format(leader=flt.leader)
        )
    if flt.overdue and flt.due_soon:
        conditions.append(QCoreApplication.translate("ExcelExport", "逾期或即将到期"))
    elif flt.overdue:
        conditions.append(QCoreApplication.translate("ExcelExport", "逾期"))
    elif flt.due_soon:
        conditions.append(QCoreApplication.translate("ExcelExport", "即将到期"))
    if flt.long_term is True:
        conditions.append(QCoreApplication.translate("ExcelExport", "仅长期坚持"))
    elif flt.long_term is False:
        conditions.append(QCoreApplication.translate("ExcelExport", "非长期坚持"))
    if flt.text:
        conditions.append(
            QCoreApplication.translate("ExcelExport", "搜索“{text}”").format(text=flt.text)
        )
    if conditions:
        parts.append(
            QCoreApplication.translate("ExcelExport", "筛选：{conditions}").format(
                conditions="，".join(conditions)
            )
        )
    else:
        parts.append(QCoreApplication.translate("ExcelExport", "未筛选"))
    if sort is not None:
        header, descending = sort
        order = (
            QCoreApplication.translate("ExcelExport", "降序")
            if descending
            else QCoreApplication.translate("ExcelExport", "升序")
        )
        parts.append(
            QCoreApplication.translate("ExcelExport", "按“{column}”{order}排列").format(
                column=header, order=order
            )
        )
    else:
        parts.append(QCoreApplication.translate("ExcelExport", "按台账顺序排列"))
    return "；".join(parts)
