import "server-only";
import type { TLocale } from "@/lib/i18n/locales";
import { msg, type TMessage } from "@/lib/i18n/message";
import { translate } from "@/lib/i18n/translate";

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

export type TUnsubscribePage = {
  locale: TLocale;
  title: TMessage;
  body: TMessage;
  /** The confirming button: a POST, since a GET must change nothing (mail scanners open links). */
  form?: { action: string; label: TMessage };
};

/**
 * The small page of an unsubscribe link, whole: it is opened from an e-mail by someone who may
 * not be signed in, so it stands outside the app's layout and session, and carries no script.
 */
export function renderUnsubscribePage(page: TUnsubscribePage, status: number): Response {
  const word = (m: TMessage) => escapeHtml(translate(page.locale, m));
  const form = page.form
    ? `<form method="post" action="${escapeHtml(page.form.action)}">
<input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit" style="padding: 0.4rem 0.9rem; font-size: 1rem">${word(page.form.label)}</button>
</form>`
    : "";
  const html = `<!doctype html>
<html lang="${page.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${word(msg("unsubscribe.metaTitle"))}</title></head>
<body style="font-family: sans-serif; line-height: 1.5; max-width: 40rem; margin: 3rem auto; padding: 0 1rem">
<main>
<h1 style="font-size: 1.4rem">${word(page.title)}</h1>
<p>${word(page.body)}</p>
${form}
<p><a href="/profile">${word(msg("unsubscribe.profile"))}</a></p>
</main>
</body></html>
`;
  return new Response(html, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}
