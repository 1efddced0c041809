import { normalizeSearchText } from "../../lib/domain/search/normalize-search-text.ts";

/** Titles of generated tasks; the search column needs their normalised form. */
const titles = [
  "Rà soát, báo cáo tình hình thực hiện nhiệm vụ được giao",
  "Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính",
  "Đôn đốc thu nợ BHXH, BHYT của các đơn vị sử dụng lao động",
  "Rà soát hồ sơ hưởng chế độ ốm đau, thai sản",
  "Đối chiếu dữ liệu người tham gia BHYT hộ gia đình",
  "Tổ chức hội nghị đối thoại với doanh nghiệp",
  "Xây dựng kế hoạch phát triển người tham gia BHXH tự nguyện",
  "Giải quyết dứt điểm đơn khiếu nại tồn đọng",
  "Báo cáo kết quả cấp sổ BHXH, thẻ BHYT",
  "Kiểm tra đột xuất công vụ tại bộ phận một cửa",
  "Tổng hợp ý kiến góp ý dự thảo quy trình nghiệp vụ",
  "Rà soát, thu hồi số tiền hưởng sai chế độ",
  "Triển khai cài đặt, hướng dẫn sử dụng ứng dụng VssID",
  "Kiểm điểm trách nhiệm trường hợp chậm xử lý hồ sơ",
  "Báo cáo sơ kết công tác phòng, chống tham nhũng",
  "Cập nhật dữ liệu vào cơ sở dữ liệu quốc gia về bảo hiểm",
  "Giám định chi phí khám bệnh, chữa bệnh BHYT vượt dự toán",
  "Lập danh sách đề nghị khen thưởng cuối năm",
];

const expectedResults = [
  "Báo cáo bằng văn bản gửi đơn vị giao việc.",
  "Biên bản kiểm tra và kiến nghị xử lý.",
  "Danh sách rà soát kèm số liệu đối chiếu.",
  "Kế hoạch được phê duyệt.",
  null,
];

export function taskTexts() {
  return {
    titles,
    titleSearch: titles.map((t) => normalizeSearchText(t)),
    expectedResults: expectedResults.map((r) => r ?? ""),
  };
}
