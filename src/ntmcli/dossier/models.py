"""The dossier file formats, as pydantic models.

A dossier is a folder:

    dossier.yaml          the unit, its classification, the pinned criteria set, year and stage
    tieu-chi/*.yaml       one file per criterion: indicator values, self-assessment, appraisals,
                          evidence references
    dieu-kien.yaml        recognition conditions (satisfaction, construction debt, security)
    minh-chung/           attached evidence files, referenced by path and sha256
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ntmcli.criteria.models import SET_REF_PATTERN, Level, UnitKind

Verdict = Literal["dat", "chua_dat", "co_ban_dat"]
Stage = Literal["tu_danh_gia", "tham_tra", "tham_dinh", "cong_nhan"]
AppraisalStage = Literal["tham_tra", "tham_dinh"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False, defer_build=True)


class Unit(_Strict):
    name: str = Field(description="Tên đơn vị, ví dụ Xã Minh Hòa")
    code: str = Field(description="Mã đơn vị hành chính (văn bản, giữ số 0 ở đầu)")
    kind: UnitKind
    province: str
    district: str | None = Field(None, description="Huyện (hồ sơ giai đoạn 2021-2025)")


class DossierFile(_Strict):
    """dossier.yaml: what the dossier is about and which criteria it is judged by."""

    schema_version: Literal[1] = 1
    unit: Unit
    classification: str | None = Field(None, description="Vùng (2021-2025) hoặc nhóm xã (2026-2030)")
    target_level: Level
    criteria: str = Field(pattern=SET_REF_PATTERN, description="Bộ tiêu chí áp dụng: set@version")
    profile: str | None = Field(None, description="Bộ tiêu chí của tỉnh: set@version hoặc đường dẫn .yaml")
    criteria_dirs: list[str] = Field(default_factory=list,
                                     description="Thư mục bộ tiêu chí bổ sung, tính từ hồ sơ")
    year: int = Field(ge=2010, le=2100, description="Năm đánh giá")
    stage: Stage = "tu_danh_gia"
    prepared_by: str | None = None
    note: str | None = None


class Evidence(_Strict):
    """A reference to a document proving a figure (minh chứng)."""

    type: str = Field(description="Loại văn bản: Quyết định, Báo cáo, Biên bản, Hình ảnh…")
    number: str | None = Field(None, description="Số, ký hiệu, ví dụ 123/QĐ-UBND")
    date: dt.date | None = None
    issuer: str | None = Field(None, description="Cơ quan ban hành")
    title: str | None = Field(None, description="Trích yếu")
    file: str | None = Field(None, description="Tệp đính kèm, đường dẫn tương đối trong hồ sơ")
    sha256: str | None = Field(None, pattern=r"^[0-9a-fA-F]{64}$")


class Appraisal(_Strict):
    """A verdict by the appraisal team (thẩm tra) or the province (thẩm định)."""

    stage: AppraisalStage
    by: str | None = Field(None, description="Đơn vị, đoàn thẩm tra/thẩm định")
    date: dt.date | None = None
    result: Verdict | None = None
    remarks: str | None = None
    indicators: dict[str, Verdict] = Field(default_factory=dict,
                                           description="Kết quả theo từng chỉ tiêu")


class Entry(_Strict):
    """The measured value of one indicator (or condition)."""

    id: str
    value: bool | float | str | None = None
    numerator: float | None = Field(None, description="Tử số, ví dụ số hộ đạt")
    denominator: float | None = Field(None, description="Mẫu số, ví dụ tổng số hộ")
    applicable: bool = Field(True, description="false = không xét (chỉ với chỉ tiêu \"nếu có\")")
    self_assessment: Verdict | None = None
    note: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class CriterionFile(_Strict):
    """tieu-chi/<n>.yaml: one criterion of the dossier."""

    criterion: str
    name: str | None = None
    self_assessment: Verdict | None = None
    indicators: list[Entry] = Field(default_factory=list)
    appraisals: list[Appraisal] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    note: str | None = None


class ConditionsFile(_Strict):
    """dieu-kien.yaml: the conditions of recognition beyond the criteria."""

    conditions: list[Entry] = Field(default_factory=list)
    appraisals: list[Appraisal] = Field(default_factory=list)
    note: str | None = None
