"""Properties: whatever bytes or text a dossier file holds, reading it never raises and every
finding has a 1-based place; whatever a careless edit does to a valid criterion file, `run_check`
and the reporters never raise."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import make_dossier, met_files
from ntmcli.check import CheckResult, run_check
from ntmcli.findings import RULES, Finding
from ntmcli.i18n import finding_hint, finding_message
from ntmcli.output import json_, text
from ntmcli.yamlsource import decode, load_yaml, parse_text

SETTINGS = settings(max_examples=200, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def assert_placed(findings: list[Finding] | tuple[Finding, ...]) -> None:
    for found in findings:
        assert found.rule in RULES
        assert found.line >= 1 and found.column >= 1


# --- reading ----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("bytes") / "f.yaml"


@SETTINGS
@given(raw=st.one_of(
    st.binary(max_size=300),
    # bytes that look like text more often than random bytes do
    st.text(max_size=200).map(lambda s: s.encode("utf-8", errors="surrogatepass")),
    st.text(max_size=100).map(lambda s: b"\xef\xbb\xbf" + s.encode("utf-8", errors="surrogatepass")),
    st.text(max_size=100).map(lambda s: s.encode("utf-16", errors="surrogatepass")),
))
def test_load_yaml_never_raises_on_any_bytes(scratch: Path, raw: bytes) -> None:
    scratch.write_bytes(raw)
    document, findings = load_yaml(scratch, "f.yaml")
    assert_placed(findings)
    if document is None:
        assert findings, "a file that cannot be read always says why"


# Text as decode() can hand it over: no lone surrogates (strict UTF-8/16/32 decoding refuses them).
YAMLISH = st.text(alphabet=st.sampled_from(list("ab1.:-_ #\"'[]{},&*!|>?%@`\n\t\\ăĐ\x85\u2028"))
                  | st.characters(exclude_categories=["Cs"]), max_size=120)


@SETTINGS
@given(source=YAMLISH)
def test_parse_text_never_raises_on_any_text(source: str) -> None:
    document, findings = parse_text(source, "f.yaml")
    assert_placed(findings)
    if document is None:
        assert findings
    else:
        positions = [document.locate(path) for path in _paths(document.data)]
        assert all(p.line >= 1 and p.column >= 1 for p in positions)


def _paths(data: object, prefix: tuple = ()) -> list[tuple]:
    """Every path into built YAML data, the way findings name places."""
    out = [prefix]
    if isinstance(data, dict):
        for key, value in data.items():
            out += _paths(value, prefix + (key,))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            out += _paths(value, prefix + (index,))
    return out


@SETTINGS
@given(source=st.text(max_size=120))
def test_decode_round_trips_nfc_text(source: str) -> None:
    import unicodedata

    text_, findings = decode(source.encode("utf-8", errors="surrogatepass"), "f.yaml")
    assert_placed(findings)
    if text_ is not None:
        assert text_ == unicodedata.normalize("NFC", source)


# --- careless edits of a valid criterion file -------------------------------------------------------

# Two criterion files between them hold every kind of indicator but the level and the ratio.
EDITED = ("tieu-chi/01-dien.yaml", "tieu-chi/03-thu-nhap.yaml")
BASES = {name: met_files()[name].decode("utf-8").splitlines() for name in EDITED}

# Scalars a hand edit may leave, including numbers that overflow a ratio or a 28-digit Decimal.
SCALARS = st.sampled_from([
    "", "null", "~", "[]", "{}", ".nan", ".inf", "-1", "0", "101", "99.60", "1e3", "1_000",
    "0x1F", "0o17", "00004", "yes", "no", "on", "true", "2024-02-30", "2024-06-30", "12:30",
    '"x"', "'", '"', "&a", "*a", "!!binary aGk=", "!!str 5", "!!python/none", "[1, 2]",
    "{a: 1}", "|", ">", "- x", ": y", "#", "%", "@", "`", "dat", "chua_dat", "co_ban_dat",
    "tham_tra", "Đạt", "a\tb", "?", ",", "\x07", "minh-chung/../../x", "/etc/passwd",
    '"1.1"', '"1.2"', '"9.9"', "1.10", "1.0e+308", "5.0e+30", "-1.0e+27", "1.0e-300", "1e400", "-0.0",
])
LINE = st.integers(min_value=0, max_value=max(len(lines) for lines in BASES.values()) - 1)
MUTATION = st.one_of(
    st.tuples(st.just("value"), LINE, SCALARS),
    st.tuples(st.just("delete"), LINE, st.just(None)),
    st.tuples(st.just("duplicate"), LINE, st.just(None)),
    st.tuples(st.just("indent"), LINE, st.integers(min_value=-4, max_value=4)),
    st.tuples(st.just("insert"), LINE, st.text(max_size=12)),
    st.tuples(st.just("swap"), LINE, LINE),
)


def mutate(lines: list[str], mutations: list[tuple[str, int, object]]) -> str:
    lines = list(lines)
    for kind, n, arg in mutations:
        n = min(n, len(lines) - 1)
        if n < 0:
            break
        line = lines[n]
        if kind == "value":
            head, colon, _ = line.partition(": ")
            lines[n] = f"{head}: {arg}" if colon else f"{line} {arg}"
        elif kind == "delete":
            del lines[n]
        elif kind == "duplicate":
            lines.insert(n, line)
        elif kind == "indent":
            shift = int(arg)  # type: ignore[arg-type]
            lines[n] = " " * shift + line if shift > 0 else line[min(-shift, len(line) - len(line.lstrip())):]
        elif kind == "insert":
            cut = len(line) // 2
            lines[n] = line[:cut] + str(arg) + line[cut:]
        elif kind == "swap":
            m = min(int(arg), len(lines) - 1)  # type: ignore[arg-type]
            lines[n], lines[m] = lines[m], lines[n]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def dossier(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_dossier(tmp_path_factory.mktemp("mutations"))


def render_everything(result: CheckResult) -> None:
    for found in result.findings:
        for lang in ("vi", "en"):
            finding_message(found.rule, found.arguments, lang)
            finding_hint(found.rule, found.arguments, lang)
    text.report(result, "vi", io.StringIO(), color=False)
    json_.report(result, "en", io.StringIO())


@SETTINGS
@given(name=st.sampled_from(EDITED), mutations=st.lists(MUTATION, min_size=1, max_size=4))
def test_run_check_never_raises_on_an_edited_criterion_file(dossier: Path, name: str, mutations) -> None:
    for other in EDITED:  # start each example from the valid dossier
        (dossier / other).write_text("\n".join(BASES[other]) + "\n", encoding="utf-8")
    (dossier / name).write_text(mutate(BASES[name], mutations), encoding="utf-8")
    result = run_check([dossier], [])
    assert_placed(result.findings)
    assert result.exit_code("error") in (0, 1)
    render_everything(result)


def test_the_unedited_files_are_clean(dossier: Path) -> None:
    # the property above starts from a dossier that is met: its findings come from the edits
    for name in EDITED:
        (dossier / name).write_text(mutate(BASES[name], []), encoding="utf-8")
    assert [f.rule for f in run_check([dossier], []).findings] == ["criteria-illustrative"]
