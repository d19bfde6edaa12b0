"""ntmcli.yamlsource: bytes → NFC text → data with exact 1-based positions, and the findings of
everything that can go wrong on the way."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from ntmcli.i18n import finding_message
from ntmcli.yamlsource import (
    MAX_BYTES,
    MAX_DEPTH,
    Position,
    _Loader,
    _only_comments,
    decode,
    load_yaml,
    parse_text,
)


def parse(text: str):
    return parse_text(text, "x.yaml")


def located(findings) -> list[tuple[str, int, int]]:
    return [(f.rule, f.line, f.column) for f in findings]


# --- positions --------------------------------------------------------------------------------

def test_positions_are_one_based_and_exact_for_keys_and_values() -> None:
    document, findings = parse("criterion: \"1\"\nindicators:\n  - id: \"1.1\"\n    value: 96.5\n")
    assert findings == []
    assert document.keys[("criterion",)] == Position(1, 1)
    assert document.values[("criterion",)] == Position(1, 12)
    assert document.keys[("indicators", 0, "id")] == Position(3, 5)
    assert document.values[("indicators", 0, "id")] == Position(3, 9)
    assert document.values[("indicators", 0, "value")] == Position(4, 12)


def test_locate_falls_back_to_the_nearest_existing_ancestor() -> None:
    document, _ = parse("unit:\n  name: Xã A\n")
    # unit.code is absent: a "missing field" error is placed where unit's mapping starts
    assert document.locate(("unit", "code")) == Position(2, 3)
    assert document.locate(("nowhere", 3, "deep")) == Position(1, 1)


def test_locate_a_key_rather_than_its_value() -> None:
    document, _ = parse("stage: tu_danh_gia\n")
    assert document.locate(("stage",), key=True) == Position(1, 1)
    assert document.locate(("stage",)) == Position(1, 8)


# --- data as written ----------------------------------------------------------------------------

def test_mapping_keys_stay_as_written_text() -> None:
    # YAML would read 17.10 as the float 17.1 and 1 as an int: indicator ids must not change
    document, findings = parse("17.10: a\n17.1: b\n1: c\ntrue: d\n")
    assert findings == []
    assert document.data == {"17.10": "a", "17.1": "b", "1": "c", "true": "d"}


def test_unquoted_scalars_remember_their_written_form() -> None:
    document, _ = parse("code: 00004\nflag: no\nquoted: \"00004\"\nwhen: 2024-06-30\n")
    assert document.data["code"] == 4
    assert document.plain[("code",)].raw == "00004"
    assert document.plain[("flag",)].raw == "no"
    assert document.plain[("when",)].tag == "timestamp"
    assert ("quoted",) not in document.plain  # quoted text is text already


def test_an_impossible_date_is_kept_as_its_text() -> None:
    document, findings = parse("date: 2024-02-30\n")
    assert findings == []
    assert document.data == {"date": "2024-02-30"}


def test_python_tags_are_never_constructed() -> None:
    # a safe loader keeps the written text; an unsafe one would hand back os.system itself
    document, _ = parse("x: !!python/name:os.system 'ls'\n")
    assert document.data == {"x": "ls"}


# --- duplicate and complex keys -----------------------------------------------------------------

def test_duplicate_key_keeps_the_first_value_and_reports_the_second() -> None:
    document, findings = parse("value: 62.5\nname: x\nvalue: 40\n")
    assert document.data == {"value": 62.5, "name": "x"}
    assert located(findings) == [("yaml-duplicate-key", 3, 1)]
    assert findings[0].arguments["key"] == "value"
    assert findings[0].arguments["first_line"] == "1"


def test_duplicate_key_inside_a_list_item() -> None:
    document, findings = parse("indicators:\n  - id: \"1.1\"\n    id: \"1.2\"\n")
    assert document.data == {"indicators": [{"id": "1.1"}]}
    assert located(findings) == [("yaml-duplicate-key", 3, 5)]


def test_a_complex_key_is_reported_and_skipped() -> None:
    document, findings = parse("a: 1\n? [x, y]\n: 2\n")
    assert document.data == {"a": 1}
    assert located(findings) == [("yaml-complex-key", 2, 3)]


# --- syntax ------------------------------------------------------------------------------------

def test_syntax_error_has_its_exact_line_and_column() -> None:
    text = 'criterion: "4"\nindicators:\n  - id: "4.1"\n     value: true\n'
    document, findings = parse(text)
    assert document is None
    assert located(findings) == [("yaml-syntax", 4, 6)]
    assert findings[0].arguments["problem"]


def test_unclosed_flow_sequence_is_reported_at_its_bracket_not_past_the_end() -> None:
    _, findings = parse("levels: [muc-1, muc-2\n")
    assert located(findings) == [("yaml-syntax", 1, 9)]


def test_a_missing_space_after_a_colon_is_reported_on_its_line() -> None:
    _, findings = parse("a: 1\nyear:2025\nb: 2\n")
    assert located(findings) == [("yaml-syntax", 2, 1)]


def test_an_unclosed_quote_is_reported_where_it_opens() -> None:
    _, findings = parse('a: "x\nb: 1\nc: "y"\n')
    assert located(findings) == [("yaml-syntax", 1, 4)]
    assert findings[0].arguments["problem_msg"] == "yaml.runaway_quote"
    assert findings[0].arguments["end_line"] == "3"


def test_tab_indentation_is_a_syntax_error_at_the_tab() -> None:
    _, findings = parse("a:\n\tb: 1\n")
    assert located(findings) == [("yaml-syntax", 2, 1)]


def test_a_second_document_is_a_syntax_error() -> None:
    _, findings = parse("a: 1\n---\nb: 2\n")
    assert located(findings) == [("yaml-syntax", 2, 1)]


def test_a_control_character_is_reported_where_it_stands() -> None:
    _, findings = parse("name: Xa\x07A\n")
    assert located(findings) == [("yaml-syntax", 1, 9)]


def test_a_control_character_after_vietnamese_text_is_reported_where_it_stands() -> None:
    _, findings = parse("name: Xã Hòa\nb: ờ\x07A\n")
    assert located(findings) == [("yaml-syntax", 2, 5)]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_control_character_is_named_by_its_code_point(lang: str) -> None:
    _, findings = parse("name: Xã\x07A\n")
    assert "U+0007" in finding_message(findings[0].rule, findings[0].arguments, lang)


def test_nul_in_a_utf16_file_is_binary_content(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_bytes("a: b\x00c\n".encode("utf-16"))
    document, findings = load_yaml(path, "x.yaml")
    assert document is None
    assert located(findings) == [("file-binary", 1, 5)]


# --- complexity ----------------------------------------------------------------------------------

def _alias_bomb(levels: int = 9) -> str:
    lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, levels + 1):
        name, previous = chr(ord("a") + i), chr(ord("a") + i - 1)
        lines.append(f"{name}: &{name} [{', '.join(['*' + previous] * 9)}]")
    return "\n".join(lines) + "\n"


def test_alias_bomb_is_refused_without_expanding_it() -> None:
    # nine levels of nine aliases would be 9**9 strings if expanded
    document, findings = parse(_alias_bomb())
    assert document is None
    assert [f.rule for f in findings] == ["yaml-too-complex"]
    assert findings[0].arguments["what_msg"] == "complex.nodes"


def test_a_few_aliases_are_fine() -> None:
    document, findings = parse("base: &b {kind: percent}\nother: *b\n")
    assert findings == []
    assert document.data["other"] == {"kind": "percent"}


def test_recursive_alias_is_refused() -> None:
    document, findings = parse("a: &x [*x]\n")
    assert document is None
    assert located(findings) == [("yaml-too-complex", 1, 4)]


@pytest.mark.parametrize("depth", [MAX_DEPTH + 5, 5000])
def test_deep_flow_nesting_is_a_finding_not_a_recursion_error(depth: int) -> None:
    document, findings = parse("a: " + "[" * depth + "]" * depth + "\n")
    assert document is None
    assert [f.rule for f in findings] == ["yaml-too-complex"]
    assert findings[0].arguments["what_msg"] == "complex.nesting"


def test_deep_block_nesting_is_a_finding_at_the_first_node_too_deep() -> None:
    depth = 200
    text = "".join("  " * i + f"k{i}:\n" for i in range(depth)) + "  " * depth + "v\n"
    document, findings = parse(text)
    assert document is None
    # the root is depth 0; each level is a key and a value, so depth 49 starts at line 50
    assert located(findings) == [("yaml-too-complex", 50, 99)]


def test_nesting_at_the_limit_is_accepted() -> None:
    document, findings = parse("a: " + "[" * 20 + "1" + "]" * 20 + "\n")
    assert findings == []
    assert document is not None


# --- empty files ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["", "\n\n", "   \n", "# chỉ có chú thích\n  # comment only\n"])
def test_empty_or_comment_only_file(text: str) -> None:
    document, findings = parse(text)
    assert document is None
    assert located(findings) == [("file-empty", 1, 1)]


def test_an_explicit_null_document_is_not_an_error_here() -> None:
    # "---" is a document holding null: the schema says a mapping is expected, not the reader
    document, findings = parse("---\n")
    assert findings == []
    assert document is not None and document.data is None


# --- decoding ------------------------------------------------------------------------------------

def test_utf8_bom_is_dropped_silently() -> None:
    text, findings = decode(codecs.BOM_UTF8 + "name: Xã Minh Hòa\n".encode(), "x.yaml")
    assert (text, findings) == ("name: Xã Minh Hòa\n", [])


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_bom_are_accepted(codec: str) -> None:
    raw = "name: Xã Minh Hòa\n".encode(codec)
    if codec.endswith(("-le", "-be")):  # these codecs write no BOM: add the one they imply
        raw = (codecs.BOM_UTF16_LE if codec.endswith("-le") else codecs.BOM_UTF16_BE) + raw
    text, findings = decode(raw, "x.yaml")
    assert (text, findings) == ("name: Xã Minh Hòa\n", [])


def test_utf16_without_a_bom_is_binary() -> None:
    text, findings = decode("name: X\n".encode("utf-16-le"), "x.yaml")
    assert text is None
    assert located(findings) == [("file-binary", 1, 2)]


def test_cp1258_is_an_encoding_error_at_the_first_bad_byte() -> None:
    raw = "criterion: \"4\"\nname: Văn hóa\n".encode("cp1258")
    text, findings = decode(raw, "x.yaml")
    assert text is None
    assert located(findings) == [("file-encoding", 2, 8)]
    assert findings[0].arguments["byte"] == "E3"
    assert "CP1258" in finding_message(findings[0].rule, findings[0].arguments, "en")


def test_encoding_error_column_counts_characters_not_bytes() -> None:
    # "Hòa" before the bad byte: 'ò' is two bytes in UTF-8 but one column
    raw = "name: Hòa ".encode() + b"\xff\n"
    _, findings = decode(raw, "x.yaml")
    assert located(findings) == [("file-encoding", 1, 11)]


def test_encoding_error_after_a_utf8_bom_is_placed_on_the_bad_byte() -> None:
    raw = codecs.BOM_UTF8 + "name: V".encode() + b"\xe3n\n"
    _, findings = decode(raw, "x.yaml")
    assert located(findings) == [("file-encoding", 1, 8)]
    assert findings[0].arguments["byte"] == "E3"


def test_encoding_error_in_utf16_has_a_character_column() -> None:
    raw = codecs.BOM_UTF16_LE + "a: 1\nb: x".encode("utf-16-le") + b"\x00\xd8" + "c".encode("utf-16-le")
    _, findings = decode(raw, "x.yaml")
    assert located(findings) == [("file-encoding", 2, 5)]


def test_nfd_text_is_normalised_with_a_warning_at_the_first_decomposed_letter() -> None:
    nfd = unicodedata.normalize("NFD", "criterion: \"4\"\nname: Văn hóa\n")
    text, findings = decode(nfd.encode(), "x.yaml")
    assert text == "criterion: \"4\"\nname: Văn hóa\n"
    assert located(findings) == [("text-not-nfc", 2, 8)]


# --- files -----------------------------------------------------------------------------------------

def test_load_yaml_names_the_file_as_displayed(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("a: 1\na: 2\n", encoding="utf-8")
    document, findings = load_yaml(path, "ho-so/a.yaml")
    assert document is not None and document.file == "ho-so/a.yaml"
    assert [(f.file, f.rule) for f in findings] == [("ho-so/a.yaml", "yaml-duplicate-key")]


def test_load_yaml_of_a_missing_file_is_a_finding(tmp_path: Path) -> None:
    document, findings = load_yaml(tmp_path / "absent.yaml", "absent.yaml")
    assert document is None
    assert [f.rule for f in findings] == ["file-unreadable"]


def test_load_yaml_refuses_a_huge_file(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"# " + b"x" * (3 * 1024 * 1024) + b"\n")
    document, findings = load_yaml(path, "big.yaml")
    assert document is None
    assert [f.rule for f in findings] == ["file-too-large"]


def test_a_file_at_the_size_limit_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "edge.yaml"
    body = b"note: '" + b"x" * (MAX_BYTES - 9) + b"'\n"
    path.write_bytes(body)
    document, findings = load_yaml(path, "edge.yaml")
    assert findings == [] and len(document.data["note"]) == MAX_BYTES - 9


# --- the loader's shortcuts give PyYAML's own tags ---------------------------------------------

_SCALAR_TEXT = st.text(st.sampled_from(list("0123456789+-._:~xXyYnNoOtTfF eE!<=Xã#")), max_size=12)


@settings(max_examples=500, deadline=None)
@given(st.lists(_SCALAR_TEXT, min_size=1, max_size=4))
def test_plain_scalars_resolve_to_the_same_tags_as_pyyaml(values: list[str]) -> None:
    text = "\n".join(f"k{n}: {v}" for n, v in enumerate(values)) + "\n"
    try:
        expected = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return
    ours = _Loader(text).get_single_node()
    assert [(k.value, v.tag) for k, v in ours.value] == [(k.value, v.tag) for k, v in expected.value]


_LINES = st.text(st.sampled_from(list(" \t\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\u00a0#ax:")),
                 max_size=40)


@settings(max_examples=1000, deadline=None)
@given(_LINES)
def test_comment_only_means_every_line_is_blank_or_a_comment(text: str) -> None:
    every_line = all(not line.strip() or line.lstrip().startswith("#")
                     for line in text.splitlines())
    assert _only_comments(text) == every_line
