"""Fixtures for the printing tests: the fonts (after a QGuiApplication exists) and
dossiers of the demo ledger with progress notes and evidence added."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from desktop.domain.dossier import EvidenceRecord, IssueDossier, ProgressNoteRecord
from desktop.domain.records import IssueId
from desktop.domain.supervision import EvidenceId
from desktop.printing.fonts import FontSet, resolve_fonts
from desktop.services.dossiers import load_dossiers
from desktop.services.ledger import LedgerService

NOTE_TEXT = "党工委高度重视整改工作，一是召开专题会议，二是明确责任分工。"
EVIDENCE_TITLE = "党工委会议纪要（第35次）"


@pytest.fixture(scope="session")
def fonts(qapp: object) -> FontSet:
    return resolve_fonts()


def evidence(n: int, title: str, on: date | None = None) -> EvidenceRecord:
    """A stored piece of evidence as the supervision service would list it."""
    return EvidenceRecord(
        id=EvidenceId(n),
        key=f"e{n}",
        issue_id=IssueId(1),
        measure_id=None,
        title=title,
        date=on,
        original_name=f"{title}.pdf",
        sha256="0" * 64,
        size=1,
    )


@pytest.fixture
def dossiers(demo_service: LedgerService) -> list[IssueDossier]:
    """The demo ledger's 14 issues; the first with two notes and two pieces of evidence."""
    found = load_dossiers(demo_service, [i.id for i in demo_service.list_issues()])
    found[0] = dataclasses.replace(
        found[0],
        notes=(
            ProgressNoteRecord(date(2023, 1, 5), NOTE_TEXT, reporter="张三"),
            ProgressNoteRecord(date(2022, 12, 1), "已制定学习计划。"),
        ),
        evidence=(
            evidence(1, EVIDENCE_TITLE, date(2022, 12, 1)),
            evidence(2, "中心组学习计划"),
        ),
    )
    return found
