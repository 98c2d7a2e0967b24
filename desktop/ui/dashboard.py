"""统计分析: the dashboard of one inspection or the whole ledger.

What it shows is the statistics document of ``SupervisionService.statistics`` (the
same figures as ``rectify stats --json``), never figures of its own: issues and
measures by state with their shares and counts, done and on-time rates, overdue,
postponements and sign-off; each lead unit's and each category's work; the overdue
list; outcome totals; pies and bars drawn by ``ui.charts``. With 截至 it shows the
ledger as it stood at the end of a past day (rebuilt from the history); with 变化起始
it lists what changed since a day (for weekly and monthly reports). 导出 Excel writes
the figures on screen with ``excel.dashboard_sheet``.

Statistics are computed in a worker thread (seconds on a 10,000-issue ledger).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import DateError
from desktop.domain.records import InspectionId, InspectionRecord
from desktop.domain.statistics import group_name, rate_text
from desktop.domain.status import Status
from desktop.domain.supervision import (
    AccountabilityKind,
    FundsKind,
)
from desktop.ui import labels, messages
from desktop.ui.charts import (
    FINISHED_COLOUR,
    OPEN_COLOUR,
    OVERDUE_COLOUR,
    STATUS_COLOURS,
    Bar,
    BarChart,
    PieChart,
    Series,
    Slice,
)
from desktop.ui.models.columns import CENTER, RIGHT, Column
from desktop.ui.models.record_table_model import RecordTableModel
from desktop.ui.models.roles import Roles
from desktop.ui.supervision_tasks import BackgroundLoader
from desktop.ui.widgets.date_edit import DateEdit
from desktop.ui.widgets.tables import setup_table

if TYPE_CHECKING:
    # Made by the source in the statistics' worker: the service and its imports (0.1 s
    # on the GUI thread, or a wait for the 督办 list's worker importing it) and the
    # office calendar it reads (20-40 ms) stay off the window's thread.
    from desktop.services.supervision import SupervisionService

SupervisionSource = Callable[[], "SupervisionService"]


@dataclass(frozen=True, slots=True)
class DashboardQuery:
    """What to compute: one inspection (None for all), the ledger at the end of
    ``as_of`` (None for now) and the changes since ``since``."""

    inspection_id: InspectionId | None = None
    as_of: date | None = None
    since: date | None = None


@dataclass(frozen=True, slots=True)
class FigureRow:
    """A row of the overview table: a label, then issues and measures, each with a
    count and (where it means something) a share of the total in percent."""

    label: str
    issues: int
    issue_rate: float | None
    measures: int
    measure_rate: float | None
    bold: bool = False
    # Whether the row has a rate at all (a None rate then reads —, nothing to rate).
    rated: bool = True


@dataclass(frozen=True, slots=True)
class KeyFigure:
    """An indicator shown as text for issues and for measures (``71.43%（10/14）``)."""

    label: str
    issues: str
    measures: str


def _pct(value: float | None) -> str:
    return rate_text(value)


def _opt(value: object) -> float | None:
    return None if value is None else float(str(value))


def _none_rate(counts: dict[str, Any]) -> float | None:
    """A state's share when it has none: 0.00% of something, — of nothing."""
    return 0.0 if counts["total"] else None


def figure_rows(stats: dict[str, Any]) -> list[FigureRow]:
    """Issues and measures by state, with shares; then total, finished, long-term and
    overdue: the numbers a notice opens with."""
    issues, measures = stats["issues"], stats["measures"]
    rows = [
        FigureRow(
            labels.status_label(status),
            int(issues["by_status"].get(status.value, 0)),
            _opt(issues["by_status_rate"].get(status.value, _none_rate(issues))),
            int(measures["by_status"].get(status.value, 0)),
            _opt(measures["by_status_rate"].get(status.value, _none_rate(measures))),
        )
        for status in Status
    ]
    finished_i = sum(int(issues["by_status"].get(s.value, 0)) for s in Status if s.is_finished)
    finished_m = sum(int(measures["by_status"].get(s.value, 0)) for s in Status if s.is_finished)
    rows += [
        FigureRow(
            QCoreApplication.translate("Dashboard", "合计"),
            int(issues["total"]),
            None,
            int(measures["total"]),
            None,
            True,
            rated=False,
        ),
        FigureRow(
            QCoreApplication.translate("Dashboard", "已完成（含已销号）"),
            finished_i,
            _opt(issues["done_rate"]),
            finished_m,
            _opt(measures["done_rate"]),
            True,
        ),
        FigureRow(
            QCoreApplication.translate("Dashboard", "其中长期坚持"),
            int(issues["long_term"]),
            None,
            int(measures["long_term"]),
            None,
            rated=False,
        ),
        FigureRow(
            QCoreApplication.translate("Dashboard", "逾期未完成"),
            int(issues["overdue"]),
            None,
            int(measures["overdue"]),
            None,
            rated=False,
        ),
    ]
    return rows


