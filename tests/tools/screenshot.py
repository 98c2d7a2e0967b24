"""Grab a PNG of the main window on a ledger, offscreen, to look at what users see.

    QT_QPA_PLATFORM=offscreen python -m tests.tools.screenshot LEDGER OUT.png [--scale 1.5]
"""

from __future__ import annotations

import argparse
import os
import sys


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("ledger")
    parser.add_argument("out")
    parser.add_argument("--scale", default="1")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=860)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_SCALE_FACTOR"] = args.scale

    from PySide6.QtWidgets import QApplication

    from desktop.app import install_translators
    from desktop.services.ledger import LedgerService
    from desktop.storage.migrate import open_ledger
    from desktop.ui.main_window import MainWindow

    app = QApplication(sys.argv)
    install_translators(app, "zh_CN")
    window = MainWindow(LedgerService(open_ledger(args.ledger), "截图"), "demo")
    window.resize(args.width, args.height)
    window.show()
    app.processEvents()
    ok = window.grab().save(args.out)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
