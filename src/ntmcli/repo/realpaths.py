"""Real paths of many files and folders of one repository, resolved cheaply but exactly."""

from __future__ import annotations

import os


class RealPaths:
    """`os.path.realpath` for many paths in few folders: each folder is resolved once, then only
    the last name is looked at (one `lstat`), and resolved in full only if it is a link.

    A national repository has thousands of dossiers and member paths in a few hundred folders;
    resolving each of them name by name cost more than finding them. Made for one check: the
    working folder is read once."""

    def __init__(self) -> None:
        self._cwd = os.getcwd()
        self._folders: dict[str, str] = {}
        self.known: set[str] = set()  # real paths already established: no need to look again

    def __call__(self, path: str | os.PathLike[str]) -> str:
        text = os.fspath(path)
        if not os.path.isabs(text):
            # joined, not abspath'd: `link/..` must be resolved as realpath does, not dropped
            text = os.path.join(self._cwd, text)
        head, name = os.path.split(text)
        if name in ("", ".", ".."):
            return os.path.realpath(text)
        folder = self._folders.get(head)
        if folder is None:
            folder = self._folders[head] = os.path.realpath(head)
        joined = folder + name if folder.endswith(os.sep) else folder + os.sep + name
        if joined in self.known:
            return joined
        return os.path.realpath(joined) if os.path.islink(joined) else joined

    def below(self, folder: str, relative: str) -> str:
        """The real path of `relative` taken from the real `folder` (an absolute one wins)."""
        return self(relative if os.path.isabs(relative) else folder + os.sep + relative)


def ancestors(real: str) -> list[str]:
    """A real path and every folder above it: the folders that cover it."""
    out = [real]
    while (parent := os.path.dirname(out[-1])) != out[-1]:
        out.append(parent)
    return out
