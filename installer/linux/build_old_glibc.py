"""The Linux bundle and .deb for UOS 20 and Kylin V10, built in a Debian 11 root with a
Python that needs at most glibc 2.28 (`make linux`, `make linux-check`). Run as root
(debootstrap, chroot, bind mounts) with the machine's Python 3.11:

    python3 installer/linux/build_old_glibc.py build   # dist/linux/rectify/, .deb
    python3 installer/linux/build_old_glibc.py check   # self-test in the root, glibc scan

Cached (installer/buildcache.py), each keyed by its inputs:

- ``debian11-base``: ``debootstrap --variant=minbase bullseye`` (glibc 2.31);
- ``debian11-root``: that, plus the compilers, CPython's build dependencies and the
  runtime libraries Qt needs (the .deb's dependencies are read off this root);
- ``python-src``: Debian's CPython 3.11 source (bookworm's python3.11 package, sha256
  pinned below);
- ``python311-debian11``: CPython 3.11 built in the root with Debian's fix patches, made
  to need no glibc newer than 2.28 (see ``build_python``), installed as
  ``/opt/rectify-python`` (bind-mounted into the root when used);
- ``linux-wheels`` and ``venv-debian11``: the lock file's manylinux wheels and a venv of
  them made with that Python (``/opt/rectify-venv`` in the root).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import buildcache as cache
from build_deb import elf_files
from buildcache import log, run

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / "installer" / "requirements.txt"
DIST = ROOT / "dist" / "linux"
WORK = ROOT / "build" / "linux"
RECIPE = "1"

SUITE = "bullseye"
MIRROR = "http://deb.debian.org/debian"
# The glibc the bundle may need at most: UOS 20 (Debian 10 base) has 2.28.
MAX_GLIBC = (2, 28)

# Build tools, CPython's build dependencies, and everything the bundle links against
# that stays with the system (so the self-test runs here and the .deb's Depends can be
# named from this root: see build_deb.py).
BUILD_PACKAGES = (
    "gcc", "make", "libc6-dev", "patch", "xz-utils", "pkg-config",
    "libssl-dev", "libffi-dev", "libsqlite3-dev", "zlib1g-dev", "libbz2-dev",
    "liblzma-dev", "libreadline-dev", "libncursesw5-dev", "libgdbm-dev", "uuid-dev",
)  # fmt: skip
ROOT_PACKAGES = (
    *BUILD_PACKAGES,
    # reading the bundle and packing the .deb
    "binutils", "dpkg-dev", "desktop-file-utils",
    # Qt's runtime (as the Makefile's INSTALLER_PACKAGES)
    "libgl1", "libegl1", "libxkbcommon0", "libfontconfig1", "libdbus-1-3",
    "libglib2.0-0", "libxkbcommon-x11-0", "libxcb-icccm4", "libxcb-keysyms1",
    "libxcb-shape0", "libxcb-render-util0", "libxcb-image0", "libwayland-client0",
    "libwayland-cursor0", "libwayland-egl1", "libgssapi-krb5-2", "libx11-xcb1",
    "libxcb-glx0", "libxcb-randr0", "libxcb-shm0", "libxcb-sync1", "libxcb-util1",
    "libxcb-xfixes0", "libxcb-xkb1", "libxcb-xinerama0", "libxcb-xinput0",
    "libxcb-cursor0", "libbrotli1", "libzstd1", "libpng16-16", "libsqlite3-0",
    # Qt's print-support plugin (the print dialog's CUPS printers)
    "libcups2",
)  # fmt: skip

# Debian's CPython 3.11 (bookworm), whose pool deb.debian.org serves: the upstream
# tarball and Debian's patches, both by sha256.
PYTHON_SOURCE = {
    "python3.11_3.11.2.orig.tar.gz": (
        "2411c74bda5bbcfcddaf4531f66d1adc73f247f529aee981b029513aefdbf849"
    ),
    "python3.11_3.11.2-6+deb12u8.debian.tar.xz": (
        "ece2d63c70ac0b7a401fbe6b51b0103be997c294a01a3865549be1862794ba97"
    ),
}
PYTHON_POOL = f"{MIRROR}/pool/main/p/python3.11"
# Debian's series starts with the patches that fit CPython to Debian's own layout
# (dist-packages, multiarch names, disabled ensurepip, …); from this one on it is
# fixes (crashes, deadlocks, CVEs), which are applied.
FIRST_FIX_PATCH = "fix-py_compile.diff"
# glibc 2.29 gave exp, log, pow, exp2 and log2 new symbol versions (faster, same
# results for a conforming program); CPython links the newest. Bound to the old ones,
# and sem_clockwait (2.30) not used, CPython needs no glibc newer than 2.28.
GLIBC_COMPAT_HEADER = """\
/* Bind libm to its pre-2.29 symbol versions (installer/linux/build_old_glibc.py). */
__asm__(".symver exp,exp@GLIBC_2.2.5");
__asm__(".symver log,log@GLIBC_2.2.5");
__asm__(".symver pow,pow@GLIBC_2.2.5");
__asm__(".symver exp2,exp2@GLIBC_2.2.5");
__asm__(".symver log2,log2@GLIBC_2.2.5");
"""
CONFIGURE_CACHE = ("ac_cv_func_sem_clockwait=no",)
PYTHON_PREFIX = "/opt/rectify-python"
PYTHON_SMOKE = (
    "import ssl, sqlite3, ctypes, lzma, bz2, zlib, readline, pyexpat, sys; print(sys.version)"
)
VENV = "/opt/rectify-venv"
# Libraries the old-glibc bundle leaves to the system (the .deb depends on their
# packages): Debian 11's builds of them need glibc 2.30.
LEFT_TO_SYSTEM = ("libsqlite3", "libsystemd", "libpng16")


# --------------------------------------------------------------------------- the root
@contextlib.contextmanager
def mounted(root: Path, binds: dict[str, Path]) -> Iterator[None]:
    """/proc, /dev and the given host folders mounted into the root for a session."""
    done: list[Path] = []
    try:
        for inside, kind in (("proc", "proc"), ("dev", "dev")):
            target = root / inside
            target.mkdir(exist_ok=True)
            if kind == "proc":
                run(["mount", "-t", "proc", "proc", target])
            else:
                run(["mount", "--rbind", "/dev", target])
                run(["mount", "--make-rslave", target])
            done.append(target)
        for inside, source in binds.items():
            target = root / inside.lstrip("/")
            target.mkdir(parents=True, exist_ok=True)
            run(["mount", "--bind", source, target])
            done.append(target)
        yield
    finally:
        for target in reversed(done):
            run(["umount", "-l", target], check=False)


def chroot(root: Path, script: str, capture: bool = False) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        "HOME": "/root",
        "LANG": "C.UTF-8",
        "DEBIAN_FRONTEND": "noninteractive",
    }
    return run(["chroot", root, "/bin/sh", "-euc", script], env=env, capture=capture)


def base_key() -> str:
    return cache.input_key(RECIPE, SUITE, MIRROR)


def debian_base() -> Path:
    def build(folder: Path) -> None:
        run(["debootstrap", "--variant=minbase", SUITE, folder / "root", MIRROR])

    return cache.entry("debian11-base", base_key(), build) / "root"


def root_key() -> str:
    return cache.input_key(RECIPE, base_key(), *ROOT_PACKAGES)


def debian_root() -> Path:
    base = debian_base()

    def build(folder: Path) -> None:
        root = folder / "root"
        run(["cp", "-a", base, root])
        shutil.copyfile("/etc/resolv.conf", root / "etc" / "resolv.conf")
        with mounted(root, {}):
            chroot(
                root,
                "apt-get update -q && apt-get install -y -q --no-install-recommends "
                + " ".join(ROOT_PACKAGES)
                + " && apt-get clean",
            )

    return cache.entry("debian11-root", root_key(), build) / "root"


# ------------------------------------------------------------------------ the Python
def source_key() -> str:
    return cache.input_key(RECIPE, *(f"{n}={h}" for n, h in sorted(PYTHON_SOURCE.items())))


def python_source() -> Path:
    def build(folder: Path) -> None:
        for name, sha256 in PYTHON_SOURCE.items():
            run(["curl", "-fsS", "--retry", "3", "-o", folder / name, f"{PYTHON_POOL}/{name}"])
            if cache.sha256_of(folder / name) != sha256:
                raise SystemExit(f"{name}: sha256 differs from the pinned one")

    return cache.entry("python-src", source_key(), build)


# Bump when the Python build below changes in a way its other inputs do not show.
PYTHON_RECIPE = "3"


def python_key() -> str:
    # The root's build packages, not its whole list: a runtime library added for the
    # bundle does not change the Python.
    return cache.input_key(
        RECIPE,
        PYTHON_RECIPE,
        base_key(),
        *BUILD_PACKAGES,
        source_key(),
        GLIBC_COMPAT_HEADER,
        FIRST_FIX_PATCH,
        *CONFIGURE_CACHE,
    )


def build_python() -> Path:
    """CPython 3.11, shared, built in the root into ``/opt/rectify-python``."""
    root = debian_root()
    sources = python_source()

    def build(folder: Path) -> None:
        prefix = folder / "python"
        prefix.mkdir()
        orig, debian = sorted(PYTHON_SOURCE, key=lambda n: not n.endswith(".orig.tar.gz"))
        script = f"""
            rm -rf /tmp/cpython && mkdir /tmp/cpython && cd /tmp/cpython
            tar -xzf /srcs/{orig} --strip-components=1
            tar -xJf /srcs/{debian}
            on=0
            while read -r patch; do
              case "$patch" in ''|'#'*) continue;; esac
              [ "$patch" = {FIRST_FIX_PATCH} ] && on=1
              [ $on = 1 ] || continue
              patch -p1 -s --no-backup-if-mismatch < "debian/patches/$patch"
            done < debian/patches/series
            # Debian builds pyexpat into the core; its CVE-2026-4224 fix includes an
            # internal header, so as a shared module it needs the core-module define
            # (which CPython 3.12 sets in the file itself).
            # (printf, not sed's one-line insert: a newline in it ends sed's text, and
            # the lines after it were read as sed comments, so pyexpat was left out and
            # ensurepip failed on a cold cache.)
            {{ printf '#ifndef Py_BUILD_CORE_BUILTIN\\n#  define Py_BUILD_CORE_MODULE 1\\n#endif\\n'
              cat Modules/pyexpat.c; }} > /tmp/pyexpat.c
            mv /tmp/pyexpat.c Modules/pyexpat.c
            cat > /tmp/cpython/glibc-compat.h <<'EOF'
{GLIBC_COMPAT_HEADER}EOF
            ./configure --prefix={PYTHON_PREFIX} --enable-shared --with-ensurepip=install \\
              {" ".join(CONFIGURE_CACHE)} \\
              CFLAGS="-include /tmp/cpython/glibc-compat.h" \\
              LDFLAGS="-Wl,-rpath,{PYTHON_PREFIX}/lib" > /tmp/cpython-configure.log
            make -j"$(nproc)" > /tmp/cpython-make.log 2>&1 \
              || {{ tail -50 /tmp/cpython-make.log; exit 1; }}
            make install > /tmp/cpython-install.log 2>&1 \
              || {{ tail -50 /tmp/cpython-install.log; exit 1; }}
            {PYTHON_PREFIX}/bin/python3.11 -c "{PYTHON_SMOKE}"
            rm -rf /tmp/cpython
        """
        with mounted(root, {"/srcs": sources, PYTHON_PREFIX: prefix}):
            chroot(root, script)
        need = highest_glibc(elf_files(prefix))
        log(f"the built CPython needs glibc {format_version(need)}")
        if need > MAX_GLIBC:
            raise SystemExit(f"the built CPython needs glibc {format_version(need)}")

    return cache.entry("python311-debian11", python_key(), build) / "python"


def wheels_key() -> str:
    return cache.input_key(RECIPE, LOCK)


def linux_wheels() -> Path:
    def build(folder: Path) -> None:
        platforms = [
            arg
            for tag in ("manylinux_2_28_x86_64", "manylinux_2_17_x86_64", "manylinux2014_x86_64")
            for arg in ("--platform", tag)
        ]
        run(
            [
                sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
                *platforms, "--python-version", "3.11", "--implementation", "cp",
                "-r", LOCK, "-d", folder / "wheels",
            ]
        )  # fmt: skip

    return cache.entry("linux-wheels", wheels_key(), build) / "wheels"


def venv_key() -> str:
    return cache.input_key(RECIPE, python_key(), wheels_key())


def build_venv() -> Path:
    root = debian_root()
    python = build_python()
    wheels = linux_wheels()

    def build(folder: Path) -> None:
        venv = folder / "venv"
        venv.mkdir()
        with mounted(root, {PYTHON_PREFIX: python, VENV: venv, "/wheels": wheels, "/src": ROOT}):
            chroot(
                root,
                f"{PYTHON_PREFIX}/bin/python3.11 -m venv {VENV} && "
                f"{VENV}/bin/python -m pip install -q --no-index --no-cache-dir "
                "--disable-pip-version-check --find-links /wheels "
                "-r /src/installer/requirements.txt",
            )

    return cache.entry("venv-debian11", venv_key(), build) / "venv"


# ---------------------------------------------------------------------- glibc scan
def glibc_versions(path: Path) -> set[tuple[int, ...]]:
    """The GLIBC_x.y versions an ELF file needs (its version-needs section)."""
    text = subprocess.run(
        ["readelf", "-V", "-W", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return parse_glibc_needs(text)


def parse_glibc_needs(readelf_output: str) -> set[tuple[int, ...]]:
    """GLIBC_x.y names in the "Version needs" part of ``readelf -V`` output."""
    needs = readelf_output.split("Version needs section", 1)
    if len(needs) < 2:
        return set()
    section = needs[1].split("Version definition section", 1)[0]
    return {
        tuple(int(n) for n in match.split("."))
        for match in re.findall(r"Name: GLIBC_([0-9.]+)", section)
    }


def highest_glibc(files: list[Path]) -> tuple[int, ...]:
    best: tuple[int, ...] = (0,)
    for path in files:
        for version in glibc_versions(path):
            best = max(best, version)
    return best


def format_version(version: tuple[int, ...]) -> str:
    return ".".join(str(n) for n in version)


def scan(bundle: Path) -> tuple[int, ...]:
    """Every ELF in the bundle; prints the highest GLIBC it needs and which files."""
    files = elf_files(bundle)
    by_file = {path: glibc_versions(path) for path in files}
    best = max((max(v) for v in by_file.values() if v), default=(0,))
    top = sorted(str(p.relative_to(bundle)) for p, v in by_file.items() if best in v)
    print(
        f"glibc scan: {len(files)} ELF files in {bundle.relative_to(ROOT)}; the highest "
        f"GLIBC version needed is {format_version(best)} (by {len(top)}: "
        f"{', '.join(top[:6])}{' …' if len(top) > 6 else ''})"
    )
    return best


# ----------------------------------------------------------------------------- build
def build() -> None:
    started = time.monotonic()
    root = debian_root()
    python = build_python()
    venv = build_venv()
    inputs_ready = time.monotonic()
    bundle = DIST / "rectify"
    shutil.rmtree(bundle, ignore_errors=True)
    for old in DIST.glob("rectify_*.deb"):
        old.unlink()
    DIST.mkdir(parents=True, exist_ok=True)
    WORK.mkdir(parents=True, exist_ok=True)
    compress = os.environ.get("DEB_COMPRESS", "xz")
    script = f"""
        cd /src
        export QT_QPA_PLATFORM=offscreen RECTIFY_GENERATED=/src/build/linux/generated
        export RECTIFY_LEAVE_TO_SYSTEM={",".join(LEFT_TO_SYSTEM)}
        {VENV}/bin/python -m PyInstaller --noconfirm --log-level WARN \\
            --distpath /src/dist/linux --workpath /src/build/linux/pyinstaller \\
            installer/rectify.spec
        {VENV}/bin/python installer/linux/build_deb.py dist/linux/rectify dist/linux \\
            --compress {compress}
    """
    with mounted(root, {"/src": ROOT, PYTHON_PREFIX: python, VENV: venv}):
        chroot(root, script)
    best = scan(bundle)
    if best > MAX_GLIBC:
        raise SystemExit(f"the bundle needs glibc {format_version(best)}, more than 2.28")
    (deb,) = DIST.glob("rectify_*.deb")
    log(
        f"{deb.relative_to(ROOT)}: {deb.stat().st_size / 1e6:.1f} MB ({compress}); bundle "
        f"{cache.folder_size(bundle) / 1e6:.0f} MB; "
        f"inputs {inputs_ready - started:.0f} s, make linux {time.monotonic() - started:.0f} s"
    )


def deb_field(deb: Path, field: str) -> str:
    return subprocess.run(
        ["dpkg-deb", "--field", str(deb), field], capture_output=True, text=True, check=True
    ).stdout.strip()


def check() -> None:
    started = time.monotonic()
    bundle = DIST / "rectify"
    debs = sorted(DIST.glob("rectify_*.deb"))
    if not (bundle / "rectify").exists() or len(debs) != 1:
        raise SystemExit(f"no bundle and .deb in {DIST}: run make linux")
    root = debian_root()
    best = scan(bundle)
    if best > MAX_GLIBC:
        raise SystemExit(f"the bundle needs glibc {format_version(best)}, more than 2.28")
    depends = deb_field(debs[0], "Depends")
    print(f"{debs[0].name}: Depends: {depends}")
    for library in ("libsqlite3-0", "libglib2.0-0", "libfontconfig1", "libc6"):
        if library not in depends:
            raise SystemExit(f"the .deb does not depend on {library}")
    # The self-test of the bundle, inside the Debian 11 root, without our Python:
    # only the system's libraries and what the bundle carries. Its files are kept
    # and read here: a PDF whose text extracts in Chinese, the .docx, the ledger.
    with tempfile.TemporaryDirectory(prefix="rectify-linux-check-") as tmp:
        kept = Path(tmp) / "out"
        kept.mkdir()
        with mounted(root, {"/bundle": bundle, "/out": kept}):
            result = chroot(
                root,
                "cd / && QT_QPA_PLATFORM=offscreen HOME=/tmp /bundle/rectify selftest "
                "--keep /out/selftest && ldd --version | head -1",
                capture=True,
            )
        if "0 项失败" not in result.stdout:
            raise SystemExit("the self-test failed in the Debian 11 root")
        cache.verify_selftest_outputs(kept / "selftest")
    check_deb_install(debs[0])
    log(f"linux-check passed in {time.monotonic() - started:.0f} s")


def check_deb_install(deb: Path) -> None:
    """The .deb as a UOS or Kylin clerk's administrator installs it: ``apt install``
    into a bare Debian 11 (minbase, no recommends), which must fetch everything its
    Depends name from the archive; then the installed ``rectify`` (``/usr/bin``) runs its
    self-test as an ordinary user. A library missing from Depends fails here."""
    with tempfile.TemporaryDirectory(prefix="rectify-deb-check-") as tmp:
        root = Path(tmp) / "root"
        run(["cp", "-a", debian_base(), root])
        shutil.copyfile("/etc/resolv.conf", root / "etc" / "resolv.conf")
        kept = Path(tmp) / "out"
        kept.mkdir(mode=0o777)
        kept.chmod(0o777)
        with mounted(root, {"/deb": deb.parent, "/out": kept}):
            chroot(
                root,
                "apt-get update -q && apt-get install -y -q --no-install-recommends "
                f"/deb/{deb.name} && apt-get clean",
            )
            result = chroot(
                root,
                "useradd -m clerk && su clerk -c 'cd && QT_QPA_PLATFORM=offscreen "
                "rectify selftest --keep /out/selftest'",
                capture=True,
            )
        if "0 项失败" not in result.stdout:
            raise SystemExit("the installed .deb's self-test failed in a bare Debian 11")
        cache.verify_selftest_outputs(kept / "selftest")
        # The window the installed program drew, for a person to look at.
        shutil.copy(kept / "selftest" / "主窗口.png", DIST / "selftest-window.png")
        log(f"{deb.name} installed with apt into a bare Debian 11 and self-tested")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("build")
    sub.add_parser("check")
    sub.add_parser("inputs", help="only make (or reuse) the cached inputs")
    args = parser.parse_args()
    if os.geteuid() != 0:
        raise SystemExit("run as root: debootstrap, chroot and bind mounts need it")
    if args.command == "build":
        build()
    elif args.command == "check":
        check()
    else:
        build_venv()
    return 0


if __name__ == "__main__":
    sys.exit(main())
