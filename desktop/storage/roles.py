"""A shared ledger's PostgreSQL roles and the row-level security that enforces them.

``init_roles`` (``rectify admin init``) creates four group roles named after the
database (``<db>_admin``, ``<db>_manager``, ``<db>_unit``, ``<db>_reader``: roles are
shared by every database of a server, so each ledger has its own), grants them their
rights on the ledger's tables, turns row-level security on and (re)creates the policies;
it can run again at any time (after an upgrade, say). ``grant_login`` makes a login a
member of one of them (creating the login, without a password, when it is missing) and,
for a unit clerk, records its units in ``unit_login``. What each role may do is
described in :mod:`desktop.domain.access`; here it is enforced:

- every role reads everything; 管理员 and 台账管理员 write everything (管理员 also
  ``unit_login``);
- 责任单位填报 may update issues and measures whose lead or cooperating unit is theirs
  (a measure with no unit of its own: its issue's), and only progress, status and
  completion date (a trigger refuses other columns, naming them); may add progress
  notes and evidence to those; may add history and extend the chain head; nothing else;
- 只读 reads only.

Superusers and the tables' owner are not bound by row-level security: they are the
server's administrators. Nothing here runs on SQLite.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, text

from desktop.domain.access import BOOKKEEPING_COLUMNS, UNIT_FIELDS, Access, Role
from desktop.domain.texts import Message, Msg
from desktop.storage.errors import LedgerError
from desktop.storage.integrity import LOGIN_TRIGGER

# Tables whose rows the roles read and (some of them) write, under row-level security.
DATA_TABLES = (
    "inspection",
    "category",
    "unit",
    "issue",
    "measure",
    "issue_cooperating_unit",
    "measure_cooperating_unit",
    "progress_note",
    "evidence",
    "evidence_blob",
    "evidence_chunk",
    "sign_off",
    "outcome",
    "postponement",
    "history_batch",
    "history",
    "setting",
)
# Read by every role, written by administrators only (no row-level security: whole-table).
ADMIN_TABLES = ("unit_login",)
READ_ONLY_TABLES = ("alembic_version",)
HEAD_SETTING = "history_head"

# What a unit clerk may do beyond reading: (table, privileges).
_UNIT_PRIVILEGES = (
    ("issue", "UPDATE"),
    ("measure", "UPDATE"),
    ("progress_note", "INSERT"),
    ("evidence", "INSERT"),
    # UPDATE only so that storing evidence can lock the content's row (FOR UPDATE);
    # the policy refuses an actual update.
    ("evidence_blob", "INSERT, UPDATE"),
    ("evidence_chunk", "INSERT"),
    ("history_batch", "INSERT"),
    ("history", "INSERT"),
    ("setting", "INSERT, UPDATE"),
)


class RolesNotReady(LedgerError):
    """``rectify admin`` asked for something before ``init`` (or about an unknown unit)."""


def role_names(database: str) -> dict[Role, str]:
    """The server's names of a ledger's roles, from its database name (at most 63
    bytes: a long database name is shortened and given a hash)."""
    base = database
    if len(base.encode()) > 48:
        digest = hashlib.sha256(base.encode()).hexdigest()[:8]
        base = base.encode()[:36].decode(errors="ignore") + "_" + digest
    return {role: f"{base}_{role.value}" for role in Role}


def _q(name: str) -> str:
    """A quoted identifier."""
    return '"' + name.replace('"', '""') + '"'


def _run(c: Connection, sql: str) -> None:
    """Run DDL as written (psycopg would read its ``%`` as parameter markers)."""
    c.exec_driver_sql(sql.replace("%", "%%"))


def _database(c: Connection) -> str:
    return str(c.scalar(text("SELECT current_database()")))


def _existing_roles(c: Connection, names: Iterable[str]) -> set[str]:
    rows = c.execute(
        text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:names)"), {"names": list(names)}
    ).scalars()
    return set(rows)


def _require_postgres(engine: Engine | Connection) -> None:
    if engine.dialect.name != "postgresql":
        raise RolesNotReady(Message(Msg.ROLES_SERVER_ONLY))


def _login_trigger_sql() -> list[str]:
    """The trigger that writes the server's login into each new history batch, as
    migration 0004 made it: ``init`` puts it back should it have been dropped or
    disabled (``rectify check`` says so when it is)."""
    return [
        f"""CREATE OR REPLACE FUNCTION {LOGIN_TRIGGER}() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    NEW.login := session_user;
                ELSE
                    NEW.login := OLD.login;
                END IF;
                RETURN NEW;
            END
            $$""",
        f"DROP TRIGGER IF EXISTS {LOGIN_TRIGGER} ON history_batch",
        f"CREATE TRIGGER {LOGIN_TRIGGER} BEFORE INSERT OR UPDATE ON history_batch "
        f"FOR EACH ROW EXECUTE FUNCTION {LOGIN_TRIGGER}()",
    ]


def _functions_sql(names: dict[Role, str]) -> list[str]:
    allowed = ", ".join(f"'{c}'" for c in sorted(UNIT_FIELDS | BOOKKEEPING_COLUMNS))
    unit, manager, admin = (names[Role.UNIT], names[Role.MANAGER], names[Role.ADMIN])
    return [
        """CREATE OR REPLACE FUNCTION rectify_my_units() RETURNS SETOF integer
           LANGUAGE sql STABLE AS
           $$ SELECT unit_id FROM unit_login WHERE login = session_user $$""",
        """CREATE OR REPLACE FUNCTION rectify_my_issue(issue integer) RETURNS boolean
           LANGUAGE sql STABLE AS $$
             SELECT EXISTS (SELECT 1 FROM issue i WHERE i.id = issue
                            AND i.lead_unit_id IN (SELECT rectify_my_units()))
                 OR EXISTS (SELECT 1 FROM issue_cooperating_unit c WHERE c.issue_id = issue
                            AND c.unit_id IN (SELECT rectify_my_units()))
           $$""",
        # A measure is the clerk's when its lead or a cooperating unit is theirs; a
        # measure with no unit of its own follows its issue (domain.access says so too).
        """CREATE OR REPLACE FUNCTION rectify_my_measure(measure integer) RETURNS boolean
           LANGUAGE sql STABLE AS $$
             SELECT EXISTS (SELECT 1 FROM measure m WHERE m.id = measure AND (
                      m.lead_unit_id IN (SELECT rectify_my_units())
                      OR EXISTS (SELECT 1 FROM measure_cooperating_unit c
                                 WHERE c.measure_id = m.id
                                 AND c.unit_id IN (SELECT rectify_my_units()))
                      OR (m.lead_unit_id IS NULL
                          AND NOT EXISTS (SELECT 1 FROM measure_cooperating_unit c
                                          WHERE c.measure_id = m.id)
                          AND rectify_my_issue(m.issue_id))))
           $$""",
        f"""CREATE OR REPLACE FUNCTION rectify_unit_columns() RETURNS trigger
           LANGUAGE plpgsql AS $$
           DECLARE
               changed text;
           BEGIN
               IF pg_has_role(session_user, '{unit}', 'MEMBER')
                  AND NOT pg_has_role(session_user, '{manager}', 'MEMBER')
                  AND NOT pg_has_role(session_user, '{admin}', 'MEMBER') THEN
                   SELECT string_agg(n.key, ', ' ORDER BY n.key) INTO changed
                     FROM jsonb_each(to_jsonb(NEW)) n
                    WHERE n.key NOT IN ({allowed})
                      AND n.value IS DISTINCT FROM (to_jsonb(OLD) -> n.key);
                   IF changed IS NOT NULL THEN
                       RAISE EXCEPTION
                           '责任单位填报账号 % 只能修改进展、状态和完成时间，不能修改 %.%',
                           session_user, TG_TABLE_NAME, changed
                           USING ERRCODE = 'insufficient_privilege';
                   END IF;
               END IF;
               RETURN NEW;
           END
           $$""",
    ]


def _policies_sql(names: dict[Role, str]) -> list[str]:
    everyone = ", ".join(_q(names[r]) for r in Role)
    writers = ", ".join(_q(names[r]) for r in (Role.ADMIN, Role.MANAGER))
    unit = _q(names[Role.UNIT])
    mine_note = (
        "CASE WHEN measure_id IS NULL THEN rectify_my_issue(issue_id) "
        "ELSE rectify_my_measure(measure_id) END"
    )
    unit_policies: dict[str, list[str]] = {
        # USING (true): a refused row is refused loudly by WITH CHECK, not skipped.
        "issue": [f"FOR UPDATE TO {unit} USING (true) WITH CHECK (rectify_my_issue(id))"],
        "measure": [f"FOR UPDATE TO {unit} USING (true) WITH CHECK (rectify_my_measure(id))"],
        "progress_note": [f"FOR INSERT TO {unit} WITH CHECK ({mine_note})"],
        "evidence": [f"FOR INSERT TO {unit} WITH CHECK ({mine_note})"],
        "evidence_blob": [
            f"FOR INSERT TO {unit} WITH CHECK (true)",
            f"FOR UPDATE TO {unit} USING (true) WITH CHECK (false)",
        ],
        "evidence_chunk": [f"FOR INSERT TO {unit} WITH CHECK (true)"],
        "history_batch": [f"FOR INSERT TO {unit} WITH CHECK (true)"],
        "history": [f"FOR INSERT TO {unit} WITH CHECK (true)"],
        "setting": [
            f"FOR INSERT TO {unit} WITH CHECK (name = '{HEAD_SETTING}')",
            f"FOR UPDATE TO {unit} USING (name = '{HEAD_SETTING}') "
            f"WITH CHECK (name = '{HEAD_SETTING}')",
        ],
    }
    statements: list[str] = []
    for table in DATA_TABLES:
        existing = f"SELECT polname FROM pg_policy WHERE polrelid = '{table}'::regclass"
        statements.append(
            f"DO $$ DECLARE p text; BEGIN FOR p IN {existing} AND polname LIKE 'rectify_%' "
            f"LOOP EXECUTE format('DROP POLICY %I ON {table}', p); END LOOP; END $$"
        )
        statements.append(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        statements.append(
            f"CREATE POLICY rectify_read ON {table} FOR SELECT TO {everyone} USING (true)"
        )
        statements.append(
            f"CREATE POLICY rectify_write ON {table} FOR ALL TO {writers} "
            "USING (true) WITH CHECK (true)"
        )
        for n, body in enumerate(unit_policies.get(table, [])):
            statements.append(f"CREATE POLICY rectify_unit_{n} ON {table} {body}")
    for table in ("issue", "measure"):
        statements.append(f"DROP TRIGGER IF EXISTS rectify_unit_columns ON {table}")
        statements.append(
            f"CREATE TRIGGER rectify_unit_columns BEFORE UPDATE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION rectify_unit_columns()"
        )
    return statements


def _grants_sql(names: dict[Role, str]) -> list[str]:
    everyone = ", ".join(_q(names[r]) for r in Role)
    admin, manager, unit = (_q(names[Role.ADMIN]), _q(names[Role.MANAGER]), _q(names[Role.UNIT]))
    data = ", ".join(DATA_TABLES)
    statements = [
        f"GRANT USAGE ON SCHEMA public TO {everyone}",
        f"GRANT SELECT ON {data}, {', '.join(ADMIN_TABLES + READ_ONLY_TABLES)} TO {everyone}",
        f"GRANT INSERT, UPDATE, DELETE ON {data} TO {admin}, {manager}",
        f"GRANT INSERT, UPDATE, DELETE ON {', '.join(ADMIN_TABLES)} TO {admin}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {admin}, {manager}, {unit}",
        f"GRANT EXECUTE ON FUNCTION rectify_my_units(), rectify_my_issue(integer), "
        f"rectify_my_measure(integer) TO {everyone}",
    ]
    statements += [f"GRANT {what} ON {table} TO {unit}" for table, what in _UNIT_PRIVILEGES]
    return statements


def init_roles(engine: Engine) -> dict[Role, str]:
    """Create the ledger's roles (when missing), their rights and the policies, in one
    transaction; safe to run again. Returns the role names. Needs a login that may
    create roles and owns the ledger's tables (the one that created the ledger)."""
    _require_postgres(engine)
    with engine.begin() as c:
        names = role_names(_database(c))
        present = _existing_roles(c, names.values())
        for name in names.values():
            if name not in present:
                c.exec_driver_sql(f"CREATE ROLE {_q(name)} NOLOGIN")
        statements = _login_trigger_sql() + _functions_sql(names)
        for statement in statements + _policies_sql(names) + _grants_sql(names):
            _run(c, statement)
    return names


