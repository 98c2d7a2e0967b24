"""``rectify selftest`` (not in ``--help``): checks that this build of the program
works end to end, for the installer's smoke test and for support on a user's machine.

It works in a temporary folder and never touches the user's ledgers or settings: it
creates a ledger there (running the migrations), loads the demo, writes a small
workbook and imports it, exports the ledger, writes a Word document, loads the bundled
fonts and translations, prints the imported issues to a PDF (whose text must map back
to the Chinese it was set from), and opens the main window offscreen and closes it.
``--keep DIR`` works in DIR instead and leaves what it made there (the installers'
checks read the PDF and the ledger afterwards). Parts that this build does not
contain yet are reported as skipped. Prints one line per check; exit 0 when nothing
failed, 1 otherwise.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.cli.common import EXIT_FOUND, EXIT_OK
from desktop.domain import texts
from desktop.domain.texts import Message, Msg

SELFTEST_INSPECTION = "安装自检"
# The workbook the self-test imports: a title row, a header row, two issues, the
# first with two measures (its issue cells merged, as real ledgers have them).
WORKBOOK_HEADERS = ("序号", "问题描述", "整改措施", "牵头单位", "整改时限", "整改状态")
WORKBOOK_ROWS = (
    ("1", "自检问题一：台账导入", "一是核对表头", "办公室", "2023年1月11日", "已完成"),
    (None, None, "二是核对合并单元格", "办公室", "长期坚持", "正在推进"),
    ("2", "自检问题二：台账导出", "导出后核对内容", "综合科", "立行立改", "基本完成"),
)
EXPECTED_ISSUES = 2
EXPECTED_MEASURES = 3
WINDOW_TIMEOUT_S = 60.0
# How long the main window stays up before its picture is taken and it is closed.
WINDOW_SETTLE_S = 1.5
FONT_SUFFIXES = (".otf", ".ttf", ".ttc")


class Skipped(Exception):
    """A check that does not apply to this build; the message says why."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """The result of one check: passed, skipped or failed, with what was seen."""

    name: str
    status: str  # "passed" | "skipped" | "failed"
    detail: str

    def line(self) -> str:
        label = {
            "passed": Message(Msg.SELFTEST_PASSED),
            "skipped": Message(Msg.SELFTEST_SKIPPED),
            "failed": Message(Msg.SELFTEST_FAILED),
        }[self.status]
        return Message(Msg.SELFTEST_LINE, label=label, name=self.name, detail=self.detail)


class SelfTest:
    """Runs the checks in order inside one temporary folder and collects outcomes."""

    def __init__(self, workdir: Path, echo: Callable[[str], None] = print) -> None:
        self.workdir = workdir
        self.ledger = workdir / "selftest.sqlite"
        self.outcomes: list[Outcome] = []
        self._echo = echo

    def check(self, name: str, run: Callable[[], str]) -> Outcome:
        """Run one check; a :class:`Skipped` or any exception becomes its outcome, so
        one broken part never hides the others."""
        try:
            outcome = Outcome(name, "passed", run())
        except Skipped as exc:
            outcome = Outcome(name, "skipped", str(exc))
        except Exception as exc:
            outcome = Outcome(name, "failed", f"{type(exc).__name__}: {exc}")
        self.outcomes.append(outcome)
        self._echo(outcome.line())
        return outcome

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    def summary(self) -> str:
        counts = {s: sum(o.status == s for o in self.outcomes) for s in ("passed", "skipped")}
        return Message(
            Msg.SELFTEST_SUMMARY,
            counts=counts["passed"],
            counts2=counts["skipped"],
            count=len(self.failed),
        )


def run_selftest(args: argparse.Namespace) -> int:
    """The ``selftest`` command."""
    # Offscreen unless told otherwise: the check must run without a screen (CI, a
    # server) and must not flash a window at a user who runs it.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    frozen = bool(getattr(sys, "frozen", False))
    print(
        Message(
            Msg.SELFTEST_HEADER,
            version__=__version__,
            value=Message(Msg.SELFTEST_INSTALLED if frozen else Msg.SELFTEST_SOURCE),
            platform=sys.platform,
        )
    )
    keep = getattr(args, "keep", None)
    if keep:
        folder = Path(keep)
        if folder.exists() and any(folder.iterdir()):
            print(Message(Msg.SELFTEST_FOLDER_NOT_EMPTY, folder=folder), file=sys.stderr)
            return EXIT_FOUND
        folder.mkdir(parents=True, exist_ok=True)
        test = SelfTest(folder)
        run_all(test, frozen)
    else:
        with tempfile.TemporaryDirectory(
            prefix="rectify-selftest-", ignore_cleanup_errors=True
        ) as tmp:
            test = SelfTest(Path(tmp))
            run_all(test, frozen)
    print(test.summary())
    return EXIT_FOUND if test.failed else EXIT_OK


def run_all(test: SelfTest, frozen: bool) -> None:
    """Every check, in the order a user meets the parts."""
    test.check(Message(Msg.SELFTEST_CHECK_VERSION), lambda: check_version(frozen))
    test.check(Message(Msg.SELFTEST_CHECK_ABOUT), check_about)
    engine: Any = None

    def ledger() -> str:
        nonlocal engine
        from desktop.storage.migrate import open_ledger

        engine = open_ledger(test.ledger)
        return Message(Msg.SELFTEST_LEDGER_MADE, name=test.ledger.name)

    test.check(Message(Msg.SELFTEST_CHECK_LEDGER), ledger)
    try:
        test.check(Message(Msg.SELFTEST_CHECK_DEMO), lambda: check_demo(test, engine))
        workbook = test.workdir / "自检台账.xlsx"
        test.check(Message(Msg.SELFTEST_CHECK_EXCEL), lambda: check_workbook_libraries(workbook))
        test.check(Message(Msg.SELFTEST_CHECK_IMPORT), lambda: check_import(test, workbook))
        test.check(Message(Msg.SELFTEST_CHECK_EXPORT), lambda: check_export(test))
        test.check(Message(Msg.SELFTEST_CHECK_WORD), lambda: check_docx(test.workdir))
        app = qt_application(test.workdir)
        restore = quiet_offscreen_warning()
        try:
            test.check(Message(Msg.SELFTEST_CHECK_QT_ZH), check_qt_translation)
            test.check(
                Message(Msg.SELFTEST_CHECK_TRANSLATION), lambda: check_our_translations(frozen)
            )
            test.check(Message(Msg.SELFTEST_CHECK_FONTS), check_fonts)
            test.check(Message(Msg.SELFTEST_CHECK_HOLIDAYS), check_calendar)
            test.check(Message(Msg.SELFTEST_CHECK_PDF), lambda: check_pdf(test))
            test.check(Message(Msg.SELFTEST_CHECK_MANUAL), check_manual)
            test.check(Message(Msg.SELFTEST_CHECK_WINDOW), lambda: check_main_window(test, app))
        finally:
            restore()
    finally:
        if engine is not None:
            engine.dispose()


# ----------------------------------------------------------------------------- checks
def check_version(frozen: bool) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        recorded = version("rectify-ledger")
    except PackageNotFoundError:
        if frozen:
            raise RuntimeError(Message(Msg.SELFTEST_NO_METADATA)) from None
        return Message(Msg.SELFTEST_SOURCE_VERSION, version__=__version__)
    if recorded != __version__:
        raise RuntimeError(
            Message(Msg.SELFTEST_VERSION_MISMATCH, version__=__version__, recorded=recorded)
        )
    return str(__version__)


def check_about() -> str:
    from desktop.about import about_info

    info = about_info()
    unknown = [lib.name for lib in info.libraries if lib.version is None]
    if unknown:
        raise RuntimeError(
            Message(Msg.SELFTEST_NO_VERSIONS) + Message(Msg.LIST_SEPARATOR).join(unknown)
        )
    fonts = sum(len(f.fonts) for f in info.fonts)
    unlicensed = Message(Msg.LIST_SEPARATOR).join(info.unlicensed_fonts)
    if unlicensed:
        raise RuntimeError(Message(Msg.SELFTEST_FONTS_UNLICENSED, unlicensed=unlicensed))
    return Message(
        Msg.SELFTEST_LICENCES, licence=info.licence, count=len(info.libraries), fonts=fonts
    )


def check_demo(test: SelfTest, engine: Any) -> str:
    if engine is None:
        raise RuntimeError(Message(Msg.SELFTEST_NO_LEDGER))
    from desktop.services.demo import load_demo
    from desktop.services.ledger import LedgerService

    applied = load_demo(LedgerService(engine, "自检")).value
    if applied.issues_added == 0:
        raise RuntimeError(Message(Msg.SELFTEST_DEMO_EMPTY))
    return Message(
        Msg.SELFTEST_DEMO_LOADED,
        issues_added=applied.issues_added,
        measures_added=applied.measures_added,
    )


def write_selftest_workbook(path: Path) -> None:
    """The small ledger workbook the import check reads (openpyxl, as an office's
    Excel would save it)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "台账"
    width = len(WORKBOOK_HEADERS)
    sheet.cell(row=1, column=1, value="安装自检整改台账")
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    for col, header in enumerate(WORKBOOK_HEADERS, start=1):
        sheet.cell(row=2, column=col, value=header)
    for r, values in enumerate(WORKBOOK_ROWS, start=3):
        for col, value in enumerate(values, start=1):
            if value is not None:
                sheet.cell(row=r, column=col, value=value)
    for col in (1, 2):  # the first issue spans its two measure rows
        sheet.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
    book.save(path)


