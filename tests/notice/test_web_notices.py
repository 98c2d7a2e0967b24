"""Notices saved from the websites that published them (``tests/notice/corpus_web``,
written by ``tests.notice.web_corpus`` from the text corpus): each page, in UTF-8 or
GB2312, or saved as a .mht, reads as the same notice's text does, the site's menu,
breadcrumb, tools and footer left out as furniture."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.notice.reader import read_notice_file
from tests.notice.test_corpus import _expected, check

WEB = Path(__file__).resolve().parent / "corpus_web"
PAGES = sorted(WEB.iterdir())


def test_every_text_notice_has_a_web_page() -> None:
    texts = {p.stem for p in (WEB.parent / "corpus").glob("*.txt")}
    assert {p.stem for p in PAGES} == texts
    assert {p.suffix for p in PAGES} == {".html", ".mht"}


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_each_saved_page_reads_as_its_text(path: Path) -> None:
    reading = read_notice_file(path)
    assert reading.encoding == "html"
    assert check(reading.plan, reading.title, _expected(path)) == []
