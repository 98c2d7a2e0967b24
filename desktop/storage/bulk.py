"""Bulk inserts with Core: tens of thousands of rows in about a second, where the ORM
takes several (architecture.md). Ids are allocated up front, so that rows can refer to
each other without a RETURNING round trip per row."""

from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Boolean, Table, func, insert, select, text
from sqlalchemy.orm import Session


def table_of(model: type[Any]) -> Table:
    """The Core table of a mapped class (typed as a Table, which ours always are)."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


def allocate_ids(session: Session, table: Table, count: int) -> list[int]:
    """``count`` fresh primary keys for ``table``, valid in this transaction.

    SQLite: take the write lock first (a no-op write), then continue after the largest
    id; writers are serialised, so nobody else can take the same ids. PostgreSQL: draw
    them from the table's sequence.
    """
    if count <= 0:
        return []
    if session.get_bind().dialect.name == "postgresql":
        sequence = f"{table.name}_id_seq"
        rows = session.execute(
            text("SELECT nextval(:seq) FROM generate_series(1, :n)"), {"seq": sequence, "n": count}
        )
        return [int(r[0]) for r in rows]
    session.execute(text("UPDATE setting SET value = value WHERE 0"))  # take the write lock
    start = session.scalar(select(func.coalesce(func.max(table.c.id), 0))) or 0
    return list(range(start + 1, start + 1 + count))


def insert_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert plain rows (all with the same keys) in one driver-level executemany.

    The statement is compiled once and each value goes through its column type's bind
    processor (dates, booleans), which is all SQLAlchemy's own executemany would do
    per row, at a fraction of the cost.
    """
    if not rows:
        return
    keys = list(rows[0])
    getter = itemgetter(*keys) if len(keys) > 1 else (lambda row: (row[keys[0]],))
    insert_tuples(session, table, keys, [getter(row) for row in rows])


def _bound_as_is(dialect: Any, column_type: Any, i: int, rows: Sequence[tuple[Any, ...]]) -> bool:
    """Whether a column's values reach SQLite the same without its bind processor: a
    Boolean's processor only checks that each value is True, False or None and makes it
    an int, and sqlite3 binds True and False as 1 and 0 already (so the values must be
    bools or None themselves, not numbers that equal them). Checked over the whole
    column at C speed, instead of one processor call (and one rebuilt row) per row."""
    if dialect.name != "sqlite" or not isinstance(column_type, Boolean):
        return False
    return {row[i].__class__ for row in rows} <= _BOOL_TYPES


_BOOL_TYPES = frozenset((bool, type(None)))


def insert_tuples(
    session: Session, table: Table, keys: Sequence[str], rows: Sequence[tuple[Any, ...]]
) -> None:
    """Insert rows given as tuples of the values of ``keys``, in that order, in one
    driver-level executemany (see :func:`insert_rows`): bulk paths that make tens of
    thousands of rows build them as tuples, without a dict per row."""
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    keys = list(keys)
    compiled = insert(table).compile(dialect=dialect, column_keys=keys)
    convert = [
        (i, processor)
        for i, key in enumerate(keys)
        if (processor := table.c[key].type.bind_processor(dialect)) is not None
        and not _bound_as_is(dialect, table.c[key].type, i, rows)
    ]
    if convert:
        # Only the few columns with a bind processor (booleans) are touched one by one.
        converted: list[tuple[Any, ...]] = []
        append = converted.append
        for row in rows:
            values = list(row)
            for i, processor in convert:
                values[i] = processor(values[i])
            append(tuple(values))
        rows = converted
    order = compiled.positiontup
    params: Sequence[Any]
    if order is None:
        params = [dict(zip(keys, row, strict=True)) for row in rows]
    elif list(order) == keys:
        params = rows if isinstance(rows, list) else list(rows)
    else:
        # itemgetter puts a row's values in statement order at C speed.
        places = [keys.index(key) for key in order]
        getter = itemgetter(*places) if len(places) > 1 else (lambda row: (row[places[0]],))
        params = [getter(row) for row in rows]
    connection.exec_driver_sql(compiled.string, params)
