"""Chinese for the few strings of Qt's own dialogs that the ``qt_zh_CN`` catalogue
shipped with PySide6 leaves in English (its file dialog's "Look in:" and "Files of
type:", the print dialog's page set and order), installed after Qt's catalogues so
that a Qt update that translates them itself wins.

On screen: the words of Qt's own file and print dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTranslator

# (context, source) -> translation, as Qt's sources spell them.
QT_MISSING_ZH: dict[tuple[str, str], str] = {
    ("QFileDialog", "&Look in:"): "查找范围(&L)：",
    ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
    ("QAbstractFileIconProvider", "Drive"): "驱动器",
    ("QAbstractFileIconProvider", "Folder"): "文件夹",
    ("QPageSetupWidget", "Page &order:"): "页面顺序(&O)：",
    ("QPageSetupWidget", "Pages &per sheet:"): "每张页数(&P)：",
    ("QPageSetupWidget", "mm"): "毫米",
    ("QPrintSettingsOutput", "Page &Set:"): "页面集(&S)：",
    ("QPageSize", "%1 x %2 in"): "%1 x %2 英寸",
}


class QtSupplement(QTranslator):
    """A translator answering only for ``QT_MISSING_ZH``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    # None means "no translation here" to Qt (PySide 6.9's stubs say str only).
    def translate(  # type: ignore[override]
        self,
        context: str,
        source: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        return QT_MISSING_ZH.get((context, source))

    def isEmpty(self) -> bool:
        return False