def check_workbook_libraries(workbook: Path) -> str:
    write_selftest_workbook(workbook)
    from python_calamine import CalamineWorkbook

    rows = CalamineWorkbook.from_path(str(workbook)).get_sheet_by_name("台账").to_python()
    texts = {str(cell) for row in rows for cell in row}
    if WORKBOOK_ROWS[0][1] not in texts:
        raise RuntimeError(Message(Msg.SELFTEST_READ_BACK_DIFFERS))
    import xlsxwriter  # the export library: present and importable

    return Message(Msg.SELFTEST_WORKBOOK_LIBS, count=len(rows), version__=xlsxwriter.__version__)


def _present(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def _run_cli(argv: list[str]) -> None:
    from desktop.cli import main
    from desktop.ui.wording import current_language

    code = main(["--lang", current_language(), *argv])
    if code != EXIT_OK:
        raise RuntimeError(Message(Msg.SELFTEST_EXIT_CODE, argv=argv[0], code=code))


def check_import(test: SelfTest, workbook: Path) -> str:
    if not _present("desktop.excel.reader"):
        raise Skipped(Message(Msg.SELFTEST_NO_IMPORT))
    if not workbook.exists():
        raise RuntimeError(Message(Msg.SELFTEST_NO_WORKBOOK))
    _run_cli(
        [
            "import",
            str(workbook),
            "--ledger",
            str(test.ledger),
            "--new-inspection",
            SELFTEST_INSPECTION,
        ]
    )
    from desktop.domain.filters import IssueFilter
    from desktop.domain.records import InspectionId
    from desktop.services.ledger import LedgerService
    from desktop.storage.migrate import open_ledger

    engine = open_ledger(test.ledger)
    try:
        service = LedgerService(engine, "自检")
        inspection = service.find_inspection(SELFTEST_INSPECTION)
        if inspection is None:
            raise RuntimeError(
                Message(Msg.SELFTEST_NO_INSPECTION, SELFTEST_INSPECTION=SELFTEST_INSPECTION)
            )
        issues = service.list_issues(IssueFilter(inspection_id=InspectionId(inspection.id)))
        measures = sum(len(m) for m in service.measures_by_issue([i.id for i in issues]).values())
    finally:
        engine.dispose()
    if (len(issues), measures) != (EXPECTED_ISSUES, EXPECTED_MEASURES):
        raise RuntimeError(
            Message(
                Msg.SELFTEST_IMPORT_COUNTS,
                count=len(issues),
                measures=measures,
                EXPECTED_ISSUES=EXPECTED_ISSUES,
                EXPECTED_MEASURES=EXPECTED_MEASURES,
            )
        )
    return Message(Msg.SELFTEST_IMPORTED, count=len(issues), measures=measures)


def check_export(test: SelfTest) -> str:
    if not _present("desktop.excel.writer"):
        raise Skipped(Message(Msg.SELFTEST_NO_EXPORT))
    out = test.workdir / "导出台账.xlsx"
    _run_cli(["export", str(out), "--ledger", str(test.ledger)])
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(out))
    texts = {
        str(cell)
        for name in book.sheet_names
        for row in book.get_sheet_by_name(name).to_python()
        for cell in row
    }
    expected = WORKBOOK_ROWS[2][1] if _present("desktop.excel.reader") else None
    if expected and expected not in texts:
        raise RuntimeError(Message(Msg.SELFTEST_EXPORT_MISSING, expected=expected))
    return Message(
        Msg.SELFTEST_EXPORTED, st_size=out.stat().st_size // 1024, count=len(book.sheet_names)
    )


