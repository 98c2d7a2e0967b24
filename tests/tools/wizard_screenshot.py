"""Grab PNGs of the import wizard's pages on a workbook, offscreen, to look at them.

    python -m tests.tools.wizard_screenshot FILE.xlsx OUTDIR [--font-scale 150]
        [--lang en] [--screen 1366x768] [--ledger L.sqlite]

Writes OUTDIR/file_<scale>.png, mapping_<scale>.png, status_<scale>.png (when the
file has unknown status words) and preview_<scale>.png. The wizard sizes itself to the
given screen (a common office laptop by default). Settings go to a temporary INI file
and the ledger to a temporary file unless one is given; nothing is imported.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("out")
    parser.add_argument("--font-scale", type=int, default=100, help="the font-size setting, %")
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--screen", default="1366x768", help="the screen's size in pixels")
    parser.add_argument("--ledger", default="", help="a ledger to import into (default: new)")
    args = parser.parse_args()
    width, height = (int(v) for v in args.screen.lower().split("x"))
    tmp = Path(tempfile.mkdtemp())
    screens = {
        "screens": [{"name": "screen", "x": 0, "y": 0, "width": width, "height": height, "dpr": 1}]
    }
    (tmp / "screens.json").write_text(json.dumps(screens), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={tmp / 'screens.json'}"

    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.app import install_translators
    from desktop.services.ledger import LedgerService
    from desktop.storage.migrate import open_ledger
    from desktop.ui.appearance import apply_font_scale
    from desktop.ui.import_wizard import ImportWizard, open_import_wizard
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import AppSettings

    app = QApplication(sys.argv)
    install_translators(app, args.lang)
    apply_font_scale(app, args.font_scale)
    settings = AppSettings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    ledger = args.ledger or str(tmp / "ledger.sqlite")
    window = MainWindow(LedgerService(open_ledger(ledger), "截图"), "ledger", settings=settings)
    window.show()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    def wait(signal: object) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)  # type: ignore[attr-defined]
        QTimer.singleShot(60000, loop.quit)
        loop.exec()

    def grab(wizard: ImportWizard, name: str) -> None:
        app.processEvents()
        wizard.grab().save(str(out / f"{name}_{args.font_scale}.png"))

    wizard = open_import_wizard(window, args.file)
    wait(wizard.workbook_loaded)
    grab(wizard, "file")
    wizard.next()
    grab(wizard, "mapping")
    wizard.next()
    wait(wizard.plan_read)
    if wizard.currentId() == ImportWizard.STATUS_PAGE:
        grab(wizard, "status")
        wizard.next()
    grab(wizard, "preview")
    print(f"{wizard.width()}×{wizard.height()}: {wizard.preview_page.summary.text()}")
    wizard.reject()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
