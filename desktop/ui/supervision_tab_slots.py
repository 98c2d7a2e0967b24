"""The supervision tabs' places in the detail pane, kept until the tabs are needed.

Building the five supervision tabs (and importing their module with its dialogs,
commands and panels) costs more than the rest of the detail pane, and none of them is
visible when the window first shows. :func:`install_supervision_tabs` therefore only
adds empty pages with the tabs' titles and tooltips before 历史; the real tabs
(:class:`~desktop.ui.supervision_tabs.SupervisionTabs`) replace them the first time one
of them is chosen or anything asks for ``MainWindow.supervision_tabs``. Until then an issue
shown in the pane loads nothing for them, and read-only mode has nothing to hide: the
tabs apply it when they are built.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from desktop.ui.detail_pane import DetailPane
    from desktop.ui.supervision_tabs import SupervisionTabs
    from desktop.ui.window_api import LedgerWindow


def tab_titles() -> list[tuple[str, str]]:
    """The five tabs' (title, tooltip), in their order. Short titles, so that all
    eight tabs fit the pane; the tooltip says it all."""

    # Spelled out for lupdate, in the tabs' own translation context.
    translate = QCoreApplication.translate
    return [
        (
            translate("SupervisionTabs", "进展"),
            translate("SupervisionTabs", "整改进展：定期报告的进展情况"),
        ),
        (
            translate("SupervisionTabs", "佐证"),
            translate("SupervisionTabs", "佐证材料：会议纪要、照片、制度文件等"),
        ),
        (
            translate("SupervisionTabs", "延期"),
            translate("SupervisionTabs", "延期：申请延长整改时限及审批"),
        ),
        (
            translate("SupervisionTabs", "销号"),
            translate("SupervisionTabs", "销号：申请销号、审核和回头看"),
        ),
        (
            translate("SupervisionTabs", "成效"),
            translate("SupervisionTabs", "整改成效：建章立制、问责和资金"),
        ),
    ]


class SupervisionTabSlots(QObject):
    """The empty pages standing in for the supervision tabs in ``detail``, and the tabs
    once built (:attr:`built`; :meth:`tabs` builds them, then calls ``on_built``)."""

    def __init__(
        self,
        window: LedgerWindow,
        detail: DetailPane,
        on_built: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(window.widget())
        self.window = window
        self.detail = detail
        self.on_built = on_built
        self.built: SupervisionTabs | None = None
        self.pages: list[QWidget] = []
        at = detail.tabs.indexOf(detail.history)
        for title, tip in tab_titles():
            page = QWidget(detail)
            detail.tabs.insertTab(at, page, title)
            detail.tabs.setTabToolTip(at, tip)
            self.pages.append(page)
            at += 1
        detail.tabs.currentChanged.connect(self._on_current_changed)

    def _on_current_changed(self, index: int) -> None:
        if self.built is None and self.detail.tabs.widget(index) in self.pages:
            self.tabs()

    def tabs(self) -> SupervisionTabs:
        """The supervision tabs, built now if they are not yet."""
        if self.built is None:
            from desktop.ui.supervision_tabs import SupervisionTabs

            self.detail.tabs.currentChanged.disconnect(self._on_current_changed)
            self.built = SupervisionTabs(self.window, self.detail, self.pages)
            self.pages = []
            if self.on_built is not None:
                self.on_built()
        return self.built


def install_supervision_tabs(
    window: LedgerWindow, detail: DetailPane, on_built: Callable[[], object] | None = None
) -> SupervisionTabSlots:
    """Reserve the supervision tabs' places in the window's detail pane (before 历史);
    the tabs themselves are built when first needed (then ``on_built`` is called: the
    window applies a shared ledger's role to them)."""
    return SupervisionTabSlots(window, detail, on_built)


__all__ = ["SupervisionTabSlots", "install_supervision_tabs", "tab_titles"]
