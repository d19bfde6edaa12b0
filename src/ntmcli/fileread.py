"""Reading a regular file in as few system calls as it takes: a repository check reads every YAML
file and every attached evidence file, so each call counts (open, fstat, one read, close).

The file is opened without blocking, so that a pipe put where a file was listed cannot stall ntm,
and its kind is checked on the open descriptor: only a regular file is ever read. A first read asks
for one byte more than fstat says the file holds; when exactly the stated size comes back, that
is the whole file. Anything else (a file that grew or shrank meanwhile) is read on to its end.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager

CHUNK = 1 << 20
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


class NotRegular(OSError):
    """The path names a folder, a pipe, a device…: never read."""


@contextmanager
def opened_regular(name: str) -> Iterator[tuple[int, os.stat_result]]:
    """The open descriptor of a regular file and its status; NotRegular for anything else."""
    fd = os.open(name, _OPEN_FLAGS)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegular(name)
        yield fd, info
    finally:
        os.close(fd)


def chunks(fd: int, stated: int, limit: int | None = None) -> Iterator[bytes]:
    """The file's bytes (at most `limit`), first in one read of its `stated` size plus one."""
    total, want = 0, stated + 1
    while limit is None or total < limit:
        chunk = os.read(fd, want if limit is None else min(want, limit - total))
        if not chunk:
            return
        yield chunk
        total += len(chunk)
        if total == stated and len(chunk) < want:  # exactly what fstat said: the end
            return
        want = CHUNK


def sha256_of(name: str) -> str:
    """The SHA-256 of a regular file, in one read of its size (hashlib.file_digest zeroes a
    256 KiB buffer per file: a tenth of a repository check), a large one in chunks."""
    digest = hashlib.sha256()
    with opened_regular(name) as (fd, info):
        for chunk in chunks(fd, info.st_size):
            digest.update(chunk)
    return digest.hexdigest()
