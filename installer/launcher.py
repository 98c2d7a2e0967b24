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
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    sys.exit(main())
