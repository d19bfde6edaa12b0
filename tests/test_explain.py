"""`ntm explain`: every rule is explained in Vietnamese and English, and every example really does
what it says — written into a real dossier (or criteria folder), `wrong` triggers its rule and
`fixed` does not. Examples a file cannot show (links, pipes, huge files) are proven by the
hostile-input case they name;
rules needing a larger setup than one dossier by the test module they name (listed below)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import make_dossier, met_files
from hostile_corpus import CORPUS, cases
from ntmcli.cli import app
from ntmcli.explain import rules_markdown
from ntmcli.findings import RULES
from ntmcli.i18n import LANGS
from ntmcli.i18n.explain import EXAMPLES, EXPLANATIONS, VALID_SET, Example

runner = CliRunner()
TESTS = Path(__file__).parent
DOC = TESTS.parent / "docs" / "quy-tac.md"

# Rules one dossier cannot show, and why; the named test module triggers them for real.
NOT_IN_ONE_DOSSIER = {
    "criteria-derived": "needs a derived threshold linking two criteria sets",
    "criteria-special-area": "needs a set declaring special-area categories",
    "criteria-count-exceeds": "needs a set declaring the decision's official totals",
    "criteria-rules-condition": "needs the recognition rules file governing a set",
    "criteria-illustrative": "every test dossier shows it: the test catalogue is illustrative",
    "dossier-special-area": "needs a set whose special-area rule moves the commune",
    "template-error": "needs `ntm report` with a user template",
    "template-unsafe": "needs `ntm report` with a user template",
    "rollup-member-not-attained": "needs a district dossier and its member communes",
    "rollup-stated-mismatch": "needs a district dossier and its member communes",
}


@pytest.fixture(autouse=True)
def _no_language_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NTM_LANG", raising=False)


def ntm(*args: str | Path):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


# --- the words ----------------------------------------------------------------------------------

@pytest.mark.parametrize("rule", sorted(RULES))
def test_every_rule_is_explained_in_both_languages(rule: str) -> None:
    assert rule in EXPLANATIONS and rule in EXAMPLES
    words = EXPLANATIONS[rule]
    assert set(words) == set(LANGS)
    for lang in LANGS:
        assert set(words[lang]) == {"title", "checks", "why", "fix"}
        assert all(text.strip() for text in words[lang].values())
    assert words["vi"]["checks"] != words["en"]["checks"]


def test_no_explanation_for_a_rule_that_does_not_exist() -> None:
    assert set(EXPLANATIONS) == set(RULES) == set(EXAMPLES)


# --- the examples, for real ---------------------------------------------------------------------

def _in_a_dossier(rule: str) -> list[str]:
    example = EXAMPLES[rule]
    return [] if example.shell or example.elsewhere or example.case else [rule]


DOSSIER_EXAMPLES = [r for r in sorted(RULES) if EXAMPLES[r].where == "dossier" for r in _in_a_dossier(r)]
CRITERIA_EXAMPLES = [r for r in sorted(RULES) if EXAMPLES[r].where == "criteria" for r in _in_a_dossier(r)]


def _written(example: Example, base: str | None, lines: str | None) -> str | None:
    """The file with the example's lines in place of `example.base` (or the new file itself)."""
    if example.base is None:
        return lines
    assert base is not None and base.count(example.base) == 1, "the example's base moved on"
    return base.replace(example.base, lines or "")


def _dossier_rules(tmp_path: Path, example: Example, lines: str | None, name: str) -> set[str]:
    base = met_files().get(example.file)
    text = _written(example, base.decode("utf-8") if base else None, lines)
    root = make_dossier(tmp_path, {example.file: text}, name=name)
    result = ntm("check", root, "--format", "json")
    import json

    return {f["rule"] for d in json.loads(result.stdout)["dossiers"] for f in d["findings"]}


@pytest.mark.parametrize("rule", DOSSIER_EXAMPLES)
def test_the_example_triggers_its_rule_and_the_fix_clears_it(rule: str, tmp_path: Path) -> None:
    example = EXAMPLES[rule]
    assert rule in _dossier_rules(tmp_path, example, example.wrong, "sai")
    assert rule not in _dossier_rules(tmp_path, example, example.fixed, "dung")


def _lint_rules(tmp_path: Path, example: Example, lines: str | None, name: str) -> set[str]:
    folder = tmp_path / name
    text = _written(example, VALID_SET, lines)
    if text is not None:
        (folder / example.file).parent.mkdir(parents=True)
        (folder / example.file).write_text(text, encoding="utf-8")
    else:
        folder.mkdir()
    output = ntm("criteria", "lint", "--strict", "--criteria-dir", folder).output
    mine = [line for line in output.splitlines() if example.file in line]
    return {rule for rule in RULES if any(f"[{rule}]" in line for line in mine)}


@pytest.mark.parametrize("rule", CRITERIA_EXAMPLES)
def test_the_criteria_example_triggers_its_rule_and_the_fix_clears_it(rule: str, tmp_path: Path) -> None:
    example = EXAMPLES[rule]
    assert rule in _lint_rules(tmp_path, example, example.wrong, "sai")
    assert rule not in _lint_rules(tmp_path, example, example.fixed, "dung")


