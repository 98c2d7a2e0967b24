"""Who may change what in a shared ledger (a ledger on a PostgreSQL server).

Four roles, kept as PostgreSQL roles by the server (``desktop.storage.roles`` creates
them and the row-level security policies that enforce them); the window only follows
what the server will allow, it does not decide it:

- 管理员 (``admin``): everything, including who may do what;
- 台账管理员 (``manager``): edits the ledger, imports, merges, signs off;
- 责任单位填报 (``unit``): for the issues and measures whose lead or cooperating unit is
  one of theirs, adds progress notes and evidence and changes progress, status and
  completion date; nothing else;
- 只读 (``reader``): reads and exports.

A ledger file (SQLite), or a server ledger whose roles were never set up, has no roles:
whoever opens it may change everything (:data:`FULL_ACCESS`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.texts import Message, Msg, listed


class Role(StrEnum):
    ADMIN = "admin"
    MANAGER = "manager"
    UNIT = "unit"
    READER = "reader"


_ROLE_WORDS: dict[Role, str] = {
    Role.ADMIN: Msg.ROLE_ADMIN,
    Role.MANAGER: Msg.ROLE_MANAGER,
    Role.UNIT: Msg.ROLE_UNIT,
    Role.READER: Msg.ROLE_READER,
}


def role_label(role: Role) -> str:
    """A role's word in the installed language (管理员, Administrator…)."""
    return Message(_ROLE_WORDS[role])


def units_text(units: Iterable[str]) -> str:
    """A login's units after its role: ``（财政局、审计局）``; "" for none."""
    units = list(units)
    return Message(Msg.GRANT_UNITS, units=listed(units)) if units else ""


# The columns of an issue or measure a unit clerk may change (record fields and table
# columns alike); the server's trigger refuses any other (storage.roles says so too).
UNIT_FIELDS = frozenset({"progress", "status", "completion_date"})
# Columns the app itself changes with any edit of an issue or measure.
BOOKKEEPING_COLUMNS = frozenset({"revision", "updated_at", "updated_by"})


@dataclass(frozen=True, slots=True)
class Access:
    """What the person at the window may do. ``login`` is the server's name for them
    (empty for a ledger file); ``units`` the unit names a unit clerk reports for."""

    role: Role | None = None  # None: no roles on this ledger, everything allowed
    login: str = ""
    units: frozenset[str] = frozenset()

    @property
    def label(self) -> str:
        return role_label(self.role) if self.role is not None else ""

    @property
    def can_edit_ledger(self) -> bool:
        """Create, delete and edit anything: import, merge, sign off, undo."""
        return self.role in (None, Role.ADMIN, Role.MANAGER)

    @property
    def can_report(self) -> bool:
        """Report on at least some issues (edit everything, or a unit clerk's own)."""
        return self.can_edit_ledger or self.role is Role.UNIT

    @property
    def can_administer(self) -> bool:
        return self.role is Role.ADMIN

    @property
    def read_only(self) -> bool:
        return self.role is Role.READER

    def owns(self, lead_unit: str, cooperating_units: Iterable[str]) -> bool:
        """Whether a unit clerk reports on a record with these units (the rule the
        server's policies enforce: its lead or a cooperating unit is one of theirs)."""
        if self.role is not Role.UNIT:
            return self.can_edit_ledger
        return lead_unit in self.units or any(u in self.units for u in cooperating_units)

    def may_change(self, field: str, lead_unit: str, cooperating_units: Iterable[str]) -> bool:
        """Whether a field of an issue or measure with these units may be changed."""
        if self.role is Role.UNIT:
            return field in UNIT_FIELDS and self.owns(lead_unit, cooperating_units)
        return self.can_edit_ledger

    def refusal(self, lead_unit: str = "", cooperating_units: Iterable[str] = ()) -> str:
        """Why something may not be changed, for a tooltip ("" when it may)."""
        if self.role is Role.READER:
            return Message(Msg.ACCESS_READER_REFUSAL, login=self.login)
        if self.role is Role.UNIT:
            if not self.owns(lead_unit, cooperating_units):
                mine = listed(sorted(self.units)) or Message(Msg.ACCESS_NO_UNITS)
                return Message(Msg.ACCESS_NOT_YOUR_UNIT, login=self.login, units=mine)
            return Message(Msg.ACCESS_UNIT_FIELDS_ONLY, login=self.login)
        return ""


FULL_ACCESS = Access()


def operator_text(operator: str, login: str | None) -> str:
    """Who made a change, for people: the display name the client gave and, beside
    it, the login the server recorded (when there is one and it says something more)."""
    if not login or login == operator:
        return operator or (login or "")
    return f"{operator}（{login}）" if operator else login


__all__ = [
    "BOOKKEEPING_COLUMNS",
    "FULL_ACCESS",
    "UNIT_FIELDS",
    "Access",
    "Role",
    "operator_text",
    "role_label",
    "units_text",
]
