"""Writing a PDF in a child process of our own program, so that the window's
interpreter is never held by the layout.

Qt holds the Python interpreter lock through each call into it: a worker thread laying
out a sheet (one call of up to half a second on a loaded machine) froze the window's
Python (its slots, its models, its timers) that long. A child process has an
interpreter of its own. The window starts ``rectify print-job`` (the same program:
``python -m desktop`` from the sources, the bundle's executable when frozen, on
Windows its console twin ``rectify-cli.exe`` started without a console window, since
the windowed ``rectify.exe`` has no standard output), writes one JSON request to its
standard input (the ledger's location, the PDF to write, what to print: see
``desktop.ui.print_jobs``), and reads its progress from its standard output, one JSON
object a line, in a worker thread:

- ``{"step": 1}``: a step of a document's preparation (the ledger's measuring);
- ``{"page": n}``: n pages painted so far;
- ``{"document": d, "total": t}``: d documents of t done;
- ``{"done": {"documents": d, "pages": p}}``: the PDF is complete;
- ``{"error": {...}}``: it failed, and why (:func:`error_json`: a message's code and
  values, so the window words it in its own language as it would its own failure).

Cancel terminates the child (the caller removes the partial file). A child that ends
without ``done`` or ``error`` (killed, crashed) raises :class:`ChildFailed`; the window
never waits on a child that stopped talking longer than it takes to notice its end.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

from desktop.domain.texts import Message, codes
from desktop.printing.render import PageDone, PrintError, Progress, Rendered

SUBCOMMAND = "print-job"

# How often (s) the reader looks at the cancel button while the child is quiet.
CANCEL_POLL_S = 0.05


class ChildUnavailable(RuntimeError):
    """The child could not be started (its executable missing or refused): the caller
    writes the PDF itself."""


class ChildFailed(RuntimeError):
    """The child ended without saying it was done or why it failed (a crash, killed):
    its exit code and the end of what it wrote to stderr."""

    def __init__(self, returncode: int, detail: str) -> None:
        super().__init__(f"exit code {returncode}: {detail}")
        self.returncode = returncode
        self.detail = detail


def command(frozen: bool | None = None, executable: str | None = None) -> list[str] | None:
    """The command line that starts the child, or None when there is none to start
    (a frozen Windows bundle without its console executable)."""
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    exe = Path(executable or sys.executable)
    if not frozen:
        return [str(exe), "-m", "desktop"]
    if exe.suffix.lower() == ".exe":
        # The windowed rectify.exe has no stdout to report progress on.
        console = exe.with_name(f"{exe.stem}-cli{exe.suffix}")
        return [str(console)] if console.exists() else None
    return [str(exe)]


def available() -> bool:
    """Whether a child can be started here."""
    found = command()
    return found is not None and Path(found[0]).exists()


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    # The child paints no window: never reach for a display server.
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONIOENCODING"] = "utf-8"
    if not getattr(sys, "frozen", False):
        # From the sources: the package importable wherever the window was started.
        root = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    return env


def write_pdf_in_child(
    ledger: str,
    out: Path,
    request: Mapping[str, Any],
    *,
    language: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    page_done: PageDone | None = None,
    step_done: Callable[[], None] | None = None,
    argv: Sequence[str] | None = None,
) -> Rendered:
    """Have a child write the PDF ``out`` of ``request`` (``PrintRequest.as_json``)
    from the ledger at ``ledger``, read-only; its progress reported through the
    callbacks as ``render.render`` reports its own. Cancelled: the child is ended
    and a cancelled :class:`Rendered` returned (``out`` may hold a partial file: the
    caller removes it). Raises :class:`PrintError` or ``OSError`` as the child's
    failure was (worded here), :class:`ChildFailed` when it ended without a word,
    :class:`ChildUnavailable` when it could not be started.
    ``argv``: the command to run instead of :func:`command` (tests)."""
    base = list(argv) if argv is not None else command()
    if base is None:
        raise ChildUnavailable("no executable")
    args = [*base, *(["--lang", language] if language else []), SUBCOMMAND]
    # A console program started from the windowed one must not flash a console window;
    # and the window comes first when the machine is busy (the child lowers its own
    # priority elsewhere: lower_priority).
    flags = 0
    if sys.platform == "win32":
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) | getattr(
            subprocess, "BELOW_NORMAL_PRIORITY_CLASS", 0
        )
    with tempfile.TemporaryFile() as errors:
        try:
            child = subprocess.Popen(
                args,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=errors,
                env=_environment(),
                creationflags=flags,
            )
        except OSError as exc:
            raise ChildUnavailable(str(exc)) from exc
        try:
            return _talk(
                child, errors, ledger, out, request, progress, cancelled, page_done, step_done
            )
        finally:
            if child.poll() is None:
                child.kill()
            child.wait()
            if child.stdout is not None:
                child.stdout.close()


def _talk(
    child: subprocess.Popen[bytes],
    errors: IO[bytes],
    ledger: str,
    out: Path,
    request: Mapping[str, Any],
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
    page_done: PageDone | None,
    step_done: Callable[[], None] | None,
) -> Rendered:
    assert child.stdin is not None
    assert child.stdout is not None
    body = json.dumps({"ledger": ledger, "out": str(out), "request": dict(request)})
    try:
        child.stdin.write(body.encode("ascii", "backslashreplace") + b"\n")
        child.stdin.close()
    except OSError:
        pass  # it ended before reading: what it said, or its exit code, tells why
    lines: queue.Queue[bytes | None] = queue.Queue()
    reader = threading.Thread(
        target=_read_lines, args=(child.stdout, lines), name="rectify-print-child", daemon=True
    )
    reader.start()
    documents = pages = 0
    while True:
        try:
            line = lines.get(timeout=CANCEL_POLL_S)
        except queue.Empty:
            if cancelled is not None and cancelled():
                child.terminate()
                return Rendered(documents, pages, cancelled=True)
            continue
        if line is None:
            break
        try:
            said = json.loads(line)
        except ValueError:
            continue  # not ours (a library's stray print)
        if not isinstance(said, dict):
            continue
        if "page" in said:
            pages = int(said["page"])
            if page_done is not None:
                page_done(pages)
        elif "document" in said:
            documents = int(said["document"])
            if progress is not None:
                progress(documents, int(said.get("total", 0)))
        elif "step" in said:
            if step_done is not None:
                step_done()
        elif "done" in said:
            done = said["done"]
            child.wait()
            return Rendered(int(done["documents"]), int(done["pages"]))
        elif "error" in said:
            child.wait()
            raise error_from_json(said["error"])
        if cancelled is not None and cancelled():
            child.terminate()
            return Rendered(documents, pages, cancelled=True)
    code = child.wait()
    errors.seek(0)
    tail = errors.read()[-2000:].decode("utf-8", "replace").strip().splitlines()
    raise ChildFailed(code, tail[-1] if tail else "")


def _read_lines(stream: IO[bytes], lines: queue.Queue[bytes | None]) -> None:
    try:
        for line in stream:
            lines.put(line)
    except (OSError, ValueError):
        pass
    finally:
        lines.put(None)


# ------------------------------------------------------------------- the child's side
def lower_priority() -> None:
    """The child yields the processor to the window: on a machine whose cores are
    busy (two cores, other programs), the window's event loop must still turn on time;
    the PDF may take a little longer. (Windows: the child is started below normal.)"""
    nice = getattr(os, "nice", None)
    if nice is not None:
        with contextlib.suppress(OSError):
            nice(10)


def message_json(message: Message) -> dict[str, Any]:
    """A message as its code and values (nested messages likewise), to be worded again
    in the reader's language by :func:`message_from_json`."""
    return {
        "code": message.code,
        "values": {
            k: {"message": message_json(v)} if isinstance(v, Message) else {"text": str(v)}
            for k, v in message.values.items()
        },
    }


