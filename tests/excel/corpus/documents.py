"""The corpus's ledgers as Word tables: .docx, Word 97-2003 .doc and RTF.

Offices keep many a 整改台账 as a table in Word and mail it on as it is. From every
workbook of ``tests/excel/corpus/files`` this writes its ledger sheet as LibreOffice
Writer makes a document of the workbook's web page (``tests/excel/corpus/markup``:
merged cells as merged table cells, a title above the table as a paragraph, every
value as the text it shows), into
``tests/excel/corpus/documents``, taking turns:

* ``NAME.docx``: the document as Word 2007-365 saves it;
* ``NAME.doc``: as Word 97-2003 (also what WPS's .wps is);
* ``NAME.rtf``: as Rich Text.

Each reads as the workbook's own ``NAME.expect.json`` says, but for what one sheet
cannot hold (``tests/excel/test_documents.py``). Left out: what no document holds —
the case that asks which of two ledger sheets to read (39) and the hidden sheet (37).
Run ``python -m tests.excel.corpus.documents`` to rebuild (needs LibreOffice); the
files are committed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.excel.corpus.delimited import ledger_sheet

FILES = Path(__file__).resolve().parent / "files"
MARKUP = Path(__file__).resolve().parent / "markup"
DOCUMENTS = Path(__file__).resolve().parent / "documents"
LEFT_OUT = {"39_two_ledgers_asks", "37_hidden_sheet"}
_SHEET = re.compile(r'<A NAME="table\d+"><h1>Sheet \d+: <em>(.*?)</em></h1></A>')


def ledger_page(page: str, sheet: str) -> str:
    """The web page with the ledger sheet's part alone (LibreOffice writes every sheet
    into one page, each after a "Sheet N: name" heading)."""
    marks = list(_SHEET.finditer(page))
    if not marks:
        return page
    head = page[: page.index("<body>") + len("<body>")]  # not the sheets' overview
    for index, mark in enumerate(marks):
        if mark.group(1) == sheet:
            end = marks[index + 1].start() if index + 1 < len(marks) else page.rindex("</body>")
            return head + page[mark.end() : end] + "</body></html>"
    raise ValueError(f"no sheet {sheet}")


def _convert(
    soffice: str, target: str, sources: list[Path], folder: Path, infilter: str = ""
) -> None:
    command = [soffice, "--headless"]
    if infilter:
        command.append(f"--infilter={infilter}")
    command += ["--convert-to", target, "--outdir", str(folder), *map(str, sources)]
    subprocess.run(command, check=True, capture_output=True, timeout=900)


def build(folder: Path = DOCUMENTS) -> list[Path]:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is needed to rebuild the document corpus")
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    sources = [
        p for p in sorted(FILES.glob("*.xlsx"))
        if p.stem not in LEFT_OUT and (MARKUP / f"{p.stem}.web.xls").exists()
    ]  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        pages = []
        for source in sources:
            page = (MARKUP / f"{source.stem}.web.xls").read_text(encoding="utf-8")
            target = work / f"{source.stem}.html"
            page = ledger_page(page, ledger_sheet(source))
            # A Word table holds text as shown: Writer would make number cells of a
            # page's typed values (an error value shown as 0).
            page = re.sub(r'\s(?:sdval|sdnum)="[^"]*"', "", page)
            target.write_text(page, encoding="utf-8")
            pages.append(target)
        _convert(soffice, "docx:MS Word 2007 XML", pages, work / "docx", "HTML (StarWriter)")
        made = [work / "docx" / f"{p.stem}.docx" for p in pages]
        keep, as_doc, as_rtf = made[0::3], made[1::3], made[2::3]
        for path in keep:
            shutil.copy(path, folder / path.name)
        _convert(soffice, "doc:MS Word 97", as_doc, folder)
        _convert(soffice, "rtf", as_rtf, folder)
    return sorted(folder.iterdir())


if __name__ == "__main__":
    for path in build(Path(sys.argv[1]) if len(sys.argv) > 1 else DOCUMENTS):
        print(path.name)