def check_docx(workdir: Path) -> str:
    import docx

    document = docx.Document()  # needs the default template shipped inside python-docx
    document.add_paragraph("整改台账自检")
    path = workdir / "自检.docx"
    document.save(str(path))
    return Message(Msg.SELFTEST_DOCX, st_size=path.stat().st_size // 1024)


def qt_application(workdir: Path) -> Any:
    """The QApplication, with settings kept in the temporary folder (the main window
    remembers recent ledgers; the self-test's must not land in the user's list)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    settings = str(workdir / "settings")
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, settings)
    return QApplication.instance() or QApplication([sys.argv[0]])


def quiet_offscreen_warning() -> Callable[[], None]:
    """Drop the offscreen platform's warning that it cannot propagate size hints (it
    comes whenever a window is shown: true, harmless, and noise in the report); every
    other Qt message goes where it went before. Returns the function that undoes it."""
    from PySide6.QtCore import qInstallMessageHandler

    previous: Any = None

    def handler(kind: Any, context: Any, message: str) -> None:
        if "propagateSizeHints" in message:
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)

    def restore() -> None:
        qInstallMessageHandler(previous)

    return restore


def check_qt_translation() -> str:
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator()
    locale = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    if not translator.load(locale, "qtbase", "_", folder):
        raise RuntimeError(Message(Msg.SELFTEST_NO_QT_ZH, folder=folder))
    sample = translator.translate("QPlatformTheme", "Cancel")
    if not sample:
        raise RuntimeError(Message(Msg.SELFTEST_QT_ZH_EMPTY))
    return Message(Msg.SELFTEST_QT_ZH, sample=sample)


def check_our_translations(frozen: bool) -> str:
    from PySide6.QtCore import QTranslator

    from desktop.paths import resources_dir

    folder = resources_dir() / "translations"
    compiled = sorted(folder.glob("*.qm")) if folder.is_dir() else []
    sources = sorted(folder.glob("*.ts")) if folder.is_dir() else []
    if not compiled:
        if frozen and sources:
            raise RuntimeError(Message(Msg.SELFTEST_TS_WITHOUT_QM))
        raise Skipped(
            Message(Msg.SELFTEST_NO_QM) if sources else Message(Msg.SELFTEST_NO_TRANSLATION)
        )
    for qm in compiled:
        if not QTranslator().load(str(qm)):
            raise RuntimeError(Message(Msg.SELFTEST_CANNOT_LOAD, name=qm.name))
    return Message(Msg.SELFTEST_LOADED) + Message(Msg.LIST_SEPARATOR).join(q.name for q in compiled)


def check_calendar() -> str:
    """The holidays package reads China's holidays and 调休 days (its names come from
    its own translation files, which a bundle must carry), without the user's cache."""
    from desktop.domain.calendar_package import package_version, years_from_package

    if package_version() is None:
        raise RuntimeError(Message(Msg.SELFTEST_NO_HOLIDAYS))
    years = years_from_package(2026)
    if not years or years[-1].year != 2026:
        raise RuntimeError(Message(Msg.SELFTEST_HOLIDAYS_EMPTY))
    return Message(Msg.SELFTEST_HOLIDAYS, year=years[0].year, year2=years[-1].year)


