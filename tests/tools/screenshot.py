"""Grab a PNG of the main window on a ledger, offscreen, to look at what users see.

    QT_QPA_PLATFORM=offscreen python -m tests.tools.screenshot LEDGER OUT.png [--scale 1.5]
        [--font-scale 150] [--lang en] [--issue 3] [--tab 1] [--quick]

``--quick`` grabs the window as the quick start shows it (``desktop.app.quick_window``),
before its ledger service is opened.

Settings go to a temporary INI file, never the user's own.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("ledger")
    parser.add_argument("out")
    parser.add_argument("--scale", default="1", help="QT_SCALE_FACTOR (device scaling)")
    parser.add_argument("--font-scale", type=int, default=100, help="the font-size setting, in %%")
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--issue", default="", help="select the issue with this number")
    parser.add_argument("--tab", type=int, default=0, help="detail tab to show (0-7)")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=860)
    parser.add_argument("--quick", action="store_true", help="as shown before the service")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_SCALE_FACTOR"] = args.scale

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.app import install_translators
    from desktop.services.ledger import LedgerService
    from desktop.storage.migrate import open_ledger
    from desktop.ui.appearance import apply_font_scale
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import AppSettings

    app = QApplication(sys.argv)
    install_translators(app, args.lang)
    apply_font_scale(app, args.font_scale)
    with tempfile.TemporaryDirectory() as tmp:
        settings = AppSettings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        if args.quick:
            from desktop.app import make_opener, quick_window
            from desktop.services.quick_open import read_first_view

            view = read_first_view(args.ledger)
            if view is None:
                print("this ledger takes the full path, not the quick start", file=sys.stderr)
                return 1
            window = quick_window(args.ledger, make_opener("截图"), view, settings)
        else:
            window = MainWindow(
                LedgerService(open_ledger(args.ledger), "截图"),
                Path(args.ledger).name,
                settings=settings,
            )
        window.resize(args.width, args.height)
        window.show()
        if args.issue:
            for record in window.shown_issues():
                if record.number == args.issue:
                    window.select_issue(record.id)
        window.detail.tabs.setCurrentIndex(args.tab)
        app.processEvents()
        ok = window.grab().save(args.out)
        if args.quick:
            print("service ready when grabbed:", window.service_ready, file=sys.stderr)
        window.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
