"""设置: operator name, language, font size, due-soon days, print fonts."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.settings import FONT_SCALES, AppSettings


class SettingsDialog(QDialog):
    """Edits the user's settings; ``apply_to`` writes them back. A language change takes
    effect at the next start (the note under the field says so)."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("设置"))
        self.operator = QLineEdit(settings.operator, self)
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
        note = QLabel(self.tr("界面语言在重新启动后生效。"), self)
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("操作人"), self.operator)
        form.addRow(self.tr("界面语言"), self.language)
        form.addRow("", note)
        form.addRow(self.tr("字体大小"), self.font_scale)
        form.addRow(self.tr("临近到期提醒"), self.due_soon_days)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # Printing (fonts, their PDF check) loads when the dialog opens, not at start-up.
        from desktop.ui.widgets.print_font_settings import PrintFontGroup

        self.print_fonts = PrintFontGroup(settings.print_fonts, self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.print_fonts)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)

    def apply_to(self, settings: AppSettings) -> None:
        settings.operator = self.operator.text()
        settings.language = str(self.language.currentData())
        settings.font_scale = int(self.font_scale.currentData())
        settings.due_soon_days = self.due_soon_days.value()
        settings.print_fonts = self.print_fonts.choices()
