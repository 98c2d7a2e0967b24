"""The office's working-day calendar, read without SQLAlchemy (the window's quick
first paint colours its rows by it before the services are imported)."""

from __future__ import annotations

from pathlib import Path

from desktop.domain.calendar import CalendarError, WorkCalendar


def default_calendar_folders() -> list[Path]:
    """The shipped calendar, then the user's edits (which win, year by year)."""
    from desktop.paths import calendar_folders

    return calendar_folders()


def office_calendar() -> tuple[WorkCalendar, list[CalendarError]]:
    """The working-day calendar every count uses (the window's lights, 督办, 统计, the
    exported statistics sheet, the command line): the shipped calendar, the holidays
    package and the user's edits; with what could not be read."""
    from desktop.domain.calendar_package import load_work_calendar
    from desktop.paths import calendar_cache_folder

    return load_work_calendar(default_calendar_folders(), calendar_cache_folder())


__all__ = ["default_calendar_folders", "office_calendar"]
