"""Grab PNGs of the notice dialogs on a ledger, offscreen, to look at what users see.

    QT_QPA_PLATFORM=offscreen python -m tests.tools.notice_screenshots LEDGER OUTDIR
        [--font-scale 150] [--lang en]

Writes ``import_sample.png`` (the sample notice read from its file, a measure chosen)
and ``import_inspection.png`` (its 巡察 tab), ``import_problems.png`` (a pasted text
with problems, one chosen) and ``import_statistics.png`` (its figures), and
``writer.png`` (the writer on the ledger's first inspection). Settings go to a temporary INI file.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[1] / "notice" / "data" / "sample_notice.txt"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("ledger")
    parser.add_argument("out")
    parser.add_argument("--font-scale", type=int, default=100, help="the font-size setting, %")
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--width", type=int, default=1200, help="the import dialog's width")
    parser.add_argument("--height", type=int, default=760)
    parser.add_argument("--sample", default=str(SAMPLE), help="the notice file to read")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.app import install_translators
    from desktop.services.ledger import LedgerService
    from desktop.storage.migrate import open_ledger
    from desktop.ui.appearance import apply_font_scale
    from desktop.ui.notice_import import NoticeImportDialog
    from desktop.ui.notice_writer_dialog import NoticeWriterDialog, NoticeWriterPrefs
    from tests.notice.texts import LAYOUT_A

    app = QApplication(sys.argv)
    install_translators(app, args.lang)
    apply_font_scale(app, args.font_scale)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    service = LedgerService(open_ledger(args.ledger), "截图")
    inspections = service.list_inspections()
    ok = True

    dialog = NoticeImportDialog(inspections)
    dialog.load_file(Path(args.sample))
    dialog.resize(args.width, args.height)
    dialog.show()
    top = dialog.tree.topLevelItem(1)
    if top is not None:
        dialog.tree.setCurrentItem(top.child(0) or top)
    app.processEvents()
    ok &= dialog.grab().save(str(out / "import_sample.png"))
    dialog.tabs.setCurrentIndex(0)
    app.processEvents()
    ok &= dialog.tabs.grab().save(str(out / "import_inspection.png"))
    dialog.close()

    dialog = NoticeImportDialog(inspections)
    broken = LAYOUT_A.replace("整改进度：正在推进。", "整改进度：看情况吧。").replace(
        "60.00%", "70.00%"
    )
    dialog.set_text(broken)
    dialog.resize(args.width, args.height)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.problems_page)
    dialog.problem_list.setCurrentItem(dialog.problem_list.topLevelItem(1))
    app.processEvents()
    ok &= dialog.grab().save(str(out / "import_problems.png"))
    dialog.tabs.setCurrentWidget(dialog.stats_tree)
    app.processEvents()
    ok &= dialog.tabs.grab().save(str(out / "import_statistics.png"))
    dialog.close()

    with tempfile.TemporaryDirectory() as tmp:
        store = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        writer = NoticeWriterDialog(
            service,
            inspections,
            inspections[0] if inspections else None,
            NoticeWriterPrefs(store),
        )
        writer.show()
        app.processEvents()
        ok &= writer.grab().save(str(out / "writer.png"))
        writer.close()
    service.uow.engine.dispose()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
