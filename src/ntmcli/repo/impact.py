"""What a change affects: the dossiers to check again when some files changed.

- a file inside a dossier → that dossier, and every district or province that lists it as a member
  (and whoever lists those, up the chain);
- a criteria set or profile → every dossier that pins it, directly or through `extends` (also when
  the file is new and now shadows one further down the search path, or was deleted);
- `ntm.toml` → every dossier.
"""

from __future__ import annotations

import os
from pathlib import Path

from ntmcli.criteria.catalog import Catalog, load_layer, parse_ref
from ntmcli.dossier.models import DossierFile
from ntmcli.dossier.reader import DOSSIER_FILE
from ntmcli.repo.config import CONFIG_FILE
from ntmcli.validation import validate
from ntmcli.yamlsource import load_yaml

Item = tuple[Path, str]  # a dossier folder and the name its findings use


def impact(changed: list[Path], universe: list[Item], criteria_dirs: list[Path]) -> list[Item]:
    """The dossiers of `universe` (in its order) that the changed files affect."""
    changed = [_absolute(p) for p in changed]
    if any(p.name == CONFIG_FILE for p in changed):
        return list(universe)
    by_root = {_absolute(root): (root, display) for root, display in universe}
    metas = _Metas()
    hit = {owner for p in changed if (owner := _owner(p, by_root)) is not None}
    loose = [p for p in changed if _owner(p, by_root) is None and p.suffix in (".yaml", ".yml")]
    if loose:
        hit |= {root for root in by_root if _pins_any(root, metas, loose, criteria_dirs)}
    hit |= _listing(hit, changed, by_root, metas)
    return [item for root, item in by_root.items() if root in hit]


def _absolute(path: Path) -> Path:
    return Path(os.path.realpath(path))


def _owner(path: Path, by_root: dict[Path, Item]) -> Path | None:
    """The dossier a changed path is in (the nearest enclosing dossier folder of the universe)."""
    return next((folder for folder in (path, *path.parents) if folder in by_root), None)


def _listing(hit: set[Path], changed: list[Path], by_root: dict[Path, Item], metas: _Metas) -> set[Path]:
    """Dossiers whose members include a hit dossier or a changed path (a deleted member too),
    up the chain of districts and provinces."""
    members = {root: metas.members(root) for root in by_root if metas.lists_members(root)}
    found: set[Path] = set()
    frontier = set(hit) | set(changed)
    while frontier:
        new = {root for root, folders in members.items() if root not in found | hit
               and any(_covers(folder, target) for folder in folders for target in frontier)}
        found |= new
        frontier = new
    return found


def _covers(folder: Path, target: Path) -> bool:
    return target == folder or target.is_relative_to(folder)


def _pins_any(root: Path, metas: _Metas, files: list[Path], criteria_dirs: list[Path]) -> bool:
    meta = metas.meta(root)
    if meta is None:
        return False
    layers = layer_candidates(root, meta, criteria_dirs)
    return any(f in layers for f in files)


def layer_candidates(root: Path, meta: DossierFile, criteria_dirs: list[Path]) -> set[Path]:
    """Every file whose change can alter the criteria a dossier is judged by: each layer of its
    chain and, for each `set@version` in it, where that file would be on every search folder."""
    extra = list(criteria_dirs) + [root / d for d in meta.criteria_dirs]
    catalog = Catalog.with_dirs([d for d in extra if d.is_dir()])
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
    return found


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


class _Metas:
    """dossier.yaml of each dossier, read at most once and only when needed."""

    def __init__(self) -> None:
        self._cache: dict[Path, DossierFile | None] = {}

    def meta(self, root: Path) -> DossierFile | None:
        if root not in self._cache:
            document, _ = load_yaml(root / DOSSIER_FILE, DOSSIER_FILE)
            model = validate(DossierFile, document, "dossier")[0] if document is not None else None
            self._cache[root] = model
        return self._cache[root]

    @staticmethod
    def lists_members(root: Path) -> bool:
        """A cheap test before parsing: only a dossier that writes `members:` can list any."""
        try:
            return b"members" in (root / DOSSIER_FILE).read_bytes()
        except OSError:
            return False

    def members(self, root: Path) -> list[Path]:
        meta = self.meta(root)
        if meta is None:
            return []
        return [_absolute(root / m.path) for m in meta.members]
