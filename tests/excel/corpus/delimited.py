"""The corpus's ledgers as text tables: CSV, and tab-separated text named .xls.

An online system's "导出" often writes CSV, or tab-separated text it names .xls; Excel
saves "CSV (逗号分隔)" in the system's code page (GBK on Chinese Windows) or "CSV UTF-8"
with a byte-order mark. From every workbook of ``tests/excel/corpus/files`` this writes
its ledger sheet, as LibreOffice exports it on a Chinese system (dates as 2023/6/30,
every sheet to its own file), into ``tests/excel/corpus/delimited``, taking turns:

* ``NAME.csv``: comma-separated, GB18030;
* ``NAME.utf8.csv``: comma-separated, UTF-8 with a byte-order mark;
* ``NAME.tsv.xls``: tab-separated, GB18030, named .xls.

Merged cells come out as their first cell's text and blanks, as Excel writes them.
Each reads as the workbook's own ``NAME.expect.json`` says, but for what a single
sheet cannot hold (``tests/excel/test_delimited.py``). Left out: the case that asks
which of two ledger sheets to read (39), meaningless for one sheet. Run
``python -m tests.excel.corpus.delimited`` to rebuild (needs LibreOffice); the files
are committed.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

FILES = Path(__file__).resolve().parent / "files"
DELIMITED = Path(__file__).resolve().parent / "delimited"
LEFT_OUT = {"39_two_ledgers_asks"}
# LibreOffice's CSV filter: comma, double quote, UTF-8, from row 1, Chinese locale,
# cells as shown, every sheet to a file of its own.
_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,2052,false,true,false,false,false,-1"


def ledger_sheet(source: Path) -> str:
    """The sheet the reader reads in ``source`` (the expectation's, or the first with a
    ledger)."""
    from desktop.excel.reader import read_ledger

    want = json.loads((FILES / f"{source.stem}.expect.json").read_text(encoding="utf-8"))
    if want["sheet"]:
        return str(want["sheet"])
    plan = read_ledger(source)
    assert plan.issues, source
    return plan.issues[0].source.sheet


def build(folder: Path = DELIMITED) -> list[Path]:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is needed to rebuild the delimited corpus")
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    sources = [p for p in sorted(FILES.glob("*.xlsx")) if p.stem not in LEFT_OUT]
    built: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        subprocess.run(
            [soffice, "--headless", "--convert-to", _FILTER, "--outdir", str(work)]
            + [str(p) for p in sources],
            check=True,
            capture_output=True,
            timeout=600,
            env={**os.environ, "LC_ALL": "zh_CN.UTF-8", "LANG": "zh_CN.UTF-8"},
        )
        for i, source in enumerate(sources):
            text = (work / f"{source.stem}-{ledger_sheet(source)}.csv").read_text("utf-8")
            if i % 3 == 0:
                target = folder / f"{source.stem}.csv"
                target.write_bytes(text.encode("gb18030"))
            elif i % 3 == 1:
                target = folder / f"{source.stem}.utf8.csv"
                target.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
            else:
                rows = list(csv.reader(io.StringIO(text)))
                out = io.StringIO()
                csv.writer(out, delimiter="\t", lineterminator="\r\n").writerows(rows)
                target = folder / f"{source.stem}.tsv.xls"
                target.write_bytes(out.getvalue().encode("gb18030"))
            built.append(target)
    return built


if __name__ == "__main__":
    for path in build(Path(sys.argv[1]) if len(sys.argv) > 1 else DELIMITED):
        print(path.name)
