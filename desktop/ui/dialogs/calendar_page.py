"""节假日 (a page of the settings): the holidays and make-up working days (调休上班) of
the current and the next year, which count deadlines written in working days and the
due-soon window when it is in working days.

The shipped calendar (``resources/calendar``) is read with the user's edits over it
(``default_calendar_folders``); a year the user changed is saved to the user's folder
with ``write_year``, so the shipped file stays as shipped and a later release's data
for years the user never touched still arrives. A year whose State Council notice is
not in the data (provisional) or that has no data at all (unknown) is shown with a
warning, since working days across it are then only an estimate.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.calendar import (
    ORIGIN_PACKAGE,
    ORIGIN_SHIPPED,
    ORIGIN_USER,
    CalendarError,
    WorkCalendar,
    YearCalendar,
    YearStatus,
    load_calendar,
    write_year,
    year_from_json,
)
from desktop.domain.dates import DateError, parse_date
from desktop.domain.texts import Message, Msg, listed
from desktop.ui import labels

_WARNING_STYLE = "color: #a5520c;"


def _read_day(text: str, year: int, what: str) -> date:
    """A typed date (``2026年2月15日``, ``2026-02-15``, ``2月15日`` in ``year``)."""
    try:
        reading = parse_date(text, default_year=year)
    except DateError:
        reading = None
    if reading is None or reading.date is None or reading.rule is not None:
        raise CalendarError(Message(Msg.CALENDAR_NOT_A_DATE, what=what, text=text))
    return reading.date


class YearEditor(QWidget):
    """One year's holidays and make-up working days, edited in two small tables.

    Signals:
        edited(): something in the year changed.
    """

    edited = Signal()

    def __init__(self, year: int, known: YearCalendar | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.year = year
        self.known = known
        self.dirty = False
        self._filling = False

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.official = QCheckBox(
            self.tr("已按国务院办公厅放假安排通知录入并核对（含调休上班日）"), self
        )
        self.source = QLineEdit(self)
        self.source.setPlaceholderText(
            self.tr("如：国务院办公厅关于{year}年部分节假日安排的通知").format(year=year)
        )

        self.holidays = QTableWidget(0, 3, self)
        self.holidays.setHorizontalHeaderLabels(
            [self.tr("假日名称"), self.tr("放假开始"), self.tr("放假结束")]
        )
        self.workdays = QTableWidget(0, 2, self)
        self.workdays.setHorizontalHeaderLabels([self.tr("调休上班日"), self.tr("说明")])
        for table in (self.holidays, self.workdays):
            table.verticalHeader().hide()
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            table.itemChanged.connect(self._changed)
        rows = self.fontMetrics().lineSpacing() + 8
        for table in (self.holidays, self.workdays):
            table.verticalHeader().setDefaultSectionSize(rows)
        self.holidays.setMinimumHeight(rows * 4)
        self.workdays.setMinimumHeight(rows * 3)
        self.add_holiday = QPushButton(self.tr("添加假日"), self)
        self.remove_holiday = QPushButton(self.tr("删除所选假日"), self)
        self.add_workday = QPushButton(self.tr("添加调休上班日"), self)
        self.remove_workday = QPushButton(self.tr("删除所选上班日"), self)
        self.add_holiday.clicked.connect(lambda _c=False: self.add_holiday_row())
        self.remove_holiday.clicked.connect(lambda _c=False: self._remove(self.holidays))
        self.add_workday.clicked.connect(lambda _c=False: self.add_workday_row())
        self.remove_workday.clicked.connect(lambda _c=False: self._remove(self.workdays))
        self.official.toggled.connect(self._changed)
        self.source.textEdited.connect(self._changed)
        self.count = QLabel(self)
        self.origin = QLabel(self)
        self.origin.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("依据"), self.source)
        holiday_buttons = QHBoxLayout()
        holiday_buttons.addWidget(self.add_holiday)
        holiday_buttons.addWidget(self.remove_holiday)
        holiday_buttons.addStretch(1)
        workday_buttons = QHBoxLayout()
        workday_buttons.addWidget(self.add_workday)
        workday_buttons.addWidget(self.remove_workday)
        workday_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.origin)
        layout.addWidget(self.official)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("放假（含调休形成的连休）"), self))
        layout.addWidget(self.holidays, 3)
        layout.addLayout(holiday_buttons)
        layout.addWidget(QLabel(self.tr("调休上班的周六、周日"), self))
        layout.addWidget(self.workdays, 2)
        layout.addLayout(workday_buttons)
        layout.addWidget(self.count)
        self._fill(known)

    # ------------------------------------------------------------------ filling
    def _fill(self, cal: YearCalendar | None) -> None:
        self._filling = True
        try:
            self.holidays.setRowCount(0)
            self.workdays.setRowCount(0)
            self.official.setChecked(bool(cal and cal.official))
            self.source.setText(cal.source if cal else "")
            self.source.setCursorPosition(0)
            # The notes say how the data was checked: worth a hover, not the space.
            self.source.setToolTip(cal.notes if cal else "")
            for h in cal.holidays if cal else ():
                self.add_holiday_row(h.name, h.start, h.end)
            for w in cal.workdays if cal else ():
                self.add_workday_row(w.date, w.name)
        finally:
            self._filling = False
        self.dirty = False
        self._update_status()

    def add_holiday_row(
        self, name: str = "", start: date | None = None, end: date | None = None
    ) -> int:
        row = self.holidays.rowCount()
        was = self._filling
        self._filling = True
        try:
            self.holidays.insertRow(row)
            self.holidays.setItem(row, 0, QTableWidgetItem(name))
            self.holidays.setItem(row, 1, QTableWidgetItem(labels.format_date(start)))
            self.holidays.setItem(row, 2, QTableWidgetItem(labels.format_date(end)))
        finally:
            self._filling = was
        self._changed()
        return row

    def add_workday_row(self, day: date | None = None, name: str = "") -> int:
        row = self.workdays.rowCount()
        was = self._filling
        self._filling = True
        try:
            self.workdays.insertRow(row)
            self.workdays.setItem(row, 0, QTableWidgetItem(labels.format_date(day)))
            self.workdays.setItem(row, 1, QTableWidgetItem(name))
        finally:
            self._filling = was
        self._changed()
        return row

    def _remove(self, table: QTableWidget) -> None:
        rows = sorted({index.row() for index in table.selectedIndexes()}, reverse=True)
        if not rows and table.currentRow() >= 0:
            rows = [table.currentRow()]
        for row in rows:
            table.removeRow(row)
        if rows:
            self._changed()

    def _changed(self, *_args: object) -> None:
        if self._filling:
            return
        self.dirty = True
        self._update_status()
        self.edited.emit()

    # ------------------------------------------------------------------ reading
    def _cell(self, table: QTableWidget, row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text().strip() if item is not None else ""

    def draft(self) -> YearCalendar:
        """The year as edited. Raises :class:`CalendarError` (Chinese, naming the row
        and the value) for a date that cannot be read or a year that does not hold
        together (a make-up day on a weekday, a day both off and worked)."""
        year = self.year
        holidays: list[dict[str, str]] = []
        for row in range(self.holidays.rowCount()):
            name = self._cell(self.holidays, row, 0)
            start_text = self._cell(self.holidays, row, 1)
            end_text = self._cell(self.holidays, row, 2) or start_text
            if not (name or start_text or end_text):
                continue  # an empty row added and never filled
            start = _read_day(
                start_text, year, self.tr("第{row}行假日的开始日期").format(row=row + 1)
            )
            end = _read_day(end_text, year, self.tr("第{row}行假日的结束日期").format(row=row + 1))
            holidays.append({"name": name, "start": start.isoformat(), "end": end.isoformat()})
        workdays: list[dict[str, str]] = []
        for row in range(self.workdays.rowCount()):
            text = self._cell(self.workdays, row, 0)
            name = self._cell(self.workdays, row, 1)
            if not (text or name):
                continue
            day = _read_day(text, year, self.tr("第{row}个调休上班日").format(row=row + 1))
            workdays.append({"date": day.isoformat(), "name": name})
        official = self.official.isChecked()
        doc = {
            "year": year,
            "official": official,
            "verified": official,
            "source": self.source.text().strip(),
            "notes": self.known.notes if self.known else "",
            "holidays": sorted(holidays, key=lambda h: h["start"]),
            "workdays": sorted(workdays, key=lambda w: w["date"]),
        }
        return year_from_json(doc)

    def known_origin(self) -> str:
        return self.known.origin if self.known is not None else ""

    def status_of(self) -> YearStatus:
        """The year's state as edited: unknown with no data at all."""
        if self.holidays.rowCount() == 0 and self.workdays.rowCount() == 0:
            return YearStatus.UNKNOWN
        return YearStatus.OFFICIAL if self.official.isChecked() else YearStatus.PROVISIONAL

    def _update_status(self) -> None:
        status = self.status_of()
        if status is YearStatus.OFFICIAL:
            text = self.tr("{year}年：已按国务院办公厅通知录入，计算工作日时含调休。").format(
                year=self.year
            )
            self.status.setStyleSheet("")
        elif status is YearStatus.PROVISIONAL:
            text = self.tr(
                "注意：{year}年的放假调休安排尚未正式录入，工作日只按法定节日和周末计算，"
                "不含调休。国务院办公厅通知公布后，请按通知修改并勾选下面的选项。"
            ).format(year=self.year)
            self.status.setStyleSheet(_WARNING_STYLE)
        else:
            text = self.tr(
                "注意：尚无{year}年的节假日数据，工作日只按周末计算。请按国务院办公厅通知录入。"
            ).format(year=self.year)
            self.status.setStyleSheet(_WARNING_STYLE)
        self.status.setText(text)
        self.origin.setText(
            self.tr("数据来源：{origin}").format(
                origin=origin_text(ORIGIN_USER if self.dirty else self.known_origin())
            )
        )
        days = 0
        try:
            cal = self.draft()
        except CalendarError:
            cal = None
        if cal is not None:
            days = len({d for h in cal.holidays for d in h.days()})
        self.count.setText(
            self.tr("共 {days} 天假日，{workdays} 个调休上班日。").format(
                days=days, workdays=self.workdays.rowCount()
            )
        )