def check_fonts() -> str:
    from PySide6.QtGui import QFontDatabase

    from desktop.paths import resources_dir

    folder = resources_dir() / "fonts"
    files = sorted(p for p in folder.rglob("*") if p.suffix.lower() in FONT_SUFFIXES)
    if not files:
        raise Skipped(Message(Msg.SELFTEST_NO_FONTS))
    families: list[str] = []
    for path in files:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            raise RuntimeError(Message(Msg.SELFTEST_CANNOT_LOAD_FONT, name=path.name))
        families += QFontDatabase.applicationFontFamilies(font_id)
    return Message(Msg.SELFTEST_FONTS, count=len(files)) + Message(Msg.LIST_SEPARATOR).join(
        dict.fromkeys(families)
    )


def check_manual() -> str:
    """The manual 帮助 → 使用手册 opens: there, readable, its pictures beside it."""

    from PySide6.QtGui import QImage

    from desktop.paths import docs_dir, manual_file

    path = manual_file()
    if not path.is_file():
        raise RuntimeError(Message(Msg.SELFTEST_NO_MANUAL, path=path))
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", path.read_text(encoding="utf-8"))
    broken = [p for p in pictures if QImage(str(docs_dir() / p)).isNull()]
    if broken:
        raise RuntimeError(
            Message(Msg.SELFTEST_MANUAL_PICTURES_MISSING) + Message(Msg.LIST_SEPARATOR).join(broken)
        )
    return Message(Msg.SELFTEST_MANUAL, name=path.name, count=len(pictures))


