import "server-only";
import type { TLocale } from "@/lib/i18n/locales";
import { msg, type TMessage } from "@/lib/i18n/message";
import { translate } from "@/lib/i18n/translate";
import type { TOutgoingMail } from "./enqueue-mail";

export type TMailContent = {
  kind: string;
  recipient: string;
  subject: TMessage;
  /** Paragraphs before the link, then the link, then the paragraphs after it. */
  before: TMessage[];
  action: { label: TMessage; href: string };
  after: TMessage[];
  /**
   * A message people may refuse: the link to a page that turns this kind down (after the
   * paragraphs), and the URL a mail client posts to for a one-click unsubscribe (RFC 8058).
   */
  unsubscribe?: { label: TMessage; href: string; oneClickHref: string };
};

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/**
 * A message in the reader's language, as HTML and as plain text with the same sentences: the
 * link written out in full in both (mail readers that hide HTML links still show it), and every
 * value escaped in the HTML, since names and addresses are typed by people.
 */
export function composeMail(locale: TLocale, content: TMailContent): TOutgoingMail {
  const word = (m: TMessage) => translate(locale, m);
  const before = content.before.map(word);
  const after = [...content.after.map(word), word(msg("mail.signature"))];
  const label = word(content.action.label);
  const href = content.action.href;
  const unsubscribe = content.unsubscribe && { label: word(content.unsubscribe.label), href: content.unsubscribe.href };
  const text =
    [
      ...before,
      `${label}: ${href}`,
      ...after,
      ...(unsubscribe ? [`${unsubscribe.label}: ${unsubscribe.href}`] : []),
    ].join("\n\n") + "\n";
  const p = (s: string) => `<p>${escapeHtml(s)}</p>`;
  const html = [
    `<!doctype html><html lang="${locale}"><body style="font-family: sans-serif; line-height: 1.5">`,
    ...before.map(p),
    `<p><a href="${escapeHtml(href)}">${escapeHtml(label)}</a><br>${escapeHtml(href)}</p>`,
    ...after.map(p),
    ...(unsubscribe
      ? [
          `<p style="font-size: small"><a href="${escapeHtml(unsubscribe.href)}">${escapeHtml(unsubscribe.label)}</a></p>`,
        ]
      : []),
    "</body></html>",
  ].join("\n");
  return {
    recipient: content.recipient,
    subject: word(content.subject),
    html,
    text,
    link: href,
    kind: content.kind,
    listUnsubscribe: content.unsubscribe?.oneClickHref ?? null,
  };
}
