// Being replaced by the catalog (lib/i18n/messages, enums.stepStatus, enums.stepKind, enums.priority,
// enums.taskStatus, enums.eventKind; components/work/enum-text.ts words them with the stored value
// as fallback). Kept only for the screens not converted yet: delete once nothing imports it.
export const stepStatusLabel: Record<string, string> = {
  PENDING: "Chưa đến lượt",
  TODO: "Chờ xử lý",
  IN_PROGRESS: "Đang xử lý",
  RETURNED: "Trả lại, chờ lãnh đạo quyết định",
  DONE: "Đã xong",
};

export const stepKindLabel: Record<string, string> = {
  RECEIVE: "Tiếp nhận",
  HANDLE: "Xử lý, dự thảo",
  CONSULT: "Xin ý kiến",
  SUBMIT: "Trình",
  APPROVE: "Phê duyệt, ký",
  ISSUE: "Ban hành, trả kết quả",
};

export const priorityLabel: Record<string, string> = { LOW: "Thấp", NORMAL: "Bình thường", HIGH: "Cao", URGENT: "Khẩn" };

export const taskStatusLabel: Record<string, string> = {
  OPEN: "Chưa bắt đầu",
  IN_PROGRESS: "Đang thực hiện",
  COMPLETED: "Đã hoàn thành",
  CANCELLED: "Đã hủy",
};

export const eventKindLabel: Record<string, string> = {
  DIRECTIVE_CREATED: "Tạo văn bản chỉ đạo",
  TASK_CREATED: "Giao nhiệm vụ",
  TASK_UPDATED: "Cập nhật nhiệm vụ",
  TASK_COMPLETED: "Hoàn thành nhiệm vụ",
  STEP_ASSIGNED: "Phân công khâu",
  STEP_STARTED: "Bắt đầu xử lý",
  STEP_PROGRESS: "Cập nhật tiến độ",
  STEP_COMPLETED: "Hoàn thành khâu",
  STEP_REASSIGNED: "Giao lại cho người khác",
  STEP_RETURNED: "Trả lại (không thuộc thẩm quyền)",
  RETURN_UPHELD: "Chấp nhận việc trả lại",
  RETURN_OVERRULED: "Bác việc trả lại",
  EXTENSION_REQUESTED: "Xin gia hạn",
  EXTENSION_APPROVED: "Đồng ý gia hạn",
  EXTENSION_REJECTED: "Không đồng ý gia hạn",
  STEP_DEADLINE_SHIFTED: "Dời hạn theo khâu trước được gia hạn",
  ESCALATED: "Báo cáo vượt cấp",
  CONSULTATION_REQUESTED: "Xin ý kiến",
  CONSULTATION_ANSWERED: "Trả lời xin ý kiến",
  CONSULTATION_MARKED_VAGUE: "Đánh dấu trả lời chung chung, né tránh",
  CALENDAR_CHANGED: "Sửa lịch làm việc",
  TEMPLATE_CHANGED: "Sửa quy trình mẫu",
  SIGNAL_ANSWERED: "Giải trình cảnh báo",
  SIGNAL_ANSWER_ACCEPTED: "Chấp nhận giải trình (nguyên nhân khách quan)",
  SIGNAL_ANSWER_REJECTED: "Không chấp nhận giải trình",
  API_TOKEN_CREATED: "Tạo mã truy cập API",
  API_TOKEN_REVOKED: "Thu hồi mã truy cập API",
};

export const unitLevelLabel: Record<string, string> = {
  CENTRAL: "Trung ương",
  DEPARTMENT: "Đơn vị trực thuộc",
  PROVINCE: "Tỉnh, thành phố",
  DISTRICT: "Cấp huyện, cơ sở",
};