def test_the_valid_set_of_the_criteria_examples_is_clean(tmp_path: Path) -> None:
    clean = Example("vi-du/1.yaml", base=None, where="criteria")
    assert _lint_rules(tmp_path, clean, VALID_SET, "sach") == set()


CORPUS_CASES = {case.name: case for case in cases()}


@pytest.mark.parametrize("rule", sorted(r for r in RULES if EXAMPLES[r].case))
def test_an_example_shown_by_a_hostile_case_is_a_case_of_its_rule(rule: str) -> None:
    """A link, a pipe or a huge file (`shell`), or an example that needs sets only the test
    catalogue has: its hostile case holds the proof."""
    example = EXAMPLES[rule]
    case = CORPUS_CASES[example.case]  # tests/test_hostile.py runs it and checks its findings
    assert rule in {f["rule"] for f in case.spec["findings"]}, (CORPUS / example.case)


def test_the_rules_proven_elsewhere_are_those_listed_here() -> None:
    assert {r for r in RULES if EXAMPLES[r].elsewhere} == set(NOT_IN_ONE_DOSSIER)


@pytest.mark.parametrize("rule", sorted(NOT_IN_ONE_DOSSIER))
def test_a_rule_proven_elsewhere_is_triggered_in_the_named_module(rule: str) -> None:
    module = TESTS / EXAMPLES[rule].elsewhere
    assert rule in module.read_text(encoding="utf-8")


# --- the command --------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("rule", sorted(RULES))
def test_explain_a_rule(rule: str, lang: str) -> None:
    result = ntm("explain", rule, "--lang", lang)
    assert result.exit_code == 0
    words = EXPLANATIONS[rule][lang]
    assert result.output.startswith(f"{rule} — {words['title']}\n")
    example = EXAMPLES[rule]
    shown = example.shell or example.wrong
    assert shown.strip().splitlines()[0].strip() in result.output


def _as_in_the_file(example: Example, lines: str) -> str:
    """The example's `lines` where the file they are written into puts them (a first line cut after
    `- ` keeps its column), shifted left together: what `ntm explain` should show."""
    base = VALID_SET if example.where == "criteria" else met_files()[example.file].decode("utf-8")
    assert example.base and base.count(example.base) == 1
    start = base.index(example.base)
    column = start - (base.rfind("\n", 0, start) + 1)
    return textwrap.dedent(" " * column + lines).rstrip("\n")


SHOWN_FROM_A_FILE = [r for r in sorted(RULES) if EXAMPLES[r].base and not EXAMPLES[r].shell
                     and (EXAMPLES[r].where == "criteria" or EXAMPLES[r].file in met_files())]


@pytest.mark.parametrize("rule", SHOWN_FROM_A_FILE)
def test_an_example_is_shown_as_the_lines_of_its_file_in_one_block(rule: str) -> None:
    """`value: 96` cut from inside an indicator must not print with its next lines indented deeper."""
    example = EXAMPLES[rule]
    text = ntm("explain", rule, "--lang", "en").output
    markdown = rules_markdown()
    for lines in (example.wrong, example.fixed):
        if not lines or not lines.strip():
            continue
        block = _as_in_the_file(example, lines)
        assert "\n".join(f"    {line}".rstrip() for line in block.splitlines()) + "\n" in text
        assert f"```yaml\n{block}\n```" in markdown


def test_a_multi_line_example_prints_as_one_block_in_both_languages_and_in_markdown() -> None:
    for lang in LANGS:
        text = ntm("explain", "self-assessment-mismatch", "--lang", lang).output
        assert "    value: 96\n    numerator: 2400\n    denominator: 2500\n    self_assessment: dat\n" in text
    assert "```yaml\nvalue: 96\nnumerator: 2400\n" in rules_markdown()


def test_explain_speaks_vietnamese_by_default() -> None:
    assert "Cách sửa:" in ntm("explain", "yaml-unquoted-text").output
    assert "Fix:" in ntm("explain", "yaml-unquoted-text", "--lang", "en").output


def test_an_unknown_rule_exits_2_with_did_you_mean() -> None:
    result = ntm("explain", "yaml-unqoted-text", "--lang", "en")
    assert result.exit_code == 2
    assert "did you mean `yaml-unquoted-text`?" in result.output


def test_explain_without_a_rule_lists_every_rule_with_its_title() -> None:
    result = ntm("explain", "--lang", "en")
    assert result.exit_code == 0
    for rule in RULES:
        assert f"  {rule} " in result.output
        assert EXPLANATIONS[rule]["en"]["title"] in result.output


def test_the_rules_reference_is_the_generators_output() -> None:
    """docs/quy-tac.md is generated; after adding or changing a rule, regenerate it with
    `ntm explain --format md > docs/quy-tac.md`."""
    assert DOC.read_text(encoding="utf-8") == rules_markdown()
    assert ntm("explain", "--format", "md").output == rules_markdown()


def test_the_rules_reference_has_every_rule() -> None:
    text = rules_markdown()
    assert all(f"### `{rule}`" in text for rule in RULES)
