"""The criteria-set file format (`criteria/<set-id>/<version>.yaml`), as pydantic models.

One file is one *layer*. A base set declares everything; a layer with `extends: set@version`
(a national amendment, a provincial profile) declares only what it changes: fields it gives
override the inherited ones, thresholds replace those with the same class and year, new ids are
added and `drop` removes ids. So every field but `id` is optional here; completeness is checked
after the layers are merged (`ntmcli.criteria.resolve`).
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Confidence = Literal["confirmed", "single", "unverified", "illustrative"]
ValueKind = Literal["boolean", "number", "percent", "ratio", "level", "score"]
Comparator = Literal[">=", ">", "<=", "<", "="]
UnitKind = Literal["xa", "huyen", "thi_xa", "thanh_pho", "tinh"]
Level = Literal["ntm", "ntm_nang_cao", "ntm_kieu_mau", "ntm_hien_dai", "hoan_thanh"]

SET_REF_PATTERN = r"^[a-z0-9][a-z0-9-]*@[A-Za-z0-9][A-Za-z0-9._-]*$"


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


class Figure(_Strict):
    """One threshold value with its provenance. `value: null` means not established."""

    class_: str | None = Field(None, alias="class", description="Vùng/nhóm áp dụng; bỏ trống = mọi vùng")
    year: int | None = Field(None, description="Năm áp dụng; bỏ trống = mọi năm")
    value: bool | float | str | None = Field(description="Ngưỡng; null = chưa xác lập")
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
    indicators: list[Indicator] = Field(default_factory=list)
    source: str | None = None
    confidence: Confidence | None = None
    note: str | None = None


class ClassValue(_Strict):
    code: str
    name: str | None = None
    definition: str | None = None
    source: str | None = None
    confidence: Confidence | None = None


class Classification(_Strict):
    """The axis thresholds vary by: 7 regions (2021-2025) or 3 commune groups (2026-2030)."""

    axis: Literal["vung", "nhom"]
    name: str | None = None
    values: list[ClassValue] = Field(default_factory=list)
    rule: str | None = Field(None, description="Quy tắc xếp loại đặc biệt (ví dụ xã đặc biệt khó khăn)")
    source: str | None = None
    confidence: Confidence | None = None


class Period(_Strict):
    start: int
    end: int


class Drop(_Strict):
    criteria: list[str] = Field(default_factory=list)
    indicators: list[str] = Field(default_factory=list)
    conditions: list[str] = Field(default_factory=list)


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
    sources: list[Source] = Field(default_factory=list)
    classification: Classification | None = None
    criteria: list[Criterion] = Field(default_factory=list)
    conditions: list[Indicator] = Field(default_factory=list)
    drop: Drop = Field(default_factory=Drop)
    note: str | None = None
