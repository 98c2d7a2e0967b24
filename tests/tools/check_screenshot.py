"""Grab PNGs of 文件 → 检查台账's verdict on a ledger, offscreen, to look at what a clerk
sees: the dialog as it opens, and with 详细信息 shown.

    QT_QPA_PLATFORM=offscreen python -m tests.tools.check_screenshot LEDGER OUT_PREFIX
        [--lang en]

Writes OUT_PREFIX-verdict.png and OUT_PREFIX-details.png.
"""

from __future__ import annotations

import argparse
import os
import sys


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("ledger")
    parser.add_argument("out")
    parser.add_argument("--lang", default="zh_CN")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

    from desktop.app import install_translators
    from desktop.services.check import check_location, verdict
    from desktop.ui.dialogs.check_dialog import CheckReportDialog

    app = QApplication(sys.argv)
    install_translators(app, args.lang)
    dialog = CheckReportDialog(verdict(check_location(args.ledger), args.ledger))
    dialog.show()
    app.processEvents()
    ok = dialog.grab().save(f"{args.out}-verdict.png")
    dialog.details_button.click()
    dialog.resize(dialog.width(), dialog.height() + 200)
    app.processEvents()
    ok = dialog.grab().save(f"{args.out}-details.png") and ok
    dialog.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