def key_figures(stats: dict[str, Any]) -> list[KeyFigure]:
    """On-time rate, postponements and sign-off, as text beside their counts."""
    on_time = stats.get("on_time_rate") or {}

    def on_time_text(part: dict[str, Any]) -> str:
        rate = part.get("rate")
        text = (
            QCoreApplication.translate("Dashboard", "{rate}（按期 {on}，超期 {late}）").format(
                rate=_pct(rate), on=part.get("on_time", 0), late=part.get("late", 0)
            )
            if rate is not None
            else QCoreApplication.translate("Dashboard", "—（无可比数据）")
        )
        if part.get("unknown"):
            text += QCoreApplication.translate("Dashboard", "；完成日期不明 {n}").format(
                n=part["unknown"]
            )
        return text

    postponed = stats.get("postponed") or {}
    sign_off = stats.get("sign_off") or {}
    return [
        KeyFigure(
            QCoreApplication.translate("Dashboard", "完成率"),
            _rate_with_counts(stats["issues"]),
            _rate_with_counts(stats["measures"]),
        ),
        KeyFigure(
            QCoreApplication.translate("Dashboard", "按期完成率"),
            on_time_text(on_time.get("issues") or {}),
            on_time_text(on_time.get("measures") or {}),
        ),
        KeyFigure(
            QCoreApplication.translate("Dashboard", "已批准延期"),
            str(postponed.get("issues", 0)),
            str(postponed.get("measures", 0)),
        ),
        KeyFigure(
            QCoreApplication.translate("Dashboard", "待审批延期申请"),
            str(postponed.get("pending", 0)),
            "",
        ),
        KeyFigure(
            QCoreApplication.translate("Dashboard", "销号"),
            QCoreApplication.translate(
                "Dashboard",
                "待审核 {pending}，退回 {returned}，已销号 {approved}，重新打开 {reopened}",
            ).format(
                pending=sign_off.get("pending", 0),
                returned=sign_off.get("returned", 0),
                approved=sign_off.get("approved", 0),
                reopened=sign_off.get("reopened", 0),
            ),
            "",
        ),
    ]


def _rate_with_counts(counts: dict[str, Any]) -> str:
    finished = sum(int(counts["by_status"].get(s.value, 0)) for s in Status if s.is_finished)
    return QCoreApplication.translate("Dashboard", "{rate}（{done}/{total}）").format(
        rate=_pct(counts["done_rate"]), done=finished, total=counts["total"]
    )


