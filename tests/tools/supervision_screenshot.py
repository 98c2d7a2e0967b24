"""Grab PNGs of the supervision views (the main window with its 督办 dock, the dashboard
with its charts, the ledger check, the holiday settings page), offscreen, to look at
what users see.

    QT_QPA_PLATFORM=offscreen python -m tests.tools.supervision_screenshot LEDGER OUTDIR
        [--font-scale 150] [--lang en] [--as-of 2026-01-31] [--since 2026-01-01]

Settings go to a temporary INI file, never the user's own.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("ledger")
    parser.add_argument("out", type=Path)
    parser.add_argument("--font-scale", type=int, default=100, help="the font-size setting, %")
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--as-of", default="")
    parser.add_argument("--since", default="")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=860)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.app import install_translators
    from desktop.services.ledger import LedgerService
    from desktop.storage.migrate import open_ledger
    from desktop.ui.appearance import apply_font_scale
    from desktop.ui.dialogs.settings_dialog import SettingsDialog
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import AppSettings

    app = QApplication(sys.argv)
    install_translators(app, args.lang)
    apply_font_scale(app, args.font_scale)
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = f"_{args.font_scale}"
    with tempfile.TemporaryDirectory() as tmp:
        settings = AppSettings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(
            LedgerService(open_ledger(args.ledger), "截图"),
            Path(args.ledger).name,
            settings=settings,
        )
        window.resize(args.width, args.height)
        window.show()
        views = window.supervision_views

        def wait(condition: object) -> None:
            # Run the event loop (the views load in worker threads) until it holds.
            from PySide6.QtCore import QEventLoop, QTimer

            for _ in range(2000):
                app.processEvents()
                if callable(condition) and condition():
                    return
                loop = QEventLoop()
                QTimer.singleShot(5, loop.quit)
                loop.exec()

        wait(lambda: views.dock.view.document is not None)
        app.processEvents()
        window.grab().save(str(args.out / f"window_dock{suffix}.png"))
        views.dock.grab().save(str(args.out / f"dock{suffix}.png"))

        dashboard = views.open_dashboard()
        if args.as_of:
            dashboard.as_of_check.setChecked(True)
            dashboard.as_of.set_date(date.fromisoformat(args.as_of))
        if args.since:
            dashboard.since_check.setChecked(True)
            dashboard.since.set_date(date.fromisoformat(args.since))
        dashboard.date_timer.stop()
        dashboard.refresh()
        wait(lambda: dashboard.stats is not None and not dashboard.loader.busy)
        app.processEvents()
        for n in range(dashboard.tabs.count()):
            dashboard.tabs.setCurrentIndex(n)
            app.processEvents()
            dashboard.grab().save(str(args.out / f"dashboard_{n}{suffix}.png"))
        dashboard.tabs.setCurrentIndex(0)
        app.processEvents()
        dashboard.unit_bars.grab().save(str(args.out / f"dashboard_bars{suffix}.png"))

        check = views.open_check()
        wait(lambda: not check.view.loader.busy)
        app.processEvents()
        check.grab().save(str(args.out / f"check{suffix}.png"))

        dialog = SettingsDialog(settings, window)
        dialog.tabs.setCurrentIndex(1)
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(args.out / f"settings_calendar{suffix}.png"))
        dialog.calendar_page.tabs.setCurrentIndex(1)
        app.processEvents()
        dialog.grab().save(str(args.out / f"settings_calendar_next{suffix}.png"))
        dialog.tabs.setCurrentIndex(0)
        app.processEvents()
        dialog.grab().save(str(args.out / f"settings_general{suffix}.png"))
        dialog.close()
        dashboard.close()
        check.close()
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
