"""Where an assessment to compare lives: a dossier folder, or `REV:path`, the folder as it was
in a git revision. A revision is extracted into a temporary folder together with what its
evaluation needs as it was then: the criteria folders and profile it names, the `ntm.toml`
above it, and (for a district or province) its member dossiers."""

from __future__ import annotations

import io
import posixpath
import subprocess
import tarfile
from dataclasses import dataclass
from pathlib import Path

import yaml

from ntmcli.check import UsageError
from ntmcli.dossier.reader import DOSSIER_FILE, is_dossier
from ntmcli.repo.config import CONFIG_FILE


@dataclass(frozen=True)
class Assessment:
    root: Path
    display: str


def locate(spec: str, workdir: Path) -> Assessment:
    """A folder as given, or `REV:path` extracted below `workdir`."""
    folder = Path(spec)
    if folder.exists() or ":" not in spec:
        if not is_dossier(folder):
            raise UsageError("error.no_path" if not folder.exists() else "error.no_dossier", path=spec)
        return Assessment(folder, folder.as_posix().rstrip("/") or ".")
    rev, path = spec.split(":", 1)
    return Assessment(_extract(rev, path or ".", workdir), spec)


def _extract(rev: str, path: str, workdir: Path) -> Path:
    top = Path(_git(["rev-parse", "--show-toplevel"], Path.cwd()).strip())
    if subprocess.run(["git", "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"], cwd=top,
                      capture_output=True, check=False).returncode != 0:
        raise UsageError("error.git_ref", ref=rev)
    prefix = _git(["rev-parse", "--show-prefix"], Path.cwd()).strip()
    folder = posixpath.normpath(posixpath.join(prefix, path))
    needed = _needed(rev, folder, top, set())
    tree = workdir / "tree"
    tree.mkdir(parents=True, exist_ok=True)
    (tree / ".git").mkdir(exist_ok=True)  # no ntm.toml above the copy is taken for its own
    archive = _git_bytes(["archive", "--format=tar", rev, "--", *sorted(needed)], top)
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(tree, filter="data")
    root = tree / folder
    if not is_dossier(root):
        raise UsageError("error.no_dossier", path=f"{rev}:{path}")
    return root


def _needed(rev: str, folder: str, top: Path, seen: set[str]) -> set[str]:
    """Repository paths to extract for the dossier `folder` at `rev` (and its members)."""
    if folder in seen:
        return set()
    seen.add(folder)
    meta = _read_yaml(rev, f"{folder}/{DOSSIER_FILE}", top)
    if meta is None:
        raise UsageError("error.no_dossier", path=f"{rev}:{folder}")
    paths = {folder} | _config_paths(rev, folder, top)
    for extra in _strings(meta.get("criteria_dirs")):
        paths.add(posixpath.normpath(posixpath.join(folder, extra)))
    profile = meta.get("profile")
    if isinstance(profile, str) and profile.endswith((".yaml", ".yml")):
        paths.add(posixpath.normpath(posixpath.join(folder, profile)))
    for member in meta.get("members") or []:
        if isinstance(member, dict) and isinstance(member.get("path"), str):
            member_folder = posixpath.normpath(posixpath.join(folder, member["path"]))
            if _exists(rev, f"{member_folder}/{DOSSIER_FILE}", top):
                paths |= _needed(rev, member_folder, top, seen)
    return {p for p in paths if _exists(rev, p, top)}


def _config_paths(rev: str, folder: str, top: Path) -> set[str]:
    """The ntm.toml nearest above `folder` at `rev` and the criteria folders it names."""
    parts = folder.split("/")
    for n in range(len(parts), -1, -1):
        base = "/".join(parts[:n])
        config = f"{base}/{CONFIG_FILE}" if base else CONFIG_FILE
        if _exists(rev, config, top):
            import tomllib

            try:
                data = tomllib.loads(_git(["show", f"{rev}:{config}"], top))
            except tomllib.TOMLDecodeError:
                return {config}
            dirs = {posixpath.normpath(posixpath.join(base or ".", d)) for d in _strings(data.get("criteria_dirs"))}
            return {config} | dirs
    return set()


def _strings(value: object) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _read_yaml(rev: str, file: str, top: Path) -> dict | None:
    if not _exists(rev, file, top):
        return None
    try:
        data = yaml.safe_load(_git(["show", f"{rev}:{file}"], top))
    except yaml.YAMLError:
        return {}
    return data if isinstance(data, dict) else {}


def _exists(rev: str, path: str, top: Path) -> bool:
    if path.startswith("../") or path == "..":
        return False  # outside the repository: not in the revision
    done = subprocess.run(["git", "cat-file", "-e", f"{rev}:{path}"], cwd=top, capture_output=True, check=False)
    return done.returncode == 0


def _git(args: list[str], cwd: Path) -> str:
    return _git_bytes(args, cwd).decode("utf-8", errors="replace")


def _git_bytes(args: list[str], cwd: Path) -> bytes:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except OSError as err:
        raise UsageError("error.git", detail=err) from err
    if done.returncode != 0:
        detail = (done.stderr.decode("utf-8", errors="replace").strip().splitlines() or [""])[-1]
        raise UsageError("error.git", detail=detail)
    return done.stdout
