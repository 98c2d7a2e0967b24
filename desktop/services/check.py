"""``rectify check`` and the GUI's integrity check: look at a ledger without changing
it (no migration, no backup), and say what is wrong in Chinese: to a clerk
(:func:`verdict`: what is wrong, whether data is at risk, the one thing to do) and, for
support, in technical detail (:func:`describe`)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from desktop.domain.texts import Message, Msg
from desktop.services.backup_evidence import by_file, check_ledger_evidence, evidence_refs
from desktop.services.evidence_db import AnyEvidenceStore, DatabaseEvidenceStore
from desktop.services.evidence_store import EvidenceStore, evidence_dir_for
from desktop.storage.engine import create_ledger_engine, ledger_url, sqlite_path, writable
from desktop.storage.errors import LedgerError, LedgerTruncated, NotALedger
from desktop.storage.integrity import CheckReport, Finding, check_ledger
from desktop.storage.migrate import check_sqlite_file


def check_location(location: str | Path) -> CheckReport:
    """Check the ledger at a path or URL: SQLite's integrity and foreign keys (files),
    the history's hash chain, and the evidence (files beside a ledger file, content in
    a server ledger's database). Raises
    :class:`NotALedger` for a missing file or one that is not SQLite at all; a damaged
    or truncated SQLite file is reported."""
    url = make_url(ledger_url(location))
    early: list[Finding] = []
    read_only = False
    if url.get_backend_name() == "sqlite":
        path = Path(url.database or "")
        if not path.is_file():
            raise NotALedger(Message(Msg.CHECK_LEDGER_NOT_FOUND, location=location), str(location))
        try:
            check_sqlite_file(path)
        except LedgerTruncated as exc:
            early.append(Finding("truncated", exc.message))
        read_only = not writable(path)
    engine = create_ledger_engine(location, read_only=read_only)
    try:
        report = check_engine(engine)
    finally:
        engine.dispose()
    if early:
        return replace(report, findings=(*early, *report.findings))
    return report


def check_engine(engine: Engine) -> CheckReport:
    """Check the ledger behind an open engine (the GUI's 检查台账) and its evidence:
    each file must be in the store beside a ledger file, or its content in the database
    of a ledger on a server, with the content it was attached with (all is hashed)."""
    report = check_ledger(engine)
    path = sqlite_path(engine)
    try:
        with engine.connect() as c:
            refs = evidence_refs(c)
    except (SQLAlchemyError, LedgerError):
        return report  # an unreadable ledger is reported already
    store: AnyEvidenceStore
    if path is not None:
        store = EvidenceStore(evidence_dir_for(path))
    else:
        store = DatabaseEvidenceStore(engine)  # a ledger on a server keeps it inside
    try:
        lines = check_ledger_evidence(refs, store)
    except SQLAlchemyError:
        # A server ledger not yet upgraded (the check migrates nothing) has no table
        # for the content: every record's content is missing.
        lines = [
            f"{r.label}：文件缺失（{store.missing_text(r.sha256, r.original_name)}）" for r in refs
        ]
    findings = tuple(Finding("evidence", line) for line in lines)
    return replace(
        report,
        findings=(*report.findings, *findings),
        checks=(*report.checks, "evidence"),
        evidence_files=len(by_file(refs)),
    )


def describe(report: CheckReport) -> list[str]:
    """The report as lines for people: a verdict, then one line per finding."""
    if report.ok:
        parts = [f"历史记录 {report.entries_checked} 条，校验链完整"]
        if "history_login" in report.checks:
            parts.append("操作批次的登录账号由服务器记录")
        if "integrity_check" in report.checks:
            parts.append("数据库完整性检查通过")
        if "foreign_key_check" in report.checks:
            parts.append("外键检查通过")
        if "evidence" in report.checks and report.evidence_files:
            parts.append(f"佐证材料 {report.evidence_files} 个文件完好")
        return [f"台账完好：{'；'.join(parts)}。"]
    lines = [f"台账检查发现 {len(report.findings)} 个问题："]
    lines += [f"  {n}. {f.message}" for n, f in enumerate(report.findings, start=1)]
    first = report.first_break
    if first is not None and first.entry_id is not None:
        lines.append(
            f"历史记录的校验链在第 {first.entry_id} 条（操作批次 #{first.batch_id}）处首次断开。"
        )
    return lines


# ----------------------------------------------------------------- for a clerk
# The kinds of finding, most serious first: the first kind found decides what the
# clerk is told to do. Each: the finding codes, what is wrong, whether data is at risk.
_TRUNCATED = ("truncated",)
_DAMAGED = ("integrity", "foreign_key", "unreadable")
_HISTORY = ("chain_broken", "chain_gap", "chain_head", "empty_batch")
_EVIDENCE = ("evidence",)
_RESTORE = (
    "从备份恢复：在“文件 → 备份与恢复”中选择最近的一份备份，点“恢复”"
    "（命令行：rectify backup --list 列出备份，rectify restore 备份文件 恢复）。"
    "恢复前软件会把现在的台账文件另存一份，不会丢掉它。"
)
MAX_NAMED = 10


@dataclass(frozen=True, slots=True)
class Verdict:
    """A check's result for a clerk: a one-line summary; what is wrong, one line per
    kind of problem; whether data is at risk and how; the one thing to do (empty when
    the ledger is sound); and the technical detail (:func:`describe`) for support."""

    ok: bool
    summary: str
    problems: tuple[str, ...]
    at_risk: bool
    risk: str
    action: str
    details: tuple[str, ...]

    def lines(self, *, verbose: bool = False) -> list[str]:
        """The verdict as lines of text (``rectify check``; ``--verbose`` adds the
        technical detail)."""
        if self.ok:
            return list(self.details) if verbose else [self.summary]
        lines = [self.summary, "问题："]
        lines += [f"  · {p}" for p in self.problems]
        lines += [f"数据：{self.risk}", f"请这样做：{self.action}"]
        if verbose:
            lines += ["", "技术细节：", *self.details]
        return lines


def _sound(report: CheckReport) -> str:
    """A sound ledger's verdict in a clerk's words (the technical terms stay in
    :func:`describe`, for ``--verbose`` and 详细信息)."""
    parts = [f"{report.entries_checked} 条修改记录都在，没有被改动过", "数据完整"]
    if "evidence" in report.checks and report.evidence_files:
        parts.append(f"佐证材料 {report.evidence_files} 个文件完好")
    return f"台账完好：{'；'.join(parts)}。"


def verdict(report: CheckReport, location: str | Path = "") -> Verdict:
    """What a clerk needs to know about a check (see :class:`Verdict`). ``location`` is
    the ledger's path or URL, to name its evidence folder."""
    details = tuple(describe(report))
    if report.ok:
        return Verdict(True, _sound(report), (), False, "数据完好，无需任何操作。", "", details)
    codes = [f.code for f in report.findings]

    def count(kind: tuple[str, ...]) -> int:
        return sum(code in kind for code in codes)

    problems: list[str] = []
    risks: list[tuple[bool, str, str]] = []  # (data at risk, how, what to do)
    if count(_TRUNCATED):
        problems.append(
            "台账文件不完整：文件被截断了（通常是复制、下载或同步时中断），"
            "文件末尾的一部分内容已经没有了。"
        )
        risks.append((True, "有数据已经丢失：被截掉的那部分记录无法从这个文件找回。", _RESTORE))
    if count(_DAMAGED) and report.backend != "sqlite":
        problems.append("台账数据库无法完整读取（服务器出错或连接中断）。")
        risks.append(
            (
                True,
                "数据可能有风险：无法确认服务器上的台账是否完好。",
                "请联系数据库管理员检查服务器上的台账数据库，必要时用数据库的备份恢复。",
            )
        )
    elif count(_DAMAGED):
        problems.append(
            f"台账文件已损坏：数据库内部结构出错（{count(_DAMAGED)} 处），"
            "部分记录可能读不出来或不完整。"
        )
        risks.append(
            (
                True,
                "数据有风险：部分记录可能已经损坏，继续修改可能让损坏扩大。",
                "先不要再修改这个台账，" + _RESTORE,
            )
        )
    if count(_HISTORY):
        problems.append(
            f"修改历史记录被改动过（{count(_HISTORY)} 处）：有历史记录在保存之后被改动、"
            "删除或替换过，而且不是通过本软件。"
        )
        risks.append(
            (
                False,
                "问题和措施的记录仍可正常使用，但已无法证明它们没有被人用其他工具改过。",
                "请把台账文件交给管理员，核查是谁用其他工具改动了它；"
                "若需要一份可信的台账，从改动之前的备份恢复。",
            )
        )
    evidence = [f.message.split("：", 1)[0] for f in report.findings if f.code in _EVIDENCE]
    if evidence:
        named = "、".join(evidence[:MAX_NAMED])
        more = f"等 {len(evidence)} 个" if len(evidence) > MAX_NAMED else ""
        problems.append(f"有 {len(evidence)} 个佐证材料文件缺失或内容被改动：{named}{more}。")
        text = str(location)
        if text and "://" not in text:
            where = (
                f"如果台账是从别处复制过来的，请把它旁边的“{Path(text).name}.evidence”文件夹"
                "一并复制到台账旁边；否则"
            )
        else:
            where = "请联系数据库管理员从数据库备份中找回这些材料，或"
        risks.append(
            (
                False,
                "问题、措施和其他记录都完好，只是这些材料的文件找不到了，或已不是当初附上的内容。",
                where + "从含有这些材料的备份恢复，或在相应的问题上重新附上材料。",
            )
        )
    at_risk, risk, action = risks[0] if risks else (True, "检查没有完成。", _RESTORE)
    summary = f"台账检查发现问题（{len(report.findings)} 处）。"
    return Verdict(False, summary, tuple(problems), at_risk, risk, action, details)


def report_json(report: CheckReport, found: Verdict) -> dict[str, object]:
    """``rectify check --json``: the verdict for a clerk and every finding."""
    return {
        "ok": report.ok,
        "backend": report.backend,
        "checks": list(report.checks),
        "entries_checked": report.entries_checked,
        "batches_checked": report.batches_checked,
        "evidence_files": report.evidence_files,
        "summary": found.summary,
        "problems": list(found.problems),
        "at_risk": found.at_risk,
        "risk": found.risk,
        "action": found.action,
        "findings": [
            {
                "code": f.code,
                "message": f.message,
                "entry_id": f.entry_id,
                "batch_id": f.batch_id,
            }
            for f in report.findings
        ],
    }
