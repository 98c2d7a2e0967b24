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
import contextlib
import importlib.util
import os
import re
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.cli.common import EXIT_FOUND, EXIT_OK

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
        label = {"passed": "通过", "skipped": "跳过", "failed": "失败"}[self.status]
        return f"[{label}] {self.name}：{self.detail}"


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
        return (
            f"自检完成：{counts['passed']} 项通过，{counts['skipped']} 项跳过，"
            f"{len(self.failed)} 项失败。"
        )


def run_selftest(args: argparse.Namespace) -> int:
    """The ``selftest`` command."""
    # Offscreen unless told otherwise: the check must run without a screen (CI, a
    # server) and must not flash a window at a user who runs it.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    frozen = bool(getattr(sys, "frozen", False))
    print(f"整改台账 {__version__} 自检（{'安装版' if frozen else '源代码'}，{sys.platform}）")
    keep = getattr(args, "keep", None)
    if keep:
        folder = Path(keep)
        if folder.exists() and any(folder.iterdir()):
            print(f"自检文件夹不是空的：{folder}", file=sys.stderr)
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
    test.check("版本号", lambda: check_version(frozen))
    test.check("关于（许可证）", check_about)
    engine: Any = None

    def ledger() -> str:
        nonlocal engine
        from desktop.storage.migrate import open_ledger

        engine = open_ledger(test.ledger)
        return f"已在临时文件夹建立台账并完成数据库迁移（{test.ledger.name}）"

    test.check("台账文件", ledger)
    try:
        test.check("示例台账", lambda: check_demo(test, engine))
        workbook = test.workdir / "自检台账.xlsx"
        test.check("Excel 组件", lambda: check_workbook_libraries(workbook))
        test.check("导入 Excel 台账", lambda: check_import(test, workbook))
        test.check("导出 Excel 台账", lambda: check_export(test))
        test.check("Word 组件", lambda: check_docx(test.workdir))
        app = qt_application(test.workdir)
        restore = quiet_offscreen_warning()
        try:
            test.check("Qt 中文界面", check_qt_translation)
            test.check("界面翻译", lambda: check_our_translations(frozen))
            test.check("附带字体", check_fonts)
            test.check("节假日安排", check_calendar)
            test.check("打印 PDF", lambda: check_pdf(test))
            test.check("使用手册", check_manual)
            test.check("主窗口", lambda: check_main_window(test, app))
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
            raise RuntimeError("安装包中缺少版本信息（rectify-ledger 的元数据）") from None
        return f"{__version__}（源代码，未安装）"
    if recorded != __version__:
        raise RuntimeError(f"版本不一致：程序报告 {__version__}，元数据为 {recorded}")
    return str(__version__)


def check_about() -> str:
    from desktop.about import about_info

    info = about_info()
    unknown = [lib.name for lib in info.libraries if lib.version is None]
    if unknown:
        raise RuntimeError("以下程序库缺少版本信息：" + "、".join(unknown))
    fonts = sum(len(f.fonts) for f in info.fonts)
    unlicensed = "、".join(info.unlicensed_fonts)
    if unlicensed:
        raise RuntimeError(f"以下字体没有许可证文件：{unlicensed}")
    return f"本程序 {info.licence}；{len(info.libraries)} 个程序库、{fonts} 个字体的许可证齐全"


def check_demo(test: SelfTest, engine: Any) -> str:
    if engine is None:
        raise RuntimeError("台账未能建立")
    from desktop.services.demo import load_demo
    from desktop.services.ledger import LedgerService

    applied = load_demo(LedgerService(engine, "自检")).value
    if applied.issues_added == 0:
        raise RuntimeError("示例台账中没有问题")
    return f"载入 {applied.issues_added} 个问题、{applied.measures_added} 条整改措施"


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
        raise RuntimeError("写入的工作簿读回后内容不符")
    import xlsxwriter  # the export library: present and importable

    return (
        f"openpyxl 写入、python-calamine 读回 {len(rows)} 行；"
        f"xlsxwriter {xlsxwriter.__version__} 可用"
    )


