"""What a change affects: the dossiers to check again when some files changed.

- a file inside a dossier → that dossier, and every district or province that lists it as a member
  (and whoever lists those, up the chain);
- a criteria set or profile → every dossier that pins it, directly or through `extends` (also when
  the file is new and now shadows one further down the search path, or was deleted);
- `ntm.toml` → every dossier.

Folders are compared by their real paths (`os.path.realpath`), so a dossier named through a link
is the dossier it points to.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from ntmcli.criteria.catalog import Catalog, load_layer, parse_ref
from ntmcli.dossier.models import DossierFile
from ntmcli.repo.config import CONFIG_FILE
from ntmcli.repo.listing import Listers, Metas
from ntmcli.repo.realpaths import RealPaths, ancestors

Item = tuple[Path, str]  # a dossier folder and the name its findings use


class Universe:
    """The dossiers a change may affect, by real folder, each once in the order first named; and
    which of them name which folders as members (read once, on first need)."""

    def __init__(self, found: Iterable[tuple[str, Item]], real: RealPaths) -> None:
        self.real = real
        self.by_root: dict[str, Item] = {}
        for folder, item in found:
            self.by_root.setdefault(folder, item)
        real.known.update(self.by_root)  # member paths mostly name these: spares an lstat each
        self.metas = Metas()
        self._listers: Listers | None = None

    @classmethod
    def of(cls, items: Iterable[Item]) -> Universe:
        real = RealPaths()
        return cls(((real(root), (root, display)) for root, display in items), real)

    def listers(self) -> Listers:
        if self._listers is None:
            self._listers = Listers(self.by_root, self.metas, self.real)
        return self._listers


def impact(changed: list[Path], universe: Universe, criteria_dirs: list[Path]) -> list[Item]:
    """The dossiers of `universe` (in its order) that the changed files affect."""
    real = [universe.real(p) for p in changed]
    if any(os.path.basename(p) == CONFIG_FILE for p in real):
        return list(universe.by_root.values())
    by_root = universe.by_root
    owners = {p: _owner(p, by_root) for p in real}
    hit = {owner for owner in owners.values() if owner is not None}
    loose = [Path(p) for p, owner in owners.items() if owner is None and Path(p).suffix in (".yaml", ".yml")]
    if loose:
        layers = _LayerFiles(criteria_dirs, universe.real)
        hit |= {root for root in by_root if _pins_any(root, universe.metas, loose, layers)}
    hit |= _listing(hit, real, universe.listers())
    return [item for root, item in by_root.items() if root in hit]


def _absolute(path: Path) -> Path:
    return Path(os.path.realpath(path))


def _owner(path: str, by_root: dict[str, Item]) -> str | None:
    """The dossier a changed path is in (the nearest enclosing dossier folder of the universe)."""
    return next((folder for folder in ancestors(path) if folder in by_root), None)


def _listing(hit: set[str], changed: list[str], listers: Listers) -> set[str]:
    """Dossiers whose members include a hit dossier or a changed path (a deleted member too),
    up the chain of districts and provinces."""
    found: set[str] = set()
    frontier = hit | set(changed)
    while frontier:
        new = {root for target in frontier for root in listers.naming(target)
               if root not in found and root not in hit}
        found |= new
        frontier = new
    return found


class _LayerFiles:
    """`layer_candidates` for every dossier of a repository: dossiers that search the same folders
    for the same sets share one answer. A chain naming a layer by its file path is worked out for
    each dossier, as that path is taken from the dossier's folder."""

    def __init__(self, criteria_dirs: list[Path], real: RealPaths) -> None:
        self._criteria_dirs = criteria_dirs
        self._real = real
        self._shared: dict[tuple[tuple[str, ...], str, str | None], set[Path]] = {}

    def of(self, root: Path, meta: DossierFile) -> set[Path]:
        dirs = _search_dirs(root, meta, self._criteria_dirs)
        key = (tuple(self._real(d) for d in dirs), meta.criteria, meta.profile)
        if key in self._shared:
            return self._shared[key]
        found, by_path = _chain_files(root, meta, dirs)
        if not by_path:
            self._shared[key] = found
        return found


def _pins_any(root: str, metas: Metas, files: list[Path], layers: _LayerFiles) -> bool:
    meta = metas.meta(root)
    if meta is None:
        return False
    candidates = layers.of(Path(root), meta)
    return any(f in candidates for f in files)


def layer_candidates(root: Path, meta: DossierFile, criteria_dirs: list[Path]) -> set[Path]:
    """Every file whose change can alter the criteria a dossier is judged by: each layer of its
    chain and, for each `set@version` in it, where that file would be on every search folder."""
    return _chain_files(root, meta, _search_dirs(root, meta, criteria_dirs))[0]


def _search_dirs(root: Path, meta: DossierFile, criteria_dirs: list[Path]) -> list[Path]:
    extra = list(criteria_dirs) + [root / d for d in meta.criteria_dirs]
    return [d for d in extra if d.is_dir()]


def _chain_files(root: Path, meta: DossierFile, dirs: list[Path]) -> tuple[set[Path], bool]:
    """The files of `layer_candidates`, and whether a layer was named by its path."""
    catalog = Catalog.with_dirs(dirs)
    refs = [meta.criteria] + ([meta.profile] if meta.profile else [])
    found: set[Path] = set()
    seen: set[str] = set()
    while refs:
        ref = refs.pop()
        if ref in seen:
            continue
        seen.add(ref)
        path = _layer_path(root, ref, catalog, found)
        layer = load_layer(path, None)[0] if path is not None else None
        if layer is not None and layer.model.extends:
            refs.append(layer.model.extends)
    return found, any(ref.endswith((".yaml", ".yml")) for ref in seen)


def _layer_path(root: Path, ref: str, catalog: Catalog, found: set[Path]) -> Path | None:
    if ref.endswith((".yaml", ".yml")):
        path = _absolute(root / ref)
        found.add(path)
        return path if path.is_file() else None
    parsed = parse_ref(ref)
    if parsed is None:
        return None
    found |= {_absolute(folder / parsed[0] / f"{parsed[1]}.yaml") for folder in catalog.dirs}
    path = catalog.find(ref)
    return _absolute(path) if path is not None else None
