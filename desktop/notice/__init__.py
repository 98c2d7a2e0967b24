"""Published notices (整改情况通报): parse one into an ImportPlan; compose one from records
and statistics. No Qt, no database.

Reading (``reader``)::

    read_notice_file(path) -> NoticeReading      # .txt (UTF-8/GB18030/GBK/BOM) or .docx
    read_notice_text(text, file="") -> NoticeReading   # text pasted into the app
    NoticeReading.plan: ImportPlan               # inspection, issues, statistics, problems
    NoticeFileError                              # a file that cannot be read at all

Writing (``compose``, ``document``, ``text_writer``, ``docx_writer``)::

    items_from_records(issues, measures_by_issue) -> list[NoticeItem]
    statistics_from_records(issues) -> NoticeStatistics            # (``statistics``)
    compose_notice(inspection, items, statistics, ComposeOptions()) -> NoticeDocument
    NoticeDocument.blocks: tuple[Block, ...]     # kind, text, level, run_in
    NoticeDocument.to_text() / document_from_text(text)   # the user edits plain text
    write_text(document, path) / write_docx(document, path)

A ``Block`` is TITLE (2号小标宋, centred), PARAGRAPH (3号仿宋, first line indented two
characters), HEADING with ``level`` 1–4 (``一、`` 黑体, ``（一）`` 楷体, ``1.`` and ``（1）``
仿宋; an issue's ``问题N.`` is a level-3 heading whose ``run_in`` is the issue text),
SIGNATURE and DATE (right). It has the shape of ``printing.notice_page.NoticeBlockLike``:
the printing module lays the same blocks out on the GB/T 9704 page with QtGui.
"""
