"""Real file-system faults for the safety tests: a small disk that fills up (a tmpfs of a
few hundred KB), and a folder that turns read-only under a running app (a read-only
bind mount, which refuses root too). Both need to mount, i.e. root on Linux, as in CI
and the build machine; where we cannot mount, :func:`can_mount` is False and the tests
use their emulation (a file-size limit for a full disk, folder permissions for a
read-only folder) and say so in their name."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path


def _run(*argv: str) -> bool:
    return subprocess.run(argv, capture_output=True, check=False).returncode == 0


@cache
def can_mount() -> bool:
    """Whether this process may mount file systems (tried once, on a scratch folder)."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0 or not shutil.which("mount"):
        return False
    probe = Path(f"/tmp/rectify-mount-probe-{os.getpid()}")
    probe.mkdir(exist_ok=True)
    try:
        if not _run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(probe)):
            return False
        _run("umount", str(probe))
        return True
    finally:
        with contextlib.suppress(OSError):
            probe.rmdir()


@contextlib.contextmanager
def small_disk(folder: Path, size: int) -> Iterator[Path]:
    """``folder`` (created) on a tmpfs of ``size`` bytes, unmounted afterwards."""
    folder.mkdir(parents=True, exist_ok=True)
    assert _run("mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder))
    try:
        yield folder
    finally:
        _run("umount", "-l", str(folder))


def fill(folder: Path, leave: int) -> None:
    """Fill the file system of ``folder`` until about ``leave`` bytes are free."""
    free = shutil.disk_usage(folder).free
    with (folder / "填满磁盘的文件.bin").open("wb") as handle:
        remaining = max(0, free - leave)
        while remaining > 0:
            chunk = min(remaining, 1 << 16)
            try:
                handle.write(b"\0" * chunk)
                handle.flush()
            except OSError:
                break
            remaining -= chunk


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """Make ``folder`` read-only for everyone while the block runs: a read-only bind
    mount of it over itself (writes fail with EROFS, for root too) when we can mount,
    else its permissions (writes fail with EACCES, except for root)."""
    if can_mount():
        assert _run("mount", "--bind", str(folder), str(folder))
        try:
            assert _run("mount", "-o", "remount,ro,bind", str(folder))
            yield
        finally:
            _run("umount", "-l", str(folder))
    else:
        mode = folder.stat().st_mode
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(mode)
