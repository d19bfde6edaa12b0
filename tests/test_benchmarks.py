"""The benchmark tools keep working: the generator makes a valid, deterministic repository and
the driver runs every measurement on it. (Speed is measured by running them, never asserted.)"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

from ntmcli.check import run_check

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"


def _generate(out: Path, *extra: str) -> None:
    subprocess.run([sys.executable, str(BENCH / "generate.py"), "--communes", "3", "--out", str(out),
                    *extra], check=True, capture_output=True)


def _tree_hash(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(folder).as_posix().encode() + path.read_bytes())
    return digest.hexdigest()


def test_the_generated_repository_is_valid_and_deterministic(tmp_path: Path) -> None:
    _generate(tmp_path / "a")
    _generate(tmp_path / "b")
    assert _tree_hash(tmp_path / "a") == _tree_hash(tmp_path / "b")
    result = run_check([tmp_path / "a"], [])
    assert not [f for f in result.findings if f.severity.value == "error"]
    kinds = sorted(r.unit.kind for r in result.dossiers if r.unit)
    assert kinds == ["huyen", "xa", "xa", "xa"]


def test_seeded_mistakes_become_findings(tmp_path: Path) -> None:
    _generate(tmp_path / "kho", "--findings", "1.0", "--seed", "3")
    seeded = json.loads((tmp_path / "kho" / "generated.json").read_text(encoding="utf-8"))["seeded"]
    assert len(seeded) == 3
    result = run_check([tmp_path / "kho"], [])
    flagged = {r.path.split("/")[-2] + "/" + r.path.split("/")[-1] for r in result.dossiers
               if any(f.severity.value in ("error", "warning") and f.rule != "criteria-illustrative"
                      for f in r.findings) and r.unit and r.unit.kind == "xa"}
    assert flagged == set(seeded)


def test_the_driver_prints_every_measurement(tmp_path: Path) -> None:
    _generate(tmp_path / "kho")
    done = subprocess.run([sys.executable, str(BENCH / "run.py"), "--repo", str(tmp_path / "kho"),
                           "--runs", "1"], capture_output=True, text=True, check=True)
    lines = done.stdout.splitlines()
    assert [line[:2] for line in lines[1:]] == ["a.", "b.", "c.", "d.", "e."]
