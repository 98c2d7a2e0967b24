"""The notice corpus of issue #23 (``tests/notice/corpus``): every notice read as its
expectation file says, and the counts reported. The expectations are partial on
purpose: what a file names is checked exactly; what it leaves out is not checked."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.plan import ImportPlan
from desktop.notice.reader import read_notice_file

CORPUS = Path(__file__).resolve().parent / "corpus"
FILES = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".docx"))


def _expected(path: Path) -> dict[str, Any]:
    return dict(json.loads((CORPUS / f"{path.stem}.expected.json").read_text(encoding="utf-8")))


def _issue_matches(actual: Any, wanted: dict[str, Any]) -> list[str]:
    wrong: list[str] = []
    draft = actual.draft
    if draft.number != wanted["number"]:
        wrong.append(f"number {draft.number!r} != {wanted['number']!r}")
    if draft.status.value != wanted["status"]:
        wrong.append(f"status {draft.status.value} != {wanted['status']}")
    if not draft.text.startswith(wanted["text"]):
        wrong.append(f"text {draft.text!r} does not start with {wanted['text']!r}")
    if draft.long_term != wanted.get("long_term", False):
        wrong.append(f"long_term {draft.long_term}")
    measures = [m.draft.text for m in actual.measures]
    want = wanted["measures"]
    if isinstance(want, int):
        if len(measures) != want:
            wrong.append(f"{len(measures)} measures, not {want}: {measures}")
    elif len(measures) != len(want) or not all(
        m.startswith(w) for m, w in zip(measures, want, strict=True)
    ):
        wrong.append(f"measures {measures} != {want}")
    if "path" in wanted and list(actual.category_path) != wanted["path"]:
        wrong.append(f"path {list(actual.category_path)} != {wanted['path']}")
    return wrong


def check(plan: ImportPlan, title: str, expected: dict[str, Any]) -> list[str]:
    """What in the reading differs from the expectation (empty when it matches)."""
    wrong: list[str] = []
    if "title" in expected and title != expected["title"]:
        wrong.append(f"title {title!r}")
    inspection = plan.inspection
    for key, value in expected.get("inspection", {}).items():
        got = getattr(inspection, key)
        got = got.isoformat() if hasattr(got, "isoformat") else getattr(got, "value", got)
        if got != value:
            wrong.append(f"inspection.{key} {got!r} != {value!r}")
    issues = expected.get("issues", [])
    if len(plan.issues) != len(issues):
        wrong.append(f"{len(plan.issues)} issues, not {len(issues)}")
    for index, (actual, wanted) in enumerate(zip(plan.issues, issues, strict=False)):
        wrong += [f"issue {index + 1}: {w}" for w in _issue_matches(actual, wanted)]
    for key, value in expected.get("statistics", {}).items():
        if plan.statistics.get(key) != value:
            wrong.append(f"statistics.{key} {plan.statistics.get(key)!r} != {value!r}")
    if "problems" in expected:
        codes = sorted({p.code.value for p in plan.problems})
        if codes != sorted(expected["problems"]):
            wrong.append(f"problems {codes} != {expected['problems']}: {plan.problems}")
    if plan.blocked != expected.get("blocked", False):
        wrong.append(f"blocked {plan.blocked}: {[p.message for p in plan.problems]}")
    return wrong


def test_corpus_is_big_and_varied() -> None:
    kinds = Counter(p.suffix for p in FILES)
    assert len(FILES) >= 25
    assert kinds[".docx"] >= 4
    assert all((CORPUS / f"{p.stem}.expected.json").is_file() for p in FILES)


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_corpus_notice_reads_as_expected(path: Path) -> None:
    reading = read_notice_file(path)
    assert check(reading.plan, reading.title, _expected(path)) == []


def test_corpus_counts(capsys: pytest.CaptureFixture[str]) -> None:
    """Reads the whole corpus and reports what it holds and how much read right."""
    right = issues = measures = 0
    for path in FILES:
        reading = read_notice_file(path)
        issues += len(reading.plan.issues)
        measures += sum(len(i.measures) for i in reading.plan.issues)
        right += not check(reading.plan, reading.title, _expected(path))
    kinds = Counter(p.suffix for p in FILES)
    with capsys.disabled():
        print(
            f"\nnotice corpus: {len(FILES)} notices ({dict(kinds)}), {issues} issues, "
            f"{measures} measures; {right}/{len(FILES)} read as expected"
        )
    assert right == len(FILES)
