"""numpy's BLAS held to one thread in every process that runs eventkit's models.

The name tagger's matrix products are small (one batch of sentences at a time), so a BLAS
thread pool gains nothing on them and costs much: its threads wait on each other at every
product, and on a busy machine they wait for a core. numpy's OpenBLAS starts a thread per core
unless told otherwise, so a program that calls :func:`eventkit.parse_article` would pay that
without knowing (on two busy cores, ten times the time). So when the models load, the BLAS
libraries then loaded are set to one thread for the process, as Dask sets its workers' and as
eventkit's worker processes are set; a thread count given in the environment
(``OPENBLAS_NUM_THREADS``) wins. The control itself is threadpoolctl's.
"""

from __future__ import annotations

import os

__all__ = ["blas_threads", "hold_blas"]


def blas_threads() -> int:
    """How many threads BLAS should run: what ``OPENBLAS_NUM_THREADS`` says, else one."""
    given = os.environ.get("OPENBLAS_NUM_THREADS", "")
    return int(given) if given.isdigit() and int(given) > 0 else 1


def hold_blas() -> None:
    """Set every BLAS library loaded in this process to :func:`blas_threads` threads."""
    from threadpoolctl import ThreadpoolController

    ThreadpoolController().limit(limits=blas_threads(), user_api="blas")
