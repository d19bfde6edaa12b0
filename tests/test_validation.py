"""ntmcli.validation: pydantic errors become findings at the line:column of the YAML source, and
unquoted text that YAML turned into a number, boolean or date is put back with a warning."""

from __future__ import annotations

from ntmcli.criteria.models import CriteriaSetFile
from ntmcli.dossier.models import CriterionFile, DossierFile
from ntmcli.validation import suggest, validate
from ntmcli.yamlsource import parse_text

DOSSIER = """\
schema_version: 1
unit:
  name: Xã Minh Hòa
  code: "00004"
  kind: xa
  province: Tỉnh Thử Nghiệm
classification: DBSH
target_level: ntm
criteria: test-xa@2021-2025
year: 2025
"""


def check(model, text: str, kind: str = "dossier"):
    document, findings = parse_text(text, "f.yaml")
    assert findings == [], "the YAML itself must be fine here"
    return validate(model, document, kind)


def located(findings) -> list[tuple[str, int, int, str]]:
    return [(f.rule, f.line, f.column, f.arguments.get("field", "")) for f in findings]


def test_a_valid_file_gives_the_model_and_no_finding() -> None:
    model, findings = check(DossierFile, DOSSIER)
    assert findings == []
    assert model.unit.code == "00004" and model.year == 2025


def test_wrong_type_is_placed_on_the_value() -> None:
    model, findings = check(DossierFile, DOSSIER.replace("year: 2025", "year: hai nghìn"))
    assert model is None
    assert located(findings) == [("schema", 10, 7, "year")]
    assert findings[0].arguments["problem_msg"] == "schema.int"


def test_missing_field_is_placed_on_its_parent_mapping() -> None:
    _, findings = check(DossierFile, DOSSIER.replace("  province: Tỉnh Thử Nghiệm\n", ""))
    assert located(findings) == [("schema", 3, 3, "unit.province")]
    assert findings[0].arguments["problem_msg"] == "schema.missing"


def test_unknown_field_is_placed_on_its_key_with_did_you_mean() -> None:
    _, findings = check(DossierFile, DOSSIER.replace("classification:", "clasification:"))
    assert located(findings) == [("schema", 7, 1, "clasification")]
    assert findings[0].arguments["candidate"] == "classification"


def test_unknown_field_deep_in_a_list_suggests_from_the_model_there() -> None:
    text = 'criterion: "1"\nindicators:\n  - id: "1.1"\n    self_asessment: dat\n'
    _, findings = check(CriterionFile, text)
    assert located(findings) == [("schema", 4, 5, "indicators[0].self_asessment")]
    assert findings[0].arguments["candidate"] == "self_assessment"


def test_unknown_field_without_a_close_name_has_no_suggestion() -> None:
    _, findings = check(DossierFile, DOSSIER + "zzz: 1\n")
    assert findings[0].arguments["candidate"] == ""


def test_bad_choice_lists_the_allowed_values() -> None:
    _, findings = check(DossierFile, DOSSIER.replace("target_level: ntm", "target_level: ntm_cao"))
    assert located(findings) == [("schema", 8, 15, "target_level")]
    assert findings[0].arguments["problem_msg"] == "schema.choice"
    assert "ntm_nang_cao" in findings[0].arguments["expected"]


def test_impossible_date_is_a_schema_error_at_the_date() -> None:
    text = 'criterion: "1"\nevidence:\n  - type: Quyết định\n    date: 2024-02-30\n'
    _, findings = check(CriterionFile, text)
    assert located(findings) == [("schema", 4, 11, "evidence[0].date")]
    assert findings[0].arguments["problem_msg"] == "schema.date"


def test_several_errors_are_all_reported() -> None:
    text = DOSSIER.replace("year: 2025", "year: 1900").replace("kind: xa", "kind: lang")
    _, findings = check(DossierFile, text)
    assert located(findings) == [("schema", 5, 9, "unit.kind"), ("schema", 10, 7, "year")]


