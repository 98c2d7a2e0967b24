"""An issue's progress notes (整改进展) as a table, newest first: date, the measure it
reports on, the text, who reported, the next step and the difficulties."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.domain.supervision import ProgressNoteRecord
from desktop.ui import labels
from desktop.ui.models.columns import CENTER, Column
from desktop.ui.models.issue_table_model import _elide, _rich_tooltip
from desktop.ui.models.record_table_model import RecordTableModel


def progress_note_columns(
    measure_seq: dict[int, int] | None = None,
) -> tuple[Column[ProgressNoteRecord], ...]:
    seqs = measure_seq if measure_seq is not None else {}
    return (
        Column(
            "date",
            QCoreApplication.translate("ProgressNoteModel", "日期"),
            lambda n: labels.format_date(n.date),
            sort_key=lambda n: n.date,
            align=CENTER,
            width=9,
        ),
        Column(
            "measure",
            QCoreApplication.translate("ProgressNoteModel", "措施"),
            lambda n: (
                QCoreApplication.translate("ProgressNoteModel", "措施 {seq}").format(
                    seq=seqs.get(n.measure_id, "?")
                )
                if n.measure_id is not None
                else QCoreApplication.translate("ProgressNoteModel", "问题")
            ),
            align=CENTER,
            width=4,
        ),
        Column(
            "text",
            labels.field_label("progress"),
            lambda n: _elide(n.text, 80),
            tooltip=lambda n: _rich_tooltip(n.text),
            width=20,
        ),
        Column(
            "reporter",
            QCoreApplication.translate("ProgressNoteModel", "报告人"),
            lambda n: n.reporter,
            width=4,
        ),
        Column(
            "next_step",
            QCoreApplication.translate("ProgressNoteModel", "下一步计划"),
            lambda n: _elide(n.next_step, 40),
            tooltip=lambda n: _rich_tooltip(n.next_step),
            width=10,
        ),
        Column(
            "difficulties",
            QCoreApplication.translate("ProgressNoteModel", "困难和问题"),
            lambda n: _elide(n.difficulties, 40),
            tooltip=lambda n: _rich_tooltip(n.difficulties),
            width=10,
        ),
    )


class ProgressNoteModel(RecordTableModel[ProgressNoteRecord]):
    """Progress notes of one issue. Roles as RecordTableModel."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(progress_note_columns(), parent)
        self._seqs: dict[int, int] = {}

    def set_measure_numbers(self, seqs: dict[int, int]) -> None:
        """Which measure id is measure 1, 2, … (for the 措施 column)."""
        self._seqs.clear()
        self._seqs.update(seqs)

    def set_records(self, records: Any) -> None:
        self.columns = progress_note_columns(self._seqs)
        super().set_records(records)
