import { formatLocalDate } from "../format/format-local-date";
import { formatDate } from "../format/format-date";
import type { TLocalDate } from "../calendar";
import { notificationHref } from "../notifications/notification-href";
import { digestSections, type TDigestItem, type TDigestRecipient } from "./digest-item";
import { DIGEST_HEADINGS, DIGEST_LINES_PER_SECTION, escapeHtml } from "./digest-text";

const SIGNATURE = "Hệ thống Trách nhiệm – BHXH Việt Nam";

export type TDigestMail = { recipient: string; subject: string; html: string; text: string; link: string };

/**
 * One person's daily digest from their lines (any order), or null when there is nothing to say:
 * nobody gets an empty digest. Sections in a fixed order, each line with its absolute link
 * (`baseUrl`, the public address), at most DIGEST_LINES_PER_SECTION lines a section and the
 * count of the rest. Plain Vietnamese, every value escaped in the HTML; no secret: the links
 * open pages behind sign-in.
 */
export function formatDailyDigest(
  person: TDigestRecipient,
  items: readonly TDigestItem[],
  day: TLocalDate,
  baseUrl: string,
): TDigestMail | null {
  if (items.length === 0) return null;
  const link = `${baseUrl}/my-work`;
  const text: string[] = [`Kính gửi ${person.name},`, `Bản tin công việc ngày ${formatLocalDate(day)}:`];
  const html: string[] = [`<p>Kính gửi ${escapeHtml(person.name)},</p>`];
  for (const section of digestSections) {
    const lines = items.filter((i) => i.section === section).slice(0, DIGEST_LINES_PER_SECTION);
    if (lines.length === 0) continue;
    const total = Math.max(lines[0].total, lines.length);
    const heading = `${DIGEST_HEADINGS[section]} (${total})`;
    text.push("", heading);
    html.push(`<h3>${escapeHtml(heading)}</h3>`, "<ul>");
    for (const item of lines) {
      const href = `${baseUrl}${notificationHref({ ...item })}`;
      const label = lineLabel(item);
      text.push(`- ${label}: ${href}`);
      html.push(`<li><a href="${escapeHtml(href)}">${escapeHtml(label)}</a></li>`);
    }
    html.push("</ul>");
    if (total > lines.length) {
      const more = `… và ${total - lines.length} mục khác.`;
      text.push(more);
      html.push(`<p>${escapeHtml(more)}</p>`);
    }
  }
  const profile = `${baseUrl}/profile`;
  const choose = "Chọn nhận từng loại thông báo qua thư ngay, trong bản tin hay không nhận, tại trang cá nhân";
  text.push("", `Xem toàn bộ công việc của anh/chị: ${link}`, `${choose}: ${profile}`, "", SIGNATURE);
  html.push(
    `<p><a href="${escapeHtml(link)}">Xem toàn bộ công việc của anh/chị</a><br>${escapeHtml(link)}</p>`,
    `<p>${escapeHtml(choose)}: <a href="${escapeHtml(profile)}">${escapeHtml(profile)}</a></p>`,
    `<p>${SIGNATURE}</p>`,
  );
  return {
    recipient: person.email,
    subject: `Bản tin công việc ngày ${formatLocalDate(day)}`,
    html: [
      `<!doctype html><html lang="vi"><body style="font-family: sans-serif; line-height: 1.5">`,
      ...html,
      "</body></html>",
    ].join("\n"),
    text: text.join("\n") + "\n",
    link,
  };
}

function lineLabel(item: TDigestItem): string {
  // A notification's line is its sentence, which already names the step and the task.
  if (item.section === "notifications" && item.note) return item.note;
  const where = item.stepName
    ? `Khâu «${item.stepName}» – nhiệm vụ «${item.taskTitle}»`
    : `Nhiệm vụ «${item.taskTitle}»`;
  const note = item.note ? `${item.note}: ` : "";
  const deadline = item.deadline ? ` (hạn ${formatDate(item.deadline)})` : "";
  return `${note}${where}${deadline}`;
}
