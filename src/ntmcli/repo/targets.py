"""Which dossiers a check covers: the folders named, or only what a change affects."""

from __future__ import annotations

import os
from pathlib import Path

from ntmcli.check import UsageError, discover
from ntmcli.dossier.reader import is_dossier
from ntmcli.repo.config import RepoConfig
from ntmcli.repo.discovery import selected, walk_dossiers
from ntmcli.repo.impact import Item, Universe, impact
from ntmcli.repo.realpaths import RealPaths


def targets_for(paths: list[Path], criteria_dirs: list[Path], config: RepoConfig | None,
                changed_since: str | None, changed_files: bool) -> list[Item]:
    """Folders give every dossier below them; files (as pre-commit passes them) give the dossiers
    they affect; with `changed_since`, the dossiers below the folders that the changes affect."""
    for path in paths:
        if not path.exists() and not changed_files:
            raise UsageError("error.no_path", path=path)
    if changed_since is not None:
        return _affected_since(changed_since, paths, criteria_dirs, config)
    folders = [p for p in paths if p.is_dir()]
    files = [p for p in paths if not p.is_dir()]
    items = [item for path in folders for item in discover(path, config)]
    if files:
        affected = impact(files, _universe(files, config), criteria_dirs)
        if not affected and not items and not changed_files:
            raise UsageError("error.no_dossier", path=files[0])
        items += affected
    return _unique(items)


def _affected_since(ref: str, paths: list[Path], criteria_dirs: list[Path],
                    config: RepoConfig | None) -> list[Item]:
    """The dossiers below `paths` that changes since `ref` affect. git scans the work tree in the
    background while the dossiers are found and the member lists read: each takes about as long."""
    from ntmcli.repo.changes import changes_since

    with changes_since(ref, paths) as changes:
        real = RealPaths()
        universe = Universe((pair for path in paths for pair in _found(path, config, real)), real)
        universe.listers()
        return impact(changes.result(), universe, criteria_dirs)


def _found(path: Path, config: RepoConfig | None, real: RealPaths) -> list[tuple[str, Item]]:
    """The dossiers `discover` finds from one named path, with their real folders. Below a folder
    it walked it followed no link, so their real folders follow from its own."""
    items = discover(path, config)
    if path.is_file() or is_dossier(path):
        return [(real(root), (root, display)) for root, display in items]
    base, depth = real(path).rstrip(os.sep) + os.sep, len(path.parts)
    return [(base + os.sep.join(root.parts[depth:]), (root, display)) for root, display in items]


def _universe(files: list[Path], config: RepoConfig | None) -> Universe:
    """The dossiers a changed file can affect: those of its repository (the ntm.toml folder, else
    the git work tree); outside any repository, only the dossiers the files are in."""
    root = config.root if config else _git_root(files[0])
    if root is None:
        return Universe.of(item for f in files if f.exists() for item in _owner_of(f))
    return Universe.of((folder, _display(folder)) for folder in walk_dossiers(root) if selected(folder, config))


def _owner_of(file: Path) -> list[Item]:
    try:
        return discover(file)
    except UsageError:
        return []


def _git_root(path: Path) -> Path | None:
    start = path.resolve().parent
    return next((f for f in (start, *start.parents) if (f / ".git").exists()), None)


def _display(folder: Path) -> str:
    try:
        return Path(os.path.relpath(folder)).as_posix()
    except ValueError:
        return folder.as_posix()


def _unique(items: list[Item]) -> list[Item]:
    """Each dossier once, in the order first named."""
    real = RealPaths()
    seen: set[str] = set()
    out = []
    for root, display in items:
        key = real(root)
        if key not in seen:
            seen.add(key)
            out.append((root, display))
    return out
