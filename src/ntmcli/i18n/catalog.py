"""The message catalog: every user-facing sentence, in Vietnamese and English.

Keys `rule.<id>.message` and `rule.<id>.hint` belong to the rules of `ntmcli.findings.RULES`;
a test checks that every rule has both, in both languages.
"""

from __future__ import annotations


def _m(vi: str, en: str) -> dict[str, str]:
    return {"vi": vi, "en": en}


_RULE_TEXT: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    # rule id: ((message vi, message en), (hint vi, hint en))
    "file-unreadable": (
        ("Không đọc được tệp: {reason}", "Cannot read the file: {reason}"),
        ("Kiểm tra quyền đọc và đường dẫn.", "Check the path and read permission."),
    ),
    "file-too-large": (
        ("Tệp quá lớn ({size} byte, giới hạn {limit} byte)",
         "File too large ({size} bytes, limit {limit} bytes)"),
        ("Tệp YAML của hồ sơ chỉ chứa số liệu; để tài liệu đính kèm trong thư mục minh chứng.",
         "Dossier YAML files hold data only; keep attached documents in the evidence folder."),
    ),
    "file-binary": (
        ("Tệp chứa dữ liệu nhị phân (byte NUL), không phải văn bản YAML",
         "File contains binary data (NUL bytes), not YAML text"),
        ("Lưu lại tệp dưới dạng văn bản UTF-8.", "Save the file again as UTF-8 text."),
    ),
    "file-encoding": (
        ("Tệp không đúng bảng mã {codec} (byte 0x{byte} không hợp lệ){guess}",
         "File is not valid {codec} (invalid byte 0x{byte}){guess}"),
        ("Mở tệp bằng trình soạn thảo và lưu lại với bảng mã UTF-8 (Unicode dựng sẵn). "
         "Văn bản TCVN3 (ABC) hoặc VNI cần chuyển mã trước (ví dụ bằng Unikey).",
         "Open the file in an editor and save it as UTF-8. TCVN3 (ABC) or VNI text must be "
         "converted first (for example with Unikey)."),
    ),
    "file-empty": (
        ("Tệp rỗng", "File is empty"),
        ("Điền nội dung theo mẫu của `ntm init`, hoặc xóa tệp.",
         "Fill it in as `ntm init` scaffolds it, or delete it."),
    ),
    "text-not-nfc": (
        ("Văn bản dùng Unicode tổ hợp (NFD); ntm đã chuẩn hóa về dựng sẵn (NFC) khi đọc",
         "Text uses decomposed Unicode (NFD); ntm normalised it to NFC when reading"),
        ("Lưu lại tệp với bảng mã Unicode dựng sẵn để tìm kiếm và so sánh chính xác.",
         "Save the file with precomposed Unicode (NFC) so search and comparison are exact."),
    ),
    "yaml-syntax": (
        ("Lỗi cú pháp YAML: {problem}", "YAML syntax error: {problem}"),
        ("Kiểm tra thụt lề (dùng dấu cách, không dùng tab), dấu hai chấm và dấu ngoặc kép.",
         "Check indentation (spaces, not tabs), colons and quotes."),
    ),
    "yaml-duplicate-key": (
        ("Khóa `{key}` bị lặp (đã có ở dòng {first_line}); ntm giữ giá trị đầu tiên",
         "Duplicate key `{key}` (first at line {first_line}); ntm keeps the first value"),
        ("Xóa hoặc gộp một trong hai khóa.", "Remove or merge one of the two keys."),
    ),
    "yaml-complex-key": (
        ("Khóa phải là văn bản đơn giản", "Keys must be plain text"),
        ("Viết khóa dạng `ten_khoa: gia_tri`.", "Write keys as `key: value`."),
    ),
    "yaml-too-complex": (
        ("Cấu trúc YAML quá phức tạp ({what}); ntm dừng đọc tệp này",
         "YAML structure too complex ({what}); ntm stopped reading this file"),
        ("Hồ sơ không cần bí danh (alias) lồng nhau hay cấu trúc lồng quá {depth} cấp.",
         "A dossier needs no nested aliases nor nesting deeper than {depth} levels."),
    ),
    "yaml-unquoted-text": (
        ("Giá trị `{raw}` phải là văn bản nhưng viết không có ngoặc kép; YAML sẽ hiểu là {as_type}. "
         "ntm giữ nguyên văn bản `{raw}`",
         "Value `{raw}` must be text but is unquoted; YAML reads it as {as_type}. "
         "ntm keeps the text `{raw}`"),
        ("Đặt trong ngoặc kép: \"{raw}\" (mã số, ký hiệu giữ nguyên số 0 ở đầu).",
         "Quote it: \"{raw}\" (codes keep their leading zeros)."),
    ),
    "schema": (
        ("{field}: {problem}", "{field}: {problem}"),
        ("{hint}", "{hint}"),
    ),
    "criteria-unknown-set": (
        ("Không tìm thấy bộ tiêu chí `{ref}`{suggestion}", "Criteria set `{ref}` not found{suggestion}"),
        ("Xem danh sách bằng `ntm criteria list`; thư mục bổ sung: `--criteria-dir`.",
         "List the sets with `ntm criteria list`; add folders with `--criteria-dir`."),
    ),
    "criteria-cycle": (
        ("Chuỗi `extends` lặp vòng: {chain}", "`extends` chain is cyclic: {chain}"),
        ("Một bộ tiêu chí không thể kế thừa chính nó, trực tiếp hay gián tiếp.",
         "A criteria set cannot extend itself, directly or indirectly."),
    ),
    "criteria-misplaced": (
        ("Tệp khai báo `{declared}` nhưng nằm ở vị trí của `{expected}`",
         "File declares `{declared}` but sits where `{expected}` belongs"),
        ("Đặt tệp tại `<bo-tieu-chi>/<phien-ban>.yaml` đúng với `id` và `version` của nó.",
         "Keep the file at `<set-id>/<version>.yaml`, matching its `id` and `version`."),
    ),
    "criteria-incomplete": (
        ("{what} `{id}` thiếu `{field}` sau khi gộp các lớp kế thừa",
         "{what} `{id}` lacks `{field}` after merging the inherited layers"),
        ("Khai báo trường này ở bộ gốc hoặc ở lớp mở rộng.",
         "Declare the field in the base set or in the extending layer."),
    ),
    "criteria-duplicate-id": (
        ("Mã `{id}` khai báo hai lần trong cùng bộ tiêu chí", "Id `{id}` declared twice in one set"),
        ("Mỗi tiêu chí, chỉ tiêu, điều kiện có một mã riêng.",
         "Each criterion, indicator and condition has its own id."),
    ),
    "criteria-unknown-id": (
        ("`{id}` không có trong bộ được kế thừa, không thể bỏ{suggestion}",
         "`{id}` is not in the extended set and cannot be dropped{suggestion}"),
        ("Kiểm tra mã trong `drop`.", "Check the ids listed under `drop`."),
    ),
    "criteria-profile-base": (
        ("Bộ `{profile}` không kế thừa từ `{base}` mà hồ sơ khai báo",
         "Profile `{profile}` does not extend `{base}`, the set the dossier pins"),
        ("Sửa `criteria` trong dossier.yaml hoặc `extends` của bộ tiêu chí tỉnh.",
         "Fix `criteria` in dossier.yaml or the profile's `extends`."),
    ),
    "criteria-no-provenance": (
        ("Ngưỡng của {id} có giá trị nhưng thiếu nguồn hoặc độ tin cậy",
         "A threshold of {id} has a value but no source or confidence"),
        ("Ghi `source` (mã nguồn, số văn bản hoặc URL) và `confidence`; chưa xác lập thì để `value: null`.",
         "Give `source` (a source id, document or URL) and `confidence`; if not established, `value: null`."),
    ),
    "criteria-unknown-class": (
        ("Ngưỡng của {id} ghi phân loại `{value}` mà bộ tiêu chí không định nghĩa",
         "A threshold of {id} names class `{value}`, which the set does not define"),
        ("Giá trị hợp lệ: {allowed}.", "Allowed values: {allowed}."),
    ),
    "criteria-unknown-source": (
        ("Nguồn `{source}` của {id} không có trong `sources` và không phải văn bản hay URL",
         "Source `{source}` of {id} is not in `sources` and is neither a document nor a URL"),
        ("Khai báo nguồn trong `sources` rồi trích mã của nó.", "Declare it under `sources` and cite its id."),
    ),
    "criteria-illustrative-figure": (
        ("Ngưỡng minh họa của {id} trong một bộ tiêu chí không khai `illustrative: true`",
         "Illustrative threshold of {id} in a set that does not declare `illustrative: true`"),
        ("Số minh họa chỉ dùng trong ví dụ; bộ tiêu chí thật cần số có nguồn.",
         "Illustrative figures belong in examples; a real set needs cited figures."),
    ),
    "criteria-illustrative": (
        ("Bộ tiêu chí `{ref}` chứa số liệu MINH HỌA, không dùng để thẩm tra, thẩm định thật",
         "Criteria set `{ref}` holds ILLUSTRATIVE figures, not for real appraisal"),
        ("Thay bằng bộ tiêu chí do UBND tỉnh ban hành, có nguồn trích dẫn.",
         "Replace it with the province's own decision, with cited sources."),
    ),
    "dossier-unknown-criterion": (
        ("Tiêu chí `{id}` không có trong bộ `{ref}`{suggestion}",
         "Criterion `{id}` is not in set `{ref}`{suggestion}"),
        ("Xem các tiêu chí bằng `ntm criteria show {ref}`.", "See the criteria with `ntm criteria show {ref}`."),
    ),
    "dossier-unknown-indicator": (
        ("Chỉ tiêu `{id}` không thuộc tiêu chí {criterion} của bộ `{ref}`{suggestion}",
         "Indicator `{id}` is not part of criterion {criterion} in set `{ref}`{suggestion}"),
        ("Dùng đúng mã chỉ tiêu như trong bộ tiêu chí (viết trong ngoặc kép, ví dụ \"17.1\").",
         "Use the indicator id as the set numbers it (quoted, for example \"17.1\")."),
    ),
    "dossier-duplicate-criterion": (
        ("Tiêu chí `{id}` đã được khai báo ở {other}", "Criterion `{id}` is already given in {other}"),
        ("Mỗi tiêu chí chỉ có một tệp trong thư mục tieu-chi/.", "Keep one file per criterion in tieu-chi/."),
    ),
    "dossier-duplicate-indicator": (
        ("Chỉ tiêu `{id}` được khai báo hai lần (lần đầu ở dòng {first_line})",
         "Indicator `{id}` is given twice (first at line {first_line})"),
        ("Giữ một mục cho mỗi chỉ tiêu.", "Keep one entry per indicator."),
    ),
    "dossier-missing-criterion": (
        ("Hồ sơ thiếu tiêu chí {id} ({name}) của bộ `{ref}`",
         "Dossier lacks criterion {id} ({name}) of set `{ref}`"),
        ("Tạo tệp tieu-chi/ cho tiêu chí này (xem mẫu của `ntm init`).",
         "Add a tieu-chi/ file for this criterion (see what `ntm init` scaffolds)."),
    ),
    "dossier-missing-indicator": (
        ("Thiếu số liệu chỉ tiêu {id} ({name})", "No entry for indicator {id} ({name})"),
        ("Thêm mục `- id: \"{id}\"` với `value` (hoặc `numerator`/`denominator`).",
         "Add an entry `- id: \"{id}\"` with `value` (or `numerator`/`denominator`)."),
    ),
    "dossier-not-applicable": (
        ("Chỉ tiêu {id} là bắt buộc, không được khai báo \"không xét\"",
         "Indicator {id} is mandatory and cannot be declared not applicable"),
        ("Chỉ các chỉ tiêu ghi \"nếu có\" mới được khai `applicable: false`.",
         "Only indicators marked \"if any\" (nếu có) may say `applicable: false`."),
    ),
    "dossier-unknown-class": (
        ("Phân loại `{value}` không có trong bộ `{ref}` (trục {axis}){suggestion}",
         "Classification `{value}` is not defined by set `{ref}` (axis {axis}){suggestion}"),
        ("Giá trị hợp lệ: {allowed}.", "Allowed values: {allowed}."),
    ),
    "dossier-value-kind": (
        ("Giá trị `{value}` không hợp với kiểu chỉ tiêu {id} ({kind})",
         "Value `{value}` does not fit indicator {id} ({kind})"),
        ("{expected}", "{expected}"),
    ),
    "dossier-unknown-condition": (
        ("Điều kiện `{id}` không có trong bộ `{ref}`{suggestion}",
         "Condition `{id}` is not defined by set `{ref}`{suggestion}"),
        ("Xem các điều kiện bằng `ntm criteria show {ref}`.",
         "See the conditions with `ntm criteria show {ref}`."),
    ),
    "dossier-missing-condition": (
        ("Thiếu số liệu điều kiện {id} ({name})", "No entry for condition {id} ({name})"),
        ("Thêm mục `- id: {id}` vào dieu-kien.yaml.", "Add an entry `- id: {id}` to dieu-kien.yaml."),
    ),
    "value-ratio-parts": (
        ("Tử số {numerator} và mẫu số {denominator} không hợp lệ: {problem}",
         "Numerator {numerator} and denominator {denominator} are invalid: {problem}"),
        ("Tử số là số đạt yêu cầu, mẫu số là tổng số; mẫu số phải lớn hơn 0.",
         "The numerator counts what meets the requirement, the denominator the whole; the "
         "denominator must be above 0."),
    ),
    "value-percent-range": (
        ("Tỷ lệ {value}% nằm ngoài khoảng 0-100%", "Percentage {value}% is outside 0-100%"),
        ("Ghi tỷ lệ phần trăm dạng số từ 0 đến 100, ví dụ 96.5.",
         "Write percentages as a number from 0 to 100, for example 96.5."),
    ),
    "value-percent-mismatch": (
        ("Tỷ lệ ghi {stated}% khác tỷ lệ tính lại từ {numerator}/{denominator} = {computed}%",
         "Stated {stated}% differs from {numerator}/{denominator} = {computed}% recomputed"),
        ("Sửa tỷ lệ, tử số hoặc mẫu số cho khớp nhau; ntm dùng tỷ lệ tính lại.",
         "Make the rate and its parts agree; ntm uses the recomputed rate."),
    ),
    "dossier-criteria-dir": (
        ("Thư mục bộ tiêu chí `{path}` không tồn tại", "Criteria folder `{path}` does not exist"),
        ("Đường dẫn trong `criteria_dirs` tính từ thư mục hồ sơ.",
         "Paths under `criteria_dirs` are relative to the dossier folder."),
    ),
    "dossier-target-level": (
        ("Mức đạt chuẩn `{target}` khác mức của bộ tiêu chí `{ref}` ({level})",
         "Target level `{target}` differs from the level of set `{ref}` ({level})"),
        ("Chọn bộ tiêu chí đúng với mức đề nghị công nhận.",
         "Pin the criteria set that matches the level sought."),
    ),
    "dossier-year-outside": (
        ("Năm đánh giá {year} nằm ngoài giai đoạn {start}-{end} của bộ `{ref}`",
         "Assessment year {year} is outside the period {start}-{end} of set `{ref}`"),
        ("Kiểm tra `year` và bộ tiêu chí áp dụng.", "Check `year` and the pinned set."),
    ),
    "dossier-stray-file": (
        ("Tệp YAML không thuộc cấu trúc hồ sơ, ntm bỏ qua", "YAML file outside the dossier layout; ntm ignores it"),
        ("Tệp tiêu chí đặt trong tieu-chi/, điều kiện trong dieu-kien.yaml.",
         "Criterion files belong in tieu-chi/, conditions in dieu-kien.yaml."),
    ),
    "dossier-name-mismatch": (
        ("Tên tiêu chí `{given}` khác tên trong bộ tiêu chí: `{expected}`",
         "Criterion name `{given}` differs from the set's `{expected}`"),
        ("Tên chỉ để đọc; sửa cho khớp hoặc bỏ trường `name`.",
         "The name is for readers; make it match or drop `name`."),
    ),
    "dossier-no-conditions": (
        ("Hồ sơ không có tệp dieu-kien.yaml; các điều kiện công nhận chưa được đánh giá",
         "The dossier has no dieu-kien.yaml; recognition conditions are not assessed"),
        ("Tạo dieu-kien.yaml (tỷ lệ hài lòng, nợ đọng XDCB, an ninh trật tự).",
         "Add dieu-kien.yaml (satisfaction, construction debt, security)."),
    ),
    "evidence-missing-file": (
        ("Không có tệp minh chứng `{path}`", "Evidence file `{path}` does not exist"),
        ("Đường dẫn tính từ thư mục hồ sơ; kiểm tra tên tệp và chữ hoa, chữ thường.",
         "Paths are relative to the dossier folder; check the name and its letter case."),
    ),
    "evidence-sha256-mismatch": (
        ("Tệp minh chứng `{path}` đã thay đổi: sha256 là {actual}, hồ sơ ghi {expected}",
         "Evidence file `{path}` changed: its sha256 is {actual}, the dossier says {expected}"),
        ("Nếu tệp mới là đúng, cập nhật sha256 (lệnh `sha256sum`); nếu không, khôi phục tệp gốc.",
         "If the new file is right, update the sha256 (`sha256sum`); otherwise restore the original."),
    ),
    "evidence-outside-dossier": (
        ("Đường dẫn minh chứng `{path}` ra ngoài thư mục hồ sơ", "Evidence path `{path}` leaves the dossier folder"),
        ("Đặt tệp minh chứng trong hồ sơ (ví dụ minh-chung/) và ghi đường dẫn tương đối.",
         "Keep evidence inside the dossier (for example minh-chung/) with a relative path."),
    ),
    "evidence-no-sha256": (
        ("Minh chứng `{path}` chưa ghi sha256", "Evidence `{path}` has no sha256"),
        ("Thêm `sha256:` để phát hiện tệp bị thay đổi sau khi nộp.",
         "Add `sha256:` so a file changed after submission is detected."),
    ),
    "self-assessment-mismatch": (
        ("Tự đánh giá \"{stated}\" khác kết quả tính theo số liệu \"{computed}\"",
         "Self-assessment \"{stated}\" differs from the computed result \"{computed}\""),
        ("Xem lại số liệu hoặc kết quả tự đánh giá.", "Review the figures or the self-assessment."),
    ),
    "appraisal-mismatch": (
        ("Kết quả {stage} \"{stated}\" khác kết quả tính theo số liệu \"{computed}\"",
         "Verdict of the {stage} \"{stated}\" differs from the computed result \"{computed}\""),
        ("Ghi rõ lý do trong `remarks` hoặc sửa số liệu.", "Explain it in `remarks` or correct the figures."),
    ),
    "indicator-not-met": (
        ("Chỉ tiêu {id} chưa đạt: {value} so với yêu cầu {requirement}",
         "Indicator {id} not met: {value} against {requirement}"),
        ("", ""),
    ),
    "condition-not-met": (
        ("Điều kiện {id} chưa đạt: {value} so với yêu cầu {requirement}",
         "Condition {id} not met: {value} against {requirement}"),
        ("", ""),
    ),
    "unit-not-attained": (
        ("{unit} chưa đạt chuẩn {level}: đạt {met}/{total} tiêu chí, {conditions_met}/{conditions_total} điều kiện",
         "{unit} does not reach {level}: {met}/{total} criteria, {conditions_met}/{conditions_total} conditions met"),
        ("", ""),
    ),
    "unit-undetermined": (
        ("{unit} chưa xác định được mức đạt chuẩn {level}: đạt {met}/{total} tiêu chí, "
         "{conditions_met}/{conditions_total} điều kiện; còn thiếu số liệu hoặc ngưỡng",
         "{unit}: attainment of {level} cannot be determined yet: {met}/{total} criteria, "
         "{conditions_met}/{conditions_total} conditions met; figures or thresholds are missing"),
        ("Xem các ghi chú \"không xác định\" bên dưới.", "See the \"undetermined\" notes."),
    ),
    "indicator-undetermined": (
        ("Chỉ tiêu {id} không xác định được: {reason}", "Indicator {id} cannot be determined: {reason}"),
        ("", ""),
    ),
    "condition-undetermined": (
        ("Điều kiện {id} không xác định được: {reason}", "Condition {id} cannot be determined: {reason}"),
        ("", ""),
    ),
}


