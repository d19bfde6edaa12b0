"""What a document was made from: the dossier's content hash and the criteria layers' hashes.

The dossier hash covers every file of the dossier folder (hidden files and folders aside, as
`ntm check` skips them): the sha256 of a manifest of "sha256  relative/path" lines in path order,
so it changes when any file's bytes or name change, and never with time or place. A symbolic link
counts by its target's name: it is never followed out of the dossier. A pipe or a device counts as
such and is never opened (it could block); an unreadable file counts as unreadable.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from ntmcli.fileread import sha256_of


@dataclass(frozen=True)
class DossierDigest:
    sha256: str
    files: int


def dossier_digest(root: Path) -> DossierDigest:
    lines = [f"{_file_sha256(path)}  {relative}\n" for relative, path in _files(root)]
    manifest = "".join(lines).encode("utf-8")
    return DossierDigest(hashlib.sha256(manifest).hexdigest(), len(lines))


def _files(root: Path) -> list[tuple[str, Path]]:
    found = []
    for current, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if not name.startswith("."):
                path = Path(current) / name
                found.append((path.relative_to(root).as_posix(), path))
    return sorted(found)


def _file_sha256(path: Path) -> str:
    if path.is_symlink():
        return hashlib.sha256(b"symlink:" + os.fsencode(os.readlink(path))).hexdigest()
    try:
        if not stat.S_ISREG(path.lstat().st_mode):  # a pipe or a device is never opened: it could block
            return hashlib.sha256(b"not-regular").hexdigest()
        return sha256_of(str(path))
    except OSError as err:  # `ntm check` reports the file; the digest records that it was unreadable
        return hashlib.sha256(f"unreadable:{err.errno}".encode()).hexdigest()
