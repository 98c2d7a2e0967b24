"""The reader's corpus, written once per test session into a temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.excel import make_corpus


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every case of ``make_corpus`` by file name."""
    return make_corpus.build(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="session")
def legacy(tmp_path_factory: pytest.TempPathFactory, corpus: dict[str, Path]) -> dict[str, Path]:
    """LibreOffice's .xls and .ods copies of the messy ledger (one soffice run each)."""
    folder = tmp_path_factory.mktemp("legacy")
    xls = make_corpus.convert([corpus["messy.xlsx"]], "xls", folder)[0]
    ods = make_corpus.convert([corpus["messy.xlsx"]], "ods", folder)[0]
    return {"xls": xls, "ods": ods}


@pytest.fixture(scope="session")
def bombs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A zip bomb (300 MB in well under 1 MB) and one whose directory lies."""
    folder = tmp_path_factory.mktemp("bombs")
    make_corpus.zip_bomb(folder / "zip_bomb.xlsx")
    make_corpus.lying_bomb(folder / "lying_bomb.xlsx")
    return {"zip": folder / "zip_bomb.xlsx", "lying": folder / "lying_bomb.xlsx"}
