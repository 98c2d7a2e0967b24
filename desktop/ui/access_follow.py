"""The window follows the login's role on a shared ledger (``domain.access``): what the
role may not change is read-only with the reason on hover, the actions it cannot use
are off, and 账号与权限… is there for an administrator. The server enforces the roles
whatever the window shows; a write it refuses reaches the user as the message of a
:class:`~desktop.storage.errors.LedgerForbidden` (``window.perform``).

A 只读 login uses the window's read-only mode (``ui.safety``), which also serves ledger
files that cannot be written; a 责任单位填报 login gets the form and measure cells it may
change for the issues of its units, and the progress and evidence tabs' add buttons.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from desktop.domain.access import FULL_ACCESS, Access, Role
from desktop.domain.records import IssueRecord, MeasureRecord
from desktop.domain.texts import listed
from desktop.ui.window_api import ActionKey, Menu

if TYPE_CHECKING:
    from desktop.ui.window_api import LedgerWindow
    from desktop.ui.window_parts import WindowParts


def measure_units(measure: MeasureRecord, issue: IssueRecord | None) -> tuple[str, list[str]]:
    """The units a measure is reported by: its own, or (having none) its issue's,
    as the server's policy ``rectify_my_measure`` reads them."""
    r = measure.responsibility
    if r.lead_unit or r.cooperating_units or issue is None:
        return r.lead_unit, list(r.cooperating_units)
    return issue.responsibility.lead_unit, list(issue.responsibility.cooperating_units)


