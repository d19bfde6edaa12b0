"""National-scale benchmark of `ntm check`, against the YAML parse floor and a peer validator.

    python benchmarks/generate.py --communes 3321 --out /tmp/kho
    python benchmarks/run.py --repo /tmp/kho [--runs 3]

Prints each figure (median of --runs repetitions) and its ratio:
  a. `ntm check REPO` vs a floor script that only parses every YAML file with CSafeLoader;
  b. the same vs `check-jsonschema` validating the same files against `ntm schema any`
     (schema validation only; install it with `pip install check-jsonschema`);
  c. `ntm check` of one dossier vs `python -c "import typer, pydantic, yaml"`;
  d. `ntm check --changed-since HEAD` after one dossier changed (the repository is made a git
     repository in a temporary copy) vs c;
  e. peak resident memory of a.
Targets (issue #6): a <= 1.0; b: ntm at least 3x faster; c <= 1.5; d <= 2.0; e <= 400 MB.

`ntm check` runs as a user runs it: default format and jobs, its report read to the end. Paired
commands run alternately, so machine noise hits both alike. Every process reads compiled bytecode
from a shared cache, as an installed ntm does (see benchmarks/startup.py).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
FLOOR = """
import sys, pathlib, yaml
for p in sorted(pathlib.Path(sys.argv[1]).rglob("*.yaml")):
    yaml.load(p.read_bytes(), Loader=yaml.CSafeLoader)
"""
BATCH = 2000  # files per check-jsonschema call: keeps the command line under ARG_MAX


def _ntm() -> list[str]:
    beside = Path(sys.executable).with_name("ntm")
    return [str(beside)] if beside.exists() else [sys.executable, "-m", "ntmcli"]


ENV = dict(os.environ)  # set in main(): the bytecode cache


def _run(command: list[str], cwd: Path | None = None) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          text=True, env=ENV)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command[:4])} … exited {done.returncode}: {done.stderr[-400:]}")
    return elapsed


def _median(command: list[str], runs: int, cwd: Path | None = None) -> float:
    return statistics.median(_run(command, cwd) for _ in range(runs))


def _paired(first: list[str], second: list[str], runs: int) -> tuple[float, float]:
    """Medians of two commands run alternately, after one warm-up run of each."""
    _run(first), _run(second)
    times = [(_run(first), _run(second)) for _ in range(runs)]
    return statistics.median(t[0] for t in times), statistics.median(t[1] for t in times)


def _peak_rss_mb(command: list[str]) -> float:
    """Peak RSS of the command and its children, measured in a fresh process of its own."""
    probe = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], "
             "stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", probe, *command], capture_output=True, text=True,
                         env=ENV)
    return int(out.stdout.strip()) / 1024  # Linux reports KiB


def _schema_check_seconds(repo: Path, runs: int) -> float | None:
    tool = shutil.which("check-jsonschema") or str(Path(sys.executable).with_name("check-jsonschema"))
    if not Path(tool).exists():
        return None
    schema = Path(tempfile.mkdtemp()) / "ntm-any.json"
    schema.write_text(subprocess.run([*_ntm(), "schema", "any"], capture_output=True,
                                     text=True, check=True).stdout, encoding="utf-8")
    files = sorted(str(p) for p in repo.rglob("*.yaml") if "criteria" not in p.parts)
    batches = [files[i:i + BATCH] for i in range(0, len(files), BATCH)]

    def once() -> float:
        return sum(_run([tool, "--schemafile", str(schema), *batch]) for batch in batches)

    return statistics.median(once() for _ in range(runs))


def _changed_since_seconds(repo: Path, runs: int) -> float | None:
    help_text = subprocess.run([*_ntm(), "check", "--help"], capture_output=True, text=True).stdout
    if "--changed-since" not in help_text:
        return None
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as tmp:
        copy = Path(tmp) / "kho"
        shutil.copytree(repo, copy)
        # no automatic gc: a detached `git gc` would still be writing .git at clean-up
        git = ["git", "-c", "user.name=bench", "-c", "user.email=bench@localhost", "-c", "gc.auto=0"]
        subprocess.run([*git, "init", "-q"], cwd=copy, check=True)
        subprocess.run([*git, "add", "-A"], cwd=copy, check=True)
        subprocess.run([*git, "commit", "-qm", "base"], cwd=copy, check=True)
        target = next(iter(sorted(copy.glob("*/xa-*/tieu-chi/01.yaml"))))  # a commune's file
        target.write_text(target.read_text(encoding="utf-8") + "note: \"sửa\"\n", encoding="utf-8")
        return _median([*_ntm(), "check", ".", "--changed-since", "HEAD"],
                       runs, cwd=copy)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repo", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    repo = args.repo.resolve()
    with tempfile.TemporaryDirectory() as cache:
        ENV.pop("PYTHONDONTWRITEBYTECODE", None)
        ENV["PYTHONPYCACHEPREFIX"] = cache
        return _measure(repo, args.runs)


def _measure(repo: Path, runs: int) -> int:
    check = [*_ntm(), "check", str(repo)]
    one = next(p.parent for p in sorted(repo.rglob("dossier.yaml"))  # a commune: no roll-up
               if "\nmembers:" not in p.read_text(encoding="utf-8"))
    print(f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}; repo {repo}")
    a_ntm, a_floor = _paired(check, [sys.executable, "-c", FLOOR, str(repo)], runs)
    print(f"a. ntm check repo {a_ntm:.2f} s; YAML parse floor {a_floor:.2f} s; "
          f"ratio {a_ntm / a_floor:.2f} (target <= 1.0)")
    b = _schema_check_seconds(repo, runs)
    if b is None:
        print("b. check-jsonschema not installed (pip install check-jsonschema): skipped")
    else:
        print(f"b. check-jsonschema {b:.2f} s; ntm is {b / a_ntm:.2f}x faster (target >= 3)")
    c_ntm, c_floor = _paired([*_ntm(), "check", str(one)],
                             [sys.executable, "-c", "import typer, pydantic, yaml"], max(runs, 9))
    print(f"c. ntm check one dossier {c_ntm * 1000:.0f} ms; imports {c_floor * 1000:.0f} ms; "
          f"ratio {c_ntm / c_floor:.2f} (target <= 1.5)")
    d = _changed_since_seconds(repo, max(runs, 5))
    if d is None:
        print("d. --changed-since not available in this ntm: skipped")
    else:
        print(f"d. ntm check --changed-since {d * 1000:.0f} ms; ratio to c {d / c_ntm:.2f} "
              f"(target <= 2.0)")
    print(f"e. peak RSS of a: {_peak_rss_mb(check):.0f} MB (target <= 400)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
