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


FILE, FOLDER, OTHER = "file", "folder", "other"  # a symbolic link counts as "other"


class FolderListing:
    """What a dossier folder holds, listed one folder at a time and only once.

    Answers "is `relative` a regular file reached through real folders only?" from cached
    `os.scandir` entries: a dossier names every file it reads and attaches, and the entries'
    types come with the listing, so the common case costs no system call per file. Anything
    the listing does not show plainly (a link, `..`, another spelling of the name on a
    case-insensitive or NFD file system) is left to `inside()`."""

    def __init__(self, root: str) -> None:
        self.root = root  # resolved
        self._folders: dict[str, dict[str, str] | None] = {}

    def plain_file(self, relative: str) -> bool:
        folder, _, name = relative.rpartition("/")
        entries = self.entries(folder)
        return entries is not None and entries.get(name) == FILE

    def entries(self, folder: str = "") -> dict[str, str] | None:
        """Name → "file", "folder" or "other" (a link, a pipe…) for a folder of the dossier
        reached through real folders only; None when the listing cannot tell."""
        if folder:
            parent, _, name = folder.rpartition("/")
            above = self.entries(parent)
            if above is None or above.get(name) != FOLDER:
                return None
        if folder not in self._folders:
            self._folders[folder] = _scan(os.path.join(self.root, folder))
        return self._folders[folder]


def _scan(folder: str) -> dict[str, str] | None:
    try:
        with os.scandir(folder) as listing:
            return {entry.name: _kind(entry) for entry in listing}
    except OSError:  # gone, not a folder, not allowed: the slow path says which
        return None


def _kind(entry: os.DirEntry[str]) -> str:
    try:
        if entry.is_symlink():
            return OTHER
        if entry.is_dir(follow_symlinks=False):
            return FOLDER
        return FILE if entry.is_file(follow_symlinks=False) else OTHER
    except OSError:
        return OTHER
