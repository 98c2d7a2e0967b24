"""报告 → 生成整改情况通报…: compose the notice of one inspection from the ledger, let
the user edit its text, and save it as .docx, .txt or .pdf, or print it.

The options (inspection, statistics paragraph, grouping under categories, issuer, date,
contact lines) compose a :class:`~desktop.notice.document.NoticeDocument`; its plain
text (``to_text()``) goes into an editor. What is saved or printed is always the text
in the editor, turned back into blocks by ``document_from_text()``, so the user's edits
are what comes out. Changing an option recomposes the text unless it was edited; then
the dialog says so and recomposes only when asked. The last options are remembered.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import DateError
from desktop.domain.filters import IssueFilter
from desktop.domain.records import InspectionId, InspectionRecord
from desktop.notice.compose import ComposeOptions, compose_notice, items_from_records
from desktop.notice.document import NoticeDocument, document_from_text
from desktop.services.ledger import LedgerService
from desktop.services.notices import notice_statistics
from desktop.storage.errors import LedgerError
from desktop.ui import messages, operations
from desktop.ui.widgets.date_edit import DateEdit
from desktop.ui.widgets.issue_form import INVALID_STYLE

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from desktop.printing.fonts import FontSet
    from desktop.ui.window_api import LedgerWindow

FORMATS = (".docx", ".txt", ".pdf")


class NoticeWriterPrefs:
    """The writer's last options, kept in the app's settings under ``notice_writer/``:
    the inspection (by key), the statistics and grouping choices, the issuer and contact
    lines typed for inspections that lack them, and the last file format."""

    PREFIX = "notice_writer/"

    def __init__(self, store: QSettings) -> None:
        self.store = store

    def _get(self, key: str, default: str = "") -> str:
        value = self.store.value(self.PREFIX + key, default)
        return str(value) if value is not None else default

    def _flag(self, key: str, default: bool) -> bool:
        value = self.store.value(self.PREFIX + key)
        if value is None:
            return default
        if isinstance(value, bool):
            return value
        return str(value).strip().lower() in ("true", "1", "yes")

    def _set(self, key: str, value: object) -> None:
        self.store.setValue(self.PREFIX + key, value)

    @property
    def inspection_key(self) -> str:
        return self._get("inspection")

    @inspection_key.setter
    def inspection_key(self, value: str) -> None:
        self._set("inspection", value)

    @property
    def with_statistics(self) -> bool:
        return self._flag("with_statistics", True)

    @with_statistics.setter
    def with_statistics(self, value: bool) -> None:
        self._set("with_statistics", "true" if value else "false")

    @property
    def grouped(self) -> bool:
        return self._flag("grouped", True)

    @grouped.setter
    def grouped(self, value: bool) -> None:
        self._set("grouped", "true" if value else "false")

    @property
    def issuer(self) -> str:
        return self._get("issuer")

    @issuer.setter
    def issuer(self, value: str) -> None:
        self._set("issuer", value)

    @property
    def contact(self) -> str:
        return self._get("contact")

    @contact.setter
    def contact(self, value: str) -> None:
        self._set("contact", value)

    @property
    def file_format(self) -> str:
        value = self._get("format", ".docx")
        return value if value in FORMATS else ".docx"

    @file_format.setter
    def file_format(self, value: str) -> None:
        self._set("format", value if value in FORMATS else ".docx")


class NoticeWriterDialog(QDialog):
    """Options, the editable text of the notice, and its outputs (保存…, 打印预览…).
    Reads the ledger through ``service`` and writes only files."""

    def __init__(
        self,
        service: LedgerService,
        inspections: list[InspectionRecord],
        current: InspectionRecord | None,
        prefs: NoticeWriterPrefs,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("生成整改情况通报"))
        self.service = service
        self.prefs = prefs
        self._inspections = list(inspections)
        self._generated = ""
        self._setting_text = False
        self._stale = False
        self._fonts: FontSet | None = None
        self._issue_count = 0
        self.saved: list[Path] = []

        # --- options
        self.inspection_combo = QComboBox(self)
        for record in self._inspections:
            self.inspection_combo.addItem(record.title, int(record.id))
        self.issuer_edit = QLineEdit(self)
        self.issuer_edit.setPlaceholderText(self.tr("如：中共某县交通运输局党组"))
        self.date_edit = DateEdit(self)
        self.contact_edit = QLineEdit(self)
        self.contact_edit.setPlaceholderText(
            self.tr("如：电话 0374-1234567；邮政地址：某县人民路1号；电子邮箱 jtj@example.cn")
        )
        self.stats_check = QCheckBox(self.tr("包含统计段落（数字由台账计算）"), self)
        self.group_check = QCheckBox(self.tr("按问题类别分组（（一）（二）…标题）"), self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("巡察："), self.inspection_combo)
        form.addRow(self.tr("发文单位："), self.issuer_edit)
        form.addRow(self.tr("通报日期："), self.date_edit)
        form.addRow(self.tr("联系方式："), self.contact_edit)
        checks = QHBoxLayout()
        checks.addWidget(self.stats_check)
        checks.addWidget(self.group_check)
        checks.addStretch(1)
        form.addRow("", checks)

        # --- the text
        self.editor = QPlainTextEdit(self)
        self.editor.setTabChangesFocus(True)
        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)
        self.regenerate_button = QPushButton(self.tr("按选项重新生成"), self)
        self.regenerate_button.setToolTip(self.tr("按上面的选项重新生成正文；对正文的修改将放弃"))
        state_row = QHBoxLayout()
        state_row.addWidget(self.state_label, 1)
        state_row.addWidget(self.regenerate_button)

        # --- outputs
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("保存…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.setToolTip(self.tr("保存为 Word 文档（.docx）、文本文件（.txt）或 PDF"))
        self.preview_button = self.buttons.addButton(
            self.tr("打印预览…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.saved_label = QLabel(self)
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("通报正文（可直接修改，保存和打印以此为准）："), self))
        layout.addWidget(self.editor, 1)
        layout.addLayout(state_row)
        layout.addWidget(self.saved_label)
        layout.addWidget(self.buttons)

        # --- initial values: the window's inspection, else the last one used
        index = -1
        if current is not None:
            index = self.inspection_combo.findData(int(current.id))
        if index < 0 and prefs.inspection_key:
            index = next(
                (i for i, r in enumerate(self._inspections) if r.key == prefs.inspection_key), -1
            )
        self.inspection_combo.setCurrentIndex(max(0, index))
        self.stats_check.setChecked(prefs.with_statistics)
        self.group_check.setChecked(prefs.grouped)
        self.date_edit.set_date(date.today())
        self._fill_from_inspection()

        self.inspection_combo.currentIndexChanged.connect(self._inspection_changed)
        for check in (self.stats_check, self.group_check):
            check.toggled.connect(lambda _on: self._options_changed())
        self.issuer_edit.editingFinished.connect(self._options_changed)
        self.contact_edit.editingFinished.connect(self._options_changed)
        self.date_edit.line.editingFinished.connect(self._options_changed)
        self.editor.textChanged.connect(self._text_changed)
        self.regenerate_button.clicked.connect(self.regenerate_asked)
        self.save_button.clicked.connect(self.save)
        self.preview_button.clicked.connect(self.print_preview)

        self._fit_to_screen()
        self.regenerate()

    def _fit_to_screen(self) -> None:
        """About a page of text wide and tall; inside the screen (1366×768 laptops, and
        the 150 % font setting)."""
        chars = self.fontMetrics().averageCharWidth()
        lines = self.fontMetrics().lineSpacing()
        width, height = max(chars * 110, 760), max(lines * 40, 640)
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, int(available.width() * 0.95))
            height = min(height, int(available.height() * 0.9))
        self.resize(width, height)

    # ================================================================ options
    def inspection(self) -> InspectionRecord | None:
        value = self.inspection_combo.currentData()
        return next((r for r in self._inspections if r.id == value), None)

    def _fill_from_inspection(self) -> None:
        """Issuer and contact of the chosen inspection; the last typed ones when it has
        none."""
        record = self.inspection()
        if record is None:
            return
        self.issuer_edit.setText(record.issuer or self.prefs.issuer or record.inspected_unit)
        self.contact_edit.setText(record.contact or self.prefs.contact)

    def _inspection_changed(self, _index: int) -> None:
        self._fill_from_inspection()
        self._options_changed()

    def notice_date(self) -> date | None:
        """The date in the field (today when empty); None when it cannot be read."""
        try:
            value = self.date_edit.date_value()
        except DateError:
            return None
        return value or date.today()

    def _options_changed(self) -> None:
        if self.edited:
            self._stale = True
            self._update_state()
        else:
            self.regenerate()

    def compose(self) -> NoticeDocument | None:
        """The notice the options describe, from the ledger as it is now."""
        record = self.inspection()
        when = self.notice_date()
        self.date_edit.line.setStyleSheet("" if when is not None else INVALID_STYLE)
        if record is None or when is None:
            return None
        issues = self.service.list_issues(IssueFilter(inspection_id=InspectionId(record.id)))
        measures = self.service.measures_by_issue([i.id for i in issues])
        self._issue_count = len(issues)
        issuer = self.issuer_edit.text().strip()
        inspection = dataclasses.replace(
            record, issuer=issuer or record.issuer, contact=self.contact_edit.text().strip()
        )
        with_stats = self.stats_check.isChecked()
        return compose_notice(
            inspection,
            items_from_records(issues, measures),
            notice_statistics(self.service, issues) if with_stats else None,
            ComposeOptions(
                with_statistics=with_stats,
                grouped=self.group_check.isChecked(),
                issuer=issuer,
                notice_date=when,
            ),
        )

    def regenerate(self) -> None:
        """Recompose the text from the options, replacing the editor's text."""
        try:
            document = self.compose()
        except LedgerError as exc:
            operations.tell_failure(self, exc)
            return
        if document is None:
            self._stale = True
            self._update_state()
            return
        self._generated = document.to_text()
        self._setting_text = True
        try:
            self.editor.setPlainText(self._generated)
        finally:
            self._setting_text = False
        self._stale = False
        self._update_state()

    def regenerate_asked(self) -> None:
        if self.edited and not messages.confirm(
            self, self.tr("重新生成将放弃您对正文的修改。继续吗？")
        ):
            return
        self.regenerate()

    # ================================================================== text
    @property
    def edited(self) -> bool:
        """Whether the user changed the text since it was composed."""
        return self.editor.toPlainText() != self._generated

    def _text_changed(self) -> None:
        if not self._setting_text:
            self._update_state()

    def _update_state(self) -> None:
        if self.notice_date() is None:
            text = self.tr("通报日期无法识别，请写成 2023年1月11日 或 2023.1.11。")
            colour = "#b3261e"
        elif self._stale:
            text = self.tr("选项已更改。点击“按选项重新生成”更新正文（将放弃对正文的修改）。")
            colour = "#8a5a00"
        elif self.edited:
            text = self.tr("正文已修改，保存和打印以修改后的文字为准。")
            colour = ""
        elif self._issue_count == 0:
            text = self.tr("这次巡察中还没有问题，通报只有开头和结尾。")
            colour = "#8a5a00"
        else:
            text = self.tr("正文按台账生成；可直接修改。")
            colour = ""
        self.state_label.setText(text)
        self.state_label.setStyleSheet(f"color: {colour};" if colour else "")

    def document(self) -> NoticeDocument:
        """The notice as it stands in the editor."""
        return document_from_text(self.editor.toPlainText())

    # ================================================================ outputs
    def _filters(self) -> str:
        names = {
            ".docx": self.tr("Word 文档 (*.docx)"),
            ".txt": self.tr("文本文件 (*.txt)"),
            ".pdf": self.tr("PDF 文件 (*.pdf)"),
        }
        first = self.prefs.file_format
        return ";;".join([names[first], *(names[f] for f in FORMATS if f != first)])

    def save(self) -> Path | None:
        """保存…: ask for a file and write the notice in the format its name ends with."""
        chosen = messages.ask_save_file(
            self,
            self.tr("保存整改情况通报"),
            self._filters(),
            messages.suggested_file(self.tr("整改情况通报") + self.prefs.file_format),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in FORMATS:
            path = path.with_name(path.name + self.prefs.file_format)
        return path if self.save_to(path) else None

    def save_to(self, path: Path) -> bool:
        """Write the editor's notice to ``path`` (.docx, .txt or .pdf); False (and a
        message) when it could not be written."""
        document = self.document()
        suffix = path.suffix.lower()
        if not document.blocks:
            messages.warning(self, self.tr("通报正文是空的，没有保存。"))
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if suffix == ".docx":
                from desktop.notice.docx_writer import write_docx

                write_docx(document, path)
            elif suffix == ".txt":
                from desktop.notice.text_writer import write_text

                write_text(document, path)
            else:
                self._write_pdf(document, path)
        except OSError as exc:
            QGuiApplication.restoreOverrideCursor()
            messages.error(
                self,
                self.tr(
                    "无法保存“{name}”：{reason}。如文件正在 Word 或 WPS 中打开，请先关闭。"
                ).format(name=path.name, reason=exc.strerror or exc),
            )
            return False
        except _PrintTrouble as exc:
            QGuiApplication.restoreOverrideCursor()
            messages.error(self, str(exc))
            return False
        QGuiApplication.restoreOverrideCursor()
        self.prefs.file_format = suffix
        self.remember()
        self.saved.append(path)
        self.saved_label.setText(self.tr("已保存：{path}").format(path=str(path)))
        return True

    def fonts(self) -> FontSet:
        """The print fonts (bundled faces registered first); raises _PrintTrouble."""
        if self._fonts is None:
            from desktop.printing.fonts import NoChineseFont, register_bundled_fonts, resolve_fonts

            register_bundled_fonts()
            try:
                self._fonts = resolve_fonts()
            except NoChineseFont as exc:
                raise _PrintTrouble(str(exc)) from exc
        return self._fonts

    def _write_pdf(self, document: NoticeDocument, path: Path) -> None:
        from desktop.printing import report
        from desktop.printing.render import PrintError, write_pdf

        jobs = report.notice(document.blocks, self.fonts())
        partial = path.with_name(f".{path.name}.partial")
        try:
            write_pdf(partial, jobs, title=document.title or self.tr("整改情况通报"))
            partial.replace(path)
        except PrintError as exc:
            raise _PrintTrouble(str(exc)) from exc
        finally:
            partial.unlink(missing_ok=True)

    def paint(self, printer: QPrinter) -> None:
        """Lay the editor's notice out on ``printer`` (the preview's paintRequested)."""
        from desktop.printing import report
        from desktop.printing.render import PrintError, render

        document = self.document()
        try:
            render(printer, report.notice(document.blocks, self.fonts()))
        except (PrintError, _PrintTrouble) as exc:
            messages.error(self, str(exc))

    def print_preview(self) -> None:
        """打印预览…: Qt's preview of the notice on the official page, with its 打印
        button."""
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        try:
            self.fonts()
        except _PrintTrouble as exc:
            messages.error(self, str(exc))
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.document().title or self.tr("整改情况通报"))
        preview = QPrintPreviewDialog(printer, self)
        preview.setWindowTitle(self.tr("打印预览：整改情况通报"))
        preview.paintRequested.connect(self.paint)
        chars = self.fontMetrics().averageCharWidth()
        preview.resize(max(chars * 120, 800), self.height())
        messages.run_dialog(preview)
        self.remember()

    # ================================================================ memory
    def remember(self) -> None:
        """Keep the options for next time."""
        record = self.inspection()
        if record is not None:
            self.prefs.inspection_key = record.key
            issuer = self.issuer_edit.text().strip()
            contact = self.contact_edit.text().strip()
            # What was typed for an inspection that lacks it is offered next time.
            if issuer and issuer != record.issuer:
                self.prefs.issuer = issuer
            if contact and contact != record.contact:
                self.prefs.contact = contact
        self.prefs.with_statistics = self.stats_check.isChecked()
        self.prefs.grouped = self.group_check.isChecked()

    def done(self, result: int) -> None:
        self.remember()
        super().done(result)


class _PrintTrouble(Exception):
    """A PDF or preview that cannot be made (no Chinese font, a device error); the
    message is for the user."""


def write_notice(window: LedgerWindow) -> None:
    """报告 → 生成整改情况通报…"""
    inspections = window.inspections()
    if not inspections:
        messages.info(
            window.widget(),
            QCoreApplication.translate(
                "NoticeWriterDialog",
                "台账中还没有巡察。请先新建巡察或导入台账、通报，再生成整改情况通报。",
            ),
        )
        return
    dialog = NoticeWriterDialog(
        window.service,
        inspections,
        window.current_inspection(),
        NoticeWriterPrefs(window.settings.store),
        window.widget(),
    )
    messages.run_dialog(dialog)
