"""`ntm explain`: one rule in words (text), the list of rules, or the rules reference (Markdown).

Only formats: the words live in `ntmcli.i18n.explain`, the rules in `ntmcli.findings.RULES`.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator

from ntmcli.findings import RULES, Rule
from ntmcli.i18n import t
from ntmcli.i18n.explain import CATEGORIES, EXAMPLES, EXPLANATIONS, LABELS, Example
from ntmcli.validation import suggest

WIDTH = 100
INDENT = "    "


class UnknownRule(LookupError):
    def __init__(self, rule: str) -> None:
        super().__init__(rule)
        self.rule = rule
        self.candidate = suggest(rule, list(RULES))

    def message(self, lang: str) -> str:
        suggestion = t("did_you_mean", lang, candidate=self.candidate) if self.candidate else ""
        return _label("unknown", lang).format(rule=self.rule, suggestion=suggestion)


def _label(key: str, lang: str) -> str:
    return LABELS[key][lang]


def _category(name: str, lang: str) -> str:
    return CATEGORIES.get(name, {}).get(lang, name)


def _severity(rule: Rule, lang: str) -> str:
    return t(f"severity.{rule.severity.value}", lang)


def explain_text(rule_id: str, lang: str) -> str:
    """Everything about one rule, for a terminal."""
    if rule_id not in RULES:
        raise UnknownRule(rule_id)
    rule, words = RULES[rule_id], EXPLANATIONS[rule_id][lang]
    lines = [f"{rule_id} — {words['title']}",
             f"{_label('severity', lang)}: {_severity(rule, lang)} · "
             f"{_label('category', lang)}: {_category(rule.category, lang)}", ""]
    lines += _paragraph(_label("checks", lang), words["checks"])
    lines += _paragraph(_label("why", lang), words["why"])
    lines += _example_text(EXAMPLES[rule_id], lang)
    lines += _paragraph(_label("fix", lang), words["fix"])
    lines += _fixed_text(EXAMPLES[rule_id], lang)
    return "\n".join(lines) + "\n"


def _paragraph(label: str, text: str) -> list[str]:
    return textwrap.wrap(f"{label}: {text}", WIDTH, subsequent_indent=INDENT, break_on_hyphens=False)


def _example_text(example: Example, lang: str) -> list[str]:
    if example.shell:
        return [f"{_label('example', lang)} ({example.file}), {_label('setup', lang)}:",
                f"{INDENT}$ {example.shell}"]
    return [f"{_label('example', lang)} ({example.file}):", *_block(example.wrong)]


def _fixed_text(example: Example, lang: str) -> list[str]:
    if example.shell:
        return []
    if example.fixed is None:
        return [INDENT + _label("delete", lang)]
    return _block(example.fixed) if example.fixed.strip() else []


def _block(text: str) -> list[str]:
    return [INDENT + line for line in _lines(text)]


def _lines(text: str) -> list[str]:
    """An example's lines as one block: examples are whole lines cut from a file, so the indentation
    they share is the file's nesting, not theirs; their own relative indentation stays."""
    return textwrap.dedent(text).rstrip("\n").splitlines()


def rules_list(lang: str) -> str:
    """Every rule with its severity and one-line title, grouped by category."""
    width = max(len(rule_id) for rule_id in RULES)
    lines: list[str] = []
    for category, rules in _by_category():
        lines += [""] if lines else []
        lines.append(_category(category, lang))
        lines += [f"  {rule.id.ljust(width)}  {_severity(rule, lang).ljust(9)}  "
                  f"{EXPLANATIONS[rule.id][lang]['title']}" for rule in rules]
    return "\n".join(lines) + "\n"


def _by_category() -> Iterator[tuple[str, list[Rule]]]:
    """Categories in the order the registry first names them; rules in registry order."""
    order = list(dict.fromkeys(rule.category for rule in RULES.values()))
    for category in order:
        yield category, [rule for rule in RULES.values() if rule.category == category]


def rules_markdown() -> str:
    """The rules reference, docs/quy-tac.md: Vietnamese first, English after each part."""
    out = [f"# {_label('title', 'vi')} / {_label('title', 'en')}", "",
           _label("generated", "vi"), f"*{_label('generated', 'en')}*", ""]
    for category, rules in _by_category():
        out += [f"## {_category(category, 'vi')} / {_category(category, 'en')}", ""]
        for rule in rules:
            out += _rule_markdown(rule)
    return "\n".join(out).rstrip("\n") + "\n"


def _rule_markdown(rule: Rule) -> list[str]:
    vi, en = EXPLANATIONS[rule.id]["vi"], EXPLANATIONS[rule.id]["en"]
    example = EXAMPLES[rule.id]
    out = [f"### `{rule.id}` — {vi['title']} / {en['title']}", "",
           f"{_severity(rule, 'vi')} / {_severity(rule, 'en')}", ""]
    for key in ("checks", "why"):
        out += [f"**{_label(key, 'vi')}.** {vi[key]}", f"*{_label(key, 'en')}: {en[key]}*", ""]
    out += [f"**{_label('example', 'vi')} / {_label('example', 'en')}** (`{example.file}`):", ""]
    language = "sh" if example.shell else _language(example.file)
    out += _fence(f"$ {example.shell}" if example.shell else example.wrong, language)
    out += [f"**{_label('fix', 'vi')}.** {vi['fix']}", f"*{_label('fix', 'en')}: {en['fix']}*", ""]
    if not example.shell and example.fixed is not None and example.fixed.strip():
        out += _fence(example.fixed, _language(example.file))
    return out


def _language(file: str) -> str:
    return "jinja" if file.endswith(".j2") else "yaml"


def _fence(text: str, language: str) -> list[str]:
    return [f"```{language}", *_lines(text), "```", ""]
