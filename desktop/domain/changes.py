"""What a service call changed, so that windows can refresh just what they show, and
what every service call that changes the ledger returns (:class:`Done`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

from desktop.domain.records import BatchId

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Changes:
    """Kinds of thing changed and which ids. Combine with ``|``.

    ``inspections``, ``issues``, ``measures`` hold the ids touched (added, edited or
    removed); ``structure`` says that rows were added or removed, so lists must reload
    rather than refresh in place.
    """

    inspections: frozenset[int] = field(default_factory=frozenset)
    categories: frozenset[int] = field(default_factory=frozenset)
    issues: frozenset[int] = field(default_factory=frozenset)
    measures: frozenset[int] = field(default_factory=frozenset)
    units: bool = False
    structure: bool = False
    history: bool = True

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            inspections=self.inspections | other.inspections,
            categories=self.categories | other.categories,
            issues=self.issues | other.issues,
            measures=self.measures | other.measures,
            units=self.units or other.units,
            structure=self.structure or other.structure,
            history=self.history or other.history,
        )

    @property
    def empty(self) -> bool:
        return not (
            self.inspections
            or self.categories
            or self.issues
            or self.measures
            or self.units
            or self.structure
        )

    @staticmethod
    def none() -> Changes:
        return Changes(history=False)

    @staticmethod
    def everything() -> Changes:
        """After an import, undo of a batch or a restore: reload all."""
        return Changes(units=True, structure=True)


@dataclass(frozen=True, slots=True)
class Done(Generic[T]):
    """The result of a user action: the value, what changed, and the history batch
    (None when nothing changed), which an undo command reverses."""

    value: T
    changes: Changes
    batch_id: BatchId | None
