"""``python -m eventkit``: the same as the ``eventkit`` command."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
