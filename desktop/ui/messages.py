"""Every message box and modal prompt goes through here: one wording, and tests replace
these functions (``monkeypatch.setattr(messages, "confirm", ...)``) instead of
clicking modal dialogs. Callers use ``messages.confirm(...)``, never ``from ... import``,
so that a replacement takes effect."""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.domain.rollup import StatusChoice

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QWidget

    from desktop.domain.rollup import Disagreement

# The dialog classes are imported by the function that shows one: PySide converts a
# class's enums when it is first imported, and no message is needed to start.


class StaleChoice(Enum):
    """What to do when someone else saved a record since we read it."""

    RELOAD = "reload"
    OVERWRITE = "overwrite"
    CANCEL = "cancel"


def error(parent: QWidget | None, text: str, title: str | None = None) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(parent, title or QCoreApplication.translate("messages", "错误"), text)


def warning(parent: QWidget | None, text: str, title: str | None = None) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, title or QCoreApplication.translate("messages", "提示"), text)


def info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(parent, title or QCoreApplication.translate("messages", "提示"), text)


def confirm(parent: QWidget | None, text: str, title: str | None = None) -> bool:
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(
        parent, title or QCoreApplication.translate("messages", "请确认"), text
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_stale(parent: QWidget | None, text: str) -> StaleChoice:
    """Someone else changed the record: reload theirs, overwrite with ours, or cancel."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("messages", "记录已被修改"))
    box.setText(text)
    box.setInformativeText(
        QCoreApplication.translate(
            "messages",
            "“重新载入”显示对方保存的内容，您的修改将丢弃；“覆盖”用您的内容替换对方的修改。",
        )
    )
    reload = box.addButton(
        QCoreApplication.translate("messages", "重新载入"), QMessageBox.ButtonRole.AcceptRole
    )
    overwrite = box.addButton(
        QCoreApplication.translate("messages", "覆盖"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QCoreApplication.translate("messages", "取消"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(reload)
    box.exec()
    clicked = box.clickedButton()
    if clicked is reload:
        return StaleChoice.RELOAD
    if clicked is overwrite:
        return StaleChoice.OVERWRITE
    return StaleChoice.CANCEL


def ask_status_choice(
    parent: QWidget | None, issues: Sequence[Disagreement]
) -> StatusChoice | None:
    """An issue-level state disagrees with the issue's measures (``domain.rollup``):
    bring the measures to it, keep them (the issue then takes the state they give), or
    cancel (None). The same question on every path that sets an issue's state."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui import labels

    lines = [
        QCoreApplication.translate(
            "messages",
            "问题 {number}：整改状态改为“{wanted}”，而其 {measures} 项整改措施合起来是“{rolled}”"
            "（要一致，需改动其中 {following} 项措施的整改状态）。",
        ).format(
            number=d.number,
            wanted=labels.status_label(d.wanted),
            measures=d.measures,
            rolled=labels.status_label(d.rolled),
            following=d.following,
        )
        for d in issues[:8]
    ]
    if len(issues) > 8:
        lines.append(
            QCoreApplication.translate("messages", "……共 {count} 个问题。").format(
                count=len(issues)
            )
        )
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("messages", "整改状态与整改措施不一致"))
    box.setText("\n".join(lines))
    box.setInformativeText(
        QCoreApplication.translate(
            "messages",
            "问题的整改状态由其整改措施决定。“措施一并修改”把这些措施的整改状态改为与问题一致；"
            "“按措施计算”保留措施不变，问题取措施合起来的状态。",
        )
    )
    follow = box.addButton(
        QCoreApplication.translate("messages", "措施一并修改"), QMessageBox.ButtonRole.AcceptRole
    )
    keep = box.addButton(
        QCoreApplication.translate("messages", "按措施计算"), QMessageBox.ButtonRole.ActionRole
    )
    cancel = box.addButton(
        QCoreApplication.translate("messages", "取消"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(follow)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is follow:
        return StatusChoice.MEASURES_FOLLOW
    if clicked is keep:
        return StatusChoice.KEEP_MEASURES
    return None


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """A line of text from the user, or None when cancelled."""
    from PySide6.QtWidgets import QInputDialog

    value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value if ok else None


def ask_open_file(parent: QWidget | None, title: str, filters: str) -> str | None:
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path or None


def ask_open_files(parent: QWidget | None, title: str, filters: str) -> list[str]:
    """Several files to open (empty when cancelled)."""
    from PySide6.QtWidgets import QFileDialog

    paths, _ = QFileDialog.getOpenFileNames(parent, title, "", filters)
    return list(paths)


_NOT_IN_FILE_NAMES = str.maketrans({c: "_" for c in '/\\:*?"<>|\n\t'})


def suggested_file(name: str) -> str:
    """Where a save dialog starts: the user's documents folder and ``name`` (with the
    characters a file name cannot hold replaced), so the clerk only confirms."""
    from PySide6.QtCore import QDir, QStandardPaths

    folder = (
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        or QDir.homePath()
    )
    return str(Path(folder) / name.translate(_NOT_IN_FILE_NAMES).strip())


def ask_save_file(
    parent: QWidget | None, title: str, filters: str, directory: str = ""
) -> str | None:
    """A file name to save to, or None when cancelled. ``directory`` is where the
    dialog starts: a folder, or a folder and a suggested file name."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(parent, title, directory, filters)
    return path or None


def ask_choice(
    parent: QWidget | None,
    text: str,
    buttons: Sequence[str],
    title: str | None = None,
) -> int | None:
    """A message with a button for each choice (and 关闭): the index of the button
    clicked, or None when closed."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title or QCoreApplication.translate("messages", "提示"))
    box.setText(text)
    offered = [box.addButton(label, QMessageBox.ButtonRole.ActionRole) for label in buttons]
    close = box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(close)
    box.setEscapeButton(close)
    box.exec()
    clicked = box.clickedButton()
    return next((n for n, button in enumerate(offered) if button is clicked), None)


def run_dialog(dialog: QDialog) -> bool:
    """Show a modal dialog; True when accepted. Tests replace this to fill the dialog's
    fields and call ``accept()`` instead of ``exec()``."""
    from PySide6.QtWidgets import QDialog

    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_directory(parent: QWidget | None, title: str, start: str = "") -> str | None:
    """A folder, or None when cancelled."""
    from PySide6.QtWidgets import QFileDialog

    path = QFileDialog.getExistingDirectory(parent, title, start)
    return path or None
