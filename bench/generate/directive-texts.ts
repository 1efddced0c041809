import { normalizeSearchText } from "../../lib/domain/search/normalize-search-text.ts";

/** "V/v ..." lines of generated directives; the search column needs their normalised form. */
const subjects = [
  "V/v tăng cường trách nhiệm trong xử lý công việc",
  "V/v chấn chỉnh kỷ luật, kỷ cương hành chính",
  "V/v đẩy mạnh phát triển người tham gia BHXH tự nguyện",
  "V/v giảm nợ đóng BHXH, BHYT, BHTN",
  "V/v rà soát, chi trả các chế độ BHXH đúng hạn",
  "V/v triển khai cấp sổ BHXH điện tử",
  "V/v tăng cường kiểm tra công vụ đột xuất",
  "V/v thực hiện cải cách thủ tục hành chính",
  "V/v nâng cao chất lượng giải quyết khiếu nại, tố cáo",
  "V/v triển khai ứng dụng VssID",
  "V/v kiểm soát chi phí khám bệnh, chữa bệnh BHYT",
  "V/v báo cáo sơ kết công tác 6 tháng",
  "V/v tổng kết công tác năm và triển khai nhiệm vụ năm tới",
  "V/v phòng, chống tham nhũng, lãng phí",
  "V/v chuyển đổi số trong Ngành",
  "V/v đối chiếu dữ liệu hộ gia đình tham gia BHYT",
];

const summaries = [
  "Yêu cầu các đơn vị triển khai, báo cáo kết quả đúng hạn; cá thể hóa trách nhiệm từng khâu.",
  "Giao thủ trưởng đơn vị chịu trách nhiệm chỉ đạo thực hiện, không đùn đẩy, né tránh.",
  "Đề nghị các đơn vị rà soát, xử lý dứt điểm công việc tồn đọng, quá hạn.",
  "Các đơn vị phối hợp chặt chẽ, trả lời xin ý kiến đúng hạn, rõ quan điểm.",
];

export const ISSUER = "BHXH Việt Nam";

export function directiveTexts() {
  return {
    subjects,
    subjectSearch: subjects.map((s) => normalizeSearchText(s)),
    summaries,
    summarySearch: summaries.map((s) => normalizeSearchText(s)),
    issuerSearch: normalizeSearchText(ISSUER),
  };
}