class AccessFollower(QObject):
    """Keeps one window in step with what its login may do (the window API, and the
    window's own widgets it restyles, ``ui.window_parts``)."""

    def __init__(self, window: LedgerWindow, parts: WindowParts) -> None:
        super().__init__(window.widget())
        self.window = window
        self.parts = parts
        self._access: Access = FULL_ACCESS
        self._service: object | None = None
        self._restricted_shown = False
        self.admin_action = QAction(self.tr("账号与权限…"), window.widget())
        self.admin_action.setStatusTip(self.tr("服务器台账的角色：谁可以修改什么（管理员使用）"))
        self.admin_action.triggered.connect(lambda _c=False: self.open_admin())
        self.admin_action.setVisible(False)
        window.add_action(ActionKey.ACCOUNTS, self.admin_action, Menu.SETTINGS)

    # ------------------------------------------------------------------ access
    @property
    def access(self) -> Access:
        """The login's access, asked of the server once per opened ledger (everything
        while the service is still being opened, and on a ledger file)."""
        w = self.window
        if not w.service_ready:
            return FULL_ACCESS
        service = w.service
        if service is not self._service:
            from desktop.services.access import current_access

            self._service = service
            self._access = current_access(service.uow.engine)
        return self._access

    # ------------------------------------------------------------------ follow
    def enforce(self) -> None:
        """Called whenever the window updates its actions (after read-only mode)."""
        w, parts = self.window, self.parts
        if not shiboken6.isValid(parts.import_menu_action):  # the window is being torn down
            return
        access = self.access
        self.admin_action.setVisible(access.can_administer)
        unit = access.role is Role.UNIT
        save = w.action(ActionKey.SAVE_ISSUE)
        safety = parts.safety()
        if unit:
            kept = (save, w.action(ActionKey.UNDO), w.action(ActionKey.REDO))
            for action in safety.editing_actions():
                if action not in kept:
                    action.setEnabled(False)
        issue = parts.detail.issue
        if issue is not None and access.role is not Role.UNIT:
            save.setEnabled(save.isEnabled() and not access.read_only)
        if safety.read_only and not access.read_only:
            # A ledger file that cannot be written: read-only mode has it all.
            parts.detail.measures.model.may_edit = None
            parts.detail.measures.model.refusal = None
            self._restricted_shown = False
            return
        if unit or access.read_only or self._restricted_shown:
            if unit:
                safety.read_only_banner.show_text(
                    self.tr(
                        "责任单位填报账号：您的账号（{login}）只能为{units}牵头或配合的问题和措施"
                        "填写整改进展、添加佐证材料，修改进展说明、整改状态和完成时间。"
                    ).format(login=access.login, units=listed(sorted(access.units)))
                )
            elif not access.read_only:
                safety.read_only_banner.show_text("")
            self._follow_form(access, issue)
            self._follow_measures(access, issue)
            self._follow_tabs(access, issue)
            self._restricted_shown = unit or access.read_only

    def _follow_form(self, access: Access, issue: IssueRecord | None) -> None:
        form = self.parts.detail.form
        lead = issue.responsibility.lead_unit if issue is not None else ""
        coop = list(issue.responsibility.cooperating_units) if issue is not None else []
        for field, widget in form.fields.items():
            allowed = access.may_change(field, lead, coop) and not access.read_only
            reason = "" if allowed else access.refusal(lead, coop)
            if field == "status":  # the status and the 长期坚持 box share a row
                _set_editable(form.status, allowed, reason)
                long_term = access.may_change("long_term", lead, coop) and not access.read_only
                _set_editable(form.long_term, long_term, access.refusal(lead, coop))
                continue
            _set_editable(widget, allowed, reason)
        owned = access.owns(lead, coop) and not access.read_only
        detail = self.parts.detail
        if access.role is Role.UNIT:
            detail.save_button.setVisible(owned)
            detail.revert_button.setVisible(owned)
            self.window.action(ActionKey.SAVE_ISSUE).setEnabled(issue is not None and owned)

    def _follow_measures(self, access: Access, issue: IssueRecord | None) -> None:
        measures = self.parts.detail.measures
        model = measures.model
        if access.role is Role.UNIT:

            def may_edit(record: MeasureRecord, field: str) -> bool:
                return access.may_change(field, *measure_units(record, issue))

            def refusal(record: MeasureRecord) -> str:
                return access.refusal(*measure_units(record, issue))

            model.may_edit = may_edit
            model.refusal = refusal
        else:
            model.may_edit = None
            model.refusal = None
            if access.read_only:
                model.refusal = lambda _record: access.refusal()
        editing = access.role is not Role.UNIT and not access.read_only
        for button in (
            measures.add_button,
            measures.delete_button,
            measures.up_button,
            measures.down_button,
        ):
            button.setVisible(editing)

    def _follow_tabs(self, access: Access, issue: IssueRecord | None) -> None:
        tabs = self.parts.supervision_tabs()
        if tabs is None or access.role is not Role.UNIT:
            return
        lead = issue.responsibility.lead_unit if issue is not None else ""
        coop = list(issue.responsibility.cooperating_units) if issue is not None else []
        # A unit's measure under another unit's issue: notes and evidence on it.
        owned = access.owns(lead, coop) or any(
            access.owns(*measure_units(m, issue))
            for m in self.parts.detail.measures.model.records()
        )
        tabs.set_read_only(not owned)
        for button in (
            tabs.progress.delete_button,
            tabs.evidence.rename_button,
            tabs.evidence.remove_button,
            tabs.postponement.request_button,
            tabs.postponement.approve_button,
            tabs.postponement.refuse_button,
            tabs.sign_off.apply_button,
            tabs.sign_off.approve_button,
            tabs.sign_off.return_button,
            tabs.sign_off.reopen_button,
            tabs.outcomes.add_button,
            tabs.outcomes.edit_button,
            tabs.outcomes.delete_button,
        ):
            button.setVisible(False)
        reason = access.refusal(lead, coop) if not owned else ""
        tabs.progress.setToolTip(reason)
        tabs.evidence.setToolTip(reason)

    # ------------------------------------------------------------------- admin
    def open_admin(self) -> None:
        from desktop.ui import messages
        from desktop.ui.dialogs.admin_dialog import AdminDialog

        dialog = AdminDialog(self.window.service, self.window.widget())
        try:
            messages.run_dialog(dialog)
        finally:
            dialog.deleteLater()


def _set_editable(widget: QWidget, allowed: bool, reason: str) -> None:
    """Editable or read-only (text stays selectable), with the reason on hover."""
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        widget.setReadOnly(not allowed)
    elif isinstance(widget, QComboBox | QAbstractButton):
        widget.setEnabled(allowed)
    else:  # a composite (the date fields): its line edit and its button
        for line in widget.findChildren(QLineEdit):
            line.setReadOnly(not allowed)
        for button in widget.findChildren(QAbstractButton):
            button.setEnabled(allowed)
    widget.setToolTip(reason)


def install_access_follow(window: LedgerWindow, parts: WindowParts) -> AccessFollower:
    """Add 设置 → 账号与权限… and follow the login's role (see the module docstring)."""
    return AccessFollower(window, parts)
