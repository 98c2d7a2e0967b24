"""Build the Debian package of 整改台账 from the PyInstaller bundle.

    python installer/linux/build_deb.py [BUNDLE] [OUTDIR] [--compress xz|gzip|none]

BUNDLE defaults to ``dist/rectify`` (what ``make bundle`` builds), OUTDIR to ``dist``.
The package installs the bundle under ``/opt/rectify``, a ``rectify`` command in
``/usr/bin``, a desktop entry (menu category Office) and the icon in the hicolor
theme. Its dependencies are read off the bundle itself: every shared library that a
bundled binary needs and the bundle does not carry is looked up on this machine
(``ldconfig``, ``dpkg -S``), and glibc / libstdc++ get the minimum versions that the
binaries' symbol versions require. So build on the distribution family you ship to
(package names differ between releases: ``libglib2.0-0`` / ``libglib2.0-0t64``).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installer"))

import bundle_support  # noqa: E402
import icons  # noqa: E402

PACKAGE = "rectify"
INSTALL_DIR = "/opt/rectify"
MAINTAINER = "整改台账 maintainers <rectify@localhost>"
# A CJK font for the interface: recommended, not required, because the font packages
# are named differently across UOS, Kylin, Debian and Ubuntu (apt installs Recommends).
RECOMMENDS = "fonts-noto-cjk | fonts-wqy-microhei | fonts-wqy-zenhei"
# GLIBCXX symbol version -> the GCC release whose libstdc++ first has it.
GLIBCXX_TO_GCC = {
    "3.4.26": "9",
    "3.4.27": "10",
    "3.4.28": "10",
    "3.4.29": "11",
    "3.4.30": "12",
    "3.4.31": "13",
    "3.4.32": "13.2",
    "3.4.33": "14",
    "3.4.34": "15",
}

HERE = Path(__file__).resolve().parent
DESKTOP_ENTRY = HERE / "rectify.desktop"  # -> /usr/share/applications/rectify.desktop
LAUNCHER = HERE / "rectify.sh"  # -> /usr/bin/rectify


def run(command: list[str], **kwargs: object) -> str:
    result = subprocess.run(command, check=True, capture_output=True, text=True, **kwargs)  # type: ignore[call-overload]
    return str(result.stdout)


def elf_files(folder: Path) -> list[Path]:
    """Every ELF file (executables, libraries, plugins) under ``folder``."""
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def needed_libraries(path: Path) -> set[str]:
    """The NEEDED entries of an ELF file's dynamic section."""
    out = run(["readelf", "-d", "-W", str(path)])
    return set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out))


def version_needs(path: Path) -> dict[str, set[str]]:
    """Symbol versions an ELF file needs, by library (``{"libc.so.6": {"GLIBC_2.34"}}``)."""
    out = run(["readelf", "-V", "-W", str(path)])
    needs: dict[str, set[str]] = {}
    current: str | None = None
    in_needs = False
    for line in out.splitlines():
        if line.startswith("Version needs section"):
            in_needs = True
            continue
        if line.startswith("Version ") and "needs" not in line:
            in_needs = False
        if not in_needs:
            continue
        file_match = re.search(r"File: (\S+)", line)
        if file_match:
            current = file_match.group(1)
            continue
        name_match = re.search(r"Name: (\S+)", line)
        if name_match and current:
            needs.setdefault(current, set()).add(name_match.group(1))
    return needs


