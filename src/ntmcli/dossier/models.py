"""The dossier file formats, as pydantic models.

A dossier is a folder:

    dossier.yaml          the unit, its classification, the pinned criteria set, year and stage
    tieu-chi/*.yaml       one file per criterion: indicator values, self-assessment, appraisals,
                          evidence references
    dieu-kien.yaml        recognition conditions (satisfaction, construction debt, security)
    minh-chung/           attached evidence files, referenced by path and sha256
"""

# Annotations stay objects (no `from __future__ import annotations`): as text, pydantic would
# compile every one of them when each model class is created, at every start of ntm.
import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ntmcli.criteria.models import (
    SET_REF_PATTERN,
    Level,
    UnitKind,
    empty_dict,
    empty_list,
)

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


class Member(_Strict):
    """A member unit of a district (its communes) or province (its districts): its dossier folder
    and the level it must hold for the roll-up."""

    path: str = Field(description="Thư mục hồ sơ của đơn vị thành viên, tính từ hồ sơ này")
    level: Level = Field(description="Mức đơn vị thành viên phải đạt, ví dụ ntm hoặc ntm_nang_cao")


class DossierFile(_Strict):
    """dossier.yaml: what the dossier is about and which criteria it is judged by."""

    schema_version: Literal[1] = 1
    unit: Unit
    classification: str | None = Field(None, description="Vùng (2021-2025) hoặc nhóm xã (2026-2030)")
    special_area: str | None = Field(
        None, description="Loại xã theo quy tắc vùng đặc biệt của bộ tiêu chí (ví dụ khu-vuc-iii, "
                          "dac-biet-kho-khan): xã được đánh giá theo ngưỡng của vùng mà bộ quy định")
    target_level: Level
    criteria: str = Field(pattern=SET_REF_PATTERN, description="Bộ tiêu chí áp dụng: set@version")
    profile: str | None = Field(None, description="Bộ tiêu chí của tỉnh: set@version hoặc đường dẫn .yaml")
    criteria_dirs: list[str] = Field(default_factory=empty_list,
                                     description="Thư mục bộ tiêu chí bổ sung, tính từ hồ sơ")
    members: list[Member] = Field(default_factory=empty_list,
                                  description="Đơn vị thành viên (xã của huyện, huyện của tỉnh)")
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
    indicators: dict[str, Verdict] = Field(default_factory=empty_dict,
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
    evidence: list[Evidence] = Field(default_factory=empty_list)


class CriterionFile(_Strict):
    """tieu-chi/<n>.yaml: one criterion of the dossier."""

    criterion: str
    name: str | None = None
    self_assessment: Verdict | None = None
    indicators: list[Entry] = Field(default_factory=empty_list)
    appraisals: list[Appraisal] = Field(default_factory=empty_list)
    evidence: list[Evidence] = Field(default_factory=empty_list)
    note: str | None = None


class ConditionsFile(_Strict):
    """dieu-kien.yaml: the conditions of recognition beyond the criteria."""

    conditions: list[Entry] = Field(default_factory=empty_list)
    appraisals: list[Appraisal] = Field(default_factory=empty_list)
    note: str | None = None


# --- van-ban.yaml: what the official documents need beyond the evaluated results ----------------
# (numbering, place and date, signer, recipients, the meeting record). Read by the reader like every
# other file; only `ntm report` uses it.

AuthorityPrefix = Literal["TM", "KT", "Q", "TL", "TUQ"]
CLOCK_PATTERN = r"^([01]?[0-9]|2[0-3]):[0-5][0-9]$"


class Citation(_Strict):
    """A document cited as a basis (căn cứ); NĐ 30 cites type, number, date, issuer and subject."""

    type: str = Field(description="Loại văn bản: Quyết định, Thông tư, Kế hoạch…")
    number: str | None = Field(None, description="Số, ký hiệu, ví dụ 318/QĐ-TTg")
    date: dt.date | None = None
    issuer: str | None = Field(None, description="Cơ quan, người có thẩm quyền ban hành")
    title: str | None = Field(None, description="Trích yếu nội dung")


class Issuer(_Strict):
    """The issuing body and the body it belongs to (cơ quan chủ quản), as on the document's header."""

    parent: str | None = Field(None, description="Tên cơ quan chủ quản, ví dụ Ủy ban nhân dân huyện Minh Họa")
    name: str = Field(description="Tên cơ quan ban hành, ví dụ Ủy ban nhân dân xã Minh Hòa")
    symbol: str | None = Field(None, description="Chữ viết tắt tên cơ quan trong ký hiệu, ví dụ UBND")


class Authority(_Strict):
    """One line of signing authority: `TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH`…"""

    prefix: AuthorityPrefix = Field(description="TM (thay mặt), KT (ký thay), Q (quyền), TL (thừa lệnh), "
                                                "TUQ (thừa ủy quyền)")
    of: str = Field(description="Tập thể hoặc chức vụ đứng sau tiền tố, ví dụ ỦY BAN NHÂN DÂN, CHỦ TỊCH")


class Signer(_Strict):
    authority: list[Authority] = Field(default_factory=empty_list,
                                       description="Các dòng thẩm quyền ký, từ trên xuống")
    title: str | None = Field(None, description="Chức vụ của người ký, ví dụ PHÓ CHỦ TỊCH")
    name: str | None = Field(None, description="Họ và tên người ký")


class Participant(_Strict):
    name: str
    position: str | None = Field(None, description="Chức vụ, đơn vị")
    role: str | None = Field(None, description="Vai trò: Trưởng đoàn, thành viên…")
    note: str | None = Field(None, description="Ghi chú, ví dụ lý do vắng mặt")


class DocumentMeta(_Strict):
    """One document of `documents:`: what its header, closing and signature block say."""

    issuer: Issuer | None = None
    number: str | None = Field(None, description="Số văn bản (chỉ phần số, ví dụ \"57\"); bỏ trống để văn thư điền")
    place: str | None = Field(None, description="Địa danh; bỏ trống thì dùng `place` chung")
    date: dt.date | None = Field(None, description="Ngày ban hành; bỏ trống thì để trống cho người ký điền")
    title: str | None = Field(None, description="Trích yếu; bỏ trống thì dùng trích yếu mặc định của loại văn bản")
    to: list[str] = Field(default_factory=empty_list, description="Kính gửi")
    bases: list[Citation] = Field(default_factory=empty_list, description="Căn cứ riêng của văn bản này")
    team: list[Participant] = Field(default_factory=empty_list,
                                    description="Thành phần đoàn thẩm tra, thẩm định")
    started: dt.date | None = Field(None, description="Ngày bắt đầu thẩm tra, thẩm định")
    finished: dt.date | None = Field(None, description="Ngày kết thúc thẩm tra, thẩm định")
    dossier_remarks: str | None = Field(None, description="Nhận xét về hồ sơ")
    remarks: list[str] = Field(default_factory=empty_list,
                               description="Ý kiến, kiến nghị thêm (mỗi mục một đoạn)")
    proposal: str | None = Field(None, description="Đề nghị; bỏ trống thì dùng câu mặc định theo kết quả")
    signer: Signer | None = None
    recipients: list[str] = Field(default_factory=empty_list, description="Nơi nhận")


class Speech(_Strict):
    speaker: str
    content: str


class Vote(_Strict):
    """A vote: "agree/total thành viên, đạt z%"."""

    agree: int = Field(ge=0, description="Số thành viên nhất trí")
    total: int = Field(ge=1, description="Tổng số thành viên tham dự biểu quyết")
    against: int | None = Field(None, ge=0, description="Số không nhất trí")
    abstain: int | None = Field(None, ge=0, description="Số không biểu quyết")
    method: str | None = Field(None, description="Hình thức: biểu quyết giơ tay, bỏ phiếu kín…")


class Meeting(_Strict):
    """The meeting the biên bản records."""

    body: str | None = Field(None, description="Cơ quan, tổ chức họp, ví dụ Ban Chỉ đạo xây dựng NTM xã")
    date: dt.date | None = None
    start: str | None = Field(None, pattern=CLOCK_PATTERN, description="Giờ bắt đầu \"HH:MM\" (trong ngoặc kép)")
    end: str | None = Field(None, pattern=CLOCK_PATTERN, description="Giờ kết thúc \"HH:MM\" (trong ngoặc kép)")
    place: str | None = Field(None, description="Địa điểm họp")
    chair: Participant | None = None
    secretary: Participant | None = None
    composition: str | None = Field(None, description="Thành phần, khi không liệt kê từng người")
    attendees: list[Participant] = Field(default_factory=empty_list)
    absent: list[Participant] = Field(default_factory=empty_list)
    agenda: list[str] = Field(default_factory=empty_list, description="Nội dung, chương trình cuộc họp")
    presenter: str | None = Field(None, description="Người trình bày báo cáo kết quả")
    discussion: list[Speech] = Field(default_factory=empty_list)
    vote: Vote | None = None
    minutes_approval: Vote | None = Field(None, description="Biểu quyết thông qua biên bản")
    copies: int | None = Field(None, ge=1, description="Số bản biên bản")
    copies_note: str | None = Field(None, description="Nơi giữ, nơi gửi các bản")


class RoundingRule(_Strict):
    decimals: int = Field(2, ge=0, le=6, description="Số chữ số thập phân")
    mode: Literal["half_up", "down"] = Field("half_up", description="half_up: làm tròn nửa lên; down: cắt bớt")


class Rounding(RoundingRule):
    indicators: dict[str, RoundingRule] = Field(default_factory=empty_dict,
                                                description="Quy tắc riêng theo mã chỉ tiêu, điều kiện")


class DocumentsFile(_Strict):
    """van-ban.yaml: numbering, place, date, signer, recipients of the documents, and the meeting."""

    schema_version: Literal[1] = 1
    place: str | None = Field(None, description="Địa danh chung của các văn bản")
    bases: list[Citation] = Field(default_factory=empty_list, description="Căn cứ chung của mọi văn bản")
    rounding: Rounding = Field(default_factory=Rounding, description="Làm tròn số liệu trong văn bản")
    documents: dict[str, DocumentMeta] = Field(default_factory=empty_dict,
                                               description="Theo tên văn bản của `ntm report --document`")
    meeting: Meeting | None = None
