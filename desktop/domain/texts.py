"""What the layers below the UI tell a user: a code, its values, and one Chinese text.

An error (or a problem, or a warning) below the UI carries a :class:`Message`: its
:class:`Msg` code and the values it names (file, sheet, row, column, value, …). The
sentence is made in one place per language: the Chinese source text is :data:`SOURCE`
here (Qt Linguist's source language, marked with ``QT_TRANSLATE_NOOP`` so that
``lupdate`` collects it into context ``texts``), and English is its translation in
``resources/translations/rectify_en.ts``. The domain knows no Qt: the window and the
command line install the translation with :func:`set_translator` (``desktop.ui.wording``),
and a message is worded in the language installed when it is made. A ``Message`` is a
``str`` of that text, so code that shows ``exc.message`` or ``problem.message`` needs no
change; scripts read ``code`` and ``values`` (``--json``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's macro name)
    """Marks ``text`` for ``lupdate``; the translation happens in :func:`render`."""
    return text


CONTEXT = "texts"


class Msg:
    """Every message code. Stable: scripts read them from ``--json`` output. Plain
    string constants, not an Enum: an Enum of this size would cost every start of the
    window and of the command line some 20 ms."""

    # Where something is (Problem.where) and how a problem reads (Problem.describe).
    WHERE_FILE = "where_file"
    WHERE_SHEET = "where_sheet"
    WHERE_ROW = "where_row"
    WHERE_COLUMN = "where_column"
    WHERE_LINE = "where_line"
    WHERE_SEPARATOR = "where_separator"
    PROBLEM_AT = "problem_at"
    PROBLEM_VALUE = "problem_value"
    # storage/backup
    BACKUP_FILE_ONLY = "backup_file_only"
    FILE_NOT_FOUND = "file_not_found"
    NOT_SQLITE = "not_sqlite"
    BACKUP_FAILED = "backup_failed"
    ORIGINAL_COPY_FAILED = "original_copy_failed"
    RESTORE_FAILED_AS_BEFORE = "restore_failed_as_before"
    RESTORE_FAILED_UNCHANGED = "restore_failed_unchanged"
    FILE_UNREADABLE_REASON = "file_unreadable_reason"
    SQLITE_DISK_FULL = "sqlite_disk_full"
    SQLITE_NO_WRITE_PERMISSION = "sqlite_no_write_permission"
    SQLITE_LOCKED = "sqlite_locked"
    SQLITE_IO_ERROR = "sqlite_io_error"
    SQLITE_FILE_TOO_LARGE = "sqlite_file_too_large"
    SQLITE_DAMAGED = "sqlite_damaged"
    SQLITE_CANNOT_OPEN = "sqlite_cannot_open"
    # storage/engine
    DRIVER_MISSING = "driver_missing"
    BAD_LEDGER_ADDRESS = "bad_ledger_address"
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    TURNED_READ_ONLY = "turned_read_only"
    LEDGER_DAMAGED = "ledger_damaged"
    LEDGER_BUSY = "ledger_busy"
    CONNECTION_LOST = "connection_lost"
    IO_ERROR = "io_error"
    FORBIDDEN = "forbidden"
    FORBIDDEN_SAID = "forbidden_said"
    # storage/ledger_file
    LEDGER_IS_FOLDER = "ledger_is_folder"
    NOT_A_LEDGER_FILE = "not_a_ledger_file"
    LEDGER_TRUNCATED = "ledger_truncated"
    LEDGER_UNREADABLE = "ledger_unreadable"
    FOLDER_NOT_CREATED = "folder_not_created"
    # storage/migrate
    OLD_LEDGER_READ_ONLY = "old_ledger_read_only"
    EMPTY_READ_ONLY_FILE = "empty_read_only_file"
    FOLDER_NOT_WRITABLE = "folder_not_writable"
    FOREIGN_OBJECTS = "foreign_objects"
    CANNOT_OPEN_LEDGER = "cannot_open_ledger"
    DAMAGED_OR_NOT_LEDGER = "damaged_or_not_ledger"
    LEDGER_READ_ONLY = "ledger_read_only"
    SERVER_UNREACHABLE = "server_unreachable"
    CANNOT_WRITE_LEDGER = "cannot_write_ledger"
    LEDGER_TOO_NEW = "ledger_too_new"
    FOREIGN_DATABASE = "foreign_database"
    # storage/roles
    ROLES_SERVER_ONLY = "roles_server_only"
    ROLES_NOT_SET_UP = "roles_not_set_up"
    UNKNOWN_UNITS = "unknown_units"
    LOGIN_REQUIRED = "login_required"
    UNIT_LOGIN_NEEDS_UNIT = "unit_login_needs_unit"
    UNITS_FOR_UNIT_LOGIN_ONLY = "units_for_unit_login_only"
    ROLE_NOT_LOGIN = "role_not_login"
    # cli/common
    OPENED_READ_ONLY = "opened_read_only"
    NO_SUCH_INSPECTION = "no_such_inspection"
    CANCELLED_UNCHANGED = "cancelled_unchanged"
    FILE_OPERATION_FAILED = "file_operation_failed"
    INTERNAL_ERROR = "internal_error"
    # excel/reader
    WORKBOOK_DAMAGED = "workbook_damaged"
    ALREADY_IN_LEDGER = "already_in_ledger"
    NOT_IMPORTABLE_KIND = "not_importable_kind"
    NO_SUCH_SHEET = "no_such_sheet"
    NO_LEDGER_SHEET = "no_ledger_sheet"
    FILE_MISSING = "file_missing"
    FILE_IS_FOLDER = "file_is_folder"
    FILE_CANNOT_OPEN = "file_cannot_open"
    WORKBOOK_PASSWORD = "workbook_password"
    SEVERAL_LEDGER_SHEETS = "several_ledger_sheets"
    UNREAD_SHEET = "unread_sheet"
    UNREAD_HIDDEN_SHEET = "unread_hidden_sheet"
    MISSING_COLUMN = "missing_column"
    UNREAD_COLUMN = "unread_column"
    NO_HEADER_ROW = "no_header_row"
    # excel/guard
    FILE_TRUNCATED = "file_truncated"
    SHEET_TOO_LARGE = "sheet_too_large"
    ROWS_BY_COLUMNS = "rows_by_columns"
    TOO_MANY_PARTS = "too_many_parts"
    UNPACKED_TOO_LARGE = "unpacked_too_large"
    CHECKSUM_MISMATCH = "checksum_mismatch"
    XML_DOCTYPE = "xml_doctype"
    CONTENT_ENCRYPTED = "content_encrypted"
    UNSUPPORTED_COMPRESSION = "unsupported_compression"
    PART_TOO_LARGE = "part_too_large"
    ZIP_BOMB_RATIO = "zip_bomb_ratio"
    ZIP_BOMB_DECLARED = "zip_bomb_declared"
    # excel/merge
    HANDOFF_RECORD_INCOMPLETE = "handoff_record_incomplete"
    MERGE_CLASH = "merge_clash"
    HANDOFF_HEADERS_CHANGED = "handoff_headers_changed"
    MERGE_COLUMN_MISSING = "merge_column_missing"
    NOT_HANDOFF = "not_handoff"
    HANDOFF_TOO_NEW = "handoff_too_new"
    OTHER_LEDGER = "other_ledger"
    HANDOFF_TAMPERED = "handoff_tampered"
    MERGE_SHEET_MISSING = "merge_sheet_missing"
    FILE_DAMAGED = "file_damaged"
    HANDOFF_RECORD_DAMAGED = "handoff_record_damaged"
    # services/backups
    SERVER_NO_LOCAL_BACKUP = "server_no_local_backup"
    LEDGER_FILE_NOT_FOUND = "ledger_file_not_found"
    BACKUP_IS_LEDGER = "backup_is_ledger"
    OPEN_READ_ONLY = "open_read_only"
    BACKUP_NOT_FOUND = "backup_not_found"
    RESTORE_FROM_ITSELF = "restore_from_itself"
    NOT_A_BACKUP = "not_a_backup"
    BACKUP_TOO_NEW = "backup_too_new"
    BACKUP_FOREIGN_OBJECTS = "backup_foreign_objects"
    BACKUP_DAMAGED = "backup_damaged"
    BACKUP_BEFORE_FAILED = "backup_before_failed"
    RESTORE_EVIDENCE_FAILED = "restore_evidence_failed"
    # cli/import_commands
    IMPORTED = "imported"
    IMPORT_OF_HANDOUT = "import_of_handout"
    IMPORT_REFUSED = "import_refused"
    # cli/handoff_commands
    MERGED_FILE = "merged_file"
    BAD_DUE_DATE = "bad_due_date"
    NOT_A_FOLDER = "not_a_folder"
    HANDOUT_READ_ONLY = "handout_read_only"
    NOTHING_TO_HAND_OUT = "nothing_to_hand_out"
    HANDOUT_WRITTEN = "handout_written"
    HANDOUT_UNASSIGNED = "handout_unassigned"
    MERGE_REFUSED = "merge_refused"
    MERGE_UNDECIDED = "merge_undecided"
    MERGE_CONFLICT = "merge_conflict"
    MERGE_EVIDENCE_LISTED = "merge_evidence_listed"
    FOLDER_MISSING = "folder_missing"
    UNIT_NOTHING_TO_HAND_OUT = "unit_nothing_to_hand_out"
    # cli/safety_commands
    BACKED_UP = "backed_up"
    RESTORED = "restored"
    SERVER_NO_LOCAL_BACKUP_RESTORE = "server_no_local_backup_restore"
    EVIDENCE_NOT_BACKED_UP = "evidence_not_backed_up"
    BACKED_UP_BEFORE_RESTORE = "backed_up_before_restore"
    DAMAGED_ORIGINAL_KEPT = "damaged_original_kept"
    BACKUP_UPGRADED = "backup_upgraded"
    EVIDENCE_RESTORED = "evidence_restored"
    NO_BACKUP_YET = "no_backup_yet"
    # services/apply
    ISSUE_GONE_KEY = "issue_gone_key"
    ISSUE_TO_UPDATE_GONE = "issue_to_update_gone"
    RECORD_GONE_KEY = "record_gone_key"
    CHANGED_DURING_MERGE = "changed_during_merge"
    INSPECTION_GONE = "inspection_gone"
    # services/ledger
    RECORD_GONE = "record_gone"
    STALE_EDIT_BY = "stale_edit_by"
    ISSUE_GONE = "issue_gone"
    STALE_EDIT = "stale_edit"
    CATEGORY_OTHER_INSPECTION = "category_other_inspection"
    CATEGORY_UNDER_ITSELF = "category_under_itself"
    # services/undo
    UNDO_RECORD_MISSING = "undo_record_missing"
    NOTHING_TO_UNDO = "nothing_to_undo"
    UNDO_WOULD_DELETE = "undo_would_delete"
    UNDO_RECORD_EXISTS = "undo_record_exists"
    UNDO_RECORD_DELETED = "undo_record_deleted"
    UNDO_CHANGED_SINCE = "undo_changed_since"
    # services/backup_evidence
    EVIDENCE_BACKUP_COPY_FAILED = "evidence_backup_copy_failed"
    RESTORE_EVIDENCE_IO = "restore_evidence_io"
    # services/evidence_store
    BAD_EVIDENCE_HASH = "bad_evidence_hash"
    EVIDENCE_SOURCE_MISSING = "evidence_source_missing"
    EVIDENCE_TOO_LARGE = "evidence_too_large"
    # services/evidence_db
    LEDGER_BUSY_USER = "ledger_busy_user"
    EVIDENCE_CACHE_FAILED = "evidence_cache_failed"
    # excel/safe
    TARGET_FOLDER_MISSING = "target_folder_missing"
    TARGET_IS_FOLDER = "target_is_folder"
    FOLDER_WRITE_FAILED = "folder_write_failed"
    FILE_IN_USE = "file_in_use"
    SAVE_FAILED = "save_failed"
    # excel/handoff
    HANDOUT_FOLDER_MISSING = "handout_folder_missing"
    UNIT_NO_MEASURES = "unit_no_measures"
    HANDOUT_FIELD_REFUSED = "handout_field_refused"
    # cli/export_commands
    EXPORTED = "exported"
    EXPORT_NEEDS_XLSX = "export_needs_xlsx"
    EXPORT_FOLDER_MISSING = "export_folder_missing"
    EXPORT_EMPTY = "export_empty"
    EXPORT_UNKNOWN_UNIT = "export_unknown_unit"
    UNKNOWN_STATUS_WORD = "unknown_status_word"
    # cli/ledger_commands
    DEMO_CREATED = "demo_created"
    DEMO_NEEDS_EMPTY = "demo_needs_empty"
    OPTION_NEEDS_DATE = "option_needs_date"
    SINCE_AFTER_AS_OF = "since_after_as_of"
    WARNING_MESSAGE = "warning_message"
    WARNING_TEXT = "warning_text"
    OPTION_BAD_DATE = "option_bad_date"
    LINT_FOUND = "lint_found"
    LINT_CLEAN = "lint_clean"
    # cli/print_commands
    PRINTED = "printed"
    PRINT_WHICH_INSPECTION = "print_which_inspection"
    PRINT_NEEDS_PDF = "print_needs_pdf"
    PRINT_FOLDER_MISSING = "print_folder_missing"
    NOTHING_TO_PRINT = "nothing_to_print"
    NO_SUCH_ISSUE = "no_such_issue"
    ISSUE_IN_SEVERAL_INSPECTIONS = "issue_in_several_inspections"
    # printing/render
    PDF_WRITE_FAILED = "pdf_write_failed"
    PDF_WRITE_FAILED_REASON = "pdf_write_failed_reason"
    PRINT_CANNOT_START = "print_cannot_start"
    PRINT_INTERRUPTED = "print_interrupted"
    # services/check
    CHECK_LEDGER_NOT_FOUND = "check_ledger_not_found"
    # services/conflicts
    MEASURE_GONE = "measure_gone"
    # services/copy
    COPY_TARGET_NOT_EMPTY = "copy_target_not_empty"
    # services/dossiers
    PRINT_ISSUE_GONE = "print_issue_gone"
    # cli
    BAD_ARGUMENTS = "bad_arguments"
    NO_SUCH_COMMAND = "no_such_command"
    PROBLEM_ERROR = "problem_error"
    PROBLEM_WARNING = "problem_warning"
    # excel/reader
    UNKNOWN_STATUS = "unknown_status"
    IMPOSSIBLE_DATE = "impossible_date"
    CELL_TOO_LONG = "cell_too_long"
    CONTROL_CHARACTERS_KEPT = "control_characters_kept"
    CELL_PICTURE = "cell_picture"
    ERROR_VALUE = "error_value"
    FORMULA_NOT_CALCULATED = "formula_not_calculated"
    MERGE_ERROR_VALUE = "merge_error_value"
    MERGE_FORMULA_NOT_CALCULATED = "merge_formula_not_calculated"
    BAD_SERIAL = "bad_serial"
    ROW_IN_UNREAD_COLUMNS = "row_in_unread_columns"
    SEVERAL_UNITS = "several_units"
    DATE_NEEDS_YEAR = "date_needs_year"
    UNREADABLE_DATE = "unreadable_date"
    NUMBER_ASSIGNED = "number_assigned"
    DESCRIPTION_EMPTY = "description_empty"
    DUPLICATE_NUMBER = "duplicate_number"
    MEASURE_WITHOUT_ISSUE = "measure_without_issue"
    # domain/rules
    CHARACTER_COUNT = "character_count"
    # domain/rules
    REQUIRED = "required"
    TOO_LONG = "too_long"
    CONTROL_CHARACTERS = "control_characters"
    DATE_ORDER = "date_order"
    # excel/reader (rows left out)
    SKIPPED_TOTAL_ROW = "skipped_total_row"
    SKIPPED_NOTE_ROW = "skipped_note_row"
    SKIPPED_HEADER_ROW = "skipped_header_row"
    NO_SHEETS = "no_sheets"
    HIDDEN_SHEETS_HINT = "hidden_sheets_hint"
    LIST_SEPARATOR = "list_separator"
    COVERAGE = "coverage"
    COVERAGE_UNREAD = "coverage_unread"
    # files
    OS_DISK_FULL = "os_disk_full"
    OS_QUOTA = "os_quota"
    OS_TOO_LARGE = "os_too_large"
    OS_ACCESS = "os_access"
    OS_PERMISSION = "os_permission"
    OS_READ_ONLY = "os_read_only"
    OS_NO_FOLDER = "os_no_folder"
    OS_IO = "os_io"
    WRITE_FAILED_KEPT = "write_failed_kept"
    WRITE_FAILED_NOTHING_LEFT = "write_failed_nothing_left"
    # excel/sniff
    FILE_KIND_XLSX = "file_kind_xlsx"
    FILE_KIND_XLS = "file_kind_xls"
    FILE_KIND_ODS = "file_kind_ods"
    FILE_KIND_XLSB = "file_kind_xlsb"
    FILE_ADVICE_XLSB = "file_advice_xlsb"
    FILE_KIND_ENCRYPTED = "file_kind_encrypted"
    FILE_ADVICE_ENCRYPTED = "file_advice_encrypted"
    FILE_KIND_DOCX = "file_kind_docx"
    FILE_ADVICE_DOCX = "file_advice_docx"
    FILE_KIND_DOC = "file_kind_doc"
    FILE_ADVICE_DOC = "file_advice_doc"
    FILE_KIND_PPT = "file_kind_ppt"
    FILE_ADVICE_PPT = "file_advice_ppt"
    FILE_KIND_ODF_OTHER = "file_kind_odf_other"
    FILE_ADVICE_ODF_OTHER = "file_advice_odf_other"
    FILE_KIND_ZIP = "file_kind_zip"
    FILE_ADVICE_ZIP = "file_advice_zip"
    FILE_KIND_DAMAGED_ZIP = "file_kind_damaged_zip"
    FILE_ADVICE_DAMAGED_ZIP = "file_advice_damaged_zip"
    FILE_KIND_OLE_OTHER = "file_kind_ole_other"
    FILE_ADVICE_OLE_OTHER = "file_advice_ole_other"
    FILE_KIND_HTML = "file_kind_html"
    MARKUP_NO_TABLE = "markup_no_table"
    DOCUMENT_NO_TABLE = "document_no_table"
    DOCUMENT_LOCKED = "document_locked"
    DOCUMENT_DAMAGED = "document_damaged"
    DOCUMENT_SCANNED = "document_scanned"
    MARKUP_TOO_LARGE = "markup_too_large"
    MARKUP_TOO_MANY_CELLS = "markup_too_many_cells"
    FILE_KIND_XML_SPREADSHEET = "file_kind_xml_spreadsheet"
    FILE_KIND_DELIMITED = "file_kind_delimited"
    FILE_KIND_XML = "file_kind_xml"
    FILE_ADVICE_XML = "file_advice_xml"
    FILE_KIND_PDF = "file_kind_pdf"
    FILE_ADVICE_PDF = "file_advice_pdf"
    FILE_KIND_OFD = "file_kind_ofd"
    FILE_KIND_RTF = "file_kind_rtf"
    FILE_ADVICE_RTF = "file_advice_rtf"
    FILE_KIND_IMAGE = "file_kind_image"
    FILE_ADVICE_IMAGE = "file_advice_image"
    FILE_KIND_TEXT = "file_kind_text"
    FILE_ADVICE_TEXT = "file_advice_text"
    FILE_KIND_EMPTY = "file_kind_empty"
    FILE_ADVICE_EMPTY = "file_advice_empty"
    FILE_KIND_UNKNOWN = "file_kind_unknown"
    FILE_ADVICE_UNKNOWN = "file_advice_unknown"
    # domain/calendar
    CALENDAR_DATE_FORM = "calendar_date_form"
    CALENDAR_NOT_OBJECT = "calendar_not_object"
    CALENDAR_BAD_YEAR = "calendar_bad_year"
    CALENDAR_BAD_FLAGS = "calendar_bad_flags"
    CALENDAR_BAD_DATE = "calendar_bad_date"
    CALENDAR_HOLIDAY_NOT_OBJECT = "calendar_holiday_not_object"
    CALENDAR_HOLIDAY_ENDS_BEFORE = "calendar_holiday_ends_before"
    CALENDAR_HOLIDAY_OTHER_YEAR = "calendar_holiday_other_year"
    CALENDAR_WORKDAY_NOT_OBJECT = "calendar_workday_not_object"
    CALENDAR_WORKDAY_NOT_WEEKEND = "calendar_workday_not_weekend"
    CALENDAR_BOTH = "calendar_both"
    CALENDAR_WORKDAY_OTHER_YEAR = "calendar_workday_other_year"
    # services/supervision
    MEASURE_NOT_OF_ISSUE = "measure_not_of_issue"
    EVIDENCE_FILE_MISSING = "evidence_file_missing"
    SHARED_EVIDENCE_FOLDER = "shared_evidence_folder"
    NO_EVIDENCE_TO_PACK = "no_evidence_to_pack"
    PACKAGE_TOO_LARGE = "package_too_large"
    DATE_BEFORE_PREVIOUS_STEP = "date_before_previous_step"
    DAYS_RANGE = "days_range"
    EVIDENCE_CANNOT_OPEN = "evidence_cannot_open"
    REOPEN_STATE = "reopen_state"
    EVIDENCE_ALREADY_ATTACHED = "evidence_already_attached"
    PACKAGE_EVIDENCE_PROBLEMS = "package_evidence_problems"
    # cli/notice_commands
    UNKNOWN_NOTICE_COMMAND = "unknown_notice_command"
    NOTICE_READ = "notice_read"
    NOTICE_WRITTEN = "notice_written"
    NOTICE_HAS_ERRORS = "notice_has_errors"
    NOTICE_DRY_RUN = "notice_dry_run"
    NOTICE_ALREADY_READ = "notice_already_read"
    NOTICE_BAD_FORMAT = "notice_bad_format"
    NOTICE_PDF_NOT_YET = "notice_pdf_not_yet"
    NOTICE_FOLDER_MISSING = "notice_folder_missing"
    NOTICE_NO_ISSUES = "notice_no_issues"
    NOTICE_NO_INSPECTION = "notice_no_inspection"
    NOTICE_WHICH_INSPECTION = "notice_which_inspection"
    # notice/reader
    NOTICE_FILE_NOT_FOUND = "notice_file_not_found"
    NOTICE_OLD_DOC = "notice_old_doc"
    NOTICE_PDF_SCANNED = "notice_pdf_scanned"
    NOTICE_DOC_PASSWORD = "notice_doc_password"
    NOTICE_PDF_PASSWORD = "notice_pdf_password"
    NOTICE_PDF_DAMAGED = "notice_pdf_damaged"
    NOTICE_OFD_SCANNED = "notice_ofd_scanned"
    NOTICE_OFD_DAMAGED = "notice_ofd_damaged"
    NOTICE_NOT_TEXT_KIND = "notice_not_text_kind"
    NOTICE_TOO_LARGE = "notice_too_large"
    NOTICE_NOT_TEXT = "notice_not_text"
    NOTICE_BAD_ENCODING = "notice_bad_encoding"
    NOTICE_UNPACKS_HUGE = "notice_unpacks_huge"
    NOTICE_STRAY_TEXT = "notice_stray_text"
    NOTICE_BAD_DOCX = "notice_bad_docx"
    NOTICE_DOCX_UNOPENABLE = "notice_docx_unopenable"
    NOTICE_EMPTY = "notice_empty"
    NOTICE_UNREAD_NUMBERS = "notice_unread_numbers"
    NOTICE_RATE_MISMATCH = "notice_rate_mismatch"
    NOTICE_NARRATIVE = "notice_narrative"
    NOTICE_BAD_DATE = "notice_bad_date"
    NOTICE_NO_OPENING = "notice_no_opening"
    NOTICE_UNKNOWN_PROGRESS = "notice_unknown_progress"
    NOTICE_NO_PROGRESS = "notice_no_progress"
    NOTICE_DUPLICATE_NUMBER = "notice_duplicate_number"
    NOT_A_NOTICE = "not_a_notice"
    NOTICE_TRAILING_TEXT = "notice_trailing_text"
    NOTICE_ONLY_ACCOUNT = "notice_only_account"
    NOTICE_ONLY_STATISTICS = "notice_only_statistics"
    # live_content
    ARCHIVE_TOO_MANY_PARTS = "archive_too_many_parts"
    ARCHIVE_TOO_LARGE = "archive_too_large"
    ARCHIVE_BOMB = "archive_bomb"
    NOT_AN_OFFICE_FILE = "not_an_office_file"
    ARCHIVE_PART_DAMAGED = "archive_part_damaged"
    # excel/stats_sheet
    STATS_CELL_FAILED = "stats_cell_failed"
    # excel/writer
    TOO_MANY_ROWS = "too_many_rows"
    # cli/import_commands
    IMPORT_DRY_RUN = "import_dry_run"
    ISSUES_ADDED = "issues_added"
    MEASURES_COUNT = "measures_count"
    BATCH_UNDOABLE = "batch_undoable"
    LEDGER_NO_CHANGE = "ledger_no_change"
    IMPORT_UPDATING = "import_updating"
    ISSUES_UPDATED = "issues_updated"
    CAN_BE_IMPORTED = "can_be_imported"
    # cli/handoff_commands
    MERGE_CHANGES = "merge_changes"
    TRIAL_RUN = "trial_run"
    UNDECIDED = "undecided"
    MERGE_CONFLICTS = "merge_conflicts"
    MERGE_NEW_MEASURES = "merge_new_measures"
    MERGE_PROBLEMS = "merge_problems"
    MERGE_DECLINED = "merge_declined"
    MERGED_BATCH = "merged_batch"
    NONE = "none"
    TAKE_THEIRS = "take_theirs"
    TAKE_OURS = "take_ours"
    # cli/safety_commands
    EVIDENCE_NOT_RESTORED = "evidence_not_restored"
    ALLOW_MISSING_EVIDENCE = "allow_missing_evidence"
    # cli/notice_commands
    ISSUES_AND_MEASURES = "issues_and_measures"
    # cli/admin_commands
    ROLES_SET_UP = "roles_set_up"
    LOGIN_HAS_ROLE = "login_has_role"
    LOGIN_CREATED = "login_created"
    LOGIN_REVOKED = "login_revoked"
    LOGIN_HAD_NO_ROLE = "login_had_no_role"
    NO_LOGINS = "no_logins"
    # cli/copy_commands
    LEDGER_COPIED = "ledger_copied"
    # cli/print_commands
    FORM_SHEET = "form_sheet"
    FORM_SIGNOFF = "form_signoff"
    FORM_LEDGER = "form_ledger"
    FORM_NOTICE = "form_notice"
    # cli/__init__
    HELP_LEDGER = "help_ledger"
    HELP_PROGRAM = "help_program"
    HELP_VERSION = "help_version"
    HELP_OPERATOR = "help_operator"
    HELP_LANG = "help_lang"
    HELP_DEMO = "help_demo"
    HELP_STATS = "help_stats"
    HELP_IMPORT = "help_import"
    HELP_EXPORT = "help_export"
    HELP_HANDOUT = "help_handout"
    HELP_DUE = "help_due"
    HELP_MERGE = "help_merge"
    HELP_NOTICE = "help_notice"
    HELP_NOTICE_READ = "help_notice_read"
    HELP_NOTICE_WRITE = "help_notice_write"
    HELP_PRINT = "help_print"
    HELP_LINT = "help_lint"
    HELP_CHECK = "help_check"
    HELP_VERBOSE = "help_verbose"
    HELP_JSON = "help_json"
    HELP_BACKUP = "help_backup"
    HELP_LIST = "help_list"
    HELP_LIST_JSON = "help_list_json"
    HELP_RESTORE = "help_restore"
    HELP_ALLOW_MISSING = "help_allow_missing"
    HELP_ADMIN = "help_admin"
    HELP_ADMIN_INIT = "help_admin_init"
    HELP_ADMIN_GRANT = "help_admin_grant"
    HELP_UNIT = "help_unit"
    HELP_ADMIN_REVOKE = "help_admin_revoke"
    HELP_ADMIN_LIST = "help_admin_list"
    HELP_COPY = "help_copy"
    HELP_SELFTEST = "help_selftest"
    HELP_KEEP = "help_keep"
    # cli/selftest_commands
    SELFTEST_LICENCES = "selftest_licences"
    SELFTEST_DEMO_LOADED = "selftest_demo_loaded"
    SELFTEST_WORKBOOK_LIBS = "selftest_workbook_libs"
    SELFTEST_IMPORTED = "selftest_imported"
    SELFTEST_EXPORTED = "selftest_exported"
    SELFTEST_DOCX = "selftest_docx"
    SELFTEST_QT_ZH = "selftest_qt_zh"
    SELFTEST_HOLIDAYS = "selftest_holidays"
    SELFTEST_MANUAL = "selftest_manual"
    SELFTEST_PDF = "selftest_pdf"
    SELFTEST_WINDOW = "selftest_window"
    SELFTEST_SUMMARY = "selftest_summary"
    SELFTEST_HEADER = "selftest_header"
    SELFTEST_CHECK_VERSION = "selftest_check_version"
    SELFTEST_CHECK_ABOUT = "selftest_check_about"
    SELFTEST_LEDGER_MADE = "selftest_ledger_made"
    SELFTEST_CHECK_LEDGER = "selftest_check_ledger"
    SELFTEST_LOADED = "selftest_loaded"
    SELFTEST_FONTS = "selftest_fonts"
    SELFTEST_CHECK_DEMO = "selftest_check_demo"
    SELFTEST_CHECK_EXCEL = "selftest_check_excel"
    SELFTEST_CHECK_IMPORT = "selftest_check_import"
    SELFTEST_CHECK_EXPORT = "selftest_check_export"
    SELFTEST_CHECK_WORD = "selftest_check_word"
    SELFTEST_SOURCE_VERSION = "selftest_source_version"
    SELFTEST_VERSION_MISMATCH = "selftest_version_mismatch"
    SELFTEST_FONTS_UNLICENSED = "selftest_fonts_unlicensed"
    SELFTEST_NO_LEDGER = "selftest_no_ledger"
    SELFTEST_DEMO_EMPTY = "selftest_demo_empty"
    SELFTEST_READ_BACK_DIFFERS = "selftest_read_back_differs"
    SELFTEST_EXIT_CODE = "selftest_exit_code"
    SELFTEST_NO_IMPORT = "selftest_no_import"
    SELFTEST_NO_WORKBOOK = "selftest_no_workbook"
    SELFTEST_IMPORT_COUNTS = "selftest_import_counts"
    SELFTEST_NO_EXPORT = "selftest_no_export"
    SELFTEST_EXPORT_MISSING = "selftest_export_missing"
    SELFTEST_NO_QT_ZH = "selftest_no_qt_zh"
    SELFTEST_QT_ZH_EMPTY = "selftest_qt_zh_empty"
    SELFTEST_NO_HOLIDAYS = "selftest_no_holidays"
    SELFTEST_HOLIDAYS_EMPTY = "selftest_holidays_empty"
    SELFTEST_NO_FONTS = "selftest_no_fonts"
    SELFTEST_NO_MANUAL = "selftest_no_manual"
    SELFTEST_NOT_PDF = "selftest_not_pdf"
    SELFTEST_PDF_NOT_CHINESE = "selftest_pdf_not_chinese"
    SELFTEST_WINDOW_NOT_SHOWN = "selftest_window_not_shown"
    SELFTEST_WINDOW_EXIT = "selftest_window_exit"
    SELFTEST_PASSED = "selftest_passed"
    SELFTEST_SKIPPED = "selftest_skipped"
    SELFTEST_FAILED = "selftest_failed"
    SELFTEST_FOLDER_NOT_EMPTY = "selftest_folder_not_empty"
    SELFTEST_CHECK_QT_ZH = "selftest_check_qt_zh"
    SELFTEST_CHECK_TRANSLATION = "selftest_check_translation"
    SELFTEST_CHECK_FONTS = "selftest_check_fonts"
    SELFTEST_CHECK_HOLIDAYS = "selftest_check_holidays"
    SELFTEST_CHECK_PDF = "selftest_check_pdf"
    SELFTEST_CHECK_MANUAL = "selftest_check_manual"
    SELFTEST_CHECK_WINDOW = "selftest_check_window"
    SELFTEST_NO_VERSIONS = "selftest_no_versions"
    SELFTEST_NO_INSPECTION = "selftest_no_inspection"
    SELFTEST_TS_WITHOUT_QM = "selftest_ts_without_qm"
    SELFTEST_NO_QM = "selftest_no_qm"
    SELFTEST_NO_TRANSLATION = "selftest_no_translation"
    SELFTEST_CANNOT_LOAD = "selftest_cannot_load"
    SELFTEST_CANNOT_LOAD_FONT = "selftest_cannot_load_font"
    SELFTEST_MANUAL_PICTURES_MISSING = "selftest_manual_pictures_missing"
    SELFTEST_WINDOW_TIMEOUT = "selftest_window_timeout"
    SELFTEST_NO_METADATA = "selftest_no_metadata"
    SELFTEST_DIALOG_SHOWN = "selftest_dialog_shown"
    SELFTEST_SCREENSHOT = "selftest_screenshot"
    # cli/selftest (build)
    SELFTEST_INSTALLED = "selftest_installed"
    SELFTEST_SOURCE = "selftest_source"
    # cli/selftest (line)
    SELFTEST_LINE = "selftest_line"
    # cli/selftest (window)
    SELFTEST_WINDOW_SEEN = "selftest_window_seen"
    # calendar, notice (more)
    CALENDAR_FILE = "calendar_file"
    CALENDAR_NOT_A_DATE = "calendar_not_a_date"
    NOTICE_UNREADABLE = "notice_unreadable"
    PACKAGE_EVIDENCE_LIST = "package_evidence_list"
    PROBLEM_SEPARATOR = "problem_separator"
    # services/backup_evidence
    EVIDENCE_OF_ISSUE = "evidence_of_issue"
    EVIDENCE_LABEL = "evidence_label"
    EVIDENCE_OF_MEASURE = "evidence_of_measure"
    MORE_NOT_LISTED = "more_not_listed"
    EVIDENCE_NO_HASH = "evidence_no_hash"
    EVIDENCE_FILE_ABSENT = "evidence_file_absent"
    EVIDENCE_FILE_CHANGED = "evidence_file_changed"
    EVIDENCE_NOT_IN_BACKUP = "evidence_not_in_backup"
    EVIDENCE_DAMAGED_IN_BACKUP = "evidence_damaged_in_backup"
    BACKUP_EVIDENCE_INCOMPLETE = "backup_evidence_incomplete"
    # cli/ledger_commands (stats)
    STATS_COUNTS = "stats_counts"
    STATS_STATUS_COUNT = "stats_status_count"
    STATS_ISSUES = "stats_issues"
    STATS_MEASURES = "stats_measures"
    STATS_ISSUES_SHORT = "stats_issues_short"
    STATS_UNIT_ISSUE = "stats_unit_issue"
    STATS_UNIT_MEASURE = "stats_unit_measure"
    STATS_ON_TIME_NONE = "stats_on_time_none"
    STATS_ON_TIME = "stats_on_time"
    STATS_ON_TIME_UNKNOWN = "stats_on_time_unknown"
    STATS_ON_TIME_LINE = "stats_on_time_line"
    STATS_ISSUES_LOWER = "stats_issues_lower"
    STATS_GROUP = "stats_group"
    STATS_AS_OF = "stats_as_of"
    STATS_POSTPONED = "stats_postponed"
    STATS_SIGN_OFF = "stats_sign_off"
    STATS_BY_UNIT = "stats_by_unit"
    STATS_BY_CATEGORY = "stats_by_category"
    STATS_OVERDUE = "stats_overdue"
    STATS_OVERDUE_ISSUE = "stats_overdue_issue"
    STATS_OVERDUE_MEASURE = "stats_overdue_measure"
    STATS_OVERDUE_ITEM = "stats_overdue_item"
    STATS_PEOPLE = "stats_people"
    STATS_FUNDS = "stats_funds"
    STATS_OUTCOMES = "stats_outcomes"
    STATS_SINCE = "stats_since"
    # domain/ledger_check
    LINT_DONE_MEASURES_OPEN = "lint_done_measures_open"
    LINT_DONE_NO_EVIDENCE = "lint_done_no_evidence"
    LINT_DEADLINE_BEFORE_FEEDBACK = "lint_deadline_before_feedback"
    LINT_SAME_TEXT = "lint_same_text"
    LINT_MEASURES_DONE_ISSUE_NOT = "lint_measures_done_issue_not"
    LINT_MEASURE_NO_UNIT = "lint_measure_no_unit"
    LINT_MEASURE_NO_DEADLINE = "lint_measure_no_deadline"
    LINT_MEASURE_DEADLINE_BEFORE_FEEDBACK = "lint_measure_deadline_before_feedback"
    LINT_DUPLICATE_NUMBER = "lint_duplicate_number"
    LINT_NEARLY_SAME_TEXT = "lint_nearly_same_text"
    LINT_MEASURES_STARTED_ISSUE_NOT = "lint_measures_started_issue_not"
    LINT_STATUS_DISAGREES = "lint_status_disagrees"
    # domain/ledger_check (units)
    LINT_PLACE_ISSUE = "lint_place_issue"
    LINT_PLACE_MEASURE = "lint_place_measure"
    LINT_UNIT_RUN_TOGETHER = "lint_unit_run_together"
    LINT_UNIT_USED_ONCE = "lint_unit_used_once"
    # domain/supervision
    POSTPONE_NOT_LATER = "postpone_not_later"
    POSTPONE_DONE = "postpone_done"
    POSTPONE_PENDING = "postpone_pending"
    POSTPONE_DECIDED = "postpone_decided"
    DECIDED_BEFORE_REQUEST = "decided_before_request"
    SIGNOFF_PENDING = "signoff_pending"
    SIGNOFF_DONE = "signoff_done"
    MEASURES_NOT_DONE = "measures_not_done"
    NO_EVIDENCE = "no_evidence"
    NO_SIGNOFF_REQUEST = "no_signoff_request"
    REOPEN_ONLY_CLOSED = "reopen_only_closed"
    POSTPONE_BEFORE_REQUEST = "postpone_before_request"
    ISSUE_NOT_DONE = "issue_not_done"
    BAD_ACCOUNTABILITY_KIND = "bad_accountability_kind"
    BAD_PEOPLE_COUNT = "bad_people_count"
    BAD_FUNDS_KIND = "bad_funds_kind"
    BAD_AMOUNT = "bad_amount"
    # services/check
    CHECK_RESTORE = "check_restore"
    CHECK_SOUND = "check_sound"
    CHECK_FOUND = "check_found"
    CHECK_FOUND_TECH = "check_found_tech"
    CHECK_HISTORY_INTACT = "check_history_intact"
    CHECK_DATA_INTACT = "check_data_intact"
    CHECK_CHAIN_INTACT = "check_chain_intact"
    CHECK_CHAIN_BROKEN_AT = "check_chain_broken_at"
    CHECK_PROBLEMS = "check_problems"
    CHECK_DATA = "check_data"
    CHECK_ACTION = "check_action"
    CHECK_EVIDENCE_INTACT = "check_evidence_intact"
    CHECK_NOTHING_TO_DO = "check_nothing_to_do"
    CHECK_TRUNCATED = "check_truncated"
    CHECK_SERVER_UNREADABLE = "check_server_unreadable"
    CHECK_HISTORY_ALTERED = "check_history_altered"
    CHECK_AND_MORE = "check_and_more"
    CHECK_EVIDENCE_BAD = "check_evidence_bad"
    CHECK_COPY_EVIDENCE_FOLDER = "check_copy_evidence_folder"
    CHECK_ASK_DBA = "check_ask_dba"
    CHECK_INCOMPLETE = "check_incomplete"
    CHECK_EVIDENCE_MISSING = "check_evidence_missing"
    CHECK_LOGINS_BY_SERVER = "check_logins_by_server"
    CHECK_INTEGRITY_OK = "check_integrity_ok"
    CHECK_FOREIGN_KEYS_OK = "check_foreign_keys_ok"
    CHECK_TECHNICAL = "check_technical"
    CHECK_DATA_LOST = "check_data_lost"
    CHECK_SERVER_RISK = "check_server_risk"
    CHECK_SERVER_ACTION = "check_server_action"
    CHECK_DAMAGED = "check_damaged"
    CHECK_HISTORY_RISK = "check_history_risk"
    CHECK_HISTORY_ACTION = "check_history_action"
    CHECK_EVIDENCE_RISK = "check_evidence_risk"
    CHECK_DAMAGED_RISK = "check_damaged_risk"
    CHECK_EVIDENCE_ACTION = "check_evidence_action"
    CHECK_STOP_CHANGING = "check_stop_changing"
    # Constructed (not raised where made): evidence copies, Excel writing, calendars.
    EVIDENCE_CHANGED_WHILE_COPIED = "evidence_changed_while_copied"
    EXCEL_WRITE_FAILED_KEPT = "excel_write_failed_kept"
    EXCEL_WRITE_FAILED_CLEAN = "excel_write_failed_clean"
    EXPORT_CELL_TOO_LONG = "export_cell_too_long"
    CELL_BROKEN_CHARACTERS = "cell_broken_characters"
    EXPORT_UNSAVABLE = "export_unsavable"
    EXPORT_CELL_REFUSED = "export_cell_refused"
    EXPORT_CELL_FAILED = "export_cell_failed"
    CALENDAR_FILE_UNREADABLE = "calendar_file_unreadable"
    # Backups: why each was made, a backup's line (services/backups; the CLI and the
    # backup dialog both word a reason with these).
    BACKUP_REASON_OPEN = "backup_reason_open"
    BACKUP_REASON_IMPORT = "backup_reason_import"
    BACKUP_REASON_MERGE = "backup_reason_merge"
    BACKUP_REASON_NOTICE = "backup_reason_notice"
    BACKUP_REASON_UPGRADE = "backup_reason_upgrade"
    BACKUP_REASON_RESTORE = "backup_reason_restore"
    BACKUP_REASON_MANUAL = "backup_reason_manual"
    BACKUP_REASON_DAMAGED = "backup_reason_damaged"
    BACKUP_REASON_OTHER = "backup_reason_other"
    BACKUP_CONTENTS = "backup_contents"
    BACKUP_UNREADABLE = "backup_unreadable"
    BACKUP_LINE = "backup_line"
    BACKUP_EVIDENCE = "backup_evidence"
    BACKUP_EVIDENCE_MISSING = "backup_evidence_missing"
    BACKUP_ON_OPEN_FAILED = "backup_on_open_failed"
    EVIDENCE_SHOULD_BE_AT = "evidence_should_be_at"
    EVIDENCE_NOT_IN_DATABASE = "evidence_not_in_database"
    # storage/integrity: what the check finds
    INTEGRITY_BATCH = "integrity_batch"
    INTEGRITY_BATCH_GONE = "integrity_batch_gone"
    INTEGRITY_BATCH_WHAT = "integrity_batch_what"
    INTEGRITY_BATCH_PLAIN = "integrity_batch_plain"
    INTEGRITY_TIME_UNKNOWN = "integrity_time_unknown"
    INTEGRITY_UNSIGNED = "integrity_unsigned"
    INTEGRITY_ENTRY = "integrity_entry"
    INTEGRITY_ENTRIES_MISSING = "integrity_entries_missing"
    INTEGRITY_ENTRY_MISSING = "integrity_entry_missing"
    INTEGRITY_CHAIN_BROKEN = "integrity_chain_broken"
    INTEGRITY_MORE_BROKEN = "integrity_more_broken"
    INTEGRITY_HEAD_MISMATCH = "integrity_head_mismatch"
    INTEGRITY_HISTORY_EMPTIED = "integrity_history_emptied"
    INTEGRITY_EMPTY_BATCH = "integrity_empty_batch"
    INTEGRITY_TRIGGER_DISABLED = "integrity_trigger_disabled"
    INTEGRITY_TRIGGER_MISSING = "integrity_trigger_missing"
    INTEGRITY_LOGIN_MISSING = "integrity_login_missing"
    INTEGRITY_STRUCTURE = "integrity_structure"
    INTEGRITY_FOREIGN_KEY = "integrity_foreign_key"
    INTEGRITY_UNREADABLE = "integrity_unreadable"
    # printing/fonts
    NO_CHINESE_FONT = "no_chinese_font"
    FACE_XIAOBIAOSONG = "face_xiaobiaosong"
    FACE_FANGSONG = "face_fangsong"
    FACE_HEITI = "face_heiti"
    FACE_KAITI = "face_kaiti"
    FACE_SONGTI = "face_songti"
    # about
    ABOUT_TITLE = "about_title"
    ABOUT_LICENCE = "about_licence"
    ABOUT_LIBRARIES = "about_libraries"
    ABOUT_NOTE = "about_note"
    ABOUT_FONTS = "about_fonts"
    ABOUT_FONT_LINE = "about_font_line"
    ABOUT_NO_FONT_FILE = "about_no_font_file"
    ABOUT_NO_LICENCE_FILE = "about_no_licence_file"
    ABOUT_FONT_NOTES = "about_font_notes"
    ABOUT_NOTE_PYTHON = "about_note_python"
    ABOUT_NOTE_QT = "about_note_qt"
    ABOUT_NOTE_PART_OF = "about_note_part_of"
    ABOUT_NOTE_POSTGRESQL = "about_note_postgresql"
    ABOUT_NOTE_WITH = "about_note_with"
    ABOUT_NOTE_LXML = "about_note_lxml"
    # Words and forms of the command line's reports
    NO_CATEGORY = "no_category"
    NO_UNIT = "no_unit"
    STATS_CHANGE_LINE = "stats_change_line"
    STATUS_WORD_ACCEPTED = "status_word_accepted"
    UNDO_ENTITY_COUNT = "undo_entity_count"
    EMPTY_VALUE = "empty_value"
    NO_WORD = "no_word"
    YES_WORD = "yes_word"
    EXPORT_CANCELLED = "export_cancelled"
    # domain/problems: a form's date check
    EMPTY_DATE = "empty_date"
    DATE_UNREADABLE_IN_FORM = "date_unreadable_in_form"
    DATE_NEEDS_YEAR_IN_FORM = "date_needs_year_in_form"
    # excel/merge: a row of a returned file
    MERGE_REF_ISSUE = "merge_ref_issue"
    MERGE_REF_MEASURE = "merge_ref_measure"
    # domain/access: roles and why a change is refused
    ROLE_ADMIN = "role_admin"
    ROLE_MANAGER = "role_manager"
    ROLE_UNIT = "role_unit"
    ROLE_READER = "role_reader"
    ACCESS_READER_REFUSAL = "access_reader_refusal"
    ACCESS_NOT_YOUR_UNIT = "access_not_your_unit"
    ACCESS_UNIT_FIELDS_ONLY = "access_unit_fields_only"
    ACCESS_NO_UNITS = "access_no_units"
    GRANT_UNITS = "grant_units"
    ROLE_NAME_LINE = "role_name_line"
    # excel/columns: a column chosen for an export
    UNKNOWN_EXPORT_COLUMN = "unknown_export_column"
    # domain/ledger_check: a published notice's figures against the ledger
    LINT_NOTICE_RATE = "lint_notice_rate"
    LINT_NOTICE_COUNT = "lint_notice_count"
    LINT_NOTICE_RULES = "lint_notice_rules"
    LINT_NOTICE_PEOPLE = "lint_notice_people"
    LINT_NOTICE_FUNDS = "lint_notice_funds"
    # domain/calendar: a holiday file's dates, and years whose holidays are not official
    CALENDAR_HOLIDAY_START = "calendar_holiday_start"
    CALENDAR_HOLIDAY_END = "calendar_holiday_end"
    CALENDAR_WORKDAY = "calendar_workday"
    CALENDAR_YEAR_UNKNOWN = "calendar_year_unknown"
    CALENDAR_YEAR_PROVISIONAL = "calendar_year_provisional"


SOURCE: dict[str, str] = {
    Msg.WHERE_FILE: QT_TRANSLATE_NOOP("texts", "文件 {file}"),
    Msg.WHERE_SHEET: QT_TRANSLATE_NOOP("texts", "工作表“{sheet}”"),
    Msg.WHERE_ROW: QT_TRANSLATE_NOOP("texts", "第{row}行"),
    Msg.WHERE_COLUMN: QT_TRANSLATE_NOOP("texts", "“{column}”列"),
    Msg.WHERE_LINE: QT_TRANSLATE_NOOP("texts", "第{line}行"),
    Msg.WHERE_SEPARATOR: QT_TRANSLATE_NOOP("texts", "，"),
    Msg.PROBLEM_AT: QT_TRANSLATE_NOOP("texts", "{where}：{text}"),
    Msg.PROBLEM_VALUE: QT_TRANSLATE_NOOP("texts", "（值：{value}）"),
    # storage/backup
    Msg.BACKUP_FILE_ONLY: QT_TRANSLATE_NOOP(
        "texts", "只有本机台账文件可以这样备份；服务器上的台账请用数据库自带的备份。"
    ),
    Msg.FILE_NOT_FOUND: QT_TRANSLATE_NOOP("texts", "找不到文件“{path}”。"),
    Msg.NOT_SQLITE: QT_TRANSLATE_NOOP("texts", "“{name}”不是台账文件（不是 SQLite 数据库）。"),
    Msg.BACKUP_FAILED: QT_TRANSLATE_NOOP(
        "texts", "备份失败（{sqlite_error_text}）：{source} → {target}。台账本身没有改变。"
    ),
    Msg.ORIGINAL_COPY_FAILED: QT_TRANSLATE_NOOP(
        "texts", "无法保存原台账的副本（{sqlite_error_text}）：{target}"
    ),
    Msg.RESTORE_FAILED_AS_BEFORE: QT_TRANSLATE_NOOP(
        "texts", "恢复失败（{sqlite_error_text}）：台账“{ledger}”保持恢复前的状态。"
    ),
    Msg.RESTORE_FAILED_UNCHANGED: QT_TRANSLATE_NOOP(
        "texts", "恢复失败（{sqlite_error_text}）：台账“{ledger}”没有改变。"
    ),
    Msg.FILE_UNREADABLE_REASON: QT_TRANSLATE_NOOP("texts", "“{name}”无法读取（{reason}）。"),
    Msg.SQLITE_DISK_FULL: QT_TRANSLATE_NOOP("texts", "磁盘空间不足"),
    Msg.SQLITE_NO_WRITE_PERMISSION: QT_TRANSLATE_NOOP("texts", "没有写入权限"),
    Msg.SQLITE_LOCKED: QT_TRANSLATE_NOOP("texts", "台账正被其他程序占用"),
    Msg.SQLITE_IO_ERROR: QT_TRANSLATE_NOOP("texts", "写入磁盘出错"),
    Msg.SQLITE_FILE_TOO_LARGE: QT_TRANSLATE_NOOP("texts", "文件超过了允许的大小"),
    Msg.SQLITE_DAMAGED: QT_TRANSLATE_NOOP("texts", "文件已损坏或不是台账"),
    Msg.SQLITE_CANNOT_OPEN: QT_TRANSLATE_NOOP("texts", "无法打开文件"),
    # storage/engine
    Msg.DRIVER_MISSING: QT_TRANSLATE_NOOP(
        "texts", "缺少连接该数据库所需的组件（{name}），无法打开“{location}”。"
    ),
    Msg.BAD_LEDGER_ADDRESS: QT_TRANSLATE_NOOP("texts", "无法识别的台账地址：{text}"),
    Msg.DISK_FULL: QT_TRANSLATE_NOOP(
        "texts",
        "磁盘空间已满，刚才的修改没有保存，台账保持修改前的状态。请清理磁盘空间后重试。",
    ),
    Msg.READ_ONLY: QT_TRANSLATE_NOOP(
        "texts",
        "台账以只读方式打开（文件或所在文件夹不可写入），不能修改。"
        "请把台账复制到可写入的文件夹后再修改。",
    ),
    Msg.TURNED_READ_ONLY: QT_TRANSLATE_NOOP(
        "texts",
        "台账文件或它所在的文件夹现在不可写入（例如 U 盘的写保护开关、共享文件夹"
        "的权限被改了），刚才的修改没有保存，台账保持修改前的状态。"
        "请恢复写入权限，或把台账复制到可写入的文件夹后重新打开。",
    ),
    Msg.LEDGER_DAMAGED: QT_TRANSLATE_NOOP(
        "texts",
        "台账文件已损坏（不是完整的数据库）。请运行“rectify check”检查，或从备份恢复。",
    ),
    Msg.LEDGER_BUSY: QT_TRANSLATE_NOOP("texts", "台账正被其他程序或其他用户占用，请稍后再试。"),
    Msg.CONNECTION_LOST: QT_TRANSLATE_NOOP(
        "texts",
        "与台账服务器的连接中断了（网络断开，或服务器重启、被管理员断开），"
        "刚才的修改没有保存，台账保持修改前的状态。请检查网络后重试。",
    ),
    Msg.IO_ERROR: QT_TRANSLATE_NOOP(
        "texts",
        "写入磁盘时出错（磁盘可能已满，或 U 盘被拔出、网络盘断开），"
        "刚才的修改没有保存，台账保持修改前的状态。",
    ),
    Msg.FORBIDDEN: QT_TRANSLATE_NOOP(
        "texts", "服务器拒绝了这次操作：您的账号没有这项权限，台账没有任何改动。"
    ),
    Msg.FORBIDDEN_SAID: QT_TRANSLATE_NOOP(
        "texts",
        "服务器拒绝了这次操作：您的账号没有这项权限，台账没有任何改动。（服务器：{said}）",
    ),
    # storage/ledger_file
    Msg.LEDGER_IS_FOLDER: QT_TRANSLATE_NOOP("texts", "“{path}”是一个文件夹，不是台账文件。"),
    Msg.NOT_A_LEDGER_FILE: QT_TRANSLATE_NOOP(
        "texts",
        "“{name}”不是台账文件（不是 SQLite 数据库）。请选择以 .sqlite 结尾的台账文件。",
    ),
    Msg.LEDGER_TRUNCATED: QT_TRANSLATE_NOOP(
        "texts",
        "台账文件“{name}”不完整（文件被截断，可能是复制或下载时中断）。请从备份恢复。",
    ),
    Msg.LEDGER_UNREADABLE: QT_TRANSLATE_NOOP(
        "texts", "无法读取台账文件“{path}”（{strerror}）。请检查文件权限。"
    ),
    Msg.FOLDER_NOT_CREATED: QT_TRANSLATE_NOOP(
        "texts", "无法创建台账所在的文件夹“{parent}”：{strerror}"
    ),
    # storage/migrate
    Msg.OLD_LEDGER_READ_ONLY: QT_TRANSLATE_NOOP(
        "texts",
        "此台账由较早版本的软件保存，需要升级后才能打开，但文件是只读的。"
        "请把台账复制到可写入的文件夹后再打开。",
    ),
    Msg.EMPTY_READ_ONLY_FILE: QT_TRANSLATE_NOOP("texts", "这个只读文件是空的，不是台账。"),
    Msg.FOLDER_NOT_WRITABLE: QT_TRANSLATE_NOOP(
        "texts", "无法在文件夹“{parent}”中创建台账：该文件夹不可写入。"
    ),
    Msg.FOREIGN_OBJECTS: QT_TRANSLATE_NOOP(
        "texts",
        "台账“{name}”中含有不属于本软件的数据库对象（{strangers}），"
        "可能被其他程序改动过，为安全起见不予打开。",
    ),
    Msg.CANNOT_OPEN_LEDGER: QT_TRANSLATE_NOOP("texts", "无法打开台账“{shown}”：{text}"),
    Msg.DAMAGED_OR_NOT_LEDGER: QT_TRANSLATE_NOOP("texts", "“{shown}”已损坏或不是台账文件：{orig}"),
    Msg.LEDGER_READ_ONLY: QT_TRANSLATE_NOOP(
        "texts", "台账“{name}”是只读的（文件或所在文件夹不可写入），不能修改。"
    ),
    Msg.SERVER_UNREACHABLE: QT_TRANSLATE_NOOP(
        "texts",
        "无法连接台账服务器“{shown}”，请检查网络、服务器地址、用户名和密码。（详情：{strip}）",
    ),
    Msg.CANNOT_WRITE_LEDGER: QT_TRANSLATE_NOOP("texts", "无法写入台账“{shown}”：{text}"),
    Msg.LEDGER_TOO_NEW: QT_TRANSLATE_NOOP(
        "texts",
        "此台账由更新版本的整改台账软件保存，当前版本无法打开。请升级软件后再打开。",
    ),
    Msg.FOREIGN_DATABASE: QT_TRANSLATE_NOOP(
        "texts", "这个数据库不是整改台账（其中已有其他程序的数据表）。"
    ),
    # storage/roles
    Msg.ROLES_SERVER_ONLY: QT_TRANSLATE_NOOP(
        "texts",
        "账号和权限只用于服务器上的台账（PostgreSQL）；台账文件由操作系统的文件权限保护。",
    ),
    Msg.ROLES_NOT_SET_UP: QT_TRANSLATE_NOOP(
        "texts", "这个台账还没有设置账号和权限，请先运行“rectify admin init”。"
    ),
    Msg.UNKNOWN_UNITS: QT_TRANSLATE_NOOP(
        "texts", "台账中没有这些责任单位：{missing}（单位名称须与台账中的一致）。"
    ),
    Msg.LOGIN_REQUIRED: QT_TRANSLATE_NOOP("texts", "请填写登录名。"),
    Msg.UNIT_LOGIN_NEEDS_UNIT: QT_TRANSLATE_NOOP(
        "texts", "责任单位填报账号须指定至少一个责任单位（--unit）。"
    ),
    Msg.UNITS_FOR_UNIT_LOGIN_ONLY: QT_TRANSLATE_NOOP(
        "texts", "只有责任单位填报账号才指定责任单位。"
    ),
    Msg.ROLE_NOT_LOGIN: QT_TRANSLATE_NOOP("texts", "“{login}”是台账的角色，不是登录名。"),
    # cli/common
    Msg.OPENED_READ_ONLY: QT_TRANSLATE_NOOP(
        "texts",
        "注意：台账文件只读（文件或所在文件夹不可写入），已以只读方式打开，不能修改。",
    ),
    Msg.NO_SUCH_INSPECTION: QT_TRANSLATE_NOOP(
        "texts", "找不到巡察“{key}”（请用巡察的标题或编号）。"
    ),
    Msg.CANCELLED_UNCHANGED: QT_TRANSLATE_NOOP("texts", "已取消，台账未改变。"),
    Msg.FILE_OPERATION_FAILED: QT_TRANSLATE_NOOP("texts", "文件操作失败：{filename} {strerror}"),
    Msg.INTERNAL_ERROR: QT_TRANSLATE_NOOP("texts", "内部错误（台账未改变）：{name__}: {exc}"),
    # excel/reader
    Msg.WORKBOOK_DAMAGED: QT_TRANSLATE_NOOP(
        "texts",
        "文件内容已损坏，无法读取。如果能用 Excel 或 WPS 打开，请另存为 .xlsx 后再导入。",
    ),
    Msg.ALREADY_IN_LEDGER: QT_TRANSLATE_NOOP(
        "texts",
        "文件中有 {matched} 个问题已在目标巡察的台账中（序号和问题描述相同），"
        "将按文件内容逐项更新这些问题，而不是重复添加。",
    ),
    Msg.NOT_IMPORTABLE_KIND: QT_TRANSLATE_NOOP(
        "texts", "这是{description}，无法作为台账导入。{advice}"
    ),
    Msg.NO_SUCH_SHEET: QT_TRANSLATE_NOOP(
        "texts", "工作簿中没有名为“{sheet}”的工作表。现有工作表：{listed}。"
    ),
    Msg.NO_LEDGER_SHEET: QT_TRANSLATE_NOOP(
        "texts",
        "没有找到台账工作表：各工作表的前 30 行中都没有“序号”“问题描述”等表头"
        "{hint}。现有工作表：{listed}。请在导入向导中选择工作表并指定表头，"
        "或用 --sheet 指定。",
    ),
    Msg.FILE_MISSING: QT_TRANSLATE_NOOP("texts", "找不到这个文件。"),
    Msg.FILE_IS_FOLDER: QT_TRANSLATE_NOOP("texts", "这是一个文件夹，不是 Excel 文件。"),
    Msg.FILE_CANNOT_OPEN: QT_TRANSLATE_NOOP("texts", "无法打开文件：{strerror}。"),
    Msg.WORKBOOK_PASSWORD: QT_TRANSLATE_NOOP(
        "texts",
        "这个工作簿设置了密码，无法读取。请在 Excel 或 WPS 中取消密码后保存，再导入。",
    ),
    Msg.SEVERAL_LEDGER_SHEETS: QT_TRANSLATE_NOOP(
        "texts",
        "工作簿中有 {count} 个工作表都有台账表头和内容：{listed}。"
        "请指定要导入的工作表（导入向导中选择，命令行用 --sheet），每次导入一个",
    ),
    Msg.UNREAD_SHEET: QT_TRANSLATE_NOOP(
        "texts",
        "工作表“{other}”也有台账表头和内容，本次没有读取（如需导入，请另行导入该工作表）",
    ),
    Msg.UNREAD_HIDDEN_SHEET: QT_TRANSLATE_NOOP(
        "texts",
        "隐藏的工作表“{other}”也有台账表头和内容，本次没有读取（如需导入，请另行导入该工作表）",
    ),
    Msg.MISSING_COLUMN: QT_TRANSLATE_NOOP(
        "texts", "找不到“{header}”列（表头可写作：{synonyms}），请在导入向导中指定"
    ),
    Msg.UNREAD_COLUMN: QT_TRANSLATE_NOOP(
        "texts",
        "{letter} 列{value}有 {count} 个非空单元格，没有对应的台账字段，"
        "未导入（可在导入向导中为它指定字段）",
    ),
    Msg.NO_HEADER_ROW: QT_TRANSLATE_NOOP(
        "texts",
        "在工作表的前 30 行中找不到表头（如“序号”“问题描述”“整改措施”）。"
        "请在导入向导中指定表头所在的行和各列的含义。",
    ),
    # excel/guard
    Msg.FILE_TRUNCATED: QT_TRANSLATE_NOOP(
        "texts",
        "文件已损坏或不完整（可能在传输中被截断），无法读取。"
        "请让对方重新发送原文件；如果能用 Excel 或 WPS 打开，"
        "请另存为 .xlsx 后再导入。",
    ),
    Msg.SHEET_TOO_LARGE: QT_TRANSLATE_NOOP(
        "texts",
        "工作表的内容一直延伸到第 {rows} 行、第 {cols} 列，范围过大，无法读取。"
        "常见原因是表格远处的单元格里留有内容或格式："
        "请在 Excel 中删除台账以外的行和列后另存为 .xlsx 再导入。",
    ),
    Msg.ROWS_BY_COLUMNS: QT_TRANSLATE_NOOP("texts", "{rows} 行 × {cols} 列"),
    Msg.TOO_MANY_PARTS: QT_TRANSLATE_NOOP("texts", "压缩包内有 {count} 个部件，数量异常。"),
    Msg.UNPACKED_TOO_LARGE: QT_TRANSLATE_NOOP("texts", "文件解压后共 {total} MB，大小异常。"),
    Msg.CHECKSUM_MISMATCH: QT_TRANSLATE_NOOP("texts", "校验和不符：{filename}"),
    Msg.XML_DOCTYPE: QT_TRANSLATE_NOOP(
        "texts", "文件中的部件“{name}”含有 XML 文档类型（实体）声明，可能是实体扩展攻击。"
    ),
    Msg.CONTENT_ENCRYPTED: QT_TRANSLATE_NOOP(
        "texts",
        "文件中的内容经过加密，无法读取。请在 Excel 或 WPS 中取消密码后保存，再导入。",
    ),
    Msg.UNSUPPORTED_COMPRESSION: QT_TRANSLATE_NOOP(
        "texts", "不支持的压缩方式 {compress_type}：{filename}"
    ),
    Msg.PART_TOO_LARGE: QT_TRANSLATE_NOOP(
        "texts", "文件中的部件“{filename}”解压后达 {size} MB，大小异常。"
    ),
    Msg.ZIP_BOMB_RATIO: QT_TRANSLATE_NOOP(
        "texts",
        "文件中的部件“{filename}”由 {packed} KB 解压为 {size} MB（{size2:.0f} 倍"
        "），是“压缩炸弹”的特征。",
    ),
    Msg.ZIP_BOMB_DECLARED: QT_TRANSLATE_NOOP(
        "texts",
        "文件中的部件“{filename}”解压后超过其声明的大小（{cap} KB），是“压缩炸弹”的特征。",
    ),
    # excel/merge
    Msg.HANDOFF_RECORD_INCOMPLETE: QT_TRANSLATE_NOOP(
        "texts", "文件中的分发记录不完整或已损坏，无法合并。"
    ),
    Msg.MERGE_CLASH: QT_TRANSLATE_NOOP(
        "texts",
        "{label} 的“{get}”在几个交回的文件中填得不一样，未合并；请核实后在台账中修改。",
    ),
    Msg.HANDOFF_HEADERS_CHANGED: QT_TRANSLATE_NOOP(
        "texts", "工作表的表头已被改动（找不到隐藏的“问题编码”“措施编码”等列），无法合并。"
    ),
    Msg.MERGE_COLUMN_MISSING: QT_TRANSLATE_NOOP(
        "texts", "找不到“{missing}”列（可能被删除或改名），无法合并。"
    ),
    Msg.NOT_HANDOFF: QT_TRANSLATE_NOOP(
        "texts",
        "这不是本程序分发给责任单位的台账（找不到分发记录），无法合并。"
        "如需把其中的内容并入台账，请使用“导入”。",
    ),
    Msg.HANDOFF_TOO_NEW: QT_TRANSLATE_NOOP(
        "texts", "这份台账由更新版本的程序分发，请先升级本程序再合并。"
    ),
    Msg.OTHER_LEDGER: QT_TRANSLATE_NOOP(
        "texts",
        "这份台账是从另一个台账分发的（分发给“{unit}”，"
        "{exported_at:%Y-%m-%d %H:%M}），不能合并到当前台账。"
        "请打开分发它的台账再合并。",
    ),
    Msg.HANDOFF_TAMPERED: QT_TRANSLATE_NOOP(
        "texts",
        "文件中保存的分发原始数据已被改动（校验不符），无法判断单位改了哪些内容，"
        "未合并。请让对方在原分发文件上重新填写。",
    ),
    Msg.MERGE_SHEET_MISSING: QT_TRANSLATE_NOOP(
        "texts", "找不到工作表“{sheet}”（可能被改名或删除），无法合并。"
    ),
    Msg.FILE_DAMAGED: QT_TRANSLATE_NOOP("texts", "文件内容已损坏，无法读取。"),
    Msg.HANDOFF_RECORD_DAMAGED: QT_TRANSLATE_NOOP("texts", "文件中的分发记录已损坏，无法合并。"),
    # services/backups
    Msg.SERVER_NO_LOCAL_BACKUP: QT_TRANSLATE_NOOP(
        "texts",
        "服务器上的台账（PostgreSQL）不在本机备份，"
        "请由数据库管理员用 pg_dump 备份和恢复（佐证材料保存在台账数据库中，"
        "一并备份）。",
    ),
    Msg.LEDGER_FILE_NOT_FOUND: QT_TRANSLATE_NOOP("texts", "找不到台账文件“{ledger}”。"),
    Msg.BACKUP_IS_LEDGER: QT_TRANSLATE_NOOP("texts", "备份文件不能是台账文件本身。"),
    Msg.OPEN_READ_ONLY: QT_TRANSLATE_NOOP(
        "texts", "台账以只读方式打开（文件或所在文件夹不可写入），不能修改。"
    ),
    Msg.BACKUP_NOT_FOUND: QT_TRANSLATE_NOOP("texts", "找不到备份文件“{backup}”。"),
    Msg.RESTORE_FROM_ITSELF: QT_TRANSLATE_NOOP("texts", "要恢复的备份就是台账文件本身。"),
    Msg.NOT_A_BACKUP: QT_TRANSLATE_NOOP("texts", "“{name}”不是整改台账的备份。"),
    Msg.BACKUP_TOO_NEW: QT_TRANSLATE_NOOP(
        "texts", "备份“{name}”由更新版本的软件保存，当前版本无法恢复。请升级软件后再恢复。"
    ),
    Msg.BACKUP_FOREIGN_OBJECTS: QT_TRANSLATE_NOOP(
        "texts",
        "备份“{name}”中含有不属于本软件的数据库对象（{strangers}），"
        "可能被其他程序改动过，不能用来恢复。",
    ),
    Msg.BACKUP_DAMAGED: QT_TRANSLATE_NOOP(
        "texts", "备份“{name}”已损坏（{problems}），不能用来恢复。请选择其他备份。"
    ),
    Msg.BACKUP_BEFORE_FAILED: QT_TRANSLATE_NOOP(
        "texts", "{label}没有成功：{message} 为安全起见，本次操作没有进行。"
    ),
    Msg.RESTORE_EVIDENCE_FAILED: QT_TRANSLATE_NOOP(
        "texts", "恢复失败（无法写入佐证材料：{exc}）：台账“{ledger}”没有改变。"
    ),
    # cli/import_commands
    Msg.IMPORTED: QT_TRANSLATE_NOOP("texts", "已导入 {file}：{parts}{batch}。"),
    Msg.IMPORT_OF_HANDOUT: QT_TRANSLATE_NOOP(
        "texts",
        "“{name}”是分发给责任单位填报的台账，不能作为新台账导入；"
        "请用 rectify merge {name} --ledger … 把单位填写的内容合并回来。",
    ),
    Msg.IMPORT_REFUSED: QT_TRANSLATE_NOOP(
        "texts", "文件 {file} 有 {blocking} 处错误，未导入，台账未改变。请修改后重新导入。"
    ),
    # cli/handoff_commands
    Msg.MERGED_FILE: QT_TRANSLATE_NOOP("texts", "文件 {file}（{unit}）：{parts}{state}。"),
    Msg.BAD_DUE_DATE: QT_TRANSLATE_NOOP(
        "texts", "无法识别的交回期限“{text}”（请写成 2023-01-31 或 2023年1月31日）。"
    ),
    Msg.NOT_A_FOLDER: QT_TRANSLATE_NOOP("texts", "“{out}”不是文件夹。"),
    Msg.HANDOUT_READ_ONLY: QT_TRANSLATE_NOOP(
        "texts", "台账文件只读，无法记下分发编号；请复制到可写的位置后再分发。"
    ),
    Msg.NOTHING_TO_HAND_OUT: QT_TRANSLATE_NOOP(
        "texts", "没有可以分发的整改措施：各问题和措施都没有填写牵头单位。"
    ),
    Msg.HANDOUT_WRITTEN: QT_TRANSLATE_NOOP(
        "texts", "已生成 {path}（{unit}：问题 {issues} 个，{rows} 行）"
    ),
    Msg.HANDOUT_UNASSIGNED: QT_TRANSLATE_NOOP(
        "texts", "注意：有 {unassigned} 条整改措施没有牵头单位，未分发。"
    ),
    Msg.MERGE_REFUSED: QT_TRANSLATE_NOOP("texts", "有文件无法合并，台账未改变。"),
    Msg.MERGE_UNDECIDED: QT_TRANSLATE_NOOP(
        "texts",
        "还有 {undecided} 处冲突未处理（单位和台账都改了同一项），未合并；"
        "请在程序中逐项选择，或用 --take theirs（采用单位填报）"
        "/ --take ours（保留台账现值）。",
    ),
    Msg.MERGE_CONFLICT: QT_TRANSLATE_NOOP(
        "texts",
        "冲突（{verdict}）：文件 {file}，第{row}行，{label}的“{name}”："
        "发出时“{sent}”，单位填报“{theirs}”，台账现值“{ours}”。",
    ),
    Msg.MERGE_EVIDENCE_LISTED: QT_TRANSLATE_NOOP(
        "texts",
        "佐证材料：文件 {file}，第{row}行，{label}：单位列出“{titles}”，"
        "台账中还没有，请另行附上文件。",
    ),
    Msg.FOLDER_MISSING: QT_TRANSLATE_NOOP("texts", "目标文件夹不存在：{parent}"),
    Msg.UNIT_NOTHING_TO_HAND_OUT: QT_TRANSLATE_NOOP(
        "texts", "单位“{unknown}”没有牵头的整改措施可以分发（可选：{known}）。"
    ),
    # cli/safety_commands
    Msg.BACKED_UP: QT_TRANSLATE_NOOP("texts", "已备份：{describe}"),
    Msg.RESTORED: QT_TRANSLATE_NOOP("texts", "已从备份恢复台账“{ledger}”：{describe}"),
    Msg.SERVER_NO_LOCAL_BACKUP_RESTORE: QT_TRANSLATE_NOOP(
        "texts",
        "服务器上的台账（PostgreSQL）不在本机备份和恢复，"
        "请由数据库管理员用 pg_dump / pg_restore（佐证材料保存在台账数据库中，"
        "一并备份）。",
    ),
    Msg.EVIDENCE_NOT_BACKED_UP: QT_TRANSLATE_NOOP(
        "texts",
        "注意：台账中有 {count} 个佐证材料缺失或损坏，未能备份（请用 rectify check 查看）：",
    ),
    Msg.BACKED_UP_BEFORE_RESTORE: QT_TRANSLATE_NOOP("texts", "恢复前的台账已备份到：{path}"),
    Msg.DAMAGED_ORIGINAL_KEPT: QT_TRANSLATE_NOOP(
        "texts", "原台账文件无法正常读取，已原样保存到：{damaged_copy}"
    ),
    Msg.BACKUP_UPGRADED: QT_TRANSLATE_NOOP("texts", "这份备份由较早版本保存，已升级到当前版本。"),
    Msg.EVIDENCE_RESTORED: QT_TRANSLATE_NOOP(
        "texts", "已从备份取回佐证材料 {evidence_restored} 个文件。"
    ),
    Msg.NO_BACKUP_YET: QT_TRANSLATE_NOOP("texts", "台账“{ledger}”还没有备份。"),
    # services/apply
    Msg.ISSUE_GONE_KEY: QT_TRANSLATE_NOOP("texts", "文件中的问题在台账中已不存在（{issue_key}）。"),
    Msg.ISSUE_TO_UPDATE_GONE: QT_TRANSLATE_NOOP(
        "texts", "要更新的问题 {number} 在台账中已不存在。"
    ),
    Msg.RECORD_GONE_KEY: QT_TRANSLATE_NOOP("texts", "文件中的记录在台账中已不存在（{key}）。"),
    Msg.CHANGED_DURING_MERGE: QT_TRANSLATE_NOOP(
        "texts",
        "问题 {number} 的“{get}”在合并期间已被他人修改，为免覆盖，"
        "本次合并未写入任何内容。请重新合并这个文件，在冲突中选择保留哪一方。",
    ),
    Msg.INSPECTION_GONE: QT_TRANSLATE_NOOP("texts", "目标巡察不存在。"),
    # services/ledger
    Msg.RECORD_GONE: QT_TRANSLATE_NOOP("texts", "要修改的记录已不存在（可能已被删除）。"),
    Msg.STALE_EDIT_BY: QT_TRANSLATE_NOOP(
        "texts", "此{what}已被{by}修改于{when}，请重新载入后再保存，或选择覆盖。"
    ),
    Msg.ISSUE_GONE: QT_TRANSLATE_NOOP("texts", "该问题已不存在（可能已被删除）。"),
    Msg.STALE_EDIT: QT_TRANSLATE_NOOP("texts", "此记录刚被其他用户修改，请重新载入后再保存。"),
    Msg.CATEGORY_OTHER_INSPECTION: QT_TRANSLATE_NOOP("texts", "不能把类别移到另一次巡察下。"),
    Msg.CATEGORY_UNDER_ITSELF: QT_TRANSLATE_NOOP("texts", "不能把类别移到它自己的下级类别中。"),
    # services/undo
    Msg.UNDO_RECORD_MISSING: QT_TRANSLATE_NOOP("texts", "找不到要撤销的操作记录。"),
    Msg.NOTHING_TO_UNDO: QT_TRANSLATE_NOOP("texts", "这个操作没有可撤销的内容。"),
    Msg.UNDO_WOULD_DELETE: QT_TRANSLATE_NOOP(
        "texts",
        "无法撤销：此后又在这些记录下新增或关联了内容（{listed}），"
        "撤销会把它们一并删除且无法恢复。请先撤销或删除这些内容，再撤销这一步。",
    ),
    Msg.UNDO_RECORD_EXISTS: QT_TRANSLATE_NOOP("texts", "要恢复的记录已经存在，无法撤销删除。"),
    Msg.UNDO_RECORD_DELETED: QT_TRANSLATE_NOOP("texts", "这条记录已被删除，无法撤销对它的修改。"),
    Msg.UNDO_CHANGED_SINCE: QT_TRANSLATE_NOOP(
        "texts", "这条记录在此后又被修改过，无法撤销较早的修改。"
    ),
    # services/backup_evidence
    Msg.EVIDENCE_BACKUP_COPY_FAILED: QT_TRANSLATE_NOOP(
        "texts",
        "无法把佐证材料复制到备份文件夹“{root}”（{sqlite_error_text}），备份没有完成。",
    ),
    Msg.RESTORE_EVIDENCE_IO: QT_TRANSLATE_NOOP(
        "texts",
        "恢复失败（读写佐证材料时出错：{sqlite_error_text}）：当前台账和它的佐证材料都没有改变。",
    ),
    # services/evidence_store
    Msg.BAD_EVIDENCE_HASH: QT_TRANSLATE_NOOP("texts", "佐证材料的校验值无效：{sha256!r}"),
    Msg.EVIDENCE_SOURCE_MISSING: QT_TRANSLATE_NOOP("texts", "找不到要附加的文件“{source}”。"),
    Msg.EVIDENCE_TOO_LARGE: QT_TRANSLATE_NOOP(
        "texts", "文件“{name}”有 {size:.1f} MB，超过单个佐证材料的上限 {max_size:.0f} MB。"
    ),
    # services/evidence_db
    Msg.LEDGER_BUSY_USER: QT_TRANSLATE_NOOP("texts", "台账正被其他用户修改，请稍后再试。"),
    Msg.EVIDENCE_CACHE_FAILED: QT_TRANSLATE_NOOP(
        "texts", "无法把佐证材料写到缓存文件夹“{parent}”（{strerror}）。"
    ),
    # excel/safe
    Msg.TARGET_FOLDER_MISSING: QT_TRANSLATE_NOOP("texts", "目标文件夹不存在：{folder}"),
    Msg.TARGET_IS_FOLDER: QT_TRANSLATE_NOOP(
        "texts", "“{target}”是一个文件夹，请给出要保存的文件名。"
    ),
    Msg.FOLDER_WRITE_FAILED: QT_TRANSLATE_NOOP(
        "texts", "无法在文件夹“{folder}”中写入文件：{strerror}"
    ),
    Msg.FILE_IN_USE: QT_TRANSLATE_NOOP(
        "texts",
        "无法覆盖“{target}”：文件可能正在 Excel 或 WPS 中打开，请关闭后重试。原文件未改变。",
    ),
    Msg.SAVE_FAILED: QT_TRANSLATE_NOOP("texts", "无法保存“{target}”：{strerror}。原文件未改变。"),
    # excel/handoff
    Msg.HANDOUT_FOLDER_MISSING: QT_TRANSLATE_NOOP("texts", "目标文件夹不存在：{out}"),
    Msg.UNIT_NO_MEASURES: QT_TRANSLATE_NOOP("texts", "单位“{unit}”没有需要填报的整改措施。"),
    Msg.HANDOUT_FIELD_REFUSED: QT_TRANSLATE_NOOP(
        "texts", "问题 {number} 的“{get}”：{found}。分发文件未生成。"
    ),
    # cli/export_commands
    Msg.EXPORTED: QT_TRANSLATE_NOOP(
        "texts", "已导出 {issues} 个问题、{measures} 条整改措施（{rows} 行）到 {path}"
    ),
    Msg.EXPORT_NEEDS_XLSX: QT_TRANSLATE_NOOP("texts", "导出文件名须以 .xlsx 结尾：{out}"),
    Msg.EXPORT_FOLDER_MISSING: QT_TRANSLATE_NOOP("texts", "目标文件夹不存在：{parent}"),
    Msg.EXPORT_EMPTY: QT_TRANSLATE_NOOP("texts", "没有符合条件的问题，导出的台账只有表头。"),
    Msg.EXPORT_UNKNOWN_UNIT: QT_TRANSLATE_NOOP(
        "texts", "台账中没有单位“{unknown}”（单位名须与台账中写法一致）。"
    ),
    Msg.UNKNOWN_STATUS_WORD: QT_TRANSLATE_NOOP(
        "texts", "不认识的整改状态“{word}”。可用：{accepted}。"
    ),
    # cli/ledger_commands
    Msg.DEMO_CREATED: QT_TRANSLATE_NOOP(
        "texts", "已创建示例台账：{issues_added} 个问题，{measures_added} 条整改措施。"
    ),
    Msg.DEMO_NEEDS_EMPTY: QT_TRANSLATE_NOOP(
        "texts", "台账“{ledger}”中已有数据；示例台账只能载入新的台账文件。"
    ),
    Msg.OPTION_NEEDS_DATE: QT_TRANSLATE_NOOP("texts", "{option} 需要一个日期，而不是“{value}”。"),
    Msg.SINCE_AFTER_AS_OF: QT_TRANSLATE_NOOP("texts", "--since 的日期晚于 --as-of 的日期。"),
    Msg.WARNING_MESSAGE: QT_TRANSLATE_NOOP("texts", "警告：{message}"),
    Msg.WARNING_TEXT: QT_TRANSLATE_NOOP("texts", "警告：{warning}"),
    Msg.OPTION_BAD_DATE: QT_TRANSLATE_NOOP(
        "texts", "{option} 的日期无法识别：{value}（请写成 2023-01-11）。"
    ),
    Msg.LINT_FOUND: QT_TRANSLATE_NOOP("texts", "台账体检发现 {count} 处问题。"),
    Msg.LINT_CLEAN: QT_TRANSLATE_NOOP("texts", "台账体检未发现问题。"),
    # cli/print_commands
    Msg.PRINTED: QT_TRANSLATE_NOOP(
        "texts", "已写入 {out}：{FORM_NAMES} {documents} 份，共 {pages} 页。"
    ),
    Msg.PRINT_WHICH_INSPECTION: QT_TRANSLATE_NOOP(
        "texts", "台账中有多个巡察（或没有巡察），请用 --inspection 指定要打印通报的巡察。"
    ),
    Msg.PRINT_NEEDS_PDF: QT_TRANSLATE_NOOP("texts", "输出文件须为 PDF（.pdf）：{out}"),
    Msg.PRINT_FOLDER_MISSING: QT_TRANSLATE_NOOP("texts", "输出目录不存在：{parent}"),
    Msg.NOTHING_TO_PRINT: QT_TRANSLATE_NOOP("texts", "没有可打印的问题。"),
    Msg.NO_SUCH_ISSUE: QT_TRANSLATE_NOOP("texts", "找不到编号为“{number}”的问题。"),
    Msg.ISSUE_IN_SEVERAL_INSPECTIONS: QT_TRANSLATE_NOOP(
        "texts", "编号“{number}”的问题在多个巡察中都有，请用 --inspection 指定巡察。"
    ),
    # printing/render
    Msg.PDF_WRITE_FAILED: QT_TRANSLATE_NOOP("texts", "无法写入 PDF 文件：{path}"),
    Msg.PDF_WRITE_FAILED_REASON: QT_TRANSLATE_NOOP(
        "texts", "无法写入 PDF 文件：{path}（{strerror}）"
    ),
    Msg.PRINT_CANNOT_START: QT_TRANSLATE_NOOP("texts", "无法开始打印：打印机或文件不可用。"),
    Msg.PRINT_INTERRUPTED: QT_TRANSLATE_NOOP("texts", "打印中断：无法开始新的一页。"),
    # services/check
    Msg.CHECK_LEDGER_NOT_FOUND: QT_TRANSLATE_NOOP("texts", "找不到台账文件“{location}”。"),
    # services/conflicts
    Msg.MEASURE_GONE: QT_TRANSLATE_NOOP("texts", "该整改措施已不存在（可能已被删除）。"),
    # services/copy
    Msg.COPY_TARGET_NOT_EMPTY: QT_TRANSLATE_NOOP(
        "texts",
        "目标台账“{shown}”中已有数据，不能复制到这里（请用一个空的数据库或新文件）。",
    ),
    # services/dossiers
    Msg.PRINT_ISSUE_GONE: QT_TRANSLATE_NOOP("texts", "要打印的问题已不存在（可能已被删除）。"),
    # cli
    Msg.BAD_ARGUMENTS: QT_TRANSLATE_NOOP("texts", "{prog}: 参数错误：{message}"),
    Msg.NO_SUCH_COMMAND: QT_TRANSLATE_NOOP("texts", "rectify {command}：此版本尚未提供这个命令。"),
    Msg.PROBLEM_ERROR: QT_TRANSLATE_NOOP("texts", "错误：{text}"),
    Msg.PROBLEM_WARNING: QT_TRANSLATE_NOOP("texts", "警告：{text}"),
    # excel/reader
    Msg.UNKNOWN_STATUS: QT_TRANSLATE_NOOP(
        "texts",
        "无法识别的整改状态。可用的写法：{accepted}；也可在导入向导中指定这个词对应的状态",
    ),
    Msg.IMPOSSIBLE_DATE: QT_TRANSLATE_NOOP("texts", "日期不存在（如 2 月 30 日、13 月）"),
    Msg.CELL_TOO_LONG: QT_TRANSLATE_NOOP(
        "texts",
        "内容有 {count} 个字符，超过 Excel 单元格上限 {MAX_CELL_TEXT}，请拆分后再导入",
    ),
    Msg.CONTROL_CHARACTERS_KEPT: QT_TRANSLATE_NOOP("texts", "含有不可见的控制字符（已原样保留）"),
    Msg.ERROR_VALUE: QT_TRANSLATE_NOOP(
        "texts",
        "这一格显示错误值 {error}（公式出错或引用的内容已不在），按空白读取；"
        "如这里应有内容，请在原表中改正后重新导入",
    ),
    Msg.FORMULA_NOT_CALCULATED: QT_TRANSLATE_NOOP(
        "texts",
        "这一格是公式，但文件里没有存下它的计算结果（文件是由其他软件生成、"
        "未经 Excel 或 WPS 保存的），按空白读取；请用 Excel 或 WPS 打开这个文件、"
        "保存后重新导入",
    ),
    Msg.MERGE_ERROR_VALUE: QT_TRANSLATE_NOOP(
        "texts",
        "这一格显示错误值 {error}（公式出错或引用的内容已不在），未合并；"
        "请单位在表中改正后重新交回",
    ),
    Msg.MERGE_FORMULA_NOT_CALCULATED: QT_TRANSLATE_NOOP(
        "texts",
        "这一格是公式，但文件里没有存下它的计算结果，未合并；请用 Excel 或 WPS "
        "打开这个文件、保存后重新合并",
    ),
    Msg.CELL_PICTURE: QT_TRANSLATE_NOOP(
        "texts",
        "这一格是 WPS 嵌入单元格的图片，不是文字，按空白读取；"
        "佐证图片请另存为文件，在程序的“佐证材料”中添加",
    ),
    Msg.BAD_SERIAL: QT_TRANSLATE_NOOP("texts", "不是有效的 Excel 日期"),
    Msg.ROW_IN_UNREAD_COLUMNS: QT_TRANSLATE_NOOP(
        "texts", "这一行的内容都在未导入的列中，未导入（可在导入向导中为这些列指定字段）"
    ),
    Msg.SEVERAL_UNITS: QT_TRANSLATE_NOOP(
        "texts", "这一格写了多个单位：“{lead}”作为牵头单位，“{cooperating}”作为配合单位"
    ),
    Msg.DATE_NEEDS_YEAR: QT_TRANSLATE_NOOP("texts", "日期没有年份，无法确定是哪一年；已按原文保留"),
    Msg.UNREADABLE_DATE: QT_TRANSLATE_NOOP(
        "texts",
        "无法识别为日期；已按原文保留（可写作 2023年1月11日、2023-1-11、立行立改、长期坚持）",
    ),
    Msg.NUMBER_ASSIGNED: QT_TRANSLATE_NOOP("texts", "序号为空，已按顺序编为 {number}"),
    Msg.DESCRIPTION_EMPTY: QT_TRANSLATE_NOOP("texts", "问题描述为空"),
    Msg.DUPLICATE_NUMBER: QT_TRANSLATE_NOOP(
        "texts", "问题序号与第 {seen_numbers} 行的问题重复（两个问题都会导入）"
    ),
    Msg.MEASURE_WITHOUT_ISSUE: QT_TRANSLATE_NOOP(
        "texts", "这一行有整改内容，但上方没有它所属的问题（序号和问题描述都为空）"
    ),
    # domain/rules
    Msg.CHARACTER_COUNT: QT_TRANSLATE_NOOP("texts", "{count} 个字符"),
    # domain/rules
    Msg.REQUIRED: QT_TRANSLATE_NOOP("texts", "必填项不能为空"),
    Msg.TOO_LONG: QT_TRANSLATE_NOOP(
        "texts", "内容超过 {limit} 个字符（Excel 单元格上限），请拆分后再录入"
    ),
    Msg.CONTROL_CHARACTERS: QT_TRANSLATE_NOOP("texts", "含有不可见的控制字符"),
    Msg.DATE_ORDER: QT_TRANSLATE_NOOP("texts", "日期先后顺序不对"),
    # excel/reader (rows left out)
    Msg.SKIPPED_TOTAL_ROW: QT_TRANSLATE_NOOP("texts", "合计行，未作为问题导入"),
    Msg.SKIPPED_NOTE_ROW: QT_TRANSLATE_NOOP("texts", "填表说明、签名或日期行，未作为问题导入"),
    Msg.SKIPPED_HEADER_ROW: QT_TRANSLATE_NOOP("texts", "重复的表头行（或列序号行），已跳过"),
    Msg.NO_SHEETS: QT_TRANSLATE_NOOP("texts", "（无）"),
    Msg.HIDDEN_SHEETS_HINT: QT_TRANSLATE_NOOP(
        "texts", "（隐藏的工作表不会自动读取，如台账在隐藏表中，请指定工作表）"
    ),
    Msg.LIST_SEPARATOR: QT_TRANSLATE_NOOP("texts", "、"),
    Msg.COVERAGE: QT_TRANSLATE_NOOP(
        "texts",
        "文件有工作表 {sheets} 个（有台账的 {ledger_sheets} 个，读取“{read}”），"
        "非空行 {rows} 行：问题行 {issues}、措施行 {measures}、分类行 {sections}"
        "、标题和表头 {titles}，跳过 {skipped} 行；"
        "台账各列非空单元格 {cells} 个，导入使用 {used} 个{unread}。",
    ),
    Msg.COVERAGE_UNREAD: QT_TRANSLATE_NOOP("texts", "；未导入的列：{columns}"),
    # files
    Msg.OS_DISK_FULL: QT_TRANSLATE_NOOP("texts", "磁盘空间已满"),
    Msg.OS_QUOTA: QT_TRANSLATE_NOOP("texts", "磁盘配额已用完"),
    Msg.OS_TOO_LARGE: QT_TRANSLATE_NOOP("texts", "文件超过了允许的大小"),
    Msg.OS_ACCESS: QT_TRANSLATE_NOOP(
        "texts", "没有写入权限（文件可能正被其他程序如 Excel、WPS 打开）"
    ),
    Msg.OS_PERMISSION: QT_TRANSLATE_NOOP("texts", "没有写入权限"),
    Msg.OS_READ_ONLY: QT_TRANSLATE_NOOP("texts", "磁盘是只读的"),
    Msg.OS_NO_FOLDER: QT_TRANSLATE_NOOP("texts", "文件夹不存在"),
    Msg.OS_IO: QT_TRANSLATE_NOOP("texts", "磁盘读写错误"),
    Msg.WRITE_FAILED_KEPT: QT_TRANSLATE_NOOP("texts", "无法写入文件（{reason}），原文件保持不变。"),
    Msg.WRITE_FAILED_NOTHING_LEFT: QT_TRANSLATE_NOOP(
        "texts", "无法写入文件（{reason}），没有留下不完整的文件。"
    ),
    # excel/sniff
    Msg.FILE_KIND_XLSX: QT_TRANSLATE_NOOP("texts", "Excel 工作簿（.xlsx）"),
    Msg.FILE_KIND_XLS: QT_TRANSLATE_NOOP("texts", "旧版 Excel 工作簿（.xls）"),
    Msg.FILE_KIND_ODS: QT_TRANSLATE_NOOP("texts", "OpenDocument 表格（.ods）"),
    Msg.FILE_KIND_XLSB: QT_TRANSLATE_NOOP("texts", "Excel 二进制工作簿（.xlsb）"),
    Msg.FILE_ADVICE_XLSB: QT_TRANSLATE_NOOP(
        "texts", "请用 Excel 或 WPS 打开后另存为 .xlsx 格式再导入。"
    ),
    Msg.FILE_KIND_ENCRYPTED: QT_TRANSLATE_NOOP("texts", "设置了打开密码的 Office 文件"),
    Msg.FILE_ADVICE_ENCRYPTED: QT_TRANSLATE_NOOP(
        "texts",
        "请在 Excel 或 WPS 中输入密码打开，"
        "取消密码（文件→信息→保护工作簿→用密码进行加密，清空密码）"
        "并保存后再导入。",
    ),
    Msg.FILE_KIND_DOCX: QT_TRANSLATE_NOOP("texts", "Word 文档（.docx）"),
    Msg.FILE_ADVICE_DOCX: QT_TRANSLATE_NOOP(
        "texts",
        "如果台账是 Word 里的表格，请把表格复制到 Excel 中，"
        "另存为 .xlsx 后再导入；整改情况通报请用“读入通报”功能。",
    ),
    Msg.FILE_KIND_DOC: QT_TRANSLATE_NOOP("texts", "旧版 Word 文档（.doc）"),
    Msg.FILE_ADVICE_DOC: QT_TRANSLATE_NOOP(
        "texts", "请把其中的表格复制到 Excel 中，另存为 .xlsx 后再导入。"
    ),
    Msg.FILE_KIND_PPT: QT_TRANSLATE_NOOP("texts", "PowerPoint 演示文稿，不是 Excel 表格"),
    Msg.FILE_ADVICE_PPT: QT_TRANSLATE_NOOP("texts", "请选择台账所在的 Excel 文件。"),
    Msg.FILE_KIND_ODF_OTHER: QT_TRANSLATE_NOOP("texts", "OpenDocument 文档，不是表格"),
    Msg.FILE_ADVICE_ODF_OTHER: QT_TRANSLATE_NOOP(
        "texts", "请选择台账所在的表格文件（.xlsx、.xls 或 .ods）。"
    ),
    Msg.FILE_KIND_ZIP: QT_TRANSLATE_NOOP("texts", "压缩包，不是 Excel 表格"),
    Msg.FILE_ADVICE_ZIP: QT_TRANSLATE_NOOP("texts", "请先解压，再选择其中的 Excel 台账文件。"),
    Msg.FILE_KIND_DAMAGED_ZIP: QT_TRANSLATE_NOOP(
        "texts", "已损坏或不完整的文件（可能在传输中被截断）"
    ),
    Msg.FILE_ADVICE_DAMAGED_ZIP: QT_TRANSLATE_NOOP(
        "texts",
        "请让对方重新发送原文件；如果能用 Excel 或 WPS 打开，请另存为 .xlsx 后再导入。",
    ),
    Msg.FILE_KIND_OLE_OTHER: QT_TRANSLATE_NOOP("texts", "无法识别的 Office 文件"),
    Msg.FILE_ADVICE_OLE_OTHER: QT_TRANSLATE_NOOP(
        "texts", "请用 Excel 或 WPS 打开后另存为 .xlsx 格式再导入。"
    ),
    Msg.FILE_KIND_HTML: QT_TRANSLATE_NOOP(
        "texts", "网页文件（虽然可能以 .xls 为扩展名，其实是 HTML 网页）"
    ),
    Msg.FILE_KIND_XML_SPREADSHEET: QT_TRANSLATE_NOOP("texts", "Excel 2003 XML 表格"),
    Msg.FILE_KIND_DELIMITED: QT_TRANSLATE_NOOP("texts", "以逗号或制表符分隔的文本表格（CSV）"),
    Msg.DOCUMENT_NO_TABLE: QT_TRANSLATE_NOOP(
        "texts",
        "这个文档里没有表格，读不出台账。如果它是整改情况通报，请用“读入通报”功能；"
        "如果台账在 Excel 里，请选择那个 Excel 文件。",
    ),
    Msg.DOCUMENT_DAMAGED: QT_TRANSLATE_NOOP(
        "texts", "文档已损坏，无法读取。请在 Word 或 WPS 中打开，另存为新文件后再导入。"
    ),
    Msg.DOCUMENT_SCANNED: QT_TRANSLATE_NOOP(
        "texts",
        "这是扫描得到的 PDF（页面的图片），没有可读的文字。请向对方索要台账的 Excel 或 "
        "Word 原文件。",
    ),
    Msg.DOCUMENT_LOCKED: QT_TRANSLATE_NOOP(
        "texts", "文档设有打开密码。请在 Word 或 WPS 中取消密码、保存后再导入。"
    ),
    Msg.MARKUP_NO_TABLE: QT_TRANSLATE_NOOP(
        "texts",
        "这是网页或 XML 文件，其中没有表格（网上系统登录过期时，下载到的常是登录页面）。"
        "请在系统中重新导出，或用 Excel 或 WPS 打开台账后另存为 .xlsx 再导入。",
    ),
    Msg.MARKUP_TOO_LARGE: QT_TRANSLATE_NOOP(
        "texts",
        "文件有 {size} MB，超出了能直接读取的大小。请用 Excel 或 WPS 打开后另存为 .xlsx 再导入。",
    ),
    Msg.MARKUP_TOO_MANY_CELLS: QT_TRANSLATE_NOOP(
        "texts",
        "表格超过 {cells} 个单元格，超出了能读取的范围。"
        "请删去无关的行和列，或用 Excel 或 WPS 另存为 .xlsx 再导入。",
    ),
    Msg.FILE_KIND_XML: QT_TRANSLATE_NOOP("texts", "XML 文件，不是 Excel 表格"),
    Msg.FILE_ADVICE_XML: QT_TRANSLATE_NOOP("texts", "请选择台账所在的 Excel 文件。"),
    Msg.FILE_KIND_PDF: QT_TRANSLATE_NOOP("texts", "PDF 文件"),
    Msg.FILE_KIND_OFD: QT_TRANSLATE_NOOP("texts", "OFD 版式文档"),
    Msg.FILE_ADVICE_PDF: QT_TRANSLATE_NOOP(
        "texts", "请向对方索要台账的 Excel 原文件；整改情况通报可用“读入通报”功能。"
    ),
    Msg.FILE_KIND_RTF: QT_TRANSLATE_NOOP("texts", "RTF 文档"),
    Msg.FILE_ADVICE_RTF: QT_TRANSLATE_NOOP("texts", "请把其中的表格复制到 Excel 中另存为 .xlsx。"),
    Msg.FILE_KIND_IMAGE: QT_TRANSLATE_NOOP("texts", "图片，不是 Excel 表格"),
    Msg.FILE_ADVICE_IMAGE: QT_TRANSLATE_NOOP("texts", "请向对方索要台账的 Excel 原文件。"),
    Msg.FILE_KIND_TEXT: QT_TRANSLATE_NOOP("texts", "纯文本文件，其中没有表格，不是 Excel 工作簿"),
    Msg.FILE_ADVICE_TEXT: QT_TRANSLATE_NOOP(
        "texts", "请用 Excel 或 WPS 打开，另存为 .xlsx 后再导入。"
    ),
    Msg.FILE_KIND_EMPTY: QT_TRANSLATE_NOOP("texts", "空文件（0 字节）"),
    Msg.FILE_ADVICE_EMPTY: QT_TRANSLATE_NOOP("texts", "请让对方重新发送原文件。"),
    Msg.FILE_KIND_UNKNOWN: QT_TRANSLATE_NOOP("texts", "无法识别的文件，不是 Excel 表格"),
    Msg.FILE_ADVICE_UNKNOWN: QT_TRANSLATE_NOOP("texts", "请选择台账所在的 Excel 文件（.xlsx）。"),
    # domain/calendar
    Msg.CALENDAR_DATE_FORM: QT_TRANSLATE_NOOP(
        "texts", "{what}应为“YYYY-MM-DD”形式的日期（值：{value!r}）"
    ),
    Msg.CALENDAR_NOT_OBJECT: QT_TRANSLATE_NOOP("texts", "内容应为一个 JSON 对象"),
    Msg.CALENDAR_BAD_YEAR: QT_TRANSLATE_NOOP("texts", "“year”应为年份数字（值：{year!r}）"),
    Msg.CALENDAR_BAD_FLAGS: QT_TRANSLATE_NOOP("texts", "“official”和“verified”应为 true 或 false"),
    Msg.CALENDAR_BAD_DATE: QT_TRANSLATE_NOOP("texts", "{what}不是有效日期（值：{value}）"),
    Msg.CALENDAR_HOLIDAY_NOT_OBJECT: QT_TRANSLATE_NOOP("texts", "第{n}个假日应为对象"),
    Msg.CALENDAR_HOLIDAY_ENDS_BEFORE: QT_TRANSLATE_NOOP(
        "texts", "假日“{name}”的结束日期早于开始日期"
    ),
    Msg.CALENDAR_HOLIDAY_OTHER_YEAR: QT_TRANSLATE_NOOP(
        "texts", "假日“{name}”（{start}）不在 {year} 年"
    ),
    Msg.CALENDAR_WORKDAY_NOT_OBJECT: QT_TRANSLATE_NOOP("texts", "第{n}个调休上班日应为对象"),
    Msg.CALENDAR_WORKDAY_NOT_WEEKEND: QT_TRANSLATE_NOOP("texts", "调休上班日 {day} 不是周六或周日"),
    Msg.CALENDAR_BOTH: QT_TRANSLATE_NOOP("texts", "{day} 既是假日又是调休上班日"),
    Msg.CALENDAR_WORKDAY_OTHER_YEAR: QT_TRANSLATE_NOOP("texts", "调休上班日 {day} 不在 {year} 年"),
    # services/supervision
    Msg.MEASURE_NOT_OF_ISSUE: QT_TRANSLATE_NOOP(
        "texts", "该整改措施不属于这个问题（可能已被删除）。"
    ),
    Msg.EVIDENCE_FILE_MISSING: QT_TRANSLATE_NOOP(
        "texts", "佐证材料“{title}”的文件不在材料库中（{path}），可能已被移走或删除。"
    ),
    Msg.SHARED_EVIDENCE_FOLDER: QT_TRANSLATE_NOOP(
        "texts", "共享的佐证材料文件夹可能还有其他台账在用，不能自动清理。"
    ),
    Msg.NO_EVIDENCE_TO_PACK: QT_TRANSLATE_NOOP(
        "texts", "问题 {number} 没有佐证材料，无法导出销号材料包。"
    ),
    Msg.PACKAGE_TOO_LARGE: QT_TRANSLATE_NOOP(
        "texts",
        "问题 {number} 的佐证材料共 {total:.0f} MB，"
        "超过材料包上限 {max_total:.0f} MB，请分批导出或压缩后再附。",
    ),
    Msg.DATE_BEFORE_PREVIOUS_STEP: QT_TRANSLATE_NOOP("texts", "日期早于上一步（{latest}）"),
    Msg.DAYS_RANGE: QT_TRANSLATE_NOOP("texts", "天数应为 0 到 365"),
    Msg.EVIDENCE_CANNOT_OPEN: QT_TRANSLATE_NOOP("texts", "佐证材料“{title}”无法打开：{message}"),
    Msg.REOPEN_STATE: QT_TRANSLATE_NOOP("texts", "重新打开后的状态不能是已完成或已销号"),
    Msg.EVIDENCE_ALREADY_ATTACHED: QT_TRANSLATE_NOOP(
        "texts", "同一文件已作为佐证材料“{title}”附在问题 {number} 下"
    ),
    Msg.PACKAGE_EVIDENCE_PROBLEMS: QT_TRANSLATE_NOOP(
        "texts", "以下佐证材料有问题，未导出材料包：{message}"
    ),
    # cli/notice_commands
    Msg.UNKNOWN_NOTICE_COMMAND: QT_TRANSLATE_NOOP(
        "texts", "未知的 notice 子命令：{notice_command}"
    ),
    Msg.NOTICE_READ: QT_TRANSLATE_NOOP(
        "texts", "已读入通报 {name}：{summary}，写入巡察“{title}”。"
    ),
    Msg.NOTICE_WRITTEN: QT_TRANSLATE_NOOP(
        "texts", "已生成通报 {out}：{count} 个问题（巡察“{title}”）。"
    ),
    Msg.NOTICE_HAS_ERRORS: QT_TRANSLATE_NOOP("texts", "通报 {name} 有错误（见上），未写入台账。"),
    Msg.NOTICE_DRY_RUN: QT_TRANSLATE_NOOP("texts", "试读通报 {name}：{summary}（未写入台账）。"),
    Msg.NOTICE_ALREADY_READ: QT_TRANSLATE_NOOP(
        "texts",
        "台账中已有巡察“{title}”，为免重复，未再次读入。如要按新通报更新进度，"
        "请在界面中修改，或先删除该巡察。",
    ),
    Msg.NOTICE_BAD_FORMAT: QT_TRANSLATE_NOOP(
        "texts", "无法生成“{name}”：通报只能保存为 .docx、.txt 或 .pdf 文件。"
    ),
    Msg.NOTICE_PDF_NOT_YET: QT_TRANSLATE_NOOP(
        "texts",
        "PDF 格式的通报由打印模块生成，此版本尚未提供。"
        "请先生成 .docx 或 .txt 文件，用 Word、WPS 打开后另存为 PDF。",
    ),
    Msg.NOTICE_FOLDER_MISSING: QT_TRANSLATE_NOOP("texts", "文件夹 {parent} 不存在，未生成通报。"),
    Msg.NOTICE_NO_ISSUES: QT_TRANSLATE_NOOP("texts", "巡察“{title}”中还没有问题，未生成通报。"),
    Msg.NOTICE_NO_INSPECTION: QT_TRANSLATE_NOOP("texts", "台账中还没有巡察，无法生成通报。"),
    Msg.NOTICE_WHICH_INSPECTION: QT_TRANSLATE_NOOP(
        "texts", "台账中有多次巡察（{names}），请用 --inspection 指定其中一次。"
    ),
    # notice/reader
    Msg.NOTICE_FILE_NOT_FOUND: QT_TRANSLATE_NOOP("texts", "找不到文件 {path}。"),
    Msg.NOTICE_OLD_DOC: QT_TRANSLATE_NOOP(
        "texts",
        "旧版 Word 文件 {name} 已损坏或格式无法识别，请在 Word 或 WPS 中打开，"
        "另存为 .docx 后再读入。",
    ),
    Msg.NOTICE_DOC_PASSWORD: QT_TRANSLATE_NOOP(
        "texts", "Word 文件 {name} 设有密码保护，无法读取。请用不带密码的版本。"
    ),
    Msg.NOTICE_NOT_TEXT_KIND: QT_TRANSLATE_NOOP(
        "texts", "文件 {name} 不是通报文本；请读入 .txt、.docx、.doc、.pdf 或保存的网页文件。"
    ),
    Msg.NOTICE_PDF_SCANNED: QT_TRANSLATE_NOOP(
        "texts",
        "PDF 文件 {name} 中没有文字，像是扫描得到的图片，无法读出其中的通报。"
        "请找到这份通报的 Word 版本或网页，或把文字复制粘贴进来。",
    ),
    Msg.NOTICE_PDF_PASSWORD: QT_TRANSLATE_NOOP(
        "texts", "PDF 文件 {name} 设有密码保护，无法读取。请用不带密码的版本。"
    ),
    Msg.NOTICE_OFD_SCANNED: QT_TRANSLATE_NOOP(
        "texts",
        "OFD 文件 {name} 中没有文字（页面是图片），无法读出其中的通报。"
        "请找到这份通报的 Word 版本或网页，或把文字复制粘贴进来。",
    ),
    Msg.NOTICE_OFD_DAMAGED: QT_TRANSLATE_NOOP(
        "texts",
        "OFD 文件 {name} 已损坏、加密或不完整，无法读取。请用 OFD 阅读器打开确认，"
        "或找到这份通报的 Word 版本或网页。",
    ),
    Msg.NOTICE_PDF_DAMAGED: QT_TRANSLATE_NOOP(
        "texts", "PDF 文件 {name} 已损坏或不完整，无法读取。请重新下载或另行获取。"
    ),
    Msg.NOTICE_TOO_LARGE: QT_TRANSLATE_NOOP(
        "texts", "文件 {name} 太大（超过 20 MB），不像是一份通报。"
    ),
    Msg.NOTICE_NOT_TEXT: QT_TRANSLATE_NOOP("texts", "文件 {name} 不是文本文件。"),
    Msg.NOTICE_BAD_ENCODING: QT_TRANSLATE_NOOP(
        "texts", "文件中有无法识别编码的字符，已替换为“�”，请核对原文"
    ),
    Msg.NOTICE_UNPACKS_HUGE: QT_TRANSLATE_NOOP(
        "texts", "文件 {name} 解压后异常巨大，已拒绝读入（可能是恶意文件）。"
    ),
    Msg.NOTICE_STRAY_TEXT: QT_TRANSLATE_NOOP("texts", "这段文字不属于任何问题，未读入"),
    Msg.NOTICE_BAD_DOCX: QT_TRANSLATE_NOOP("texts", "文件 {name} 不是有效的 .docx 文件（{exc}）。"),
    Msg.NOTICE_DOCX_UNOPENABLE: QT_TRANSLATE_NOOP(
        "texts", "文件 {name} 无法作为 .docx 打开（{exc}）。"
    ),
    Msg.NOTICE_EMPTY: QT_TRANSLATE_NOOP("texts", "内容为空，没有可读入的通报"),
    Msg.NOTICE_UNREAD_NUMBERS: QT_TRANSLATE_NOOP("texts", "统计段中有未能识别的数字"),
    Msg.NOTICE_RATE_MISMATCH: QT_TRANSLATE_NOOP(
        "texts", "完成率与所列数字不符：{done}/{total} 不等于 {rate}%"
    ),
    Msg.NOTICE_NARRATIVE: QT_TRANSLATE_NOOP(
        "texts", "“{text}”一节是整改工作综述，不是问题清单，未作为问题读入（{count}段）"
    ),
    Msg.NOTICE_BAD_DATE: QT_TRANSLATE_NOOP("texts", "日期无法识别，未填入（请核对原文）"),
    Msg.NOTICE_NO_OPENING: QT_TRANSLATE_NOOP(
        "texts", "未能从通报开头读出巡察组、巡察时间和反馈时间，请在导入后补填"
    ),
    Msg.NOTICE_UNKNOWN_PROGRESS: QT_TRANSLATE_NOOP(
        "texts", "问题 {number} 的整改进度无法识别，已按“未启动”读入，原文保留"
    ),
    Msg.NOTICE_NO_PROGRESS: QT_TRANSLATE_NOOP(
        "texts", "问题 {number} 没有写明整改进度，已按“未启动”读入"
    ),
    Msg.NOTICE_DUPLICATE_NUMBER: QT_TRANSLATE_NOOP(
        "texts", "问题编号 {number} 在同一部分中重复出现"
    ),
    Msg.NOT_A_NOTICE: QT_TRANSLATE_NOOP(
        "texts", "没有找到问题清单、统计数字，也没有巡察情况：这不像是一份整改情况通报"
    ),
    Msg.NOTICE_TRAILING_TEXT: QT_TRANSLATE_NOOP("texts", "通报日期之后的文字未能归入任何部分"),
    Msg.NOTICE_ONLY_ACCOUNT: QT_TRANSLATE_NOOP(
        "texts", "通报只写明了巡察情况，没有逐条列出问题，也没有统计数字"
    ),
    Msg.NOTICE_ONLY_STATISTICS: QT_TRANSLATE_NOOP("texts", "通报只有统计数字，没有逐条列出问题"),
    # live_content
    Msg.ARCHIVE_TOO_MANY_PARTS: QT_TRANSLATE_NOOP(
        "texts", "文件包含的部件过多（{count} 个），拒绝读取。"
    ),
    Msg.ARCHIVE_TOO_LARGE: QT_TRANSLATE_NOOP("texts", "文件解压后过大（{total} MB），拒绝读取。"),
    Msg.ARCHIVE_BOMB: QT_TRANSLATE_NOOP(
        "texts", "文件中的“{filename}”压缩比异常（疑似压缩炸弹），拒绝读取。"
    ),
    Msg.NOT_AN_OFFICE_FILE: QT_TRANSLATE_NOOP(
        "texts", "文件不是有效的 Office 文档（不是 zip 格式或已损坏）。"
    ),
    Msg.ARCHIVE_PART_DAMAGED: QT_TRANSLATE_NOOP("texts", "文件中的“{name}”已损坏，无法读取。"),
    # excel/stats_sheet
    Msg.STATS_CELL_FAILED: QT_TRANSLATE_NOOP(
        "texts",
        "工作表“{get_name}”第{row}行第{col}列写入失败（xlsxwriter 返回 {code}），导出未完成。",
    ),
    # excel/writer
    Msg.TOO_MANY_ROWS: QT_TRANSLATE_NOOP(
        "texts",
        "台账行数超过 Excel 工作表的上限（{EXCEL_MAX_ROWS} 行），请按巡察或筛选条件分批导出。",
    ),
    # cli/import_commands
    Msg.IMPORT_DRY_RUN: QT_TRANSLATE_NOOP(
        "texts",
        "文件 {file}{verdict}：问题 {count} 个，"
        "整改措施 {measure_count} 条{extra}（试运行，台账未改变）。",
    ),
    Msg.ISSUES_ADDED: QT_TRANSLATE_NOOP("texts", "新增问题 {issues_added} 个"),
    Msg.MEASURES_COUNT: QT_TRANSLATE_NOOP("texts", "整改措施 {measures_added} 条"),
    Msg.BATCH_UNDOABLE: QT_TRANSLATE_NOOP("texts", "（修改批次 {batch_id}，可撤销）"),
    Msg.LEDGER_NO_CHANGE: QT_TRANSLATE_NOOP("texts", "（台账没有变化）"),
    Msg.IMPORT_UPDATING: QT_TRANSLATE_NOOP("texts", "，其中 {updating} 个问题已在台账中、将更新"),
    Msg.ISSUES_UPDATED: QT_TRANSLATE_NOOP("texts", "更新问题 {issues_updated} 个"),
    Msg.CAN_BE_IMPORTED: QT_TRANSLATE_NOOP("texts", "可以导入"),
    # cli/handoff_commands
    Msg.MERGE_CHANGES: QT_TRANSLATE_NOOP("texts", "修改 {count} 处"),
    Msg.TRIAL_RUN: QT_TRANSLATE_NOOP("texts", "（试运行，台账未改变）"),
    Msg.UNDECIDED: QT_TRANSLATE_NOOP("texts", "未处理"),
    Msg.MERGE_CONFLICTS: QT_TRANSLATE_NOOP("texts", "冲突 {count} 处"),
    Msg.MERGE_NEW_MEASURES: QT_TRANSLATE_NOOP("texts", "新增整改措施 {count} 条"),
    Msg.MERGE_PROBLEMS: QT_TRANSLATE_NOOP("texts", "问题 {count} 个"),
    Msg.MERGE_DECLINED: QT_TRANSLATE_NOOP("texts", "此前已不采纳 {count} 处（不再合并）"),
    Msg.MERGED_BATCH: QT_TRANSLATE_NOOP("texts", "（已合并，修改批次 {batch}，可撤销）"),
    Msg.NONE: QT_TRANSLATE_NOOP("texts", "无"),
    Msg.TAKE_THEIRS: QT_TRANSLATE_NOOP("texts", "采用单位填报"),
    Msg.TAKE_OURS: QT_TRANSLATE_NOOP("texts", "保留台账现值"),
    # cli/safety_commands
    Msg.EVIDENCE_NOT_RESTORED: QT_TRANSLATE_NOOP(
        "texts", "注意：{count} 个佐证材料缺失或损坏，未能取回，请重新附上：\n"
    ),
    Msg.ALLOW_MISSING_EVIDENCE: QT_TRANSLATE_NOOP(
        "texts",
        "\n如仍要恢复台账记录（缺失的材料之后重新附上），请加上 --allow-missing-evidence。",
    ),
    # cli/notice_commands
    Msg.ISSUES_AND_MEASURES: QT_TRANSLATE_NOOP(
        "texts", "{count} 个问题，{measure_count} 条整改措施"
    ),
    # cli/admin_commands
    Msg.ROLES_SET_UP: QT_TRANSLATE_NOOP("texts", "已为台账 {ledger} 设置角色和行级安全策略："),
    Msg.LOGIN_HAS_ROLE: QT_TRANSLATE_NOOP("texts", "{login} 现为“{ROLE_LABELS}”{units}。"),
    Msg.LOGIN_CREATED: QT_TRANSLATE_NOOP(
        "texts", "已新建登录账号 {login}（没有设置密码，由数据库管理员设置认证方式）。"
    ),
    Msg.LOGIN_REVOKED: QT_TRANSLATE_NOOP("texts", "已收回 {login} 在这个台账上的角色。"),
    Msg.LOGIN_HAD_NO_ROLE: QT_TRANSLATE_NOOP("texts", "{login} 在这个台账上没有角色，未作改动。"),
    Msg.NO_LOGINS: QT_TRANSLATE_NOOP("texts", "还没有任何登录账号获得这个台账的角色。"),
    # cli/copy_commands
    Msg.LEDGER_COPIED: QT_TRANSLATE_NOOP(
        "texts",
        "已把台账复制到 {target}：{rows} 行记录，佐证材料 {evidence_files} 个文件。",
    ),
    # cli/print_commands
    Msg.FORM_SHEET: QT_TRANSLATE_NOOP("texts", "问题整改情况表"),
    Msg.FORM_SIGNOFF: QT_TRANSLATE_NOOP("texts", "整改销号审批表"),
    Msg.FORM_LEDGER: QT_TRANSLATE_NOOP("texts", "整改台账"),
    Msg.FORM_NOTICE: QT_TRANSLATE_NOOP("texts", "整改情况通报"),
    # cli/__init__
    Msg.HELP_LEDGER: QT_TRANSLATE_NOOP("texts", "台账文件路径，或数据库地址（如 postgresql://…）"),
    Msg.HELP_PROGRAM: QT_TRANSLATE_NOOP("texts", "整改台账"),
    Msg.HELP_VERSION: QT_TRANSLATE_NOOP("texts", "显示版本号并退出"),
    Msg.HELP_OPERATOR: QT_TRANSLATE_NOOP("texts", "记入修改历史的操作人（默认为系统用户名）"),
    Msg.HELP_LANG: QT_TRANSLATE_NOOP("texts", "界面语言"),
    Msg.HELP_DEMO: QT_TRANSLATE_NOOP("texts", "创建示例台账"),
    Msg.HELP_STATS: QT_TRANSLATE_NOOP("texts", "统计"),
    Msg.HELP_IMPORT: QT_TRANSLATE_NOOP("texts", "导入 Excel 台账"),
    Msg.HELP_EXPORT: QT_TRANSLATE_NOOP("texts", "导出 Excel 台账"),
    Msg.HELP_HANDOUT: QT_TRANSLATE_NOOP("texts", "按责任单位分发台账"),
    Msg.HELP_DUE: QT_TRANSLATE_NOOP("texts", "交回期限（写入填报说明）"),
    Msg.HELP_MERGE: QT_TRANSLATE_NOOP("texts", "合并回收的台账"),
    Msg.HELP_NOTICE: QT_TRANSLATE_NOOP("texts", "整改情况通报"),
    Msg.HELP_NOTICE_READ: QT_TRANSLATE_NOOP("texts", "读入通报"),
    Msg.HELP_NOTICE_WRITE: QT_TRANSLATE_NOOP("texts", "生成通报"),
    Msg.HELP_PRINT: QT_TRANSLATE_NOOP("texts", "打印为 PDF"),
    Msg.HELP_LINT: QT_TRANSLATE_NOOP("texts", "台账体检"),
    Msg.HELP_CHECK: QT_TRANSLATE_NOOP("texts", "检查台账文件与历史记录的完整性"),
    Msg.HELP_VERBOSE: QT_TRANSLATE_NOOP("texts", "列出每一处问题的技术细节"),
    Msg.HELP_JSON: QT_TRANSLATE_NOOP("texts", "以 JSON 输出（供脚本使用）"),
    Msg.HELP_BACKUP: QT_TRANSLATE_NOOP("texts", "备份台账（连同佐证材料）；--list 列出已有的备份"),
    Msg.HELP_LIST: QT_TRANSLATE_NOOP("texts", "列出台账的备份，不新建备份"),
    Msg.HELP_LIST_JSON: QT_TRANSLATE_NOOP("texts", "与 --list 同用：以 JSON 输出"),
    Msg.HELP_RESTORE: QT_TRANSLATE_NOOP("texts", "从备份恢复台账"),
    Msg.HELP_ALLOW_MISSING: QT_TRANSLATE_NOOP(
        "texts", "备份中的佐证材料缺失或损坏时仍然恢复台账记录（缺失的材料需重新附上）"
    ),
    Msg.HELP_ADMIN: QT_TRANSLATE_NOOP("texts", "服务器台账的账号与权限（PostgreSQL）"),
    Msg.HELP_ADMIN_INIT: QT_TRANSLATE_NOOP("texts", "建立台账的角色和行级安全策略（可重复运行）"),
    Msg.HELP_ADMIN_GRANT: QT_TRANSLATE_NOOP(
        "texts", "授予登录账号一个角色（账号不存在时新建，不设密码）"
    ),
    Msg.HELP_UNIT: QT_TRANSLATE_NOOP("texts", "填报的责任单位"),
    Msg.HELP_ADMIN_REVOKE: QT_TRANSLATE_NOOP("texts", "收回登录账号在台账上的角色"),
    Msg.HELP_ADMIN_LIST: QT_TRANSLATE_NOOP("texts", "列出有台账角色的登录账号"),
    Msg.HELP_COPY: QT_TRANSLATE_NOOP("texts", "把台账（连同历史和佐证材料）复制到另一处，如服务器"),
    Msg.HELP_SELFTEST: QT_TRANSLATE_NOOP(
        "texts", "检查本程序各组成部分能否正常工作（在临时文件夹中进行）"
    ),
    Msg.HELP_KEEP: QT_TRANSLATE_NOOP("texts", "在此空文件夹中进行并保留生成的文件"),
    # cli/selftest_commands
    Msg.SELFTEST_LICENCES: QT_TRANSLATE_NOOP(
        "texts", "本程序 {licence}；{count} 个程序库、{fonts} 个字体的许可证齐全"
    ),
    Msg.SELFTEST_DEMO_LOADED: QT_TRANSLATE_NOOP(
        "texts", "载入 {issues_added} 个问题、{measures_added} 条整改措施"
    ),
    Msg.SELFTEST_WORKBOOK_LIBS: QT_TRANSLATE_NOOP(
        "texts",
        "openpyxl 写入、python-calamine 读回 {count} 行；xlsxwriter {version__} 可用",
    ),
    Msg.SELFTEST_IMPORTED: QT_TRANSLATE_NOOP(
        "texts", "导入 {count} 个问题、{measures} 条整改措施（合并单元格的工作簿）"
    ),
    Msg.SELFTEST_EXPORTED: QT_TRANSLATE_NOOP(
        "texts", "导出 {st_size} KB，{count} 个工作表，已读回核对"
    ),
    Msg.SELFTEST_DOCX: QT_TRANSLATE_NOOP("texts", "python-docx 生成 Word 文档（{st_size} KB）"),
    Msg.SELFTEST_QT_ZH: QT_TRANSLATE_NOOP("texts", "qtbase_zh_CN 已加载（Cancel → {sample}）"),
    Msg.SELFTEST_HOLIDAYS: QT_TRANSLATE_NOOP(
        "texts", "holidays 包：{year}–{year2} 年（含调休上班日）"
    ),
    Msg.SELFTEST_MANUAL: QT_TRANSLATE_NOOP("texts", "{name}，{count} 张插图"),
    Msg.SELFTEST_PDF: QT_TRANSLATE_NOOP(
        "texts", "{name}（{count} KB），文字可还原为中文（{wanted}）"
    ),
    Msg.SELFTEST_WINDOW: QT_TRANSLATE_NOOP("texts", "已在屏幕外打开主窗口{seen}并关闭"),
    Msg.SELFTEST_SUMMARY: QT_TRANSLATE_NOOP(
        "texts", "自检完成：{counts} 项通过，{counts2} 项跳过，{count} 项失败。"
    ),
    Msg.SELFTEST_HEADER: QT_TRANSLATE_NOOP(
        "texts", "整改台账 {version__} 自检（{value}，{platform}）"
    ),
    Msg.SELFTEST_CHECK_VERSION: QT_TRANSLATE_NOOP("texts", "版本号"),
    Msg.SELFTEST_CHECK_ABOUT: QT_TRANSLATE_NOOP("texts", "关于（许可证）"),
    Msg.SELFTEST_LEDGER_MADE: QT_TRANSLATE_NOOP(
        "texts", "已在临时文件夹建立台账并完成数据库迁移（{name}）"
    ),
    Msg.SELFTEST_CHECK_LEDGER: QT_TRANSLATE_NOOP("texts", "台账文件"),
    Msg.SELFTEST_LOADED: QT_TRANSLATE_NOOP("texts", "已加载 "),
    Msg.SELFTEST_FONTS: QT_TRANSLATE_NOOP("texts", "{count} 个字体文件可用："),
    Msg.SELFTEST_CHECK_DEMO: QT_TRANSLATE_NOOP("texts", "示例台账"),
    Msg.SELFTEST_CHECK_EXCEL: QT_TRANSLATE_NOOP("texts", "Excel 组件"),
    Msg.SELFTEST_CHECK_IMPORT: QT_TRANSLATE_NOOP("texts", "导入 Excel 台账"),
    Msg.SELFTEST_CHECK_EXPORT: QT_TRANSLATE_NOOP("texts", "导出 Excel 台账"),
    Msg.SELFTEST_CHECK_WORD: QT_TRANSLATE_NOOP("texts", "Word 组件"),
    Msg.SELFTEST_SOURCE_VERSION: QT_TRANSLATE_NOOP("texts", "{version__}（源代码，未安装）"),
    Msg.SELFTEST_VERSION_MISMATCH: QT_TRANSLATE_NOOP(
        "texts", "版本不一致：程序报告 {version__}，元数据为 {recorded}"
    ),
    Msg.SELFTEST_FONTS_UNLICENSED: QT_TRANSLATE_NOOP(
        "texts", "以下字体没有许可证文件：{unlicensed}"
    ),
    Msg.SELFTEST_NO_LEDGER: QT_TRANSLATE_NOOP("texts", "台账未能建立"),
    Msg.SELFTEST_DEMO_EMPTY: QT_TRANSLATE_NOOP("texts", "示例台账中没有问题"),
    Msg.SELFTEST_READ_BACK_DIFFERS: QT_TRANSLATE_NOOP("texts", "写入的工作簿读回后内容不符"),
    Msg.SELFTEST_EXIT_CODE: QT_TRANSLATE_NOOP(
        "texts", "rectify {argv} 退出码 {code}（详情见上方的错误输出）"
    ),
    Msg.SELFTEST_NO_IMPORT: QT_TRANSLATE_NOOP(
        "texts", "此版本未包含 Excel 导入（desktop.excel.reader）"
    ),
    Msg.SELFTEST_NO_WORKBOOK: QT_TRANSLATE_NOOP("texts", "自检工作簿未能生成"),
    Msg.SELFTEST_IMPORT_COUNTS: QT_TRANSLATE_NOOP(
        "texts",
        "导入了 {count} 个问题、{measures} 条措施，"
        "应为 {EXPECTED_ISSUES} 个问题、{EXPECTED_MEASURES} 条措施",
    ),
    Msg.SELFTEST_NO_EXPORT: QT_TRANSLATE_NOOP(
        "texts", "此版本未包含 Excel 导出（desktop.excel.writer）"
    ),
    Msg.SELFTEST_EXPORT_MISSING: QT_TRANSLATE_NOOP(
        "texts", "导出的工作簿中没有导入的问题“{expected}”"
    ),
    Msg.SELFTEST_NO_QT_ZH: QT_TRANSLATE_NOOP(
        "texts", "找不到 Qt 的中文翻译（qtbase_zh_CN.qm，{folder}）"
    ),
    Msg.SELFTEST_QT_ZH_EMPTY: QT_TRANSLATE_NOOP("texts", "Qt 的中文翻译文件没有内容"),
    Msg.SELFTEST_NO_HOLIDAYS: QT_TRANSLATE_NOOP(
        "texts", "没有安装 holidays 包：2026 年以前的节假日将只按周末计算"
    ),
    Msg.SELFTEST_HOLIDAYS_EMPTY: QT_TRANSLATE_NOOP(
        "texts", "holidays 包没有读出 2026 年的节假日安排"
    ),
    Msg.SELFTEST_NO_FONTS: QT_TRANSLATE_NOOP("texts", "此版本未附带字体"),
    Msg.SELFTEST_NO_MANUAL: QT_TRANSLATE_NOOP("texts", "找不到用户手册：{path}"),
    Msg.SELFTEST_NOT_PDF: QT_TRANSLATE_NOOP("texts", "{name} 不是 PDF 文件"),
    Msg.SELFTEST_PDF_NOT_CHINESE: QT_TRANSLATE_NOOP(
        "texts", "PDF 的文字无法还原为中文（缺少：{missing}），可能缺少中文字体"
    ),
    Msg.SELFTEST_WINDOW_NOT_SHOWN: QT_TRANSLATE_NOOP("texts", "主窗口未显示（退出码 {code}）"),
    Msg.SELFTEST_WINDOW_EXIT: QT_TRANSLATE_NOOP("texts", "主窗口关闭后退出码为 {code}"),
    Msg.SELFTEST_PASSED: QT_TRANSLATE_NOOP("texts", "通过"),
    Msg.SELFTEST_SKIPPED: QT_TRANSLATE_NOOP("texts", "跳过"),
    Msg.SELFTEST_FAILED: QT_TRANSLATE_NOOP("texts", "失败"),
    Msg.SELFTEST_FOLDER_NOT_EMPTY: QT_TRANSLATE_NOOP("texts", "自检文件夹不是空的：{folder}"),
    Msg.SELFTEST_CHECK_QT_ZH: QT_TRANSLATE_NOOP("texts", "Qt 中文界面"),
    Msg.SELFTEST_CHECK_TRANSLATION: QT_TRANSLATE_NOOP("texts", "界面翻译"),
    Msg.SELFTEST_CHECK_FONTS: QT_TRANSLATE_NOOP("texts", "附带字体"),
    Msg.SELFTEST_CHECK_HOLIDAYS: QT_TRANSLATE_NOOP("texts", "节假日安排"),
    Msg.SELFTEST_CHECK_PDF: QT_TRANSLATE_NOOP("texts", "打印 PDF"),
    Msg.SELFTEST_CHECK_MANUAL: QT_TRANSLATE_NOOP("texts", "使用手册"),
    Msg.SELFTEST_CHECK_WINDOW: QT_TRANSLATE_NOOP("texts", "主窗口"),
    Msg.SELFTEST_NO_VERSIONS: QT_TRANSLATE_NOOP("texts", "以下程序库缺少版本信息："),
    Msg.SELFTEST_NO_INSPECTION: QT_TRANSLATE_NOOP(
        "texts", "导入后找不到巡察“{SELFTEST_INSPECTION}”"
    ),
    Msg.SELFTEST_TS_WITHOUT_QM: QT_TRANSLATE_NOOP(
        "texts", "安装包中有翻译源文件却没有编译好的 .qm 文件"
    ),
    Msg.SELFTEST_NO_QM: QT_TRANSLATE_NOOP("texts", "此版本没有编译好的界面翻译（.qm）"),
    Msg.SELFTEST_NO_TRANSLATION: QT_TRANSLATE_NOOP("texts", "此版本没有界面翻译"),
    Msg.SELFTEST_CANNOT_LOAD: QT_TRANSLATE_NOOP("texts", "无法加载 {name}"),
    Msg.SELFTEST_CANNOT_LOAD_FONT: QT_TRANSLATE_NOOP("texts", "无法加载字体 {name}"),
    Msg.SELFTEST_MANUAL_PICTURES_MISSING: QT_TRANSLATE_NOOP("texts", "用户手册的插图缺失："),
    Msg.SELFTEST_WINDOW_TIMEOUT: QT_TRANSLATE_NOOP(
        "texts", "{WINDOW_TIMEOUT_S:.0f} 秒内主窗口未出现"
    ),
    Msg.SELFTEST_NO_METADATA: QT_TRANSLATE_NOOP(
        "texts", "安装包中缺少版本信息（rectify-ledger 的元数据）"
    ),
    Msg.SELFTEST_DIALOG_SHOWN: QT_TRANSLATE_NOOP("texts", "出现对话框“{windowTitle}”{text}"),
    Msg.SELFTEST_SCREENSHOT: QT_TRANSLATE_NOOP("texts", "，截图 主窗口.png"),
    # cli/selftest (build)
    Msg.SELFTEST_INSTALLED: QT_TRANSLATE_NOOP("texts", "安装版"),
    Msg.SELFTEST_SOURCE: QT_TRANSLATE_NOOP("texts", "源代码"),
    # cli/selftest (line)
    Msg.SELFTEST_LINE: QT_TRANSLATE_NOOP("texts", "[{label}] {name}：{detail}"),
    # cli/selftest (window)
    Msg.SELFTEST_WINDOW_SEEN: QT_TRANSLATE_NOOP(
        "texts", "“{title}”（{width}×{height}{screenshot}）"
    ),
    # calendar, notice (more)
    Msg.CALENDAR_FILE: QT_TRANSLATE_NOOP("texts", "日历文件 {file}：{message}"),
    Msg.CALENDAR_NOT_A_DATE: QT_TRANSLATE_NOOP("texts", "{what}“{text}”不是日期"),
    Msg.NOTICE_UNREADABLE: QT_TRANSLATE_NOOP("texts", "无法读取文件 {name}（{reason}）。"),
    Msg.PACKAGE_EVIDENCE_LIST: QT_TRANSLATE_NOOP(
        "texts", "以下佐证材料有问题，未导出材料包：{problems}"
    ),
    Msg.PROBLEM_SEPARATOR: QT_TRANSLATE_NOOP("texts", "；"),
    # services/backup_evidence
    Msg.EVIDENCE_OF_ISSUE: QT_TRANSLATE_NOOP("texts", "问题 {issue_number}"),
    Msg.EVIDENCE_LABEL: QT_TRANSLATE_NOOP("texts", "{where} 的佐证材料“{name}”"),
    Msg.EVIDENCE_OF_MEASURE: QT_TRANSLATE_NOOP("texts", " 措施 {measure_seq}"),
    Msg.MORE_NOT_LISTED: QT_TRANSLATE_NOOP("texts", "  另有 {count} 项未列出。"),
    Msg.EVIDENCE_NO_HASH: QT_TRANSLATE_NOOP("texts", "{label}：记录中没有有效的文件校验值"),
    Msg.EVIDENCE_FILE_ABSENT: QT_TRANSLATE_NOOP("texts", "{label}：文件缺失（{where}）"),
    Msg.EVIDENCE_FILE_CHANGED: QT_TRANSLATE_NOOP(
        "texts", "{label}：文件内容已被改动（与校验值不符）"
    ),
    Msg.EVIDENCE_NOT_IN_BACKUP: QT_TRANSLATE_NOOP("texts", "{label}：备份中没有这个文件"),
    Msg.EVIDENCE_DAMAGED_IN_BACKUP: QT_TRANSLATE_NOOP(
        "texts", "{label}：备份中的文件已损坏（与校验值不符）"
    ),
    Msg.BACKUP_EVIDENCE_INCOMPLETE: QT_TRANSLATE_NOOP(
        "texts",
        "备份“{name}”中有 {count} 个佐证材料缺失或损坏，"
        "当前台账中也没有完好的副本，不能用这份备份恢复（当前台账和它的佐证材料都"
        "没有改变）：\n",
    ),
    # cli/ledger_commands (stats)
    Msg.STATS_COUNTS: QT_TRANSLATE_NOOP(
        "texts",
        "{label}共 {total} {unit}：{parts}；长期坚持 {long_term} {unit}；"
        "逾期 {overdue} {unit}；完成率 {rate}（{finished}/{total}）",
    ),
    Msg.STATS_STATUS_COUNT: QT_TRANSLATE_NOOP("texts", "{status} {count} {unit}"),
    Msg.STATS_ISSUES: QT_TRANSLATE_NOOP("texts", "问题"),
    Msg.STATS_MEASURES: QT_TRANSLATE_NOOP("texts", "整改措施"),
    Msg.STATS_ISSUES_SHORT: QT_TRANSLATE_NOOP("texts", "措施"),
    Msg.STATS_UNIT_ISSUE: QT_TRANSLATE_NOOP("texts", "个"),
    Msg.STATS_UNIT_MEASURE: QT_TRANSLATE_NOOP("texts", "条"),
    Msg.STATS_ON_TIME_NONE: QT_TRANSLATE_NOOP("texts", "{label}：无可计算的事项"),
    Msg.STATS_ON_TIME: QT_TRANSLATE_NOOP("texts", "{label} {rate:.2f}%（{on_time}/{finished}）"),
    Msg.STATS_ON_TIME_UNKNOWN: QT_TRANSLATE_NOOP("texts", "，另有 {count} 个已完成但完成日期未知"),
    Msg.STATS_ON_TIME_LINE: QT_TRANSLATE_NOOP("texts", "按期完成率：{issues}；{measures}"),
    Msg.STATS_ISSUES_LOWER: QT_TRANSLATE_NOOP("texts", "问题"),
    Msg.STATS_GROUP: QT_TRANSLATE_NOOP(
        "texts",
        "  {name}：问题 {issues} 个，完成 {issues_done} 个（{issues_rate}），"
        "逾期 {issues_overdue} 个；措施 {measures} 条，"
        "完成 {measures_done} 条（{measures_rate}），逾期 {measures_overdue} 条",
    ),
    Msg.STATS_AS_OF: QT_TRANSLATE_NOOP("texts", "截至 {date}："),
    Msg.STATS_POSTPONED: QT_TRANSLATE_NOOP(
        "texts",
        "延期：已批准延期的问题 {issues} 个、措施 {measures} 条；待审批的延期申请 {pending} 项",
    ),
    Msg.STATS_SIGN_OFF: QT_TRANSLATE_NOOP(
        "texts",
        "销号：待审核 {pending} 个，已销号 {approved} 个，已退回 {returned} 个，"
        "重新打开 {reopened} 个",
    ),
    Msg.STATS_BY_UNIT: QT_TRANSLATE_NOOP("texts", "按责任单位："),
    Msg.STATS_BY_CATEGORY: QT_TRANSLATE_NOOP("texts", "按问题类别："),
    Msg.STATS_OVERDUE: QT_TRANSLATE_NOOP("texts", "逾期清单（{count} 项）："),
    Msg.STATS_OVERDUE_ISSUE: QT_TRANSLATE_NOOP("texts", "问题 {number}"),
    Msg.STATS_OVERDUE_MEASURE: QT_TRANSLATE_NOOP("texts", "问题 {number} 第{seq}条措施"),
    Msg.STATS_OVERDUE_ITEM: QT_TRANSLATE_NOOP(
        "texts", "  {what}（{unit}）：时限 {deadline}，逾期 {days} 天"
    ),
    Msg.STATS_PEOPLE: QT_TRANSLATE_NOOP("texts", "{label} {count} 人"),
    Msg.STATS_FUNDS: QT_TRANSLATE_NOOP("texts", "{label} {amount:.3f} 万元"),
    Msg.STATS_OUTCOMES: QT_TRANSLATE_NOOP(
        "texts",
        "整改成效：建章立制 {rules} 项；问责 {people_total} 人（{people}）；"
        "资金 {funds_total:.3f} 万元（{funds}）",
    ),
    Msg.STATS_SINCE: QT_TRANSLATE_NOOP("texts", "自 {date} 起：{batches} 次操作，{changes} 处修改"),
    # domain/ledger_check
    Msg.LINT_DONE_MEASURES_OPEN: QT_TRANSLATE_NOOP(
        "texts", "问题{number}已标为“{label}”，但第{seqs}条整改措施尚未完成"
    ),
    Msg.LINT_DONE_NO_EVIDENCE: QT_TRANSLATE_NOOP(
        "texts", "问题{number}已标为“{label}”，但没有佐证材料"
    ),
    Msg.LINT_DEADLINE_BEFORE_FEEDBACK: QT_TRANSLATE_NOOP(
        "texts", "问题{number}的整改时限（{d}）早于反馈日期（{when}）"
    ),
    Msg.LINT_SAME_TEXT: QT_TRANSLATE_NOOP("texts", "问题{number}与问题{number2}的内容相同"),
    Msg.LINT_MEASURES_DONE_ISSUE_NOT: QT_TRANSLATE_NOOP(
        "texts", "问题{number}的整改措施均已完成，但问题状态为“{label}”"
    ),
    Msg.LINT_MEASURE_NO_UNIT: QT_TRANSLATE_NOOP(
        "texts", "问题{number}的第{seq}条整改措施未明确责任单位"
    ),
    Msg.LINT_MEASURE_NO_DEADLINE: QT_TRANSLATE_NOOP(
        "texts", "问题{number}的第{seq}条整改措施没有整改时限"
    ),
    Msg.LINT_MEASURE_DEADLINE_BEFORE_FEEDBACK: QT_TRANSLATE_NOOP(
        "texts", "问题{number}的第{seq}条整改措施的整改时限（{md}）早于反馈日期（{when}）"
    ),
    Msg.LINT_DUPLICATE_NUMBER: QT_TRANSLATE_NOOP(
        "texts", "问题编号“{number}”在同一轮巡察中重复（第{position}个问题也是这个编号）"
    ),
    Msg.LINT_NEARLY_SAME_TEXT: QT_TRANSLATE_NOOP(
        "texts", "问题{number}与问题{number2}的内容几乎相同"
    ),
    Msg.LINT_MEASURES_STARTED_ISSUE_NOT: QT_TRANSLATE_NOOP(
        "texts", "问题{number}的部分整改措施已启动，但问题状态为“{label}”"
    ),
    Msg.LINT_STATUS_DISAGREES: QT_TRANSLATE_NOOP(
        "texts", "问题{number}的状态为“{label}”，按整改措施的状态应为“{STATUS_LABELS}”"
    ),
    # domain/ledger_check (units)
    Msg.LINT_PLACE_ISSUE: QT_TRANSLATE_NOOP("texts", "问题{number}"),
    Msg.LINT_PLACE_MEASURE: QT_TRANSLATE_NOOP("texts", "问题{number}的第{seq}条整改措施"),
    Msg.LINT_UNIT_RUN_TOGETHER: QT_TRANSLATE_NOOP(
        "texts",
        "{place}的单位“{unit}”像是“{first}”和“{second}”两个单位连在一起，"
        "请分开填写（牵头单位、配合单位各填一个）",
    ),
    Msg.LINT_UNIT_USED_ONCE: QT_TRANSLATE_NOOP(
        "texts", "{place}的单位“{unit}”在台账中只出现这一次，请核对名称是否写错"
    ),
    # domain/supervision
    Msg.POSTPONE_NOT_LATER: QT_TRANSLATE_NOOP("texts", "延期后的时限应晚于原时限（{isoformat}）"),
    Msg.POSTPONE_DONE: QT_TRANSLATE_NOOP("texts", "已完成的事项无需申请延期"),
    Msg.POSTPONE_PENDING: QT_TRANSLATE_NOOP("texts", "已有一项延期申请待审批，请先审批该申请"),
    Msg.POSTPONE_DECIDED: QT_TRANSLATE_NOOP("texts", "该延期申请已审批（{DECISION_LABELS}）"),
    Msg.DECIDED_BEFORE_REQUEST: QT_TRANSLATE_NOOP("texts", "审批日期早于申请日期"),
    Msg.SIGNOFF_PENDING: QT_TRANSLATE_NOOP("texts", "该问题已申请销号，正在等待审核"),
    Msg.SIGNOFF_DONE: QT_TRANSLATE_NOOP("texts", "该问题已销号"),
    Msg.MEASURES_NOT_DONE: QT_TRANSLATE_NOOP("texts", "第{measure_numbers}条整改措施尚未完成"),
    Msg.NO_EVIDENCE: QT_TRANSLATE_NOOP("texts", "没有佐证材料"),
    Msg.NO_SIGNOFF_REQUEST: QT_TRANSLATE_NOOP(
        "texts", "该问题没有待审核的销号申请（当前：{SIGN_OFF_STATE_LABELS}）"
    ),
    Msg.REOPEN_ONLY_CLOSED: QT_TRANSLATE_NOOP(
        "texts", "只有已销号的问题才能重新打开（当前：{STATUS_LABELS}）"
    ),
    Msg.POSTPONE_BEFORE_REQUEST: QT_TRANSLATE_NOOP("texts", "延期后的时限早于申请日期"),
    Msg.ISSUE_NOT_DONE: QT_TRANSLATE_NOOP("texts", "问题尚未完成（{STATUS_LABELS}）"),
    Msg.BAD_ACCOUNTABILITY_KIND: QT_TRANSLATE_NOOP("texts", "问责方式不在列表中"),
    Msg.BAD_PEOPLE_COUNT: QT_TRANSLATE_NOOP("texts", "问责人数应为 1 到 9999"),
    Msg.BAD_FUNDS_KIND: QT_TRANSLATE_NOOP("texts", "资金类别不在列表中"),
    Msg.BAD_AMOUNT: QT_TRANSLATE_NOOP("texts", "金额应为大于 0 的数字（万元，最多三位小数）"),
    # services/check
    Msg.CHECK_RESTORE: QT_TRANSLATE_NOOP(
        "texts",
        "从备份恢复：在“文件 → 备份与恢复”中选择最近的一份备份，"
        "点“恢复”（命令行：rectify backup --list 列出备份，"
        "rectify restore 备份文件 恢复）。恢复前软件会把现在的台账文件另存一份，"
        "不会丢掉它。",
    ),
    Msg.CHECK_SOUND: QT_TRANSLATE_NOOP("texts", "台账完好：{parts}。"),
    Msg.CHECK_FOUND: QT_TRANSLATE_NOOP("texts", "台账检查发现问题（{count} 处）。"),
    Msg.CHECK_FOUND_TECH: QT_TRANSLATE_NOOP("texts", "台账检查发现 {count} 个问题："),
    Msg.CHECK_HISTORY_INTACT: QT_TRANSLATE_NOOP(
        "texts", "{entries_checked} 条修改记录都在，没有被改动过"
    ),
    Msg.CHECK_DATA_INTACT: QT_TRANSLATE_NOOP("texts", "数据完整"),
    Msg.CHECK_CHAIN_INTACT: QT_TRANSLATE_NOOP("texts", "历史记录 {entries_checked} 条，校验链完整"),
    Msg.CHECK_CHAIN_BROKEN_AT: QT_TRANSLATE_NOOP(
        "texts", "历史记录的校验链在第 {entry_id} 条（操作批次 #{batch_id}）处首次断开。"
    ),
    Msg.CHECK_PROBLEMS: QT_TRANSLATE_NOOP("texts", "问题："),
    Msg.CHECK_DATA: QT_TRANSLATE_NOOP("texts", "数据：{risk}"),
    Msg.CHECK_ACTION: QT_TRANSLATE_NOOP("texts", "请这样做：{action}"),
    Msg.CHECK_EVIDENCE_INTACT: QT_TRANSLATE_NOOP("texts", "佐证材料 {evidence_files} 个文件完好"),
    Msg.CHECK_NOTHING_TO_DO: QT_TRANSLATE_NOOP("texts", "数据完好，无需任何操作。"),
    Msg.CHECK_TRUNCATED: QT_TRANSLATE_NOOP(
        "texts",
        "台账文件不完整：文件被截断了（通常是复制、下载或同步时中断），"
        "文件末尾的一部分内容已经没有了。",
    ),
    Msg.CHECK_SERVER_UNREADABLE: QT_TRANSLATE_NOOP(
        "texts", "台账数据库无法完整读取（服务器出错或连接中断）。"
    ),
    Msg.CHECK_HISTORY_ALTERED: QT_TRANSLATE_NOOP(
        "texts",
        "修改历史记录被改动过（{count} 处）："
        "有历史记录在保存之后被改动、删除或替换过，而且不是通过本软件。",
    ),
    Msg.CHECK_AND_MORE: QT_TRANSLATE_NOOP("texts", "等 {count} 个"),
    Msg.CHECK_EVIDENCE_BAD: QT_TRANSLATE_NOOP(
        "texts", "有 {count} 个佐证材料文件缺失或内容被改动：{named}{more}。"
    ),
    Msg.CHECK_COPY_EVIDENCE_FOLDER: QT_TRANSLATE_NOOP(
        "texts",
        "如果台账是从别处复制过来的，请把它旁边的“{name}.evidence”文件夹一并复制到台账旁边；否则",
    ),
    Msg.CHECK_ASK_DBA: QT_TRANSLATE_NOOP(
        "texts", "请联系数据库管理员从数据库备份中找回这些材料，或"
    ),
    Msg.CHECK_INCOMPLETE: QT_TRANSLATE_NOOP("texts", "检查没有完成。"),
    Msg.CHECK_EVIDENCE_MISSING: QT_TRANSLATE_NOOP("texts", "{label}：文件缺失（{missing_text}）"),
    Msg.CHECK_LOGINS_BY_SERVER: QT_TRANSLATE_NOOP("texts", "操作批次的登录账号由服务器记录"),
    Msg.CHECK_INTEGRITY_OK: QT_TRANSLATE_NOOP("texts", "数据库完整性检查通过"),
    Msg.CHECK_FOREIGN_KEYS_OK: QT_TRANSLATE_NOOP("texts", "外键检查通过"),
    Msg.CHECK_TECHNICAL: QT_TRANSLATE_NOOP("texts", "技术细节："),
    Msg.CHECK_DATA_LOST: QT_TRANSLATE_NOOP(
        "texts", "有数据已经丢失：被截掉的那部分记录无法从这个文件找回。"
    ),
    Msg.CHECK_SERVER_RISK: QT_TRANSLATE_NOOP(
        "texts", "数据可能有风险：无法确认服务器上的台账是否完好。"
    ),
    Msg.CHECK_SERVER_ACTION: QT_TRANSLATE_NOOP(
        "texts", "请联系数据库管理员检查服务器上的台账数据库，必要时用数据库的备份恢复。"
    ),
    Msg.CHECK_DAMAGED: QT_TRANSLATE_NOOP(
        "texts",
        "台账文件已损坏：数据库内部结构出错（{count} 处），部分记录可能读不出来或不完整。",
    ),
    Msg.CHECK_HISTORY_RISK: QT_TRANSLATE_NOOP(
        "texts", "问题和措施的记录仍可正常使用，但已无法证明它们没有被人用其他工具改过。"
    ),
    Msg.CHECK_HISTORY_ACTION: QT_TRANSLATE_NOOP(
        "texts",
        "请把台账文件交给管理员，核查是谁用其他工具改动了它；"
        "若需要一份可信的台账，从改动之前的备份恢复。",
    ),
    Msg.CHECK_EVIDENCE_RISK: QT_TRANSLATE_NOOP(
        "texts",
        "问题、措施和其他记录都完好，只是这些材料的文件找不到了，或已不是当初附上的内容。",
    ),
    Msg.CHECK_DAMAGED_RISK: QT_TRANSLATE_NOOP(
        "texts", "数据有风险：部分记录可能已经损坏，继续修改可能让损坏扩大。"
    ),
    Msg.CHECK_EVIDENCE_ACTION: QT_TRANSLATE_NOOP(
        "texts", "从含有这些材料的备份恢复，或在相应的问题上重新附上材料。"
    ),
    Msg.CHECK_STOP_CHANGING: QT_TRANSLATE_NOOP("texts", "先不要再修改这个台账，"),
    # Constructed (not raised where made)
    Msg.EVIDENCE_CHANGED_WHILE_COPIED: QT_TRANSLATE_NOOP(
        "texts", "文件“{name}”在复制过程中发生了变化。"
    ),
    Msg.EXCEL_WRITE_FAILED_KEPT: QT_TRANSLATE_NOOP(
        "texts", "写入 Excel 文件失败（{reason}），原文件保持不变。"
    ),
    Msg.EXCEL_WRITE_FAILED_CLEAN: QT_TRANSLATE_NOOP(
        "texts", "写入 Excel 文件失败（{reason}），没有留下不完整的文件。"
    ),
    Msg.EXPORT_CELL_TOO_LONG: QT_TRANSLATE_NOOP(
        "texts",
        "内容有 {length} 个字符，超过 Excel 单元格上限 {limit} 个字符；为免截断，未导出。"
        "请先拆分或精简这段文字",
    ),
    Msg.CELL_BROKEN_CHARACTERS: QT_TRANSLATE_NOOP(
        "texts", "含有无法保存的残缺字符（孤立的代理项），请先修改这段文字"
    ),
    Msg.EXPORT_UNSAVABLE: QT_TRANSLATE_NOOP("texts", "台账中有无法保存的字符，导出未完成。"),
    Msg.EXPORT_CELL_REFUSED: QT_TRANSLATE_NOOP(
        "texts", "问题 {number}，{where}：{reason}。导出未完成。"
    ),
    Msg.EXPORT_CELL_FAILED: QT_TRANSLATE_NOOP(
        "texts",
        "工作表“{sheet}”第{row}行“{column}”列写入失败（xlsxwriter 返回 {code}），导出未完成。",
    ),
    Msg.CALENDAR_FILE_UNREADABLE: QT_TRANSLATE_NOOP("texts", "无法读取（{reason}）"),
    # Backups
    Msg.BACKUP_REASON_OPEN: QT_TRANSLATE_NOOP("texts", "打开台账时自动备份"),
    Msg.BACKUP_REASON_IMPORT: QT_TRANSLATE_NOOP("texts", "导入前自动备份"),
    Msg.BACKUP_REASON_MERGE: QT_TRANSLATE_NOOP("texts", "合并前自动备份"),
    Msg.BACKUP_REASON_NOTICE: QT_TRANSLATE_NOOP("texts", "读入通报前自动备份"),
    Msg.BACKUP_REASON_UPGRADE: QT_TRANSLATE_NOOP("texts", "升级前自动备份"),
    Msg.BACKUP_REASON_RESTORE: QT_TRANSLATE_NOOP("texts", "恢复前自动备份"),
    Msg.BACKUP_REASON_MANUAL: QT_TRANSLATE_NOOP("texts", "手动备份"),
    Msg.BACKUP_REASON_DAMAGED: QT_TRANSLATE_NOOP("texts", "损坏文件的原样副本"),
    Msg.BACKUP_REASON_OTHER: QT_TRANSLATE_NOOP("texts", "自动备份（{reason}）"),
    Msg.BACKUP_CONTENTS: QT_TRANSLATE_NOOP(
        "texts", "巡察 {inspections} 个，问题 {issues} 个，整改措施 {measures} 条"
    ),
    Msg.BACKUP_UNREADABLE: QT_TRANSLATE_NOOP("texts", "无法读取：{reason}"),
    Msg.BACKUP_LINE: QT_TRANSLATE_NOOP("texts", "{when}  {reason}  {contents}（{size}）{evidence}"),
    Msg.BACKUP_EVIDENCE: QT_TRANSLATE_NOOP("texts", "；佐证材料 {files} 个文件（{size}）"),
    Msg.BACKUP_EVIDENCE_MISSING: QT_TRANSLATE_NOOP("texts", "，其中 {count} 个缺失"),
    Msg.BACKUP_ON_OPEN_FAILED: QT_TRANSLATE_NOOP("texts", "打开台账时未能自动备份：{message}"),
    Msg.EVIDENCE_SHOULD_BE_AT: QT_TRANSLATE_NOOP("texts", "应在 {path}"),
    Msg.EVIDENCE_NOT_IN_DATABASE: QT_TRANSLATE_NOOP("texts", "台账数据库中没有这份内容"),
    # storage/integrity
    Msg.INTEGRITY_BATCH: QT_TRANSLATE_NOOP("texts", "操作批次 #{batch_id}（{when}，{who}{what}）"),
    Msg.INTEGRITY_BATCH_GONE: QT_TRANSLATE_NOOP(
        "texts", "操作批次 #{batch_id}（该批次记录已不存在）"
    ),
    Msg.INTEGRITY_BATCH_WHAT: QT_TRANSLATE_NOOP("texts", "：{description}"),
    Msg.INTEGRITY_BATCH_PLAIN: QT_TRANSLATE_NOOP("texts", "操作批次 #{batch_id}"),
    Msg.INTEGRITY_TIME_UNKNOWN: QT_TRANSLATE_NOOP("texts", "时间不明"),
    Msg.INTEGRITY_UNSIGNED: QT_TRANSLATE_NOOP("texts", "未署名"),
    Msg.INTEGRITY_ENTRY: QT_TRANSLATE_NOOP("texts", "第 {entry_id} 条历史记录，{batch}"),
    Msg.INTEGRITY_ENTRY_MISSING: QT_TRANSLATE_NOOP(
        "texts", "历史记录第 {first} 条缺失（已被删除），{where}无法与之前的记录衔接。"
    ),
    Msg.INTEGRITY_ENTRIES_MISSING: QT_TRANSLATE_NOOP(
        "texts", "历史记录第 {first}–{last} 条缺失（已被删除），{where}无法与之前的记录衔接。"
    ),
    Msg.INTEGRITY_CHAIN_BROKEN: QT_TRANSLATE_NOOP(
        "texts", "{where}与校验值不符：这条记录（或它之前的一条）在写入后被改动过。"
    ),
    Msg.INTEGRITY_MORE_BROKEN: QT_TRANSLATE_NOOP("texts", "另有 {count} 条历史记录与校验值不符。"),
    Msg.INTEGRITY_HEAD_MISMATCH: QT_TRANSLATE_NOOP(
        "texts", "历史记录的末尾与记下的链尾不符：最近的历史记录被删除或替换过。"
    ),
    Msg.INTEGRITY_HISTORY_EMPTIED: QT_TRANSLATE_NOOP(
        "texts", "历史记录被清空了（台账记下的链尾仍在）。"
    ),
    Msg.INTEGRITY_EMPTY_BATCH: QT_TRANSLATE_NOOP(
        "texts", "{batch}没有任何变更条目：它的历史记录可能被删除了。"
    ),
    Msg.INTEGRITY_TRIGGER_DISABLED: QT_TRANSLATE_NOOP(
        "texts",
        "服务器不再为历史记录记下登录账号（触发器 {trigger} 被停用），历史中的操作人可能不可信。"
        "请数据库管理员运行“rectify admin init”恢复。",
    ),
    Msg.INTEGRITY_TRIGGER_MISSING: QT_TRANSLATE_NOOP(
        "texts",
        "服务器不再为历史记录记下登录账号（触发器 {trigger} 缺失），历史中的操作人可能不可信。"
        "请数据库管理员运行“rectify admin init”恢复。",
    ),
    Msg.INTEGRITY_LOGIN_MISSING: QT_TRANSLATE_NOOP(
        "texts",
        "{batch}没有服务器记下的登录账号：它是在记录被停用时写入的，或事后被改动过。",
    ),
    Msg.INTEGRITY_STRUCTURE: QT_TRANSLATE_NOOP("texts", "数据库文件结构损坏：{problem}"),
    Msg.INTEGRITY_FOREIGN_KEY: QT_TRANSLATE_NOOP(
        "texts", "表 {table} 的第 {rowid} 行引用了表 {parent} 中不存在的记录。"
    ),
    Msg.INTEGRITY_UNREADABLE: QT_TRANSLATE_NOOP("texts", "台账无法完整读取：{reason}"),
    # printing/fonts
    Msg.NO_CHINESE_FONT: QT_TRANSLATE_NOOP(
        "texts",
        "没有可用的中文字体（{names}），打印会出现方框。"
        "请安装仿宋、宋体、黑体、楷体等字体，或检查程序目录 resources/fonts 是否完整。",
    ),
    Msg.FACE_XIAOBIAOSONG: QT_TRANSLATE_NOOP("texts", "小标宋"),
    Msg.FACE_FANGSONG: QT_TRANSLATE_NOOP("texts", "仿宋"),
    Msg.FACE_HEITI: QT_TRANSLATE_NOOP("texts", "黑体"),
    Msg.FACE_KAITI: QT_TRANSLATE_NOOP("texts", "楷体"),
    Msg.FACE_SONGTI: QT_TRANSLATE_NOOP("texts", "宋体"),
    # about
    Msg.ABOUT_TITLE: QT_TRANSLATE_NOOP("texts", "整改台账 {version}"),
    Msg.ABOUT_LICENCE: QT_TRANSLATE_NOOP("texts", "本程序以 {licence} 许可证发布。"),
    Msg.ABOUT_LIBRARIES: QT_TRANSLATE_NOOP("texts", "附带的程序库："),
    Msg.ABOUT_NOTE: QT_TRANSLATE_NOOP("texts", "（{note}）"),
    Msg.ABOUT_FONTS: QT_TRANSLATE_NOOP("texts", "附带的字体："),
    Msg.ABOUT_FONT_LINE: QT_TRANSLATE_NOOP(
        "texts", "  {names} — {title}（许可证全文：fonts/{licence_file}）"
    ),
    Msg.ABOUT_NO_FONT_FILE: QT_TRANSLATE_NOOP("texts", "（未找到对应的字体文件）"),
    Msg.ABOUT_NO_LICENCE_FILE: QT_TRANSLATE_NOOP("texts", "  {names} — 未找到许可证文件"),
    Msg.ABOUT_FONT_NOTES: QT_TRANSLATE_NOOP("texts", "字体许可说明："),
    Msg.ABOUT_NOTE_PYTHON: QT_TRANSLATE_NOOP("texts", "Python 运行环境"),
    Msg.ABOUT_NOTE_QT: QT_TRANSLATE_NOOP("texts", "以动态库形式附带，可自行替换"),
    Msg.ABOUT_NOTE_PART_OF: QT_TRANSLATE_NOOP("texts", "{name} 的组成部分"),
    Msg.ABOUT_NOTE_POSTGRESQL: QT_TRANSLATE_NOOP("texts", "用于服务器上的 PostgreSQL 共享台账"),
    Msg.ABOUT_NOTE_WITH: QT_TRANSLATE_NOOP("texts", "随 {name} 附带"),
    Msg.ABOUT_NOTE_LXML: QT_TRANSLATE_NOOP(
        "texts", "随 python-docx 附带，内含 libxml2、libxslt（MIT）"
    ),
    # Words and forms of the command line's reports
    Msg.NO_CATEGORY: QT_TRANSLATE_NOOP("texts", "（未分类）"),
    Msg.NO_UNIT: QT_TRANSLATE_NOOP("texts", "（未明确责任单位）"),
    Msg.STATS_CHANGE_LINE: QT_TRANSLATE_NOOP("texts", "  {at} {operator}：{description}"),
    Msg.STATUS_WORD_ACCEPTED: QT_TRANSLATE_NOOP("texts", "{code}（{word}）"),
    Msg.UNDO_ENTITY_COUNT: QT_TRANSLATE_NOOP("texts", "{entity} {count} 条"),
    Msg.EMPTY_VALUE: QT_TRANSLATE_NOOP("texts", "（空）"),
    Msg.NO_WORD: QT_TRANSLATE_NOOP("texts", "否"),
    Msg.YES_WORD: QT_TRANSLATE_NOOP("texts", "是"),
    Msg.EXPORT_CANCELLED: QT_TRANSLATE_NOOP("texts", "已取消导出，未写入任何文件。"),
    # domain/problems: a form's date check
    Msg.EMPTY_DATE: QT_TRANSLATE_NOOP("texts", "请填写日期"),
    Msg.DATE_UNREADABLE_IN_FORM: QT_TRANSLATE_NOOP(
        "texts", "无法识别的日期，请写成 2023年1月11日 或 2023.1.11"
    ),
    Msg.DATE_NEEDS_YEAR_IN_FORM: QT_TRANSLATE_NOOP("texts", "请写明年份"),
    # excel/merge: a row of a returned file
    Msg.MERGE_REF_ISSUE: QT_TRANSLATE_NOOP("texts", "问题 {number}"),
    Msg.MERGE_REF_MEASURE: QT_TRANSLATE_NOOP("texts", "问题 {number} 措施“{text}”"),
    # domain/access: roles and why a change is refused
    Msg.ROLE_ADMIN: QT_TRANSLATE_NOOP("texts", "管理员"),
    Msg.ROLE_MANAGER: QT_TRANSLATE_NOOP("texts", "台账管理员"),
    Msg.ROLE_UNIT: QT_TRANSLATE_NOOP("texts", "责任单位填报"),
    Msg.ROLE_READER: QT_TRANSLATE_NOOP("texts", "只读"),
    Msg.ACCESS_READER_REFUSAL: QT_TRANSLATE_NOOP(
        "texts", "您的账号（{login}）是“只读”角色，只能查看和导出，不能修改。"
    ),
    Msg.ACCESS_NOT_YOUR_UNIT: QT_TRANSLATE_NOOP(
        "texts",
        "您的账号（{login}）只能填报{units}牵头或配合的问题和措施，这一项不属于您的单位。",
    ),
    Msg.ACCESS_UNIT_FIELDS_ONLY: QT_TRANSLATE_NOOP(
        "texts",
        "您的账号（{login}）是“责任单位填报”角色，只能填写整改进展、"
        "佐证材料和修改进展、状态、完成时间。",
    ),
    Msg.ACCESS_NO_UNITS: QT_TRANSLATE_NOOP("texts", "（未指定单位）"),
    Msg.GRANT_UNITS: QT_TRANSLATE_NOOP("texts", "（{units}）"),
    Msg.ROLE_NAME_LINE: QT_TRANSLATE_NOOP("texts", "  {role}：{name}"),
    # excel/columns: a column chosen for an export
    Msg.UNKNOWN_EXPORT_COLUMN: QT_TRANSLATE_NOOP("texts", "没有“{name}”这一列（可选：{known}）"),
    # domain/ledger_check: a published notice's figures against the ledger (the label is
    # the notice's own word, quoted as written)
    Msg.LINT_NOTICE_RATE: QT_TRANSLATE_NOOP(
        "texts", "通报中的整改完成率 {rate}% 与其数字不符（{done}/{total} = {exact}%）"
    ),
    Msg.LINT_NOTICE_COUNT: QT_TRANSLATE_NOOP(
        "texts", "通报中“{label}”为 {figure} 个，台账现为 {actual} 个"
    ),
    Msg.LINT_NOTICE_RULES: QT_TRANSLATE_NOOP(
        "texts", "通报中“建章立制”为 {figure} 项，台账现为 {actual} 项"
    ),
    Msg.LINT_NOTICE_PEOPLE: QT_TRANSLATE_NOOP(
        "texts", "通报中“{label}”为 {figure} 人，台账现为 {actual} 人"
    ),
    Msg.LINT_NOTICE_FUNDS: QT_TRANSLATE_NOOP(
        "texts", "通报中“{label}”为 {figure} 万元，台账现为 {actual} 万元"
    ),
    # domain/calendar
    Msg.CALENDAR_HOLIDAY_START: QT_TRANSLATE_NOOP("texts", "第{n}个假日“{name}”的开始日期"),
    Msg.CALENDAR_HOLIDAY_END: QT_TRANSLATE_NOOP("texts", "假日“{name}”的结束日期"),
    Msg.CALENDAR_WORKDAY: QT_TRANSLATE_NOOP("texts", "第{n}个调休上班日"),
    Msg.CALENDAR_YEAR_UNKNOWN: QT_TRANSLATE_NOOP(
        "texts", "{year}年的节假日安排未知，工作日仅按周末计算。"
    ),
    Msg.CALENDAR_YEAR_PROVISIONAL: QT_TRANSLATE_NOOP(
        "texts",
        "{year}年的放假调休安排尚未正式公布，工作日按法定节日和周末计算，未含调休。",
    ),
}

# The language of the installed translation: its translation of this text says which
# (the English .ts translates it "en"); the domain words what it has no code for (a
# field's name) by it.
LANGUAGE = QT_TRANSLATE_NOOP("texts", "zh_CN")

# (context, source text) -> translated text; None: the Chinese source text.
Translator = Callable[[str, str], str]
_translator: Translator | None = None


def codes() -> list[str]:
    """Every code of :class:`Msg`."""
    return [value for name, value in vars(Msg).items() if name.isupper()]


def set_translator(translator: Translator | None) -> Translator | None:
    """Word every message made from now on with ``translator`` (None: Chinese); returns
    the one it replaces, so that a caller can put it back."""
    global _translator
    previous = _translator
    _translator = translator
    return previous


def installed_translator() -> Translator | None:
    """The translator :func:`set_translator` installed (None: Chinese)."""
    return _translator


def translated(source: str) -> str:
    """``source`` (a text of :data:`SOURCE`) in the installed language."""
    if _translator is None:
        return source
    return _translator(CONTEXT, source) or source


def language() -> str:
    """The installed language: "zh_CN" (no translation) or the translation's own."""
    return translated(LANGUAGE)


