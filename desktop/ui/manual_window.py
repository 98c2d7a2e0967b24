"""帮助 → 使用手册: the user manual (``docs/manual.md`` and its screenshots, bundled
with the app) shown in a window of its own, offline."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QGuiApplication, QImage, QPixmap, QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.paths import docs_dir, manual_file


class ManualWindow(QDialog):
    """The manual, its links to its own chapters followed inside, others opened by the
    system. ``browser`` shows it; ``found`` is False when the file is missing.

    It opens at most of the screen, with maximise and resize, and its screenshots
    (1280 pixels wide) are shown at the page's width, never wider than they are."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setSizeGripEnabled(True)
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
        self.browser.viewport().installEventFilter(self)
        self.browser.sourceChanged.connect(lambda _url: self.fit_images())
        self._fitted_width = -1
        em = self.fontMetrics().horizontalAdvance("中")
        screen = (parent.screen() if parent is not None else None) or (
            QGuiApplication.primaryScreen()
        )
        room = screen.availableGeometry()
        self.resize(
            min(max(em * 60, room.width() * 3 // 4), room.width(), em * 90),
            max(min(room.height() * 17 // 20, room.height()), em * 20),
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.browser.viewport() and event.type() == QEvent.Type.Resize:
            # After this event: a scroll bar that the fitting shows resizes the viewport
            # again, and Qt sends no resize event from inside one.
            QTimer.singleShot(0, self.fit_images)
        return super().eventFilter(watched, event)

    def fit_images(self) -> None:
        """Every picture at the page's width, at most its own (its height to scale)."""
        document = self.browser.document()
        # Room kept for the vertical scroll bar whether shown or not: a picture
        # narrowed never makes it come or go.
        bar = self.browser.verticalScrollBar()
        scroll = 0 if bar.isVisible() else bar.sizeHint().width()
        room = self.browser.viewport().width() - scroll - 2 * document.documentMargin() - 4
        if room <= 0 or room == self._fitted_width:
            return
        self._fitted_width = int(room)
        block = document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                it += 1
                fmt = fragment.charFormat()
                if not fmt.isImageFormat():
                    continue
                image = fmt.toImageFormat()
                resource = document.resource(
                    QTextDocument.ResourceType.ImageResource.value, QUrl(image.name())
                )
                if not isinstance(resource, QImage | QPixmap) or resource.width() <= 0:
                    continue
                width = min(float(resource.width()), room)
                image.setWidth(width)
                image.setHeight(resource.height() * width / resource.width())
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position())
                cursor.setPosition(
                    fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                )
                cursor.setCharFormat(image)
            block = block.next()