def _version_key(text: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", text))


def highest(versions: set[str], prefix: str) -> str | None:
    """The highest ``PREFIX_x.y`` version among ``versions``, as ``x.y``."""
    numbers = [v[len(prefix) + 1 :] for v in versions if v.startswith(prefix + "_")]
    numbers = [n for n in numbers if re.fullmatch(r"[\d.]+", n)]
    return max(numbers, key=_version_key) if numbers else None


def library_paths() -> dict[str, str]:
    """soname -> path for this machine's architecture, from ``ldconfig -p``."""
    multiarch = ""
    with contextlib.suppress(OSError, subprocess.CalledProcessError):
        multiarch = run(["gcc", "-print-multiarch"]).strip()
    paths: dict[str, str] = {}
    for line in run(["/sbin/ldconfig", "-p"]).splitlines()[1:]:
        match = re.match(r"\s*(\S+) \(([^)]*)\) => (\S+)", line)
        if not match:
            continue
        soname, _flags, path = match.groups()
        if soname in paths and multiarch and multiarch not in path:
            continue
        if soname not in paths or (multiarch and multiarch in path):
            paths[soname] = path
    return paths


def owning_package(path: str) -> str | None:
    """The Debian package that installed ``path`` (trying the /usr-merged twin too)."""
    candidates = [path, os.path.realpath(path)]
    for p in list(candidates):
        if p.startswith("/usr/lib/"):
            candidates.append(p.removeprefix("/usr"))
        elif p.startswith("/lib/"):
            candidates.append("/usr" + p)
    for candidate in dict.fromkeys(candidates):
        result = subprocess.run(
            ["dpkg", "-S", candidate], capture_output=True, text=True, check=False
        )
        if result.returncode == 0 and result.stdout:
            return result.stdout.split(":")[0].split(",")[0].strip()
    return None


def dependencies(bundle: Path) -> tuple[list[str], dict[str, set[str]]]:
    """The Depends list for the bundle, and for each package the sonames behind it."""
    files = elf_files(bundle)
    carried = {p.name for p in bundle.rglob("*")}
    needed: set[str] = set()
    versions: dict[str, set[str]] = {}
    for path in files:
        needed |= needed_libraries(path)
        for library, names in version_needs(path).items():
            versions.setdefault(library, set()).update(names)
    external = sorted(n for n in needed if n not in carried)
    paths = library_paths()
    by_package: dict[str, set[str]] = {}
    missing: list[str] = []
    for soname in external:
        path = paths.get(soname)
        package = owning_package(path) if path else None
        if package is None:
            missing.append(soname)
            continue
        by_package.setdefault(package, set()).add(soname)
    if missing:
        raise SystemExit(
            "These libraries are needed by the bundle but not installed here, so the "
            "package that provides them cannot be named: "
            + ", ".join(missing)
            + "\nInstall them (see INSTALLER_PACKAGES in the Makefile) and build again."
        )
    all_versions = set().union(*versions.values()) if versions else set()
    depends: list[str] = []
    for package in sorted(by_package):
        if package == "libc6" and (glibc := highest(all_versions, "GLIBC")):
            depends.append(f"libc6 (>= {glibc})")
        elif package == "libstdc++6" and (cxx := highest(all_versions, "GLIBCXX")):
            gcc = GLIBCXX_TO_GCC.get(cxx)
            depends.append(f"libstdc++6 (>= {gcc})" if gcc else "libstdc++6")
        else:
            depends.append(package)
    return depends, by_package


def bundle_version(bundle: Path) -> str:
    """The version the bundle carries (its generated dist-info), else pyproject's."""
    for meta in bundle.glob("_internal/rectify_ledger-*.dist-info/METADATA"):
        match = re.search(r"^Version: (.+)$", meta.read_text(encoding="utf-8"), re.MULTILINE)
        if match:
            return match.group(1).strip()
    return bundle_support.project_version()


def deb_version(version: str) -> str:
    """A Debian version for a Python version (``1.0rc1`` -> ``1.0~rc1``)."""
    return re.sub(r"(\d)(a|b|rc|\.dev)(\d*)", r"\1~\2\3", version).replace("+", "+local.")


def _write(path: Path, text: str, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)


def stage(bundle: Path, root: Path, icon_dir: Path) -> None:
    """Lay out the package's files under ``root``."""
    target = root / INSTALL_DIR.lstrip("/")
    shutil.copytree(bundle, target, symlinks=True)
    _write(root / "usr/bin/rectify", LAUNCHER.read_text(encoding="utf-8"), 0o755)
    _write(
        root / "usr/share/applications/rectify.desktop",
        DESKTOP_ENTRY.read_text(encoding="utf-8"),
    )
    for size in icons.SIZES:
        png = icon_dir / f"rectify-{size}.png"
        dest = root / f"usr/share/icons/hicolor/{size}x{size}/apps/rectify.png"
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(png, dest)
    svg = root / "usr/share/icons/hicolor/scalable/apps/rectify.svg"
    svg.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(icon_dir / "rectify.svg", svg)
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    _write(
        root / "usr/share/doc/rectify/copyright",
        "整改台账 (rectify)\n\n"
        + licence
        + "\n\nThe program ships third-party libraries and fonts under their own licences;"
        + " the program's 帮助 → 关于 lists them, and their licence files are in "
        + f"{INSTALL_DIR}/_internal (the *.dist-info folders and resources/fonts).\n",
    )
    # dpkg keeps the modes it finds: files readable by all, programs executable.
    for path in root.rglob("*"):
        if path.is_symlink():
            continue
        mode = path.stat().st_mode
        if path.is_dir() or mode & stat.S_IXUSR:
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def installed_size_kib(root: Path) -> int:
    files = (p for p in root.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) // 1024 + 1


def control(version: str, arch: str, depends: list[str], size_kib: int) -> str:
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {deb_version(version)}\n"
        f"Architecture: {arch}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {size_kib}\n"
        f"Depends: {', '.join(depends)}\n"
        f"Recommends: {RECOMMENDS}\n"
        "Section: office\n"
        "Priority: optional\n"
        "Description: 整改台账 — inspection rectification ledger\n"
        " 帮助党政机关办公室跟踪巡察、巡视、审计反馈问题的整改：问题与整改措施、\n"
        " 责任领导、责任单位、责任人和整改时限，整改进展和佐证材料直至销号；\n"
        " 导入导出 Excel 台账，分发与回收合并，打印整改情况表，生成整改情况通报。\n"
        " .\n"
        " A desktop ledger for following up the problems an inspection raised,\n"
        " offline, Chinese by default. Installs under /opt/rectify.\n"
    )


