"""The one place that wires everything: QApplication, settings, translators, font size,
the ledger, migrations, services and the main window. Start-up errors become dialogs."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from desktop.services.ledger import LedgerService
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import AppSettings

ORGANIZATION = "rectify"
APPLICATION = "rectify"


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Our translator plus Qt's own. Source strings are Chinese, so Chinese needs only
    Qt's ``qtbase_zh_CN`` (its dialogs and buttons); English loads our ``rectify_en``
    translation (compiled from the .ts file when needed) and Qt's English."""
    from desktop.ui.i18n import translation_file

    translators: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    english = lang == "en"
    locale = QLocale(
        QLocale.Language.English if english else QLocale.Language.Chinese,
        QLocale.Country.UnitedStates if english else QLocale.Country.China,
    )
    QLocale.setDefault(locale)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", qt_dir):
        app.installTranslator(qt)
        translators.append(qt)
    if english:
        qm = translation_file("en")
        ours = QTranslator(app)
        if qm is not None and ours.load(str(qm)):
            app.installTranslator(ours)
            translators.append(ours)
    return translators


def user_settings() -> AppSettings:
    """The user's settings, as an INI file in the platform's config folder (the same
    format everywhere, readable when support has to look at it)."""
    from desktop.ui.settings import AppSettings

    return AppSettings(
        QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)
    )


class LedgerOpener:
    """How the window opens a ledger: migrate it, a service on it, then the automatic
    backup made on opening (at most one a day; see ``services.backups``). A failed
    backup does not keep the ledger from opening: its warning waits in ``warning``
    until the window shows it (:func:`show_open_warnings`)."""

    def __init__(self, operator: str) -> None:
        self.operator = operator
        self.warning = ""

    def __call__(self, location: str) -> LedgerService:
        from desktop.services.backups import backup_on_open
        from desktop.services.ledger import LedgerService
        from desktop.storage.migrate import open_ledger

        service = LedgerService(open_ledger(location), self.operator)
        self.warning = backup_on_open(service.uow.engine).warning
        return service

    def take_warning(self) -> str:
        """The warning of the last opening, once."""
        warning, self.warning = self.warning, ""
        return warning


def make_opener(operator: str) -> LedgerOpener:
    """How the window opens a ledger (see :class:`LedgerOpener`)."""
    return LedgerOpener(operator)


def show_open_warnings(window: MainWindow, opener: LedgerOpener) -> None:
    """Show the warning of the backup on opening, now and whenever the window opens
    another ledger: in a banner, never as a dialog that stops the clerk."""
    window.safety.show_warning(opener.take_warning())
    window.events.ledger_replaced.connect(lambda: window.safety.show_warning(opener.take_warning()))


def run_gui(
    ledger: str | None = None,
    operator: str | None = None,
    lang: str | None = None,
    *,
    settings: AppSettings | None = None,
) -> int:
    """Start the GUI on a ledger (the last one used, else the default ledger); returns
    the exit code. ``settings`` defaults to the user's (tests pass their own)."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    settings = settings or user_settings()
    install_translators(app, lang or settings.language)

    from desktop.services.operator import default_operator
    from desktop.storage.engine import default_ledger_path
    from desktop.storage.errors import LedgerError
    from desktop.ui import messages
    from desktop.ui.appearance import apply_font_scale
    from desktop.ui.main_window import MainWindow

    apply_font_scale(app, settings.font_scale)
    location = ledger or settings.last_ledger or str(default_ledger_path())
    name = operator or settings.operator or default_operator()
    opener = make_opener(name)
    try:
        service = opener(location)
    except LedgerError as exc:
        messages.error(None, exc.message)
        return 2
    except Exception as exc:  # a database driver or URL we cannot use: say so, no trace
        messages.error(None, f"无法打开台账“{location}”：{exc}")
        return 2
    settings.add_recent_ledger(location)
    window = MainWindow(
        service,
        location if "://" in location else Path(location).name,
        settings=settings,
        opener=opener,
        location=location,
    )
    show_open_warnings(window, opener)
    window.show()
    if os.environ.get("RECTIFY_EXIT_WHEN_SHOWN"):
        # Benchmarks and smoke tests: quit once the first frame is up.
        QTimer.singleShot(0, app.quit)
    return app.exec()
