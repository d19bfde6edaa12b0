"""The shipped Jinja templates (`templates/`), found in the wheel or in a checkout."""

from __future__ import annotations

from pathlib import Path

import jinja2


def shipped_templates_dir() -> Path:
    here = Path(__file__).resolve().parent
    packaged = here / "_data" / "templates"
    return packaged if packaged.is_dir() else here.parent.parent / "templates"


def template_environment() -> jinja2.Environment:
    """Templates that write YAML and text: no HTML escaping, undefined names are errors."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(shipped_templates_dir()),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )
