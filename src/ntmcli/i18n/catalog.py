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
        ("Tệp chứa dữ liệu nhị phân (byte NUL), không phải văn bản YAML{guess}",
         "File contains binary data (NUL bytes), not YAML text{guess}"),
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
    "file-outside-dossier": (
        ("Tệp là liên kết (symlink) trỏ ra ngoài thư mục hồ sơ (`{target}`); ntm không đọc tệp này",
         "The file is a symbolic link leading out of the dossier folder (`{target}`); "
         "ntm does not read it"),
        ("Đặt chính tệp vào thư mục hồ sơ thay cho liên kết: hồ sơ phải tự đủ để người khác kiểm tra.",
         "Put the file itself in the dossier folder instead of a link: a dossier must be "
         "complete on its own for others to check it."),
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
        ("Cấu trúc YAML quá phức tạp: {what}; ntm dừng đọc tệp này",
         "YAML structure too complex: {what}; ntm stopped reading this file"),
        ("Hồ sơ không cần bí danh (alias) lồng nhau hay cấu trúc lồng quá {depth} cấp.",
         "A dossier needs no nested aliases nor nesting deeper than {depth} levels."),
    ),
    "yaml-unknown-tag": (
        ("Thẻ YAML `{tag}` không được ntm hỗ trợ; giá trị được đọc như khi không có thẻ",
         "The YAML tag `{tag}` is not supported by ntm; the value is read as if it had no tag"),
        ("Xóa `{tag}` và viết giá trị thường; văn bản cần giữ nguyên (mã số) thì đặt trong ngoặc kép.",
         "Remove `{tag}` and write the plain value; quote text that must stay as written (codes)."),
    ),
    "yaml-unquoted-text": (
        ("Giá trị `{raw}` phải là văn bản nhưng viết không có ngoặc kép; YAML sẽ hiểu là {as_type}. "
         "ntm giữ nguyên văn bản `{raw}`",
         "Value `{raw}` must be text but is unquoted; YAML reads it as {as_type}. "
         "ntm keeps the text `{raw}`"),
        ("Đặt trong ngoặc kép: \"{raw}\" (mã số, ký hiệu giữ nguyên số 0 ở đầu).",
         "Quote it: \"{raw}\" (codes keep their leading zeros)."),
    ),
    "yaml-number-form": (
        ("Số `{raw}` viết không có ngoặc kép được YAML 1.1 đọc là {value} ({form}); ntm dùng {value}",
         "Unquoted `{raw}` is read by YAML 1.1 as {value} ({form}); ntm uses {value}"),
        ("Nếu ý là số khác, viết ở dạng thập phân thông thường (không có số 0 ở đầu, không có dấu "
         "hai chấm); nếu là văn bản, đặt trong ngoặc kép.",
         "If another number is meant, write it in plain decimal (no leading zero, no colon); "
         "if it is text, quote it."),
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
    "criteria-derived": (
        ("Ngưỡng tính từ `{ref}` (chỉ tiêu `{target}`): {problem}",
         "Threshold derived from `{ref}` (indicator `{target}`): {problem}"),
        ("Ngưỡng tính từ bộ khác ghi `value: null` và `derived: {{ref: bo@phien-ban, indicator: \"mã\", "
         "factor: hệ số}}`; bộ và chỉ tiêu gốc phải tồn tại và là số.",
         "A derived threshold writes `value: null` and `derived: {{ref: set@version, indicator: \"id\", "
         "factor: n}}`; the base set and indicator must exist and be numeric."),
    ),
    "criteria-special-area": (
        ("Loại xã đặc biệt `{id}`: {problem}", "Special-area category `{id}`: {problem}"),
        ("`moves_to` là một mã trong `classification.values`; ghi `source` và `confidence`.",
         "`moves_to` is a code of `classification.values`; give `source` and `confidence`."),
    ),
    "criteria-count-exceeds": (
        ("Bộ khai báo {declared} {what} nhưng văn bản chỉ có {total}",
         "The set declares {declared} {what} but the decision has only {total}"),
        ("Kiểm tra lại mã chỉ tiêu với văn bản (`totals` ghi tổng số chính thức và nguồn của nó).",
         "Check the ids against the decision (`totals` holds the official count and its source)."),
    ),
    "criteria-rules-condition": (
        ("Bộ `{ref}` chịu quy định `{rules}` nhưng thiếu điều kiện công nhận `{id}`",
         "Set `{ref}` falls under `{rules}` but lacks the recognition condition `{id}`"),
        ("Khai báo điều kiện này trong `conditions` của bộ (hoặc của lớp kế thừa).",
         "Declare the condition under the set's `conditions` (or an extending layer's)."),
    ),
    "dossier-unknown-special-area": (
        ("Loại xã `{value}` không có trong quy tắc vùng đặc biệt của bộ `{ref}`{suggestion}",
         "Special-area category `{value}` is not in the special-area rule of set `{ref}`{suggestion}"),
        ("Giá trị hợp lệ: {allowed}. Xóa `special_area` nếu xã không thuộc diện nào.",
         "Allowed values: {allowed}. Remove `special_area` if the commune is in none."),
    ),
    "dossier-special-area": (
        ("Xã thuộc diện \"{area}\" nên được đánh giá theo ngưỡng của {to} ({to_name}) thay cho {declared}",
         "The commune is in the category \"{area}\", so it is judged on the thresholds of {to} "
         "({to_name}) instead of {declared}"),
        ("Căn cứ: {source}. Lưu quyết định xếp loại xã trong minh chứng của hồ sơ.",
         "Basis: {source}. Keep the decision classifying the commune among the dossier's evidence."),
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
    "value-negative": (
        ("Giá trị {value} của chỉ tiêu {id} là số âm; chỉ tiêu này ({kind}) không thể âm",
         "Value {value} of indicator {id} is negative; this indicator ({kind}) cannot be negative"),
        ("Kiểm tra dấu trừ: số lượng, thu nhập, tỷ số và điểm không bao giờ âm.",
         "Check the minus sign: counts, incomes, ratios and scores are never negative."),
    ),
    "date-in-future": (
        ("Ngày {date} ({what}) ở sau ngày hôm nay ({today})",
         "Date {date} ({what}) is after today ({today})"),
        ("Kiểm tra năm đã gõ. Muốn kiểm tra hồ sơ theo một ngày khác, đặt biến môi trường "
         "NTM_TODAY=YYYY-MM-DD.",
         "Check the year typed. To check a dossier as of another day, set the environment "
         "variable NTM_TODAY=YYYY-MM-DD."),
    ),
    "date-outside-period": (
        ("Ngày {date} ({what}) nằm ngoài thời kỳ đánh giá {start} – {end}",
         "Date {date} ({what}) is outside the assessment period {start} – {end}"),
        ("Thẩm tra, thẩm định diễn ra trong năm đánh giá hoặc năm sau; minh chứng có ngày trong "
         "giai đoạn của bộ tiêu chí. Kiểm tra năm đã gõ và `year` trong dossier.yaml.",
         "Appraisals take place in the assessment year or the next; evidence is dated within "
         "the criteria set's period. Check the year typed and `year` in dossier.yaml."),
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
        ("Đường dẫn minh chứng `{path}` ra ngoài thư mục hồ sơ{via}",
         "Evidence path `{path}` leaves the dossier folder{via}"),
        ("Đặt tệp minh chứng trong hồ sơ (ví dụ minh-chung/) và ghi đường dẫn tương đối.",
         "Keep evidence inside the dossier (for example minh-chung/) with a relative path."),
    ),
    "evidence-unreadable": (
        ("Không đọc được tệp minh chứng `{path}`: {reason}",
         "Cannot read evidence file `{path}`: {reason}"),
        ("Đường dẫn phải chỉ tới một tệp thường trong thư mục hồ sơ, không phải thư mục, "
         "liên kết vòng hay tệp đặc biệt.",
         "The path must name a regular file in the dossier folder, not a folder, a looping "
         "link or a special file."),
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
    "meeting-vote": (
        ("Biểu quyết `{field}` ghi {counted} phiếu, nhiều hơn {total} thành viên tham dự",
         "Vote `{field}` counts {counted}, more than the {total} members present"),
        ("Sửa agree, against, abstain hoặc total: tổng số phiếu không vượt số thành viên tham dự.",
         "Correct agree, against, abstain or total: the votes cannot exceed the members present."),
    ),
    "template-error": (
        ("Mẫu văn bản có lỗi: {problem}", "Template error: {problem}"),
        ("Sửa mẫu tại dòng đã chỉ; các biến dùng được liệt kê trong docs/report.md.",
         "Fix the template at that line; the variables it may use are listed in docs/report.md."),
    ),
    "template-unsafe": (
        ("Mẫu văn bản bị chặn vì truy cập nội bộ Python: {problem}",
         "Template blocked for reaching Python internals: {problem}"),
        ("Mẫu chỉ dùng được dữ liệu của văn bản (docs/report.md); không dùng được thuộc tính bắt đầu "
         "bằng `_` hay hàm của Python.",
         "A template may use only the document's data (docs/report.md): no attribute starting with "
         "`_`, no Python function."),
    ),
    "rollup-member-missing": (
        ("Không tìm thấy hồ sơ đơn vị thành viên `{path}` (thư mục có dossier.yaml)",
         "Member dossier `{path}` not found (a folder with dossier.yaml)"),
        ("Sửa đường dẫn trong `members` (tính từ thư mục hồ sơ này) hoặc thêm hồ sơ của đơn vị.",
         "Fix the path under `members` (relative to this dossier's folder) or add the member's dossier."),
    ),
    "rollup-member-cycle": (
        ("Hồ sơ thành viên `{path}` dẫn ngược về chính hồ sơ này ({chain})",
         "Member `{path}` leads back to this dossier ({chain})"),
        ("Một đơn vị không thể là thành viên của chính nó; xóa mục này khỏi `members`.",
         "A unit cannot be a member of itself; remove this entry from `members`."),
    ),
    "rollup-member-not-attained": (
        ("Đơn vị thành viên {unit} (`{path}`) phải đạt {level}; kết quả hồ sơ: {status} "
         "(mức đề nghị: {target})",
         "Member {unit} (`{path}`) must reach {level}; its dossier gives: {status} "
         "(level sought: {target})"),
        ("Xem các phát hiện trong hồ sơ của đơn vị thành viên.", "See the findings in the member's dossier."),
    ),
    "rollup-stated-mismatch": (
        ("Điều kiện {id} khai {stated} nhưng tính từ {total} đơn vị thành viên được {computed}",
         "Condition {id} states {stated} but its {total} member units give {computed}"),
        ("ntm dùng giá trị tính từ hồ sơ thành viên; sửa hoặc xóa giá trị khai.",
         "ntm uses the value computed from the member dossiers; correct or remove the stated one."),
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
    "yaml.runaway_quote": _m("dấu ngoặc mở ở đây không được đóng trên cùng dòng, nên giá trị kéo "
                             "dài tới dòng {end_line}",
                             "the quote opened here is not closed on its line, so the value runs "
                             "on to line {end_line}"),
    "evidence.via_link": _m(" (qua liên kết `{link}`)", " (through the link `{link}`)"),
    "encoding.guess_utf16": _m(" — có vẻ là văn bản UTF-16 lưu không có dấu BOM",
                               " — it looks like UTF-16 text saved without a byte-order mark"),
    "unreadable.not_regular": _m("không phải tệp thường (thư mục, ống dẫn hay thiết bị)",
                                 "not a regular file (a folder, a pipe or a device)"),
    "unreadable.loop": _m("liên kết (symlink) vòng", "a symbolic link loop"),
    "unreadable.missing": _m("liên kết (symlink) trỏ tới tệp không tồn tại",
                             "a symbolic link to a file that does not exist"),
    "unreadable.permission": _m("không có quyền đọc", "permission denied"),
    "unreadable.bad_name": _m("tên tệp không hợp lệ (ký tự NUL, hoặc quá dài)",
                              "invalid file name (a NUL character, or too long)"),
    "complex.nesting": _m("lồng quá {depth} cấp", "nested deeper than {depth} levels"),
    "complex.nodes": _m("quá {limit} giá trị, tính cả mỗi lần dùng bí danh (alias)",
                        "more than {limit} values, counting every use of an alias"),
    "complex.recursive": _m("bí danh (alias) chứa chính nó", "an alias that contains itself"),
    "numform.octal": _m("số hệ bát phân", "an octal number"),
    "numform.hex": _m("số hệ thập lục phân", "a hexadecimal number"),
    "numform.binary": _m("số hệ nhị phân", "a binary number"),
    "numform.sexagesimal": _m("số hệ 60, như giờ:phút", "a base-60 number, like hours:minutes"),
    "date.evidence": _m("ngày văn bản minh chứng", "evidence document date"),
    "date.appraisal": _m("ngày thẩm tra, thẩm định", "appraisal date"),
    "error.bad_today": _m("NTM_TODAY=`{value}` không phải ngày dạng YYYY-MM-DD",
                          "NTM_TODAY=`{value}` is not a YYYY-MM-DD date"),
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
    # criteria catalogue: derived thresholds, special areas, totals (issue 3)
    "derived.cycle": _m("tham chiếu vòng: bộ này đã nằm trong chuỗi tính", "circular reference: the set is already in the chain"),
    "derived.no_set": _m("không tìm thấy bộ tiêu chí này", "no such criteria set"),
    "derived.base_invalid": _m("bộ gốc có lỗi, xem các lỗi của nó", "the base set has errors, see them"),
    "derived.no_indicator": _m("bộ gốc không có chỉ tiêu này", "the base set has no such indicator"),
    "derived.not_numeric": _m("chỉ tiêu phải là số (number, percent, ratio, score) và không tự tính từ bộ khác",
                              "the indicator must be numeric (number, percent, ratio, score) and not itself derived"),
    "derived.with_value": _m("ghi cả `value` lẫn `derived`; ngưỡng tính từ bộ khác ghi `value: null`",
                             "gives both `value` and `derived`; a derived threshold writes `value: null`"),
    "special_area.unknown_class": _m("chuyển tới `{to}` mà bộ không định nghĩa (hợp lệ: {allowed})",
                                     "moves to `{to}`, which the set does not define (allowed: {allowed})"),
    "special_area.no_provenance": _m("thiếu nguồn hoặc độ tin cậy", "lacks a source or a confidence"),
    "special_area.unknown_source": _m("nguồn `{source}` không có trong `sources` và không phải văn bản hay URL",
                                      "source `{source}` is not in `sources` and is neither a document nor a URL"),
    "count.criteria": _m("tiêu chí", "criteria"),
    "count.indicators": _m("chỉ tiêu", "indicators"),
    "reason.derived_undetermined": _m(
        "ngưỡng bằng {factor} × ngưỡng chỉ tiêu {target} của bộ {ref}, mà ngưỡng đó chưa xác lập ({where})",
        "the threshold is {factor} × the threshold of indicator {target} in {ref}, which is not established ({where})"),
    # revocation (QĐ 18/2022/QĐ-TTg)
    "revocation.status.thu_hoi": _m("Thuộc trường hợp thu hồi quyết định công nhận",
                                    "Falls under a case of revocation of recognition"),
    "revocation.status.khong_thu_hoi": _m("Không thuộc trường hợp thu hồi", "No case of revocation applies"),
    "revocation.status.khong_xac_dinh": _m("Chưa xác định được việc thu hồi", "Revocation cannot be determined"),
    "revocation.reason.no_rules": _m("không có quy định thu hồi cho bộ {ref}", "no revocation rule governs set {ref}"),
    "revocation.reason.no_entry": _m("{rules} không có quy định thu hồi đã xác lập cho đơn vị {kind}, mức {level}",
                                     "{rules} has no established revocation rule for a {kind} unit at level {level}"),
    "revocation.reason.no_criteria": _m("không có tiêu chí nào được xét", "no criterion is assessed"),
    "revocation.reason.share": _m("{failed}/{total} tiêu chí không còn đạt ({share}%)",
                                  "{failed}/{total} criteria no longer met ({share}%)"),
    "revocation.reason.critical": _m("trong đó có tiêu chí then chốt: {names}", "among them critical criteria: {names}"),
    "revocation.reason.members": _m("{revoked}/{members} xã bị thu hồi công nhận ({share}%)",
                                    "{revoked}/{members} communes had their recognition revoked ({share}%)"),
    "revocation.reason.case": _m("trường hợp: {case}", "case: {case}"),
    "revocation.reason.undetermined": _m("{count} tiêu chí chưa xác định được ({ids}) có thể làm thay đổi kết quả",
                                         "{count} undetermined criteria ({ids}) could change the outcome"),
    "revocation.reason.critical_unknown": _m(
        "không biết tiêu chí {ids} có phải tiêu chí then chốt ({names}) hay không: bộ chưa xác lập tên",
        "whether criteria {ids} are critical ({names}) is unknown: the set does not establish their names"),
    "revocation.reason.boundary": _m("tỷ lệ đúng bằng {share}%, ranh giới chưa được văn bản xác định rõ: {note}",
                                     "the share is exactly {share}%, a boundary the sources do not settle: {note}"),
    "revocation.reason.members_unknown": _m("chưa có tỷ lệ xã bị thu hồi công nhận",
                                            "the share of communes whose recognition was revoked is not given"),
    "revocation.reason.inferred": _m("áp dụng quy định cho mức này là suy luận: {note}",
                                     "applying the rule at this level is an inference: {note}"),
    # ntm criteria show
    "criteria.show.layers": _m("Các lớp: {layers}", "Layers: {layers}"),
    "criteria.show.selection": _m("Áp dụng cho: {selection}", "Selected: {selection}"),
    "criteria.show.moved": _m("thuộc diện {area} nên áp dụng ngưỡng {to}", "in category {area}, so judged on {to}"),
    "criteria.show.totals": _m("Văn bản có {criteria} tiêu chí, {indicators} chỉ tiêu {provenance}",
                      "The decision has {criteria} criteria, {indicators} indicators {provenance}"),
    "criteria.show.counts": _m("Đã khai báo {criteria} tiêu chí, {indicators} chỉ tiêu, {conditions} điều kiện; "
                      "ngưỡng đã xác lập {established}/{figures}",
                      "Declared {criteria} criteria, {indicators} indicators, {conditions} conditions; "
                      "established thresholds {established}/{figures}"),
    "criteria.show.special_areas": _m("Vùng đặc biệt (loại xã → ngưỡng áp dụng):",
                             "Special areas (category → thresholds applied):"),
    "criteria.show.criterion": _m("Tiêu chí {id} — {name}", "Criterion {id} — {name}"),
    "criteria.show.no_indicators": _m("(chưa xác lập chỉ tiêu nào: tiêu chí sẽ là \"không xác định\")",
                             "(no indicator established: the criterion will be \"undetermined\")"),
    "criteria.show.no_threshold": _m("không có ngưỡng cho lựa chọn này (không xác định)",
                            "no threshold for this selection (undetermined)"),
    "criteria.show.undetermined": _m("chưa xác lập", "not established"),
    "criteria.show.derived": _m("{factor} × ngưỡng {target} của {ref}", "{factor} × threshold {target} of {ref}"),
    "criteria.show.any_class": _m("mọi vùng/nhóm", "any region/group"),
    "criteria.show.any_year": _m("mọi năm", "any year"),
    "criteria.show.no_confidence": _m("chưa ghi độ tin cậy", "no confidence"),
    "criteria.show.optional": _m("nếu có", "if applicable"),
    "criteria.show.recognition": _m("Quy định công nhận, thu hồi: {rules} ({document})",
                           "Recognition and revocation rules: {rules} ({document})"),
    "criteria.show.required_conditions": _m("điều kiện công nhận bắt buộc (✓ có trong bộ): {conditions}",
                                   "required recognition conditions (✓ in the set): {conditions}"),
    "criteria.show.critical": _m("tiêu chí then chốt khi xét thu hồi [{confidence}]: trong bộ: {found}; "
                        "chưa tìm thấy trong bộ: {missing}",
                        "critical criteria for revocation [{confidence}]: in the set: {found}; "
                        "not found in the set: {missing}"),
    "criteria.show.case": _m("trường hợp thu hồi: {case}", "revocation case: {case}"),
    "criteria.show.unsettled": _m("ranh giới chưa rõ tại {share}%: {note}", "unsettled boundary at {share}%: {note}"),
    "criteria.show.col.code": _m("Mã", "Code"),
    "criteria.show.col.moves_to": _m("Áp dụng ngưỡng", "Judged on"),
    "criteria.show.col.name": _m("Nội dung", "Content"),
    "criteria.show.col.where": _m("Vùng/nhóm, năm", "Region/group, year"),
    "criteria.show.col.provenance": _m("Độ tin cậy; nguồn", "Confidence; source"),
    "criteria.show.col.layer": _m("Lớp, vị trí", "Layer, place"),
    # ntm criteria diff
    "criteria.diff.title": _m("So sánh {old} → {new}", "Comparing {old} → {new}"),
    "criteria.diff.none": _m("Không có khác biệt.", "No differences."),
    "criteria.diff.summary": _m("{added} thêm, {removed} bỏ, {renamed} đổi tên, {changed} thay đổi",
                       "{added} added, {removed} removed, {renamed} renamed, {changed} changed"),
    "criteria.diff.section.set": _m("Bộ tiêu chí", "Set"),
    "criteria.diff.section.classification": _m("Phân loại (vùng/nhóm)", "Classification (regions/groups)"),
    "criteria.diff.section.special_areas": _m("Vùng đặc biệt", "Special areas"),
    "criteria.diff.section.criteria": _m("Tiêu chí", "Criteria"),
    "criteria.diff.section.indicators": _m("Chỉ tiêu", "Indicators"),
    "criteria.diff.section.conditions": _m("Điều kiện công nhận", "Recognition conditions"),
    "criteria.diff.section.thresholds": _m("Ngưỡng", "Thresholds"),
    "criteria.diff.added": _m("{id}: thêm — {new}", "{id}: added — {new}"),
    "criteria.diff.removed": _m("{id}: bỏ — {old}", "{id}: removed — {old}"),
    "criteria.diff.renamed": _m("{id}: đổi tên — {old} → {new}", "{id}: renamed — {old} → {new}"),
    "criteria.diff.changed": _m("{id}: {field} — {old} → {new}", "{id}: {field} — {old} → {new}"),
    "criteria.diff.field": _m("{field}: {old} → {new}", "{field}: {old} → {new}"),
    "criteria.diff.threshold.added": _m("{id} ({where}): thêm ngưỡng {new}", "{id} ({where}): threshold added {new}"),
    "criteria.diff.threshold.removed": _m("{id} ({where}): bỏ ngưỡng {old}", "{id} ({where}): threshold removed {old}"),
    "criteria.diff.threshold.changed": _m("{id} ({where}): {old} → {new}", "{id} ({where}): {old} → {new}"),
    # errors of ntm criteria show/diff (exit 2)
    "error.unknown_set": _m("Không tìm thấy bộ tiêu chí `{ref}`{suggestion}", "Criteria set `{ref}` not found{suggestion}"),
    "error.profile_base": _m("Bộ `{profile}` không kế thừa từ `{base}`", "Profile `{profile}` does not extend `{base}`"),
    "error.no_classification": _m("Bộ `{ref}` không phân loại theo vùng hay nhóm; bỏ {option}",
                                  "Set `{ref}` has no regions or groups; drop {option}"),
    "error.wrong_axis": _m("Bộ `{ref}` phân loại theo trục khác: dùng {expected} thay cho {option}",
                           "Set `{ref}` is classified on another axis: use {expected} instead of {option}"),
    "error.region_and_group": _m("Chỉ dùng một trong --region và --group", "Use only one of --region and --group"),
    "init.done": _m("Đã tạo hồ sơ {path} ({files} tệp) theo bộ {ref}", "Created dossier {path} ({files} files) for set {ref}"),
    "init.next": _m("Tiếp theo: điền số liệu rồi chạy `ntm check {path}`",
                    "Next: fill in the figures, then run `ntm check {path}`"),
    # dossier repositories (ntm.toml, --changed-since, roll-ups)
    "error.config_read": _m("Không đọc được `{path}`: {reason}", "Cannot read `{path}`: {reason}"),
    "error.config_syntax": _m("`{path}` sai cú pháp TOML: {reason}", "`{path}` is not valid TOML: {reason}"),
    "error.config_key": _m("`{path}`: khóa `{name}` không được hỗ trợ; dùng: {allowed}",
                           "`{path}`: key `{name}` is not supported; use: {allowed}"),
    "error.config_value": _m("`{path}`: giá trị của `{name}` không hợp lệ; cần: {expected}",
                             "`{path}`: invalid value for `{name}`; expected: {expected}"),
    "error.config_dir": _m("`{path}`: thư mục bộ tiêu chí `{folder}` không tồn tại",
                           "`{path}`: criteria folder `{folder}` does not exist"),
    "error.git": _m("Lệnh git không chạy được: {detail}", "git failed: {detail}"),
    "error.git_ref": _m("Không có phiên bản git `{ref}` (nhánh, thẻ hoặc mã commit)",
                        "No git revision `{ref}` (a branch, tag or commit)"),
    "check.progress": _m("{done}/{total} hồ sơ", "{done}/{total} dossiers"),
    "junit.clean": _m("không có phát hiện", "no findings"),
    "error.output_in_dossier": _m("Không ghi `{path}` vào trong hồ sơ `{dossier}`; chọn nơi khác",
                                  "Not writing `{path}` inside the dossier `{dossier}`; choose another place"),
    "error.output_is_folder": _m("`{path}` là một thư mục; cần một đường dẫn tệp",
                                 "`{path}` is a folder; give a file path"),
    "error.diff_unevaluable": _m("Không đánh giá được `{path}` ({errors} lỗi); chạy `ntm check` để xem",
                                 "`{path}` cannot be evaluated ({errors} errors); run `ntm check` to see them"),
    "error.diff_units": _m("Hai hồ sơ không cùng một đơn vị: {old} và {new}",
                           "The two dossiers are not of the same unit: {old} and {new}"),
    # ntm summary
    "status.khong_danh_gia": _m("Không đánh giá được", "Not evaluated"),
    "summary.title": _m("Tổng hợp kho hồ sơ nông thôn mới", "New rural development dossier repository: summary"),
    "summary.totals": _m("{units} đơn vị: {dat} đạt, {chua_dat} chưa đạt, {khong_xac_dinh} không xác định, "
                         "{khong_danh_gia} không đánh giá được; {errors} lỗi, {warnings} cảnh báo",
                         "{units} units: {dat} met, {chua_dat} not met, {khong_xac_dinh} undetermined, "
                         "{khong_danh_gia} not evaluated; {errors} errors, {warnings} warnings"),
    "summary.units": _m("Theo đơn vị", "By unit"),
    "summary.provinces": _m("Theo tỉnh", "By province"),
    "summary.districts": _m("Theo huyện", "By district"),
    "summary.failed_criteria": _m("Tiêu chí chưa đạt nhiều nhất", "Criteria most often not met"),
    "summary.failed_indicators": _m("Chỉ tiêu chưa đạt nhiều nhất", "Indicators most often not met"),
    "summary.chart.status": _m("Kết quả đánh giá các đơn vị", "Assessment results of the units"),
    "summary.footer": _m("tính từ hồ sơ và bộ tiêu chí trong kho; không có số liệu nào lấy từ mạng",
                         "computed from the dossiers and criteria in the repository; nothing is loaded from the network"),
    "summary.col.path": _m("Hồ sơ", "Dossier"),
    "summary.col.unit": _m("Đơn vị", "Unit"),
    "summary.col.sought": _m("Mức đề nghị", "Level sought"),
    "summary.col.reached": _m("Mức đạt", "Level reached"),
    "summary.col.status": _m("Kết quả", "Result"),
    "summary.col.criteria": _m("Tiêu chí đạt", "Criteria met"),
    "summary.col.indicators": _m("Chỉ tiêu đạt", "Indicators met"),
    "summary.col.errors": _m("Lỗi", "Errors"),
    "summary.col.warnings": _m("Cảnh báo", "Warnings"),
    "summary.col.province": _m("Tỉnh", "Province"),
    "summary.col.district": _m("Huyện", "District"),
    "summary.col.units": _m("Số đơn vị", "Units"),
    "summary.col.id": _m("Mã", "Id"),
    "summary.col.name": _m("Tên", "Name"),
    "summary.col.count": _m("Số đơn vị chưa đạt", "Units not meeting it"),
    # ntm diff
    "diff.title": _m("So sánh đánh giá {unit} ({code}): {old} → {new}",
                     "Assessments of {unit} ({code}) compared: {old} → {new}"),
    "diff.unit": _m("Kết quả: {old} → {new}; tiêu chí đạt {old_met}/{old_total} → {new_met}/{new_total}",
                    "Result: {old} → {new}; criteria met {old_met}/{old_total} → {new_met}/{new_total}"),
    "diff.set": _m("Bộ tiêu chí: {old} → {new}", "Criteria set: {old} → {new}"),
    "diff.section.criterion": _m("Tiêu chí thay đổi:", "Criteria changed:"),
    "diff.section.indicator": _m("Chỉ tiêu thay đổi (giá trị hoặc kết quả):", "Indicators changed (value or result):"),
    "diff.section.condition": _m("Điều kiện thay đổi:", "Conditions changed:"),
    "diff.none": _m("Không có chỉ tiêu, tiêu chí hay điều kiện nào thay đổi.", "No indicator, criterion or condition changed."),
    "diff.absent": _m("không có", "absent"),
    "diff.no_longer_met": _m("Tiêu chí không còn đạt: {ids}", "Criteria no longer met: {ids}"),
    "diff.revocation": _m("Thu hồi công nhận (QĐ 18/2022/QĐ-TTg): {verdict}",
                          "Revocation of recognition (QĐ 18/2022/QĐ-TTg): {verdict}"),
    "reason.rollup_no_members": _m("không có đơn vị thành viên thuộc diện xét",
                                   "no member unit of the kind this condition counts"),
    "reason.rollup_member_values": _m("có đơn vị thành viên chưa có số liệu",
                                      "some member units give no value"),
    # ntm report
    "report.written": _m("Đã ghi {path} ({document}, {format})", "Wrote {path} ({document}, {format})"),
    "report.findings": _m("Hồ sơ có {errors} lỗi, {warnings} cảnh báo; văn bản ghi đúng kết quả đã đánh "
                          "giá. Xem chi tiết: `ntm check {path}`",
                          "The dossier has {errors} errors and {warnings} warnings; the document states "
                          "the results as evaluated. Details: `ntm check {path}`"),
    "report.no_metadata": _m("van-ban.yaml không có mục `documents.{name}`: số, ngày, người ký để trống "
                             "cho người soạn điền",
                             "van-ban.yaml has no `documents.{name}` entry: number, date and signer are "
                             "left blank to fill in"),
    "error.unknown_document": _m("Không có văn bản `{name}`; chọn: {allowed}",
                                 "No document `{name}`; choose from: {allowed}"),
    "error.template_dir": _m("Thư mục mẫu `{path}` không tồn tại", "Template folder `{path}` does not exist"),
    "error.output_inside": _m("Không ghi văn bản vào trong hồ sơ `{dossier}`; chọn `--output` ở ngoài "
                              "thư mục hồ sơ",
                              "Refusing to write into the dossier `{dossier}`; choose an `--output` "
                              "outside its folder"),
    "error.output_exists": _m("`{path}` đã tồn tại; thêm `--force` để ghi đè",
                              "`{path}` already exists; add `--force` to overwrite it"),
    "error.output_folder": _m("Thư mục `{path}` không tồn tại", "Folder `{path}` does not exist"),
    "error.output_needed": _m("Định dạng {format} cần `--output TỆP`", "Format {format} needs `--output FILE`"),
    "error.chromium_missing": _m("Không tìm thấy Chromium để in PDF. Cài gói `chromium` (Debian/Ubuntu: "
                                 "`apt-get install chromium`), hoặc đặt biến NTM_CHROMIUM là đường dẫn "
                                 "trình duyệt; hoặc xuất `--format html` rồi in ra PDF từ trình duyệt",
                                 "Chromium was not found to print the PDF. Install the `chromium` package "
                                 "(Debian/Ubuntu: `apt-get install chromium`) or set NTM_CHROMIUM to the "
                                 "browser's path; or write `--format html` and print it from a browser"),
    "error.chromium_failed": _m("Chromium không in được PDF: {detail}", "Chromium could not print the PDF: {detail}"),
    "error.template": _m("{location}: lỗi [{rule}] {message}", "{location}: error [{rule}] {message}"),
}
