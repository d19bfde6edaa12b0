"""Start-up cost of `ntm check` on one dossier, against the floor of its own imports.

Prints, in one run, the median wall time of
  (a) `ntm check <example dossier>` and
  (b) `python -c "import typer, pydantic, yaml"` (the libraries ntm cannot start without),
and their ratio (target: a / b <= 1.5). Runs alternate so machine noise hits both alike.

    python benchmarks/startup.py [--runs 21] [--dossier examples/xa-nang-cao-dat]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET_RATIO = 1.5


def _ntm() -> list[str]:
    beside = Path(sys.executable).with_name("ntm")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("ntm")
    return [found] if found else [sys.executable, "-m", "ntmcli"]


def _time(command: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} exited {done.returncode}")
    return elapsed


def measure(runs: int, dossier: Path) -> tuple[float, float]:
    check = [*_ntm(), "check", str(dossier)]
    floor = [sys.executable, "-c", "import typer, pydantic, yaml"]
    _time(check), _time(floor)  # warm the file cache
    checks, floors = [], []
    for _ in range(runs):
        checks.append(_time(check))
        floors.append(_time(floor))
    return statistics.median(checks), statistics.median(floors)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--dossier", type=Path, default=REPO / "examples" / "xa-nang-cao-dat")
    args = parser.parse_args()
    check, floor = measure(args.runs, args.dossier)
    ratio = check / floor
    print(f"ntm check {args.dossier.name}: median {check * 1000:.1f} ms ({args.runs} runs)")
    print(f"import typer, pydantic, yaml: median {floor * 1000:.1f} ms ({args.runs} runs)")
    verdict = "OK" if ratio <= TARGET_RATIO else "ABOVE TARGET"
    print(f"ratio: {ratio:.2f} (target <= {TARGET_RATIO}) {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
