"""The lower layers' messages (``desktop.domain.texts``) in English: every code has an
English text with no Chinese left but the values put in, and the command line speaks
English with ``--lang en`` (or an English system locale) and Chinese by default."""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.domain import texts
from desktop.domain.texts import SOURCE, Message, Msg, codes
from desktop.ui import wording

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


class Value:
    """A value that takes any format spec (``{size:.1f}``, ``{at:%Y-%m-%d}``)."""

    def __format__(self, spec: str) -> str:
        return "<v>"

    def __repr__(self) -> str:
        return "<v>"


VALUE = Value()


def placeholders(source: str) -> list[str]:
    return [name for _, name, _, _ in string.Formatter().parse(source) if name]


# What a user types or reads in a Chinese file (a header, a status word, a date form)
# stays Chinese in English texts, in quotes.
QUOTED = re.compile(r"“[^”]*”")


def no_chinese(text: str) -> bool:
    """True when ``text`` has no Chinese outside quotes."""
    return CJK.search(QUOTED.sub("", text)) is None


@pytest.fixture
def english() -> Iterator[None]:
    previous = wording.use_language("en")
    try:
        yield
    finally:
        texts.set_translator(previous)


def test_every_code_has_a_chinese_source() -> None:
    assert set(SOURCE) == set(codes())
    assert len(codes()) == len(set(codes()))  # no two names for one code


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize("code", codes(), ids=str)
def test_every_code_reads_in_english(code: str) -> None:
    """A new code without an English translation fails here."""
    values = {name.split(".")[0].split("[")[0]: VALUE for name in placeholders(SOURCE[code])}
    text = Message(code, **values)
    assert no_chinese(text), f"{code}: {text}"
    english = texts.translated(SOURCE[code])
    assert set(placeholders(english)) == set(placeholders(SOURCE[code])), code


def test_chinese_by_default_and_back() -> None:
    assert Message(Msg.FILE_NOT_FOUND, path="a.xlsx") == "找不到文件“a.xlsx”。"
    previous = wording.use_language("en")
    try:
        english = Message(Msg.FILE_NOT_FOUND, path="甲.xlsx")
        assert english == "File “甲.xlsx” not found."
        assert english.code == Msg.FILE_NOT_FOUND
        assert english.values == {"path": "甲.xlsx"}
    finally:
        texts.set_translator(previous)
    assert Message(Msg.FILE_NOT_FOUND, path="a") == "找不到文件“a”。"


def test_a_message_survives_pickling() -> None:
    import pickle

    message = Message(Msg.NO_SUCH_INSPECTION, key="第一轮")
    copy = pickle.loads(pickle.dumps(message))
    assert copy == message
    assert copy.code == Msg.NO_SUCH_INSPECTION


def test_language_of_the_command_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    real = importlib.reload(wording)  # the functions the test fixture replaced
    try:
        assert real.system_language({"LANG": "en_US.UTF-8"}) == "en"
        assert real.system_language({"LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}) == "zh_CN"
        assert real.system_language({"LANG": "C.UTF-8"}) is None
        assert real.system_language({}) is None
        monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
        monkeypatch.setenv("APPDATA", str(tmp_path))
        assert real.settings_language() is None
        (tmp_path / "rectify").mkdir()
        (tmp_path / "rectify" / "rectify.ini").write_text(
            "[General]\nlanguage=en\n", encoding="utf-8"
        )
        assert real.settings_language() == "en"
        monkeypatch.setenv("LANG", "zh_CN.UTF-8")
        monkeypatch.delenv("LC_ALL", raising=False)
        monkeypatch.delenv("LC_MESSAGES", raising=False)
        assert real.command_line_language(None) == "en"  # the app's setting first
        assert real.command_line_language("zh_CN") == "zh_CN"
    finally:
        importlib.reload(wording)
