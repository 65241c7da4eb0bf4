"""``python -m throttllem``: the same command line as the ``throttllem`` script."""

from __future__ import annotations

import sys

from throttllem.cli import main

if __name__ == "__main__":
    sys.exit(main())