def outcome_rows(stats: dict[str, Any]) -> list[tuple[str, str, str]]:
    """Outcome totals: rules made, people held accountable by kind, money by kind."""
    outcomes = stats.get("outcomes") or {}
    people = outcomes.get("accountability") or {}
    funds = outcomes.get("funds") or {}
    accountability_labels = {
        AccountabilityKind.PARTY_DISCIPLINE: QCoreApplication.translate("Dashboard", "党纪处分"),
        AccountabilityKind.GOVERNMENT_SANCTION: QCoreApplication.translate("Dashboard", "政务处分"),
        AccountabilityKind.ORGANIZATIONAL: QCoreApplication.translate("Dashboard", "组织处理"),
        AccountabilityKind.ADMONITION: QCoreApplication.translate("Dashboard", "诫勉谈话"),
        AccountabilityKind.CRITICISM: QCoreApplication.translate("Dashboard", "批评教育"),
        AccountabilityKind.REMINDER: QCoreApplication.translate("Dashboard", "提醒谈话"),
        AccountabilityKind.OTHER: QCoreApplication.translate("Dashboard", "其他"),
    }
    funds_labels = {
        FundsKind.RECOVERED: QCoreApplication.translate("Dashboard", "追缴资金"),
        FundsKind.REFUNDED: QCoreApplication.translate("Dashboard", "清退违规资金"),
        FundsKind.LOSS_RECOVERED: QCoreApplication.translate("Dashboard", "挽回经济损失"),
        FundsKind.OTHER: QCoreApplication.translate("Dashboard", "其他资金"),
    }
    rows = [
        (
            QCoreApplication.translate("Dashboard", "建章立制"),
            str(outcomes.get("rules_made", 0)),
            QCoreApplication.translate("Dashboard", "项"),
        )
    ]
    rows += [
        (
            QCoreApplication.translate("Dashboard", "问责：{kind}").format(
                kind=accountability_labels[k]
            ),
            str(people.get(k.value, 0)),
            QCoreApplication.translate("Dashboard", "人"),
        )
        for k in AccountabilityKind
    ]
    rows.append(
        (
            QCoreApplication.translate("Dashboard", "问责合计"),
            str(outcomes.get("people_total", 0)),
            QCoreApplication.translate("Dashboard", "人"),
        )
    )
    rows += [
        (
            funds_labels[k],
            f"{float(funds.get(k.value, 0.0)):.3f}",
            QCoreApplication.translate("Dashboard", "万元"),
        )
        for k in FundsKind
    ]
    rows.append(
        (
            QCoreApplication.translate("Dashboard", "资金合计"),
            f"{float(outcomes.get('funds_total', 0.0)):.3f}",
            QCoreApplication.translate("Dashboard", "万元"),
        )
    )
    return rows


# --------------------------------------------------------------------- columns
def _figure_columns() -> tuple[Column[FigureRow], ...]:
    return (
        Column(
            "label", QCoreApplication.translate("Dashboard", "项目"), lambda r: r.label, width=11
        ),
        Column(
            "issues",
            QCoreApplication.translate("Dashboard", "问题"),
            lambda r: str(r.issues),
            align=RIGHT,
            width=4,
        ),
        Column(
            "issue_rate",
            QCoreApplication.translate("Dashboard", "占比"),
            lambda r: _pct(r.issue_rate) if r.rated else "",
            align=RIGHT,
            width=5,
        ),
        Column(
            "measures",
            QCoreApplication.translate("Dashboard", "整改措施"),
            lambda r: str(r.measures),
            align=RIGHT,
            width=5,
        ),
        Column(
            "measure_rate",
            QCoreApplication.translate("Dashboard", "占比"),
            lambda r: _pct(r.measure_rate) if r.rated else "",
            align=RIGHT,
            width=5,
        ),
    )


def _group_columns(key: str, header: str) -> tuple[Column[dict[str, Any]], ...]:

    def part(side: str, name: str) -> Callable[[dict[str, Any]], str]:
        return lambda r: str(r[side][name])

    def sort(side: str, name: str) -> Callable[[dict[str, Any]], Any]:
        # Nothing to rate (None) sorts below every rate.
        return lambda r: -1.0 if r[side][name] is None else r[side][name]

    def rate(side: str) -> Callable[[dict[str, Any]], str]:
        return lambda r: _pct(r[side]["rate"])

    columns: list[Column[dict[str, Any]]] = [
        Column(key, header, lambda r: group_name(str(r[key])), width=12)
    ]
    for side, what in (
        ("issues", QCoreApplication.translate("Dashboard", "问题")),
        ("measures", QCoreApplication.translate("Dashboard", "措施")),
    ):
        columns += [
            Column(
                f"{side}_total",
                QCoreApplication.translate("Dashboard", "{what}数").format(what=what),
                part(side, "total"),
                sort_key=sort(side, "total"),
                align=RIGHT,
                width=4,
            ),
            Column(
                f"{side}_finished",
                QCoreApplication.translate("Dashboard", "{what}已完成").format(what=what),
                part(side, "finished"),
                sort_key=sort(side, "finished"),
                align=RIGHT,
                width=4,
            ),
            Column(
                f"{side}_overdue",
                QCoreApplication.translate("Dashboard", "{what}逾期").format(what=what),
                part(side, "overdue"),
                sort_key=sort(side, "overdue"),
                align=RIGHT,
                width=3,
            ),
            Column(
                f"{side}_rate",
                QCoreApplication.translate("Dashboard", "{what}完成率").format(what=what),
                rate(side),
                sort_key=sort(side, "rate"),
                align=RIGHT,
                width=5,
            ),
        ]
    return tuple(columns)


