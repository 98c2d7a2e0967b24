"""新建问题: the issue form in a dialog, pre-filled with sensible defaults."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QScrollArea, QVBoxLayout, QWidget

from desktop.domain.records import CategoryRecord, IssueDraft
from desktop.ui.widgets.issue_form import IssueForm


class IssueDialog(QDialog):
    """Takes an IssueDraft (next number, the inspection's deadline, the chosen
    category), hands back the edited draft; OK is refused while problems block."""

    def __init__(
        self,
        draft: IssueDraft,
        categories: Sequence[CategoryRecord],
        units: Sequence[str],
        leaders: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("新建问题"))
        self.form = IssueForm()
        self.form.set_categories(categories)
        self.form.set_completions(units, leaders)
        self.form.set_draft(draft)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.buttons)
        chars = self.fontMetrics().averageCharWidth()
        lines = self.fontMetrics().lineSpacing()
        self.resize(chars * 80, lines * 36)
        self.form.text.setFocus()

    def draft(self) -> IssueDraft:
        return self.form.draft()

    def accept(self) -> None:
        if self.form.validate():
            super().accept()
