"""`ntm check` imports only what checking needs: no jinja2, no report or scaffold code.

Speed itself is measured by benchmarks/startup.py, never asserted here.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "xa-nang-cao-dat"

_PROBE = """
import json, sys
from ntmcli.cli import app
sys.argv = ["ntm", "check", sys.argv[1], "--format", sys.argv[2]]
try:
    app()
except SystemExit:
    pass
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in ("jinja2", "rich", "ntmcli"))),
      file=sys.stderr)
"""


def _modules_loaded(output_format: str) -> set[str]:
    done = subprocess.run([sys.executable, "-c", _PROBE, str(EXAMPLE), output_format],
                          capture_output=True, text=True, check=True)
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


def test_check_never_imports_jinja2_or_the_scaffold():
    loaded = _modules_loaded("text")
    assert not {m for m in loaded if m.startswith("jinja2")}
    assert "ntmcli.scaffold" not in loaded
    assert "ntmcli.templates" not in loaded


def test_check_outside_a_terminal_does_not_import_rich():
    loaded = _modules_loaded("text")
    assert not {m for m in loaded if m.startswith("rich")}
    assert "ntmcli.output.rich_text" not in loaded


def test_json_check_loads_only_the_json_reporter():
    loaded = _modules_loaded("json")
    assert "ntmcli.output.json_" in loaded
    assert "ntmcli.output.text" not in loaded
    assert "ntmcli.output.github" not in loaded