def build(bundle: Path, outdir: Path, compress: str) -> Path:
    if not (bundle / "rectify").is_file() or not (bundle / "_internal").is_dir():
        raise SystemExit(f"{bundle}: not a PyInstaller bundle of rectify (run `make bundle`)")
    version = bundle_version(bundle)
    arch = run(["dpkg", "--print-architecture"]).strip()
    generated = os.environ.get("RECTIFY_GENERATED") or ROOT / "build" / "installer"
    icon_dir = Path(generated) / "icons"
    if not (icon_dir / "rectify.svg").exists():
        icons.render(icon_dir)
    depends, by_package = dependencies(bundle)
    outdir.mkdir(parents=True, exist_ok=True)
    deb = outdir / f"{PACKAGE}_{deb_version(version)}_{arch}.deb"
    with tempfile.TemporaryDirectory(prefix="rectify-deb-", dir=outdir) as tmp:
        root = Path(tmp) / "root"
        stage(bundle, root, icon_dir)
        size = installed_size_kib(root)
        _write(root / "DEBIAN/control", control(version, arch, depends, size))
        (root / "DEBIAN").chmod(0o755)
        command = [
            "dpkg-deb",
            "--root-owner-group",
            f"-Z{compress}",
            "--build",
            str(root),
            str(deb),
        ]
        run(command)
    print(f"{deb} ({deb.stat().st_size / 2**20:.1f} MiB; {size / 1024:.1f} MiB installed)")
    print("Depends: " + ", ".join(depends))
    for package, sonames in sorted(by_package.items()):
        print(f"  {package}: {' '.join(sorted(sonames))}")
    return deb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", nargs="?", default=str(ROOT / "dist" / "rectify"))
    parser.add_argument("outdir", nargs="?", default=str(ROOT / "dist"))
    parser.add_argument("--compress", choices=["xz", "gzip", "none"], default="xz")
    args = parser.parse_args(argv)
    build(Path(args.bundle), Path(args.outdir), args.compress)
    return 0


if __name__ == "__main__":
    sys.exit(main())
