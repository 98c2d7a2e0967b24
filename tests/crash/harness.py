"""The crash harness's parent side: run a ``rectify`` command in a child process, SIGKILL
it at a chosen point, and say what was left on disk.

Kill points, drawn from a seeded random generator for each operation:

- ``statement``: right after a randomly chosen SQL statement of the command (the child
  stops there and is killed while it waits);
- ``commit``: a random moment inside one of the command's commits, chosen by the
  commit's length in a reference run (a large import's commit writes megabytes to the
  ``-wal``, syncs, and then checkpoints them into the file: the kill lands in any of it);
- ``checkpoint``: the moment the file grows during the longest of the command's
  commits that grew it in the reference run, i.e.
  while SQLite's checkpoint copies the ``-wal`` into the file (the state of the kill
  that once made the app refuse a sound ledger as truncated);
- ``time``: a random moment over the command's length in the reference run (backups
  and restores copy with SQLite's backup API, exports write with xlsxwriter: no
  statements to stop at);
- ``fresh``: the command in a fresh interpreter, ``python -m desktop ...`` exactly as a
  user or a script starts it, killed at a random moment from its start.

The first three run in processes forked from a server that has imported the app (a
fresh interpreter costs more than a second of CPU before the command starts; 200 kills
would spend most of their time importing).

Two runs go at once (``RECTIFY_CRASH_JOBS``), each followed by a look at what it left
(``rectify check``, opening, the data's fingerprint, backups, workbooks) in a child of
its own, so that both cores work. ``RECTIFY_CRASH_SEED`` sets the seed (printed in
every failure and in the summary); ``RECTIFY_CRASH_SCALE`` multiplies the number of
kills of every operation. Runs that finish before their kill point are checked like
the others and replaced by another point, so every operation gets its number of actual
kills.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from multiprocessing.context import ForkServerContext
from pathlib import Path
from typing import Any

from desktop.storage.ledger_file import shorter_than_header
from tests.crash.child import inspect as child_inspect
from tests.crash.child import run as child_run

SEED = int(os.environ.get("RECTIFY_CRASH_SEED", str(time.time_ns() % 1_000_000)))
SCALE = float(os.environ.get("RECTIFY_CRASH_SCALE", "1"))
TIMEOUT = 180.0
# Runs at once: each is a child process, and so is the look at what it left.
JOBS = int(os.environ.get("RECTIFY_CRASH_JOBS", str(min(2, os.cpu_count() or 1))))

# What every operation's kills did, for the summary (see conftest.py).
COUNTS: dict[str, Counter[str]] = {}


@dataclass(frozen=True)
class Point:
    """Where to kill: a kind (see the module) and its parameters."""

    kind: str
    statement: int = 0
    commit: int = 0
    delay: float = 0.0

    def __str__(self) -> str:
        if self.kind == "statement":
            return f"after statement {self.statement}"
        if self.kind == "commit":
            return f"{self.delay * 1000:.1f} ms into commit {self.commit}"
        if self.kind == "checkpoint":
            return f"as the checkpoint of commit {self.commit} grows the file"
        return f"{self.kind} {self.delay * 1000:.0f} ms after the start"


@dataclass
class Observed:
    """One run: killed or not, its exit code, its SQL statements, and its commits as
    (start, length) in seconds from the command's start."""

    killed: bool
    code: int | None
    seconds: float
    statements: int = 0
    commits: list[tuple[float, float]] = field(default_factory=list)
    # The commits during which the ledger file grew (a checkpoint copied pages into it).
    growing: list[int] = field(default_factory=list)


