"""Screenshots of the window on a shared ledger as a 只读 login and as a 责任单位填报
login (机关党委), offscreen, on the PostgreSQL server in ``RECTIFY_TEST_PG_URL``:

    .ci/with-postgres.sh python -m tests.tools.roles_screenshot OUTDIR

Makes the database ``rectify_roles_shots`` (dropped first), the demo ledger in it, its
roles and two logins, then grabs issue 2 (机关党委's) and issue 1 (not theirs) for each.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    server = make_url(os.environ["RECTIFY_TEST_PG_URL"])
    admin = create_engine(server, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as c:
        c.exec_driver_sql("DROP DATABASE IF EXISTS rectify_roles_shots WITH (FORCE)")
        c.exec_driver_sql("CREATE DATABASE rectify_roles_shots ENCODING 'UTF8' TEMPLATE template0")
    url = server.set(database="rectify_roles_shots")

    from desktop.domain.access import Role
    from desktop.services.access import grant_login, init_roles
    from desktop.services.demo import load_demo
    from desktop.services.ledger import LedgerService
    from desktop.storage.migrate import open_ledger

    engine = open_ledger(url.render_as_string(hide_password=False))
    load_demo(LedgerService(engine, "办公室"))
    init_roles(engine)
    grant_login(engine, "shot_reader", Role.READER)
    grant_login(engine, "shot_unit", Role.UNIT, ["机关党委"])
    engine.dispose()
    for login in ("shot_reader", "shot_unit"):
        ledger = url.set(username=login).render_as_string(hide_password=False)
        for issue, tab in (("2", 0), ("1", 0), ("2", 1)):
            target = out / f"{login}-issue{issue}-tab{tab}.png"
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "tests.tools.screenshot",
                    ledger,
                    str(target),
                    "--issue",
                    issue,
                    "--tab",
                    str(tab),
                ],
                check=True,
            )
            print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
