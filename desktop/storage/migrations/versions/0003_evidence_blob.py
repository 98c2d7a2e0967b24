"""evidence content in the database (ledgers on a server)

Adds ``evidence_blob`` (one row per distinct content: its SHA-256 and size) and
``evidence_chunk`` (the bytes, in pieces of at most 1 MB). A ledger on PostgreSQL keeps
its evidence here, so every clerk sees it and pg_dump backs it up; a ledger file
(SQLite) gets the same, empty tables and keeps its evidence in the folder beside it.
Additive only.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03 10:12:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('evidence_blob',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_evidence_blob'))
    )
    op.create_table('evidence_chunk',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['sha256'], ['evidence_blob.sha256'], name=op.f('fk_evidence_chunk_sha256_evidence_blob'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('sha256', 'seq', name=op.f('pk_evidence_chunk'))
    )


def downgrade() -> None:
    op.drop_table('evidence_chunk')
    op.drop_table('evidence_blob')