def translate_label(source: str, context: str = "labels") -> str:
    """A domain label (a status word, a kind of accountability) in the installed
    language, as the UI translates it in ``context``; unchanged when it has none."""
    if _translator is None:
        return source
    return _translator(context, source) or source


def listed(items: Iterable[object]) -> str:
    """Several names or words as one list in the installed language (``财政局、审计局``,
    ``Finance, Audit``): every message that lists things joins them here."""
    return translated(SOURCE[Msg.LIST_SEPARATOR]).join(str(item) for item in items)


def render(code: str, values: Mapping[str, Any]) -> str:
    """The text of ``code`` with ``values`` put in, in the installed language."""
    return translated(SOURCE[code]).format_map(values)


class Message(str):
    """A text for the user that remembers its code and values (see the module doc)."""

    code: str
    values: dict[str, Any]

    def __new__(cls, code: str, /, **values: Any) -> Message:
        self = super().__new__(cls, render(code, values))
        self.code = code
        self.values = values
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.code, self.values))

    def as_json(self) -> dict[str, Any]:
        """The code and the values, for ``--json`` output."""
        return {
            "code": self.code,
            "values": {
                k: v.as_json() if isinstance(v, Message) else str(v) for k, v in self.values.items()
            },
        }


def _rebuild(code: str, values: dict[str, Any]) -> Message:
    return Message(code, **values)


def code_of(text: object) -> str:
    """The message code of ``text`` (a :class:`Message`, or an exception whose
    ``message`` or first argument is one); "" when it has none."""
    if isinstance(text, Message):
        return text.code
    if isinstance(text, BaseException):
        found = getattr(text, "message", None)
        if isinstance(found, Message):
            return found.code
        if text.args and isinstance(text.args[0], Message):
            return text.args[0].code
        problem = getattr(text, "problem", None)
        if problem is not None:
            return str(problem.code.value)
    return ""
