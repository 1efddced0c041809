import { formatLocalDate } from "../format/format-local-date";
import { formatDate } from "../format/format-date";
import type { TLocalDate } from "../calendar";
import { notificationHref } from "../notifications/notification-href";
import { digestSections, type TDigestItem, type TDigestRecipient } from "./digest-item";
import { msg, type TMessage } from "../../i18n/message";
import { DIGEST_LINES_PER_SECTION, escapeHtml } from "./digest-text";

/** Puts a sentence of the catalogs into the reader's words (translate(locale, m) on the server). */
export type TWord = (m: TMessage) => string;

export type TDigestMail = { recipient: string; subject: string; html: string; text: string; link: string };

/**
 * One person's daily digest from their lines (any order), or null when there is nothing to say:
 * nobody gets an empty digest. Sections in a fixed order, each line with its absolute link
 * (`baseUrl`, the public address), at most DIGEST_LINES_PER_SECTION lines a section and the
 * count of the rest. Worded by `word` in the reader's language (`lang`), every value escaped in
 * the HTML; no secret: the links open pages behind sign-in.
 */
export function formatDailyDigest(
  person: TDigestRecipient,
  items: readonly TDigestItem[],
  day: TLocalDate,
  baseUrl: string,
  word: TWord,
  lang = "vi",
): TDigestMail | null {
  if (items.length === 0) return null;
  const link = `${baseUrl}/my-work`;
  const greeting = word(msg("mail.digest.greeting", { name: person.name }));
  const text: string[] = [greeting, word(msg("mail.digest.intro", { day: formatLocalDate(day) }))];
  const html: string[] = [`<p>${escapeHtml(greeting)}</p>`];
  for (const section of digestSections) {
    const lines = items.filter((i) => i.section === section).slice(0, DIGEST_LINES_PER_SECTION);
    if (lines.length === 0) continue;
    const total = Math.max(lines[0].total, lines.length);
    const heading = word(msg("mail.digest.headingCount", { heading: msg(`mail.digest.heading.${section}`), total }));
    text.push("", heading);
    html.push(`<h3>${escapeHtml(heading)}</h3>`, "<ul>");
    for (const item of lines) {
      const href = `${baseUrl}${notificationHref({ ...item })}`;
      const label = lineLabel(item, word);
      text.push(`- ${label}: ${href}`);
      html.push(`<li><a href="${escapeHtml(href)}">${escapeHtml(label)}</a></li>`);
    }
    html.push("</ul>");
    if (total > lines.length) {
      const more = word(msg("mail.digest.more", { count: total - lines.length }));
      text.push(more);
      html.push(`<p>${escapeHtml(more)}</p>`);
    }
  }
  const profile = `${baseUrl}/profile`;
  const choose = word(msg("mail.digest.choose"));
  const seeAll = word(msg("mail.digest.seeAll"));
  const signature = word(msg("mail.signature"));
  text.push("", `${seeAll}: ${link}`, `${choose}: ${profile}`, "", signature);
  html.push(
    `<p><a href="${escapeHtml(link)}">${escapeHtml(seeAll)}</a><br>${escapeHtml(link)}</p>`,
    `<p>${escapeHtml(choose)}: <a href="${escapeHtml(profile)}">${escapeHtml(profile)}</a></p>`,
    `<p>${escapeHtml(signature)}</p>`,
  );
  return {
    recipient: person.email,
    subject: word(msg("mail.digest.subject", { day: formatLocalDate(day) })),
    html: [
      `<!doctype html><html lang="${lang}"><body style="font-family: sans-serif; line-height: 1.5">`,
      ...html,
      "</body></html>",
    ].join("\n"),
    text: text.join("\n") + "\n",
    link,
  };
}

function lineLabel(item: TDigestItem, word: TWord): string {
  // A notification's line is its sentence, which already names the step and the task.
  if (item.section === "notifications" && item.note) return item.note;
  const where = item.stepName
    ? word(msg("mail.digest.step", { step: item.stepName, task: item.taskTitle }))
    : word(msg("mail.digest.task", { task: item.taskTitle }));
  const note = item.note ? `${item.note}: ` : "";
  const deadline = item.deadline ? word(msg("mail.digest.due", { date: formatDate(item.deadline) })) : "";
  return `${note}${where}${deadline}`;
}
