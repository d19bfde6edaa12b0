"""`ntm.toml` at the root of a dossier repository: defaults every `ntm` command there shares.

    criteria_dirs = ["bo-tieu-chi"]   # extra criteria/profile folders, relative to the root
    include = ["**"]                  # dossier folders to check (globs on their path from the root)
    exclude = ["luu-tru/**"]
    lang = "vi"
    fail_on = "error"
    jobs = 0                          # 0 = every core

An option on the command line wins over `NTM_LANG`, which wins over the file.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ntmcli.check import UsageError

CONFIG_FILE = "ntm.toml"
_FAIL_ON = ("error", "warning", "info", "never")
_LANGS = ("vi", "en")


@dataclass(frozen=True)
class RepoConfig:
    root: Path
    file: Path | None = None
    criteria_dirs: tuple[Path, ...] = ()
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    lang: str | None = None
    fail_on: str | None = None
    jobs: int | None = None


def find_config(paths: list[Path]) -> RepoConfig | None:
    """The `ntm.toml` governing `paths`: the nearest one at or above their common folder, looking
    no higher than the root of the git repository they are in."""
    start = _common_folder(paths)
    for folder in (start, *start.parents):
        if (folder / CONFIG_FILE).is_file():
            return load_config(folder / CONFIG_FILE)
        if (folder / ".git").exists():
            return None
    return None


def _common_folder(paths: list[Path]) -> Path:
    resolved = [p.resolve() for p in paths] or [Path.cwd().resolve()]
    folders = [p if p.is_dir() else p.parent for p in resolved]
    common = folders[0]
    for folder in folders[1:]:
        while not folder.is_relative_to(common):
            common = common.parent
    return common


def load_config(file: Path) -> RepoConfig:
    """The parsed file; read once per process while it is unchanged (each dossier of a
    repository asks for the config that governs it)."""
    try:
        stat = file.stat()
    except OSError as err:
        raise UsageError("error.config_read", path=file, reason=err) from err
    return _load_config(file, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=32)
def _load_config(file: Path, _mtime_ns: int, _size: int) -> RepoConfig:
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        raise UsageError("error.config_read", path=file, reason=err) from err
    except tomllib.TOMLDecodeError as err:
        raise UsageError("error.config_syntax", path=file, reason=err) from err
    return _parse(file, data)


def _parse(file: Path, data: dict[str, object]) -> RepoConfig:
    known = {"criteria_dirs", "include", "exclude", "lang", "fail_on", "jobs"}
    for key in sorted(data):
        if key not in known:
            raise UsageError("error.config_key", path=file, name=key, allowed=", ".join(sorted(known)))
    root = file.parent
    dirs = tuple(root / d for d in _strings(file, data, "criteria_dirs"))
    for folder in dirs:
        if not folder.is_dir():
            raise UsageError("error.config_dir", path=file, folder=folder)
    return RepoConfig(root=root, file=file, criteria_dirs=dirs,
                      include=_strings(file, data, "include"), exclude=_strings(file, data, "exclude"),
                      lang=_choice(file, data, "lang", _LANGS), fail_on=_choice(file, data, "fail_on", _FAIL_ON),
                      jobs=_jobs(file, data))


def _strings(file: Path, data: dict[str, object], key: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise UsageError("error.config_value", path=file, name=key, expected="[\"…\", …]")
    return tuple(value)


def _choice(file: Path, data: dict[str, object], key: str, allowed: tuple[str, ...]) -> str | None:
    value = data.get(key)
    if value is not None and value not in allowed:
        raise UsageError("error.config_value", path=file, name=key, expected=" | ".join(allowed))
    return value  # type: ignore[return-value]


def _jobs(file: Path, data: dict[str, object]) -> int | None:
    value = data.get("jobs")
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
        raise UsageError("error.config_value", path=file, name="jobs", expected="0, 1, 2, …")
    return value  # type: ignore[return-value]

