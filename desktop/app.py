"""The one place that wires everything: QApplication, settings, translators, font size,
the ledger, migrations, services and the main window. Start-up errors become dialogs."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from desktop import collector

if TYPE_CHECKING:
    from desktop.services.ledger import LedgerService
    from desktop.services.quick_open import FirstView
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import AppSettings

ORGANIZATION = "rectify"
# The application's property holding run_gui's exit code when something set one.
_EXIT_CODE = "rectifyExitCode"
APPLICATION = "rectify"


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Our translator plus Qt's own. Source strings are Chinese, so Chinese needs only
    Qt's ``qt_zh_CN`` (its dialogs and buttons) and the few strings it lacks
    (``qt_supplement_zh_CN.ts``); English loads our ``rectify_en`` translation (compiled from
    the .ts file when needed) and Qt's English."""
    translators: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    english = lang == "en"
    locale = QLocale(
        QLocale.Language.English if english else QLocale.Language.Chinese,
        QLocale.Country.UnitedStates if english else QLocale.Country.China,
    )
    QLocale.setDefault(locale)
    from desktop.ui.i18n import QT_SUPPLEMENT, catalogue_file, translation_file

    def install(translator: QTranslator, loaded: bool) -> bool:
        if loaded:
            app.installTranslator(translator)
            translators.append(translator)
        return loaded

    # Every translator is a compiled catalogue, none a Python QTranslator: Qt calls
    # translators from any thread under its own lock, and one written in Python would
    # need the interpreter lock there (a worker translating while the GUI thread
    # installed or removed a translator waited for each other for ever).
    # ``qt_zh_CN`` is the catalogue of all the Qt modules' catalogues in the wheel
    # (qtbase, qtdeclarative, …); ``qtbase`` alone where it is missing.
    for catalogue in ("qt", "qtbase"):
        translator = QTranslator(app)
        if install(translator, translator.load(locale, catalogue, "_", qt_dir)):
            break
    # Qt searches the translators last installed first: the supplement, installed after
    # Qt's catalogue, answers for the strings that catalogue leaves in English.
    if not english and (supplement := catalogue_file(QT_SUPPLEMENT)) is not None:
        translator = QTranslator(app)
        install(translator, translator.load(str(supplement)))
    if english and (qm := translation_file("en")) is not None:
        translator = QTranslator(app)
        install(translator, translator.load(str(qm)))
    from desktop.ui.wording import follow_application

    follow_application()
    return translators


def sweep_when_inactive(state: Qt.ApplicationState) -> bool:
    """Connected to ``applicationStateChanged``: once the clerk has gone to another
    program, sweep the reference cycles the collector's freezing kept
    (``collector.tidy``: one full pass, which would freeze the window if they were
    looking). Returns whether it swept."""
    if state == Qt.ApplicationState.ApplicationActive:
        return False
    return collector.tidy()


