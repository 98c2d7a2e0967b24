"""The .docx notice: the official page of ``docs/architecture.md``, the East Asian font on
every run, and a document LibreOffice opens and lays out as an A4 PDF."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from desktop.notice.compose import NoticeItem, compose_notice
from desktop.notice.document import NoticeDocument
from desktop.notice.docx_writer import DocxFonts, build_docx, write_docx
from desktop.notice.reader import read_notice_file
from desktop.notice.statistics import statistics_from_records

SAMPLE = Path(__file__).parent / "data" / "sample_notice.txt"


@pytest.fixture(scope="module")
def notice() -> NoticeDocument:
    plan = read_notice_file(SAMPLE).plan
    assert plan.inspection is not None
    items = [
        NoticeItem(
            p.draft.number,
            p.draft.text,
            p.draft.status,
            p.draft.long_term,
            p.draft.progress,
            ("（一）在落实政治责任方面",) if int(p.draft.number) < 8 else ("（二）在防汛方面",),
            tuple(m.draft.text for m in p.measures),
        )
        for p in plan.issues
    ]
    return compose_notice(plan.inspection, items, statistics_from_records(items))


def test_official_page(notice: NoticeDocument) -> None:
    section = build_docx(notice).sections[0]
    # Lengths are stored in twips: compare in millimetres.
    sizes = [
        section.page_width,
        section.page_height,
        section.top_margin,
        section.bottom_margin,
        section.left_margin,
        section.right_margin,
    ]
    assert [round(s.mm, 1) for s in sizes] == [210, 297, 37, 35, 28, 26]


def test_every_run_carries_its_east_asian_font(notice: NoticeDocument) -> None:
    doc = build_docx(notice)
    runs = [r for p in doc.paragraphs for r in p.runs if r.text]
    assert len(runs) > 40
    for run in runs:
        fonts = run._element.rPr.rFonts
        assert fonts.get(qn("w:eastAsia")) == run.font.name
        assert fonts.get(qn("w:hint")) == "eastAsia"
        assert run.font.size is not None
    for footer in (doc.sections[0].footer, doc.sections[0].even_page_footer):
        for run in footer.paragraphs[0].runs:
            assert run._element.rPr.rFonts.get(qn("w:eastAsia")) == "宋体"
            assert run.font.size == Pt(14)


def test_fonts_sizes_and_lines_by_role(notice: NoticeDocument) -> None:
    doc = build_docx(notice)
    paragraphs = [p for p in doc.paragraphs if p.text]
    title = paragraphs[0]
    assert title.text == notice.title
    assert title.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert (title.runs[0].font.name, title.runs[0].font.size) == ("方正小标宋简体", Pt(22))
    body = next(p for p in paragraphs if p.text.startswith("根据市委统一部署"))
    assert (body.runs[0].font.name, body.runs[0].font.size) == ("仿宋", Pt(16))
    fmt = body.paragraph_format
    assert fmt.line_spacing_rule == WD_LINE_SPACING.EXACTLY
    assert fmt.line_spacing == Pt(28.95)
    assert 22 * fmt.line_spacing <= Mm(225)  # 22 lines fit the text block
    assert fmt.first_line_indent == Pt(32)
    ind = body._p.pPr.find(qn("w:ind"))
    assert ind.get(qn("w:firstLineChars")) == "200"
    heading = next(p for p in paragraphs if p.text.startswith("（一）"))
    assert heading.runs[0].font.name == "楷体"
    issue = next(p for p in paragraphs if p.text.startswith("问题1."))
    assert [(r.text[:3], r.font.name) for r in issue.runs] == [
        ("问题1", "仿宋"),
        ("履行灾", "仿宋"),
    ]
    top = next(p for p in paragraphs if p.text.startswith("一、") or p.text.startswith("（一）"))
    assert top.runs[0].font.name in ("黑体", "楷体")
    signature, when = paragraphs[-2:]
    assert (signature.text, when.text) == ("中共许昌市城乡一体化示范区工委", "2023年3月17日")
    assert signature.alignment == when.alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert when.paragraph_format.right_indent == Pt(64)  # 右空四字


def test_font_table_names_the_fallbacks(notice: NoticeDocument) -> None:
    doc = build_docx(notice, DocxFonts(body="仿宋_GB2312", body_alt="FangSong"))
    part = next(r.target_part for r in doc.part.rels.values() if r.reltype.endswith("/fontTable"))
    xml = part.blob.decode("utf-8")
    assert '<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>' in xml
    assert '<w:font w:name="仿宋_GB2312"><w:altName w:val="FangSong"/>' in xml
    assert '<w:font w:name="黑体"><w:altName w:val="SimHei"/>' in xml


def test_page_numbers_outside_on_odd_and_even_pages(notice: NoticeDocument) -> None:
    doc = build_docx(notice)
    assert doc.settings.odd_and_even_pages_header_footer
    odd = doc.sections[0].footer.paragraphs[0]
    even = doc.sections[0].even_page_footer.paragraphs[0]
    assert odd.alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert even.alignment == WD_ALIGN_PARAGRAPH.LEFT
    for paragraph in (odd, even):
        assert paragraph.text.startswith("— ")
        assert paragraph.text.endswith(" —")
        assert "PAGE" in "".join(t.text for t in paragraph._p.iter(qn("w:instrText")))


def test_write_replaces_nothing_on_failure(tmp_path: Path, notice: NoticeDocument) -> None:
    target = tmp_path / "missing" / "notice.docx"
    with pytest.raises(OSError, match="文件夹不存在"):
        write_docx(notice, target)
    assert not target.exists()
    assert not list(tmp_path.iterdir())


@pytest.mark.slow
def test_libreoffice_opens_it_as_an_a4_pdf(tmp_path: Path, notice: NoticeDocument) -> None:
    """The document opens in LibreOffice (headless) and lays out on A4 pages with the
    text in place; the first page is rendered to PNG as the manual check does."""
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice Writer is needed: apt-get install libreoffice-writer-nogui"
    source = tmp_path / "notice.docx"
    write_docx(notice, source)
    env = {**os.environ, "HOME": str(tmp_path)}
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
        env=env,
    )
    pdf = tmp_path / "notice.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    assert "595.3" in info
    assert "841.89" in info  # A4 in points
    pages = int(next(line for line in info.splitlines() if line.startswith("Pages:")).split()[1])
    assert pages >= 10
    first = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", "-layout", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    squashed = "".join(first.split())
    assert "关于市委专项巡察整改情况的通报" in squashed
    assert "根据市委统一部署" in squashed
    assert "—1—" in squashed
    last = subprocess.run(
        ["pdftotext", "-f", str(pages), "-l", str(pages), str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert "2023年3月17日" in "".join(last.split())
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
        check=True,
        timeout=60,
    )
    [png] = list(tmp_path.glob("page*.png"))
    assert png.stat().st_size > 10_000
