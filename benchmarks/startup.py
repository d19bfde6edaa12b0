"""Start-up cost of `ntm check` on one dossier, against the floor of its own imports.

Prints, in one run, the median wall time of
  (a) `ntm check <example dossier>`,
  (b) `python -c "import typer, pydantic, yaml"` (the libraries ntm cannot start without), and
  (t) for reference, a typer command that takes one path and does nothing: what running any typer
      command costs (typer 0.2x coerces every parameter through a pydantic TypeAdapter, so it loads
      pydantic's schema machinery, which `import pydantic` in (b) defers),
  (r) for reference, a one-command typer app that validates one small pydantic model: what any
      command line built on typer and pydantic pays before doing its own work,
and the ratios a / b (target: <= 1.5), t / b and r / b. Runs alternate so machine noise hits all
alike.

Every process reads compiled bytecode, as an installed ntm does: the runs share a bytecode cache
in a temporary folder, filled by one warm-up run each. Without it, an environment with
PYTHONDONTWRITEBYTECODE (or a read-only checkout) would compile ntm's own modules on every run
while the libraries of the floor come precompiled from their wheels.

    python benchmarks/startup.py [--runs 21] [--dossier examples/xa-nang-cao-dat]
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

REPO = Path(__file__).resolve().parent.parent
TARGET_RATIO = 1.5
TYPER_APP = """
from pathlib import Path

import typer

app = typer.Typer(add_completion=False, rich_markup_mode=None, pretty_exceptions_enable=False)


@app.command()
def check(paths: list[Path]) -> None:
    pass


app()
"""
TYPER_PYDANTIC_APP = """
import typer
from pydantic import BaseModel, Field

app = typer.Typer(add_completion=False, rich_markup_mode=None, pretty_exceptions_enable=False)


class Unit(BaseModel):
    name: str
    code: str = Field(pattern=r"^[0-9]{5}$")


@app.command()
def check(name: str, code: str) -> None:
    Unit.model_validate({"name": name, "code": code})


app()
"""


def _ntm() -> list[str]:
    beside = Path(sys.executable).with_name("ntm")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("ntm")
    return [found] if found else [sys.executable, "-m", "ntmcli"]


def _environment(bytecode_cache: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(bytecode_cache)
    return env


def _time(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                          check=False)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} exited {done.returncode}")
    return elapsed


def measure(runs: int, dossier: Path) -> dict[str, float]:
    """Median seconds of each command, by name: check, floor, typer, reference."""
    commands = {
        "check": [*_ntm(), "check", str(dossier)],
        "floor": [sys.executable, "-c", "import typer, pydantic, yaml"],
        "typer": [sys.executable, "-c", TYPER_APP, str(dossier)],
        "reference": [sys.executable, "-c", TYPER_PYDANTIC_APP, "Xã Minh Hòa", "00004"],
    }
    with tempfile.TemporaryDirectory(prefix="ntm-bytecode-") as cache:
        env = _environment(Path(cache))
        for command in commands.values():  # fill the bytecode and file caches
            _time(command, env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(runs):
            for name, command in commands.items():
                times[name].append(_time(command, env))
    return {name: statistics.median(values) for name, values in times.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--dossier", type=Path, default=REPO / "examples" / "xa-nang-cao-dat")
    args = parser.parse_args()
    medians = measure(args.runs, args.dossier)
    check, floor, reference = medians["check"], medians["floor"], medians["reference"]
    bare = medians["typer"]
    ratio = check / floor
    print(f"ntm check {args.dossier.name}: median {check * 1000:.1f} ms ({args.runs} runs)")
    print(f"import typer, pydantic, yaml: median {floor * 1000:.1f} ms ({args.runs} runs)")
    print(f"typer command taking one path, doing nothing (reference): median {bare * 1000:.1f} ms, "
          f"{bare / floor:.2f} x floor")
    print(f"typer app validating one pydantic model (reference): median {reference * 1000:.1f} ms, "
          f"{reference / floor:.2f} x floor")
    verdict = "OK" if ratio <= TARGET_RATIO else "ABOVE TARGET"
    print(f"ratio: {ratio:.2f} (target <= {TARGET_RATIO}) {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
