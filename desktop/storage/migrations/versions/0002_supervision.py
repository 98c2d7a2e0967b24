"""supervision: postponements, sign-off override, notice figures

Adds the postponement table (申请延期: both deadlines, the decision), the reason of a
sign-off application made by override, and the figures a published notice stated for
an inspection. Additive only: existing rows get empty text in the new columns.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 18:51:46.816950
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('postponement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=36), nullable=False),
    sa.Column('issue_id', sa.Integer(), nullable=False),
    sa.Column('measure_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('old_deadline', sa.Date(), nullable=True),
    sa.Column('new_deadline', sa.Date(), nullable=False),
    sa.Column('requested_on', sa.Date(), nullable=False),
    sa.Column('requested_by', sa.Text(), nullable=False),
    sa.Column('previous_status', sa.String(length=20), nullable=False),
    sa.Column('decision', sa.String(length=20), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('decided_by', sa.Text(), nullable=False),
    sa.Column('opinion', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['issue_id'], ['issue.id'], name=op.f('fk_postponement_issue_id_issue'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['measure_id'], ['measure.id'], name=op.f('fk_postponement_measure_id_measure'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_postponement')),
    sa.UniqueConstraint('key', name=op.f('uq_postponement_key'))
    )
    with op.batch_alter_table('postponement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_postponement_issue_id'), ['issue_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_postponement_measure_id'), ['measure_id'], unique=False)

    # server_default fills the rows already there (SQLite refuses a NOT NULL column
    # without one); new rows get "" from the model as well.
    with op.batch_alter_table('inspection', schema=None) as batch_op:
        batch_op.add_column(sa.Column('notice_statistics', sa.Text(), server_default='', nullable=False))

    with op.batch_alter_table('sign_off', schema=None) as batch_op:
        batch_op.add_column(sa.Column('override_reason', sa.Text(), server_default='', nullable=False))



def downgrade() -> None:
    with op.batch_alter_table('sign_off', schema=None) as batch_op:
        batch_op.drop_column('override_reason')

    with op.batch_alter_table('inspection', schema=None) as batch_op:
        batch_op.drop_column('notice_statistics')

    with op.batch_alter_table('postponement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_postponement_measure_id'))
        batch_op.drop_index(batch_op.f('ix_postponement_issue_id'))

    op.drop_table('postponement')
