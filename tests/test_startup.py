"""`ntm check` imports only what checking needs: no jinja2, no report or scaffold code, no
package-metadata scan for pydantic plugins.

Speed itself is measured by benchmarks/startup.py, never asserted here.
"""

from __future__ import annotations

import json
import os
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


_MAIN_PROBE = """
import json, os, sys
from ntmcli.cli import main
sys.argv = ["ntm", "check", sys.argv[1]]
try:
    main()
except SystemExit:
    pass
print(json.dumps({"modules": sorted(sys.modules), "plugins": os.environ.get("PYDANTIC_DISABLE_PLUGINS"),
                  "loader": type(sys.modules.get("pydantic.plugin._loader")).__name__}), file=sys.stderr)
"""


def _run_main(env_plugins: str | None) -> dict[str, object]:
    """`ntm check` of the example through the real entry point, with PYDANTIC_DISABLE_PLUGINS as
    given (None: unset), and what the process had loaded at the end."""
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    if env_plugins is not None:
        env["PYDANTIC_DISABLE_PLUGINS"] = env_plugins
    done = subprocess.run([sys.executable, "-c", _MAIN_PROBE, str(EXAMPLE)],
                          capture_output=True, text=True, check=True, env=env)
    return json.loads(done.stderr.strip().splitlines()[-1])


def test_check_never_reads_package_metadata_for_pydantic_plugins():
    state = _run_main(None)
    assert state["plugins"] == "__all__"
    assert "importlib.metadata" not in state["modules"]


def test_a_plugin_setting_of_the_user_is_kept_and_served_by_pydantic():
    state = _run_main("some-plugin")
    assert state["plugins"] == "some-plugin"
    assert state["loader"] == "module"  # pydantic's own loader, which scans package metadata
    assert "importlib.metadata" in state["modules"]


def test_plugins_enabled_after_start_up_are_looked_up_by_pydantic():
    probe = """
import os, sys
from ntmcli.startup import disable_pydantic_plugins
disable_pydantic_plugins()
os.environ["PYDANTIC_DISABLE_PLUGINS"] = "some-plugin"
from pydantic import BaseModel
class Unit(BaseModel):
    code: str
Unit.model_validate({"code": "00004"})
print(type(sys.modules["pydantic.plugin._loader"]).__name__, "importlib.metadata" in sys.modules)
"""
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                          env=env)
    assert done.stdout.split() == ["module", "True"]


def test_models_read_at_check_take_no_builtin_default_factory():
    """Pydantic reads the signature of every default factory; for a builtin such as `list` Python
    parses its text signature with the tokenizer, which costs milliseconds at each start."""
    from pydantic import BaseModel

    from ntmcli.criteria import models as criteria_models
    from ntmcli.dossier import models as dossier_models

    models = [model for module in (criteria_models, dossier_models) for model in vars(module).values()
              if isinstance(model, type) and issubclass(model, BaseModel)]
    builtin = [f"{model.__name__}.{name}" for model in models
               for name, field in model.model_fields.items()
               if getattr(field.default_factory, "__module__", None) == "builtins"]
    assert len(models) > 30
    assert builtin == []


def test_the_start_up_benchmark_prints_its_figures():
    script = Path(__file__).resolve().parent.parent / "benchmarks" / "startup.py"
    done = subprocess.run([sys.executable, str(script), "--runs", "1", "--dossier", str(EXAMPLE)],
                          capture_output=True, text=True, check=True)
    lines = done.stdout.splitlines()
    assert [line.split(":")[0] for line in lines] == [
        f"ntm check {EXAMPLE.name}", "import typer, pydantic, yaml",
        "typer command taking one path, doing nothing (reference)", "typer app validating one pydantic model (reference)", "ratio"]
