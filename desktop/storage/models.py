"""SQLAlchemy 2 typed models of the ledger.

Enums are stored as short strings so SQLite and PostgreSQL behave alike. Issues,
measures, units and inspections carry a stable public key (UUID text) and a revision
column used for optimistic locking.
"""

from __future__ import annotations

import os
import uuid
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    FetchedValue,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_key() -> str:
    """A new stable public key."""
    return str(uuid.uuid4())


def new_keys(count: int) -> list[str]:
    """``count`` new keys, as :func:`new_key` makes them (random version-4 UUIDs in
    their usual text form), at a fraction of the cost per key: bulk imports need 60k.

    They come in ascending order: rows inserted in id order then extend the key
    indexes (of the table and of the history) at their right edge instead of at random
    places, which makes a 60k-row import's inserts about a fifth cheaper."""
    raw = os.urandom(16 * count)
    keys = []
    for start in range(0, 16 * count, 16):
        h = raw[start : start + 16].hex()
        # Version 4 in the 13th hex digit; the variant bits (10xx) in the 17th.
        keys.append(f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_VARIANT[h[16]]}{h[17:20]}-{h[20:32]}")
    keys.sort()
    return keys


_VARIANT = {d: "89ab"[int(d, 16) & 3] for d in "0123456789abcdef"}