def _overdue_columns() -> tuple[Column[dict[str, Any]], ...]:
    return (
        Column(
            "item",
            QCoreApplication.translate("Dashboard", "事项"),
            lambda r: (
                QCoreApplication.translate("Dashboard", "问题{number} 第{seq}条措施").format(
                    number=r["number"], seq=r["seq"]
                )
                if r["seq"]
                else QCoreApplication.translate("Dashboard", "问题{number}").format(
                    number=r["number"]
                )
            ),
            sort_key=lambda r: r["issue_id"] * 10000 + (r["seq"] or 0),
            width=10,
            # Wide enough for a measure of a two-digit issue (cut in English).
            fits=(
                QCoreApplication.translate("Dashboard", "问题{number} 第{seq}条措施").format(
                    number="00", seq="00"
                ),
            ),
        ),
        Column(
            "text",
            QCoreApplication.translate("Dashboard", "内容"),
            lambda r: " ".join(str(r["text"]).split())[:80],
            tooltip=lambda r: r["text"],
            width=24,
        ),
        Column(
            "unit",
            QCoreApplication.translate("Dashboard", "牵头单位"),
            lambda r: r["lead_unit"],
            width=7,
        ),
        Column(
            "deadline",
            QCoreApplication.translate("Dashboard", "整改时限"),
            lambda r: labels.format_date(date.fromisoformat(r["deadline"])),
            sort_key=lambda r: r["deadline"],
            align=CENTER,
            width=10,
        ),
        Column(
            "days",
            QCoreApplication.translate("Dashboard", "逾期天数"),
            lambda r: str(r["days_overdue"]),
            sort_key=lambda r: r["days_overdue"],
            align=RIGHT,
            width=4,
        ),
        Column(
            "status",
            QCoreApplication.translate("Dashboard", "整改状态"),
            lambda r: labels.status_label(Status(r["status"])),
            align=CENTER,
            width=5,
            fits=labels.status_labels(),
        ),
    )


def _outcome_columns() -> tuple[Column[tuple[str, str, str]], ...]:
    return (
        Column("label", QCoreApplication.translate("Dashboard", "项目"), lambda r: r[0], width=10),
        Column(
            "value",
            QCoreApplication.translate("Dashboard", "数量"),
            lambda r: r[1],
            align=RIGHT,
            width=6,
        ),
        Column("unit", QCoreApplication.translate("Dashboard", "单位"), lambda r: r[2], width=3),
    )


def _entity_label(entity: str) -> str:
    names = {
        "inspection": QCoreApplication.translate("Dashboard", "巡察"),
        "category": QCoreApplication.translate("Dashboard", "类别"),
        "unit": QCoreApplication.translate("Dashboard", "单位"),
        "issue": QCoreApplication.translate("Dashboard", "问题"),
        "measure": QCoreApplication.translate("Dashboard", "整改措施"),
        "progress_note": QCoreApplication.translate("Dashboard", "整改进展"),
        "evidence": QCoreApplication.translate("Dashboard", "佐证材料"),
        "postponement": QCoreApplication.translate("Dashboard", "延期申请"),
        "sign_off": QCoreApplication.translate("Dashboard", "销号"),
        "outcome": QCoreApplication.translate("Dashboard", "整改成效"),
    }
    return names.get(entity, entity)


def change_texts(change: dict[str, Any]) -> tuple[str, ...]:
    """One recorded change as the dashboard lists it: when, who, what was done, which
    issue, what kind of record, which field (or added/removed), old value, new value."""
    from desktop.excel.dashboard_sheet import value_text

    try:
        when = datetime.fromisoformat(str(change.get("at"))).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        when = str(change.get("at") or "")
    number = change.get("issue_number")
    issue = (
        QCoreApplication.translate("Dashboard", "问题{number}").format(number=number)
        if number not in (None, "")
        else ""
    )
    action = change.get("action")
    if action == "update":
        field = str(change.get("field") or "")
        what = labels.field_label(field)
        old, new = value_text(field, change.get("old")), value_text(field, change.get("new"))
    elif action == "create":
        what = QCoreApplication.translate("Dashboard", "新增")
        old, new = "", str(change.get("summary") or "")
    else:
        what = QCoreApplication.translate("Dashboard", "删除")
        old, new = str(change.get("summary") or ""), ""
    return (
        when,
        str(change.get("operator") or ""),
        str(change.get("description") or ""),
        issue,
        _entity_label(str(change.get("entity") or "")),
        what,
        old,
        new,
    )


