"""Who may do what on the open ledger, and the administrator's management of it (the
command line's ``rectify admin`` and the window's 账号与权限 dialog). The server
enforces the roles (``desktop.storage.roles``); the window only follows them."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from desktop.domain.access import Access, role_label, units_text
from desktop.storage.errors import LedgerError
from desktop.storage.roles import (
    Grant,
    RolesNotReady,
    access_of,
    grant_login,
    init_roles,
    list_grants,
    revoke_login,
    role_names,
)


def current_access(engine: Engine) -> Access:
    """What the login behind ``engine`` may do (everything on a ledger file). A server
    that cannot say (an old server, a catalogue we may not read) is taken at its word
    later: the window then allows everything and the server refuses what it must."""
    if engine.dialect.name != "postgresql":
        return Access()
    try:
        with engine.connect() as c:
            return access_of(c)
    except (SQLAlchemyError, LedgerError):
        return Access()


def describe_grant(grant: Grant) -> str:
    """One line of ``rectify admin list``."""
    return f"{grant.login}\t{role_label(grant.role)}{units_text(grant.units)}"


def grant_json(grant: Grant) -> dict[str, object]:
    return {
        "login": grant.login,
        "role": grant.role.value,
        "role_label": role_label(grant.role),
        "units": list(grant.units),
    }


__all__ = [
    "Grant",
    "RolesNotReady",
    "current_access",
    "describe_grant",
    "grant_json",
    "grant_login",
    "init_roles",
    "list_grants",
    "revoke_login",
    "role_names",
]
