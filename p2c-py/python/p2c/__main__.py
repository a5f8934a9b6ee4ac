"""``python -m p2c``: the ``p2c`` command line, the very same program as the ``p2c`` binary.

Every command and option is the Rust command line's (``p2c-cli``), run inside the extension:
``python -m p2c validate FILE``, ``python -m p2c dashboard FILE`` (alias ``summarize``),
``python -m p2c export FILE --format csv``, ``convert``, ``profile``, ``migrate``, ``schema``,
``codes``, ``rates``; ``python -m p2c --help`` lists them and ``python -m p2c COMMAND --help``
explains one. The output bytes and exit statuses are the binary's: 0 done and every input valid,
1 invalid or unreadable input, 2 usage error.

The command writes to the process's standard streams (file descriptors 1 and 2) directly, so in a
notebook use the library's functions rather than :func:`main`.
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Sequence

from . import _p2c

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``p2c`` command line with ``argv`` (default: ``sys.argv[1:]``); the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    # The command writes to the file descriptors: what Python buffered goes first.
    sys.stdout.flush()
    sys.stderr.flush()
    return int(_p2c._cli(args))


if __name__ == "__main__":
    # Ctrl-C stops the command as it stops the binary; Python's handler would only run after the
    # native call returned.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    sys.exit(main())
