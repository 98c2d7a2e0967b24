"""Grab a PNG of every dialog the main window's menus open, offscreen, to look at them
as a clerk would (cut-off words, boxes instead of Chinese, English that overflows).

    QT_QPA_PLATFORM=offscreen python -m tests.tools.dialog_tour LEDGER OUTDIR [--lang en]
        [--issue 3] [--only 备份] [--settle-ms 1500]

Every menu action is triggered once, with an issue selected (the first one, or
``--issue``). A dialog run through ``messages.run_dialog`` is shown, grabbed and
cancelled; file choosers answer "cancelled"; a confirmation answers "no"; message boxes
are written to ``messages.txt`` instead of shown. Actions that would quit, close the
window or open another ledger are left out. The ledger is copied first: nothing the tour
does reaches the file given.

Settings go to a temporary INI file, never the user's own.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

# Actions not triggered: they end the session, open other ledgers or wait on the OS.
SKIPPED = re.compile(r"退出|关闭|打开|新建台账|Quit|Exit|Close|Open|New ledger|Print\b|打印…")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("ledger")
    parser.add_argument("outdir")
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--issue", default="", help="select the issue with this number")
    parser.add_argument("--only", default="", help="only actions whose text contains this")
    parser.add_argument("--settle-ms", type=int, default=1500, help="wait before a grab")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=860)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QMenu

    from desktop.app import install_translators
    from desktop.services.ledger import LedgerService
    from desktop.storage.migrate import open_ledger
    from desktop.ui import messages
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import AppSettings

    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    install_translators(app, args.lang)
    said: list[str] = []
    current = [""]
    grabbed: list[Path] = []

    def settle() -> None:
        # A tool, not a test: dialogs that compute in the background (统计, the check)
        # are given a moment to fill before they are grabbed.
        loop = QEventLoop()
        QTimer.singleShot(args.settle_ms, loop.quit)
        loop.exec()

    def run_dialog(dialog: QDialog) -> bool:
        dialog.show()
        settle()
        name = f"{len(grabbed) + 1:02d}-{_file_name(current[0])}.png"
        dialog.grab().save(str(out / name))
        grabbed.append(out / name)
        dialog.reject()
        return False

    def say(kind: str) -> Any:
        def record(parent: object, text: str, title: str | None = None) -> None:
            said.append(f"[{current[0]}] {kind}: {title or ''} | {text}")

        return record

    def no(*_args: object, **_kwargs: object) -> None:
        return None

    messages.run_dialog = run_dialog
    messages.error = say("error")
    messages.warning = say("warning")
    messages.info = say("info")
    messages.confirm = lambda *a, **k: False
    for name in ("ask_open_file", "ask_save_file", "ask_directory", "ask_text", "ask_choice"):
        setattr(messages, name, no)
    messages.ask_open_files = lambda *a, **k: []

    with tempfile.TemporaryDirectory() as tmp:
        ledger = Path(tmp) / Path(args.ledger).name
        shutil.copy(args.ledger, ledger)
        settings = AppSettings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(
            LedgerService(open_ledger(ledger), "巡览"), ledger.name, settings=settings
        )
        window.resize(args.width, args.height)
        window.show()
        app.processEvents()
        shown = window.shown_issues()
        chosen = [r for r in shown if r.number == args.issue] if args.issue else shown[:1]
        if chosen:
            window.select_issue(chosen[0].id)
        app.processEvents()

        def actions(menu: QMenu, path: str) -> list[tuple[str, Any]]:
            found: list[tuple[str, Any]] = []
            for action in menu.actions():
                if action.isSeparator():
                    continue
                label = f"{path} › {action.text().replace('&', '')}"
                submenu = action.menu()
                if isinstance(submenu, QMenu):
                    found += actions(submenu, label)
                else:
                    found.append((label, action))
            return found

        def every() -> dict[str, Any]:
            found: list[tuple[str, Any]] = []
            for top in window.menuBar().actions():
                menu = top.menu()
                if isinstance(menu, QMenu):
                    found += actions(menu, top.text().replace("&", ""))
            return dict(found)

        # Menus are rebuilt by some actions: each action is looked up again by its label.
        for label in list(every()):
            if SKIPPED.search(label) or (args.only and args.only not in label):
                continue
            action = every().get(label)
            if action is None:
                said.append(f"[{label}] (gone from the menus)")
                continue
            if not action.isEnabled():
                said.append(f"[{label}] (disabled)")
                continue
            current[0] = label
            before = len(grabbed)
            action.trigger()
            settle()
            for widget in app.topLevelWidgets():
                if widget is not window and widget.isVisible() and not isinstance(widget, QMenu):
                    name = f"{len(grabbed) + 1:02d}-{_file_name(label)}.png"
                    widget.grab().save(str(out / name))
                    grabbed.append(out / name)
                    widget.close()
            if len(grabbed) == before:
                said.append(f"[{label}] (no window)")
        window.grab().save(str(out / "00-window.png"))
        window.close()
    (out / "messages.txt").write_text("\n".join(said) + "\n", encoding="utf-8")
    print(f"{len(grabbed)} windows grabbed to {out}; messages in {out / 'messages.txt'}")
    return 0


def _file_name(label: str) -> str:
    return re.sub(r"[^\w]+", "_", label).strip("_")[:60]


if __name__ == "__main__":
    sys.exit(main())
