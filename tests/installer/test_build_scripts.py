"""The pieces of the Windows and old-glibc Linux builds that can be checked without
building (the builds themselves are `make windows-check` and `make linux-check`):
the build cache, the glibc scan, the pins, and the self-test's PDF text check."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from tests.installer.loading import load

ROOT = Path(__file__).resolve().parents[2]


cache = load("buildcache", ROOT / "installer" / "buildcache.py")
old_glibc = load("build_old_glibc", ROOT / "installer" / "linux" / "build_old_glibc.py")
support = load("bundle_support", ROOT / "installer" / "bundle_support.py")


# ------------------------------------------------------------------------ the cache
def test_a_cache_key_follows_file_contents_and_strings(tmp_path: Path) -> None:
    lock = tmp_path / "requirements.txt"
    lock.write_text("a==1\n")
    first = cache.input_key("recipe", lock)
    assert cache.input_key("recipe", lock) == first
    lock.write_text("a==2\n")
    assert cache.input_key("recipe", lock) != first
    assert cache.input_key("other", lock) != cache.input_key("recipe", lock)


def test_an_entry_is_built_once_then_reused_and_older_keys_go(tmp_path: Path) -> None:
    built: list[Path] = []

    def build(folder: Path) -> None:
        built.append(folder)
        (folder / "made").write_text("x")

    first = cache.entry("thing", "aaaa", build, root=tmp_path)
    again = cache.entry("thing", "aaaa", build, root=tmp_path)
    assert first == again == tmp_path / "thing-aaaa"
    assert len(built) == 1
    assert built[0].name == "thing-aaaa.partial"  # built aside, renamed when complete
    newer = cache.entry("thing", "bbbb", build, root=tmp_path)
    assert (newer / "made").exists()
    assert not first.exists()  # the older key was removed
    assert sorted(p.name for p in tmp_path.iterdir()) == ["thing-bbbb"]


def test_an_interrupted_build_is_not_taken_for_a_finished_one(tmp_path: Path) -> None:
    def broken(folder: Path) -> None:
        (folder / "half").write_text("x")
        raise RuntimeError("interrupted")

    with pytest.raises(RuntimeError):
        cache.entry("thing", "aaaa", broken, root=tmp_path)
    assert not (tmp_path / "thing-aaaa").exists()
    calls: list[Path] = []
    cache.entry("thing", "aaaa", calls.append, root=tmp_path)
    assert len(calls) == 1
    assert not (tmp_path / "thing-aaaa" / "half").exists()  # started afresh


def test_the_cache_lives_in_the_users_cache_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RECTIFY_BUILD_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere/cache")
    assert cache.cache_root() == Path("/somewhere/cache/rectify-build")


# ------------------------------------------------------------------------- the pins
def _pins() -> dict[str, str]:
    lines = cache.pinned_requirements(ROOT / "installer" / "requirements.txt")
    return dict(line.split("==") for line in lines)


def test_the_lock_pins_every_runtime_dependency_and_pyprojects_pyside() -> None:
    pins = _pins()
    pinned = {re.sub(r"[-_.]+", "-", name).lower(): version for name, version in pins.items()}
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for requirement in project["dependencies"]:
        name = support.requirement_name(requirement)
        assert re.sub(r"[-_.]+", "-", name).lower() in pinned, name
    pyside = next(r for r in project["dependencies"] if r.startswith("PySide6-Essentials"))
    assert pyside == f"PySide6-Essentials=={pinned['pyside6-essentials']}"
    assert pinned["pyside6-essentials"] == pinned["shiboken6"]


def test_the_tests_run_on_the_pinned_pyside() -> None:
    from importlib.metadata import version

    pins = _pins()
    assert version("PySide6-Essentials") == pins["PySide6-Essentials"]


def test_the_windows_installer_is_64_bit() -> None:
    script = (ROOT / "installer" / "windows" / "rectify.nsi").read_text(encoding="utf-8-sig")
    assert re.search(r"^Target amd64-unicode$", script, re.MULTILINE)


# ----------------------------------------------------------------------- glibc scan
READELF_V = """
Version symbols section '.gnu.version' contains 10 entries:
  000:   0 (*local*)       2 (GLIBC_2.2.5)   3 (GLIBC_2.34)

Version definition section '.gnu.version_d' contains 1 entry:
  000000: Rev: 1  Flags: BASE  Index: 1  Cnt: 1  Name: GLIBC_2.99

Version needs section '.gnu.version_r' contains 2 entries:
 Addr: 0x0000000000000480  Offset: 0x000480  Link: 6 (.dynstr)
  000000: Version: 1  File: libm.so.6  Cnt: 1
  0x0010:   Name: GLIBC_2.2.5  Flags: none  Version: 4
  0x0020: Version: 1  File: libc.so.6  Cnt: 3
  0x0030:   Name: GLIBC_2.17  Flags: none  Version: 5
  0x0040:   Name: GLIBC_2.28  Flags: none  Version: 3
  0x0050:   Name: GLIBC_2.3.4  Flags: none  Version: 2
"""


def test_the_glibc_scan_reads_only_what_a_file_needs() -> None:
    needs = old_glibc.parse_glibc_needs(READELF_V)
    assert needs == {(2, 2, 5), (2, 17), (2, 28), (2, 3, 4)}  # not the definition 2.99
    assert max(needs) == (2, 28) <= old_glibc.MAX_GLIBC
    assert old_glibc.parse_glibc_needs("no version information") == set()


def test_the_old_glibc_bundle_leaves_sqlite_to_the_system() -> None:
    source = "/usr/lib/x86_64-linux-gnu/libsqlite3.so.0"
    assert support.keep_binary("libsqlite3.so.0", source, "linux")
    left = support.left_to_system({"RECTIFY_LEAVE_TO_SYSTEM": "libsqlite3, libpng16"})
    assert left == ("libsqlite3", "libpng16")
    assert not support.keep_binary("libsqlite3.so.0", source, "linux", left)
    # Our own libraries are never left out, whatever their name.
    assert support.keep_binary("libpng16.so.16", "/venv/PySide6/Qt/lib/x", "linux", left)