def _ready_names(c: Connection) -> dict[Role, str]:
    names = role_names(_database(c))
    if _existing_roles(c, names.values()) != set(names.values()):
        raise RolesNotReady(Message(Msg.ROLES_NOT_SET_UP))
    return names


def _units_by_name(c: Connection, units: Sequence[str]) -> list[int]:
    known: dict[str, int] = {n: i for n, i in c.execute(text("SELECT name, id FROM unit"))}
    missing = [u for u in units if u not in known]
    if missing:
        raise RolesNotReady(
            Message(Msg.UNKNOWN_UNITS, missing=Message(Msg.LIST_SEPARATOR).join(missing))
        )
    return [int(known[u]) for u in units]


def grant_login(engine: Engine, login: str, role: Role, units: Sequence[str] = ()) -> bool:
    """Give a login one of the ledger's roles (instead of any other it had), creating
    the login without a password when missing; a unit clerk's units replace the ones
    it had. Returns True when the login was created."""
    _require_postgres(engine)
    login = login.strip()
    if not login:
        raise RolesNotReady(Message(Msg.LOGIN_REQUIRED))
    if role is Role.UNIT and not units:
        raise RolesNotReady(Message(Msg.UNIT_LOGIN_NEEDS_UNIT))
    if role is not Role.UNIT and units:
        raise RolesNotReady(Message(Msg.UNITS_FOR_UNIT_LOGIN_ONLY))
    with engine.begin() as c:
        names = _ready_names(c)
        if login in names.values():
            raise RolesNotReady(Message(Msg.ROLE_NOT_LOGIN, login=login))
        unit_ids = _units_by_name(c, units)
        created = not _existing_roles(c, [login])
        if created:
            c.exec_driver_sql(f"CREATE ROLE {_q(login)} LOGIN")
        _revoke(c, names, login)
        c.exec_driver_sql(f"GRANT {_q(names[role])} TO {_q(login)}")
        for unit_id in unit_ids:
            c.execute(
                text("INSERT INTO unit_login (login, unit_id) VALUES (:l, :u)"),
                {"l": login, "u": unit_id},
            )
    return created


