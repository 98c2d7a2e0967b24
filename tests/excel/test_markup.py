"""Ledgers that are markup: a web page named .xls (what many online systems' "导出
Excel" write), Excel's single-file web page (.mht) and its 2003 XML Spreadsheet. They
read as the same ledger in an .xlsx does, and a page without a table (a system's login
page, downloaded after the session ran out) is refused in one clear sentence.

The corpus (``tests/excel/corpus/markup``, written by ``tests.excel.corpus.markup``
from the workbook corpus) holds every workbook's LibreOffice web page, every third as
a GB2312 .mht, and every one as an XML Spreadsheet.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.domain.problems import Code
from desktop.excel.errors import WorkbookRefused
from desktop.excel.guard import Limits
from desktop.excel.reader import inspect_workbook, read_ledger
from desktop.excel.sniff import FileKind, sniff
from tests.excel.test_corpus import _expectation, _reading, _trim

MARKUP = Path(__file__).resolve().parent / "corpus" / "markup"
FILES = sorted(MARKUP.iterdir())


def test_the_markup_corpus_covers_every_workbook() -> None:
    suffixes = {
        "".join(p.suffixes[-2:]) if p.name.endswith(".web.xls") else p.suffix for p in FILES
    }
    assert suffixes == {".web.xls", ".mht", ".xml"}
    assert len([p for p in FILES if p.suffix == ".xml"]) >= 45
    assert len([p for p in FILES if p.name.endswith(".web.xls")]) >= 45


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_each_markup_workbook_reads_as_its_xlsx(path: Path) -> None:
    assert sniff(path).kind in (FileKind.HTML, FileKind.XML_SPREADSHEET)
    want = _expectation(path)
    plan = read_ledger(path, sheet=want["sheet"])
    codes = sorted({p.code.value for p in plan.problems})
    assert codes == want["codes"], [p.describe() for p in plan.problems]
    assert plan.blocked is want["blocked"]
    if not want["blocked"]:
        assert _trim(_reading(plan), want["issues"]) == want["issues"]
    assert all(p.file == path.name for p in plan.problems)


def test_a_web_page_keeps_its_sheets_apart() -> None:
    """LibreOffice writes every sheet into one page under "Sheet N: name": they come
    back as sheets of those names (but for 填表说明, a column of sentences, which is
    no table), the ledger found among them."""
    info = inspect_workbook(MARKUP / "35_notes_sheet_first.web.xls")
    assert [s.name for s in info.sheets] == ["整改台账", "统计"]
    assert [s.name for s in info.sheets if s.is_ledger] == ["整改台账"]


ONLINE_EXPORT = """<html xmlns:x="urn:schemas-microsoft-com:office:excel">
<head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<style>.t {{ mso-number-format:"\\@"; }}</style><script>var x = "<td>no</td>";</script>
</head><body>
<h2>XX县审计发现问题整改台账</h2>
<p>填报单位：县财政局&nbsp;&nbsp;填报日期：2026年3月1日</p>
<table border="1">
<tr><th>问题编号</th><th>问题描述</th><th>整改措施</th><th>责任单位</th>
<th>整改时限</th><th>整改状态</th></tr>
<tr><td rowspan=2 style='mso-number-format:"\\@"'>007</td>
<td rowspan="2">专项资金<br>拨付滞后</td>
<td>一是建立台账</td><td>县财政局</td><td x:num="46112">2026/3/31</td><td>已完成</td></tr>
<tr><td>二是<b>按月</b>通报</td><td>县财政局</td><td>长期坚持</td><td>正在推进</td></tr>
<tr><td x:str>1.10</td><td>票据管理<table><tr><td>（附表）</td></tr></table></td>
<td colspan="2">立行立改，县财政局</td><td>2026-04-30</td><td>未整改</td></tr>
</table>
<p>填表人：张三</p>
</body></html>"""


def test_an_online_systems_export_reads(tmp_path: Path) -> None:
    """A page as online systems write one: GB2312, a title and a line of text above the
    table, rowspans, <br> in a cell, a number kept as text by Excel's own mark, a
    nested table, a script holding markup, a note under the table."""
    path = tmp_path / "导出.xls"
    path.write_bytes(ONLINE_EXPORT.encode("gb18030"))
    info = inspect_workbook(path)
    assert [s.name for s in info.sheets] == ["导出"]
    plan = read_ledger(path)
    assert not plan.blocked, [p.describe() for p in plan.problems]
    issues = plan.issues
    assert [i.draft.number for i in issues] == ["007", "1.10"]
    assert issues[0].draft.text == "专项资金\n拨付滞后"
    assert issues[1].draft.text == "票据管理\n（附表）"
    first = [m.draft for m in issues[0].measures]
    assert [m.text for m in first] == ["一是建立台账", "二是按月通报"]
    assert first[0].responsibility.deadline == date(2026, 3, 31)
    assert [m.status.value for m in first] == ["done", "in_progress"]
    assert plan.inspection is not None
    assert "XX县审计发现问题整改台账" in plan.inspection.title


def test_a_page_without_a_table_is_refused_clearly(tmp_path: Path) -> None:
    """What a system sends when its session has run out: its login page."""
    path = tmp_path / "台账导出.xls"
    path.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>统一身份认证</title></head>"
        "<body><form><input name='user'><input type='password'></form>"
        "<table><tr><td>请登录</td></tr></table></body></html>",
        encoding="utf-8",
    )
    with pytest.raises(WorkbookRefused) as refused:
        read_ledger(path)
    problem = refused.value.problem
    assert problem.code is Code.NOT_A_WORKBOOK
    assert problem.file == "台账导出.xls"
    assert "没有表格" in problem.message
    assert "登录" in problem.message
    assert "请" in problem.message


def test_markup_beyond_the_limits_is_refused(tmp_path: Path) -> None:
    rows = "".join(f"<tr><td>{i}</td><td>问题{i}</td></tr>" for i in range(100))
    path = tmp_path / "大表.xls"
    path.write_text(f"<html><body><table>{rows}</table></body></html>", encoding="utf-8")
    with pytest.raises(WorkbookRefused) as refused:
        read_ledger(path, limits=Limits(max_cells=150))
    assert refused.value.problem.code is Code.TOO_LARGE
    xml = tmp_path / "bomb.xml"
    xml.write_text(
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]>'
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"'
        ' xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">'
        "<Worksheet ss:Name='a'><Table><Row><Cell><Data ss:Type='String'>&lol;</Data>"
        "</Cell></Row></Table></Worksheet></Workbook>",
        encoding="utf-8",
    )
    with pytest.raises(WorkbookRefused) as refused:
        read_ledger(xml)
    assert refused.value.problem.code is Code.HOSTILE_FILE
    cut = tmp_path / "cut.xml"
    cut.write_bytes((MARKUP / "01_plain.xml").read_bytes()[:1500])
    with pytest.raises(WorkbookRefused) as refused:
        read_ledger(cut)
    assert refused.value.problem.code is Code.DAMAGED_FILE
    assert refused.value.problem.file == "cut.xml"


def test_sniffing_a_utf8_page_cut_inside_a_character(tmp_path: Path) -> None:
    """The sniffer reads 8 KB; a UTF-8 page whose 8,192nd byte fell inside a Chinese
    character (3 bytes) was taken for an unknown file."""
    head = "<html><body><table><tr><td>"
    filler = "问" * ((8192 - len(head)) // 3 + 10)
    for shift in range(3):
        path = tmp_path / f"page{shift}.xls"
        path.write_bytes((head + "x" * shift + filler).encode("utf-8"))
        assert sniff(path).kind is FileKind.HTML


def test_an_archive_saved_by_internet_explorer_is_a_web_page(tmp_path: Path) -> None:
    """Internet Explorer starts a .mht with ``From:``, Excel with ``MIME-Version:``:
    both are archives of web pages (the sniffer knew only Excel's)."""
    from tests.excel.corpus.markup import mht

    archive = mht((MARKUP / "01_plain.web.xls").read_text("utf-8"), "01_plain")
    path = tmp_path / "01_plain.mht"
    path.write_bytes(b"From: <Saved by Windows Internet Explorer 8>\r\nSubject: x\r\n" + archive)
    assert sniff(path).kind is FileKind.HTML
    want = _expectation(MARKUP / "01_plain.xml")
    assert _trim(_reading(read_ledger(path)), want["issues"]) == want["issues"]


def _long_page(rows: int) -> str:
    body = "".join(
        f"<tr><td>{n}</td><td>问题{n}：制度执行不严格</td><td>一是整改措施{n}</td>"
        f"<td>办公室</td><td>张三</td><td>2023年6月30日</td><td>正在推进</td></tr>"
        for n in range(1, rows + 1)
    )
    return (
        "<html><body><table><tr><td>序号</td><td>问题描述</td><td>整改措施</td>"
        f"<td>责任单位</td><td>责任人</td><td>整改时限</td><td>整改状态</td></tr>{body}"
        "</table></body></html>"
    )


@pytest.mark.parametrize("kind", ["page", "xml"])
def test_a_long_pages_parse_shows_progress_and_can_be_cancelled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    """A 100 MB page exported by a system takes seconds to parse: the parse reports how
    far it is before any row is read, and 取消 stops it there, for a web page and for an
    XML Spreadsheet alike."""
    from desktop.domain import webpage
    from desktop.excel import markup
    from desktop.excel.errors import ReadCancelled
    from desktop.excel.reader import release_kept

    monkeypatch.setattr(webpage, "PROGRESS_TOKENS", 500)
    whole = markup._Bytes

    class SmallReads(whole):  # type: ignore[misc,valid-type]
        """Read 2 KB at a time (a real file is read 64 KB at a time)."""

        def read(self, size: int = -1) -> bytes:
            return super().read(min(size, 2048) if size > 0 else 2048)

    monkeypatch.setattr(markup, "_Bytes", SmallReads)
    release_kept()
    if kind == "page":
        path = tmp_path / "导出.xls"
        path.write_text(_long_page(400), encoding="utf-8")
    else:
        path = tmp_path / "导出.xml"
        path.write_text(_xml_spreadsheet(400), encoding="utf-8")
    seen: list[tuple[int, int]] = []
    plan = read_ledger(path, progress=lambda done, total: seen.append((done, total)))
    assert len(plan.issues) == 400
    # The parse's reports come first, in characters (or bytes) of the file, rising.
    parse = [(done, total) for done, total in seen if total > 1000]
    assert len(parse) >= 5
    assert [done for done, _ in parse] == sorted(done for done, _ in parse)
    assert seen.index(parse[0]) == 0

    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2

    with pytest.raises(ReadCancelled):
        read_ledger(path, progress=lambda _d, _t: None, cancelled=cancelled)
    assert len(asked) == 3


def _xml_spreadsheet(rows: int) -> str:
    def row(values: list[str]) -> str:
        return (
            "<Row>"
            + "".join(f'<Cell><Data ss:Type="String">{v}</Data></Cell>' for v in values)
            + "</Row>"
        )

    head = ["序号", "问题描述", "整改措施", "责任单位", "责任人", "整改时限", "整改状态"]
    body = "".join(
        row([str(n), f"问题{n}", f"一是整改措施{n}", "办公室", "张三", "2023年6月30日", "正在推进"])
        for n in range(1, rows + 1)
    )
    return (
        '<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?>'
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
        'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">'
        f'<Worksheet ss:Name="台账"><Table>{row(head)}{body}</Table></Worksheet></Workbook>'
    )


def test_a_page_previewed_is_parsed_once_for_the_preview_and_the_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The import wizard previews a file, then reads it: a web page is parsed once for
    both (the parse kept from the preview, taken by the read). A file changed between
    them is parsed again; a parse kept for a read that never comes is let go."""
    from desktop.excel import markup
    from desktop.excel.preview import preview_workbook
    from desktop.excel.reader import release_kept

    release_kept()
    parses: list[Path] = []
    parse = markup.read_markup

    def counted(path: Path, *args: object, **kwargs: object) -> markup.MarkupBook:
        parses.append(path)
        return parse(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(markup, "read_markup", counted)
    path = tmp_path / "导出.xls"
    path.write_text(_long_page(30), encoding="utf-8")
    preview = preview_workbook(path)
    assert len(read_ledger(path, sheet=preview.info.sheets[0].name).issues) == 30
    assert len(parses) == 1
    # The read took the parse: another read parses again.
    assert len(read_ledger(path).issues) == 30
    assert len(parses) == 2

    inspect_workbook(path)
    path.write_text(_long_page(31), encoding="utf-8")
    assert len(read_ledger(path).issues) == 31  # not the 30 kept from before
    assert len(parses) == 4

    preview_workbook(path)
    rows = release_kept()
    assert len(rows) == 32  # the header and 31 issues, for the caller to free
    assert release_kept() == []
    read_ledger(path)
    assert len(parses) == 6
