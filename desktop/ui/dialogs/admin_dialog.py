"""设置 → 账号与权限…: the office administrator's view of a shared ledger's roles (the
window's face of ``rectify admin``): the logins and their roles, 授予 (creating the
login without a password when missing), 收回, and 设置角色和策略 (``admin init``). The
server does the work and refuses what the administrator's own login may not do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.access import Role, role_label
from desktop.domain.texts import listed
from desktop.services.access import grant_login, init_roles, list_grants, revoke_login
from desktop.services.ledger import LedgerService
from desktop.storage.errors import LedgerError
from desktop.ui import messages, operations

# A grant's units, as a list, on its row's items (the shown text is for people).
_UNITS_ROLE = Qt.ItemDataRole.UserRole + 1


class AdminDialog(QDialog):
    def __init__(self, service: LedgerService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.engine = service.uow.engine
        self.setWindowTitle(self.tr("账号与权限"))
        self.resize(640, 480)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("登录名"), self.tr("角色"), self.tr("责任单位")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._pick)

        self.login = QLineEdit(self)
        self.role = QComboBox(self)
        for role in Role:
            self.role.addItem(role_label(role), role.value)
        self.units = QListWidget(self)
        self.units.setMaximumHeight(120)
        self.role.currentIndexChanged.connect(self._role_changed)
        form = QFormLayout()
        form.addRow(self.tr("登录名"), self.login)
        form.addRow(self.tr("角色"), self.role)
        form.addRow(self.tr("填报的责任单位"), self.units)

        self.init_button = QPushButton(self.tr("设置角色和策略"), self)
        self.init_button.setToolTip(
            self.tr("在服务器上建立台账的角色和行级安全策略（可重复进行，升级后请再做一次）")
        )
        self.grant_button = QPushButton(self.tr("授予"), self)
        self.revoke_button = QPushButton(self.tr("收回"), self)
        self.init_button.clicked.connect(self.init)
        self.grant_button.clicked.connect(self.grant)
        self.revoke_button.clicked.connect(self.revoke)
        buttons = QHBoxLayout()
        for button in (self.init_button, self.grant_button, self.revoke_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self._fill_units()
        self._role_changed()
        self.reload()

    def _fill_units(self) -> None:
        try:
            names = sorted(u.name for u in self.service.list_units())
        except LedgerError as exc:
            names = []
            self.status.setText(operations.failure_text(exc))
        for name in names:
            item = QListWidgetItem(name, self.units)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

    def _role_changed(self, *_args: object) -> None:
        self.units.setEnabled(self.role.currentData() == Role.UNIT.value)

    def _checked_units(self) -> list[str]:
        items = (self.units.item(i) for i in range(self.units.count()))
        return [i.text() for i in items if i.checkState() == Qt.CheckState.Checked]

    def reload(self) -> None:
        try:
            grants = list_grants(self.engine)
        except LedgerError as exc:
            self.table.setRowCount(0)
            self.status.setText(operations.failure_text(exc))
            self.grant_button.setEnabled(False)
            self.revoke_button.setEnabled(False)
            return
        self.grant_button.setEnabled(True)
        self.revoke_button.setEnabled(True)
        self.status.setText(
            self.tr(
                "{count} 个登录账号有这个台账的角色。登录账号的密码由数据库管理员设置。"
            ).format(count=len(grants))
        )
        self.table.setRowCount(len(grants))
        for row, grant in enumerate(grants):
            for column, value in enumerate(
                (grant.login, role_label(grant.role), listed(grant.units))
            ):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, grant.role.value)
                item.setData(_UNITS_ROLE, list(grant.units))
                self.table.setItem(row, column, item)

    def _pick(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        row = rows[0].row()
        login, role, unit_item = (self.table.item(row, c) for c in range(3))
        if login is None or role is None or unit_item is None:
            return
        units = set(unit_item.data(_UNITS_ROLE) or ())
        self.login.setText(login.text())
        self.role.setCurrentIndex(self.role.findData(role.data(Qt.ItemDataRole.UserRole)))
        for i in range(self.units.count()):
            item = self.units.item(i)
            item.setCheckState(
                Qt.CheckState.Checked if item.text() in units else Qt.CheckState.Unchecked
            )

    def _run(self, action: str) -> None:
        login = self.login.text().strip()
        try:
            if action == "init":
                init_roles(self.engine)
            elif action == "grant":
                role = Role(self.role.currentData())
                units = self._checked_units() if role is Role.UNIT else []
                grant_login(self.engine, login, role, units)
            else:
                revoke_login(self.engine, login)
        except LedgerError as exc:
            operations.tell_failure(self, exc)
        self.reload()

    def init(self) -> None:
        self._run("init")

    def grant(self) -> None:
        self._run("grant")

    def revoke(self) -> None:
        if messages.confirm(
            self, self.tr("收回 {login} 在这个台账上的角色？").format(login=self.login.text())
        ):
            self._run("revoke")
