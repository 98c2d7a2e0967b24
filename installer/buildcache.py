"""The build cache of the installers: slow inputs that are the same from run to run.

`make windows` and `make linux` need a Windows Python, Windows wheels, a Wine prefix,
a Debian 11 root and a Python built in it. Each is made once and kept under the user's
cache folder (``$XDG_CACHE_HOME/rectify-build`` or ``~/.cache/rectify-build``;
``RECTIFY_BUILD_CACHE`` overrides it) in a folder named for what it is and a hash of
everything it was made from (pinned archives, the lock file, the recipe), so a changed
input makes a new entry and an unchanged one is reused. An entry is built in a
``.partial`` folder and renamed when complete: an interrupted build leaves nothing that
looks finished. Older entries of the same name are removed once a new one is complete.

Plain standard library: the build scripts run with the machine's Python 3.11.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

COMPLETE = ".complete"


def cache_root() -> Path:
    override = os.environ.get("RECTIFY_BUILD_CACHE")
    if override:
        return Path(override)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "rectify-build"


def input_key(*parts: str | bytes | Path) -> str:
    """A short hash of the inputs: strings and bytes as given, files by their content
    (and name), folders by every file in them."""
    digest = hashlib.sha256()
    for part in parts:
        if isinstance(part, Path):
            files = sorted(p for p in part.rglob("*") if p.is_file()) if part.is_dir() else [part]
            for file in files:
                digest.update(file.name.encode() + b"\0" + file.read_bytes() + b"\0")
        elif isinstance(part, str):
            digest.update(part.encode() + b"\0")
        else:
            digest.update(part + b"\0")
    return digest.hexdigest()[:16]


def entry(name: str, key: str, build: Callable[[Path], None], root: Path | None = None) -> Path:
    """The cache folder ``name-key``, made by ``build(folder)`` if it is not there yet."""
    root = root or cache_root()
    final = root / f"{name}-{key}"
    if (final / COMPLETE).exists():
        log(f"cache: {final.name} (reused)")
        return final
    partial = root / f"{name}-{key}.partial"
    if partial.exists():
        _remove(partial)
    if final.exists():  # an entry without its marker: half made by an older run
        _remove(final)
    partial.mkdir(parents=True)
    started = time.monotonic()
    log(f"cache: building {final.name} …")
    build(partial)
    (partial / COMPLETE).write_text(time.strftime("%Y-%m-%d %H:%M:%S\n"), encoding="utf-8")
    partial.rename(final)
    log(f"cache: {final.name} built in {time.monotonic() - started:.0f} s")
    for old in stale_entries(root, name, key):
        _remove(old)
    return final


def stale_entries(root: Path, name: str, key: str) -> list[Path]:
    """Other complete or partial entries of ``name`` (an older key)."""
    if not root.is_dir():
        return []
    return [
        path
        for path in root.iterdir()
        if path.is_dir()
        and path.name != f"{name}-{key}"
        and path.name.removesuffix(".partial").rpartition("-")[0] == name
    ]


def _remove(path: Path) -> None:
    # A Debian root holds mount points and root-owned files; never follow a mount.
    for mount in ("proc", "sys", "dev/pts", "dev"):
        target = path / mount
        if os.path.ismount(target):
            subprocess.run(["umount", "-l", str(target)], check=False)
    shutil.rmtree(path, ignore_errors=True)


def run(
    argv: Iterable[str | Path],
    *,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    check: bool = True,
    capture: bool = False,
    encoding: str = "utf-8",
) -> subprocess.CompletedProcess[str]:
    """Run a command, echoing it; stdin is closed. With ``capture`` the output (stdout
    and stderr together, through a pipe) is printed as it comes and returned."""
    args = [str(a) for a in argv]
    log("$ " + " ".join(args))
    if capture:
        lines: list[str] = []
        with subprocess.Popen(
            args,
            env=env,
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding=encoding,
            errors="replace",
        ) as process:
            assert process.stdout is not None
            for line in process.stdout:
                lines.append(line)
                sys.stdout.write(line)
                sys.stdout.flush()
        result = subprocess.CompletedProcess(args, process.returncode, "".join(lines), None)
    else:
        result = subprocess.run(args, env=env, cwd=cwd, stdin=subprocess.DEVNULL, check=False)
    if check and result.returncode != 0:
        raise SystemExit(f"failed ({result.returncode}): {' '.join(args)}")
    return result


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def folder_size(folder: Path) -> int:
    """Bytes in the files under ``folder`` (a symlink counted once, as its target)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def pinned_requirements(lock: Path) -> list[str]:
    """The ``name==version`` lines of the lock file (comments and blanks dropped)."""
    lines = []
    for raw in lock.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            if "==" not in line:
                raise SystemExit(f"{lock}: not pinned: {line}")
            lines.append(line)
    return lines


# ---------------------------------------------------------- shared by both checks
# What `rectify selftest --keep DIR` leaves in DIR (desktop/cli/selftest_commands.py).
SELFTEST_PDF = "自检打印.pdf"
SELFTEST_PDF_TEXTS = ("自检问题一：台账导入", "自检问题二：台账导出")


def count_issues(ledger: Path) -> int:
    with sqlite3.connect(f"file:{ledger}?mode=ro", uri=True) as db:
        (count,) = db.execute("SELECT count(*) FROM issue").fetchone()
    return int(count)


def verify_selftest_outputs(folder: Path) -> int:
    """What the self-test made: a PDF whose text extracts (poppler's pdftotext, as a
    reader would) with the imported issues' Chinese, the Word document, the exported
    workbook and the ledger. Returns the ledger's number of issues."""
    pdf = folder / SELFTEST_PDF
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for wanted in SELFTEST_PDF_TEXTS:
        if wanted not in "".join(text.split()):
            raise SystemExit(f"{pdf.name}: the extracted text lacks “{wanted}”")
    with zipfile.ZipFile(folder / "自检.docx") as docx:
        if "整改台账自检" not in docx.read("word/document.xml").decode("utf-8"):
            raise SystemExit("自检.docx lacks its text")
    with zipfile.ZipFile(folder / "导出台账.xlsx") as xlsx:
        if "xl/workbook.xml" not in xlsx.namelist():
            raise SystemExit("导出台账.xlsx is not a workbook")
    issues = count_issues(folder / "selftest.sqlite")
    log(f"self-test outputs verified: PDF text in Chinese, .docx, .xlsx, {issues} issues")
    return issues
