"""Problems found in user input: each names the field (or cell or line) and a code.

Validation returns every problem at once, so a form can mark every bad field and an
import preview can list every bad cell. ``message`` is a :class:`~desktop.domain.texts.Message`
where the reader made one (worded in the installed language); a problem made without
one (a form's date check) reads as its code's one wording (:func:`code_text`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.texts import SOURCE, Message, Msg, translated


class Severity(StrEnum):
    """Errors block an import or a save; warnings are shown and let through."""

    ERROR = "error"
    WARNING = "warning"


class Code(StrEnum):
    """Every problem code. Stable: scripts read them from ``--json`` output."""

    REQUIRED = "required"
    TOO_LONG = "too_long"
    CONTROL_CHARACTERS = "control_characters"
    UNKNOWN_STATUS = "unknown_status"
    EMPTY_DATE = "empty_date"
    IMPOSSIBLE_DATE = "impossible_date"
    UNREADABLE_DATE = "unreadable_date"
    BAD_SERIAL = "bad_serial"
    DATE_NEEDS_YEAR = "date_needs_year"
    DATE_ORDER = "date_order"
    DUPLICATE_NUMBER = "duplicate_number"
    MEASURE_WITHOUT_ISSUE = "measure_without_issue"
    MISSING_COLUMN = "missing_column"
    NO_LEDGER_SHEET = "no_ledger_sheet"
    NO_HEADER_ROW = "no_header_row"
    NOT_A_WORKBOOK = "not_a_workbook"
    HOSTILE_FILE = "hostile_file"
    UNPLACED_TEXT = "unplaced_text"
    RATE_MISMATCH = "rate_mismatch"
    STALE_EDIT = "stale_edit"
    CONFLICT = "conflict"
    TAMPERED = "tampered"
    DELETED_ROW = "deleted_row"
    FORMULA = "formula"
    # Files that cannot be read (the Excel reader refuses them whole).
    ENCRYPTED = "encrypted"
    DAMAGED_FILE = "damaged_file"
    TOO_LARGE = "too_large"
    SHEET_NOT_FOUND = "sheet_not_found"
    # An issue of the file that is already in the target inspection (re-import).
    ALREADY_IMPORTED = "already_imported"
    # Supervision: a step that does not fit the record's state, and sign-off conditions.
    WRONG_STEP = "wrong_step"
    MEASURES_OPEN = "measures_open"
    NO_EVIDENCE = "no_evidence"
    NOT_DONE = "not_done"
    BAD_AMOUNT = "bad_amount"
    BAD_KIND = "bad_kind"
    # Notices (published texts): see desktop/notice.
    NOT_A_NOTICE = "not_a_notice"
    NO_ISSUES = "no_issues"
    MISSING_STATUS = "missing_status"
    NARRATIVE_SKIPPED = "narrative_skipped"
    UNREADABLE_FILE = "unreadable_file"
    # Hand-off merge: a workbook that is not one of our hand-outs, or one handed out from
    # another ledger.
    NOT_HANDOFF = "not_handoff"
    OTHER_LEDGER = "other_ledger"
    # Excel import: nothing left out unseen (issue 23).
    SKIPPED_ROW = "skipped_row"  # a row whose content is not in the ledger's columns
    UNREAD_COLUMN = "unread_column"  # a column with content that maps to no field
    SEVERAL_LEDGER_SHEETS = "several_ledger_sheets"  # which sheet to read?
    UNREAD_SHEET = "unread_sheet"  # a hidden sheet that carries ledger headers
    SEVERAL_UNITS = "several_units"  # a lead-unit cell naming several units
    CELL_PICTURE = "cell_picture"  # a picture WPS embedded in a cell, not text
    ERROR_VALUE = "error_value"  # a cell showing #N/A, #REF!…: read as blank
    # A formula whose result was never stored (another program wrote the file): blank.
    FORMULA_NOT_CALCULATED = "formula_not_calculated"


# Excel's hard limit for one cell; we refuse longer text rather than cut it.
MAX_CELL_TEXT = 32767

# The one wording of the codes a problem may be made with and no message of its own
# (validation in domain.rules, a form's date check).
CODE_MESSAGES: dict[Code, str] = {
    Code.REQUIRED: Msg.REQUIRED,
    Code.TOO_LONG: Msg.TOO_LONG,
    Code.CONTROL_CHARACTERS: Msg.CONTROL_CHARACTERS,
    Code.CELL_PICTURE: Msg.CELL_PICTURE,
    Code.DATE_ORDER: Msg.DATE_ORDER,
    Code.EMPTY_DATE: Msg.EMPTY_DATE,
    Code.IMPOSSIBLE_DATE: Msg.IMPOSSIBLE_DATE,
    Code.UNREADABLE_DATE: Msg.DATE_UNREADABLE_IN_FORM,
    Code.BAD_SERIAL: Msg.BAD_SERIAL,
    Code.DATE_NEEDS_YEAR: Msg.DATE_NEEDS_YEAR_IN_FORM,
}


def code_text(code: Code) -> str:
    """A problem code's one wording in the installed language ("" when it has none)."""
    found = CODE_MESSAGES.get(code)
    if found is None:
        return ""
    return Message(found, limit=MAX_CELL_TEXT) if found == Msg.TOO_LONG else Message(found)


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem. ``field`` is the record field; file readers also fill where it is."""

    code: Code
    field: str = ""
    severity: Severity = Severity.ERROR
    value: str = ""
    message: str = ""
    file: str = ""
    sheet: str = ""
    row: int | None = None
    column: str = ""
    line: int | None = None
    # The cell as Excel names it ("D7"), for marking it in a preview; file readers only.
    cell: str = ""

    @property
    def blocking(self) -> bool:
        return self.severity is Severity.ERROR

    @property
    def text(self) -> str:
        """What is wrong, in the installed language: the message, else the code's."""
        return self.message or code_text(self.code) or self.code.value

    def where(self) -> str:
        """Where the problem is, for messages (``texts.Msg.WHERE_*``):
        文件 a.xlsx，工作表“台账”，第5行，“整改时限”列."""
        parts: list[str] = []
        if self.file:
            parts.append(Message(Msg.WHERE_FILE, file=self.file))
        if self.sheet:
            parts.append(Message(Msg.WHERE_SHEET, sheet=self.sheet))
        if self.row is not None:
            parts.append(Message(Msg.WHERE_ROW, row=self.row))
        if self.column:
            parts.append(Message(Msg.WHERE_COLUMN, column=self.column))
        if self.line is not None:
            parts.append(Message(Msg.WHERE_LINE, line=self.line))
        return translated(SOURCE[Msg.WHERE_SEPARATOR]).join(parts)

    def describe(self) -> str:
        """The full message with its place and value, in the installed language."""
        text = self.text
        where = self.where()
        value = Message(Msg.PROBLEM_VALUE, value=self.value) if self.value else ""
        return (
            f"{Message(Msg.PROBLEM_AT, where=where, text=text)}{value}"
            if where
            else f"{text}{value}"
        )

    def as_json(self) -> dict[str, object]:
        """The problem shape of ``docs/cli.md``."""
        out: dict[str, object] = {
            "severity": self.severity.value,
            "code": self.code.value,
            "message": self.message,
            "value": self.value,
        }
        if self.field:
            out["field"] = self.field
        if self.file:
            out["file"] = self.file
        if self.line is not None:
            out["line"] = self.line
        else:
            if self.sheet:
                out["sheet"] = self.sheet
            if self.row is not None:
                out["row"] = self.row
            if self.column:
                out["column"] = self.column
            if self.cell:
                out["cell"] = self.cell
        return out


class ValidationFailed(Exception):
    """Raised by a service when a draft has blocking problems; carries all of them."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(p.describe() for p in problems))