def origin_text(origin: str) -> str:
    """Where a year's schedule comes from, as the settings page says it."""
    from desktop.domain.calendar_package import package_version

    texts = {
        ORIGIN_PACKAGE: QCoreApplication.translate(
            "CalendarPage", "Python 包 holidays {version}（含国务院办公厅公布的调休）"
        ).format(version=package_version() or ""),
        ORIGIN_SHIPPED: QCoreApplication.translate("CalendarPage", "随软件提供的日历文件"),
        ORIGIN_USER: QCoreApplication.translate("CalendarPage", "本机调整（在此页修改并保存）"),
    }
    return texts.get(origin, QCoreApplication.translate("CalendarPage", "无数据，仅按周末计算"))


def origin_summary(calendar: WorkCalendar) -> str:
    """Each source with the years it gives, e.g. 2001–2026 from the package."""
    by_origin: dict[str, list[int]] = {}
    for year, cal in sorted(calendar.years.items()):
        by_origin.setdefault(cal.origin, []).append(year)
    parts = []
    for origin, years in by_origin.items():
        span = f"{years[0]}–{years[-1]}" if len(years) > 2 else listed(map(str, years))
        parts.append(
            QCoreApplication.translate("CalendarPage", "{years}年：{origin}").format(
                years=span, origin=origin_text(origin)
            )
        )
    return "；".join(parts)


