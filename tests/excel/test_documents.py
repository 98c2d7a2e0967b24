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
from tests.excel.test_corpus import reads_as_its_workbook

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
    reads_as_its_workbook(path, ignore=SHEET_CODES)


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


def test_a_ledger_printed_to_pdf_imports_with_its_units_and_deadlines(
    qapp: object, tmp_path: Path
) -> None:
    """A ledger table printed to PDF (this app's print of the demo ledger: nine ruled
    columns, two-line headers, rows cut by pages) read as a workbook: every issue with
    its lead and cooperating units, its person and its deadline, as the ledger holds
    them; a notice PDF without a table and a scanned one are refused in a sentence."""
    from desktop.domain.problems import Code
    from tests.notice.test_pdf_notices import printed_demo

    pdf, service = printed_demo(tmp_path, "ledger")
    plan = read_ledger(pdf)
    issues = service.list_issues()
    assert [i.draft.number for i in plan.issues] == [i.number for i in issues]
    assert [i.draft.text[:20] for i in plan.issues] == [i.text[:20] for i in issues]
    read = [m.draft.responsibility for i in plan.issues for m in i.measures]
    held = [i.responsibility for i in issues]
    assert [(r.lead_unit, r.cooperating_units) for r in read] == [
        (r.lead_unit, r.cooperating_units) for r in held
    ]
    assert [r.responsible_person for r in read] == [r.responsible_person for r in held]
    assert [r.deadline for r in read] == [r.deadline for r in held]
    assert {p.code for p in plan.problems} <= {Code.SEVERAL_UNITS}

    with pytest.raises(WorkbookRefused) as refused:
        read_ledger(NOTICES / "corpus_pdf" / "01_layout_a_plain.pdf")
    assert "没有表格" in refused.value.problem.message

    # Dropped, the printed ledger goes to the import, a notice with a table to the
    # notice reader (its prose outside the table).
    from desktop.documents.read import has_prose, read_blocks

    assert not has_prose(read_blocks(pdf, "pdf"))
    notice = NOTICES / "corpus_pdf" / "37_docx_table_bordered_pages.pdf"
    assert has_prose(read_blocks(notice, "pdf"))


def test_the_corpus_table_notices_as_pdf_read_as_ledgers() -> None:
    """A one-row-per-measure table in a PDF (ruled and plain): its measures' rows under
    each issue, their units with them."""
    for name in ("39_docx_table_measure_rows", "40_docx_table_measure_rows_plain"):
        plan = read_ledger(NOTICES / "corpus_pdf" / f"{name}.pdf")
        assert [len(i.measures) for i in plan.issues] == [2, 3, 1, 2], name
        units = {m.draft.responsibility.lead_unit for i in plan.issues for m in i.measures}
        assert units == {"县林业局"}, name


def test_a_scanned_pdf_is_refused_as_having_no_text(qapp: object, tmp_path: Path) -> None:
    from desktop.domain.problems import Code
    from tests.notice.test_pdf_notices import _picture_pdf

    scan = tmp_path / "扫描件.pdf"
    _picture_pdf(scan)
    with pytest.raises(WorkbookRefused) as refused:
        read_ledger(scan)
    problem = refused.value.problem
    assert problem.code is Code.NOT_A_WORKBOOK
    assert "扫描" in problem.message
    assert problem.file == "扫描件.pdf"


def test_a_ledger_kept_as_one_table_per_section_reads_as_one(tmp_path: Path) -> None:
    """一、党的建设方面, its table; 二、财经纪律方面, its table with the same header: one
    ledger, the headings as its categories, no repeated header reported."""
    import docx

    document = docx.Document()
    document.add_paragraph("某县巡察反馈问题整改台账")
    header = ["序号", "问题描述", "整改措施", "责任单位", "整改时限", "整改状态"]
    sections = (
        (
            "一、党的建设方面",
            [["1", "三会一课不规范。", "建立台账。", "机关党委", "2023年6月30日", "已完成"]],
        ),
        (
            "二、财经纪律方面",
            [
                ["2", "公务接待超标准。", "清退费用。", "财务科", "2023年9月30日", "正在推进"],
                ["3", "资产账实不符。", "全面清查。", "财务科", "2023年12月31日", "未启动"],
            ],
        ),
    )
    for heading, rows in sections:
        document.add_paragraph(heading)
        table = document.add_table(rows=1, cols=len(header))
        for c, text in enumerate(header):
            table.cell(0, c).text = text
        for row in rows:
            cells = table.add_row().cells
            for c, text in enumerate(row):
                cells[c].text = text
    path = tmp_path / "分表台账.docx"
    document.save(str(path))
    plan = read_ledger(path)
    assert [(i.draft.number, i.category_path) for i in plan.issues] == [
        ("1", ("一、党的建设方面",)),
        ("2", ("二、财经纪律方面",)),
        ("3", ("二、财经纪律方面",)),
    ]
    assert [i.measures[0].draft.responsibility.lead_unit for i in plan.issues] == [
        "机关党委",
        "财务科",
        "财务科",
    ]
    assert not plan.problems