def run_forked(
    ctx: ForkServerContext, argv: list[str], folder: Path, point: Point | None = None
) -> Observed:
    """Run ``rectify ARGV`` in ``folder`` in a forked child; kill it at ``point``."""
    parent, child = ctx.Pipe()
    stop_at = point.statement if point is not None and point.kind == "statement" else 0
    process = ctx.Process(target=child_run, args=(argv, str(folder), stop_at, child))
    process.start()
    child.close()
    started = time.perf_counter()
    commits: list[tuple[float, float]] = []
    growing: list[int] = []
    ledger = folder / "ledger.sqlite"
    size_at_commit = 0
    commit_started = 0.0
    kill_at: float | None = None
    killed = False
    code: int | None = None
    statements = 0
    deadline = time.monotonic() + TIMEOUT
    try:
        while True:
            now = time.monotonic()
            assert now < deadline, f"rectify {argv[0]} did not finish in {TIMEOUT} s"
            wait = deadline - now if kill_at is None else max(0.0, kill_at - now)
            if not parent.poll(wait):
                if kill_at is not None and time.monotonic() >= kill_at:
                    killed = _kill(process.pid)
                    break
                continue
            try:
                message = parent.recv()
            except EOFError:
                break  # the child ended
            now = time.monotonic()
            if message[0] == "ready":
                started = time.perf_counter()
                if point is not None and point.kind == "time":
                    kill_at = now + point.delay
            elif message[0] == "commit":
                commit_started = time.perf_counter() - started
                size_at_commit = _size(ledger)
                aimed = point is not None and point.kind in ("commit", "checkpoint")
                if aimed and point is not None and len(commits) + 1 == point.commit:
                    if point.kind == "checkpoint":
                        killed = _kill_when_file_grows(process.pid, ledger, parent)
                        if killed:
                            break
                        length = time.perf_counter() - started - commit_started
                        commits.append((commit_started, length))
                        continue
                    kill_at = now + point.delay
            elif message[0] == "committed":
                commits.append((commit_started, time.perf_counter() - started - commit_started))
                if _size(ledger) > size_at_commit:
                    growing.append(len(commits))
            elif message[0] == "stopped":
                killed = _kill(process.pid)
                break
            elif message[0] == "exit":
                code, statements = int(message[1]), int(message[2])
                break
        seconds = time.perf_counter() - started
    finally:
        parent.close()
        process.join(timeout=60)
        if process.is_alive():
            process.kill()
            process.join()
    if killed and process.exitcode == 0:
        # The run ended on its own as the kill was sent (its "exit" was on its way when
        # the kill time came; a fast machine finishes inside that window): a run the
        # kill came too late for, looked at and counted as finished.
        killed, code = False, 0
    if killed:
        # 255: the fork server could not pass the status on (it reads our SIGKILLed
        # child's status like any other; seen once in hundreds of runs on a machine
        # under heavy load). A child that failed by itself exits with 1, or sends
        # "exit" first.
        assert process.exitcode in (-signal.SIGKILL, 255), process.exitcode
    else:
        # 255 after the child reported its own exit 0: the fork server lost the status
        # (as above); the run itself finished (CI, seed 99696, a merge on a fast machine).
        finished = process.exitcode == 0 or (process.exitcode == 255 and code == 0)
        assert finished, f"rectify {argv[0]}: the child failed ({process.exitcode}, {code})"
    return Observed(killed, code, seconds, statements, commits, growing)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _kill_when_file_grows(pid: int | None, ledger: Path, messages: Any) -> bool:
    """Watch the ledger file during a commit and SIGKILL the child the moment the file
    grows: SQLite's checkpoint is copying the -wal's pages into it (page 1, with the
    new page count, first), so the kill leaves a file shorter than its header says
    and a -wal that holds the rest. False when the commit ended first (it read the
    ``committed`` message): no checkpoint grew the file in it."""
    size = ledger.stat().st_size
    while not messages.poll(0.0002):
        try:
            grown = ledger.stat().st_size > size
        except OSError:
            grown = False
        if grown:
            return _kill(pid)
    message = messages.recv()
    assert message[0] == "committed", message
    return False


def _kill(pid: int | None) -> bool:
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    return True


def run_fresh(argv: list[str], folder: Path, kill_after: float | None = None) -> Observed:
    """Run ``python -m desktop ARGV`` in ``folder`` as a new process; SIGKILL it
    ``kill_after`` seconds after it started (when it is still running)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    with (folder / "out.txt").open("wb") as out, (folder / "err.txt").open("wb") as err:
        process = subprocess.Popen(
            [sys.executable, "-m", "desktop", *argv], cwd=folder, stdout=out, stderr=err, env=env
        )
        try:
            process.wait(timeout=TIMEOUT if kill_after is None else kill_after)
        except subprocess.TimeoutExpired:
            if kill_after is None:
                process.kill()
                process.wait()
                raise
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=60)
    seconds = time.perf_counter() - started
    killed = process.returncode == -signal.SIGKILL
    return Observed(killed, None if killed else process.returncode, seconds)


@dataclass
class Reference:
    """An operation's reference runs, undisturbed: forked and fresh."""

    forked: Observed
    fresh: Observed


def schedule(op: str, reference: Reference) -> Iterator[Point]:
    """Kill points for an operation (see the module), as many as asked for: one in
    eight in a fresh interpreter, the rest shared between statements, commits (chosen
    by their length; every other forked kill when the command commits) and moments,
    as far as the command has them."""
    rng = random.Random(f"{SEED}-{op}")
    forked = reference.forked
    kinds = ["time", "statement"] if forked.statements else ["time"]
    lengths = [length for _start, length in forked.commits]
    if forked.commits:
        kinds = ["commit", "time", "commit", "statement"]
    if forked.growing:
        kinds = ["commit", "time", "checkpoint", "statement"]
        longest = max(forked.growing, key=lambda n: lengths[n - 1])
    n = 0
    while True:
        n += 1
        if n % 8 == 0:
            yield Point("fresh", delay=rng.uniform(0, reference.fresh.seconds))
            continue
        kind = kinds[n % len(kinds)]
        if kind == "statement":
            yield Point("statement", statement=rng.randint(1, forked.statements))
        elif kind == "checkpoint":
            yield Point("checkpoint", commit=longest)
        elif kind == "commit":
            index = rng.choices(range(len(lengths)), weights=[x + 1e-4 for x in lengths])[0]
            yield Point("commit", commit=index + 1, delay=rng.uniform(0, lengths[index]))
        else:
            yield Point("time", delay=rng.uniform(0, forked.seconds))


