"""Make the user manual's screenshots from the real window on the demo ledger, so they
stay current: run after a change to the window and commit the PNGs.

    QT_QPA_PLATFORM=offscreen python -m tests.tools.manual_screenshots [docs/images]

Each picture is taken by ``tests.tools.screenshot`` in a process of its own (Chinese,
1280×800, settings in a temporary file, never the user's).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# file name -> the screenshot's options
SHOTS: dict[str, list[str]] = {
    "main-window.png": ["--issue", "3"],
    "measures.png": ["--issue", "5", "--tab", "1"],
    "progress.png": ["--issue", "9", "--tab", "2"],
    "small-screen.png": ["--issue", "3", "--width", "1024", "--height", "700"],
}


def make_demo(path: Path) -> None:
    from desktop.services.demo import load_demo
    from desktop.services.ledger import LedgerService
    from desktop.storage.migrate import open_ledger

    service = LedgerService(open_ledger(path), "截图")
    load_demo(service)
    service.uow.engine.dispose()


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "docs" / "images"
    out.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryDirectory() as tmp:
        ledger = Path(tmp) / "示例台账.sqlite"
        make_demo(ledger)
        for name, options in SHOTS.items():
            size = [] if "--width" in options else ["--width", "1280", "--height", "800"]
            command = [sys.executable, "-m", "tests.tools.screenshot", str(ledger)]
            subprocess.run([*command, str(out / name), *size, *options], check=True, env=env)
            print(out / name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
