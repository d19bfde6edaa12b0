"""Inspect many dossiers, in worker processes when there are enough of them to pay for the pool.

Each dossier is inspected on its own (read, resolve criteria, evaluate), so the work splits with
no shared state; results come back in the order asked, so a parallel run reports exactly what a
serial one does. Workers never print: their standard output and error go to the null device.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from itertools import repeat
from pathlib import Path
from typing import TYPE_CHECKING

from ntmcli.check import Inspected, inspect_dossier

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext

# Measured on 2 cores (docs/kho-ho-so.md): a dossier takes about 10 ms, starting the pool about
# 60 ms; from 16 dossiers on, the pool is faster.
PARALLEL_FROM = 16

Progress = Callable[[int, int], None]  # (done, total)


def default_jobs() -> int:
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:  # not on Linux
        return max(os.cpu_count() or 1, 1)


def inspect_all(items: list[tuple[Path, str]], criteria_dirs: list[Path], jobs: int,
                progress: Progress | None = None) -> Iterator[Inspected]:
    """Each item inspected, yielded in the order of `items` as soon as it is done."""
    if jobs <= 1 or len(items) < PARALLEL_FROM:
        done = (inspect_dossier(root, display, criteria_dirs) for root, display in items)
    else:
        done = _parallel(items, criteria_dirs, min(jobs, len(items)))
    for count, inspected in enumerate(done, start=1):
        if progress:
            progress(count, len(items))
        yield inspected


def _parallel(items: list[tuple[Path, str]], criteria_dirs: list[Path], workers: int) -> Iterator[Inspected]:
    from concurrent.futures import ProcessPoolExecutor  # only here: spares every small run its import

    # Small enough that the last one leaves a core idle only briefly (a national repository: 56
    # dossiers, about a third of a second) and results come in steadily for the streamed report.
    chunk = max(1, len(items) // (workers * 32))
    with ProcessPoolExecutor(max_workers=workers, mp_context=_context(), initializer=_silence) as pool:
        roots, displays = [i[0] for i in items], [i[1] for i in items]
        yield from pool.map(_inspect, roots, displays, repeat(criteria_dirs), chunksize=chunk)


def _inspect(root: Path, display: str, criteria_dirs: list[Path]) -> Inspected:
    return inspect_dossier(root, display, criteria_dirs)


def _context() -> BaseContext:
    """fork on Linux: workers start with ntm already imported (spawn would import it again in each)."""
    import multiprocessing

    if sys.platform == "linux":
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


def _silence() -> None:
    devnull = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the worker
    os.dup2(devnull.fileno(), 1)
    os.dup2(devnull.fileno(), 2)
    sys.stdout = devnull
    sys.stderr = devnull