# Kills per operation (times RECTIFY_CRASH_SCALE): 210 in all, each one a process that
# was killed (a run that finished before its kill point is looked at and not counted).
KILLS = {
    "import": 48,
    "merge": 32,
    "export": 24,
    "handout": 24,
    "backup": 24,
    "restore": 30,
    "migration": 28,
}


def kills_for(base: int) -> int:
    return max(1, round(base * SCALE))


def run_at(ctx: ForkServerContext, argv: list[str], folder: Path, point: Point) -> Observed:
    if point.kind == "fresh":
        return run_fresh(argv, folder, kill_after=point.delay)
    return run_forked(ctx, argv, folder, point)


def inspect_forked(ctx: ForkServerContext, ledger: Path, workbooks: list[str]) -> dict[str, Any]:
    """What a run left (see :func:`tests.crash.child.inspect`), looked at in a child."""
    parent, child = ctx.Pipe()
    process = ctx.Process(target=child_inspect, args=(str(ledger), workbooks, child))
    process.start()
    child.close()
    try:
        assert parent.poll(TIMEOUT), f"looking at {ledger} took over {TIMEOUT} s"
        facts: dict[str, Any] = parent.recv()
    finally:
        parent.close()
        process.join(timeout=60)
    return facts


@dataclass
class Kill:
    """One run of an operation with its kill point: what happened, what it left on
    disk before anything opened it again, and what the look at it found."""

    n: int
    point: Point
    folder: Path
    observed: Observed
    state: list[str]
    facts: dict[str, Any]

    def where(self, op: str) -> str:
        return f"{op}, run {self.n} ({self.point}), RECTIFY_CRASH_SEED={SEED}"


def kills(
    ctx: ForkServerContext,
    op: str,
    argv_for: Callable[[Path], list[str]],
    folders: Iterator[Path],
    reference: Reference,
    workbooks_for: Callable[[Path], list[str]] = lambda _folder: [],
) -> Iterator[Kill]:
    """Run ``op`` at its kill points, :data:`JOBS` at a time, until it was killed
    ``kills_for(KILLS[op])`` times (a run that finished before its point is looked at
    too, and another point drawn); each run with what it left, as it completes."""
    wanted = kills_for(KILLS[op])
    points = schedule(op, reference)

    def one(n: int, point: Point, folder: Path) -> Kill:
        observed = run_at(ctx, argv_for(folder), folder, point)
        ledger = folder / "ledger.sqlite"
        state = disk_state(ledger)
        facts = inspect_forked(ctx, ledger, workbooks_for(folder))
        return Kill(n, point, folder, observed, state, facts)

    killed = started = 0
    with ThreadPoolExecutor(JOBS) as pool:
        pending: set[Future[Kill]] = set()
        while killed < wanted:
            while killed + len(pending) < wanted:
                assert started < 3 * wanted, f"{op}: only {killed} of {started} runs were killed"
                pending.add(pool.submit(one, started, next(points), next(folders)))
                started += 1
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                kill = future.result()
                tally(op, kill.point, kill.observed, kill.state)
                killed += kill.observed.killed
                yield kill


# ------------------------------------------------------------------- what was left
def disk_state(ledger: Path) -> list[str]:
    """What a kill left beside the ledger, before anything opens it again: a -wal with
    transactions SQLite must recover, a hot rollback journal, a main file shorter than
    its header (a kill inside a WAL checkpoint)."""
    found = []
    wal = Path(f"{ledger}-wal")
    if wal.is_file() and wal.stat().st_size:
        found.append("wal_left")
        if shorter_than_header(ledger):
            found.append("in_checkpoint")
    journal = Path(f"{ledger}-journal")
    if journal.is_file() and journal.stat().st_size:
        found.append("hot_journal")
    return found


def leftovers(folder: Path) -> list[str]:
    """Temporary files our writes leave when killed, anywhere under ``folder``."""
    return sorted(
        str(p.relative_to(folder))
        for p in folder.rglob("*")
        if p.is_file() and (p.name.startswith((".~", ".incoming-")) or p.name.endswith(".part"))
    )


def tally(op: str, point: Point, observed: Observed, state: list[str]) -> None:
    counts = COUNTS.setdefault(op, Counter())
    counts["runs"] += 1
    counts["killed" if observed.killed else "finished"] += 1
    if observed.killed:
        counts[f"kill:{point.kind}"] += 1
    for item in state:
        counts[item] += 1


@contextlib.contextmanager
def timed(op: str) -> object:
    started = time.perf_counter()
    yield None
    COUNTS.setdefault(op, Counter())["seconds"] += round(time.perf_counter() - started)
