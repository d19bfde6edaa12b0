"""What the `ntm` process sets up once, before any command runs.

Pydantic looks for plugins when it builds its first validator. Its loader module imports
`importlib.metadata` (with the e-mail parser, zipfile and csv behind it: about a tenth of what
`import typer, pydantic, yaml` costs) and then scans every installed distribution's entry points.
ntm validates its own files and has no use for plugins, so it disables them unless the user set
`PYDANTIC_DISABLE_PLUGINS` otherwise. While every plugin is disabled, a stand-in loader answers
"no plugins" without that import; any other question goes to pydantic's own loader.
"""

from __future__ import annotations

import importlib
import os
import sys
import types
from collections.abc import Iterable

PLUGINS_VAR = "PYDANTIC_DISABLE_PLUGINS"
LOADER = "pydantic.plugin._loader"
_ALL_DISABLED = ("__all__", "1", "true")  # the values pydantic's loader reads as "no plugins"


def disable_pydantic_plugins() -> None:
    """No pydantic plugins in this process, and no package-metadata scan to find them."""
    os.environ.setdefault(PLUGINS_VAR, "__all__")
    if _all_disabled() and LOADER not in sys.modules:
        sys.modules[LOADER] = _NoPluginLoader(LOADER)


def _all_disabled() -> bool:
    return os.environ.get(PLUGINS_VAR) in _ALL_DISABLED


class _NoPluginLoader(types.ModuleType):
    """Stands in for `pydantic.plugin._loader`, whose `get_plugins` pydantic imports each time it
    builds a validator."""

    def get_plugins(self) -> Iterable[object]:
        # Asked again on every build: a setting changed since start-up still counts.
        return () if _all_disabled() else _pydantic_loader().get_plugins()

    def __getattr__(self, name: str) -> object:
        if name.startswith("__"):  # the import system asks for `__path__` and the like
            raise AttributeError(name)
        return getattr(_pydantic_loader(), name)


def _pydantic_loader() -> types.ModuleType:
    """Pydantic's own loader, which replaces the stand-in from then on."""
    if isinstance(sys.modules.get(LOADER), _NoPluginLoader):
        del sys.modules[LOADER]
    return importlib.import_module(LOADER)
