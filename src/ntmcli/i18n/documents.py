"""The wording of the official documents (`ntm report`), in Vietnamese and English.

Kept apart from `catalog.py` because only `ntm report` reads it: the check that runs on every commit
does not load it. Templates reach these texts through `t("doc.…")`; every key has both languages
(a test checks it). Structure and names follow shared/reference/dossier-practice.md §2: the
[V]-marked names of the documents and sections are used as found; anything not verified there is
phrased neutrally.
"""

from __future__ import annotations


def _m(vi: str, en: str) -> dict[str, str]:
    return {"vi": vi, "en": en}


DOCUMENT_TEXT: dict[str, dict[str, str]] = {
    # the state header (NĐ 30/2020/NĐ-CP, Phụ lục I)
    "doc.quoc_hieu": _m("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM"),
    "doc.tieu_ngu": _m("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness"),
    "doc.number": _m("Số: {number}", "No.: {number}"),
    "doc.to": _m("Kính gửi:", "To:"),
    "doc.blank": _m("…", "…"),
    # document types (tên loại) and default subjects (trích yếu)
    "doc.type.BC": _m("BÁO CÁO", "REPORT"),
    "doc.type.BB": _m("BIÊN BẢN", "MINUTES"),
    "doc.type.TTr": _m("TỜ TRÌNH", "SUBMISSION"),
    "doc.title.bao-cao-tu-danh-gia": _m("Kết quả thực hiện các tiêu chí {level} năm {year} của {unit}",
                                        "Results of the {level} criteria in {year}: {unit}"),
    "doc.title.bao-cao-tham-tra": _m("Kết quả thẩm tra hồ sơ và mức độ đạt chuẩn {level} năm {year} "
                                     "đối với {unit}",
                                     "Verification of the dossier and of the {level} standard in {year}: "
                                     "{unit}"),
    "doc.title.bao-cao-tham-dinh": _m("Kết quả thẩm định hồ sơ và mức độ đạt chuẩn {level} năm {year} "
                                      "đối với {unit}",
                                      "Appraisal of the dossier and of the {level} standard in {year}: "
                                      "{unit}"),
    "doc.title.bien-ban-hop": _m("Cuộc họp đề nghị xét công nhận {unit} đạt chuẩn {level} năm {year}",
                                 "Meeting on proposing {unit} for recognition as {level} in {year}"),
    "doc.title.to-trinh-tham-tra": _m("Về việc thẩm tra, đề nghị xét công nhận {unit} đạt chuẩn {level} "
                                      "năm {year}",
                                      "Request to verify and propose {unit} for recognition as {level} "
                                      "in {year}"),
    "doc.title.to-trinh-tham-dinh": _m("Về việc thẩm định, xét, công nhận {unit} đạt chuẩn {level} "
                                       "năm {year}",
                                       "Request to appraise and recognise {unit} as {level} in {year}"),
    # citations (căn cứ): type, number, date, issuer, subject — in full on first mention
    "doc.cite.number": _m("số {number}", "No. {number}"),
    "doc.cite.date": _m("{date}", "dated {date}"),
    "doc.cite.issuer": _m("của {issuer}", "of {issuer}"),
    "doc.basis": _m("Căn cứ {citation};", "Pursuant to {citation};"),
    "doc.basis.blank": _m("Căn cứ …;", "Pursuant to …;"),
    # sections
    "doc.h.general": _m("KHÁI QUÁT CHUNG", "GENERAL INFORMATION"),
    "doc.h.results_tham_tra": _m("KẾT QUẢ THẨM TRA", "RESULTS OF THE VERIFICATION"),
    "doc.h.results_tham_dinh": _m("KẾT QUẢ THẨM ĐỊNH", "RESULTS OF THE APPRAISAL"),
    "doc.h.criteria_results": _m("KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ", "RESULTS OF THE CRITERIA"),
    "doc.h.conditions": _m("CÁC ĐIỀU KIỆN CÔNG NHẬN", "CONDITIONS OF RECOGNITION"),
    "doc.h.conclusion": _m("KẾT LUẬN, ĐỀ NGHỊ", "CONCLUSION AND PROPOSAL"),
    "doc.h.assessment": _m("ĐÁNH GIÁ CHUNG, KIẾN NGHỊ", "OVERALL ASSESSMENT AND RECOMMENDATIONS"),
    "doc.h.on_dossier": _m("Về hồ sơ", "The dossier"),
    "doc.h.on_criteria": _m("Về kết quả thực hiện các tiêu chí", "The criteria"),
    "doc.h.on_conditions": _m("Về các điều kiện công nhận", "The conditions of recognition"),
    "doc.h.conclusion_only": _m("Kết luận", "Conclusion"),
    "doc.h.proposal": _m("Đề nghị", "Proposal"),
    "doc.h.composition": _m("THÀNH PHẦN", "PARTICIPANTS"),
    "doc.h.meeting_content": _m("NỘI DUNG CUỘC HỌP", "PROCEEDINGS"),
    "doc.h.report_presented": _m("Báo cáo kết quả thực hiện các tiêu chí", "Report on the criteria"),
    "doc.h.discussion": _m("Ý kiến thảo luận", "Discussion"),
    "doc.h.vote": _m("Kết quả biểu quyết", "Vote"),
    # general information
    "doc.unit_line": _m("Đơn vị: {unit} (mã {code}){place}.", "Unit: {unit} (code {code}){place}."),
    "doc.classification": _m("Phân loại áp dụng ngưỡng: {classification}; năm đánh giá: {year}.",
                             "Classification for the thresholds: {classification}; assessment year: {year}."),
    "doc.criteria_set": _m("Bộ tiêu chí áp dụng: {title} ({ref}).", "Criteria set: {title} ({ref})."),
    "doc.team": _m("Thành phần đoàn:", "Team:"),
    "doc.period": _m("Thời gian: từ {start} đến {end}.", "Period: from {start} to {end}."),
    "doc.period_one": _m("Thời gian: {date}.", "Date: {date}."),
    "doc.intro_tham_tra": _m("Thực hiện nhiệm vụ được giao, Đoàn thẩm tra đã thẩm tra hồ sơ và mức độ "
                             "đạt chuẩn {level} năm {year} của {unit}. Kết quả như sau:",
                             "As assigned, the verification team has verified the dossier of {unit} and "
                             "its attainment of the {level} standard in {year}. The results follow."),
    "doc.intro_tham_dinh": _m("Thực hiện nhiệm vụ được giao, Đoàn thẩm định đã thẩm định hồ sơ và mức độ "
                              "đạt chuẩn {level} năm {year} của {unit}. Kết quả như sau:",
                              "As assigned, the appraisal team has appraised the dossier of {unit} and "
                              "its attainment of the {level} standard in {year}. The results follow."),
    "doc.intro_tu_danh_gia": _m("{unit} báo cáo kết quả tự đánh giá mức độ đạt chuẩn {level} năm {year} "
                                "như sau:",
                                "{unit} reports the results of its self-assessment against the {level} "
                                "standard in {year}:"),
    # the dossier
    "doc.check_clean": _m("Kiểm tra hồ sơ bằng ntm {version}: không có lỗi về định dạng, số liệu và minh "
                          "chứng; {warnings} cảnh báo, {infos} ghi chú.",
                          "Checked with ntm {version}: no error in format, figures or evidence; "
                          "{warnings} warnings, {infos} notes."),
    "doc.check_errors": _m("Kiểm tra hồ sơ bằng ntm {version}: {errors} lỗi, {warnings} cảnh báo, "
                           "{infos} ghi chú (chi tiết tại Phụ lục 2).",
                           "Checked with ntm {version}: {errors} errors, {warnings} warnings, {infos} notes "
                           "(listed in Appendix 2)."),
    "doc.check_warnings": _m("Các cảnh báo được liệt kê tại Phụ lục 2.", "The warnings are listed in Appendix 2."),
    "doc.files_present": _m("Hồ sơ có tệp số liệu của {present}/{total} tiêu chí.",
                            "The dossier has the data file of {present}/{total} criteria."),
    # totals and lists
    "doc.totals": _m("Số tiêu chí đạt: {criteria_met}/{criteria_total}; số chỉ tiêu đạt: "
                     "{indicators_met}/{indicators_total}.",
                     "Criteria met: {criteria_met}/{criteria_total}; indicators met: "
                     "{indicators_met}/{indicators_total}."),
    "doc.totals_short": _m("đạt {criteria_met}/{criteria_total} tiêu chí, {indicators_met}/{indicators_total} "
                           "chỉ tiêu",
                           "{criteria_met}/{criteria_total} criteria and {indicators_met}/{indicators_total} "
                           "indicators met"),
    "doc.list.chua_dat": _m("Tiêu chí chưa đạt: {items}.", "Criteria not met: {items}."),
    "doc.list.khong_xac_dinh": _m("Tiêu chí chưa xác định được (thiếu số liệu hoặc ngưỡng chưa xác lập): "
                                  "{items}.",
                                  "Criteria not determined (figures missing or thresholds not "
                                  "established): {items}."),
    "doc.list.co_ban_dat": _m("Tiêu chí được đánh giá \"cơ bản đạt\" khi {stage}: {items} (không tính là đạt).",
                              "Criteria written as \"largely met\" at the {stage}: {items} (not counted as "
                              "met)."),
    "doc.list.khong_xet": _m("Tiêu chí không xét: {items}.", "Criteria not applicable: {items}."),
    "doc.list.item": _m("số {id} ({name})", "no. {id} ({name})"),
    "doc.list.item_id": _m("số {id}", "no. {id}"),
    "doc.list.all_met": _m("Tất cả các tiêu chí đều đạt theo số liệu của hồ sơ.",
                           "Every criterion is met according to the dossier's figures."),
    "doc.verdicts": _m("Kết quả {stage} ghi trong hồ sơ: {dat} tiêu chí đạt, {co_ban_dat} cơ bản đạt, "
                       "{chua_dat} chưa đạt, {none} chưa ghi.",
                       "Verdicts of the {stage} recorded in the dossier: {dat} met, {co_ban_dat} largely "
                       "met, {chua_dat} not met, {none} not recorded."),
    "doc.see_appendix": _m("Chi tiết từng tiêu chí, chỉ tiêu tại Phụ lục 1 kèm theo.",
                           "Each criterion and indicator is detailed in Appendix 1."),
    # conditions
    "doc.condition": _m("{name}: kết quả {value}; yêu cầu {requirement}; đánh giá: {status}.",
                        "{name}: result {value}; requirement {requirement}; assessment: {status}."),
    "doc.no_conditions": _m("Bộ tiêu chí không quy định điều kiện công nhận ngoài các tiêu chí.",
                            "The criteria set lays down no condition beyond the criteria."),
    # conclusion
    "doc.conclusion.dat": _m("Theo số liệu của hồ sơ, {unit} {totals} và đáp ứng {conditions_met}/"
                             "{conditions_total} điều kiện công nhận; đạt chuẩn {level} theo {ref}.",
                             "According to the dossier's figures, {unit} has {totals} and meets "
                             "{conditions_met}/{conditions_total} conditions of recognition; it reaches the "
                             "{level} standard of {ref}."),
    "doc.conclusion.chua_dat": _m("Theo số liệu của hồ sơ, {unit} {totals}, đáp ứng {conditions_met}/"
                                  "{conditions_total} điều kiện công nhận; chưa đạt chuẩn {level}.",
                                  "According to the dossier's figures, {unit} has {totals} and meets "
                                  "{conditions_met}/{conditions_total} conditions of recognition; it does not "
                                  "reach the {level} standard."),
    "doc.conclusion.khong_xac_dinh": _m("Theo số liệu của hồ sơ, {unit} {totals}, đáp ứng {conditions_met}/"
                                        "{conditions_total} điều kiện công nhận; chưa đủ căn cứ kết luận mức "
                                        "đạt chuẩn {level} vì còn chỉ tiêu thiếu số liệu hoặc ngưỡng chưa "
                                        "được xác lập.",
                                        "According to the dossier's figures, {unit} has {totals} and meets "
                                        "{conditions_met}/{conditions_total} conditions of recognition; "
                                        "attainment of the {level} standard cannot be concluded while "
                                        "figures are missing or thresholds are not established."),
    "doc.proposal.tham_tra": _m("Đề nghị {to} xem xét, thẩm định, công nhận {unit} đạt chuẩn {level} năm {year}.",
                                "{to} is asked to appraise and recognise {unit} as {level} in {year}."),
    "doc.proposal.tham_dinh": _m("Đề nghị {to} xem xét, quyết định công nhận {unit} đạt chuẩn {level} năm {year}.",
                                 "{to} is asked to decide on recognising {unit} as {level} in {year}."),
    "doc.proposal.tu_danh_gia": _m("Đề nghị {to} thẩm tra, xét công nhận {unit} đạt chuẩn {level} năm {year}.",
                                   "{to} is asked to verify and propose {unit} for recognition as {level} "
                                   "in {year}."),
    "doc.proposal.not_met": _m("Đề nghị {unit} tiếp tục hoàn thiện các tiêu chí, chỉ tiêu chưa đạt hoặc chưa "
                               "xác định và bổ sung hồ sơ trước khi đề nghị xét công nhận.",
                               "{unit} is asked to complete the criteria and indicators not met or not "
                               "determined, and to complete the dossier, before seeking recognition."),
    "doc.to_default": _m("cấp có thẩm quyền", "the competent authority"),
    # tờ trình
    "doc.submission.results": _m("{issuer} đã tổ chức đánh giá kết quả thực hiện các tiêu chí {level} theo "
                                 "{ref}. Kết quả: {totals}; đáp ứng {conditions_met}/{conditions_total} điều "
                                 "kiện công nhận.",
                                 "{issuer} has assessed the {level} criteria under {ref}. Result: {totals}; "
                                 "{conditions_met}/{conditions_total} conditions of recognition met."),
    "doc.submission.request_tham_tra": _m("{issuer} kính trình {to} thẩm tra, đề nghị xét công nhận {unit} "
                                          "đạt chuẩn {level} năm {year}.",
                                          "{issuer} respectfully asks {to} to verify and propose {unit} for "
                                          "recognition as {level} in {year}."),
    "doc.submission.request_tham_dinh": _m("{issuer} kính trình {to} thẩm định, xét, công nhận {unit} đạt "
                                           "chuẩn {level} năm {year}.",
                                           "{issuer} respectfully asks {to} to appraise and recognise {unit} "
                                           "as {level} in {year}."),
    "doc.submission.not_met": _m("Lưu ý: theo số liệu của hồ sơ, đơn vị chưa đạt hoặc chưa xác định được "
                                 "mức đạt chuẩn ({status}).",
                                 "Note: according to the dossier's figures the unit does not reach, or cannot "
                                 "yet be shown to reach, the standard ({status})."),
    "doc.submission.closing": _m("Kính trình {to} xem xét, quyết định.", "Submitted to {to} for consideration."),
    # biên bản
    "doc.meeting.opening": _m("Vào hồi {start}, {date}, tại {place}, {body} tổ chức cuộc họp đề nghị xét "
                              "công nhận {unit} đạt chuẩn {level} năm {year}.",
                              "At {start} on {date}, at {place}, {body} met to consider proposing {unit} "
                              "for recognition as {level} in {year}."),
    "doc.meeting.chair": _m("Chủ trì:", "Chair:"),
    "doc.meeting.secretary": _m("Thư ký:", "Secretary:"),
    "doc.meeting.attendees": _m("Thành phần tham dự:", "Present:"),
    "doc.meeting.absent": _m("Vắng mặt:", "Absent:"),
    "doc.meeting.agenda": _m("Nội dung cuộc họp:", "Agenda:"),
    "doc.meeting.presented": _m("{presenter} trình bày báo cáo kết quả thực hiện các tiêu chí: {unit} {totals}; "
                                "đáp ứng {conditions_met}/{conditions_total} điều kiện công nhận.",
                                "{presenter} presented the results of the criteria: {unit} has {totals}; "
                                "{conditions_met}/{conditions_total} conditions of recognition met."),
    "doc.meeting.presenter_default": _m("Đại diện Ủy ban nhân dân", "A representative of the People's Committee"),
    "doc.meeting.no_discussion": _m("(Không có ý kiến khác.)", "(No other statement.)"),
    "doc.meeting.vote": _m("Số thành viên nhất trí đề nghị xét công nhận {unit} đạt chuẩn {level} năm {year} "
                           "là {agree}/{total} thành viên tham dự, đạt {percent}%.",
                           "Members agreeing to propose {unit} for recognition as {level} in {year}: "
                           "{agree}/{total} members present, {percent}%."),
    "doc.meeting.vote_other": _m("Không nhất trí: {against}; không biểu quyết: {abstain}.",
                                 "Against: {against}; abstaining: {abstain}."),
    "doc.meeting.vote_method": _m("Hình thức biểu quyết: {method}.", "Voting method: {method}."),
    "doc.meeting.closing": _m("Cuộc họp kết thúc vào hồi {end} cùng ngày. Biên bản đã được đọc lại cho các "
                              "thành viên dự họp cùng nghe và thông qua{approval}.",
                              "The meeting closed at {end} the same day. The minutes were read out to the "
                              "members present and approved{approval}."),
    "doc.meeting.approval": _m(" với {agree}/{total} thành viên nhất trí, đạt {percent}%",
                               " by {agree}/{total} members, {percent}%"),
    "doc.meeting.copies": _m("Biên bản được lập thành {copies} bản có giá trị pháp lý như nhau.",
                             "The minutes are made in {copies} copies of equal legal value."),
    "doc.meeting.secretary_sign": _m("THƯ KÝ", "SECRETARY"),
    "doc.meeting.chair_sign": _m("CHỦ TRÌ", "CHAIR"),
    "doc.meeting.sign_note": _m("(Ký, ghi rõ họ tên)", "(Signature, full name)"),
    "doc.meeting.seal_note": _m("(Ký tên, đóng dấu, ghi rõ họ tên)", "(Signature, seal, full name)"),
    # signature block and recipients
    "doc.recipients": _m("Nơi nhận:", "Recipients:"),
    # appendices and the criteria table
    "doc.appendix1": _m("PHỤ LỤC 1", "APPENDIX 1"),
    "doc.appendix1.title": _m("BIỂU CHI TIẾT KẾT QUẢ {what} CÁC TIÊU CHÍ, CHỈ TIÊU",
                              "DETAILED RESULTS OF THE {what}, BY CRITERION AND INDICATOR"),
    "doc.appendix2": _m("PHỤ LỤC 2", "APPENDIX 2"),
    "doc.appendix2.title": _m("CÁC VẤN ĐỀ PHÁT HIỆN KHI KIỂM TRA HỒ SƠ", "ISSUES FOUND IN THE DOSSIER"),
    "doc.appendix.attached": _m("(Kèm theo {type} {number} {date} của {issuer})",
                                "(Attached to {type} {number} {date} of {issuer})"),
    "doc.what.tu_danh_gia": _m("TỰ ĐÁNH GIÁ", "SELF-ASSESSMENT"),
    "doc.what.tham_tra": _m("THẨM TRA", "VERIFICATION"),
    "doc.what.tham_dinh": _m("THẨM ĐỊNH", "APPRAISAL"),
    "doc.col.no": _m("TT", "No."),
    "doc.col.criterion": _m("Tiêu chí", "Criterion"),
    "doc.col.indicator": _m("Chỉ tiêu", "Indicator"),
    "doc.col.requirement": _m("Yêu cầu theo quy định", "Requirement"),
    "doc.col.value": _m("Kết quả thực hiện", "Result"),
    "doc.col.self": _m("Tự đánh giá", "Self-assessment"),
    "doc.col.tham_tra": _m("Kết quả thẩm tra", "Verification"),
    "doc.col.tham_dinh": _m("Kết quả thẩm định", "Appraisal"),
    "doc.col.assessment": _m("Đánh giá", "Assessment"),
    "doc.col.agency": _m("Cơ quan phụ trách", "Agency in charge"),
    "doc.col.note": _m("Ghi chú", "Notes"),
    "doc.col.location": _m("Vị trí", "Location"),
    "doc.col.severity": _m("Mức", "Severity"),
    "doc.col.problem": _m("Nội dung", "Issue"),
    "doc.row.conditions": _m("Điều kiện công nhận", "Conditions of recognition"),
    "doc.row.total": _m("Tổng hợp", "Total"),
    "doc.row.indicators_met": _m("{met}/{total} chỉ tiêu đạt", "{met}/{total} indicators met"),
    "doc.row.conditions_met": _m("đáp ứng {met}/{total} điều kiện công nhận",
                                 "{met}/{total} conditions of recognition met"),
    "doc.legend.where": _m("Yêu cầu theo quy định là ngưỡng áp dụng cho {classification}, năm {year} của "
                           "bộ tiêu chí {ref}.",
                           "Requirements are the thresholds for {classification}, year {year}, of the "
                           "criteria set {ref}."),
    "doc.legend.illustrative": _m("(*) Ngưỡng minh họa, không có giá trị pháp lý.",
                                  "(*) Illustrative threshold, with no legal force."),
    "doc.legend.undetermined": _m("(**) Ngưỡng chưa được xác lập trong bộ tiêu chí: đánh giá \"Không xác "
                                  "định\", không bao giờ tính là đạt.",
                                  "(**) Threshold not established in the criteria set: assessed as "
                                  "\"Undetermined\", never counted as met."),
    "doc.legend.rounding": _m("Số liệu làm tròn: {rules}.", "Figures are rounded: {rules}."),
    "doc.rounding.rule": _m("{decimals} chữ số thập phân, {mode}", "{decimals} decimals, {mode}"),
    "doc.rounding.rule_for": _m("chỉ tiêu {id}: {decimals} chữ số thập phân, {mode}",
                                "indicator {id}: {decimals} decimals, {mode}"),
    "doc.rounding.half_up": _m("làm tròn nửa lên", "half up"),
    "doc.rounding.down": _m("cắt bớt", "truncated"),
    "doc.illustrative_banner": _m("MINH HỌA — văn bản dùng bộ tiêu chí có số liệu minh họa, không dùng để "
                                  "thẩm tra, thẩm định thật",
                                  "ILLUSTRATIVE — this document uses a criteria set with illustrative "
                                  "figures; not for real verification or appraisal"),
    # provenance footer
    "doc.provenance": _m("Văn bản được lập bằng ntm {version} từ hồ sơ có mã băm sha256 {dossier} "
                         "({files} tệp).",
                         "Produced by ntm {version} from the dossier with sha256 {dossier} ({files} files)."),
    "doc.provenance.layer": _m("Bộ tiêu chí {ref}: sha256 {sha256}.", "Criteria set {ref}: sha256 {sha256}."),
}

DOCUMENT_TEXT.update({
    "doc.type_word.BC": _m("Báo cáo", "Report"),
    "doc.type_word.BB": _m("Biên bản", "Minutes"),
    "doc.type_word.TTr": _m("Tờ trình", "Submission"),
})


def document_text(key: str, lang: str, /, **args: object) -> str:
    """The wording `key` of the documents in `lang` (falling back to the main catalog, so a template
    may also say `status.dat` or `level.ntm`), with `{name}` fields filled from `args`."""
    from ntmcli.i18n import t

    entry = DOCUMENT_TEXT.get(key)
    if entry is None:
        return t(key, lang, **args)
    return entry[lang].format_map({k: str(v) for k, v in args.items()})