def _revoke(c: Connection, names: dict[Role, str], login: str) -> None:
    held = _held_roles(c, names, login)
    for name in held:
        c.exec_driver_sql(f"REVOKE {_q(name)} FROM {_q(login)}")
    c.execute(text("DELETE FROM unit_login WHERE login = :l"), {"l": login})


def _held_roles(c: Connection, names: dict[Role, str], login: str) -> list[str]:
    return list(
        c.execute(
            text(
                "SELECT r.rolname FROM pg_auth_members am "
                "JOIN pg_roles r ON r.oid = am.roleid JOIN pg_roles m ON m.oid = am.member "
                "WHERE m.rolname = :login AND r.rolname = ANY(:names)"
            ),
            {"login": login, "names": list(names.values())},
        ).scalars()
    )


def revoke_login(engine: Engine, login: str) -> bool:
    """Take the ledger's roles (and units) from a login; the login itself stays (it is
    the server's). Returns False when it had none."""
    _require_postgres(engine)
    with engine.begin() as c:
        names = _ready_names(c)
        had = bool(_held_roles(c, names, login)) or bool(
            c.scalar(text("SELECT count(*) FROM unit_login WHERE login = :l"), {"l": login})
        )
        _revoke(c, names, login)
    return had


@dataclass(frozen=True, slots=True)
class Grant:
    """One login's role on the ledger (and a unit clerk's units)."""

    login: str
    role: Role
    units: tuple[str, ...] = field(default=())


