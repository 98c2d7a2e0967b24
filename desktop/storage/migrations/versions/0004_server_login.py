"""shared ledgers: the server's login in the history, unit clerks' units

Adds ``history_batch.login`` and the ``unit_login`` table (which units a login of the
责任单位填报 role reports for). On PostgreSQL only, a trigger sets ``login`` to the
server's ``session_user`` on every new batch, whatever the client sent, and keeps it
from being changed afterwards. The roles and row-level security policies themselves are
made by ``rectify admin init`` (they need an administrator's rights, and their names
depend on the database); a ledger file (SQLite) gets the empty column and table only.
Additive only.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07 06:10:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

# Also named by desktop.storage.roles (the check looks for this trigger).
LOGIN_FUNCTION = 'rectify_history_login'
LOGIN_TRIGGER = 'rectify_history_login'


def upgrade() -> None:
    with op.batch_alter_table('history_batch', schema=None) as batch_op:
        batch_op.add_column(sa.Column('login', sa.Text(), nullable=True))

    op.create_table('unit_login',
    sa.Column('login', sa.Text(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_unit_login_unit_id_unit'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('login', 'unit_id', name=op.f('pk_unit_login'))
    )

    if op.get_bind().dialect.name == 'postgresql':
        op.execute(f"""
            CREATE OR REPLACE FUNCTION {LOGIN_FUNCTION}() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    NEW.login := session_user;
                ELSE
                    NEW.login := OLD.login;
                END IF;
                RETURN NEW;
            END
            $$
        """)
        op.execute(f"""
            CREATE TRIGGER {LOGIN_TRIGGER} BEFORE INSERT OR UPDATE ON history_batch
            FOR EACH ROW EXECUTE FUNCTION {LOGIN_FUNCTION}()
        """)


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute(f'DROP TRIGGER IF EXISTS {LOGIN_TRIGGER} ON history_batch')
        op.execute(f'DROP FUNCTION IF EXISTS {LOGIN_FUNCTION}()')
    op.drop_table('unit_login')
    if op.get_bind().dialect.name == 'sqlite':
        # Batch mode would copy history_batch into a new table, which the history's
        # foreign keys refuse while they are enforced (they are, in the migration's
        # transaction). SQLite drops a plain column in place since 3.35; an older
        # SQLite keeps the empty column, which 0003 never reads.
        import sqlite3

        if sqlite3.sqlite_version_info >= (3, 35):
            op.execute('ALTER TABLE history_batch DROP COLUMN login')
        return
    with op.batch_alter_table('history_batch', schema=None) as batch_op:
        batch_op.drop_column('login')
