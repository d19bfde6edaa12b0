"""Run `ntm` once per job in a forked child under hard limits, and report what each child used.

Used by tests/test_hostile.py as `bounded_run.py SCRATCH_DIR WARM_UP_DOSSIER`: reads a JSON
list of jobs `{"name", "cwd", "env", "argv"}` on stdin and writes a JSON object
`name → {"exit", "signal", "max_rss_kib", "seconds", "stdout", "stderr"}` on stdout. Each child gets an address-space cap (a bomb meets MemoryError rather than the
machine's memory) and an alarm (a hang is killed by SIGALRM). Forking after the imports keeps a
hundred runs cheap while each still is its own process with its own resource usage. POSIX only.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sys
import time

MEMORY_CAP = 1 << 30   # bytes of address space per run
TIME_CAP = 20          # seconds per run


def _child(job: dict, out_path: str, err_path: str) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))
    signal.alarm(TIME_CAP)
    os.chdir(job["cwd"])
    os.environ.update(job.get("env", {}))
    for fd, path in ((1, out_path), (2, err_path)):
        os.dup2(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), fd)
    sys.argv = ["ntm", *job["argv"]]
    code = 0
    try:
        from ntmcli.cli import main

        main()
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    os._exit(code)


def run(job: dict, scratch: str) -> dict:
    out_path, err_path = os.path.join(scratch, "out"), os.path.join(scratch, "err")
    started = time.monotonic()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child never returns
        try:
            _child(job, out_path, err_path)
        finally:
            os._exit(70)
    _, status, usage = os.wait4(pid, 0)
    with open(out_path, encoding="utf-8", errors="replace") as out, \
            open(err_path, encoding="utf-8", errors="replace") as err:
        stdout, stderr = out.read(), err.read()
    return {
        "exit": os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
        "signal": os.WTERMSIG(status) if os.WIFSIGNALED(status) else None,
        "max_rss_kib": usage.ru_maxrss,  # kibibytes on Linux
        "seconds": round(time.monotonic() - started, 3),
        "stdout": stdout, "stderr": stderr,
    }


def _warm_up(dossier: str) -> None:
    """Import ntm and check one dossier before forking, output discarded: each child then
    spends its time and memory on its own case, not on imports and building validators."""
    from pathlib import Path

    from ntmcli.check import run_check
    from ntmcli.output import json_

    with open(os.devnull, "w", encoding="utf-8") as nowhere:
        json_.report(run_check([Path(dossier)], []), "vi", nowhere)


def main() -> None:
    jobs = json.load(sys.stdin)
    scratch, warm_up_dossier = sys.argv[1], sys.argv[2]
    _warm_up(warm_up_dossier)
    results = {job["name"]: run(job, scratch) for job in jobs}
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