def check_pdf(test: SelfTest) -> str:
    """Print the imported issues (the demo's without an import) to a PDF with
    ``rectify print`` and read its text back as the notice reader reads a PDF
    (``documents.pdf_text``, pypdf): every character of the printed title must be there,
    which is what a PDF reader extracts and searches. Without the fonts' ToUnicode maps
    (no usable font) the PDF shows boxes or nothing; without pypdf in the build, PDF
    notices cannot be read."""
    out = test.workdir / "自检打印.pdf"
    argv = ["print", str(out), "--ledger", str(test.ledger), "--form", "ledger"]
    imported = _present("desktop.excel.reader")
    _run_cli([*argv, "--inspection", SELFTEST_INSPECTION] if imported else argv)
    data = out.read_bytes()
    if not data.startswith(b"%PDF"):
        raise RuntimeError(Message(Msg.SELFTEST_NOT_PDF, name=out.name))
    from desktop.documents.pdf_text import PdfUnreadable, pdf_text

    try:
        mapped = pdf_text(out)
    except PdfUnreadable:
        mapped = ""
    wanted = WORKBOOK_ROWS[0][1] if imported else "整改"
    missing = "".join(dict.fromkeys(ch for ch in wanted if ch.strip() and ch not in mapped))
    if missing:
        raise RuntimeError(Message(Msg.SELFTEST_PDF_NOT_CHINESE, missing=missing))
    return Message(Msg.SELFTEST_PDF, name=out.name, count=len(data) // 1024, wanted=wanted)


def check_main_window(test: SelfTest, app: Any) -> str:
    """Start the GUI the way ``rectify --ledger L`` does, wait until the main window is
    shown, note what appeared and close it. A dialog instead of the window (a start-up
    error) is a failure; so is nothing within a minute."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox

    from desktop.app import run_gui

    seen: list[str] = []
    problems: list[str] = []
    deadline = time.monotonic() + WINDOW_TIMEOUT_S
    shown_at: list[float] = []
    timer = QTimer()
    timer.setInterval(50)
    picture = test.workdir / "主窗口.png"

    def probe() -> None:
        visible = [w for w in app.topLevelWidgets() if w.isVisible()]
        for widget in visible:
            if isinstance(widget, QMainWindow):
                # Let the ledger's rows arrive, then keep a picture of the window as
                # this build of Qt draws it (fonts, translation: the installers' checks
                # look at it, where no screen can show the window).
                if not shown_at:
                    shown_at.append(time.monotonic())
                if time.monotonic() - shown_at[0] < WINDOW_SETTLE_S:
                    return
                size = widget.size()
                saved = widget.grab().save(str(picture))
                seen.append(
                    Message(
                        Msg.SELFTEST_WINDOW_SEEN,
                        title=widget.windowTitle(),
                        width=size.width(),
                        height=size.height(),
                        screenshot=Message(Msg.SELFTEST_SCREENSHOT) if saved else "",
                    )
                )
                timer.stop()
                for other in visible:
                    other.close()
                app.exit(0)
                return
        for widget in visible:
            if isinstance(widget, QDialog):
                text = widget.text() if isinstance(widget, QMessageBox) else ""
                problems.append(
                    Message(Msg.SELFTEST_DIALOG_SHOWN, windowTitle=widget.windowTitle(), text=text)
                )
                widget.reject()
        if time.monotonic() > deadline:
            timer.stop()
            problems.append(Message(Msg.SELFTEST_WINDOW_TIMEOUT, WINDOW_TIMEOUT_S=WINDOW_TIMEOUT_S))
            app.exit(1)

    timer.timeout.connect(probe)
    timer.start()
    # The window installs its own (Chinese) wording; this command's messages keep theirs.
    wording = texts.installed_translator()
    try:
        code = run_gui(ledger=str(test.ledger), operator="自检", lang="zh_CN")
    finally:
        timer.stop()
        texts.set_translator(wording)
    if problems:
        raise RuntimeError("；".join(problems))
    if not seen:
        raise RuntimeError(Message(Msg.SELFTEST_WINDOW_NOT_SHOWN, code=code))
    if code != 0:
        raise RuntimeError(Message(Msg.SELFTEST_WINDOW_EXIT, code=code))
    return Message(Msg.SELFTEST_WINDOW, seen=seen[0])
