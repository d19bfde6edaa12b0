"""The criteria-set file format (`criteria/<set-id>/<version>.yaml`), as pydantic models.

One file is one *layer*. A base set declares everything; a layer with `extends: set@version`
(a national amendment, a provincial profile) declares only what it changes: fields it gives
override the inherited ones, thresholds replace those with the same class and year, new ids are
added and `drop` removes ids. So every field but `id` is optional here; completeness is checked
after the layers are merged (`ntmcli.criteria.resolve`).
"""

# Annotations stay objects (no `from __future__ import annotations`): as text, pydantic would
# compile every one of them when each model class is created, at every start of ntm.
import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Confidence = Literal["confirmed", "single", "unverified", "illustrative"]
ValueKind = Literal["boolean", "number", "percent", "ratio", "level", "score"]
Comparator = Literal[">=", ">", "<=", "<", "="]
UnitKind = Literal["xa", "huyen", "thi_xa", "thanh_pho", "tinh"]
Level = Literal["ntm", "ntm_nang_cao", "ntm_kieu_mau", "ntm_hien_dai", "hoan_thanh"]

SET_REF_PATTERN = r"^[a-z0-9][a-z0-9-]*@[A-Za-z0-9][A-Za-z0-9._-]*$"


def empty_list() -> list[Any]:
    """The default of a list field. Not `list` itself: pydantic reads a factory's signature, and
    for a builtin Python parses its text signature with the tokenizer (milliseconds at every start)."""
    return []


def empty_dict() -> dict[str, Any]:
    """The default of a mapping field (see `empty_list`)."""
    return {}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False, populate_by_name=True,
                              defer_build=True)


class Source(_Strict):
    """A document a figure is taken from: a legal act, a guidance, or a page that was read."""

    id: str = Field(description="Mã nguồn để trích dẫn trong `source` / id cited by figures")
    document: str | None = Field(None, description="Số, ký hiệu văn bản, ví dụ 318/QĐ-TTg")
    title: str | None = None
    date: dt.date | None = None
    issuer: str | None = None
    url: str | None = None
    note: str | None = None


class Derivation(_Strict):
    """A threshold computed from another set's threshold for the same class and year:
    `factor` × the threshold of `indicator` in `ref` (e.g. the kiểu mẫu income condition is
    1.1 × the nâng cao income threshold in force, QĐ 319/QĐ-TTg)."""

    ref: str = Field(pattern=SET_REF_PATTERN, description="Bộ tiêu chí gốc: set@version")
    indicator: str = Field(description="Mã chỉ tiêu (hoặc điều kiện) trong bộ gốc")
    factor: float = Field(gt=0, description="Hệ số nhân, ví dụ 1.1 = cao hơn 10%")


class Figure(_Strict):
    """One threshold value with its provenance. `value: null` means not established; a figure
    with `derived` (and `value: null`) is computed from another set's threshold."""

    class_: str | None = Field(None, alias="class", description="Vùng/nhóm áp dụng; bỏ trống = mọi vùng")
    year: int | None = Field(None, description="Năm áp dụng; bỏ trống = mọi năm")
    value: bool | float | str | None = Field(description="Ngưỡng; null = chưa xác lập")
    derived: Derivation | None = Field(None, description="Ngưỡng tính từ ngưỡng của bộ khác (value: null)")
    source: str | None = Field(None, description="Mã nguồn (sources[].id) hoặc tên văn bản / URL")
    confidence: Confidence | None = None
    note: str | None = None


class Indicator(_Strict):
    """A chỉ tiêu (or a recognition condition, which has the same shape)."""

    id: str
    name: str | None = None
    unit: str | None = Field(None, description="Đơn vị đo, ví dụ %, triệu đồng/người/năm")
    kind: ValueKind | None = None
    comparator: Comparator | None = None
    levels: list[str] | None = Field(None, description="Các mức, từ thấp đến cao (kind: level)")
    thresholds: list[Figure] | None = None
    optional: bool | None = Field(None, description="\"Nếu có\": hồ sơ được khai không xét")
    agency: str | None = Field(None, description="Cơ quan phụ trách")
    evidence: list[str] | None = Field(None, description="Minh chứng cần có")
    source: str | None = None
    confidence: Confidence | None = None
    note: str | None = None


class Criterion(_Strict):
    id: str
    name: str | None = None
    agency: str | None = None
    indicators: list[Indicator] = Field(default_factory=empty_list)
    source: str | None = None
    confidence: Confidence | None = None
    note: str | None = None


class ClassValue(_Strict):
    code: str
    name: str | None = None
    definition: str | None = None
    source: str | None = None
    confidence: Confidence | None = None


class SpecialArea(_Strict):
    """A category of commune the law judges on another class's thresholds, whatever its region
    (QĐ 318/QĐ-TTg, QĐ 211/QĐ-TTg: e.g. khu vực III communes → the TDMNPB column). A dossier names
    the category in `special_area`; evaluation then selects thresholds of `moves_to`."""

    code: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$", description="Mã loại xã, ví dụ khu-vuc-iii")
    name: str = Field(description="Lời văn của văn bản, ví dụ Xã khu vực III vùng đồng bào DTTS và miền núi")
    moves_to: str = Field(description="Phân loại có ngưỡng được áp dụng, ví dụ TDMNPB")
    source: str | None = None
    confidence: Confidence | None = None
    note: str | None = None


class Classification(_Strict):
    """The axis thresholds vary by: 7 regions (2021-2025) or 3 commune groups (2026-2030)."""

    axis: Literal["vung", "nhom"]
    name: str | None = None
    values: list[ClassValue] = Field(default_factory=empty_list)
    rule: str | None = Field(None, description="Quy tắc xếp loại đặc biệt (ví dụ xã đặc biệt khó khăn)")
    special_areas: list[SpecialArea] = Field(
        default_factory=empty_list, description="Loại xã được đánh giá theo ngưỡng của phân loại khác")
    source: str | None = None
    confidence: Confidence | None = None


class Period(_Strict):
    start: int
    end: int


class Totals(_Strict):
    """The official size of the set (e.g. 19 criteria, 57 indicators), so that `ntm criteria
    lint` can tell a partly encoded set from one that invents indicators."""

    criteria: int | None = Field(None, ge=0)
    indicators: int | None = Field(None, ge=0)
    source: str | None = None
    confidence: Confidence | None = None
    note: str | None = None


class Drop(_Strict):
    criteria: list[str] = Field(default_factory=empty_list)
    indicators: list[str] = Field(default_factory=empty_list)
    conditions: list[str] = Field(default_factory=empty_list)


class CriteriaSetFile(_Strict):
    """A criteria-set file: a base set, or a layer over `extends`."""

    schema_version: Literal[1] = 1
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    version: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
    title: str | None = None
    extends: str | None = Field(None, pattern=SET_REF_PATTERN)
    unit_kind: UnitKind | None = None
    level: Level | None = None
    period: Period | None = None
    illustrative: bool = Field(False, description="Số liệu minh họa, không dùng thẩm định thật")
    in_force: dt.date | None = None
    totals: Totals | None = Field(None, description="Số tiêu chí, chỉ tiêu chính thức của bộ")
    sources: list[Source] = Field(default_factory=empty_list)
    classification: Classification | None = None
    criteria: list[Criterion] = Field(default_factory=empty_list)
    conditions: list[Indicator] = Field(default_factory=empty_list)
    drop: Drop = Field(default_factory=Drop)
    note: str | None = None
