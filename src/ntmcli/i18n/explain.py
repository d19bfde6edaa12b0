"""`ntm explain RULE`: for every rule, what it checks, why, an example that triggers it and the fix.

`EXPLANATIONS[rule][lang]` holds the words (Vietnamese and English); `EXAMPLES[rule]` the example,
which is data and the same in both languages: lines of a file as a user writes them (`wrong`)
and as they should be (`fixed`). `base` is what the example replaces in a valid dossier (or, for
criteria rules, in `VALID_SET`); it is not shown, but tests/test_explain.py writes every example
into a real dossier and checks that `wrong` triggers the rule and `fixed` does not. Some cases a
file cannot show (a link, a pipe, a huge file): they are a shell command, and the hostile-input
case (`tests/hostile/…`) that proves them is named.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Example:
    file: str                  # the file the example is about, relative to its dossier (or criteria folder)
    wrong: str = ""            # the lines as written, triggering the rule
    fixed: str | None = ""     # the same lines corrected; None: delete the file
    base: str | None = ""      # what `wrong`/`fixed` replace in a valid file; None: a new file
    where: str = "dossier"     # "dossier" (checked with `ntm check`) or "criteria" (`ntm criteria lint`)
    shell: str = ""            # a setup a file cannot show
    case: str = ""             # the hostile-input case that proves it (tests/hostile/<case>)
    elsewhere: str = ""        # the test module that proves a rule needing a larger setup


Words = dict[str, str]  # title, checks, why, fix


def _e(vi: tuple[str, str, str, str], en: tuple[str, str, str, str]) -> dict[str, Words]:
    keys = ("title", "checks", "why", "fix")
    return {"vi": dict(zip(keys, vi, strict=True)), "en": dict(zip(keys, en, strict=True))}


# A valid criteria set of one criterion: the base the criteria examples change.
VALID_SET = """schema_version: 1
id: vi-du
version: "1"
title: Bộ tiêu chí ví dụ
unit_kind: xa
level: ntm
sources:
  - {id: qd-01, document: "01/QĐ-UBND"}
classification:
  axis: vung
  source: qd-01
  confidence: confirmed
  values:
    - {code: DBSH, name: Đồng bằng sông Hồng}
criteria:
  - id: "1"
    name: Điện
    source: qd-01
    confidence: confirmed
    indicators:
      - id: "1.1"
        name: Hệ thống điện đạt chuẩn
        kind: boolean
        source: qd-01
        confidence: confirmed
        thresholds:
          - {value: true, source: qd-01, confidence: confirmed}