def message_from_json(data: Mapping[str, Any]) -> Message:
    values = {
        k: message_from_json(v["message"]) if "message" in v else str(v.get("text", ""))
        for k, v in data.get("values", {}).items()
    }
    return Message(str(data["code"]), **values)


def _message_of(exc: BaseException) -> Message | None:
    found = getattr(exc, "message", None)
    if isinstance(found, Message):
        return found
    if exc.args and isinstance(exc.args[0], Message):
        return exc.args[0]
    return None


def error_json(exc: BaseException) -> dict[str, Any]:
    """Why the child failed, for :func:`error_from_json` in the window: a message for
    the user (a refused device, a ledger that cannot be read, no Chinese font: every
    error that carries one), a file error's reason, or the error's own words."""
    message = _message_of(exc)
    if message is not None:
        return {"kind": "message", "message": message_json(message), "text": str(message)}
    if isinstance(exc, OSError):
        return {
            "kind": "os",
            "errno": exc.errno,
            "strerror": exc.strerror or str(exc),
            "filename": str(exc.filename or ""),
        }
    return {"kind": "other", "text": str(exc) or type(exc).__name__}


def error_from_json(data: Mapping[str, Any]) -> Exception:
    """The exception the window raises for the child's failure, worded as its own
    would be (a message in the window's language when the child sent its code)."""
    kind = data.get("kind")
    if kind == "message":
        message = data.get("message") or {}
        if message.get("code") in codes():
            return PrintError(message_from_json(message))
        return PrintError(str(data.get("text", "")))
    if kind == "os":
        return OSError(data.get("errno"), data.get("strerror"), data.get("filename") or None)
    return RuntimeError(str(data.get("text", "")))


class Reporter:
    """The child's progress lines on ``stream`` (its stdout)."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def say(self, **what: Any) -> None:
        # ASCII only: a Windows pipe's code page cannot spoil it.
        self.stream.write(json.dumps(what, ensure_ascii=True) + "\n")
        self.stream.flush()

    def progress(self, done: int, total: int) -> None:
        self.say(document=done, total=total)

    def page_done(self, pages: int) -> None:
        self.say(page=pages)

    def step_done(self) -> None:
        self.say(step=1)