def _present(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def _run_cli(argv: list[str]) -> None:
    from desktop.cli import main

    code = main(argv)
    if code != EXIT_OK:
        raise RuntimeError(f"rectify {argv[0]} 退出码 {code}（详情见上方的错误输出）")


def check_import(test: SelfTest, workbook: Path) -> str:
    if not _present("desktop.excel.reader"):
        raise Skipped("此版本未包含 Excel 导入（desktop.excel.reader）")
    if not workbook.exists():
        raise RuntimeError("自检工作簿未能生成")
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
            raise RuntimeError(f"导入后找不到巡察“{SELFTEST_INSPECTION}”")
        issues = service.list_issues(IssueFilter(inspection_id=InspectionId(inspection.id)))
        measures = sum(len(m) for m in service.measures_by_issue([i.id for i in issues]).values())
    finally:
        engine.dispose()
    if (len(issues), measures) != (EXPECTED_ISSUES, EXPECTED_MEASURES):
        raise RuntimeError(
            f"导入了 {len(issues)} 个问题、{measures} 条措施，"
            f"应为 {EXPECTED_ISSUES} 个问题、{EXPECTED_MEASURES} 条措施"
        )
    return f"导入 {len(issues)} 个问题、{measures} 条整改措施（合并单元格的工作簿）"


def check_export(test: SelfTest) -> str:
    if not _present("desktop.excel.writer"):
        raise Skipped("此版本未包含 Excel 导出（desktop.excel.writer）")
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
        raise RuntimeError(f"导出的工作簿中没有导入的问题“{expected}”")
    return f"导出 {out.stat().st_size // 1024} KB，{len(book.sheet_names)} 个工作表，已读回核对"


def check_docx(workdir: Path) -> str:
    import docx

    document = docx.Document()  # needs the default template shipped inside python-docx
    document.add_paragraph("整改台账自检")
    path = workdir / "自检.docx"
    document.save(str(path))
    return f"python-docx 生成 Word 文档（{path.stat().st_size // 1024} KB）"


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
        raise RuntimeError(f"找不到 Qt 的中文翻译（qtbase_zh_CN.qm，{folder}）")
    sample = translator.translate("QPlatformTheme", "Cancel")
    if not sample:
        raise RuntimeError("Qt 的中文翻译文件没有内容")
    return f"qtbase_zh_CN 已加载（Cancel → {sample}）"


def check_our_translations(frozen: bool) -> str:
    from PySide6.QtCore import QTranslator

    from desktop.paths import resources_dir

    folder = resources_dir() / "translations"
    compiled = sorted(folder.glob("*.qm")) if folder.is_dir() else []
    sources = sorted(folder.glob("*.ts")) if folder.is_dir() else []
    if not compiled:
        if frozen and sources:
            raise RuntimeError("安装包中有翻译源文件却没有编译好的 .qm 文件")
        raise Skipped("此版本没有编译好的界面翻译（.qm）" if sources else "此版本没有界面翻译")
    for qm in compiled:
        if not QTranslator().load(str(qm)):
            raise RuntimeError(f"无法加载 {qm.name}")
    return "已加载 " + "、".join(q.name for q in compiled)


def check_calendar() -> str:
    """The holidays package reads China's holidays and 调休 days (its names come from
    its own translation files, which a bundle must carry), without the user's cache."""
    from desktop.domain.calendar_package import package_version, years_from_package

    if package_version() is None:
        raise RuntimeError("没有安装 holidays 包：2026 年以前的节假日将只按周末计算")
    years = years_from_package(2026)
    if not years or years[-1].year != 2026:
        raise RuntimeError("holidays 包没有读出 2026 年的节假日安排")
    return f"holidays 包：{years[0].year}–{years[-1].year} 年（含调休上班日）"


def check_fonts() -> str:
    from PySide6.QtGui import QFontDatabase

    from desktop.paths import resources_dir

    folder = resources_dir() / "fonts"
    files = sorted(p for p in folder.rglob("*") if p.suffix.lower() in FONT_SUFFIXES)
    if not files:
        raise Skipped("此版本未附带字体")
    families: list[str] = []
    for path in files:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            raise RuntimeError(f"无法加载字体 {path.name}")
        families += QFontDatabase.applicationFontFamilies(font_id)
    return f"{len(files)} 个字体文件可用：" + "、".join(dict.fromkeys(families))


def check_manual() -> str:
    """The manual 帮助 → 使用手册 opens: there, readable, its pictures beside it."""
    import re

    from PySide6.QtGui import QImage

    from desktop.paths import docs_dir, manual_file

    path = manual_file()
    if not path.is_file():
        raise RuntimeError(f"找不到用户手册：{path}")
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", path.read_text(encoding="utf-8"))
    broken = [p for p in pictures if QImage(str(docs_dir() / p)).isNull()]
    if broken:
        raise RuntimeError("用户手册的插图缺失：" + "、".join(broken))
    return f"{path.name}，{len(pictures)} 张插图"


def check_pdf(test: SelfTest) -> str:
    """Print the imported issues (the demo's without an import) to a PDF with
    ``rectify print`` and check that its text maps back to Chinese: every character of
    the printed title must be in the fonts' ToUnicode maps, which is what a PDF reader
    extracts and searches. Without them (no usable font) the PDF shows boxes or nothing.
    """
    out = test.workdir / "自检打印.pdf"
    argv = ["print", str(out), "--ledger", str(test.ledger), "--form", "ledger"]
    imported = _present("desktop.excel.reader")
    _run_cli([*argv, "--inspection", SELFTEST_INSPECTION] if imported else argv)
    data = out.read_bytes()
    if not data.startswith(b"%PDF"):
        raise RuntimeError(f"{out.name} 不是 PDF 文件")
    mapped = pdf_unicode_text(data)
    wanted = WORKBOOK_ROWS[0][1] if imported else "整改"
    missing = "".join(dict.fromkeys(ch for ch in wanted if ch.strip() and ch not in mapped))
    if missing:
        raise RuntimeError(f"PDF 的文字无法还原为中文（缺少：{missing}），可能缺少中文字体")
    return f"{out.name}（{len(data) // 1024} KB），文字可还原为中文（{wanted}）"


_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.DOTALL)
_BFCHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
_BFRANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])")


