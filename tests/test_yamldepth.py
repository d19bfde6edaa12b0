"""ntmcli.yamldepth: how deep a YAML text nests, found before libyaml sees it.

A bracket in quoted text, a comment or a block scalar nests nothing and closes nothing; real
nesting is always found, at the bracket (or `- `/`? `) that goes one level too deep — where
libyaml's own scanner puts it. The crashes themselves are the hostile cases
`bombs/deep-flow-after-*-closers`, `bombs/deep-block-keys` and `bombs/deep-dashes-after-cr`.
"""

from __future__ import annotations

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ntmcli.yamlsource
from ntmcli.yamldepth import too_deep
from ntmcli.yamlsource import MAX_DEPTH, parse_text

LIBYAML = getattr(yaml, "CSafeLoader", None)
needs_libyaml = pytest.mark.skipif(LIBYAML is None, reason="compares with libyaml's scanner")


def deep(levels: int) -> str:
    return "[" * levels + "]" * levels


# --- text is not structure -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    'note: "' + "[" * 60 + '"\n',
    "note: '" + "{" * 30 + "''" + "[" * 30 + "'\n",
    'note: "line one [[[[[[[[[[\n  [[[[[[[[[[ \\" [[[[[[[[[[ line two"\n',
    "# " + "[" * 60 + "\nnote: x  # " + "{" * 60 + "\n",
    "note: |\n  " + "[" * 60 + "\n\n  " + "{" * 60 + "\nname: x\n",
    "indicators:\n  - note: >-\n      " + "[ " * 60 + "\n    id: '1'\n",
    "note: see [1], [2] and " + "[" * 60 + "\n",  # in the block context, plain text
    "note: '" + "- " * 60 + "'\n",
    "note: |\n  " + "? " * 60 + "\n",
])
def test_brackets_and_dashes_in_text_nest_nothing(text: str) -> None:
    assert too_deep(text, 3) is None
    document, findings = parse_text(text, "x.yaml")
    assert findings == [] and document is not None


@pytest.mark.parametrize("closers", [
    'note: "' + "]" * 10 + '"\n',
    "note: '" + "}" * 10 + "'\n",
    "# " + "]" * 10 + "\n",
    "note: |\n  " + "]" * 10 + "\n",
    "note: >\n  " + "}" * 10 + "\n\n",
])
def test_a_closing_bracket_in_text_closes_nothing(closers: str) -> None:
    text = closers + "deep: " + deep(5) + "\n"
    assert too_deep(text, 3) == len(closers) + len("deep: ") + 3  # the fourth `[`


def test_the_first_bracket_too_deep_is_found_among_flow_collections() -> None:
    text = 'a: [{b: "]]]", c: [x, {d: ["}", [e]]}]}]\n'
    assert too_deep(text, 6) is None
    assert too_deep(text, 5) == text.index("[e]")


@pytest.mark.parametrize("text, limit, offset", [
    ("[[\na\n- '[['", 2, 8),    # `a - '` is one plain scalar: the `[` after it is the third level
    ('[a\n- "[[["]', 1, 6),
])
def test_a_plain_scalar_in_a_flow_collection_goes_on_over_a_line_starting_with_a_dash(
        text: str, limit: int, offset: int) -> None:
    assert too_deep(text, limit) == offset


@pytest.mark.parametrize("text, offset", [
    ("- " * 10 + "x\n", 7),                       # the blank after the fourth `- `
    ("items:\n  " + "? " * 10 + "x\n", 16),
    ("items:\n  " + "- ? " * 5 + "x\n", 16),
    ("a: 1\r" + "- " * 10 + "x\n", 12),          # a line broken by CR alone is a line to libyaml
])
def test_a_run_of_block_indicators_nests_one_level_each(text: str, offset: int) -> None:
    assert too_deep(text, 3) == offset


def test_where_the_scan_loses_libyamls_path_every_bracket_counts_and_none_closes() -> None:
    # a directive: the scan does not follow it, so [] [] [] [] are four levels from there on
    text = "%YAML 1.1\n---\na: [[]], [[]]\n"
    assert too_deep(text, 3) == text.rindex("[]")


def test_a_file_with_few_brackets_is_never_scanned(monkeypatch: pytest.MonkeyPatch) -> None:
    scanned: list[str] = []
    monkeypatch.setattr(ntmcli.yamlsource, "too_deep", lambda text, limit: scanned.append(text))
    few = "indicators:\n" + '  - {id: "1.1", value: [1, 2]}\n' * 10
    many = "indicators:\n" + '  - {id: "1.1", value: [1, 2]}\n' * 30
    assert parse_text(few, "x.yaml")[1] == []
    assert scanned == []
    parse_text(many, "x.yaml")
    assert scanned == [many]


# --- properties ----------------------------------------------------------------------------------

