"""The notice corpus as PDF files, as offices and websites publish notices: each
``tests/notice/corpus`` notice laid out as an official document (the title centred
in large type, paragraphs in 三号 with a two-character first-line indent at a fixed
28-point line pitch, so that paragraphs wrap and notices run over pages, and a page
number ``— N —`` at the foot of each page) and exported to PDF by LibreOffice, into
``tests/notice/corpus_pdf``. The .docx notices of the corpus are exported as they are.

The notices whose issues are a Word table are exported too: a PDF keeps no table, only
text placed in cells (and a bordered table's lines), which ``documents.pdf_tables`` reads
back into rows (four tables: plain, with section rows, bordered over pages with its
header repeated, plain over pages with a centred header). Left out: the two texts that
are themselves a PDF's extraction, page numbers and broken lines included (laid out
again it is no notice anyone would print).

Each reads as the source text's own ``.expected.json`` says (``test_pdf_notices.py``).
Run ``python -m tests.notice.pdf_corpus`` to rebuild (needs LibreOffice: ``soffice``);
the files are committed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from desktop.notice.clean import decode_bytes

CORPUS = Path(__file__).resolve().parent / "corpus"
PDF = Path(__file__).resolve().parent / "corpus_pdf"
# The two texts that are themselves a PDF's extraction.
LEFT_OUT = ("03_pdf_lines", "32_pdf_tree_page_numbers")
FACE = "WenQuanYi Micro Hei"


def sources() -> list[Path]:
    return sorted(
        p for p in CORPUS.iterdir() if p.suffix in (".txt", ".docx") and p.stem not in LEFT_OUT
    )


def _page_number_footer(section: object) -> None:
    """``— N —`` centred at the foot of each page (a PAGE field)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    footer = section.footer  # type: ignore[attr-defined]
    paragraph = footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run("— ")
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), ("end", None)):
        if kind is None:
            code = OxmlElement("w:instrText")
            code.set(qn("xml:space"), "preserve")
            code.text = text
            run._r.append(code)
        else:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
    paragraph.add_run(" —")


def official_docx(text: str, target: Path) -> None:
    """A notice's text as an official document (see the module's docstring)."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.oxml.ns import qn
    from docx.shared import Pt

    document = Document()
    style = document.styles["Normal"]
    style.font.size = Pt(16)
    # One Chinese face for the whole text, quotation marks included, as an office's
    # template sets it (here the face the test machines have).
    style.font.name = FACE
    style.element.rPr.rFonts.set(qn("w:eastAsia"), FACE)
    _page_number_footer(document.sections[0])
    lines = [line.strip() for line in text.splitlines()]
    title_done = False
    for line in lines:
        if not line:
            continue
        paragraph = document.add_paragraph()
        fmt = paragraph.paragraph_format
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(28)
        fmt.space_after = Pt(0)
        run = paragraph.add_run(line)
        if not title_done:
            title_done = True
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.font.size = Pt(22)
            fmt.line_spacing = Pt(36)
        else:
            fmt.first_line_indent = Pt(32)
    document.save(str(target))


def build(dest: Path = PDF) -> list[Path]:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is needed to rebuild the PDF corpus")
    dest.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        inputs: list[Path] = []
        for source in sources():
            if source.suffix == ".docx":
                shutil.copy(source, folder / source.name)
                inputs.append(folder / source.name)
            else:
                target = folder / f"{source.stem}.docx"
                official_docx(decode_bytes(source.read_bytes()).text, target)
                inputs.append(target)
        subprocess.run(
            [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(dest)]
            + [str(p) for p in inputs],
            check=True,
            capture_output=True,
            timeout=600,
        )
    return sorted(dest.glob("*.pdf"))


if __name__ == "__main__":
    for path in build(Path(sys.argv[1]) if len(sys.argv) > 1 else PDF):
        print(path.name)
