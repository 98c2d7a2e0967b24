"""The office's working-day calendar, read the one way every count uses it (the
window's lights, 督办, 统计, exported statistics sheets, the command line): the shipped
calendar, the holidays package over it, the user's edits over both.

Light on purpose: the window reads it before its first frame, without the database
layers. Or rather it need not read it then: :func:`deferred_office_calendar` is the
calendar read when first asked a question, and the lights of a ledger whose deadlines
are all dates, due-soon counted in calendar days, never ask one."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.domain.calendar import CalendarError, WorkCalendar


def default_calendar_folders() -> list[Path]:
    """The shipped calendar, then the user's edits (which win, year by year)."""
    from desktop.paths import calendar_folders

    return calendar_folders()


def office_calendar() -> tuple[WorkCalendar, list[CalendarError]]:
    """The calendar, with what could not be read."""
    from desktop.domain.calendar_package import load_work_calendar
    from desktop.paths import calendar_cache_folder

    return load_work_calendar(default_calendar_folders(), calendar_cache_folder())


class DeferredCalendar(WorkCalendar):
    """A :class:`WorkCalendar` that is read (``load()``) the first time one of its
    methods needs its days, in whichever thread asks first (the others wait for it).

    It takes the read calendar's attributes as its own, so it answers exactly as that
    calendar does; ``loaded`` says whether it has been read."""

    def __init__(self, load: Callable[[], WorkCalendar]) -> None:
        # Not WorkCalendar.__init__: the days are the loaded calendar's.
        self._load: Callable[[], WorkCalendar] | None = load
        self._loading = threading.Lock()

    @property
    def loaded(self) -> bool:
        return self._load is None

    def __getattr__(self, name: str) -> Any:
        # Called only for an attribute not set yet: the calendar's own (years, _off…).
        if name.startswith("__") or name in ("_load", "_loading"):
            raise AttributeError(name)
        with self._loading:
            load = self._load
            if load is not None:
                self.__dict__.update(vars(load()))
                self._load = None
        try:
            return self.__dict__[name]
        except KeyError:
            raise AttributeError(name) from None


def deferred_office_calendar() -> DeferredCalendar:
    """:func:`office_calendar` (without its errors), read when first used."""
    return DeferredCalendar(lambda: office_calendar()[0])