def test_unquoted_code_is_restored_as_written_with_a_warning() -> None:
    model, findings = check(DossierFile, DOSSIER.replace('code: "00004"', "code: 00004"))
    assert model.unit.code == "00004"  # not "4"
    assert located(findings) == [("yaml-unquoted-text", 4, 9, "")]
    assert findings[0].severity.value == "warning"
    assert findings[0].arguments["raw"] == "00004"


def test_unquoted_indicator_id_keeps_its_trailing_zero() -> None:
    # 1.10 read as a float is 1.1, another indicator: the written text must win
    model, findings = check(CriterionFile, 'criterion: 1\nindicators:\n  - id: 1.10\n    value: 3\n')
    assert model.criterion == "1"
    assert model.indicators[0].id == "1.10"
    assert located(findings) == [("yaml-unquoted-text", 1, 12, ""), ("yaml-unquoted-text", 3, 9, "")]


def test_unquoted_boolean_and_date_text_are_restored() -> None:
    text = DOSSIER.replace("name: Xã Minh Hòa", "name: no").replace("province: Tỉnh Thử Nghiệm",
                                                                     "province: 2024-01-01")
    model, findings = check(DossierFile, text)
    assert (model.unit.name, model.unit.province) == ("no", "2024-01-01")
    assert [f.rule for f in findings] == ["yaml-unquoted-text"] * 2


def test_a_quoted_number_is_not_a_warning_and_numbers_stay_numbers() -> None:
    text = 'criterion: "1"\nindicators:\n  - id: "1.1"\n    value: 96.5\n'
    model, findings = check(CriterionFile, text)
    assert findings == []
    assert model.indicators[0].value == 96.5


def test_repair_and_real_errors_are_reported_together() -> None:
    text = DOSSIER.replace('code: "00004"', "code: 00004").replace("year: 2025", "year: x")
    model, findings = check(DossierFile, text)
    assert model is None
    assert located(findings) == [("yaml-unquoted-text", 4, 9, ""), ("schema", 10, 7, "year")]


def test_error_at_the_root_of_a_criteria_file() -> None:
    _, findings = check(CriteriaSetFile, "id: Test_Xa\nversion: '1'\n", "criteria")
    assert located(findings) == [("schema", 1, 5, "id")]
    assert findings[0].arguments["problem_msg"] == "schema.pattern"


def test_a_list_where_a_mapping_is_expected() -> None:
    _, findings = check(DossierFile, DOSSIER.replace("unit:\n", "unit: [a]\nx:\n"))
    assert ("schema", 2, 7, "unit") in located(findings)


def test_misspelt_threshold_class_suggests_the_alias_class() -> None:
    text = "id: t\nversion: '1'\ncriteria:\n  - id: '1'\n    indicators:\n      - id: '1.1'\n" \
           "        thresholds:\n          - {clas: DBSH, value: 1}\n"
    _, findings = check(CriteriaSetFile, text, "criteria")
    assert located(findings) == [("schema", 8, 14, "criteria[0].indicators[0].thresholds[0].clas")]
    assert findings[0].arguments["candidate"] == "class"


def test_null_for_a_required_text_field_is_a_schema_error() -> None:
    model, findings = check(DossierFile, DOSSIER.replace("name: Xã Minh Hòa", "name: null"))
    assert model is None
    assert [f.rule for f in findings] == ["schema"]


def test_one_wrong_value_of_a_union_field_is_one_finding_naming_the_field() -> None:
    text = 'criterion: "1"\nindicators:\n  - id: "1.1"\n    value: [1, 2]\n'
    _, findings = check(CriterionFile, text)
    assert located(findings) == [("schema", 4, 12, "indicators[0].value")]


def test_suggest_finds_a_close_id_or_nothing() -> None:
    assert suggest("DBHS", ["TDMNPB", "DBSH", "BTB"]) == "DBSH"
    assert suggest("xyz", ["TDMNPB", "DBSH", "BTB"]) == ""
