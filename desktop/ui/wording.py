"""Which language the messages of the lower layers speak (``desktop.domain.texts``).

The window calls :func:`follow_application` once its translators are installed: messages
are then worded by ``QCoreApplication.translate``, like every other string of the UI.
The command line has no application object; :func:`use_language` loads our compiled
translation into a bare ``QTranslator`` (QtCore only; Chinese loads nothing at all).
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from desktop.domain import texts

LANGUAGES = ("zh_CN", "en")
# The language use_language last installed (the command line's).
_current = "zh_CN"


def current_language() -> str:
    """The language :func:`use_language` installed last ("zh_CN" before any)."""
    return _current


def follow_application() -> None:
    """Word messages with the application's installed translators."""
    from PySide6.QtCore import QCoreApplication

    texts.set_translator(QCoreApplication.translate)


def use_language(lang: str) -> texts.Translator | None:
    """Word messages in ``lang`` without an application (the command line); returns the
    translator it replaces. English falls back to Chinese when no translation is found."""
    global _current
    _current = "zh_CN" if lang.startswith("zh") else lang
    if lang.startswith("zh"):
        return texts.set_translator(None)
    from PySide6.QtCore import QTranslator

    from desktop.ui.i18n import translation_file

    qm = translation_file(lang)
    translator = QTranslator()
    if qm is None or not translator.load(str(qm)):
        return texts.set_translator(None)

    def translate(context: str, source: str) -> str:
        return translator.translate(context, source) or source

    # The translator lives as long as the closure that uses it.
    return texts.set_translator(translate)


def system_language(environ: Mapping[str, str] | None = None) -> str | None:
    """The language the system asks for (``LC_ALL``, ``LC_MESSAGES``, ``LANG``, in
    POSIX order), when it is one we speak; None otherwise (C, POSIX, another language)."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if not value:
            continue
        if value.startswith("zh"):
            return "zh_CN"
        if value.startswith("en"):
            return "en"
        return None
    return None


def settings_language() -> str | None:
    """The language chosen in the app's settings (设置 → 语言), read from the INI file
    Qt keeps them in (``app.user_settings``) without loading Qt; None when unset."""
    import configparser
    import sys
    from pathlib import Path

    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(base / "rectify" / "rectify.ini", encoding="utf-8")
    except (OSError, configparser.Error, UnicodeDecodeError):
        return None
    value = parser.get("General", "language", fallback="")
    return value if value in LANGUAGES else None


def command_line_language(requested: str | None) -> str:
    """The command line's language (``docs/cli.md``): ``--lang``, else the app's
    setting, else the system locale, else Chinese."""
    return requested or settings_language() or system_language() or "zh_CN"
