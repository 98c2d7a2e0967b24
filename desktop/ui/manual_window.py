"""帮助 → 使用手册: the user manual (``docs/manual.md`` and its screenshots, bundled
with the app) shown in a window of its own, offline."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.paths import docs_dir, manual_file


class ManualWindow(QDialog):
    """The manual, its links to its own chapters followed inside, others opened by the
    system. ``browser`` shows it; ``found`` is False when the file is missing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("整改台账使用手册"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(docs_dir())])
        path = manual_file()
        self.found = path.exists()
        if self.found:
            self.browser.setSource(QUrl.fromLocalFile(str(path)))
        else:
            self.browser.setPlainText(
                self.tr("找不到用户手册（{path}）。请重新安装本程序。").format(path=path)
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        chars = self.fontMetrics().averageCharWidth()
        lines = self.fontMetrics().lineSpacing()
        self.resize(chars * 110, lines * 36)
