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

from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's macro name)
    """Marks ``text`` for ``lupdate``; the translation happens in :func:`render`."""
    return text


CONTEXT = "texts"


class Msg(StrEnum):
    """Every message code. Stable: scripts read them from ``--json`` output."""

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


SOURCE: dict[Msg, str] = {
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
}

# (context, source text) -> translated text; None: the Chinese source text.
Translator = Callable[[str, str], str]
_translator: Translator | None = None


def set_translator(translator: Translator | None) -> Translator | None:
    """Word every message made from now on with ``translator`` (None: Chinese); returns
    the one it replaces, so that a caller can put it back."""
    global _translator
    previous = _translator
    _translator = translator
    return previous


def translated(source: str) -> str:
    """``source`` (a text of :data:`SOURCE`) in the installed language."""
    if _translator is None:
        return source
    return _translator(CONTEXT, source) or source


def render(code: Msg, values: Mapping[str, Any]) -> str:
    """The text of ``code`` with ``values`` put in, in the installed language."""
    return translated(SOURCE[code]).format_map(values)


class Message(str):
    """A text for the user that remembers its code and values (see the module doc)."""

    code: Msg
    values: dict[str, Any]

    def __new__(cls, code: Msg, /, **values: Any) -> Message:
        self = super().__new__(cls, render(code, values))
        self.code = code
        self.values = values
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.code, self.values))

    def as_json(self) -> dict[str, Any]:
        """The code and the values, for ``--json`` output."""
        return {
            "code": self.code.value,
            "values": {
                k: v.as_json() if isinstance(v, Message) else str(v) for k, v in self.values.items()
            },
        }


def _rebuild(code: Msg, values: dict[str, Any]) -> Message:
    return Message(code, **values)


def code_of(text: object) -> str:
    """The message code of ``text`` (a :class:`Message`, or an exception whose
    ``message`` or first argument is one); "" when it has none."""
    if isinstance(text, Message):
        return text.code.value
    if isinstance(text, BaseException):
        found = getattr(text, "message", None)
        if isinstance(found, Message):
            return found.code.value
        if text.args and isinstance(text.args[0], Message):
            return text.args[0].code.value
        problem = getattr(text, "problem", None)
        if problem is not None:
            return str(problem.code.value)
    return ""
