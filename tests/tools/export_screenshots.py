"""Look at 导出 → Excel 台账… on the demo ledger, offscreen: the dialog, the progress
dialog, the message at the end, and the workbook written through the GUI path.

    QT_QPA_PLATFORM=offscreen python -m tests.tools.export_screenshots OUT_DIR
        [--font-scale 150] [--lang en] [--scope ledger]

Writes ``export_dialog-<scale>.png``, ``export_progress-<scale>.png``,
``export_done-<scale>.png`` and ``demo-<scale>.xlsx`` to OUT_DIR. Settings go to a
temporary INI file and the ledger is a temporary copy of the demo; nothing is opened.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out_dir")
    parser.add_argument("--font-scale", type=int, default=100)
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--scope", choices=("view", "ledger"), default="view")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out_dir = Path(args.out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

    from desktop.app import install_translators
    from desktop.domain.status import Status
    from desktop.services.demo import load_demo
    from desktop.services.ledger import LedgerService
    from desktop.storage.migrate import open_ledger
    from desktop.ui import export_runner, messages
    from desktop.ui.appearance import apply_font_scale
    from desktop.ui.export_dialog import ExportDialog, Scope
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import AppSettings

    app = QApplication(sys.argv)
    install_translators(app, args.lang)
    apply_font_scale(app, args.font_scale)
    suffix = f"{args.font_scale}"
    with tempfile.TemporaryDirectory() as tmp:
        ledger = Path(tmp) / "demo.sqlite"
        service = LedgerService(open_ledger(ledger), "截图")
        load_demo(service)
        settings = AppSettings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(service, ledger.name, settings=settings)
        window.resize(1400, 860)
        window.show()
        if args.scope == "view":
            window.filter_bar.status_actions[Status.DONE].setChecked(True)
        app.processEvents()

        def run_dialog(dialog: QDialog) -> bool:
            assert isinstance(dialog, ExportDialog)
            if args.scope == "ledger":
                dialog.set_scope(Scope.LEDGER)
            dialog.show()
            app.processEvents()
            dialog.grab().save(str(out_dir / f"export_dialog-{suffix}.png"))
            dialog.accept()
            return True

        target = out_dir / f"demo-{suffix}.xlsx"
        entered, go_on = threading.Event(), threading.Event()
        real = export_runner.write_ledger

        def gated(*a: Any, **k: Any) -> Any:
            entered.set()
            go_on.wait(30)
            return real(*a, **k)

        def grab_box() -> None:
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox):
                box.grab().save(str(out_dir / f"export_done-{suffix}.png"))
                box.reject()

        real_choice = messages.ask_choice

        def ask_choice(*a: Any, **k: Any) -> int | None:
            QTimer.singleShot(300, grab_box)
            return real_choice(*a, **k)

        messages.run_dialog = run_dialog  # type: ignore[assignment]
        messages.ask_save_file = lambda *a, **k: str(target)  # type: ignore[assignment]
        messages.ask_choice = ask_choice  # type: ignore[assignment]
        export_runner.write_ledger = gated  # type: ignore[assignment]
        exporter = window.excel_exporter
        loop = QEventLoop()
        exporter.export_finished.connect(lambda _o: loop.quit())
        from desktop.ui import operations

        operations.SHOW_AFTER_MS = 0  # the dialog at once
        exporter.start()
        entered.wait(30)
        while exporter.progress is None and exporter.running:
            app.processEvents()
        progress = exporter.progress
        if progress is not None:
            progress.setRange(0, 15)
            progress.setValue(6)
            progress.setLabelText(
                exporter.tr("正在写入第 {done} / {total} 个问题…").format(done=7, total=14)
            )
            progress.show()
            app.processEvents()
            progress.grab().save(str(out_dir / f"export_progress-{suffix}.png"))
        go_on.set()
        loop.exec()
        window.close()
        service.uow.engine.dispose()
        shutil.rmtree(tmp, ignore_errors=True)
    print("wrote", target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
