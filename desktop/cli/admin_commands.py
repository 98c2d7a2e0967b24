"""``rectify admin``: a shared ledger's roles (PostgreSQL), for its administrator."""

from __future__ import annotations

import argparse

from desktop.cli.common import EXIT_OK, error, print_json
from desktop.domain.access import ROLE_LABELS, Role
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
            print(f"已为台账 {display_location(args.ledger)} 设置角色和行级安全策略：")
            for role, name in names.items():
                print(f"  {ROLE_LABELS[role]}：{name}")
        elif args.admin_command == "grant":
            role = Role(args.role)
            created = grant_login(engine, args.login, role, args.unit)
            if created:
                error(f"已新建登录账号 {args.login}（没有设置密码，由数据库管理员设置认证方式）。")
            units = f"（{'、'.join(args.unit)}）" if args.unit else ""
            print(f"{args.login} 现为“{ROLE_LABELS[role]}”{units}。")
        elif args.admin_command == "revoke":
            if revoke_login(engine, args.login):
                print(f"已收回 {args.login} 在这个台账上的角色。")
            else:
                print(f"{args.login} 在这个台账上没有角色，未作改动。")
        else:
            grants = list_grants(engine)
            if args.json:
                print_json([grant_json(g) for g in grants])
            else:
                for grant in grants:
                    print(describe_grant(grant))
                if not grants:
                    print("还没有任何登录账号获得这个台账的角色。")
    finally:
        engine.dispose()
    return EXIT_OK
