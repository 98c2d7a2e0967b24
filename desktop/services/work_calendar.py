"""The office's working-day calendar, read the one way every count uses it (the
window's lights, 督办, 统计, exported statistics sheets, the command line): the shipped
calendar, the holidays package over it, the user's edits over both.

Light on purpose: the window reads it before its first frame, without the database
layers."""

from __future__ import annotations

from pathlib import Path

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
