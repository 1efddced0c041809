import type { TDigestSection } from "./digest-item";

/** The digest is written in Vietnamese, the language of the sector's mail. */
export const DIGEST_HEADINGS: Record<TDigestSection, string> = {
  overdue: "Việc của anh/chị đã quá hạn",
  dueToday: "Việc đến hạn hôm nay",
  consultations: "Xin ý kiến đang chờ anh/chị trả lời",
  signals: "Cảnh báo về anh/chị đang chờ giải trình",
  unitNewOverdue: "Việc của đơn vị mới quá hạn từ bản tin trước",
  rulings: "Đang chờ anh/chị quyết định",
  notifications: "Thông báo từ bản tin trước",
};

/** How many lines of a section a mail lists; the rest is counted, and the link shows them. */
export const DIGEST_LINES_PER_SECTION = 10;

export const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/** What a ruling waits on (the `note` of a "rulings" line). */
export const RULING_NOTES: Record<string, string> = {
  RETURN: "Trả lại, chờ quyết định",
  EXTENSION: "Xin gia hạn",
};
