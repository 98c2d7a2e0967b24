"""The one place that wires everything: QApplication, translators, the ledger,
migrations, services and the main window. Start-up errors become dialogs."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.paths import resources_dir

ORGANIZATION = "rectify"
APPLICATION = "rectify"


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Our translator plus Qt's own. Source strings are Chinese, so Chinese needs only
    Qt's ``qtbase_zh_CN``; English loads ``rectify_en.qm`` built from the .ts file."""
    translators: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    locale = QLocale(
        QLocale.Language.English if lang == "en" else QLocale.Language.Chinese,
        QLocale.Country.UnitedStates if lang == "en" else QLocale.Country.China,
    )
    QLocale.setDefault(locale)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", qt_dir):
        app.installTranslator(qt)
        translators.append(qt)
    if lang == "en":
        ours = QTranslator(app)
        if ours.load(str(resources_dir() / "translations" / "rectify_en.qm")):
            app.installTranslator(ours)
            translators.append(ours)
    return translators


def run_gui(ledger: str | None = None, operator: str | None = None, lang: str | None = None) -> int:
    """Start the GUI on a ledger (the default ledger when None); returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    settings = QSettings()
    lang = lang or str(settings.value("language", "zh_CN"))
    install_translators(app, lang)

    from desktop.services.ledger import LedgerService
    from desktop.services.operator import default_operator
    from desktop.storage.engine import default_ledger_path
    from desktop.storage.errors import LedgerError
    from desktop.storage.migrate import open_ledger
    from desktop.ui import messages
    from desktop.ui.main_window import MainWindow

    location = ledger or str(settings.value("ledger", "") or default_ledger_path())
    try:
        engine = open_ledger(location)
    except LedgerError as exc:
        messages.error(None, exc.message)
        return 2
    name = operator or str(settings.value("operator", "") or "") or default_operator()
    service = LedgerService(engine, name)
    window = MainWindow(service, Path(location).name if "://" not in location else location)
    window.show()
    if os.environ.get("RECTIFY_EXIT_WHEN_SHOWN"):
        # Benchmarks and smoke tests: quit once the first frame is up.
        QTimer.singleShot(0, app.quit)
    return app.exec()
