"""Files changed since a git revision: committed on this branch since it left REF, staged,
modified in the work tree, and new untracked files (deleted and renamed ones by their old name
too, so their dossiers and the districts listing them are checked again).

git's two scans of the work tree are the slowest part of a change-aware check of a large
repository, so they run in the background from as early as possible: `scan_early` starts them
before `ntm check` imports what checking needs, and the dossiers are found while they run. So
this module imports nothing heavy (UsageError is imported only to be raised).
"""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Self


def changed_since(ref: str, where: Path) -> list[Path]:
    # Both scans read the whole work tree (on a national repository a quarter to half a second
    # each), so they run side by side; the untracked one, the longer, needs nothing and starts
    # first (`:/` and --full-name: the whole work tree, named from its top, from any folder).
    untracked = _start(["ls-files", "--others", "--exclude-standard", "--full-name", "-z", "--", ":/"],
                       where)
    try:
        top = Path(_git(["rev-parse", "--show-toplevel"], where).strip())
        names = _changed_from(ref, top)
    except BaseException:
        untracked.kill()
        untracked.communicate()
        raise
    names += _finish(untracked)
    return sorted({top / name for name in names.split("\0") if name})


def _changed_from(ref: str, top: Path) -> str:
    """Tracked files that differ between the work tree and where this branch left `ref`."""
    if not _succeeds(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], top):
        raise _usage("error.git_ref", ref=ref)
    base = _git(["merge-base", ref, "HEAD"], top, allow_fail=True).strip() or ref
    return _git(["diff", "--name-only", "--no-renames", "-z", base, "--"], top)


class ChangesInBackground:
    """`changed_since` in a thread, started at once, so the caller can read the repository
    meanwhile: git's scans run in their own processes. Leaving a `with` block waits for git, so
    no process outlives the check."""

    def __init__(self, ref: str, where: Path) -> None:
        self._changed: list[Path] = []
        self._error: Exception | None = None
        self._thread = threading.Thread(target=self._run, args=(ref, where), daemon=True)
        self._thread.start()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self._thread.join()

    def _run(self, ref: str, where: Path) -> None:
        try:
            self._changed = changed_since(ref, where)
        except Exception as err:  # noqa: BLE001 - handed to the caller by result()
            self._error = err

    def result(self) -> list[Path]:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._changed


_EARLY: dict[tuple[str, Path], ChangesInBackground] = {}


@contextmanager
def scan_early(ref: str | None, paths: list[Path]) -> Iterator[None]:
    """With `--changed-since`, start git's scans for the duration of one command, before it
    imports what checking needs: git works through those imports (a tenth of a second or more)."""
    key = _key(ref, paths) if ref is not None else None
    if key is None or key in _EARLY:  # nothing to scan, or scans already running for it
        yield
        return
    with ChangesInBackground(*key) as scan:
        _EARLY[key] = scan
        try:
            yield
        finally:
            _EARLY.pop(key, None)


def changes_since(ref: str, paths: list[Path]) -> ChangesInBackground:
    """git's scans for a check of `paths`: the ones started early for it, else new ones."""
    key = _key(ref, paths)
    return _EARLY.pop(key, None) or ChangesInBackground(*key)


def _key(ref: str, paths: list[Path]) -> tuple[str, Path]:
    """The scans are the same from any folder of one work tree (they cover all of it, named from
    its top), so they are known by the work tree: the nearest folder holding a `.git`."""
    folder = folder_of(paths)
    return ref, next((f for f in (folder, *folder.parents) if (f / ".git").exists()), folder)


def folder_of(paths: list[Path]) -> Path:
    """Where to ask git: the first path named (its folder, for a file), else the working folder."""
    first = paths[0].resolve() if paths else Path.cwd()
    return first if first.is_dir() else first.parent


def _usage(key: str, **args: object) -> Exception:
    from ntmcli.check import UsageError  # here: importing the checker would delay git's start

    return UsageError(key, **args)


def _start(args: list[str], cwd: Path) -> subprocess.Popen[str]:
    try:
        return subprocess.Popen(["git", "-c", "core.quotepath=off", *args], cwd=cwd,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                encoding="utf-8")
    except OSError as err:
        raise _usage("error.git", detail=err) from err


def _finish(process: subprocess.Popen[str]) -> str:
    out, err = process.communicate()
    if process.returncode != 0:
        raise _usage("error.git", detail=(err.strip().splitlines() or [""])[-1])
    return out


def _git(args: list[str], cwd: Path, *, allow_fail: bool = False) -> str:
    try:
        done = subprocess.run(["git", "-c", "core.quotepath=off", *args], cwd=cwd,
                              capture_output=True, text=True, encoding="utf-8", check=False)
    except OSError as err:
        raise _usage("error.git", detail=err) from err
    if done.returncode != 0 and not allow_fail:
        detail = (done.stderr.strip().splitlines() or [""])[-1]
        raise _usage("error.git", detail=detail)
    return done.stdout if done.returncode == 0 else ""


def _succeeds(args: list[str], cwd: Path) -> bool:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    return done.returncode == 0