class Base(DeclarativeBase):
    """Declarative base with a naming convention, so Alembic can find every constraint."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


issue_cooperating_units = Table(
    "issue_cooperating_unit",
    Base.metadata,
    Column("issue_id", ForeignKey("issue.id", ondelete="CASCADE"), primary_key=True),
    Column("unit_id", ForeignKey("unit.id", ondelete="RESTRICT"), primary_key=True),
    Column("position", Integer, nullable=False, default=0),
)

measure_cooperating_units = Table(
    "measure_cooperating_unit",
    Base.metadata,
    Column("measure_id", ForeignKey("measure.id", ondelete="CASCADE"), primary_key=True),
    Column("unit_id", ForeignKey("unit.id", ondelete="RESTRICT"), primary_key=True),
    Column("position", Integer, nullable=False, default=0),
)


class Inspection(Base):
    """One round of inspection (巡察 / 巡视 / 审计) of one unit."""

    __tablename__ = "inspection"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(36), unique=True, default=new_key)
    revision: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    title: Mapped[str] = mapped_column(Text)
    inspector: Mapped[str] = mapped_column(Text, default="")
    inspected_unit: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(20), default="regular")
    start: Mapped[date | None] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)
    feedback_date: Mapped[date | None] = mapped_column(Date)
    rectification_start: Mapped[date | None] = mapped_column(Date)
    rectification_end: Mapped[date | None] = mapped_column(Date)
    issuer: Mapped[str] = mapped_column(Text, default="")
    notice_date: Mapped[date | None] = mapped_column(Date)
    contact: Mapped[str] = mapped_column(Text, default="")
    remarks: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    # The figures a published notice stated (JSON, the ``statistics`` shape of
    # docs/cli.md), kept so the ledger check can tell when they no longer recompute.
    notice_statistics: Mapped[str] = mapped_column(Text, default="", server_default="")

    categories: Mapped[list[Category]] = relationship(
        back_populates="inspection", cascade="all, delete-orphan", passive_deletes=True
    )
    issues: Mapped[list[Issue]] = relationship(
        back_populates="inspection", cascade="all, delete-orphan", passive_deletes=True
    )

    __mapper_args__ = {"version_id_col": revision}  # noqa: RUF012 (SQLAlchemy's API)


class Category(Base):
    """An ordered, nestable grouping of issues within an inspection (方面 / 问题类别)."""

    __tablename__ = "category"

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(
        ForeignKey("inspection.id", ondelete="CASCADE"), index=True
    )
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("category.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)

    inspection: Mapped[Inspection] = relationship(back_populates="categories")


class Unit(Base):
    """A department that leads or cooperates; shared by all inspections, used for
    hand-off."""

    __tablename__ = "unit"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(36), unique=True, default=new_key)
    revision: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    name: Mapped[str] = mapped_column(Text, unique=True)

    __mapper_args__ = {"version_id_col": revision}  # noqa: RUF012


class Issue(Base):
    """A problem fed back by an inspection (问题), with its responsibility and state."""

    __tablename__ = "issue"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(36), unique=True, default=new_key)
    revision: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    inspection_id: Mapped[int] = mapped_column(
        ForeignKey("inspection.id", ondelete="CASCADE"), index=True
    )
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("category.id", ondelete="SET NULL"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    number: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    goal: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="not_started", index=True)
    long_term: Mapped[bool] = mapped_column(Boolean, default=False)
    progress: Mapped[str] = mapped_column(Text, default="")
    lead_leader: Mapped[str] = mapped_column(Text, default="")
    lead_unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("unit.id", ondelete="RESTRICT"), index=True
    )
    responsible_person: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[date | None] = mapped_column(Date, index=True)
    deadline_rule: Mapped[str | None] = mapped_column(String(20))
    deadline_text: Mapped[str] = mapped_column(Text, default="")
    completion_date: Mapped[date | None] = mapped_column(Date)
    remarks: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime | None] = mapped_column(DateTime)
    updated_by: Mapped[str] = mapped_column(Text, default="")

    inspection: Mapped[Inspection] = relationship(back_populates="issues")
    lead_unit: Mapped[Unit | None] = relationship(foreign_keys=[lead_unit_id])
    cooperating_units: Mapped[list[Unit]] = relationship(
        secondary=issue_cooperating_units, order_by=issue_cooperating_units.c.position
    )
    measures: Mapped[list[Measure]] = relationship(
        back_populates="issue",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Measure.seq",
    )

    __mapper_args__ = {"version_id_col": revision}  # noqa: RUF012


class Measure(Base):
    """An ordered rectification step under an issue (整改措施; 一是 = seq 1)."""

    __tablename__ = "measure"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(36), unique=True, default=new_key)
    revision: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    issue_id: Mapped[int] = mapped_column(ForeignKey("issue.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="not_started")
    long_term: Mapped[bool] = mapped_column(Boolean, default=False)
    progress: Mapped[str] = mapped_column(Text, default="")
    lead_leader: Mapped[str] = mapped_column(Text, default="")
    lead_unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("unit.id", ondelete="RESTRICT"), index=True
    )
    responsible_person: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[date | None] = mapped_column(Date)
    deadline_rule: Mapped[str | None] = mapped_column(String(20))
    deadline_text: Mapped[str] = mapped_column(Text, default="")
    completion_date: Mapped[date | None] = mapped_column(Date)
    remarks: Mapped[str] = mapped_column(Text, default="")

    issue: Mapped[Issue] = relationship(back_populates="measures")
    lead_unit: Mapped[Unit | None] = relationship(foreign_keys=[lead_unit_id])
    cooperating_units: Mapped[list[Unit]] = relationship(
        secondary=measure_cooperating_units, order_by=measure_cooperating_units.c.position
    )

    __table_args__ = (Index("ix_measure_issue_seq", "issue_id", "seq"),)
    __mapper_args__ = {"version_id_col": revision}  # noqa: RUF012


class ProgressNote(Base):
    """A dated progress report (整改进展) on an issue or one of its measures."""

    __tablename__ = "progress_note"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(36), unique=True, default=new_key)
    issue_id: Mapped[int] = mapped_column(ForeignKey("issue.id", ondelete="CASCADE"), index=True)
    measure_id: Mapped[int | None] = mapped_column(
        ForeignKey("measure.id", ondelete="CASCADE"), index=True
    )
    date: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    reporter: Mapped[str] = mapped_column(Text, default="")
    next_step: Mapped[str] = mapped_column(Text, default="")
    difficulties: Mapped[str] = mapped_column(Text, default="")


class Evidence(Base):
    """A file kept as proof (佐证材料), stored beside the ledger under its SHA-256."""

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(36), unique=True, default=new_key)
    issue_id: Mapped[int] = mapped_column(ForeignKey("issue.id", ondelete="CASCADE"), index=True)
    measure_id: Mapped[int | None] = mapped_column(
        ForeignKey("measure.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(Text)
    date: Mapped[date | None] = mapped_column(Date)
    original_name: Mapped[str] = mapped_column(Text, default="")
    sha256: Mapped[str] = mapped_column(String(64), default="")
    size: Mapped[int] = mapped_column(Integer, default=0)


class EvidenceBlob(Base):
    """The content of one evidence file kept in the ledger's own database: a ledger on a
    server, which every clerk reaches and the administrator's pg_dump backs up, where a
    folder beside the ledger would be on one clerk's machine only. One row per distinct
    content (the same file attached twice is stored once); the bytes are in
    :class:`EvidenceChunk` rows of at most 1 MB, so a file is written and read a piece
    at a time (a single value would need the whole file in memory on both sides and
    stops at PostgreSQL's 1 GB field limit). A ledger file (SQLite) has this table
    too, one schema for both, but keeps its evidence in a folder beside the file."""

    __tablename__ = "evidence_blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)


class EvidenceChunk(Base):
    """One piece (``seq`` from 0) of an :class:`EvidenceBlob`'s content."""

    __tablename__ = "evidence_chunk"

    sha256: Mapped[str] = mapped_column(
        ForeignKey("evidence_blob.sha256", ondelete="CASCADE"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class SignOff(Base):
    """One step of signing an issue off (销号): application, review, approval."""

    __tablename__ = "sign_off"

    id: Mapped[int] = mapped_column(primary_key=True)
    issue_id: Mapped[int] = mapped_column(ForeignKey("issue.id", ondelete="CASCADE"), index=True)
    step: Mapped[str] = mapped_column(String(20))  # apply | approve | return | reopen
    date: Mapped[date] = mapped_column(Date)
    person: Mapped[str] = mapped_column(Text, default="")
    opinion: Mapped[str] = mapped_column(Text, default="")
    # An application made although measures are open or no evidence is filed: why.
    override_reason: Mapped[str] = mapped_column(Text, default="", server_default="")


class Outcome(Base):
    """A countable result of an issue's rectification: a rule made, people held
    accountable (by kind), money recovered (万元, by kind)."""

    __tablename__ = "outcome"

    id: Mapped[int] = mapped_column(primary_key=True)
    issue_id: Mapped[int] = mapped_column(ForeignKey("issue.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # rule | accountability | funds
    subkind: Mapped[str] = mapped_column(Text, default="")
    name: Mapped[str] = mapped_column(Text, default="")
    count: Mapped[int] = mapped_column(Integer, default=0)
    amount: Mapped[float | None] = mapped_column(Numeric(14, 3, asdecimal=False))
    date: Mapped[date | None] = mapped_column(Date)


class Postponement(Base):
    """A request to extend the deadline of an issue or one of its measures (申请延期),
    and its decision. Both deadlines are kept; an approved request moved the deadline."""

    __tablename__ = "postponement"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(36), unique=True, default=new_key)
    issue_id: Mapped[int] = mapped_column(ForeignKey("issue.id", ondelete="CASCADE"), index=True)
    measure_id: Mapped[int | None] = mapped_column(
        ForeignKey("measure.id", ondelete="CASCADE"), index=True
    )
    reason: Mapped[str] = mapped_column(Text, default="")
    old_deadline: Mapped[date | None] = mapped_column(Date)
    new_deadline: Mapped[date] = mapped_column(Date)
    requested_on: Mapped[date] = mapped_column(Date)
    requested_by: Mapped[str] = mapped_column(Text, default="")
    # The status before the request, put back when the request is refused.
    previous_status: Mapped[str] = mapped_column(String(20), default="")
    decision: Mapped[str] = mapped_column(String(20), default="pending")  # pending|approved|refused
    decided_on: Mapped[date | None] = mapped_column(Date)
    decided_by: Mapped[str] = mapped_column(Text, default="")
    opinion: Mapped[str] = mapped_column(Text, default="")


class HistoryBatch(Base):
    """One user action or one import: who, when, from where."""

    __tablename__ = "history_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    operator: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(20))  # form | import | merge | notice | undo
    description: Mapped[str] = mapped_column(Text, default="")
    file: Mapped[str] = mapped_column(Text, default="")
    # The batch this one reverses (undo of an import, or redo of that undo).
    reverses: Mapped[int | None] = mapped_column(ForeignKey("history_batch.id"))
    # On PostgreSQL, the server's ``session_user`` for the batch, set by a trigger
    # whatever the client sends (revision 0004); None on a ledger file and for batches
    # written before the server recorded it. ``operator`` is the display name.
    # FetchedValue: the ORM never sends it (nor NULL for it), and, without eager
    # defaults, reads it only when asked (so this model also writes older schemas).
    login: Mapped[str | None] = mapped_column(Text, server_default=FetchedValue())

    __mapper_args__ = {"eager_defaults": False}  # noqa: RUF012


class History(Base):
    """One change: a field of a record (update), or a whole record (create/delete,
    with its snapshot as JSON in ``new``/``old``). Hash-chained: ``hash`` covers the
    row and the previous row's hash."""

    __tablename__ = "history"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("history_batch.id"), index=True)
    entity: Mapped[str] = mapped_column(String(20))
    entity_key: Mapped[str] = mapped_column(String(36), index=True)
    issue_key: Mapped[str | None] = mapped_column(String(36), index=True)
    action: Mapped[str] = mapped_column(String(10))  # create | update | delete
    field: Mapped[str] = mapped_column(Text, default="")
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)
    hash: Mapped[str] = mapped_column(String(64), default="")


class UnitLogin(Base):
    """A login of a shared ledger's 责任单位填报 role and one unit it reports for: the
    row-level security policies read this table (``rectify admin grant --unit``)."""

    __tablename__ = "unit_login"

    login: Mapped[str] = mapped_column(Text, primary_key=True)
    unit_id: Mapped[int] = mapped_column(
        ForeignKey("unit.id", ondelete="CASCADE"), primary_key=True
    )


class Setting(Base):
    """Ledger-level settings that travel with the file (ledger id, reporting unit)."""

    __tablename__ = "setting"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


__all__ = [
    "Base",
    "Category",
    "Evidence",
    "EvidenceBlob",
    "EvidenceChunk",
    "History",
    "HistoryBatch",
    "Inspection",
    "Issue",
    "Measure",
    "Outcome",
    "Postponement",
    "ProgressNote",
    "Setting",
    "SignOff",
    "Unit",
    "UnitLogin",
    "issue_cooperating_units",
    "measure_cooperating_units",
]