def list_grants(engine: Engine) -> list[Grant]:
    """Every login holding one of the ledger's roles, by role then name."""
    _require_postgres(engine)
    with engine.connect() as c:
        names = _ready_names(c)
        by_name = {name: role for role, name in names.items()}
        rows = c.execute(
            text(
                "SELECT m.rolname, r.rolname FROM pg_auth_members am "
                "JOIN pg_roles r ON r.oid = am.roleid JOIN pg_roles m ON m.oid = am.member "
                "WHERE r.rolname = ANY(:names)"
            ),
            {"names": list(names.values())},
        )
        units: dict[str, list[str]] = {}
        for login, unit in c.execute(
            text(
                "SELECT ul.login, u.name FROM unit_login ul JOIN unit u ON u.id = ul.unit_id "
                "ORDER BY ul.login, u.name"
            )
        ):
            units.setdefault(login, []).append(unit)
        grants = [
            Grant(login, by_name[group], tuple(units.get(login, ()))) for login, group in rows
        ]
    order = list(Role)
    return sorted(grants, key=lambda g: (order.index(g.role), g.login))


def access_of(c: Connection) -> Access:
    """What the connection's login may do on this ledger: everything on a ledger file,
    on a server ledger without roles, for a superuser and for the tables' owner."""
    if c.dialect.name != "postgresql":
        return Access()
    login = str(c.scalar(text("SELECT session_user")))
    names = role_names(_database(c))
    if _existing_roles(c, names.values()) != set(names.values()):
        return Access(login=login)
    unrestricted = c.scalar(
        text(
            "SELECT rolsuper OR pg_has_role(session_user, "
            "(SELECT relowner FROM pg_class WHERE oid = 'issue'::regclass), 'MEMBER') "
            "FROM pg_roles WHERE rolname = session_user"
        )
    )
    if unrestricted:
        return Access(Role.ADMIN, login)
    for role in Role:  # the highest role held wins
        if c.scalar(text("SELECT pg_has_role(session_user, :r, 'MEMBER')"), {"r": names[role]}):
            units = frozenset(
                c.execute(
                    text(
                        "SELECT u.name FROM unit_login ul JOIN unit u ON u.id = ul.unit_id "
                        "WHERE ul.login = session_user"
                    )
                ).scalars()
            )
            return Access(role, login, units if role is Role.UNIT else frozenset())
    return Access(Role.READER, login)  # no role: the server lets it read nothing anyway


__all__ = [
    "DATA_TABLES",
    "LOGIN_TRIGGER",
    "Grant",
    "RolesNotReady",
    "access_of",
    "grant_login",
    "init_roles",
    "list_grants",
    "revoke_login",
    "role_names",
]
