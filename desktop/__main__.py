"""``python -m desktop``: the same program as the ``rectify`` command."""

import sys

from desktop.cli import main

sys.exit(main())
