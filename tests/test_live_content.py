"""The live-content checker on workbooks and documents made here."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from desktop.live_content import (
    UnsafeArchive,
    assert_no_live_content,
    find_live_content,
)


def _xlsx(path: Path, *, formula: bool = False) -> Path:
    import xlsxwriter

    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("台账")
    sheet.write_string(0, 0, "=SUM(1,2)")  # text that looks like a formula is fine
    sheet.write_number(1, 0, 3)
    if formula:
        sheet.write_formula(2, 0, "=A2*2")
    workbook.close()
    return path


def _rewrite(source: Path, target: Path, extra: dict[str, bytes]) -> Path:
    """Copy a package, adding or replacing parts."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w") as dst:
        for info in src.infolist():
            if info.filename not in extra:
                dst.writestr(info, src.read(info.filename))
        for name, data in extra.items():
            dst.writestr(name, data)
    return target


def test_a_plain_workbook_is_clean(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "plain.xlsx")
    assert find_live_content(path) == []
    assert_no_live_content(path)


def test_a_formula_is_found_with_its_text(tmp_path: Path) -> None:
    found = find_live_content(_xlsx(tmp_path / "f.xlsx", formula=True))
    assert [(f.kind, f.part) for f in found] == [("formula", "xl/worksheets/sheet1.xml")]
    assert "A2*2" in found[0].detail
    assert "公式" in found[0].message
    with pytest.raises(AssertionError, match="公式"):
        assert_no_live_content(tmp_path / "f.xlsx")


def test_openpyxl_formulas_are_found_too(tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active["A1"] = '=HYPERLINK("http://example.invalid","x")'
    workbook.save(tmp_path / "o.xlsx")
    assert [f.kind for f in find_live_content(tmp_path / "o.xlsx")] == ["formula"]


def test_macros_external_links_and_connections_are_found(tmp_path: Path) -> None:
    plain = _xlsx(tmp_path / "plain.xlsx")
    rels = (
        b'<?xml version="1.0"?><Relationships xmlns="x">'
        b'<Relationship Id="r1" Type="http://x/relationships/externalLinkPath" '
        b'Target="file:///C:/other.xlsx" TargetMode="External"/>'
        b'<Relationship Id="r2" Type="http://x/relationships/hyperlink" '
        b'Target="http://example.invalid" TargetMode="External"/></Relationships>'
    )
    hostile = _rewrite(
        plain,
        tmp_path / "hostile.xlsm",
        {
            "xl/vbaProject.bin": b"\x00" * 64,
            "xl/externalLinks/externalLink1.xml": b"<externalLink/>",
            "xl/externalLinks/_rels/externalLink1.xml.rels": rels,
            "xl/connections.xml": b"<connections/>",
            "xl/embeddings/oleObject1.bin": b"\x00",
        },
    )
    kinds = sorted({f.kind for f in find_live_content(hostile)})
    assert kinds == ["data_connection", "embedded_object", "external_link", "macro"]
    links = [f for f in find_live_content(hostile) if f.part.endswith(".rels")]
    assert len(links) == 1  # the hyperlink is not live, the link to another file is
    assert "other.xlsx" in links[0].detail


def _docx(path: Path, fields: list[str]) -> Path:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    document.add_paragraph("关于巡察整改情况的通报")
    for code in fields:
        run = document.add_paragraph().add_run()
        for kind, text in (("begin", None), (None, code), ("separate", None), ("end", None)):
            if kind:
                char = OxmlElement("w:fldChar")
                char.set(qn("w:fldCharType"), kind)
                run._r.append(char)
            else:
                # Split the code over two instrText pieces, as Word often does.
                for piece in (text[: len(text) // 2], text[len(text) // 2 :]):
                    instr = OxmlElement("w:instrText")
                    instr.text = piece
                    run._r.append(instr)
    document.save(str(path))
    return path


def test_page_numbers_are_fine_but_fetching_fields_are_not(tmp_path: Path) -> None:
    assert find_live_content(_docx(tmp_path / "ok.docx", [" PAGE ", " NUMPAGES "])) == []
    found = find_live_content(
        _docx(tmp_path / "bad.docx", [" PAGE ", ' INCLUDETEXT "C:\\\\secret.docx" '])
    )
    assert [f.kind for f in found] == ["field"]
    assert "INCLUDETEXT" in found[0].detail


def test_not_a_package_and_a_zip_bomb_are_refused() -> None:
    with pytest.raises(UnsafeArchive, match="不是有效的 Office 文档"):
        find_live_content(io.BytesIO(b"plain text, not a zip"))
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\x00" * (50 << 20))
    bomb.seek(0)
    with pytest.raises(UnsafeArchive, match="压缩比异常"):
        find_live_content(bomb)


def test_a_formula_across_a_chunk_border_is_found(tmp_path: Path) -> None:
    from desktop import live_content

    plain = _xlsx(tmp_path / "plain.xlsx")
    head = b"<worksheet><sheetData><row><c>"
    # "<" ends the first chunk, "f>" starts the second.
    padding = b" " * (live_content._CHUNK - 1 - len(head))
    sheet = head + padding + b"<f>1+1</f></c></row></sheetData></worksheet>"
    assert sheet.index(b"<f>") == live_content._CHUNK - 1
    big = _rewrite(plain, tmp_path / "big.xlsx", {"xl/worksheets/sheet1.xml": sheet})
    assert [f.kind for f in find_live_content(big)] == ["formula"]