_TEXT = st.lists(st.sampled_from(list("[]{}\"'\\#:-? \n\tax,|>&*!%ờ") + ["---", "...", "\r\n"]),
                 max_size=60).map("".join)


class _StyledDumper(yaml.SafeDumper):
    pass


class _Styled(str):
    style: str | None = None


_STYLES = {style: type(f"_Styled{n}", (_Styled,), {"style": style})
           for n, style in enumerate(['"', "'", "|", ">", None])}
for _kind in _STYLES.values():
    _StyledDumper.add_representer(
        _kind, lambda dumper, data: dumper.represent_scalar("tag:yaml.org,2002:str", str(data),
                                                            style=type(data).style))


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.sampled_from(sorted(_STYLES, key=str)))
def test_any_text_written_as_yaml_text_is_never_too_deep(text: str, style: str | None) -> None:
    written = yaml.dump({"note": _STYLES[style](text)}, Dumper=_StyledDumper, allow_unicode=True)
    assert yaml.safe_load(written) == {"note": text}
    assert too_deep(written, 0, 0) is None


_DATA = st.recursive(st.one_of(st.none(), st.integers(), _TEXT),
                     lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_TEXT, inner, max_size=3),
                     max_leaves=12)


@settings(max_examples=300, deadline=None)
@given(_DATA, st.booleans(), st.integers(MAX_DEPTH + 1, MAX_DEPTH + 40))
def test_real_nesting_beyond_the_limit_is_always_found(data: object, flow: bool, levels: int) -> None:
    before = yaml.safe_dump({"data": data}, default_flow_style=flow, allow_unicode=True)
    text = before + "deep: " + deep(levels) + "\n"
    assert too_deep(text, MAX_DEPTH) == len(before) + len("deep: ") + MAX_DEPTH


# Pieces of YAML that decide what is structure: indicators, quotes, escapes, comments, block
# scalars, indentation, tabs, document markers, odd line breaks, anchors and tags.
_PIECES = ["[", "]", "{", "}", ",", "- ", "-", "? ", "?", ": ", ":", '"', "'", "\\", "#", " ", "  ",
           "\n", "\n ", "\n  ", "\n    ", "\t", "|", ">", "|-", ">2", "|+1", "a", "b: ", "&x ", "*x",
           "!t ", "!!str ", "!<t> ", "!a!", "---", "...", "\r\n", "\r", "''", '\\"', "x y",
           "\u2028", "\x85", "\ufeff", "@", "|\n  [[\n", ": |\n  ]]\n", 'a: "', "\n- ", '"k": ',
           "[a]: ", ":x", "?x", "-x", "a#b", " #c\n", "\n  ? ", "[[", "]]"]


def _libyaml_flow_depth(text: str) -> tuple[int, int | None, bool]:
    """The deepest flow level libyaml's scanner reaches, where it first does, and whether it stops
    at an error."""
    depth = deepest = 0
    first = None
    try:
        for token in yaml.scan(text, Loader=LIBYAML):
            if isinstance(token, (yaml.FlowSequenceStartToken, yaml.FlowMappingStartToken)):
                depth += 1
                if depth > deepest:
                    deepest, first = depth, token.start_mark.index + text.startswith("\ufeff")
            elif isinstance(token, (yaml.FlowSequenceEndToken, yaml.FlowMappingEndToken)):
                depth = max(depth - 1, 0)
    except yaml.YAMLError:
        return deepest, first, True
    return deepest, first, False


_LINE = st.tuples(st.integers(0, 6), st.lists(st.sampled_from(_PIECES + ["k: ", "- ", "? ", "# c"]), max_size=6))
_BREAK = st.sampled_from(["\n", "\r\n", "\r", "\u2028", "\n\n"])
# Pieces strung together, and lines of them at various indentations (a plain scalar going on over
# lines that start with `-` or `#`, a flow collection across lines…).
_YAML_LIKE = st.one_of(
    st.lists(st.sampled_from(_PIECES), max_size=60).map("".join),
    st.lists(st.tuples(_LINE, _BREAK), max_size=10).map(
        lambda lines: "".join(" " * indent + "".join(pieces) + end for (indent, pieces), end in lines)))


@needs_libyaml
@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_YAML_LIKE)
def test_the_depth_found_is_libyamls(text: str) -> None:
    """Never less than libyaml's own flow depth (up to where libyaml stops at an error); the same,
    at the same bracket, wherever libyaml reads the text through."""
    deepest, first, error = _libyaml_flow_depth(text)
    unlimited = 10 ** 6  # runs of `- ` are another matter
    if deepest:
        found = too_deep(text, deepest - 1, unlimited)
        assert found is not None
        assert error or found == first
    if not error:
        assert too_deep(text, deepest, unlimited) is None
