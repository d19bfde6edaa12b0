"""Which dossiers a check covers: the folders named, or only what a change affects."""

from __future__ import annotations

import os
from pathlib import Path

from ntmcli.check import UsageError, discover
from ntmcli.repo.config import RepoConfig
from ntmcli.repo.discovery import selected, walk_dossiers
from ntmcli.repo.impact import Item, impact


def targets_for(paths: list[Path], criteria_dirs: list[Path], config: RepoConfig | None,
                changed_since: str | None, changed_files: bool) -> list[Item]:
    """Folders give every dossier below them; files (as pre-commit passes them) give the dossiers
    they affect; with `changed_since`, the dossiers below the folders that the changes affect."""
    for path in paths:
        if not path.exists() and not changed_files:
            raise UsageError("error.no_path", path=path)
    if changed_since is not None:
        from ntmcli.repo.changes import changed_since as git_changes

        universe = _unique([item for path in paths for item in discover(path, config)])
        return impact(git_changes(changed_since, _folder_of(paths)), universe, criteria_dirs)
    folders = [p for p in paths if p.is_dir()]
    files = [p for p in paths if not p.is_dir()]
    items = [item for path in folders for item in discover(path, config)]
    if files:
        affected = impact(files, _universe(files, config), criteria_dirs)
        if not affected and not items and not changed_files:
            raise UsageError("error.no_dossier", path=files[0])
        items += affected
    return _unique(items)


def _universe(files: list[Path], config: RepoConfig | None) -> list[Item]:
    """The dossiers a changed file can affect: those of its repository (the ntm.toml folder, else
    the git work tree); outside any repository, only the dossiers the files are in."""
    root = config.root if config else _git_root(files[0])
    if root is None:
        return _unique([item for f in files if f.exists() for item in _owner_of(f)])
    return [(folder, _display(folder)) for folder in walk_dossiers(root) if selected(folder, config)]


def _owner_of(file: Path) -> list[Item]:
    try:
        return discover(file)
    except UsageError:
        return []


def _git_root(path: Path) -> Path | None:
    start = path.resolve().parent
    return next((f for f in (start, *start.parents) if (f / ".git").exists()), None)


def _folder_of(paths: list[Path]) -> Path:
    first = paths[0].resolve() if paths else Path.cwd()
    return first if first.is_dir() else first.parent


def _display(folder: Path) -> str:
    try:
        return Path(os.path.relpath(folder)).as_posix()
    except ValueError:
        return folder.as_posix()


def _unique(items: list[Item]) -> list[Item]:
    """Each dossier once, in the order first named."""
    seen: set[str] = set()
    out = []
    for root, display in items:
        key = os.path.realpath(root)
        if key not in seen:
            seen.add(key)
            out.append((root, display))
    return out
