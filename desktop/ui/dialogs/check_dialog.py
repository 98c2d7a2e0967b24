"""文件 → 检查台账's verdict, for a clerk: a headline (sound, or problems found), what is
wrong in plain words, whether data is at risk, and the one thing to do; the technical
detail (every finding, for support) behind the 详细信息 button, with a button to copy
it. The texts come from :func:`desktop.services.check.verdict`, the same as
``rectify check`` prints."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.services.check import Verdict


class CheckReportDialog(QDialog):
    """The verdict of one check. ``details_button`` shows or hides ``details``."""

    def __init__(self, verdict: Verdict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verdict = verdict
        self.setWindowTitle(self.tr("检查台账") if verdict.ok else self.tr("检查台账发现问题"))

        icon = QLabel(self)
        standard = (
            QStyle.StandardPixmap.SP_MessageBoxInformation
            if verdict.ok
            else QStyle.StandardPixmap.SP_MessageBoxCritical
            if verdict.at_risk
            else QStyle.StandardPixmap.SP_MessageBoxWarning
        )
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(self.style().standardIcon(standard).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.headline = self._label(verdict.summary, bold=True)
        texts = QVBoxLayout()
        texts.addWidget(self.headline)
        self.problems = self._label("\n".join(f"· {p}" for p in verdict.problems))
        self.risk = self._label(self.tr("数据：{risk}").format(risk=verdict.risk))
        self.action = self._label(
            self.tr("请这样做：{action}").format(action=verdict.action), bold=True
        )
        if verdict.ok:
            self.problems.hide()
            self.action.hide()
        for label in (self.problems, self.risk, self.action):
            texts.addWidget(label)
        texts.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(texts, 1)

        self.details = QPlainTextEdit("\n".join(verdict.details), self)
        self.details.setReadOnly(True)
        self.details.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.details_button = QPushButton(self.tr("详细信息…"), self)
        self.details_button.setCheckable(True)
        self.details_button.setToolTip(self.tr("每一处问题的技术细节，供技术支持查看"))
        self.details_button.toggled.connect(self.show_details)
        buttons.addButton(self.details_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button = QPushButton(self.tr("复制"), self)
        self.copy_button.setToolTip(self.tr("把检查结果和技术细节复制到剪贴板"))
        self.copy_button.clicked.connect(lambda _c=False: self.copy())
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        line = self.fontMetrics().lineSpacing()
        self.setMinimumWidth(line * 34)

    def _label(self, text: str, *, bold: bool = False) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if bold:
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        return label

    def show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setText(self.tr("隐藏详细信息") if shown else self.tr("详细信息…"))
        self.adjustSize()

    def text(self) -> str:
        """All of it as plain text: the verdict, then the technical detail."""
        return "\n".join(self.verdict.lines(verbose=True))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