class CalendarPage(QWidget):
    """节假日: a tab per year (the current and the next), each a :class:`YearEditor`;
    :meth:`save` writes the years changed to the user's calendar folder."""

    def __init__(
        self,
        folders: Sequence[Path] | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        own_folders = folders is None
        if folders is None:
            from desktop.services.work_calendar import default_calendar_folders

            folders = default_calendar_folders()
        self.folders = list(folders)
        self.user_folder = self.folders[-1]
        from desktop.domain.calendar_package import package_years
        from desktop.paths import calendar_cache_folder

        # The holidays package's years (when the folders are the app's own).
        package = package_years(calendar_cache_folder()) if own_folders else []
        calendar, errors = load_calendar(self.folders, package)
        this_year = (today or date.today()).year
        self.tabs = QTabWidget(self)
        self.editors: dict[int, YearEditor] = {}
        for year in (this_year, this_year + 1):
            editor = YearEditor(year, calendar.years.get(year), self)
            self.editors[year] = editor
            self.tabs.addTab(editor, self.tr("{year}年").format(year=year))
        intro = QLabel(
            self.tr(
                "节假日用于计算“N个工作日内”的整改时限和按工作日计算的临期提醒。"
                "日期可写作 2026年2月15日、2026-2-15 或 2月15日。"
            ),
            self,
        )
        intro.setWordWrap(True)
        self.sources = QLabel(
            self.tr("各年数据来源：{summary}").format(summary=origin_summary(calendar)), self
        )
        self.sources.setWordWrap(True)
        self.errors = QLabel("\n".join(e.message for e in errors), self)
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet(_WARNING_STYLE)
        self.errors.setVisible(bool(errors))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.sources)
        layout.addWidget(self.errors)
        layout.addWidget(self.tabs, 1)

    @property
    def dirty(self) -> bool:
        return any(e.dirty for e in self.editors.values())

    def problem(self) -> str | None:
        """Why the edits cannot be saved (Chinese, naming the year), or None."""
        for year, editor in self.editors.items():
            if not editor.dirty:
                continue
            try:
                editor.draft()
            except CalendarError as exc:
                return self.tr("{year}年节假日：{reason}").format(year=year, reason=exc.message)
        return None

    def save(self) -> list[Path]:
        """Write each changed year (after :meth:`problem` said None). Raises
        :class:`CalendarError` for an invalid year and ``OSError`` when a file cannot
        be written; years already written stay written."""
        written: list[Path] = []
        drafts = [e.draft() for e in self.editors.values() if e.dirty]
        for cal in drafts:
            written.append(write_year(self.user_folder, cal))
            self.editors[cal.year].known = cal
            self.editors[cal.year].dirty = False
        return written


__all__ = ["CalendarPage", "YearEditor"]
