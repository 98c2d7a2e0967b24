"""Notices published as PDF (``tests/notice/corpus_pdf``, written by
``tests.notice.pdf_corpus`` from the text corpus laid out as official documents): each
reads as the same notice's text does; our own printed notice reads back whole; a PDF
with no text, one locked with a password, a damaged one are refused in a sentence
that names the file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from desktop.documents.pdf_text import _joined, _marks_in_place
from desktop.notice.reader import NoticeFileError, read_notice_file
from tests.notice.pdf_corpus import LEFT_OUT, PDF, sources
from tests.notice.test_corpus import _expected, check

if TYPE_CHECKING:
    from desktop.services.ledger import LedgerService

FILES = sorted(PDF.glob("*.pdf"))


def test_every_notice_of_the_corpus_has_its_pdf() -> None:
    assert {p.stem for p in FILES} == {p.stem for p in sources()}
    assert len(FILES) >= 30
    assert all(name not in {p.stem for p in FILES} for name in LEFT_OUT)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_each_pdf_reads_as_its_text(path: Path) -> None:
    reading = read_notice_file(path)
    assert reading.encoding == "pdf"
    source = next(p for p in sources() if p.stem == path.stem)
    assert check(reading.plan, reading.title, _expected(source)) == []


def test_marks_drawn_apart_go_back_into_their_places() -> None:
    """LibreOffice draws “ and ” set in a Latin font after the line's Chinese text:
    read back, they lead the line and leave a space where each was."""
    assert _marks_in_place("“ ”一是开展 四不两直 检查36 次。") == "一是开展“四不两直”检查36 次。"
    assert _marks_in_place("《》学习 条例 和规定") == "学习《条例》和规定"
    # Text as written is left alone: a line that starts with a quote of its own, marks
    # with no spaces to go to, spaces that do not match the marks.
    for line in (
        "“三重一大”事项集体决策",
        "“三重一大 事项",
        "“”一是开展四不两直检查",
        "“ ”一 二 三 四",
    ):
        assert _marks_in_place(line) == line


def test_wrapped_lines_join_and_the_others_stay_apart() -> None:
    full = "关于生态环境保护领域突出问题整改不彻底的问"
    pages = [
        ["一、在履行职责方面", full, "题。整改进展：已完成。", full[:-1] + "。", "短句"],
        ["题目跨页。"],
    ]
    assert _joined([[*pages[0][:3]]]) == ["一、在履行职责方面", full + "题。整改进展：已完成。"]
    # A full line ending a sentence stays apart; a full last line runs on over the page.
    assert _joined([[full, full[:-1] + "。", "短句"], [full], ["题目跨页。"]]) == [
        full + full[:-1] + "。",
        "短句",
        full + "题目跨页。",
    ]


def printed_demo(folder: Path, form: str) -> tuple[Path, LedgerService]:
    """The demo ledger printed to a PDF as ``form`` ("notice", "ledger"), with the
    ledger's service to compare against."""
    from desktop.cli import main
    from desktop.services.ledger import LedgerService
    from desktop.storage.migrate import open_ledger

    ledger = folder / "demo.sqlite"
    assert main(["demo", "--ledger", str(ledger)]) == 0
    pdf = folder / f"{form}.pdf"
    assert main(["print", str(pdf), "--ledger", str(ledger), "--form", form]) == 0
    return pdf, LedgerService(open_ledger(ledger), "test")


def test_our_own_printed_notice_reads_back(qapp: object, tmp_path: Path) -> None:
    """The notice the app prints (Qt's PDF, the official page with its page numbers)
    read back: every issue and measure of the demo ledger's inspection."""
    pdf, service = printed_demo(tmp_path, "notice")
    reading = read_notice_file(pdf)
    issues = service.list_issues()
    measures = service.measures_by_issue([i.id for i in issues])
    assert len(reading.plan.issues) == len(issues) == 14
    assert sum(len(i.measures) for i in reading.plan.issues) == sum(
        len(m) for m in measures.values()
    )
    assert [i.draft.text[:12] for i in reading.plan.issues] == [i.text[:12] for i in issues]


def test_our_own_printed_ledger_reads_back_as_its_issues(qapp: object, tmp_path: Path) -> None:
    """The ledger table the app prints (Qt's PDF: nine ruled columns, headers over two
    lines, long cells, rows cut by page breaks and marked （续）/（见上页）), sent to an
    office that reads it as a notice: every issue with its number, status, text and
    measures, each cut row one issue."""
    pdf, service = printed_demo(tmp_path, "ledger")
    reading = read_notice_file(pdf)
    issues = service.list_issues()
    measures = service.measures_by_issue([i.id for i in issues])
    assert [i.draft.number for i in reading.plan.issues] == [i.number for i in issues]
    assert [i.draft.status for i in reading.plan.issues] == [i.status for i in issues]
    assert [i.draft.text[:20] for i in reading.plan.issues] == [i.text[:20] for i in issues]
    assert [len(i.measures) for i in reading.plan.issues] == [len(measures[i.id]) for i in issues]


def test_a_table_read_wrong_falls_back_to_the_pages_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading a table from positions is a bonus: should it fail on an odd page, the
    page's text is read as before (cells as lines), never an error."""
    import desktop.documents.pdf_text as pdf_text_module

    def broken(*_args: object) -> None:
        raise ZeroDivisionError

    path = PDF / "27_docx_table.pdf"
    assert "问题1：占道经营整治不彻底。" in pdf_text_module.pdf_text(path)
    monkeypatch.setattr(pdf_text_module, "page_items", broken)
    text = pdf_text_module.pdf_text(path)
    assert "占道经营整治不彻" in text
    assert "问题1：" not in text


def _picture_pdf(path: Path) -> None:
    """A 'scanned' notice: a page holding only a picture."""
    from PySide6.QtGui import QColor, QImage, QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    image = QImage(200, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(writer)
    painter.drawImage(0, 0, image)
    painter.end()


def test_what_holds_no_text_is_refused_in_a_sentence(qapp: object, tmp_path: Path) -> None:
    import pypdf

    scanned = tmp_path / "扫描件.pdf"
    _picture_pdf(scanned)
    with pytest.raises(NoticeFileError, match=r"扫描件\.pdf.*扫描"):
        read_notice_file(scanned)

    locked = tmp_path / "加密.pdf"
    writer = pypdf.PdfWriter(clone_from=str(FILES[0]))
    writer.encrypt("123456", algorithm="RC4-128")
    writer.write(str(locked))
    with pytest.raises(NoticeFileError, match=r"加密\.pdf.*密码"):
        read_notice_file(locked)

    cut = tmp_path / "下载中断.pdf"
    cut.write_bytes(FILES[0].read_bytes()[:1500])
    with pytest.raises(NoticeFileError, match=r"下载中断\.pdf"):
        read_notice_file(cut)

    # A PDF under another name is read as what it is.
    renamed = tmp_path / "通报.txt"
    renamed.write_bytes(FILES[0].read_bytes())
    assert read_notice_file(renamed).encoding == "pdf"
