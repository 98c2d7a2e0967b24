"""The notice corpus as Word 97-2003 documents (.doc), as offices still keep and mail
notices: each ``tests/notice/corpus`` notice laid out as an official document (as for
the PDF corpus, ``tests.notice.pdf_corpus.official_docx``; the .docx notices as they
are) and saved by LibreOffice as "Word 97-2003", into ``tests/notice/corpus_doc``; every
third, and every notice whose issues are a Word table or Word's automatic list
numbering, also as Rich Text (``.rtf``, Word's and WPS's 另存为 RTF).

Issue tables and Word's automatic list numbers are read from both (a .doc keeps them in
its paragraph properties and list tables, RTF in ``\\intbl``/``\\cell`` and
``\\listtext``).

Each reads as the source text's own ``.expected.json`` says (``test_doc_notices.py``).
Run ``python -m tests.notice.doc_corpus`` to rebuild (needs LibreOffice); the files
are committed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from desktop.notice.clean import decode_bytes
from tests.notice.pdf_corpus import CORPUS, official_docx

DOC = Path(__file__).resolve().parent / "corpus_doc"
LEFT_OUT: tuple[str, ...] = ()
# Word's own structures, which RTF is read for however many others it is.
STRUCTURED = ("25_docx_auto_numbering", "26_docx_auto_numbering_chinese", "27_docx_table",
              "28_docx_table_sections", "36_docx_style_numbering",
              "37_docx_table_bordered_pages", "38_docx_table_plain_pages",
              "39_docx_table_measure_rows", "40_docx_table_measure_rows_plain")  # fmt: skip


def sources() -> list[Path]:
    """Every notice of the corpus a .doc or .rtf is made of."""
    return sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".docx"))


def build(dest: Path = DOC) -> list[Path]:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is needed to rebuild the .doc corpus")
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        inputs: list[Path] = []
        rtf: list[Path] = []
        plain = [p.stem for p in sources() if p.stem not in STRUCTURED]
        for source in sources():
            target = folder / f"{source.stem}.docx"
            if source.suffix == ".docx":
                shutil.copy(source, target)
            else:
                official_docx(decode_bytes(source.read_bytes()).text, target)
            if source.stem not in LEFT_OUT:
                inputs.append(target)
            if source.stem in STRUCTURED or source.stem in plain[::3]:
                rtf.append(target)
        for target, chosen in (("doc:MS Word 97", inputs), ("rtf", rtf)):
            subprocess.run(
                [soffice, "--headless", "--convert-to", target, "--outdir", str(dest)]
                + [str(p) for p in chosen],
                check=True,
                capture_output=True,
                timeout=600,
            )
    return sorted(p for p in dest.iterdir() if p.suffix in (".doc", ".rtf"))


if __name__ == "__main__":
    for path in build(Path(sys.argv[1]) if len(sys.argv) > 1 else DOC):
        print(path.name)
