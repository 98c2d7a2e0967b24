"""The ledger's title, one rule for the printed table and the exported workbook:
``<被巡察单位><巡察>反馈问题整改台账``, or the clerk's own title when they typed one."""

from __future__ import annotations

from desktop.domain.records import InspectionKind, InspectionRecord

DEFAULT_LEDGER_TITLE = "巡察反馈问题整改台账"


def regime_word(kind: InspectionKind) -> str:
    """巡察, or 巡视 / 审计 / 督查 for the sibling regimes, as in ``巡察反馈的…``."""
    return {
        InspectionKind.TOUR: "巡视",
        InspectionKind.AUDIT: "审计",
        InspectionKind.SUPERVISION: "督查",
    }.get(kind, "巡察")


def ledger_title(inspection: InspectionRecord | None, own: str | None = None) -> str:
    """``<被巡察单位><巡察>反馈问题整改台账``, e.g. ``示范区党工委巡察反馈问题整改台账``;
    ``own`` (the title the clerk typed) wins when it is not blank."""
    if own and own.strip():
        return own.strip()
    if inspection is None:
        return DEFAULT_LEDGER_TITLE
    unit = inspection.inspected_unit.strip()
    return f"{unit}{regime_word(inspection.kind)}反馈问题整改台账"
