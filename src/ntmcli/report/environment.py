"""Rendering a document template, safely.

Every template, shipped or a user's, runs in Jinja's immutable sandbox with HTML autoescape and
strict undefined names: a template sees only the documented context (plain data and a `t()`
function for the document wording), cannot reach Python internals (attributes starting with `_`,
methods that change data), and cannot blow up memory with `"x" * 10**9`. Dossier text is data, so
`{{ }}` or `<script>` in it is printed as text, never run. A template that fails becomes a Finding
at the template's file and line (`template-error`, `template-unsafe`).
"""

from __future__ import annotations

import os
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from ntmcli.findings import Finding, finding
from ntmcli.templates import shipped_templates_dir

REPORT_FOLDER = "report"
MAX_PRODUCT = 1_000_000   # items a `*` may produce (a string's characters, a list's entries)
MAX_EXPONENT = 64


class TemplateProblem(Exception):
    """A template could not be rendered; `finding` says where and why."""

    def __init__(self, found: Finding) -> None:
        super().__init__(found.rule)
        self.finding = found


class _DocumentSandbox(ImmutableSandboxedEnvironment):
    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: jinja2.runtime.Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(right, int) and abs(right) > MAX_EXPONENT:
            raise SecurityError(f"exponent {right} is above the limit of {MAX_EXPONENT}")
        if operator == "*" and _product_size(left, right) > MAX_PRODUCT:
            raise SecurityError(f"a repetition above {MAX_PRODUCT} items")
        return super().call_binop(context, operator, left, right)


def _product_size(left: Any, right: Any) -> int:
    for sequence, count in ((left, right), (right, left)):
        if isinstance(sequence, (str, list, tuple)) and isinstance(count, int):
            return len(sequence) * count
    return 0


def template_folders(user_dir: Path | None) -> list[Path]:
    """Where templates are looked up: the user's folder first, so it overrides and adds."""
    shipped = shipped_templates_dir() / REPORT_FOLDER
    return [user_dir, shipped] if user_dir is not None else [shipped]


def environment(user_dir: Path | None, translate: Callable[..., str]) -> jinja2.Environment:
    env = _DocumentSandbox(
        loader=jinja2.FileSystemLoader([str(p) for p in template_folders(user_dir)]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["t"] = translate
    return env


def render(env: jinja2.Environment, name: str, context: dict[str, Any]) -> str:
    try:
        return env.get_template(name).render(context)
    except jinja2.TemplateSyntaxError as err:
        raise TemplateProblem(_finding("template-error", err.filename or name, err.lineno,
                                       err.message or str(err))) from None
    except SecurityError as err:
        raise TemplateProblem(_at_frame("template-unsafe", err, name, env)) from None
    except (jinja2.TemplateError, TypeError, ValueError, ArithmeticError, LookupError) as err:
        raise TemplateProblem(_at_frame("template-error", err, name, env)) from None


def _at_frame(rule: str, err: Exception, name: str, env: jinja2.Environment) -> Finding:
    """The innermost template frame of the traceback: Jinja maps it to the template's file and line."""
    folders = [os.path.join(folder, "") for folder in getattr(env.loader, "searchpath", [])]
    frames = [f for f in traceback.extract_tb(err.__traceback__)
              if any(f.filename.startswith(folder) for folder in folders)]
    if not frames:
        return _finding(rule, name, 1, str(err))
    return _finding(rule, frames[-1].filename, frames[-1].lineno or 1, str(err))


def _finding(rule: str, file: str, line: int | None, problem: str) -> Finding:
    return finding(rule, _display(file), line or 1, 1, problem=problem.splitlines()[0][:300])


def _display(file: str) -> str:
    """A template's path as the user can open it: relative to the working folder when inside it."""
    path = Path(file)
    try:
        relative = os.path.relpath(path)
    except ValueError:
        return path.as_posix()
    return Path(relative).as_posix() if not relative.startswith("..") else path.as_posix()
