"""Does a dossier-relative path stay inside the dossier? Answered with as few system calls as
possible: a repository check asks it for every file and every evidence reference."""

from __future__ import annotations

import os
from pathlib import Path


def inside(root: Path, relative: str) -> Path | None:
    """`root/relative` when it stays inside `root` (an already resolved folder), else None.

    Without `..`, only the components below `root` are checked for symbolic links, and a path
    through a link is resolved in full; with `..`, the whole path is resolved. A link loop raises
    RuntimeError and a NUL in the name ValueError, as `Path.resolve` does."""
    if os.path.isabs(relative):
        return None
    if ".." in relative.split("/"):  # a `..` after a link climbs from the link's target
        target = (root / relative).resolve()
        return target if target.is_relative_to(root) else None
    normal = os.path.normpath(relative)
    current = str(root)
    for part in normal.split(os.sep) if normal != "." else ():
        current = os.path.join(current, part)
        if os.path.islink(current):
            target = (root / normal).resolve()
            return target if target.is_relative_to(root) else None
    return Path(current)
