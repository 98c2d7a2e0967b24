"""The bundle's entry point: the same program as ``rectify`` and ``python -m desktop``.

PyInstaller needs a script; ``desktop/__main__.py`` would do, but running a file inside
the package as a script puts ``desktop/`` itself on the analysis path.
"""

import os
import sys

from desktop.cli import main

if __name__ == "__main__":
    # The windowed Windows executable has no console: stdout and stderr are None, and
    # argparse (``--version``, a usage error) would fail writing to them.
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
        elif sys.platform == "win32" and not stream.isatty():
            # Piped or redirected, Windows Python writes the ANSI code page, which on a
            # non-Chinese Windows cannot encode Chinese (UnicodeEncodeError); the frozen
            # program ignores PYTHONUTF8. A console gets Unicode anyway.
            stream.reconfigure(encoding="utf-8")
    sys.exit(main())
