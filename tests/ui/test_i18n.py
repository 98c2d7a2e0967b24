"""Language: Chinese source strings by default, English through the Qt Linguist
translation (compiled on the fly when no .qm was built), Qt's own dialogs in Chinese."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.app import install_translators
from desktop.services.ledger import LedgerService
from desktop.ui import i18n
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import AppSettings


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))


def remove(app: QApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


def test_the_english_ts_covers_every_string(tmp_path: Path) -> None:
    ts = i18n.translations_dir() / "rectify_en.ts"
    text = ts.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    qm = tmp_path / "en.qm"
    assert i18n.compile_ts(ts, qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("MainWindow", "新建问题…") == "New issue…"


def test_translation_file_is_built_when_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A checkout without a built .qm: the .ts is compiled into the cache folder.
    resources = tmp_path / "resources"
    (resources / "translations").mkdir(parents=True)
    source = i18n.translations_dir() / "rectify_en.ts"
    (resources / "translations" / "rectify_en.ts").write_bytes(source.read_bytes())
    monkeypatch.setenv("RECTIFY_RESOURCES", str(resources))
    built = i18n.translation_file("en", cache_dir=tmp_path / "cache")
    assert built == tmp_path / "cache" / "translations" / "rectify_en.qm"
    assert built.exists()
    assert i18n.translation_file("zh_CN") is None


def test_english_window(
    qtbot: QtBot, app: QApplication, service: LedgerService, settings: AppSettings
) -> None:
    translators = install_translators(app, "en")
    try:
        assert len(translators) == 2  # Qt's and ours
        window = MainWindow(service, "x.sqlite", settings=settings)
        qtbot.addWidget(window)
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles == ["&File", "&Edit", "&View", "&Reports", "&Settings", "&Help"]
        assert window.windowTitle() == "x.sqlite — Rectification ledger"
        assert window.detail.tabs.tabText(1) == "Measures"
        assert window.undo_action.text() == "Undo"
    finally:
        remove(app, translators)


def test_chinese_by_default_with_qt_dialogs_in_chinese(
    app: QApplication, settings: AppSettings
) -> None:
    assert settings.language == "zh_CN"
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (qt_dir / "qtbase_zh_CN.qm").exists()
    translators = install_translators(app, "zh_CN")
    try:
        # Qt's own and the strings it lacks; ours is the source language.
        assert len(translators) == 2
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
        assert QLocale().language() == QLocale.Language.Chinese
    finally:
        remove(app, translators)


def test_every_translator_is_a_compiled_catalogue(app: QApplication) -> None:
    """No translator is written in Python: Qt calls translators from any thread under
    its own lock, and a Python one needs the interpreter lock there (a worker that
    translated while the GUI thread removed a translator hung both). The strings Qt's
    catalogue lacks come from the supplement's catalogue."""
    for lang in ("zh_CN", "en"):
        translators = install_translators(app, lang)
        try:
            assert translators
            assert {type(t) for t in translators} == {QTranslator}, lang
            if lang == "zh_CN":
                assert QCoreApplication.translate("QPageSetupWidget", "mm") == "毫米"
                assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder") == "文件夹"
        finally:
            remove(app, translators)


def test_qt_file_dialog_has_no_english_left(app: QApplication, qtbot: QtBot) -> None:
    """Qt's own file dialog (the one used on Linux desktops without a portal) read in
    Chinese: its labels, buttons and view, with nothing left in English."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel

    translators = install_translators(app, "zh_CN")
    try:
        dialog = QFileDialog(None, "导出 PDF")
        qtbot.addWidget(dialog)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        texts = [w.text() for w in dialog.findChildren(QLabel)]
        texts += [b.text() for b in dialog.findChildren(QAbstractButton) if b.text()]
        # Qt's own catalogue or, where it has none, our supplement (which spells the
        # shortcut): either way in Chinese.
        assert any(t.startswith("查找范围") for t in texts), texts
        assert any(t.startswith("文件类型") for t in texts), texts
        english = [t for t in texts if re.search(r"[A-Za-z]{3}", t.replace("&", ""))]
        assert english == []
    finally:
        remove(app, translators)


def test_dates_of_qt_dialogs_in_chinese(monkeypatch: pytest.MonkeyPatch) -> None:
    """Qt's file dialog dates follow the system locale: its time category is made
    Chinese before the application starts (unless the user chose one for everything)."""
    from desktop.app import chinese_dates

    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LC_TIME", raising=False)
    chinese_dates("zh_CN")
    import os

    assert os.environ["LC_TIME"] == "zh_CN.UTF-8"
    monkeypatch.delenv("LC_TIME")
    chinese_dates("en")
    assert "LC_TIME" not in os.environ
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    chinese_dates("zh_CN")
    assert "LC_TIME" not in os.environ


def test_the_ts_file_is_up_to_date_with_the_sources(tmp_path: Path) -> None:
    """Every translatable string of the UI and of the lower layers' messages is in the
    .ts (run lupdate on a copy)."""
    import subprocess

    import PySide6

    lupdate = Path(PySide6.__file__).resolve().parent / "lupdate"
    root = Path(__file__).resolve().parents[2]
    copy = tmp_path / "rectify_en.ts"
    copy.write_bytes((i18n.translations_dir() / "rectify_en.ts").read_bytes())
    sources = sorted(str(p) for p in (root / "desktop" / "ui").rglob("*.py"))
    result = subprocess.run(
        [
            str(lupdate),
            *sources,
            str(root / "desktop" / "app.py"),
            # The lower layers' messages: codes with Chinese source texts.
            str(root / "desktop" / "domain" / "texts.py"),
            "-ts",
            str(copy),
            "-no-obsolete",
            "-locations",
            "none",
            "-silent",
        ],
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert 'type="unfinished"' not in copy.read_text(encoding="utf-8")
