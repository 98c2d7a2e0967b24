"""``rectify admin``: a shared ledger's roles (PostgreSQL), for its administrator."""

from __future__ import annotations

import argparse

from desktop.cli.common import EXIT_OK, error, print_json
from desktop.domain.access import Role, role_label, units_text
from desktop.domain.texts import Message, Msg
from desktop.services.access import (
    describe_grant,
    grant_json,
    grant_login,
    init_roles,
    list_grants,
    revoke_login,
)
from desktop.storage.engine import display_location
from desktop.storage.migrate import open_ledger


def run_admin(args: argparse.Namespace) -> int:
    engine = open_ledger(args.ledger)
    try:
        if args.admin_command == "init":
            names = init_roles(engine)
            print(Message(Msg.ROLES_SET_UP, ledger=display_location(args.ledger)))
            for role, name in names.items():
                print(Message(Msg.ROLE_NAME_LINE, role=role_label(role), name=name))
        elif args.admin_command == "grant":
            role = Role(args.role)
            created = grant_login(engine, args.login, role, args.unit)
            if created:
                error(Message(Msg.LOGIN_CREATED, login=args.login))
            print(
                Message(
                    Msg.LOGIN_HAS_ROLE,
                    login=args.login,
                    ROLE_LABELS=role_label(role),
                    units=units_text(args.unit or ()),
                )
            )
        elif args.admin_command == "revoke":
            if revoke_login(engine, args.login):
                print(Message(Msg.LOGIN_REVOKED, login=args.login))
            else:
                print(Message(Msg.LOGIN_HAD_NO_ROLE, login=args.login))
        else:
            grants = list_grants(engine)
            if args.json:
                print_json([grant_json(g) for g in grants])
            else:
                for grant in grants:
                    print(describe_grant(grant))
                if not grants:
                    print(Message(Msg.NO_LOGINS))
    finally:
        engine.dispose()
    return EXIT_OK
