"""Every message box goes through here: one wording, and tests can replace it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def error(parent: QWidget | None, text: str, title: str | None = None) -> None:
    QMessageBox.critical(parent, title or _tr("错误"), text)


def warning(parent: QWidget | None, text: str, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or _tr("提示"), text)


def info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    QMessageBox.information(parent, title or _tr("提示"), text)


def confirm(parent: QWidget | None, text: str, title: str | None = None) -> bool:
    answer = QMessageBox.question(parent, title or _tr("请确认"), text)
    return answer == QMessageBox.StandardButton.Yes
