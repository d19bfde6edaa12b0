"""Files changed since a git revision: committed on this branch since it left REF, staged,
modified in the work tree, and new untracked files (deleted and renamed ones by their old name
too, so their dossiers and the districts listing them are checked again)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from ntmcli.check import UsageError


def changed_since(ref: str, where: Path) -> list[Path]:
    top = Path(_git(["rev-parse", "--show-toplevel"], where).strip())
    if not _succeeds(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], top):
        raise UsageError("error.git_ref", ref=ref)
    base = _git(["merge-base", ref, "HEAD"], top, allow_fail=True).strip() or ref
    # Both scan the work tree: on a national repository each takes about half a second, so
    # they run side by side.
    untracked = _start(["ls-files", "--others", "--exclude-standard", "-z"], top)
    names = _git(["diff", "--name-only", "--no-renames", "-z", base, "--"], top)
    names += _finish(untracked)
    return sorted({top / name for name in names.split("\0") if name})


def _start(args: list[str], cwd: Path) -> subprocess.Popen[str]:
    try:
        return subprocess.Popen(["git", "-c", "core.quotepath=off", *args], cwd=cwd,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                encoding="utf-8")
    except OSError as err:
        raise UsageError("error.git", detail=err) from err


def _finish(process: subprocess.Popen[str]) -> str:
    out, err = process.communicate()
    if process.returncode != 0:
        raise UsageError("error.git", detail=(err.strip().splitlines() or [""])[-1])
    return out


def _git(args: list[str], cwd: Path, *, allow_fail: bool = False) -> str:
    try:
        done = subprocess.run(["git", "-c", "core.quotepath=off", *args], cwd=cwd,
                              capture_output=True, text=True, encoding="utf-8", check=False)
    except OSError as err:
        raise UsageError("error.git", detail=err) from err
    if done.returncode != 0 and not allow_fail:
        detail = (done.stderr.strip().splitlines() or [""])[-1]
        raise UsageError("error.git", detail=detail)
    return done.stdout if done.returncode == 0 else ""


def _succeeds(args: list[str], cwd: Path) -> bool:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    return done.returncode == 0