"""
SET_FILE = "vi-du/1.yaml"
_THRESHOLD = "          - {value: true, source: qd-01, confidence: confirmed}"
D, C1, C2, C3, C4, K = ("dossier.yaml", "tieu-chi/01-dien.yaml", "tieu-chi/02-giao-duc.yaml",
                        "tieu-chi/03-thu-nhap.yaml", "tieu-chi/04-van-hoa.yaml", "dieu-kien.yaml")
_SHA = "05e2386ff8b452a8172ffbb99fb56f7caf21e1aa2a19075cb5e4241cd45f825b"


def _set(wrong: str, fixed: str | None = None, base: str = _THRESHOLD, file: str = SET_FILE) -> Example:
    return Example(file, wrong, base if fixed is None else fixed, base, where="criteria")


EXAMPLES: dict[str, Example] = {
    # --- file ---------------------------------------------------------------------------------
    "file-unreadable": Example("tieu-chi/05-gay.yaml", shell="ln -s khong-co.yaml tieu-chi/05-gay.yaml",
                               case="paths/symlink-broken"),
    "file-too-large": Example(C4, shell="head -c 3000000 /dev/zero | tr '\\0' '#' >> tieu-chi/04-van-hoa.yaml",
                              case="files/criterion-file-too-large"),
    "file-binary": Example(C4, shell="cp anh-chup.png tieu-chi/04-van-hoa.yaml", case="files/png-renamed"),
    "file-encoding": Example(D, shell="iconv -f UTF-8 -t CP1258 dossier.yaml > tam.yaml && mv tam.yaml dossier.yaml",
                             case="encoding/cp1258"),
    "file-empty": Example("tieu-chi/05-moi.yaml", "# chưa điền\n", 'criterion: "5"\nindicators: []\n', None),
    "text-not-nfc": Example(C1, "name: Đie\u0323\u0302n", "name: Điện", "name: Điện"),
    "file-outside-dossier": Example("tieu-chi/05-passwd.yaml", shell="ln -s /etc/passwd tieu-chi/05-passwd.yaml",
                                    case="paths/symlink-criterion-absolute"),
    # --- yaml ---------------------------------------------------------------------------------
    "yaml-syntax": Example(D, "year:2025", "year: 2025", "year: 2025"),
    "yaml-duplicate-key": Example(D, "year: 2025\nyear: 2024", "year: 2025", "year: 2025"),
    "yaml-complex-key": Example(C4, '? [4, 5]\n: Văn hóa\ncriterion: "4"', 'criterion: "4"', 'criterion: "4"'),
    "yaml-too-complex": Example(C4, 'criterion: "4"\nnote: &vong [*vong]', 'criterion: "4"', 'criterion: "4"'),
    "yaml-unknown-tag": Example(C3, "value: !so 62.5", "value: 62.5", "value: 62.5"),
    "yaml-unquoted-text": Example(D, "code: 00004", 'code: "00004"', 'code: "00004"'),
    "yaml-number-form": Example(C3, "value: 062", "value: 62", "value: 62.5"),
    "schema": Example(C1, "self_assesment: dat\nindicators:", "self_assessment: dat\nindicators:",
                      "self_assessment: dat\nindicators:"),
    # --- criteria -----------------------------------------------------------------------------
    "criteria-unknown-set": Example(D, "criteria: test-xa@2021-2026", "criteria: test-xa@2021-2025",
                                    "criteria: test-xa@2021-2025"),
    "criteria-cycle": _set('version: "1"\nextends: vi-du@1', 'version: "1"', 'version: "1"'),
    "criteria-misplaced": Example("vi-du/2.yaml", VALID_SET, VALID_SET.replace('version: "1"', 'version: "2"'),
                                  None, where="criteria"),
    "criteria-incomplete": _set("        source: qd-01", base="        kind: boolean\n        source: qd-01"),
    "criteria-duplicate-id": _set(_THRESHOLD + '\n      - id: "1.1"\n        name: Điện sinh hoạt\n'
                                  "        kind: boolean\n        source: qd-01\n        confidence: confirmed\n"
                                  "        thresholds:\n" + _THRESHOLD),
    "criteria-unknown-id": Example("tinh-a/2024.yaml", 'schema_version: 1\nid: tinh-a\nversion: "2024"\n'
                                   'extends: xa-ntm@2021-2025\ndrop:\n  indicators: ["99.9"]\n',
                                   'schema_version: 1\nid: tinh-a\nversion: "2024"\nextends: xa-ntm@2021-2025\n',
                                   None, where="criteria"),
    "criteria-profile-base": Example(D, "criteria: xa-ntm@2021-2025\nprofile: huyen-b@2024",
                                     "criteria: xa-ntm@2021-2025\nprofile: tinh-b@2024",
                                     case="criteria/profile-wrong-base"),
    "criteria-no-provenance": _set("          - {value: true}"),
    "criteria-unknown-class": _set("          - {class: VUNG-X, value: true, source: qd-01, confidence: confirmed}"),
    "criteria-unknown-source": _set("          - {value: true, source: qd-99, confidence: confirmed}"),
    "criteria-illustrative-figure": _set("          - {value: true, source: qd-01, confidence: illustrative}"),
    "criteria-derived": Example("xa-ntm-kieu-mau/2021-2025.yaml",
                                '- {value: null, derived: {ref: xa-ntm-nang-cao@2024, indicator: "99.9", factor: 1.1}}',
                                '- {value: null, derived: {ref: xa-ntm-nang-cao@2024, indicator: "10.1", factor: 1.1}}',
                                where="criteria", elsewhere="test_criteria_derived.py"),
    "criteria-special-area": Example("xa-ntm/2021-2025.yaml", "special_areas:\n  - {code: dbkk, moves_to: VUNG-X}",
                                     "special_areas:\n  - {code: dbkk, moves_to: TDMNPB, source: qd-318, "
                                     "confidence: confirmed}",
                                     where="criteria", elsewhere="test_criteria_catalogue.py"),
    "criteria-count-exceeds": Example("xa-ntm/2021-2025.yaml", "totals: {criteria: 19}\ncriteria:  # 20 tiêu chí",
                                      "totals: {criteria: 19}\ncriteria:  # 19 tiêu chí", where="criteria",
                                      elsewhere="test_criteria_catalogue.py"),
    "criteria-rules-condition": Example("xa-ntm/2021-2025.yaml", "conditions:\n  - id: hai-long",
                                        "conditions:\n  - id: hai-long\n  - id: no-dong-xdcb",
                                        where="criteria", elsewhere="test_criteria_catalogue.py"),
    "criteria-illustrative": Example(D, "criteria: xa-ntm@2021-2025\nprofile: tinh-minh-hoa@2024",
                                     "criteria: xa-ntm@2021-2025\nprofile: tinh-b@2024",
                                     elsewhere="test_golden.py"),
    # --- dossier ------------------------------------------------------------------------------
    "dossier-unknown-criterion": Example(C4, 'criterion: "04"', 'criterion: "4"', 'criterion: "4"'),
    "dossier-unknown-indicator": Example(C4, 'id: "4.10"', 'id: "4.1"', 'id: "4.1"'),
    "dossier-duplicate-criterion": Example("tieu-chi/05-ban-sao.yaml",
                                           'criterion: "4"\nindicators:\n  - id: "4.1"\n    value: true\n',
                                           None, None),
    "dossier-duplicate-indicator": Example(C4, '  - id: "4.1"\n    value: true\n  - id: "4.1"\n    value: false\n',
                                           '  - id: "4.1"\n    value: true\n', '  - id: "4.1"\n    value: true\n'),
    "dossier-missing-criterion": Example(C4, shell="rm tieu-chi/04-van-hoa.yaml", case="files/no-criteria-folder"),
    "dossier-missing-indicator": Example(C3, 'indicators:\n  - id: "3.1"\n    value: 62.5\n  - id: "3.3"',
                                         'indicators:\n  - id: "3.1"\n    value: 62.5\n  - id: "3.2"\n'
                                         '    value: 1.8\n  - id: "3.3"',
                                         'indicators:\n  - id: "3.1"\n    value: 62.5\n  - id: "3.2"\n'
                                         '    value: 1.8\n  - id: "3.3"'),
    "dossier-not-applicable": Example(C1, '  - id: "1.2"\n    applicable: false', '  - id: "1.2"\n    value: 99.6',
                                      '  - id: "1.2"\n    value: 99.6'),
    "dossier-unknown-class": Example(D, "classification: DBHS", "classification: DBSH", "classification: DBSH"),
    "dossier-value-kind": Example(C3, "value: 62,5", "value: 62.5", "value: 62.5"),
    "dossier-unknown-condition": Example(K, "id: an-ninh", "id: an-ninh-trat-tu", "id: an-ninh-trat-tu"),
    "dossier-missing-condition": Example(K, "  - id: no-dong-xdcb\n    value: true\n",
                                         "  - id: no-dong-xdcb\n    value: true\n  - id: an-ninh-trat-tu\n"
                                         "    value: true\n",
                                         "  - id: no-dong-xdcb\n    value: true\n  - id: an-ninh-trat-tu\n"
                                         "    value: true\n"),
    "value-ratio-parts": Example(C2, "    numerator: 30\n    denominator: 0", "    numerator: 30\n    denominator: 20",
                                 "    numerator: 30\n    denominator: 20"),
    "value-percent-range": Example(C3, "value: 180", "value: 1.8", "value: 1.8"),
    "value-percent-mismatch": Example(C1, "    value: 96.9\n    numerator: 2490\n    denominator: 2500",
                                      "    value: 99.6\n    numerator: 2490\n    denominator: 2500",
                                      "    value: 99.6\n    numerator: 2490\n    denominator: 2500"),
    "dossier-criteria-dir": Example(D, 'criteria_dirs: ["bo-tieu-chi-tinh"]', 'criteria_dirs: ["../bo-tieu-chi-tinh"]',
                                    case="criteria/criteria-dir-missing"),
    "dossier-unknown-special-area": Example(D, "special_area: dac-biet-kho-khan\nyear: 2025", "year: 2025",
                                            "year: 2025"),
    "dossier-special-area": Example(D, "classification: DBSH\nspecial_area: an-toan-khu",
                                    "classification: DBSH\nspecial_area: an-toan-khu",
                                    elsewhere="test_criteria_special_area.py"),
    "dossier-target-level": Example(D, "target_level: ntm_nang_cao", "target_level: ntm", "target_level: ntm"),
    "dossier-year-outside": Example(D, "year: 2027", "year: 2025", "year: 2025"),
    "dossier-stray-file": Example("ghi-chu.yaml", "ghi_chu: xem lại tiêu chí 3\n", None, None),
    "dossier-name-mismatch": Example(C1, "name: Điện lực", "name: Điện", "name: Điện"),
    "dossier-no-conditions": Example(K, shell="rm dieu-kien.yaml", case="files/no-conditions-file"),
    "value-negative": Example(C3, "value: -62.5", "value: 62.5", "value: 62.5"),
    "date-in-future": Example(C1, "date: 2205-03-10", "date: 2025-03-10", "date: 2025-03-10"),
    "date-outside-period": Example(C1, "date: 2023-04-02", "date: 2025-04-02", "date: 2025-04-02"),
    # --- evidence -----------------------------------------------------------------------------
    "evidence-missing-file": Example(C1, "file: minh-chung/bien-ban-dien.pdf", "file: minh-chung/bien-ban-dien.txt",
                                     "file: minh-chung/bien-ban-dien.txt"),
    "evidence-sha256-mismatch": Example(C1, 'sha256: "15e2386ff8b452a8172ffbb99fb56f7caf21e1aa2a19075cb5e4241cd45f825b"',
                                        f'sha256: "{_SHA}"', f'sha256: "{_SHA}"'),
    "evidence-outside-dossier": Example(C1, "file: ../ho-so-khac/bien-ban-dien.txt",
                                        "file: minh-chung/bien-ban-dien.txt", "file: minh-chung/bien-ban-dien.txt"),
    "evidence-no-sha256": Example(C1, "        file: minh-chung/bien-ban-dien.txt\n",
                                  f'        file: minh-chung/bien-ban-dien.txt\n        sha256: "{_SHA}"\n',
                                  f'        file: minh-chung/bien-ban-dien.txt\n        sha256: "{_SHA}"\n'),
    "evidence-unreadable": Example(C1, "file: minh-chung", "file: minh-chung/bien-ban-dien.txt",
                                   "file: minh-chung/bien-ban-dien.txt"),
    # --- attainment ---------------------------------------------------------------------------
    "self-assessment-mismatch": Example(C1, "    value: 96\n    numerator: 2400\n    denominator: 2500\n"
                                        "    self_assessment: dat",
                                        "    value: 99.6\n    numerator: 2490\n    denominator: 2500\n"
                                        "    self_assessment: dat",
                                        "    value: 99.6\n    numerator: 2490\n    denominator: 2500\n"
                                        "    self_assessment: dat"),
    "appraisal-mismatch": Example(C1, 'indicators: {"1.1": dat, "1.2": chua_dat}',
                                  'indicators: {"1.1": dat, "1.2": dat}', 'indicators: {"1.1": dat, "1.2": dat}'),
    "indicator-not-met": Example(C3, "value: 45", "value: 62.5", "value: 62.5"),
    "condition-not-met": Example(K, "numerator: 1500", "numerator: 1880", "numerator: 1880"),
    "unit-not-attained": Example(C3, "value: 45", "value: 62.5", "value: 62.5"),
    "unit-undetermined": Example(C3, "value:", "value: 62.5", "value: 62.5"),
    "indicator-undetermined": Example(C3, "value:", "value: 62.5", "value: 62.5"),
    "condition-undetermined": Example(K, "  - id: no-dong-xdcb\n    value:", "  - id: no-dong-xdcb\n    value: true",
                                      "  - id: no-dong-xdcb\n    value: true"),
    # --- documents, templates, roll-ups -------------------------------------------------------
    "meeting-vote": Example("van-ban.yaml", "meeting:\n  vote: {agree: 12, against: 2, total: 12}\n",
                            "meeting:\n  vote: {agree: 10, against: 2, total: 12}\n", None),
    "template-error": Example("mau/bao-cao.md.j2", "{{ don_vi.ten | khong_co_bo_loc }}", "{{ don_vi.ten }}",
                              elsewhere="test_report_sandbox.py"),
    "template-unsafe": Example("mau/bao-cao.md.j2", "{{ don_vi.__class__.__mro__ }}", "{{ don_vi.ten }}",
                               elsewhere="test_report_sandbox.py"),
    "rollup-member-missing": Example(D, "members:\n  - {path: ../xa-khong-co, level: ntm}\nyear: 2025", "year: 2025",
                                     "year: 2025"),
    "rollup-member-cycle": Example(D, "members:\n  - {path: ., level: ntm}\nyear: 2025", "year: 2025", "year: 2025"),
    "rollup-member-not-attained": Example(D, "members:\n  - {path: ../xa-b, level: ntm_nang_cao}",
                                          "members:\n  - {path: ../xa-b, level: ntm}", elsewhere="test_rollup.py"),
    "rollup-stated-mismatch": Example("dieu-kien.yaml", "  - id: ty-le-xa-dat-chuan\n    value: 100",
                                      "  - id: ty-le-xa-dat-chuan\n    value: 80", elsewhere="test_rollup.py"),
}


EXPLANATIONS: dict[str, dict[str, Words]] = {
    # --- file ---------------------------------------------------------------------------------
    "file-unreadable": _e(
        ("Không đọc được tệp",
         "Tệp YAML của hồ sơ mở và đọc được: là tệp thường, có quyền đọc, liên kết (nếu có) trỏ tới tệp có thật.",
         "Một tệp không đọc được thì số liệu trong đó không được đánh giá; ntm nói rõ thay vì bỏ qua.",
         "Thay liên kết hỏng bằng chính tệp, cấp quyền đọc, hoặc xóa mục không phải tệp."),
        ("File cannot be read",
         "Each YAML file of the dossier can be opened and read: a regular file, readable, and any link "
         "leads to a file that exists.",
         "Figures in a file that cannot be read are not assessed; ntm says so rather than skip it.",
         "Replace a broken link with the file itself, grant read permission, or remove what is not a file.")),
    "file-too-large": _e(
        ("Tệp quá lớn",
         "Mỗi tệp YAML không quá 2 MiB.",
         "Tệp số liệu của một tiêu chí chỉ vài kilobyte; tệp lớn hơn nhiều là dán nhầm tài liệu hoặc "
         "dữ liệu gây hại, và đọc nó tốn bộ nhớ vô ích.",
         "Để tài liệu đính kèm trong minh-chung/ và chỉ ghi đường dẫn cùng sha256 trong tệp YAML."),
        ("File too large",
         "Each YAML file is at most 2 MiB.",
         "A criterion's figures take a few kilobytes; a far larger file is a pasted document or hostile "
         "data, and reading it wastes memory.",
         "Keep attached documents in minh-chung/ and write only their path and sha256 in the YAML.")),
    "file-binary": _e(
        ("Tệp nhị phân, không phải văn bản",
         "Tệp YAML là văn bản: không chứa byte NUL.",
         "Ảnh, tệp Word hay PDF đổi đuôi thành .yaml không có số liệu đọc được; UTF-16 lưu không có dấu "
         "BOM cũng trông như vậy.",
         "Đặt tệp nhị phân vào minh-chung/; lưu tệp YAML bằng UTF-8."),
        ("Binary file, not text",
         "A YAML file is text: it holds no NUL byte.",
         "An image, Word file or PDF renamed .yaml has no figures to read; UTF-16 saved without a "
         "byte-order mark looks the same.",
         "Put binary files in minh-chung/; save YAML files as UTF-8.")),
    "file-encoding": _e(
        ("Sai bảng mã",
         "Tệp là UTF-8 (có hoặc không có BOM), hoặc UTF-16/UTF-32 có BOM.",
         "Văn bản TCVN3 (ABC), VNI hay Windows-1258 từ máy cũ sẽ thành chữ sai dấu; ntm không đoán bảng "
         "mã để không làm hỏng dữ liệu.",
         "Chuyển tệp sang Unicode UTF-8 (Unikey: công cụ chuyển mã; hoặc iconv -f CP1258 -t UTF-8)."),
        ("Wrong encoding",
         "The file is UTF-8 (with or without a BOM), or UTF-16/UTF-32 with a BOM.",
         "TCVN3 (ABC), VNI or Windows-1258 text from old machines would come out with wrong diacritics; "
         "ntm does not guess an encoding so as not to corrupt data.",
         "Convert the file to Unicode UTF-8 (Unikey's converter, or iconv -f CP1258 -t UTF-8).")),
    "file-empty": _e(
        ("Tệp rỗng",
         "Tệp YAML có nội dung, không chỉ có chú thích hay khoảng trắng.",
         "Một tệp tiêu chí rỗng thường là tệp quên điền; ntm nói ra thay vì coi như không có.",
         "Điền số liệu theo mẫu của `ntm init`, hoặc xóa tệp."),
        ("Empty file",
         "A YAML file has content, not only comments or blanks.",
         "An empty criterion file is usually one left unfilled; ntm says so rather than ignore it.",
         "Fill it in as `ntm init` scaffolds it, or delete it.")),
    "text-not-nfc": _e(
        ("Unicode tổ hợp (NFD)",
         "Chữ có dấu viết ở dạng dựng sẵn (NFC), không tách dấu thành ký tự riêng (NFD).",
         "Hai cách viết trông giống hệt nhau nhưng so sánh, tìm kiếm khác nhau; ntm chuẩn hóa khi đọc "
         "và nhắc để tệp được sửa.",
         "Lưu lại tệp với Unicode dựng sẵn (trên macOS, tên và văn bản dán từ Finder thường là NFD)."),
        ("Decomposed Unicode (NFD)",
         "Letters with diacritics are precomposed (NFC), not split into separate marks (NFD).",
         "Both look the same but compare and search differently; ntm normalises when reading and says "
         "so, so the file gets fixed.",
         "Save the file with precomposed Unicode (text pasted from macOS Finder is often NFD).")),
    "file-outside-dossier": _e(
        ("Liên kết ra ngoài hồ sơ",
         "Tệp của hồ sơ (dossier.yaml, tieu-chi/, dieu-kien.yaml) không phải liên kết trỏ ra ngoài thư mục hồ sơ.",
         "Hồ sơ trong kho chung phải tự đủ; một liên kết tới /etc/passwd hay thư mục khác khiến ntm đọc "
         "và in ra dữ liệu không thuộc hồ sơ. ntm không đọc tệp đó.",
         "Thay liên kết bằng chính tệp, đặt trong thư mục hồ sơ."),
        ("Link out of the dossier",
         "A file of the dossier (dossier.yaml, tieu-chi/, dieu-kien.yaml) is not a link leading out of "
         "the dossier folder.",
         "A dossier in a shared repository must be complete on its own; a link to /etc/passwd or another "
         "folder would make ntm read and print data that is not the dossier's. ntm does not read it.",
         "Replace the link with the file itself, inside the dossier folder.")),
    # --- yaml ---------------------------------------------------------------------------------
    "yaml-syntax": _e(
        ("Lỗi cú pháp YAML",
         "Tệp là YAML hợp lệ: thụt lề bằng dấu cách, `khóa: giá trị` có dấu cách sau dấu hai chấm, "
         "ngoặc và dấu ngoặc kép đóng đủ.",
         "Tệp sai cú pháp không đọc được; ntm chỉ đúng dòng, cột nơi bắt đầu lỗi.",
         "Sửa tại dòng, cột được chỉ: thêm dấu cách, đóng ngoặc, thay tab bằng dấu cách."),
        ("YAML syntax error",
         "The file is valid YAML: indented with spaces, `key: value` with a space after the colon, "
         "brackets and quotes closed.",
         "A file with a syntax error cannot be read; ntm points at the line and column where it starts.",
         "Fix it at the line and column shown: add the space, close the bracket, replace tabs by spaces.")),
    "yaml-duplicate-key": _e(
        ("Khóa bị lặp",
         "Mỗi khóa xuất hiện một lần trong một bảng.",
         "YAML thường lấy giá trị sau cùng mà không báo; ntm giữ giá trị đầu và báo, để không số liệu "
         "nào bị thay trong im lặng.",
         "Xóa hoặc gộp một trong hai dòng."),
        ("Duplicate key",
         "Each key appears once in a mapping.",
         "YAML readers usually keep the last value silently; ntm keeps the first and says so, so that no "
         "figure is replaced unnoticed.",
         "Remove or merge one of the two lines.")),
    "yaml-complex-key": _e(
        ("Khóa không phải văn bản",
         "Khóa của bảng là văn bản đơn giản, không phải danh sách hay bảng.",
         "Định dạng hồ sơ không dùng khóa phức; khóa như vậy thường do gõ nhầm dấu `?`.",
         "Viết `khoa: gia_tri`."),
        ("Key is not text",
         "Mapping keys are plain text, not lists or mappings.",
         "The dossier format uses no complex keys; one usually comes from a stray `?`.",
         "Write `key: value`.")),
    "yaml-too-complex": _e(
        ("Cấu trúc YAML quá phức tạp",
         "Tệp không lồng quá 48 cấp và không bung quá 200.000 giá trị, kể cả qua bí danh (alias).",
         "Bom bí danh (billion laughs) hay hàng chục nghìn dấu `[` lồng nhau làm cạn bộ nhớ hoặc làm "
         "sập trình đọc; hồ sơ thật không cần cấu trúc như vậy.",
         "Viết số liệu thẳng, không dùng bí danh lồng nhau."),
        ("YAML structure too complex",
         "The file nests no deeper than 48 levels and expands to no more than 200,000 values, aliases "
         "included.",
         "An alias bomb (billion laughs) or tens of thousands of nested `[` exhaust memory or crash the "
         "parser; a real dossier needs nothing like it.",
         "Write the figures out; do not nest aliases.")),
    "yaml-unknown-tag": _e(
        ("Thẻ YAML không được hỗ trợ",
         "Giá trị không mang thẻ YAML riêng (`!so`, `!!python/...`); chỉ các kiểu chuẩn của YAML "
         "(`!!str`, `!!int`, `!!float`, `!!bool`, `!!null`, `!!timestamp`…) được chấp nhận.",
         "Định dạng hồ sơ không dùng thẻ; ntm không biết thẻ lạ muốn nói gì. ntm báo tại thẻ và đọc "
         "giá trị như khi không có thẻ, để các kiểm tra khác vẫn đúng với số liệu đã viết.",
         "Xóa thẻ, viết giá trị thường; văn bản cần giữ nguyên thì đặt trong ngoặc kép."),
        ("Unsupported YAML tag",
         "Values carry no tag of their own (`!so`, `!!python/...`); only YAML's standard types "
         "(`!!str`, `!!int`, `!!float`, `!!bool`, `!!null`, `!!timestamp`…) are accepted.",
         "The dossier format uses no tags; ntm cannot know what an unknown one means. ntm says so at "
         "the tag and reads the value as if it had none, so the other checks still see the figure "
         "as written.",
         "Remove the tag and write the plain value; quote text that must stay as written.")),
    "yaml-unquoted-text": _e(
        ("Văn bản viết không có ngoặc kép",
         "Trường văn bản (mã, tên, số văn bản, mã chỉ tiêu) không bị YAML 1.1 đọc thành số, đúng/sai hay ngày.",
         "`00004` thành 4, `010` thành 8, `no` thành false, `1:30` thành 90, `1.10` thành 1.1: mã mất số 0, "
         "chỉ tiêu 17.10 thành 17.1. ntm giữ nguyên chữ đã viết và cảnh báo.",
         "Đặt giá trị trong ngoặc kép."),
        ("Text written without quotes",
         "Text fields (codes, names, document numbers, indicator ids) are not read by YAML 1.1 as numbers, "
         "booleans or dates.",
         "`00004` becomes 4, `010` becomes 8, `no` becomes false, `1:30` becomes 90, `1.10` becomes 1.1: "
         "codes lose zeros, indicator 17.10 turns into 17.1. ntm keeps the text as written and warns.",
         "Quote the value.")),
    "yaml-number-form": _e(
        ("Số viết theo dạng YAML 1.1 đặc biệt",
         "Số không có ngoặc kép không mang dạng mà YAML 1.1 đọc khác người đọc: số 0 ở đầu (bát phân), "
         "0x (thập lục phân), 0b, hay dấu hai chấm (hệ 60).",
         "`062` là 50, `1:30` là 90: số liệu bị đổi mà người viết không biết. ntm dùng giá trị YAML đọc "
         "được và cảnh báo.",
         "Viết số thập phân thông thường: 62, 1.5."),
        ("Number in a YAML 1.1 special form",
         "An unquoted number is not in a form YAML 1.1 reads otherwise than people do: a leading zero "
         "(octal), 0x (hexadecimal), 0b, or a colon (base 60).",
         "`062` is 50, `1:30` is 90: the figure changes without the writer knowing. ntm uses the value "
         "YAML reads and warns.",
         "Write plain decimal numbers: 62, 1.5.")),
    "schema": _e(
        ("Sai định dạng hồ sơ",
         "Mỗi tệp đúng định dạng: đủ trường bắt buộc, không có trường lạ, đúng kiểu giá trị "
         "(xem `ntm schema`).",
         "Trường viết sai chính tả bị bỏ qua thì số liệu mất mà không ai biết; ntm chỉ ra và gợi ý tên đúng.",
         "Sửa theo thông báo; `ntm schema dossier` cho trình soạn thảo kiểm tra khi gõ."),
        ("Dossier format error",
         "Each file follows the format: required fields present, no unknown field, values of the right "
         "kind (see `ntm schema`).",
         "A misspelt field that was ignored would lose its figure unnoticed; ntm points at it and "
         "suggests the right name.",
         "Fix as the message says; `ntm schema dossier` lets an editor check as you type.")),
    # --- criteria -----------------------------------------------------------------------------
    "criteria-unknown-set": _e(
        ("Không tìm thấy bộ tiêu chí",
         "Bộ tiêu chí `bo@phien-ban` mà hồ sơ (hoặc `extends`) ghi có trong thư mục bộ tiêu chí.",
         "Không có bộ tiêu chí thì không đánh giá được; thường do gõ nhầm phiên bản.",
         "Chọn một bộ trong `ntm criteria list`; bộ của tỉnh thì thêm `--criteria-dir`."),
        ("Criteria set not found",
         "The `set@version` a dossier (or an `extends`) names exists on the criteria search path.",
         "Without its criteria set a dossier cannot be assessed; usually a mistyped version.",
         "Pick one from `ntm criteria list`; add a provincial folder with `--criteria-dir`.")),
    "criteria-cycle": _e(
        ("Kế thừa vòng",
         "Chuỗi `extends` của các bộ tiêu chí không quay lại chính nó.",
         "Một vòng kế thừa không có bộ gốc để gộp; ntm dừng thay vì lặp mãi.",
         "Sửa `extends` để chuỗi kết thúc ở một bộ gốc."),
        ("Cyclic extends",
         "The `extends` chain of criteria sets never leads back to itself.",
         "A cycle has no base to merge from; ntm stops instead of looping.",
         "Fix `extends` so that the chain ends at a base set.")),
    "criteria-misplaced": _e(
        ("Tệp bộ tiêu chí sai chỗ",
         "Tệp `<bo>/<phien-ban>.yaml` khai đúng `id` và `version` đó.",
         "ntm tìm bộ tiêu chí theo đường dẫn; tệp sai chỗ khiến hồ sơ dùng nhầm bộ.",
         "Đổi tên hoặc chuyển tệp cho khớp `id` và `version`."),
        ("Criteria file in the wrong place",
         "A file `<set>/<version>.yaml` declares that `id` and `version`.",
         "ntm finds sets by path; a misplaced file makes dossiers use the wrong set.",
         "Rename or move the file to match its `id` and `version`.")),
    "criteria-incomplete": _e(
        ("Bộ tiêu chí thiếu trường",
         "Sau khi gộp các lớp `extends`, mỗi chỉ tiêu có tên, kiểu giá trị và phép so sánh.",
         "Thiếu kiểu hay phép so sánh thì không so được số liệu với ngưỡng.",
         "Khai trường còn thiếu ở bộ gốc hoặc ở lớp mở rộng."),
        ("Criteria set lacks a field",
         "After merging the `extends` layers, every indicator has a name, a value kind and a comparator.",
         "Without a kind or comparator a figure cannot be compared with its threshold.",
         "Declare the missing field in the base set or the extending layer.")),
    "criteria-duplicate-id": _e(
        ("Mã trùng trong bộ tiêu chí",
         "Mỗi tiêu chí, chỉ tiêu, điều kiện có mã riêng.",
         "Hai chỉ tiêu cùng mã thì hồ sơ không biết số liệu thuộc chỉ tiêu nào.",
         "Đánh lại mã theo văn bản gốc."),
        ("Duplicate id in a criteria set",
         "Each criterion, indicator and condition has its own id.",
         "With two indicators of one id a dossier cannot say which its figure belongs to.",
         "Renumber as the source document does.")),
    "criteria-unknown-id": _e(
        ("Bỏ mã không có",
         "Các mã trong `drop` có trong bộ được kế thừa.",
         "Bỏ một mã không có thường là gõ nhầm, và chỉ tiêu định bỏ vẫn còn.",
         "Sửa mã trong `drop` cho đúng mã của bộ gốc."),
        ("Dropping an unknown id",
         "The ids under `drop` exist in the extended set.",
         "Dropping an id that is not there is usually a typo, and the indicator meant stays.",
         "Correct the id under `drop` to one of the base set.")),
    "criteria-profile-base": _e(
        ("Bộ tỉnh không kế thừa bộ đã chọn",
         "Bộ tiêu chí của tỉnh (`profile`) kế thừa đúng bộ quốc gia mà hồ sơ khai ở `criteria`.",
         "Dùng bộ tỉnh của giai đoạn hay cấp khác sẽ đánh giá theo ngưỡng sai.",
         "Sửa `criteria` hoặc `profile` (hoặc `extends` của bộ tỉnh) cho khớp."),
        ("Profile does not extend the pinned set",
         "The provincial set (`profile`) extends the national set the dossier names in `criteria`.",
         "A profile of another period or level would judge by the wrong thresholds.",
         "Make `criteria` and `profile` (or the profile's `extends`) agree.")),
    "criteria-no-provenance": _e(
        ("Ngưỡng không có nguồn",
         "Mỗi ngưỡng có giá trị ghi nguồn (`source`) và độ tin cậy (`confidence`).",
         "Một ngưỡng sai trong thẩm định tệ hơn một ngưỡng còn thiếu; không có nguồn thì không ai kiểm "
         "lại được.",
         "Ghi nguồn và độ tin cậy; chưa xác lập thì để `value: null`."),
        ("Threshold without provenance",
         "Each threshold with a value names its `source` and `confidence`.",
         "A wrong threshold in an appraisal is worse than a missing one; without a source nobody can "
         "check it.",
         "Give the source and confidence; if not established, write `value: null`.")),
    "criteria-unknown-class": _e(
        ("Ngưỡng cho vùng/nhóm không có",
         "`class` của ngưỡng là một mã trong `classification.values`.",
         "Ngưỡng gắn với vùng không tồn tại sẽ không bao giờ được dùng.",
         "Dùng đúng mã vùng/nhóm của bộ tiêu chí."),
        ("Threshold for an unknown class",
         "A threshold's `class` is a code of `classification.values`.",
         "A threshold tied to a class that does not exist is never used.",
         "Use a region/group code the set defines.")),
    "criteria-unknown-source": _e(
        ("Nguồn không khai báo",
         "`source` là mã trong `sources`, hoặc số văn bản, hoặc URL.",
         "Trích một mã nguồn không khai báo thì không lần ra văn bản gốc.",
         "Khai nguồn trong `sources` rồi trích mã của nó."),
        ("Undeclared source",
         "`source` is an id under `sources`, a document number or a URL.",
         "Citing an undeclared id leads to no document.",
         "Declare the source under `sources` and cite its id.")),
    "criteria-illustrative-figure": _e(
        ("Số minh họa trong bộ tiêu chí thật",
         "Ngưỡng `confidence: illustrative` chỉ có trong bộ khai `illustrative: true`.",
         "Số minh họa lẫn vào bộ tiêu chí thật có thể bị dùng cho thẩm định thật.",
         "Thay bằng số có nguồn, hoặc đánh dấu cả bộ là minh họa."),
        ("Illustrative figure in a real set",
         "A threshold with `confidence: illustrative` appears only in a set declaring `illustrative: true`.",
         "An illustrative figure inside a real set could end up in a real appraisal.",
         "Replace it with a cited figure, or mark the whole set illustrative.")),
    "criteria-derived": _e(
        ("Ngưỡng suy ra không hợp lệ",
         "Ngưỡng `derived` trỏ tới bộ và chỉ tiêu có thật, kiểu số, không vòng, và không kèm `value`.",
         "Ngưỡng kiểu mẫu tính từ ngưỡng nâng cao (QĐ 319: cao hơn 10%); liên kết hỏng cho ra số sai.",
         "Sửa `ref`, `indicator` của `derived` cho đúng, để `value: null`."),
        ("Invalid derived threshold",
         "A `derived` threshold names an existing set and numeric indicator, with no loop and no `value`.",
         "Kiểu mẫu thresholds are computed from nâng cao ones (QĐ 319: 10% higher); a broken link gives "
         "a wrong figure.",
         "Correct `ref` and `indicator` under `derived`, with `value: null`.")),
    "criteria-special-area": _e(
        ("Vùng đặc biệt khai báo sai",
         "Mỗi loại xã đặc biệt chuyển sang một mã vùng/nhóm có thật, có nguồn và độ tin cậy.",
         "Quy tắc xã đặc biệt quyết định cột ngưỡng áp dụng; khai sai thì cả hồ sơ bị đánh giá sai cột.",
         "Sửa `moves_to` cho đúng mã và ghi `source`, `confidence`."),
        ("Invalid special-area category",
         "Each special-area category moves to an existing class code and cites a source and confidence.",
         "The special-area rule decides which threshold column applies; a wrong entry misjudges whole "
         "dossiers.",
         "Correct `moves_to` and give `source` and `confidence`.")),
    "criteria-count-exceeds": _e(
        ("Nhiều mã hơn văn bản",
         "Số tiêu chí, chỉ tiêu khai báo không vượt số trong quyết định (`totals`).",
         "Thừa mã nghĩa là có chỉ tiêu bịa ra hoặc đánh số sai.",
         "Đối chiếu các mã với văn bản gốc."),
        ("More ids than the decision",
         "The criteria and indicators declared do not outnumber the decision's (`totals`).",
         "An extra id means an invented or misnumbered indicator.",
         "Check the ids against the source document.")),
    "criteria-rules-condition": _e(
        ("Thiếu điều kiện công nhận",
         "Bộ tiêu chí có đủ các điều kiện công nhận mà quy định chung (QĐ 18/2022) bắt buộc.",
         "Thiếu điều kiện thì một đơn vị có thể bị coi là đạt chuẩn khi chưa đủ điều kiện.",
         "Khai điều kiện ở `conditions` của bộ hoặc lớp mở rộng."),
        ("Recognition condition missing",
         "The set carries every recognition condition its governing rules (QĐ 18/2022) require.",
         "Without it a unit could be counted as recognised while a condition is unmet.",
         "Declare the condition under the set's (or a layer's) `conditions`.")),
    "criteria-illustrative": _e(
        ("Bộ tiêu chí minh họa",
         "Hồ sơ không được đánh giá theo bộ tiêu chí có số liệu minh họa.",
         "Số minh họa không có giá trị pháp lý; kết quả theo chúng không dùng để thẩm định thật.",
         "Dùng bộ tiêu chí do UBND tỉnh ban hành, có nguồn trích dẫn."),
        ("Illustrative criteria set",
         "A dossier is not judged by a set holding illustrative figures.",
         "Illustrative figures have no legal force; results based on them are not for real appraisal.",
         "Use the province's own set, with cited sources.")),
    # --- dossier ------------------------------------------------------------------------------
    "dossier-unknown-criterion": _e(
        ("Tiêu chí không có trong bộ",
         "`criterion` của tệp tiêu chí là một mã của bộ tiêu chí áp dụng.",
         "Số liệu ghi cho tiêu chí không tồn tại sẽ không được tính; ntm gợi ý mã gần nhất.",
         "Sửa mã theo `ntm criteria show`."),
        ("Criterion not in the set",
         "A criterion file's `criterion` is an id of the pinned set.",
         "Figures for a criterion that does not exist count for nothing; ntm suggests the closest id.",
         "Correct the id as `ntm criteria show` lists it.")),
    "dossier-unknown-indicator": _e(
        ("Chỉ tiêu không có trong tiêu chí",
         "Mã chỉ tiêu trong tệp tiêu chí (và trong kết quả thẩm tra) thuộc tiêu chí đó.",
         "Một mã sai (17.10 thay vì 17.1, thêm dấu cách, ký tự vô hình) làm chỉ tiêu thật thành thiếu số liệu.",
         "Sửa mã theo gợi ý, viết trong ngoặc kép."),
        ("Indicator not in the criterion",
         "Indicator ids in a criterion file (and in appraisal verdicts) belong to that criterion.",
         "A wrong id (17.10 for 17.1, a trailing space, an invisible character) leaves the real indicator "
         "without a figure.",
         "Correct the id as suggested, in quotes.")),
    "dossier-duplicate-criterion": _e(
        ("Tiêu chí khai hai lần",
         "Mỗi tiêu chí có đúng một tệp trong tieu-chi/.",
         "Hai tệp cho một tiêu chí (thường là bản sao để quên) thì không rõ số liệu nào đúng.",
         "Xóa bản thừa."),
        ("Criterion given twice",
         "Each criterion has exactly one file in tieu-chi/.",
         "Two files for one criterion (often a forgotten copy) leave it unclear which figures hold.",
         "Delete the extra file.")),
    "dossier-duplicate-indicator": _e(
        ("Chỉ tiêu khai hai lần",
         "Mỗi chỉ tiêu có một mục trong tệp tiêu chí.",
         "Hai mục cho một chỉ tiêu thì không rõ số liệu nào đúng; ntm dùng mục đầu.",
         "Giữ một mục."),
        ("Indicator given twice",
         "Each indicator has one entry in its criterion file.",
         "With two entries it is unclear which figure holds; ntm uses the first.",
         "Keep one entry.")),
    "dossier-missing-criterion": _e(
        ("Thiếu tiêu chí",
         "Hồ sơ có tệp cho mọi tiêu chí của bộ tiêu chí.",
         "Một tiêu chí không có số liệu thì đơn vị không thể được xác định là đạt chuẩn.",
         "Tạo tệp tiêu chí còn thiếu (xem mẫu của `ntm init`)."),
        ("Criterion missing",
         "The dossier has a file for every criterion of its set.",
         "A criterion without figures keeps the unit from being determined as attained.",
         "Add the missing criterion file (see what `ntm init` scaffolds).")),
    "dossier-missing-indicator": _e(
        ("Thiếu chỉ tiêu",
         "Tệp tiêu chí có một mục cho mọi chỉ tiêu của tiêu chí.",
         "Chỉ tiêu không có số liệu thì tiêu chí không xác định được.",
         "Thêm mục `- id: \"...\"` với `value` (hoặc tử số, mẫu số)."),
        ("Indicator missing",
         "A criterion file has an entry for every indicator of the criterion.",
         "An indicator without a figure leaves its criterion undetermined.",
         "Add an entry `- id: \"...\"` with `value` (or numerator and denominator).")),
    "dossier-not-applicable": _e(
        ("Chỉ tiêu bắt buộc bị khai không xét",
         "Chỉ các chỉ tiêu \"nếu có\" mới được khai `applicable: false`.",
         "Khai không xét một chỉ tiêu bắt buộc là tự bỏ một yêu cầu của bộ tiêu chí.",
         "Bỏ `applicable: false` và ghi số liệu."),
        ("Mandatory indicator declared not applicable",
         "Only indicators marked \"if any\" (nếu có) may say `applicable: false`.",
         "Declaring a mandatory indicator not applicable drops a requirement of the set.",
         "Remove `applicable: false` and give the figure.")),
    "dossier-unknown-class": _e(
        ("Vùng/nhóm không có trong bộ",
         "`classification` là một mã vùng (2021-2025) hoặc nhóm xã (2026-2030) của bộ tiêu chí.",
         "Ngưỡng nhiều chỉ tiêu khác nhau theo vùng; sai mã thì không biết áp ngưỡng nào.",
         "Dùng đúng mã, ví dụ DBSH, TDMNPB."),
        ("Class not in the set",
         "`classification` is a region (2021-2025) or commune-group (2026-2030) code of the set.",
         "Many thresholds vary by region; a wrong code leaves no threshold to apply.",
         "Use one of the set's codes, for example DBSH, TDMNPB.")),
    "dossier-value-kind": _e(
        ("Giá trị sai kiểu",
         "Giá trị hợp với kiểu chỉ tiêu: số (dấu chấm thập phân), đúng/sai, hoặc một mức có trong bộ.",
         "`62,5`, `96%`, `có lẽ` không so được với ngưỡng; ntm không đoán.",
         "Viết số với dấu chấm (62.5), true/false, hoặc đúng tên mức."),
        ("Value of the wrong kind",
         "A value fits its indicator: a number (decimal point), yes/no, or one of the set's levels.",
         "`62,5`, `96%`, `maybe` cannot be compared with a threshold; ntm does not guess.",
         "Write numbers with a decimal point (62.5), true/false, or the level's exact name.")),
    "dossier-unknown-condition": _e(
        ("Điều kiện không có trong bộ",
         "Mã điều kiện trong dieu-kien.yaml là một điều kiện của bộ tiêu chí.",
         "Điều kiện mã sai không được tính và điều kiện thật thành thiếu.",
         "Sửa mã theo gợi ý."),
        ("Condition not in the set",
         "Condition ids in dieu-kien.yaml are conditions of the set.",
         "A misnamed condition counts for nothing and leaves the real one missing.",
         "Correct the id as suggested.")),
    "dossier-missing-condition": _e(
        ("Thiếu điều kiện",
         "dieu-kien.yaml có một mục cho mọi điều kiện công nhận của bộ.",
         "Điều kiện không có số liệu thì đơn vị không xác định được là đạt chuẩn.",
         "Thêm mục cho điều kiện còn thiếu."),
        ("Condition missing",
         "dieu-kien.yaml has an entry for every recognition condition of the set.",
         "A condition without a figure leaves the unit undetermined.",
         "Add an entry for the missing condition.")),
    "value-ratio-parts": _e(
        ("Tử số, mẫu số không hợp lệ",
         "Tỷ lệ tính từ tử số và mẫu số: có cả hai, không âm, mẫu số lớn hơn 0, tử số không vượt mẫu số "
         "(với tỷ lệ %).",
         "Tử số lớn hơn mẫu số hay mẫu số bằng 0 là số liệu sai, không phải tỷ lệ.",
         "Kiểm tra lại số đếm: tử số là số đạt, mẫu số là tổng số."),
        ("Invalid numerator or denominator",
         "A rate computed from parts has both, neither negative, a denominator above 0 and, for a "
         "percentage, a numerator not above it.",
         "A numerator above its denominator, or a zero denominator, is a wrong count, not a rate.",
         "Recount: the numerator counts what meets the requirement, the denominator the whole.")),
    "value-percent-range": _e(
        ("Tỷ lệ ngoài 0-100%",
         "Giá trị tỷ lệ phần trăm nằm trong khoảng 0 đến 100.",
         "180% hay -2% là gõ nhầm (thường thiếu dấu chấm) hoặc ghi tỷ số thay vì phần trăm.",
         "Ghi phần trăm từ 0 đến 100, ví dụ 1.8."),
        ("Percentage outside 0-100%",
         "A percentage lies between 0 and 100.",
         "180% or -2% is a typo (often a missing decimal point) or a ratio written as a percentage.",
         "Write a percentage from 0 to 100, for example 1.8.")),
    "value-percent-mismatch": _e(
        ("Tỷ lệ ghi khác tỷ lệ tính lại",
         "Khi có cả tỷ lệ và tử số, mẫu số, tỷ lệ ghi bằng tỷ lệ tính lại (làm tròn hoặc cắt bớt theo số "
         "chữ số đã ghi).",
         "Tỷ lệ chép sai so với số đếm là lỗi thường gặp nhất khi lập báo cáo; ntm dùng tỷ lệ tính lại.",
         "Sửa tỷ lệ, tử số hoặc mẫu số cho khớp nhau."),
        ("Stated rate differs from its parts",
         "When a rate and its parts are both given, the stated rate is the recomputed one (rounded or "
         "truncated to the decimals written).",
         "A rate copied wrong from its counts is the commonest report error; ntm uses the recomputed rate.",
         "Make the rate and its parts agree.")),
    "dossier-criteria-dir": _e(
        ("Thư mục bộ tiêu chí không có",
         "Các thư mục trong `criteria_dirs` của dossier.yaml tồn tại (tính từ thư mục hồ sơ).",
         "Thư mục sai thì bộ tiêu chí của tỉnh không được tìm thấy.",
         "Sửa đường dẫn cho đúng."),
        ("Criteria folder missing",
         "The folders under `criteria_dirs` in dossier.yaml exist (relative to the dossier).",
         "With a wrong folder the provincial set is not found.",
         "Correct the path.")),
    "dossier-unknown-special-area": _e(
        ("Loại xã đặc biệt không có",
         "`special_area` là một loại xã đặc biệt mà bộ tiêu chí định nghĩa.",
         "Loại xã đặc biệt quyết định cột ngưỡng áp dụng; mã sai thì không biết áp cột nào.",
         "Dùng đúng mã của bộ, hoặc bỏ `special_area` nếu xã không thuộc loại nào."),
        ("Unknown special-area category",
         "`special_area` is a category the criteria set defines.",
         "The category decides which threshold column applies; a wrong code leaves it unknown.",
         "Use one of the set's codes, or drop `special_area` if the commune is in none.")),
    "dossier-special-area": _e(
        ("Xã được đánh giá theo ngưỡng vùng khác",
         "Ghi chú khi quy tắc xã đặc biệt chuyển xã sang cột ngưỡng của vùng khác.",
         "Người thẩm tra cần biết ngưỡng nào đã được áp và căn cứ vào đâu.",
         "Không cần sửa; lưu quyết định xếp loại xã trong minh chứng."),
        ("Commune judged on another class's thresholds",
         "A note when the special-area rule moves a commune to another class's threshold column.",
         "Appraisers need to know which thresholds applied and on what basis.",
         "Nothing to fix; keep the decision classifying the commune among the evidence.")),
    "dossier-target-level": _e(
        ("Mức đề nghị khác mức của bộ",
         "`target_level` của hồ sơ là mức mà bộ tiêu chí đánh giá.",
         "Hồ sơ đề nghị NTM nâng cao mà ghim bộ NTM sẽ được đánh giá theo ngưỡng thấp hơn.",
         "Ghim bộ tiêu chí đúng mức đề nghị."),
        ("Target level differs from the set's",
         "The dossier's `target_level` is the level its set assesses.",
         "A nâng cao dossier pinned to the NTM set would be judged on lower thresholds.",
         "Pin the set of the level sought.")),
    "dossier-year-outside": _e(
        ("Năm đánh giá ngoài giai đoạn",
         "`year` nằm trong giai đoạn của bộ tiêu chí (ví dụ 2021-2025).",
         "Hồ sơ năm 2027 theo bộ 2021-2025 thường là ghim nhầm bộ tiêu chí.",
         "Sửa `year` hoặc ghim bộ của giai đoạn đúng."),
        ("Assessment year outside the period",
         "`year` lies within the set's period (for example 2021-2025).",
         "A 2027 dossier on the 2021-2025 set usually pins the wrong set.",
         "Correct `year`, or pin the set of the right period.")),
    "dossier-stray-file": _e(
        ("Tệp YAML lạ trong hồ sơ",
         "Gốc hồ sơ chỉ có dossier.yaml, dieu-kien.yaml, van-ban.yaml; tệp tiêu chí ở tieu-chi/.",
         "Tệp đặt sai chỗ bị bỏ qua; số liệu trong đó không được đánh giá.",
         "Chuyển tệp vào tieu-chi/ hoặc xóa."),
        ("Stray YAML file",
         "The dossier root holds only dossier.yaml, dieu-kien.yaml and van-ban.yaml; criterion files go "
         "in tieu-chi/.",
         "A misplaced file is ignored; its figures are not assessed.",
         "Move it into tieu-chi/ or delete it.")),
    "dossier-name-mismatch": _e(
        ("Tên tiêu chí khác bộ tiêu chí",
         "`name` của tệp tiêu chí (nếu có) giống tên trong bộ tiêu chí.",
         "Tên khác thường là dấu hiệu tệp ghi nhầm mã tiêu chí.",
         "Sửa tên cho khớp, hoặc bỏ `name`."),
        ("Criterion name differs from the set",
         "A criterion file's `name`, if given, is the set's name.",
         "A different name often means the file carries the wrong criterion id.",
         "Make it match, or drop `name`.")),
    "dossier-no-conditions": _e(
        ("Không có dieu-kien.yaml",
         "Hồ sơ có dieu-kien.yaml khi bộ tiêu chí có điều kiện công nhận.",
         "Tỷ lệ hài lòng, nợ đọng XDCB, an ninh trật tự là điều kiện bắt buộc để công nhận.",
         "Tạo dieu-kien.yaml (xem mẫu của `ntm init`)."),
        ("No dieu-kien.yaml",
         "The dossier has dieu-kien.yaml when its set has recognition conditions.",
         "Satisfaction, construction debt and security are required for recognition.",
         "Add dieu-kien.yaml (see what `ntm init` scaffolds).")),
    "value-negative": _e(
        ("Giá trị âm",
         "Chỉ tiêu dạng số, tỷ số, điểm không có giá trị âm.",
         "Số lượng, thu nhập, diện tích, điểm không bao giờ âm; dấu trừ là gõ nhầm.",
         "Bỏ dấu trừ hoặc sửa số liệu."),
        ("Negative value",
         "Number, ratio and score indicators have no negative values.",
         "Counts, incomes, areas and scores are never negative; a minus sign is a typo.",
         "Remove the minus sign or correct the figure.")),
    "date-in-future": _e(
        ("Ngày ở tương lai",
         "Ngày văn bản minh chứng và ngày thẩm tra, thẩm định không sau ngày hôm nay.",
         "Văn bản chưa ban hành thì chưa thể làm minh chứng; thường là gõ nhầm năm (2205 thay 2025).",
         "Sửa năm. Kiểm tra hồ sơ theo một ngày khác: đặt NTM_TODAY=YYYY-MM-DD."),
        ("Date in the future",
         "Evidence and appraisal dates are not after today.",
         "A document not yet issued cannot be evidence; usually a mistyped year (2205 for 2025).",
         "Correct the year. To check as of another day, set NTM_TODAY=YYYY-MM-DD.")),
    "date-outside-period": _e(
        ("Ngày ngoài thời kỳ đánh giá",
         "Ngày thẩm tra, thẩm định từ đầu năm đánh giá đến hết năm sau; ngày minh chứng từ đầu giai đoạn "
         "của bộ tiêu chí đến hết năm sau năm đánh giá.",
         "Thẩm tra trước năm đánh giá hay minh chứng từ giai đoạn trước thường là nhầm năm, hoặc hồ sơ "
         "đổi `year` mà ngày không đổi theo.",
         "Sửa ngày hoặc `year`; một văn bản cũ còn hiệu lực có thể giữ nguyên (đây chỉ là cảnh báo)."),
        ("Date outside the assessment period",
         "Appraisal dates fall from the start of the assessment year to the end of the next; evidence "
         "dates from the start of the set's period to the end of the year after the assessment.",
         "An appraisal before the assessment year or evidence from an earlier period is usually a wrong "
         "year, or a dossier whose `year` changed but not its dates.",
         "Correct the date or `year`; an older document still in force may stay (this is a warning).")),
    # --- evidence -----------------------------------------------------------------------------
    "evidence-missing-file": _e(
        ("Không có tệp minh chứng",
         "Tệp minh chứng ghi ở `file` tồn tại, tính từ thư mục hồ sơ.",
         "Minh chứng không có tệp thì không ai kiểm lại được số liệu.",
         "Thêm tệp vào minh-chung/ hoặc sửa tên (chú ý chữ hoa, chữ thường)."),
        ("Evidence file missing",
         "The evidence `file` exists, relative to the dossier folder.",
         "Evidence without its file lets nobody check the figure.",
         "Add the file to minh-chung/ or correct its name (mind the letter case).")),
    "evidence-sha256-mismatch": _e(
        ("Tệp minh chứng đã bị thay đổi",
         "sha256 của tệp minh chứng bằng sha256 ghi trong hồ sơ.",
         "Tệp bị sửa sau khi nộp thì minh chứng không còn là văn bản đã thẩm tra.",
         "Khôi phục tệp gốc, hoặc cập nhật sha256 (`sha256sum tep`) nếu tệp mới là đúng."),
        ("Evidence file changed",
         "The evidence file's sha256 is the one the dossier records.",
         "A file changed after submission is no longer the document that was appraised.",
         "Restore the original, or update the sha256 (`sha256sum file`) if the new file is right.")),
    "evidence-outside-dossier": _e(
        ("Minh chứng ngoài hồ sơ",
         "Đường dẫn minh chứng là đường dẫn tương đối, ở trong thư mục hồ sơ (không `..` ra ngoài, không "
         "đường dẫn tuyệt đối, ổ đĩa hay liên kết ra ngoài).",
         "Hồ sơ phải tự đủ; ntm không đọc và băm tệp ngoài hồ sơ (ví dụ /etc/passwd).",
         "Chép tệp vào minh-chung/ và ghi đường dẫn tương đối."),
        ("Evidence outside the dossier",
         "An evidence path is relative and stays inside the dossier folder (no `..` out of it, no "
         "absolute path, drive or link leading out).",
         "A dossier must be complete on its own; ntm does not read or hash files outside it (such as "
         "/etc/passwd).",
         "Copy the file into minh-chung/ and give a relative path.")),
    "evidence-no-sha256": _e(
        ("Minh chứng chưa có sha256",
         "Mỗi tệp minh chứng có sha256.",
         "Có sha256 thì mọi thay đổi tệp sau khi nộp đều bị phát hiện.",
         "Thêm `sha256:` (lệnh `sha256sum tep`)."),
        ("Evidence without sha256",
         "Each evidence file has its sha256.",
         "With a sha256 any later change to the file is detected.",
         "Add `sha256:` (from `sha256sum file`).")),
    "evidence-unreadable": _e(
        ("Không đọc được tệp minh chứng",
         "Đường dẫn minh chứng chỉ tới một tệp thường đọc được: không phải thư mục, ống dẫn, liên kết vòng, "
         "tên chứa ký tự NUL hay quá dài.",
         "Không đọc được thì không kiểm được sha256; ntm không mở ống dẫn hay thiết bị để khỏi treo.",
         "Ghi đường dẫn tới chính tệp minh chứng."),
        ("Evidence file cannot be read",
         "An evidence path names a readable regular file: not a folder, pipe or looping link, nor a name "
         "with a NUL character or too long.",
         "What cannot be read cannot be hashed; ntm never opens pipes or devices, which could hang it.",
         "Give the path of the evidence file itself.")),
    # --- attainment ---------------------------------------------------------------------------
    "self-assessment-mismatch": _e(
        ("Tự đánh giá khác kết quả tính",
         "Kết quả tự đánh giá của xã khớp với kết quả tính từ số liệu và ngưỡng.",
         "Tự đánh giá \"đạt\" khi số liệu chưa đạt sẽ bị đoàn thẩm tra phát hiện; nên sửa trước khi nộp.",
         "Xem lại số liệu hoặc kết quả tự đánh giá."),
        ("Self-assessment differs from the computed result",
         "The commune's self-assessment matches the result computed from figures and thresholds.",
         "A \"met\" self-assessment on unmet figures will be caught at appraisal; fix it before submitting.",
         "Review the figures or the self-assessment.")),
    "appraisal-mismatch": _e(
        ("Kết quả thẩm tra khác kết quả tính",
         "Kết quả thẩm tra, thẩm định ghi trong hồ sơ khớp với kết quả tính từ số liệu.",
         "Một kết luận thẩm tra trái với số liệu cần được giải thích trong biên bản.",
         "Xem lại số liệu hoặc ghi rõ lý do trong nhận xét."),
        ("Appraisal differs from the computed result",
         "The verdicts recorded for thẩm tra and thẩm định match the result computed from the figures.",
         "An appraisal verdict against the figures needs explaining in the minutes.",
         "Review the figures or explain in the remarks.")),
    "indicator-not-met": _e(
        ("Chỉ tiêu chưa đạt",
         "Số liệu của chỉ tiêu đạt ngưỡng áp dụng cho vùng/nhóm và năm của đơn vị.",
         "Một chỉ tiêu chưa đạt làm tiêu chí chưa đạt.",
         "Không phải lỗi nhập liệu: đây là kết quả đánh giá."),
        ("Indicator not met",
         "The indicator's figure meets the threshold for the unit's class and year.",
         "One unmet indicator leaves its criterion unmet.",
         "Not an input error: this is the assessment result.")),
    "condition-not-met": _e(
        ("Điều kiện chưa đạt",
         "Số liệu điều kiện công nhận đạt yêu cầu.",
         "Đơn vị chỉ được công nhận khi mọi điều kiện đạt.",
         "Không phải lỗi nhập liệu: đây là kết quả đánh giá."),
        ("Condition not met",
         "The recognition condition's figure meets its requirement.",
         "A unit is recognised only when every condition holds.",
         "Not an input error: this is the assessment result.")),
    "unit-not-attained": _e(
        ("Đơn vị chưa đạt chuẩn",
         "Mọi tiêu chí và điều kiện của đơn vị đều đạt.",
         "Tóm tắt kết quả: số tiêu chí và điều kiện đạt trên tổng số.",
         "Xem các chỉ tiêu, điều kiện chưa đạt được liệt kê."),
        ("Unit not attained",
         "All criteria and conditions of the unit are met.",
         "The summary: criteria and conditions met out of all.",
         "See the unmet indicators and conditions listed.")),
    "unit-undetermined": _e(
        ("Chưa xác định được mức đạt chuẩn",
         "Đủ số liệu và ngưỡng để kết luận về đơn vị.",
         "Thiếu số liệu hay ngưỡng chưa xác lập thì ntm nói \"không xác định\", không bao giờ nói \"đạt\".",
         "Điền số liệu còn thiếu; ngưỡng chưa xác lập cần bộ tiêu chí của tỉnh."),
        ("Attainment undetermined",
         "There are enough figures and thresholds to conclude about the unit.",
         "With a figure missing or a threshold not established ntm says \"undetermined\", never \"met\".",
         "Fill in missing figures; a threshold not established needs the provincial set.")),
    "indicator-undetermined": _e(
        ("Chỉ tiêu không xác định",
         "Chỉ tiêu có số liệu và có ngưỡng áp dụng.",
         "Ghi chú cho biết vì sao chỉ tiêu chưa kết luận được.",
         "Điền số liệu, hoặc dùng bộ tiêu chí có ngưỡng."),
        ("Indicator undetermined",
         "The indicator has a figure and a threshold that applies.",
         "A note saying why the indicator cannot be concluded.",
         "Give the figure, or use a set that has the threshold.")),
    "condition-undetermined": _e(
        ("Điều kiện không xác định",
         "Điều kiện có số liệu và có yêu cầu áp dụng.",
         "Ghi chú cho biết vì sao điều kiện chưa kết luận được.",
         "Điền số liệu của điều kiện."),
        ("Condition undetermined",
         "The condition has a figure and a requirement that applies.",
         "A note saying why the condition cannot be concluded.",
         "Give the condition's figure.")),
    # --- documents, templates, roll-ups -------------------------------------------------------
    "meeting-vote": _e(
        ("Số phiếu vượt số người dự họp",
         "Số nhất trí, không nhất trí, không biểu quyết cộng lại không vượt số thành viên tham dự.",
         "Biên bản in \"x/y thành viên, đạt z%\"; số phiếu sai làm biên bản sai.",
         "Sửa số phiếu hoặc tổng số thành viên."),
        ("More votes than members present",
         "Agree, against and abstain add up to no more than the members present.",
         "The minutes print \"x/y members, z%\"; wrong counts make them wrong.",
         "Correct the votes or the total.")),
    "template-error": _e(
        ("Lỗi mẫu văn bản",
         "Mẫu Jinja của `ntm report` đúng cú pháp và chỉ dùng biến, bộ lọc có thật.",
         "Mẫu lỗi không cho ra văn bản; ntm chỉ đúng tệp mẫu và dòng.",
         "Sửa mẫu tại dòng được chỉ; các biến dùng được liệt kê trong docs/report.md."),
        ("Template error",
         "A Jinja template of `ntm report` is valid and uses only existing variables and filters.",
         "A broken template produces no document; ntm points at the template file and line.",
         "Fix the template at that line; docs/report.md lists the variables.")),
    "template-unsafe": _e(
        ("Mẫu văn bản truy cập nội bộ Python",
         "Mẫu của người dùng chỉ dùng dữ liệu của văn bản: không thuộc tính bắt đầu bằng `_`, không hàm Python.",
         "Mẫu chạy trong hộp cát (sandbox); một mẫu lấy `__class__`, `__globals__` có thể đọc hay chạy mã "
         "trên máy.",
         "Chỉ dùng các biến liệt kê trong docs/report.md."),
        ("Template reaching Python internals",
         "A user template uses only the document's data: no attribute starting with `_`, no Python function.",
         "Templates run in a sandbox; one reaching `__class__` or `__globals__` could read or run code on "
         "the machine.",
         "Use only the variables docs/report.md lists.")),
    "rollup-member-missing": _e(
        ("Không tìm thấy hồ sơ thành viên",
         "Mỗi mục `members` của hồ sơ huyện (tỉnh) trỏ tới một thư mục hồ sơ có dossier.yaml.",
         "Điều kiện của huyện tính từ kết quả các xã; thiếu một xã thì tỷ lệ tính sai.",
         "Sửa `path` (tính từ hồ sơ này) hoặc thêm hồ sơ thành viên."),
        ("Member dossier not found",
         "Each `members` entry of a district (province) dossier leads to a dossier folder with dossier.yaml.",
         "District conditions are computed from the communes' results; a missing one skews the shares.",
         "Correct `path` (relative to this dossier) or add the member's dossier.")),
    "rollup-member-cycle": _e(
        ("Thành viên vòng lại chính hồ sơ",
         "Không đơn vị nào là thành viên của chính nó, trực tiếp hay gián tiếp.",
         "Một vòng thành viên không có điểm dừng để tính.",
         "Bỏ mục gây vòng khỏi `members`."),
        ("Member leads back to this dossier",
         "No unit is a member of itself, directly or indirectly.",
         "A loop of members has no end to compute from.",
         "Remove the entry from `members`.")),
    "rollup-member-not-attained": _e(
        ("Thành viên chưa đạt mức yêu cầu",
         "Mỗi đơn vị thành viên đạt mức mà hồ sơ cấp trên yêu cầu (ví dụ xã đạt NTM).",
         "Huyện chỉ hoàn thành khi các xã đạt chuẩn.",
         "Xem phát hiện trong hồ sơ của đơn vị thành viên."),
        ("Member below its required level",
         "Each member unit reaches the level the parent dossier requires (for example NTM communes).",
         "A district completes only when its communes attain.",
         "See the findings in the member's dossier.")),
    "rollup-stated-mismatch": _e(
        ("Số ghi khác số tính từ thành viên",
         "Điều kiện của huyện ghi trong hồ sơ bằng giá trị tính từ hồ sơ các thành viên.",
         "Tỷ lệ xã đạt chuẩn chép tay dễ lệch với thực tế; ntm dùng giá trị tính.",
         "Sửa hoặc bỏ giá trị ghi tay."),
        ("Stated value differs from the members'",
         "A district condition stated in the dossier equals the value computed from the member dossiers.",
         "A share of communes copied by hand drifts from the facts; ntm uses the computed value.",
         "Correct or remove the stated value.")),
}


# Labels of the explanation itself (kept here, beside the texts they frame).
LABELS: dict[str, dict[str, str]] = {
    "severity": {"vi": "Mức", "en": "Severity"},
    "category": {"vi": "Nhóm", "en": "Category"},
    "checks": {"vi": "Kiểm tra", "en": "Checks"},
    "why": {"vi": "Vì sao", "en": "Why"},
    "example": {"vi": "Ví dụ", "en": "Example"},
    "setup": {"vi": "dựng lại bằng lệnh", "en": "set up with"},
    "fix": {"vi": "Cách sửa", "en": "Fix"},
    "delete": {"vi": "(xóa tệp)", "en": "(delete the file)"},
    "unknown": {"vi": "Không có quy tắc `{rule}`{suggestion} (danh sách: `ntm explain`)",
                "en": "No rule `{rule}`{suggestion} (the list: `ntm explain`)"},
    "title": {"vi": "Quy tắc kiểm tra", "en": "Rules"},
    "generated": {"vi": "Tệp này do `ntm explain --format md > docs/quy-tac.md` sinh ra từ danh mục "
                        "quy tắc; đừng sửa tay. Xem một quy tắc: `ntm explain MA-QUY-TAC`.",
                  "en": "Generated from the rule registry by `ntm explain --format md > "
                        "docs/quy-tac.md`; do not edit by hand. One rule: `ntm explain RULE-ID`."},
}
CATEGORIES: dict[str, dict[str, str]] = {
    "file": {"vi": "Tệp", "en": "Files"},
    "yaml": {"vi": "Cú pháp YAML", "en": "YAML"},
    "schema": {"vi": "Định dạng", "en": "Format"},
    "criteria": {"vi": "Bộ tiêu chí", "en": "Criteria sets"},
    "dossier": {"vi": "Hồ sơ", "en": "Dossier"},
    "evidence": {"vi": "Minh chứng", "en": "Evidence"},
    "attainment": {"vi": "Mức độ đạt", "en": "Attainment"},
    "document": {"vi": "Văn bản", "en": "Documents"},
    "template": {"vi": "Mẫu văn bản", "en": "Templates"},
    "rollup": {"vi": "Tổng hợp huyện, tỉnh", "en": "Roll-ups"},
}