def chinese_dates(lang: str) -> None:
    """Dates in Qt's own dialogs (the file dialog's 修改日期) the Chinese way. They
    follow the system locale, not ``QLocale.setDefault``; on a system set to another
    language (or to C, as many Linux installs are), its time category is set to
    Chinese before the QApplication reads it. Nothing else of the system's changes."""
    if lang == "en":
        return
    if os.environ.get("LC_ALL"):
        return  # the user's explicit choice for everything
    current = os.environ.get("LC_TIME") or os.environ.get("LANG", "")
    if not current.startswith("zh"):
        os.environ["LC_TIME"] = "zh_CN.UTF-8"


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
        # The backup on opening has run (benchmarks wait for it: RECTIFY_EXIT_WHEN_SETTLED).
        self.backed_up = False

    def __call__(self, location: str) -> LedgerService:
        service = self.open_service(location)
        self.warning = self.back_up(service)
        return service

    def open_service(self, location: str) -> LedgerService:
        """Migrate the ledger and make its service (no backup yet)."""
        from desktop.services.ledger import LedgerService
        from desktop.storage.migrate import open_ledger

        return LedgerService(open_ledger(location), self.operator)

    def back_up(self, service: LedgerService) -> str:
        """The automatic backup on opening; its warning, or ""."""
        from desktop.services.backups import backup_on_open

        try:
            return backup_on_open(service.uow.engine).warning
        finally:
            self.backed_up = True

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
    the exit code. ``settings`` defaults to the user's (tests pass their own).

    The cyclic collector is paused until the first frame is painted (then what is
    alive, the modules and widgets, is frozen out of its way: ``collector``): the
    start makes tens of thousands of objects and almost no garbage, and its passes
    over them cost a start 20-35 ms."""
    with contextlib.ExitStack() as start_up:
        start_up.enter_context(collector.collector_paused())
        return _run_gui(ledger, operator, lang, settings, start_up.close)


def _run_gui(
    ledger: str | None,
    operator: str | None,
    lang: str | None,
    settings: AppSettings | None,
    first_frame: Callable[[], object],
) -> int:
    """:func:`run_gui`; ``first_frame`` is called once the window's first frame is
    painted."""
    from desktop.ui.pyside_imports import cheapen_feature_check

    cheapen_feature_check()  # before the window's modules are imported
    settings = settings or user_settings()
    chinese_dates(lang or settings.language)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setProperty(_EXIT_CODE, 0)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    install_translators(app, lang or settings.language)
    app.applicationStateChanged.connect(sweep_when_inactive)

    from desktop.services.operator import default_operator
    from desktop.services.quick_open import read_first_view
    from desktop.storage.ledger_file import default_ledger_path
    from desktop.ui.appearance import apply_font_scale

    apply_font_scale(app, settings.font_scale)
    location = ledger or settings.last_ledger or str(default_ledger_path())
    name = operator or settings.operator or default_operator()
    opener = make_opener(name)
    first_view = read_first_view(location)
    if first_view is not None:
        window = quick_window(location, opener, first_view, settings)
    else:
        opened = full_window(location, opener, settings)
        if opened is None:
            return 2
        window = opened
    from desktop.ui.background import after_first_frame

    if os.environ.get("RECTIFY_EXIT_WHEN_SHOWN"):
        # Benchmarks and smoke tests: quit once the first frame has been painted (the
        # bench's bare window waits for its first paint the same way). What comes after
        # that frame (opening the service in the background) is not started.
        after_first_frame(window, app.quit)
    elif os.environ.get("RECTIFY_EXIT_WHEN_LOADED"):
        # Benchmarks: quit once every issue is in the table (the rest of a big scope
        # read after the first frame); the service is not opened.
        window.issues_loaded.connect(app.quit)
        after_first_frame(
            window, lambda: app.quit() if window.issues_complete else window.load_rest()
        )
    elif first_view is not None:
        # Once the first frame is painted, read the rest of a big scope's issues, then
        # open the service (see quick_window): one after the other, the second reuses
        # the memory the first let go (at 50,000 issues, 250 MB at the peak rather than
        # 270). Whatever needs the service sooner opens it at once (MainWindow.service).
        def after_first() -> None:
            if window.issues_complete:
                window.start_opening()
            else:
                window.issues_loaded.connect(window.start_opening)
                window.load_rest()

        after_first_frame(window, after_first)
    if os.environ.get("RECTIFY_EXIT_WHEN_SETTLED"):
        # Benchmarks: opened as a user opens it; quit once everything that loads on
        # opening is in (see settled).
        quit_when_settled(app, window, opener)
    # Installed last, so called first (Qt asks the last installed event filter first):
    # the collector runs again before the work that follows the first frame begins.
    after_first_frame(window, first_frame)
    window.show()
    code = app.exec()
    return int(app.property(_EXIT_CODE) or code)


def settled(window: MainWindow, opener: LedgerOpener) -> bool:
    """Whether everything that loads on opening is in: the service, every issue of
    the scope in the table, the 督办 list and the backup on opening (the search texts
    load once the search box is first used)."""
    dock = window.supervision_views.dock.view
    return (
        window.service_ready
        and window.issues_complete
        and dock.document is not None
        and not dock.loader.busy
        and opener.backed_up
    )


def quit_when_settled(app: QApplication, window: MainWindow, opener: LedgerOpener) -> None:
    """Benchmarks (``RECTIFY_EXIT_WHEN_SETTLED``): quit once :func:`settled`, looked at
    every 20 ms."""
    from PySide6.QtCore import QTimer

    timer = QTimer(window)
    timer.setInterval(20)
    timer.timeout.connect(lambda: app.quit() if settled(window, opener) else None)
    timer.start()


def full_window(location: str, opener: LedgerOpener, settings: AppSettings) -> MainWindow | None:
    """Open the ledger through the services (migrations, backup), then the window;
    None after telling the user why it cannot be opened."""
    from desktop.storage.errors import LedgerError
    from desktop.ui import messages
    from desktop.ui.main_window import MainWindow

    try:
        service = opener(location)
    except LedgerError as exc:
        messages.error(None, exc.message)
        return None
    except Exception as exc:  # a database driver or URL we cannot use: say so, no trace
        messages.error(None, f"无法打开台账“{location}”：{exc}")
        return None
    settings.add_recent_ledger(location)
    window = MainWindow(
        service,
        location if "://" in location else Path(location).name,
        settings=settings,
        opener=opener,
        location=location,
    )
    show_open_warnings(window, opener)
    return window


def quick_window(
    location: str, opener: LedgerOpener, first_view: FirstView, settings: AppSettings
) -> MainWindow:
    """The window on what ``quick_open`` read, before SQLAlchemy is imported. Its
    service is opened in a daemon thread after the first frame (``start_opening``,
    called by ``run_gui`` once the window has painted);
    then the backup on opening runs in another, and its warning reaches the banner.
    Should the full opening fail after all (the file changed meanwhile), the user is
    told and the window closes with exit code 2, as when it cannot be opened at all."""
    from desktop.ui import messages
    from desktop.ui.background import DaemonTask
    from desktop.ui.main_window import MainWindow

    opening = DaemonTask(lambda: opener.open_service(location))
    window = MainWindow(
        opening,
        Path(location).name,
        settings=settings,
        opener=opener,
        location=location,
        first_view=first_view,
    )
    settings.add_recent_ledger(location)

    def failed(error: object) -> None:
        from desktop.storage.errors import LedgerError

        text = (
            error.message
            if isinstance(error, LedgerError)
            else f"无法打开台账“{location}”：{error}"
        )
        messages.error(window, text)
        # run_gui returns 2 once the window is closed (QApplication.exit here would
        # also end loops that are not ours, such as a test's).
        app = QApplication.instance()
        if app is not None:
            app.setProperty(_EXIT_CODE, 2)
        window.close()

    def opened(service: object) -> None:
        backup = DaemonTask(lambda: opener.back_up(cast("LedgerService", service)), window)
        backup.finished.connect(lambda warning: window.safety.show_warning(str(warning)))
        backup.start()

    opening.failed.connect(failed)
    opening.finished.connect(opened)
    window.events.ledger_replaced.connect(lambda: window.safety.show_warning(opener.take_warning()))
    return window
