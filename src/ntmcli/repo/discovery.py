"""Which dossiers a repository holds: every folder with a dossier.yaml, filtered by the
`include`/`exclude` globs of `ntm.toml` (matched on the folder's path from the root)."""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path, PurePosixPath

from ntmcli.dossier.reader import DOSSIER_FILE
from ntmcli.repo.config import RepoConfig

SKIP_DIRS = {".git", ".venv", "venv", "node_modules", "__pycache__", ".tox"}


def walk_dossiers(folder: Path) -> list[Path]:
    """Dossier folders below `folder`, sorted; hidden and tool folders are skipped and a dossier
    does not contain dossiers (an old copy kept inside one is not a second dossier).

    What `os.walk` would give, without its per-folder lists: a folder is listed once, symbolic
    links to folders are not followed and an unreadable folder is skipped."""
    roots = []
    pending = [os.fspath(folder)]
    while pending:
        current = pending.pop()
        entries = _entries(current)
        if entries is None:
            continue
        folders = [e for e in entries if _is_dir(e)]
        if any(e.name == DOSSIER_FILE and not _is_dir(e) for e in entries):
            roots.append(current)
            continue
        pending += [e.path for e in folders if e.name not in SKIP_DIRS
                    and not e.name.startswith(".") and not e.is_symlink()]
    return [Path(root) for root in sorted(roots, key=_parts)]


def _parts(path: str) -> list[str]:
    """The order of sorted Paths (name by name), at the cost of a string split."""
    return [part for part in path.split(os.sep) if part not in ("", ".")]


def _entries(folder: str) -> list[os.DirEntry[str]] | None:
    try:
        with os.scandir(folder) as listing:
            return list(listing)
    except OSError:
        return None


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()  # follows a link, as os.walk does when sorting names
    except OSError:
        return False


def selected(folder: Path, config: RepoConfig | None) -> bool:
    """Whether the config's include/exclude globs keep this dossier folder."""
    if config is None or not (config.include or config.exclude):
        return True
    try:
        relative = folder.resolve().relative_to(_resolved(config.root)).as_posix()
    except ValueError:
        return True  # outside the repository the file governs
    if config.include and not any(matches(p, relative) for p in config.include):
        return False
    return not any(matches(p, relative) for p in config.exclude)


def matches(pattern: str, relative: str) -> bool:
    """A glob on a POSIX path from the root: `*` within one name, `**` across folders. A pattern
    naming a folder also covers everything below it (`luu-tru` excludes `luu-tru/xa-a`)."""
    regex = _compile(pattern.strip("/"))
    path = PurePosixPath(relative)
    return any(regex.fullmatch(candidate.as_posix()) for candidate in (path, *path.parents)
               if candidate.as_posix() != ".")


@lru_cache(maxsize=16)
def _resolved(root: Path) -> Path:
    return root.resolve()  # the ntm.toml folder, found from an already resolved path


@lru_cache(maxsize=128)
def _compile(pattern: str) -> re.Pattern[str]:
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        else:
            char = pattern[i]
            out.append({"*": "[^/]*", "?": "[^/]"}.get(char, re.escape(char)))
            i += 1
    return re.compile("".join(out))
