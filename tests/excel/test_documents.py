"""Ledgers kept as Word tables (``tests/excel/corpus/documents``, written by
``tests.excel.corpus.documents`` from the workbook corpus): .docx, Word 97-2003 .doc and
RTF. Each reads as its workbook's expectation says, but for what one sheet cannot hold;
a document without a table (a notice) and a locked one are refused in a sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.excel.errors import WorkbookRefused
from desktop.excel.reader import read_ledger
from desktop.excel.sniff import FileKind, sniff
from tests.excel.test_corpus import _expectation, _reading, _trim

DOCUMENTS = Path(__file__).resolve().parent / "corpus" / "documents"
FILES = sorted(DOCUMENTS.iterdir())
NOTICES = Path(__file__).resolve().parents[1] / "notice"
# What only a workbook of several sheets can say.
SHEET_CODES = {"unread_sheet", "several_ledger_sheets"}


def test_the_document_corpus_covers_the_workbooks_in_every_form() -> None:
    assert len(FILES) >= 45
    assert {p.suffix for p in FILES} == {".docx", ".doc", ".rtf"}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_each_word_table_reads_as_its_workbook(path: Path) -> None:
    assert sniff(path).kind in (FileKind.DOCX, FileKind.DOC, FileKind.RTF)
    want = _expectation(path)
    plan = read_ledger(path)
    codes = sorted({p.code.value for p in plan.problems} - SHEET_CODES)
    assert codes == sorted(set(want["codes"]) - SHEET_CODES), [p.describe() for p in plan.problems]
    assert plan.blocked is want["blocked"]
    if not want["blocked"]:
        assert _trim(_reading(plan), want["issues"]) == want["issues"]
    assert all(p.file == path.name for p in plan.problems)


def test_a_document_without_a_table_or_unreadable_is_refused_in_a_sentence(
    tmp_path: Path,
) -> None:
    """A notice (prose, no table), a .doc locked with a password and damaged documents:
    one sentence each, naming the file and saying what to do."""
    from desktop.domain.problems import Code

    def refusal(path: Path) -> tuple[Code, str]:
        with pytest.raises(WorkbookRefused) as refused:
            read_ledger(path)
        problem = refused.value.problem
        assert problem.file == path.name
        assert "请" in problem.message
        return problem.code, problem.message

    code, message = refusal(NOTICES / "corpus" / "24_docx_plain.docx")
    assert code is Code.NOT_A_WORKBOOK
    assert "没有表格" in message
    assert "读入通报" in message

    source = next(p for p in FILES if p.suffix == ".doc").read_bytes()
    fib = source.index(b"\xec\xa5", 512 * (source.index(b"\xec\xa5") // 512))
    locked = bytearray(source)
    locked[fib + 0x0B] |= 0x01  # fEncrypted
    (tmp_path / "加密.doc").write_bytes(bytes(locked))
    assert refusal(tmp_path / "加密.doc")[0] is Code.ENCRYPTED

    damaged = bytearray(source)
    damaged[fib + 0x01A6 : fib + 0x01AA] = (0).to_bytes(4, "little")  # lcbClx: no text
    (tmp_path / "残缺.doc").write_bytes(bytes(damaged))
    assert refusal(tmp_path / "残缺.doc")[0] is Code.DAMAGED_FILE
    import zipfile

    with zipfile.ZipFile(tmp_path / "损坏.docx", "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document><w:body><w:tbl>")
    assert refusal(tmp_path / "损坏.docx")[0] is Code.DAMAGED_FILE


def test_a_word_table_is_offered_as_a_ledger_sheet() -> None:
    """The import wizard's first look: the document is one sheet, named after the file,
    and it holds a ledger (so a dropped Word table goes to the import, a notice to the
    notice reader)."""
    from desktop.excel.reader import inspect_workbook

    info = inspect_workbook(NOTICES / "corpus" / "39_docx_table_measure_rows.docx")
    assert [(s.name, s.is_ledger) for s in info.sheets] == [("39_docx_table_measure_rows", True)]
    plan = read_ledger(NOTICES / "corpus_doc" / "39_docx_table_measure_rows.rtf")
    assert [len(i.measures) for i in plan.issues] == [2, 3, 1, 2]
    assert {m.draft.responsibility.lead_unit for i in plan.issues for m in i.measures} == {
        "县林业局"
    }
