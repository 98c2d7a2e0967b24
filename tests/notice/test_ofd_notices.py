"""Notices published as OFD (``tests/notice/corpus_ofd``, written by
``tests.notice.ofd_corpus``): each reads as the same notice's text does, issue tables
(ruled, over pages, one row per measure) included; a damaged OFD and one whose pages
are pictures are refused in a sentence naming the file. A ledger table in an OFD
imports like a workbook."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from desktop.notice.reader import NoticeFileError, read_notice_file
from tests.notice.ofd_corpus import LEFT_OUT, OFD
from tests.notice.test_corpus import _expected, check

FILES = sorted(OFD.glob("*.ofd"))
# A page of pictures only: no text object.
EMPTY_PAGE = b'<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content/></ofd:Page>'
CORPUS = Path(__file__).resolve().parent / "corpus"


def test_the_ofd_corpus_holds_the_text_notices_and_the_tables() -> None:
    assert len(FILES) >= 35
    names = {p.stem for p in FILES}
    assert not names & set(LEFT_OUT)
    assert {"27_docx_table", "38_docx_table_plain_pages", "39_docx_table_measure_rows"} <= names


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_each_ofd_reads_as_its_text(path: Path) -> None:
    reading = read_notice_file(path)
    assert reading.encoding == "ofd"
    source = next(p for p in CORPUS.iterdir() if p.stem == path.stem and p.suffix != ".json")
    assert check(reading.plan, reading.title, _expected(source)) == []


def test_what_cannot_be_read_is_refused_in_a_sentence(tmp_path: Path) -> None:
    damaged = tmp_path / "损坏.ofd"
    with zipfile.ZipFile(damaged, "w") as archive:
        archive.writestr("OFD.xml", "<ofd:OFD><ofd:DocBody>")
    with pytest.raises(NoticeFileError, match=r"损坏\.ofd.*损坏"):
        read_notice_file(damaged)

    pictures = tmp_path / "扫描.ofd"
    source = FILES[0].read_bytes()
    original = zipfile.ZipFile(io.BytesIO(source))
    with zipfile.ZipFile(pictures, "w") as target:
        for info in original.infolist():
            data = original.read(info.filename)
            if info.filename.endswith("Content.xml"):
                data = EMPTY_PAGE
            target.writestr(info, data)
    with pytest.raises(NoticeFileError, match=r"扫描\.ofd.*没有文字"):
        read_notice_file(pictures)


def test_a_ledger_table_in_an_ofd_imports_like_a_workbook() -> None:
    from desktop.excel.reader import read_ledger

    plan = read_ledger(OFD / "39_docx_table_measure_rows.ofd")
    assert [len(i.measures) for i in plan.issues] == [2, 3, 1, 2]
    assert {m.draft.responsibility.lead_unit for i in plan.issues for m in i.measures} == {
        "县林业局"
    }


def test_hostile_packages_are_refused_or_bounded(tmp_path: Path) -> None:
    """A DTD in a part (entity expansion), offsets repeated a hundred million times,
    composites nested in themselves: refused, or read within bounds, never hanging or
    eating memory."""
    from desktop.documents.ofd_text import OfdUnreadable, _deltas, ofd_text

    assert len(_deltas("g 100000000 1.5", 12)) == 12

    def package(path: Path, page: str, resources: str = "") -> Path:
        ns = 'xmlns:ofd="http://www.ofdspec.org/2016"'
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr(
                "OFD.xml",
                f"<ofd:OFD {ns}><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>"
                "</ofd:DocBody></ofd:OFD>",
            )
            archive.writestr(
                "Doc_0/Document.xml",
                f"<ofd:Document {ns}><ofd:CommonData><ofd:DocumentRes>Res.xml"
                "</ofd:DocumentRes></ofd:CommonData><ofd:Pages><ofd:Page ID='1' "
                "BaseLoc='Pages/Page_0/Content.xml'/></ofd:Pages></ofd:Document>",
            )
            archive.writestr("Doc_0/Res.xml", resources or f"<ofd:Res {ns}/>")
            archive.writestr("Doc_0/Pages/Page_0/Content.xml", page)
        return path

    bomb = '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY a "aaaaaaaaaa">]><a>&a;</a>'
    with pytest.raises(OfdUnreadable):
        ofd_text(package(tmp_path / "dtd.ofd", bomb))

    ns = 'xmlns:ofd="http://www.ofdspec.org/2016"'
    text = (
        f"<ofd:Page {ns}><ofd:Content><ofd:Layer><ofd:TextObject Boundary='10 10 100 10' "
        "Size='5'><ofd:TextCode X='0' Y='5' DeltaX='g 100000000 5'>问题一：台账不全。"
        "</ofd:TextCode></ofd:TextObject><ofd:CompositeObject ResourceID='7' "
        "Boundary='0 0 10 10'/></ofd:Layer></ofd:Content></ofd:Page>"
    )
    loop = (
        f"<ofd:Res {ns}><ofd:CompositeGraphicUnits><ofd:CompositeGraphicUnit ID='7'>"
        "<ofd:Content><ofd:CompositeObject ResourceID='7' Boundary='1 1 5 5'/>"
        "</ofd:Content></ofd:CompositeGraphicUnit></ofd:CompositeGraphicUnits></ofd:Res>"
    )
    assert "问题一：台账不全。" in ofd_text(package(tmp_path / "loop.ofd", text, loop))
