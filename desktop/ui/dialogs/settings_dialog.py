"""设置: operator name, language, font size, the due-soon window (days, and whether they
are working days), print fonts, and the holiday calendar (节假日) that counts working days."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import messages
from desktop.ui.dialogs.calendar_page import CalendarPage
from desktop.ui.settings import FONT_SCALES, AppSettings


class SettingsDialog(QDialog):
    """Edits the user's settings; ``apply_to`` writes them back (and saves the holiday
    calendar when it was changed). A language change takes effect at the next start
    (the note under the field says so). ``calendar_folders`` are the shipped and the
    user's calendar folders (the defaults unless a test gives its own)."""

    def __init__(
        self,
        settings: AppSettings,
        parent: QWidget | None = None,
        *,
        calendar_folders: Sequence[Path] | None = None,
        operator: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("设置"))
        # The name the history records now (the status bar's): the setting, else the
        # one the app chose (the system user's), so the two never disagree.
        self.operator = QLineEdit(settings.operator or operator, self)
        self.operator.setPlaceholderText(self.tr("记入修改历史的姓名"))
        self.language = QComboBox(self)
        self.language.addItem("中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.font_scale = QComboBox(self)
        for scale in FONT_SCALES:
            self.font_scale.addItem(f"{scale}%", scale)
        self.font_scale.setCurrentIndex(max(0, self.font_scale.findData(settings.font_scale)))
        self.due_soon_days = QSpinBox(self)
        self.due_soon_days.setRange(1, 90)
        self.due_soon_days.setSuffix(self.tr(" 天"))
        self.due_soon_days.setValue(settings.due_soon_days)
        self.due_soon_working = QCheckBox(self.tr("按工作日计算（依节假日安排）"), self)
        self.due_soon_working.setChecked(settings.due_soon_working_days)
        self.due_soon_working.toggled.connect(self._update_due_suffix)
        self._update_due_suffix(settings.due_soon_working_days)
        self.show_supervision = QCheckBox(self.tr("打开台账时显示督办提醒"), self)
        self.show_supervision.setChecked(settings.show_supervision_at_start)
        note = QLabel(self.tr("界面语言在重新启动后生效。"), self)
        note.setWordWrap(True)
        due = QHBoxLayout()
        due.addWidget(self.due_soon_days)
        due.addWidget(self.due_soon_working, 1)
        form = QFormLayout()
        form.addRow(self.tr("操作人"), self.operator)
        form.addRow(self.tr("界面语言"), self.language)
        form.addRow("", note)
        form.addRow(self.tr("字体大小"), self.font_scale)
        form.addRow(self.tr("临近到期提醒"), due)
        form.addRow("", self.show_supervision)
        general = QWidget(self)
        general.setLayout(form)
        self.calendar_page = CalendarPage(calendar_folders, parent=self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(general, self.tr("常规"))
        self.tabs.addTab(self.calendar_page, self.tr("节假日"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # Printing (fonts, their PDF check) loads when the dialog opens, not at start-up.
        from desktop.ui.widgets.print_font_settings import PrintFontGroup

        self.print_fonts = PrintFontGroup(settings.print_fonts, self)
        layout = QVBoxLayout(self)
        self.tabs.insertTab(1, self.print_fonts, self.tr("打印字体"))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)
        line = self.fontMetrics().lineSpacing()
        width, height = line * 44, line * 50
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, int(available.width() * 0.9))
            height = min(height, int(available.height() * 0.9))
        self.resize(width, height)

    def _update_due_suffix(self, working: bool) -> None:
        self.due_soon_days.setSuffix(self.tr(" 个工作日") if working else self.tr(" 天"))

    def accept(self) -> None:
        """Close only when the holiday calendar, if edited, can be saved."""
        problem = self.calendar_page.problem()
        if problem is not None:
            self.tabs.setCurrentWidget(self.calendar_page)
            messages.error(self, problem, self.tr("节假日安排有误"))
            return
        super().accept()

    def apply_to(self, settings: AppSettings) -> None:
        settings.operator = self.operator.text()
        settings.language = str(self.language.currentData())
        settings.font_scale = int(self.font_scale.currentData())
        settings.due_soon_days = self.due_soon_days.value()
        settings.print_fonts = self.print_fonts.choices()
        settings.due_soon_working_days = self.due_soon_working.isChecked()
        settings.show_supervision_at_start = self.show_supervision.isChecked()
        if self.calendar_page.dirty:
            from desktop.domain.calendar import CalendarError

            try:
                self.calendar_page.save()
            except CalendarError as exc:
                messages.error(self, exc.message, self.tr("节假日安排有误"))
            except OSError as exc:
                messages.error(
                    self,
                    self.tr("无法保存节假日安排：{reason}").format(reason=exc.strerror or exc),
                )
