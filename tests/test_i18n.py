"""ntmcli.i18n: every rule speaks Vietnamese and English, and every message a real finding renders
is complete (no `{placeholder}` left). Real findings come from the golden dossiers."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import pytest
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import BROKEN_CRITERIA_DIR, CRITERIA_DIR, check, edit, golden_cases, make_dossier, met_files
from hostile_corpus import corpus_findings
from ntmcli.criteria.catalog import Catalog
from ntmcli.criteria.resolve import resolve_ref
from ntmcli.findings import RULES, Finding
from ntmcli.i18n import LANGS, UnknownLanguage, finding_hint, finding_message, has, resolve_lang, t
from ntmcli.i18n.catalog import MESSAGES
from ntmcli.i18n.numbers import format_decimal, format_number
from ntmcli.yamlsource import decode, load_yaml, parse_text

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")


def _runnable(case: Path) -> bool:
    """Cases marked with a known crash (xfail) cannot produce findings to render."""
    expected = yaml.safe_load((case.parent / f"{case.name}.expected.yaml").read_text("utf-8"))
    return not expected.get("xfail")


@lru_cache(maxsize=1)
def golden_findings() -> tuple[Finding, ...]:
    return tuple(f for case in golden_cases() if _runnable(case) for f in check(case).findings)


@pytest.fixture(scope="module")
def all_findings(tmp_path_factory: pytest.TempPathFactory) -> tuple[Finding, ...]:
    """The golden findings plus real findings of the rules no golden dossier can show: broken
    YAML structure, unreadable files, broken criteria sets, an unanswered condition."""
    tmp = tmp_path_factory.mktemp("i18n")
    more: list[Finding] = []
    for text in ("", "a: 1\n? [x]\n: 2\n", "a: &x [*x]\n"):
        more += parse_text(text, "x.yaml")[1]
    more += decode(b"a: \x00\n", "x.yaml")[1]
    more += load_yaml(tmp / "absent.yaml", "absent.yaml")[1]
    big = tmp / "big.yaml"
    big.write_bytes(b"#" * (3 * 1024 * 1024))
    more += load_yaml(big, "big.yaml")[1]
    catalog = Catalog.with_dirs([CRITERIA_DIR, BROKEN_CRITERIA_DIR])
    for ref in ("cycle-a@1", "bo-sai@1", "thieu-truong@1", "chuyen-chi-tieu@1", "sai-cho@1"):
        more += resolve_ref(catalog, ref)[1]
    conditions = edit(met_files()["dieu-kien.yaml"], "    numerator: 1880\n    denominator: 2000\n", "")
    more += check(make_dossier(tmp, {"dieu-kien.yaml": conditions})).findings
    more += corpus_findings(tmp / "hostile")
    return golden_findings() + tuple(more)


def test_real_findings_cover_every_rule_a_dossier_can_break(all_findings: tuple[Finding, ...]) -> None:
    # Every rule of what a dossier and its files can get wrong is rendered from a real finding
    # here; a new rule of these categories needs a golden or a hostile case. (Rules of the criteria category
    # belong to criteria linting, which is tested with the criteria sets.)
    categories = {"file", "yaml", "schema", "dossier", "evidence", "attainment"}
    wanted = {rule for rule, spec in RULES.items() if spec.category in categories}
    assert wanted - {f.rule for f in all_findings} == set()


@pytest.mark.parametrize("rule", sorted(RULES))
@pytest.mark.parametrize("part", ["message", "hint"])
def test_every_rule_has_its_text_in_both_languages(rule: str, part: str) -> None:
    key = f"rule.{rule}.{part}"
    assert has(key)
    assert set(MESSAGES[key]) == set(LANGS)
    if part == "message":
        assert all(MESSAGES[key][lang].strip() for lang in LANGS)


def test_every_catalog_entry_is_in_both_languages() -> None:
    incomplete = [key for key, entry in MESSAGES.items() if set(entry) != set(LANGS)]
    assert incomplete == []


def test_no_message_belongs_to_an_unknown_rule() -> None:
    rule_ids = {key.split(".")[1] for key in MESSAGES if key.startswith("rule.")}
    assert rule_ids == set(RULES)


def test_the_golden_cases_produce_findings_of_many_rules() -> None:
    # guards the test below against silently rendering nothing
    assert len({f.rule for f in golden_findings()}) >= 35


@pytest.mark.parametrize("lang", LANGS)
def test_real_findings_render_without_unfilled_placeholders(lang: str,
                                                             all_findings: tuple[Finding, ...]) -> None:
    unfilled = {}
    for found in all_findings:
        if any("{" in value for value in found.arguments.values()):
            continue  # text from a dossier may hold braces of its own (tests/hostile/markup)
        for text in (finding_message(found.rule, found.arguments, lang),
                     finding_hint(found.rule, found.arguments, lang)):
            if PLACEHOLDER.search(text):
                unfilled[found.rule] = text
    assert unfilled == {}


def test_every_message_key_a_finding_names_exists(all_findings: tuple[Finding, ...]) -> None:
    missing = {(f.rule, name, key) for f in all_findings
               for name, key in f.arguments.items() if name.endswith("_msg") and not has(key)}
    assert missing == set()


def test_vietnamese_and_english_messages_differ(all_findings: tuple[Finding, ...]) -> None:
    same = {f.rule for f in all_findings
            if finding_message(f.rule, f.arguments, "vi") == finding_message(f.rule, f.arguments, "en")}
    assert same == set()


def test_did_you_mean_is_rendered_from_the_candidate() -> None:
    found = next(f for f in golden_findings() if f.rule == "dossier-unknown-class")
    assert finding_message(found.rule, found.arguments, "en").endswith("; did you mean `DBSH`?")
    assert finding_message(found.rule, found.arguments, "vi").endswith("; có phải `DBSH`?")


def test_a_message_argument_in_another_language_is_rendered_in_the_chosen_one() -> None:
    found = next(f for f in golden_findings() if f.rule == "unit-not-attained")
    assert "nông thôn mới" in finding_message(found.rule, found.arguments, "vi")
    assert "new rural" in finding_message(found.rule, found.arguments, "en")


# --- choosing the language ------------------------------------------------------------------------------

def test_vietnamese_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NTM_LANG", raising=False)
    assert resolve_lang(None) == "vi"


def test_the_environment_chooses_when_no_option_is_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NTM_LANG", "en_US.UTF-8")
    assert resolve_lang(None) == "en"
    assert resolve_lang("vi") == "vi"  # the option wins


@pytest.mark.parametrize("choice", ["fr", "xx", "tiếng việt"])
def test_an_unsupported_language_is_refused(choice: str) -> None:
    with pytest.raises(UnknownLanguage):
        resolve_lang(choice)


def test_t_fills_named_fields() -> None:
    assert t("error.no_path", "en", path="a/b") == "Path `a/b` does not exist"
    assert t("error.no_path", "vi", path="a/b") == "Không tìm thấy đường dẫn `a/b`"


@settings(max_examples=500, deadline=None)
@given(value=st.one_of(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15),
                       st.integers(-10**7, 10**7).map(lambda n: n / 10), st.integers(-10**6, 10**6).map(float)),
       decimals=st.integers(0, 4), mode=st.sampled_from(["half_up", "down"]), lang=st.sampled_from(LANGS))
@example(value=-0.0, decimals=2, mode="half_up", lang="vi")
@example(value=-0.5, decimals=1, mode="down", lang="en")
@example(value=1234567.25, decimals=2, mode="half_up", lang="vi")
def test_a_number_written_without_rounding_reads_as_decimal_arithmetic_gives_it(
        value: float, decimals: int, mode: str, lang: str) -> None:
    """format_number skips Decimal when nothing is to round; it must read the same."""
    if abs(value) >= 1e15:
        return
    expected = format_decimal(Decimal(repr(value)), lang, decimals, mode)
    assert format_number(value, lang, decimals, mode) == expected
