"""Writing a finished document where the user said, all at once, never over a file unasked.

The bytes go to a temporary file beside the target, are synced, then take the target's name in
one step: a reader sees the old file or the new one, never half of one. Without `--force` the
rename refuses to replace anything, even a file that appeared meanwhile.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from ntmcli.check import UsageError


def write_atomically(path: Path, data: bytes, *, force: bool) -> None:
    if path.is_dir():
        raise UsageError("error.write", path=path, reason=os.strerror(errno.EISDIR))
    if path.exists() and not force:
        raise UsageError("error.output_exists", path=path)
    parent = path.parent if str(path.parent) else Path(".")
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=parent)
    except OSError as err:
        raise UsageError("error.write", path=path, reason=err.strerror or str(err)) from None
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes 0600; a document is shared
        _move(Path(temporary), path, force)
    except OSError as err:
        Path(temporary).unlink(missing_ok=True)
        raise UsageError("error.write", path=path, reason=err.strerror or str(err)) from None


def _move(temporary: Path, path: Path, force: bool) -> None:
    if force:
        os.replace(temporary, path)
        return
    try:
        os.link(temporary, path)  # fails if the target exists: no clobbering, even in a race
    except FileExistsError:
        temporary.unlink(missing_ok=True)
        raise UsageError("error.output_exists", path=path) from None
    except OSError:  # a file system without hard links
        if path.exists():
            temporary.unlink(missing_ok=True)
            raise UsageError("error.output_exists", path=path) from None
        os.replace(temporary, path)
        return
    temporary.unlink()


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
