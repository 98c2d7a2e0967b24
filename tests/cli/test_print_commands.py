"""``rectify print``: each form to a PDF from the demo ledger; refusals exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from tests.printing.pdftools import page_count, pdf_fonts, pdf_text, squeeze


@pytest.mark.parametrize(
    ("form", "words"),
    [
        ("sheet", ["问题整改情况表", "责任单位负责人（签字）"]),
        ("signoff", ["整改销号审批表", "同意销号"]),
        ("ledger", ["整改台账", "整改措施"]),
        ("notice", ["整改情况的通报", "中共许昌市城乡一体化示范区工委", "2023年3月17日"]),
    ],
)
def test_each_form_prints(
    tmp_path: Path, demo_path: Path, qapp: object, form: str, words: list[str]
) -> None:
    out = tmp_path / f"{form}.pdf"
    assert main(["print", str(out), "--ledger", str(demo_path), "--form", form]) == 0
    text = squeeze(pdf_text(out))
    for w in [*words, "一是", "工作"]:
        assert w in text
    assert all(f.embedded for f in pdf_fonts(out))
    assert not list(tmp_path.glob(".*partial"))


def test_selected_issues_only(tmp_path: Path, demo_path: Path, qapp: object) -> None:
    out = tmp_path / "two.pdf"
    args = ["print", str(out), "--ledger", str(demo_path), "--form", "sheet", "--issue", "3", "5"]
    assert main(args) == 0
    text = squeeze(pdf_text(out))
    assert "落实政治责任不够有力" in text  # issue 3
    assert "尤里村群众网上反映" in text  # issue 5
    assert "以案促改实效不明显" not in text  # issue 14
    assert page_count(out) >= 2


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--issue", "99"], "找不到编号为“99”的问题"),
        (["--inspection", "没有这个巡察"], "找不到巡察"),
    ],
)
def test_refusals(
    tmp_path: Path,
    demo_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    out = tmp_path / "x.pdf"
    assert main(["print", str(out), "--ledger", str(demo_path), "--form", "sheet", *extra]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_output_must_be_pdf(
    tmp_path: Path, demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.docx"
    assert main(["print", str(out), "--ledger", str(demo_path), "--form", "ledger"]) == 2
    assert "PDF" in capsys.readouterr().err
