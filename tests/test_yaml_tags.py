"""YAML tags: the standard types read as YAML reads them; any other tag (`!so`, `!!python/...`)
is an error said at the tag, and the value is read as if it had no tag — so no type error that
never names the tag follows it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from conftest import edit, make_dossier, met_files
from ntmcli.cli import app
from ntmcli.i18n import finding_message
from ntmcli.yamlsource import parse_text


def parse(text: str):
    return parse_text(text, "x.yaml")


def located(findings) -> list[tuple[str, int, int, str]]:
    return [(f.rule, f.line, f.column, f.arguments.get("tag", "")) for f in findings]


def test_an_unknown_tag_on_a_number_is_said_at_the_tag_and_the_number_kept() -> None:
    document, findings = parse("indicators:\n  - id: \"3.1\"\n    value: !so 62.5\n")
    assert document.data == {"indicators": [{"id": "3.1", "value": 62.5}]}
    assert located(findings) == [("yaml-unknown-tag", 3, 12, "!so")]


@pytest.mark.parametrize("lang, words", [("vi", "không được ntm hỗ trợ"), ("en", "not supported by ntm")])
def test_the_message_names_the_tag(lang: str, words: str) -> None:
    _, findings = parse("value: !so 62.5\n")
    message = finding_message(findings[0].rule, findings[0].arguments, lang)
    assert "`!so`" in message and words in message


@pytest.mark.parametrize("text, data", [
    ('name: !ten "Xã A"\n', {"name": "Xã A"}),          # quoted: text, as untagged
    ("when: !ngay 2024-06-30\n", {"when": dt.date(2024, 6, 30)}),
    ("code: !str 00004\n", {"code": 4}),                  # `!str` for `!!str`: YAML reads 00004 as 4
    ("x: !!python/name:os.system 'ls'\n", {"x": "ls"}),
])
def test_the_value_of_an_unknown_tag_is_what_yaml_reads_without_it(text: str, data: dict) -> None:
    document, findings = parse(text)
    assert document.data == data == yaml.safe_load(text.replace(text.split()[1] + " ", "", 1))
    assert [f.rule for f in findings] == ["yaml-unknown-tag"]


def test_an_untagged_reading_keeps_the_written_text_for_the_unquoted_text_check() -> None:
    document, _ = parse("code: !str 00004\n")
    assert document.plain[("code",)].raw == "00004"
    assert document.plain[("code",)].tag == "int"  # a type the unquoted-text warning can name


def test_tags_on_a_mapping_a_list_and_a_key_are_said_too() -> None:
    document, findings = parse("unit: !donvi {name: x}\nlist: !ds [1, 2]\n!khoa year: 2025\n")
    assert document.data == {"unit": {"name": "x"}, "list": [1, 2], "year": 2025}
    assert located(findings) == [("yaml-unknown-tag", 1, 7, "!donvi"), ("yaml-unknown-tag", 2, 7, "!ds"),
                                 ("yaml-unknown-tag", 3, 1, "!khoa")]


def test_a_tagged_value_used_through_an_alias_is_said_once() -> None:
    document, findings = parse("a: &x !so 1\nb: *x\nc: *x\n")
    assert document.data == {"a": 1, "b": 1, "c": 1}
    assert located(findings) == [("yaml-unknown-tag", 1, 4, "!so")]


@pytest.mark.parametrize("text", [
    "code: !!str 00004\n", "n: !!int \"12\"\n", "x: !!float 1\n", "ok: !!bool \"true\"\n",
    "v: !!null \"\"\n", "d: !!timestamp 2024-06-30\n", "m: !!map {a: 1}\n", "s: !!seq [1]\n",
    "!!str 17.10: a\n", "t: ! 62.5\n", "u: !<tag:yaml.org,2002:str> 5\n",
])
def test_standard_tags_are_read_as_yaml_reads_them(text: str) -> None:
    document, findings = parse(text)
    assert findings == []
    expected = yaml.safe_load(text)
    assert document.data == {str(k): v for k, v in expected.items()}


def test_the_standard_collection_tags_build_plain_lists_and_mappings_as_before() -> None:
    document, findings = parse("o: !!omap [{a: 1}]\nset: !!set {a: null}\n")
    assert findings == []
    assert document.data == {"o": [{"a": 1}], "set": {"a": None}}


runner = CliRunner()


def test_check_reports_only_the_tag_for_a_tagged_figure(tmp_path: Path) -> None:
    criterion = "tieu-chi/03-thu-nhap.yaml"
    root = make_dossier(tmp_path, {criterion: edit(met_files()[criterion], "value: 62.5", "value: !so 62.5")})
    result = runner.invoke(app, ["check", str(root), "--format", "json", "--lang", "en"],
                           catch_exceptions=False)
    assert result.exit_code == 1
    (dossier,) = json.loads(result.stdout)["dossiers"]
    mine = [f for f in dossier["findings"] if f["file"].endswith(criterion)]
    assert [(f["rule"], f["line"], f["column"]) for f in mine] == [("yaml-unknown-tag", 5, 12)]
    assert "`!so`" in mine[0]["message"]
    assert dossier["unit"]["status"] == "dat"  # 62.5, as written, still meets the threshold
