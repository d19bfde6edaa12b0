"""Building real dossier repositories in tmp_path for the repository tests: communes copied from
examples/xa-nang-cao-dat (with their evidence files), districts listing them, an ntm.toml, git."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

from typer.testing import CliRunner

from ntmcli.cli import app

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "xa-nang-cao-dat"
EXAMPLE_DISTRICT = ROOT / "examples" / "kho-huyen-minh-hoa" / "huyen-minh-hoa"
PROFILES = ROOT / "examples" / "criteria"


def checked(*args: str) -> list[str]:
    """The dossiers `ntm check ARGS` reports, in its order."""
    result = CliRunner().invoke(app, ["check", *args, "--format", "json", "--fail-on", "never"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return [d["path"] for d in json.loads(result.output)["dossiers"]]


def repository(root: Path, *, toml: str = "") -> Path:
    """An empty dossier repository: the illustrative profiles in criteria/ and an ntm.toml."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copytree(PROFILES, root / "criteria")
    (root / "ntm.toml").write_text(f'criteria_dirs = ["criteria"]\n{toml}', encoding="utf-8")
    return root


def commune(repo: Path, folder: str, *, name: str, code: str, failing: bool = False,
            satisfied: int = 472) -> Path:
    """A nâng cao commune; `failing` makes indicator 17.2 fall short (48% against 50%)."""
    target = repo / folder
    shutil.copytree(EXAMPLE, target)
    _replace(target / "dossier.yaml", ('name: Xã Minh Hòa', f'name: {name}'),
             ('"99901"', f'"{code}"'), ('criteria_dirs: ["../criteria"]\n', ''))
    _replace(target / "dieu-kien.yaml", ("numerator: 472 ", f"numerator: {satisfied} "),
             ("value: 94.4", f"value: {satisfied / 5:g}"))
    if failing:
        _replace(target / "tieu-chi" / "17-moi-truong.yaml", ("numerator: 1790", "numerator: 1500"),
                 ("value: 57.3", "value: 48"))
    return target


def district(repo: Path, folder: str, members: list[tuple[str, str]], *, name: str = "Huyện Minh Họa",
             code: str = "99900", stated: str | None = None) -> Path:
    """A district dossier (huyen-ntm@2021-2025) listing `members` as (relative path, level)."""
    target = repo / folder
    shutil.copytree(EXAMPLE_DISTRICT, target)
    listed = "".join(f"  - path: {path}\n    level: {level}\n" for path, level in members)
    text = (target / "dossier.yaml").read_text(encoding="utf-8")
    head, rest = text.split("members:", 1)
    tail = rest[rest.index("year:"):]
    text = f"{head}members:\n{listed}{tail}".replace("Huyện Minh Họa", name).replace('"99900"', f'"{code}"')
    (target / "dossier.yaml").write_text(text, encoding="utf-8")
    if stated is not None:
        (target / "dieu-kien.yaml").write_text(stated, encoding="utf-8")
    return target


def _replace(file: Path, *pairs: tuple[str, str]) -> None:
    text = file.read_text(encoding="utf-8")
    for old, new in pairs:
        assert old in text, f"{old!r} not in {file}"
        text = text.replace(old, new, 1)
    file.write_text(text, encoding="utf-8")


def git(repo: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "ntm", "GIT_AUTHOR_EMAIL": "ntm@example.invalid",
           "GIT_COMMITTER_NAME": "ntm", "GIT_COMMITTER_EMAIL": "ntm@example.invalid"}
    done = subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=True)
    return done.stdout


def commit_all(repo: Path, message: str) -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)


def init_git(repo: Path) -> None:
    git(repo, "init", "-q", "-b", "main")
    commit_all(repo, "kho hồ sơ")