def _utf16(hex_text: bytes) -> str:
    return bytes.fromhex(hex_text.decode()).decode("utf-16-be", errors="ignore")


def pdf_unicode_text(data: bytes) -> str:
    """Every character the PDF's ToUnicode maps name (the text a reader extracts), from
    its streams, inflated where compressed. Enough for a check; not a PDF parser."""
    chars: set[str] = set()
    for match in _STREAM.finditer(data):
        body = match.group(1)
        with contextlib.suppress(zlib.error):
            body = zlib.decompress(body)
        if b"begincmap" not in body:
            continue
        for section in re.findall(rb"beginbfchar(.*?)endbfchar", body, re.DOTALL):
            chars.update(ch for _glyph, text in _BFCHAR.findall(section) for ch in _utf16(text))
        for section in re.findall(rb"beginbfrange(.*?)endbfrange", body, re.DOTALL):
            for low, high, target in _BFRANGE.findall(section):
                if target.startswith(b"["):
                    targets = re.findall(rb"<([0-9A-Fa-f]+)>", target)
                    chars.update(ch for text in targets for ch in _utf16(text))
                    continue
                first = _utf16(target[1:-1])
                if len(first) == 1:
                    span = int(high, 16) - int(low, 16)
                    chars.update(chr(ord(first) + i) for i in range(min(span, 0xFFFF) + 1))
    return "".join(sorted(chars))


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
                    f"“{widget.windowTitle()}”（{size.width()}×{size.height()}"
                    + ("，截图 主窗口.png" if saved else "")
                    + "）"
                )
                timer.stop()
                for other in visible:
                    other.close()
                app.exit(0)
                return
        for widget in visible:
            if isinstance(widget, QDialog):
                text = widget.text() if isinstance(widget, QMessageBox) else ""
                problems.append(f"出现对话框“{widget.windowTitle()}”{text}")
                widget.reject()
        if time.monotonic() > deadline:
            timer.stop()
            problems.append(f"{WINDOW_TIMEOUT_S:.0f} 秒内主窗口未出现")
            app.exit(1)

    timer.timeout.connect(probe)
    timer.start()
    try:
        code = run_gui(ledger=str(test.ledger), operator="自检", lang="zh_CN")
    finally:
        timer.stop()
    if problems:
        raise RuntimeError("；".join(problems))
    if not seen:
        raise RuntimeError(f"主窗口未显示（退出码 {code}）")
    if code != 0:
        raise RuntimeError(f"主窗口关闭后退出码为 {code}")
    return f"已在屏幕外打开主窗口{seen[0]}并关闭"
