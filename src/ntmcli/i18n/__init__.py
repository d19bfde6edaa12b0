"""User-facing text in Vietnamese (default) and English, from one catalog.

Language choice: the `--lang` option, else the `NTM_LANG` environment variable, else Vietnamese.
"""

from __future__ import annotations

import os
from functools import lru_cache

from ntmcli.i18n.catalog import MESSAGES

LANGS = ("vi", "en")
DEFAULT_LANG = "vi"
ENV_VAR = "NTM_LANG"


class UnknownLanguage(ValueError):
    pass


def resolve_lang(explicit: str | None = None) -> str:
    """The language to speak: explicit choice, then $NTM_LANG, then Vietnamese."""
    chosen = explicit or os.environ.get(ENV_VAR) or DEFAULT_LANG
    chosen = chosen.strip().lower()[:2]
    if chosen not in LANGS:
        raise UnknownLanguage(chosen)
    return chosen


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def t(key: str, lang: str, /, **args: object) -> str:
    """The catalog text for `key` in `lang`, with `{name}` fields filled from `args`."""
    if not args:
        return _bare(key, lang)
    return _text(key, lang).format_map(_Blank({k: str(v) for k, v in args.items()}))


@lru_cache(maxsize=None)
def _bare(key: str, lang: str) -> str:
    """A text asked for without arguments (column names, statuses): the same every time, and a
    report of a whole repository asks for it hundreds of thousands of times."""
    return _text(key, lang).format_map(_Blank())


def _text(key: str, lang: str) -> str:
    entry = MESSAGES[key]
    return entry.get(lang) or entry[DEFAULT_LANG]


def has(key: str) -> bool:
    return key in MESSAGES


def finding_args(arguments: dict[str, str], lang: str) -> dict[str, str]:
    """Message arguments ready to fill: `x_msg` arguments (catalog keys) render into `x`,
    `candidate` into a "did you mean" suffix, an empty `field` into "(file root)"."""
    args = dict(arguments)
    candidate = args.get("candidate")
    args["suggestion"] = t("did_you_mean", lang, candidate=candidate) if candidate else ""
    if "field" in args and not args["field"]:
        args["field"] = t("root", lang)
    for name, key in sorted(arguments.items()):
        if name.endswith("_msg"):
            args[name[: -len("_msg")]] = t(key, lang, **args) if has(key) else ""
    return args


def finding_message(rule: str, arguments: dict[str, str], lang: str) -> str:
    return t(f"rule.{rule}.message", lang, **finding_args(arguments, lang))


def finding_hint(rule: str, arguments: dict[str, str], lang: str) -> str:
    return t(f"rule.{rule}.hint", lang, **finding_args(arguments, lang))