def _rule_messages() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for rule_id, ((msg_vi, msg_en), (hint_vi, hint_en)) in _RULE_TEXT.items():
        out[f"rule.{rule_id}.message"] = _m(msg_vi, msg_en)
        out[f"rule.{rule_id}.hint"] = _m(hint_vi, hint_en)
    return out


MESSAGES: dict[str, dict[str, str]] = {
    **_rule_messages(),
    "yamltype.int": _m("một số nguyên", "an integer"),
    "yamltype.float": _m("một số", "a number"),
    "yamltype.bool": _m("giá trị đúng/sai", "a boolean"),
    "yamltype.timestamp": _m("một ngày", "a date"),
    "yamltype.null": _m("giá trị rỗng (null)", "null"),
    "reason.file_invalid": _m("tệp tiêu chí có lỗi, xem các lỗi của tệp", "the criterion file has errors, see them"),
    "encoding.guess_legacy": _m(" — có thể là Windows-1258 (CP1258), TCVN3 (ABC) hoặc VNI",
                                " — perhaps Windows-1258 (CP1258), TCVN3 (ABC) or VNI"),
    "yaml.nonprintable": _m("ký tự không được phép trong YAML ({code})",
                            "character not allowed in YAML ({code})"),
    "what.indicator": _m("Chỉ tiêu", "Indicator"),
    "what.condition": _m("Điều kiện", "Condition"),
    "parts.both": _m("cần có cả tử số và mẫu số", "both numerator and denominator are needed"),
    "parts.negative": _m("không được âm", "they cannot be negative"),
    "parts.zero": _m("mẫu số bằng 0", "the denominator is 0"),
    "parts.too_large": _m("tỷ số quá lớn", "the ratio is too large"),
    "parts.above": _m("tử số lớn hơn mẫu số", "the numerator exceeds the denominator"),
    "reason.bad_threshold": _m("ngưỡng trong bộ tiêu chí không đúng kiểu chỉ tiêu",
                               "the set's threshold does not fit the indicator kind"),
    # statuses
    "status.dat": _m("Đạt", "Met"),
    "status.chua_dat": _m("Chưa đạt", "Not met"),
    "status.khong_xac_dinh": _m("Không xác định", "Undetermined"),
    "status.khong_xet": _m("Không xét", "Not applicable"),
    "verdict.dat": _m("Đạt", "Met"),
    "verdict.chua_dat": _m("Chưa đạt", "Not met"),
    "verdict.co_ban_dat": _m("Cơ bản đạt", "Largely met"),
    "stage.tham_tra": _m("thẩm tra", "verification"),
    "stage.tham_dinh": _m("thẩm định", "appraisal"),
    # reasons for khong_xac_dinh
    "reason.no_value": _m("hồ sơ chưa có số liệu", "the dossier gives no value"),
    "reason.no_threshold": _m("ngưỡng chưa được xác lập trong bộ tiêu chí ({where})",
                              "the threshold is not established in the criteria set ({where})"),
    "reason.no_threshold_for_class": _m("bộ tiêu chí không có ngưỡng cho {where}",
                                        "the criteria set has no threshold for {where}"),
    "reason.bad_value": _m("giá trị không hợp lệ", "the value is invalid"),
    "reason.no_indicators": _m("bộ tiêu chí chưa xác lập chỉ tiêu của tiêu chí này",
                               "the criteria set establishes no indicator for this criterion"),
    "reason.undetermined_parts": _m("có chỉ tiêu không xác định", "some indicators are undetermined"),
    "reason.no_classification": _m("hồ sơ chưa khai báo phân loại (vùng/nhóm)",
                                   "the dossier declares no classification (region/group)"),
    # schema problems (pydantic error types)
    "schema.missing": _m("thiếu trường bắt buộc", "required field missing"),
    "schema.extra_forbidden": _m("trường không được định nghĩa{suggestion}", "unknown field{suggestion}"),
    "schema.string_type": _m("phải là văn bản", "must be text"),
    "schema.number": _m("phải là số (dùng dấu chấm thập phân, ví dụ 96.5)",
                        "must be a number (decimal point, for example 96.5)"),
    "schema.int": _m("phải là số nguyên", "must be a whole number"),
    "schema.bool": _m("phải là true hoặc false", "must be true or false"),
    "schema.choice": _m("phải là một trong: {expected}", "must be one of: {expected}"),
    "schema.date": _m("ngày không hợp lệ; viết dạng YYYY-MM-DD, ví dụ 2024-06-30",
                      "invalid date; write YYYY-MM-DD, for example 2024-06-30"),
    "schema.list": _m("phải là danh sách (các dòng bắt đầu bằng `- `)", "must be a list (lines starting with `- `)"),
    "schema.mapping": _m("phải là bảng khóa: giá trị", "must be a mapping of key: value"),
    "schema.too_small": _m("phải lớn hơn hoặc bằng {limit}", "must be at least {limit}"),
    "schema.too_big": _m("phải nhỏ hơn hoặc bằng {limit}", "must be at most {limit}"),
    "schema.finite": _m("phải là số hữu hạn (không dùng .nan, .inf)", "must be a finite number (no .nan, .inf)"),
    "schema.pattern": _m("không đúng định dạng ({pattern})", "does not match the expected form ({pattern})"),
    "schema.other": _m("{detail}", "{detail}"),
    "schema.union": _m("kiểu giá trị không hợp lệ; chấp nhận: {expected}", "invalid kind of value; accepted: {expected}"),
    "schema.hint.default": _m("Xem định dạng bằng `ntm schema {kind}`.", "See the format with `ntm schema {kind}`."),
    "did_you_mean": _m("; có phải `{candidate}`?", "; did you mean `{candidate}`?"),
    "root": _m("(gốc tệp)", "(file root)"),
    # value kinds
    "kind.boolean": _m("đạt/không đạt", "yes/no"),
    "kind.number": _m("số", "number"),
    "kind.percent": _m("tỷ lệ %", "percentage"),
    "kind.ratio": _m("tỷ số", "ratio"),
    "kind.level": _m("mức", "level"),
    "kind.score": _m("điểm", "score"),
    "expected.boolean": _m("Ghi `value: true` (đạt) hoặc `value: false` (không đạt).",
                           "Write `value: true` (met) or `value: false` (not met)."),
    "expected.number": _m("Ghi một số, dùng dấu chấm thập phân (ví dụ 96.5).",
                          "Write a number with a decimal point (for example 96.5)."),
    "expected.level": _m("Ghi một trong các mức: {levels}.", "Write one of the levels: {levels}."),
    # check report (text)
    "check.title": _m("Hồ sơ {unit} ({code}) — {ref}", "Dossier {unit} ({code}) — {ref}"),
    "check.target": _m("Mục tiêu: {level}; năm đánh giá {year}; phân loại {classification}",
                       "Target: {level}; assessment year {year}; classification {classification}"),
    "check.col.no": _m("TT", "No."),
    "check.col.criterion": _m("Tiêu chí", "Criterion"),
    "check.col.indicator": _m("Chỉ tiêu", "Indicator"),
    "check.col.requirement": _m("Yêu cầu", "Requirement"),
    "check.col.result": _m("Kết quả", "Result"),
    "check.col.self": _m("Tự đánh giá", "Self-assessed"),
    "check.col.status": _m("Đánh giá", "Assessment"),
    "check.conditions": _m("Điều kiện công nhận", "Recognition conditions"),
    "check.summary.unit": _m("{unit}: {status} — đạt {criteria_met}/{criteria_total} tiêu chí, "
                             "{indicators_met}/{indicators_total} chỉ tiêu, "
                             "{conditions_met}/{conditions_total} điều kiện",
                             "{unit}: {status} — {criteria_met}/{criteria_total} criteria, "
                             "{indicators_met}/{indicators_total} indicators, "
                             "{conditions_met}/{conditions_total} conditions met"),
    "check.summary.findings": _m("{errors} lỗi, {warnings} cảnh báo, {infos} ghi chú trong {dossiers} hồ sơ",
                                 "{errors} errors, {warnings} warnings, {infos} notes in {dossiers} dossiers"),
    "check.illustrative": _m("MINH HỌA: ngưỡng lấy từ bộ tiêu chí minh họa, không dùng để thẩm định thật",
                             "ILLUSTRATIVE: thresholds come from an illustrative set, not for real appraisal"),
    "check.no_result": _m("Không đánh giá được mức đạt chuẩn vì hồ sơ hoặc bộ tiêu chí có lỗi.",
                          "Attainment could not be computed: the dossier or criteria set has errors."),
    "severity.error": _m("lỗi", "error"),
    "severity.warning": _m("cảnh báo", "warning"),
    "severity.info": _m("ghi chú", "note"),
    "requirement.undetermined": _m("chưa xác lập", "not established"),
    "requirement.none": _m("—", "—"),
    "value.none": _m("—", "—"),
    "value.true": _m("Đạt", "Yes"),
    "value.false": _m("Không đạt", "No"),
    "name.unknown": _m("(tên chưa xác lập)", "(name not established)"),
    "where.class": _m("phân loại {value}", "classification {value}"),
    "where.year": _m("năm {value}", "year {value}"),
    "where.all": _m("mọi vùng/nhóm", "all regions/groups"),
    # levels
    "level.ntm": _m("nông thôn mới", "new rural"),
    "level.ntm_nang_cao": _m("nông thôn mới nâng cao", "advanced new rural"),
    "level.ntm_kieu_mau": _m("nông thôn mới kiểu mẫu", "model new rural"),
    "level.hoan_thanh": _m("hoàn thành nhiệm vụ xây dựng nông thôn mới",
                           "new rural development task completed"),
    "level.ntm_hien_dai": _m("nông thôn mới hiện đại", "modern new rural"),
    # errors (exit 2)
    "error.prefix": _m("Lỗi", "Error"),
    "error.no_path": _m("Không tìm thấy đường dẫn `{path}`", "Path `{path}` does not exist"),
    "error.no_dossier": _m("Không tìm thấy hồ sơ nào (thư mục có dossier.yaml) trong `{path}`",
                           "No dossier (a folder with dossier.yaml) found in `{path}`"),
    "error.bad_lang": _m("Ngôn ngữ `{lang}` không được hỗ trợ (vi, en)", "Language `{lang}` is not supported (vi, en)"),
    "error.bad_option": _m("Giá trị `{value}` không hợp lệ cho {option}; chọn: {allowed}",
                           "Invalid value `{value}` for {option}; choose from: {allowed}"),
    "error.internal": _m("Lỗi nội bộ của ntm ({kind}: {detail}). Xin báo lỗi kèm lệnh đã chạy tại {url}",
                         "ntm internal error ({kind}: {detail}). Please report it with the command you ran at {url}"),
    "error.exists": _m("`{path}` đã tồn tại và không rỗng; ntm không ghi đè",
                       "`{path}` already exists and is not empty; ntm does not overwrite it"),
    "error.write": _m("Không ghi được `{path}`: {reason}", "Cannot write `{path}`: {reason}"),
    "error.criteria_dir": _m("Thư mục bộ tiêu chí `{path}` không tồn tại", "Criteria folder `{path}` does not exist"),
    "error.criteria_invalid": _m("Bộ tiêu chí `{ref}` có lỗi; xem `ntm criteria lint`",
                                 "Criteria set `{ref}` has errors; see `ntm criteria lint`"),
    "error.unknown_schema": _m("Không có lược đồ `{kind}`; chọn: {allowed}", "No schema `{kind}`; choose from: {allowed}"),
    "criteria.list.row": _m("{ref}  {title}\n    văn bản: {documents}; kế thừa: {extends}; "
                            "ngưỡng đã xác lập: {established}/{figures}",
                            "{ref}  {title}\n    documents: {documents}; extends: {extends}; "
                            "established thresholds: {established}/{figures}"),
    "criteria.list.invalid": _m("(bộ tiêu chí có lỗi: chạy `ntm criteria lint`)",
                                "(the set has errors: run `ntm criteria lint`)"),
    "criteria.lint.summary": _m("{sets} bộ tiêu chí, {errors} lỗi, {findings} phát hiện",
                                "{sets} criteria sets, {errors} errors, {findings} findings"),
    "init.done": _m("Đã tạo hồ sơ {path} ({files} tệp) theo bộ {ref}", "Created dossier {path} ({files} files) for set {ref}"),
    "init.next": _m("Tiếp theo: điền số liệu rồi chạy `ntm check {path}`",
                    "Next: fill in the figures, then run `ntm check {path}`"),
}