def _change_columns() -> tuple[Column[tuple[str, ...]], ...]:
    names = (
        QCoreApplication.translate("Dashboard", "时间"),
        QCoreApplication.translate("Dashboard", "操作人"),
        QCoreApplication.translate("Dashboard", "操作"),
        QCoreApplication.translate("Dashboard", "问题"),
        QCoreApplication.translate("Dashboard", "对象"),
        QCoreApplication.translate("Dashboard", "字段"),
        QCoreApplication.translate("Dashboard", "原值"),
        QCoreApplication.translate("Dashboard", "新值"),
    )
    widths = (9, 4, 12, 4, 4, 5, 10, 10)

    def cell(n: int) -> Callable[[tuple[str, ...]], str]:
        return lambda r: r[n]

    return tuple(
        Column(f"c{n}", name, cell(n), tooltip=cell(n), width=w)
        for n, (name, w) in enumerate(zip(names, widths, strict=True))
    )


class _SortProxy(QSortFilterProxyModel):
    """Sorts on the models' sort keys (numbers as numbers)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(Roles.SORT_KEY)


def _table(parent: QWidget, model: RecordTableModel[Any], *, sortable: bool = False) -> QTableView:
    view = QTableView(parent)
    if sortable:
        proxy = _SortProxy(view)
        proxy.setSourceModel(model)
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    else:
        view.setModel(model)
    setup_table(view, model.columns)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return view


def _fit_table(view: QTableView) -> None:
    """Make a short table exactly as big as its rows and columns (it sits in a scroll
    area, where a table's own scroll bars would only hide figures)."""
    model = view.model()
    rows = model.rowCount() if model is not None else 0
    columns = model.columnCount() if model is not None else 0
    frame = 2 * view.frameWidth()
    height = view.horizontalHeader().sizeHint().height() + frame
    height += rows * view.verticalHeader().defaultSectionSize()
    width = frame + sum(view.columnWidth(c) for c in range(columns))
    view.setFixedSize(width + 4, height + 4)


class Dashboard(QWidget):
    """The 统计分析 window (a separate top-level window of the main window).

    Signals:
        loaded(object): new statistics are shown (the statistics document).
        record_activated(int, int, int): issue id, measure id (0 for none) and
            inspection id of an overdue item double-clicked.
    """

    loaded = Signal(object)
    record_activated = Signal(int, int, int)

    def __init__(
        self,
        source: SupervisionSource,
        inspections: Sequence[InspectionRecord] = (),
        parent: QWidget | None = None,
        *,
        operator: str = "",
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.source = source
        self.operator = operator
        self.stats: dict[str, Any] | None = None
        self.query = DashboardQuery()
        self.loader = BackgroundLoader(self)
        self.loader.finished.connect(self._show_stats)
        self.loader.failed.connect(self._failed)
        self.setWindowTitle(self.tr("统计分析"))
        self._build()
        self.set_inspections(inspections)
        line = self.fontMetrics().lineSpacing()
        self.resize(line * 70, line * 46)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape closes the window, as it closes every dialog."""
        if event.matches(QKeySequence.StandardKey.Cancel):
            self.close()
            return
        super().keyPressEvent(event)

    # ----------------------------------------------------------------- building
    def _build(self) -> None:
        self.scope = QComboBox(self)
        self.scope.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.as_of_check = QCheckBox(self.tr("历史状态，截至"), self)
        self.as_of_check.setToolTip(self.tr("按修改历史还原台账在该日结束时的状态"))
        self.as_of = DateEdit(self)
        self.as_of.set_date(date.today())
        self.as_of.setEnabled(False)
        self.since_check = QCheckBox(self.tr("列出变化，自"), self)
        self.since_check.setToolTip(self.tr("列出该日以来的全部修改（周报、月报用）"))
        self.since = DateEdit(self)
        self.since.set_date(date.today().replace(day=1))
        self.since.setEnabled(False)
        # Room for the longest date (2026年12月31日) beside the clear button.
        date_width = self.fontMetrics().horizontalAdvance("2026年12月31日") * 1.3
        for edit in (self.as_of, self.since):
            edit.line.setMinimumWidth(int(date_width))
        self.refresh_button = QPushButton(self.tr("统计"), self)
        self.export_button = QPushButton(self.tr("导出 Excel…"), self)
        self.export_button.setEnabled(False)
        # Two rows, so that the window still fits a 1366-pixel screen at a large font.
        controls = QVBoxLayout()
        first = QHBoxLayout()
        first.addWidget(QLabel(self.tr("范围"), self))
        first.addWidget(self.scope)
        first.addStretch(1)
        first.addWidget(self.refresh_button)
        first.addWidget(self.export_button)
        second = QHBoxLayout()
        second.addWidget(self.as_of_check)
        second.addWidget(self.as_of)
        second.addSpacing(12)
        second.addWidget(self.since_check)
        second.addWidget(self.since)
        second.addStretch(1)
        controls.addLayout(first)
        controls.addLayout(second)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        self.figures_model: RecordTableModel[FigureRow] = RecordTableModel(_figure_columns(), self)
        self.unit_model: RecordTableModel[dict[str, Any]] = RecordTableModel(
            _group_columns("unit", self.tr("牵头单位")), self
        )
        self.category_model: RecordTableModel[dict[str, Any]] = RecordTableModel(
            _group_columns("category", self.tr("问题类别")), self
        )
        self.overdue_model: RecordTableModel[dict[str, Any]] = RecordTableModel(
            _overdue_columns(), self
        )
        self.outcome_model: RecordTableModel[tuple[str, str, str]] = RecordTableModel(
            _outcome_columns(), self
        )
        self.change_model: RecordTableModel[tuple[str, ...]] = RecordTableModel(
            _change_columns(), self
        )

        self.issue_pie = PieChart(self)
        self.measure_pie = PieChart(self)
        self.unit_bars = BarChart(self)
        self.figures_view = _table(self, self.figures_model)
        self.figures_view.horizontalScrollBar().setEnabled(False)
        self.figures_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.figures_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Key figures are sentences: labels in a grid wrap them where a table clips.
        self.key_rows: list[KeyFigure] = []
        self.key_panel = QFrame(self)
        self.key_panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.key_grid = QGridLayout(self.key_panel)
        self.key_grid.setColumnStretch(1, 1)
        self.key_grid.setColumnStretch(2, 1)
        overview = QWidget(self)
        grid = QGridLayout(overview)
        grid.addWidget(self.figures_view, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.key_panel, 0, 1, 1, 2, Qt.AlignmentFlag.AlignTop)
        pies = QHBoxLayout()
        pies.addWidget(self.issue_pie, 1)
        pies.addWidget(self.measure_pie, 1)
        grid.addLayout(pies, 1, 0, 1, 3)
        grid.addWidget(self.unit_bars, 2, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 2)
        grid.setRowStretch(3, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(overview)

        self.unit_view = _table(self, self.unit_model, sortable=True)
        self.category_view = _table(self, self.category_model, sortable=True)
        self.overdue_view = _table(self, self.overdue_model, sortable=True)
        self.overdue_view.doubleClicked.connect(self._overdue_chosen)
        self.overdue_view.setToolTip(self.tr("双击转到该问题"))
        self.outcome_view = _table(self, self.outcome_model)
        self.change_view = _table(self, self.change_model)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(scroll, self.tr("概况"))
        self.tabs.addTab(self.unit_view, self.tr("按单位"))
        self.tabs.addTab(self.category_view, self.tr("按类别"))
        self.tabs.addTab(self.overdue_view, self.tr("逾期清单"))
        self.tabs.addTab(self.outcome_view, self.tr("整改成效"))
        self.tabs.addTab(self.change_view, self.tr("变化情况"))
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #a5520c;")
        self.warnings.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.warnings)

        # Typing a date refreshes once the typing pauses; boxes and the scope at once.
        self.date_timer = QTimer(self)
        self.date_timer.setSingleShot(True)
        self.date_timer.setInterval(600)
        self.date_timer.timeout.connect(self._date_typed)
        self.as_of.value_changed.connect(self.date_timer.start)
        self.since.value_changed.connect(self.date_timer.start)
        self.as_of_check.toggled.connect(self._as_of_toggled)
        self.since_check.toggled.connect(self._since_toggled)
        self.scope.activated.connect(lambda _i: self.refresh())
        self.refresh_button.clicked.connect(lambda _c=False: self.refresh())
        self.export_button.clicked.connect(lambda _c=False: self.export())

    # ------------------------------------------------------------------- scope
    def set_inspections(
        self, inspections: Sequence[InspectionRecord], current: int | None = None
    ) -> None:
        """The scopes to choose from: all inspections, then each one; ``current`` (an
        inspection id) is chosen, else the one chosen before if it still exists."""
        keep = current if current is not None else self.scope.currentData()
        self.scope.clear()
        self.scope.addItem(self.tr("全部巡察"), None)
        for inspection in inspections:
            self.scope.addItem(inspection.title, int(inspection.id))
        index = self.scope.findData(keep) if keep is not None else 0
        self.scope.setCurrentIndex(max(0, index))

    def _as_of_toggled(self, on: bool) -> None:
        self.as_of.setEnabled(on)
        self.refresh()

    def _since_toggled(self, on: bool) -> None:
        self.since.setEnabled(on)
        self.refresh()

    def _date_typed(self) -> None:
        if self.as_of_check.isChecked() or self.since_check.isChecked():
            self.refresh()

    def current_query(self) -> DashboardQuery | None:
        """The query the controls ask for, or None (and the reason shown) when a date
        cannot be read or makes no sense."""
        try:
            as_of = self.as_of.date_value() if self.as_of_check.isChecked() else None
            since = self.since.date_value() if self.since_check.isChecked() else None
        except DateError:
            self.status.setText(self.tr("日期无法识别，请按“2023年1月11日”的格式填写。"))
            return None
        if self.as_of_check.isChecked() and as_of is None:
            self.status.setText(self.tr("请填写“截至”日期。"))
            return None
        if self.since_check.isChecked() and since is None:
            self.status.setText(self.tr("请填写变化的起始日期。"))
            return None
        if as_of is not None and as_of > date.today():
            self.status.setText(self.tr("“截至”日期不能晚于今天。"))
            return None
        if since is not None and as_of is not None and since > as_of:
            self.status.setText(self.tr("变化的起始日期不能晚于“截至”日期。"))
            return None
        scope = self.scope.currentData()
        return DashboardQuery(InspectionId(int(scope)) if scope is not None else None, as_of, since)

    # ------------------------------------------------------------------ loading
    def refresh(self) -> None:
        """Recompute the statistics for the controls' query, in the background."""
        query = self.current_query()
        if query is None:
            return
        self.query = query
        self.status.setText(self.tr("正在统计…"))
        self.refresh_button.setEnabled(False)
        source = self.source

        def work() -> dict[str, Any]:
            supervision = source()  # in the worker (see SupervisionSource)
            return supervision.statistics(query.inspection_id, as_of=query.as_of, since=query.since)

        self.loader.start(work)

    def _failed(self, message: str) -> None:
        self.refresh_button.setEnabled(True)
        self.status.setText(self.tr("无法统计：{reason}").format(reason=message))

    def _show_stats(self, stats: dict[str, Any]) -> None:
        self.show_stats(stats)

    def show_stats(self, stats: dict[str, Any]) -> None:
        """Show a statistics document (``SupervisionService.statistics``)."""
        self.stats = stats
        self.refresh_button.setEnabled(True)
        self.export_button.setEnabled(True)
        self.status.setText(self._status_text(stats))
        self.figures_model.set_records(figure_rows(stats))
        self._show_key_figures(key_figures(stats))
        self.unit_model.set_records(stats.get("by_unit") or [])
        self.category_model.set_records(stats.get("by_category") or [])
        self.overdue_model.set_records(stats.get("overdue") or [])
        self.outcome_model.set_records(outcome_rows(stats))
        changes = stats.get("changes")
        self.change_model.set_records([change_texts(c) for c in changes or []])
        self.tabs.setTabEnabled(self.tabs.indexOf(self.change_view), changes is not None)
        self.tabs.setTabText(
            self.tabs.indexOf(self.overdue_view),
            self.tr("逾期清单（{n}）").format(n=len(stats.get("overdue") or [])),
        )
        if changes is not None:
            self.tabs.setTabText(
                self.tabs.indexOf(self.change_view),
                self.tr("变化情况（{n}）").format(n=len(changes)),
            )
        else:
            self.tabs.setTabText(self.tabs.indexOf(self.change_view), self.tr("变化情况"))
        self._draw_charts(stats)
        # The items' words whole ("Done (incl. signed off)" was cut in English).
        label = self.figures_view.columnWidth(0)
        self.figures_view.resizeColumnToContents(0)
        self.figures_view.setColumnWidth(0, max(label, self.figures_view.columnWidth(0)))
        _fit_table(self.figures_view)
        warnings = [str(w) for w in stats.get("warnings") or ()]
        self.warnings.setText("\n".join(warnings))
        self.warnings.setVisible(bool(warnings))
        self.loaded.emit(stats)

    def _show_key_figures(self, rows: list[KeyFigure]) -> None:
        self.key_rows = rows
        while self.key_grid.count():
            item = self.key_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        heads = (self.tr("指标"), self.tr("问题"), self.tr("整改措施"))
        for column, text in enumerate(heads):
            head = QLabel(text, self.key_panel)
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            self.key_grid.addWidget(head, 0, column)
        for number, row in enumerate(rows, start=1):
            for column, text in enumerate((row.label, row.issues, row.measures)):
                label = QLabel(text, self.key_panel)
                label.setWordWrap(column > 0)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.key_grid.addWidget(label, number, column, Qt.AlignmentFlag.AlignTop)

    def _status_text(self, stats: dict[str, Any]) -> str:
        scope = self.scope.currentText()
        if stats.get("as_of"):
            when = self.tr("截至 {day} 的历史状态（按修改历史还原）").format(
                day=labels.format_date(date.fromisoformat(stats["as_of"]))
            )
        else:
            when = self.tr("{day} 的当前状态").format(
                day=labels.format_date(date.fromisoformat(stats["today"]))
            )
        text = self.tr("{scope}：{when}").format(scope=scope, when=when)
        if stats.get("since"):
            text += self.tr("；{day}以来共 {n} 处修改").format(
                day=labels.format_date(date.fromisoformat(stats["since"])),
                n=len(stats.get("changes") or []),
            )
        if stats.get("overdue_truncated"):
            text += self.tr("；逾期共 {n} 项，清单只列出逾期最久的 {shown} 项").format(
                n=stats["overdue_truncated"], shown=len(stats.get("overdue") or [])
            )
        return text

    def _draw_charts(self, stats: dict[str, Any]) -> None:
        for chart, title, counts in (
            (self.issue_pie, self.tr("问题整改状态"), stats["issues"]),
            (self.measure_pie, self.tr("整改措施整改状态"), stats["measures"]),
        ):
            chart.set_data(
                title,
                [
                    Slice(
                        labels.status_label(s),
                        int(counts["by_status"].get(s.value, 0)),
                        STATUS_COLOURS[s],
                    )
                    for s in Status
                ],
            )
        bars = [
            Bar(
                group_name(str(row["unit"])),
                (
                    int(row["issues"]["finished"]),
                    int(row["issues"]["total"])
                    - int(row["issues"]["finished"])
                    - int(row["issues"]["overdue"]),
                    int(row["issues"]["overdue"]),
                ),
            )
            for row in stats.get("by_unit") or []
            if row["issues"]["total"]
        ]
        self.unit_bars.set_data(
            self.tr("各牵头单位问题整改情况"),
            [
                Series(self.tr("已完成"), FINISHED_COLOUR),
                Series(self.tr("未完成"), OPEN_COLOUR),
                Series(self.tr("逾期"), OVERDUE_COLOUR),
            ],
            bars,
        )
        self.unit_bars.setMinimumHeight(self.unit_bars.minimumSizeHint().height())

    def _overdue_chosen(self, index: Any) -> None:
        item = index.data(Roles.RECORD)
        if isinstance(item, dict):
            measure_id = int(item["id"]) if item["entity"] == "measure" else 0
            self.record_activated.emit(
                int(item["issue_id"]), measure_id, int(item["inspection_id"])
            )

    # ------------------------------------------------------------------- export
    def export(self) -> None:
        """Write the figures on screen to a workbook the user chooses."""
        from desktop.excel.dashboard_sheet import DashboardHeading, write_dashboard
        from desktop.files import WriteFailed

        if self.stats is None:
            return
        path = messages.ask_save_file(
            self,
            self.tr("导出统计"),
            self.tr("Excel 工作簿 (*.xlsx)"),
            messages.suggested_file(self.tr("整改情况统计") + ".xlsx"),
        )
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        heading = DashboardHeading(scope=self.scope.currentText(), made_by=self.operator)
        try:
            write_dashboard(Path(path), self.stats, heading)
        except WriteFailed as exc:
            messages.error(self, exc.strerror or str(exc), self.tr("无法导出"))
            return
        self.status.setText(self.tr("已导出到 {path}").format(path=path))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.date_timer.stop()
        super().closeEvent(event)
