"""The 打印字体 group of the settings dialog: a font family for each printing role."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from desktop.domain.texts import listed
from desktop.printing.fonts import (
    Face,
    NoChineseFont,
    extracts_faithfully,
    register_bundled_fonts,
    resolve_fonts,
)


class PrintFontGroup(QGroupBox):
    """Chooses the family printed for each role (title, body, headings, page numbers):
    自动 (the best installed font, else the bundled one) or any installed Chinese
    family, each shown in its own face. A note warns when a chosen family would make
    the PDF's text unsearchable (see ``printing.fonts.extracts_faithfully``).
    ``choices()`` gives what to store: face name -> family, automatic faces left out."""

    def __init__(self, chosen: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("打印字体"), parent)
        register_bundled_fonts()
        try:
            automatic: dict[Face, str] = dict(resolve_fonts().chosen)
        except NoChineseFont:
            automatic = {}
        families = sorted(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))
        roles = {
            Face.XIAOBIAOSONG: self.tr("标题（小标宋）"),
            Face.FANGSONG: self.tr("正文（仿宋）"),
            Face.HEITI: self.tr("一级标题（黑体）"),
            Face.KAITI: self.tr("二级标题（楷体）"),
            Face.SONGTI: self.tr("页码（宋体）"),
        }
        self.combos: dict[Face, QComboBox] = {}
        form = QFormLayout(self)
        for face, label in roles.items():
            combo = QComboBox(self)
            auto = automatic.get(face)
            combo.addItem(
                self.tr("自动（{family}）").format(family=auto) if auto else self.tr("自动"), ""
            )
            for family in families:
                combo.addItem(family, family)
                combo.setItemData(combo.count() - 1, QFont(family), Qt.ItemDataRole.FontRole)
            wanted = chosen.get(face.value, "")
            if wanted and combo.findData(wanted) < 0:
                # A family chosen earlier that is no longer installed: show it, so the
                # user sees why printing falls back to the automatic choice.
                combo.addItem(self.tr("{family}（未安装）").format(family=wanted), wanted)
            combo.setCurrentIndex(max(0, combo.findData(wanted)))
            combo.currentIndexChanged.connect(self._update_note)
            form.addRow(label, combo)
            self.combos[face] = combo
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        form.addRow(self.note)
        self._update_note()

    def choices(self) -> dict[str, str]:
        """Face name -> chosen family, for ``AppSettings.print_fonts``."""
        return {
            face.value: str(combo.currentData())
            for face, combo in self.combos.items()
            if combo.currentData()
        }

    def _update_note(self) -> None:
        installed = set(QFontDatabase.families())
        chosen = {str(c.currentData()) for c in self.combos.values() if c.currentData()}
        missing = sorted(f for f in chosen if f not in installed)
        unfaithful = sorted(f for f in chosen if f in installed and not extracts_faithfully(f))
        lines = []
        if missing:
            lines.append(
                self.tr("未安装的字体（{families}）将自动改用其他字体。").format(
                    families=listed(missing)
                )
            )
        if unfaithful:
            lines.append(
                self.tr(
                    "用“{families}”导出的 PDF 中，部分汉字（如“一”“工”）可能无法搜索和复制。"
                ).format(families=listed(unfaithful))
            )
        self.note.setText("\n".join(lines))
        self.note.setVisible(bool(lines))
