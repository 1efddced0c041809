/** The accountability signals the product computes (DOMAIN.md, "Accountability signals"). */
export const signalKinds = [
  'OVERDUE_NO_EXTENSION',
  'PING_PONG',
  'RETURN_OVERRULED',
  'CONSULTATION_LATE',
  'CONSULTATION_UNANSWERED',
  'CONSULTATION_VAGUE',
  'STALLED',
  'UNDECIDED',
] as const;

export type TSignalKind = (typeof signalKinds)[number];

export const signalKindLabel: Readonly<Record<TSignalKind, string>> = {
  OVERDUE_NO_EXTENSION: 'Quá hạn không xin gia hạn',
  PING_PONG: 'Đùn đẩy, chuyển qua lại',
  RETURN_OVERRULED: 'Trả lại bị lãnh đạo bác',
  CONSULTATION_LATE: 'Trả lời xin ý kiến chậm',
  CONSULTATION_UNANSWERED: 'Không trả lời xin ý kiến',
  CONSULTATION_VAGUE: 'Trả lời chung chung, né tránh',
  STALLED: 'Trì trệ, cầm chừng',
  UNDECIDED: 'Chậm quyết định',
};
