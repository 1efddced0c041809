import { formatDateTime } from "../format/format-date-time";
import { msg } from "../../i18n/message";
import type { TDigestMail, TWord } from "./format-daily-digest";
import type { TDigestRecipient } from "./digest-item";
import { escapeHtml } from "./digest-text";

/** One top-level unit's week, as the summary's query counts it. */
export type TWeeklyUnitRow = {
  unitId: string;
  unitName: string;
  newOverdue: number;
  openOverdue: number;
  signalsRaised: number;
  escalations: number;
};

const COLUMNS = ["newOverdue", "openOverdue", "signalsRaised", "escalations"] as const;

/**
 * The weekly summary for Vụ TCCB: per top-level unit (the rows in the order given), the steps
 * that became overdue in the period, the open overdue steps now, the signals raised and the
 * escalations; with the sector's totals and a link to the dashboard. Units with nothing in
 * any column are left out; a week with nothing at all still says so, since TCCB reads the
 * summary as proof the sector was watched.
 */
export function formatWeeklySummary(
  person: TDigestRecipient,
  rows: readonly TWeeklyUnitRow[],
  period: { key: string; from: Date; to: Date },
  baseUrl: string,
  word: TWord,
  lang = "vi",
): TDigestMail {
  const shown = rows.filter((r) => COLUMNS.some((c) => Number(r[c]) > 0));
  const total = (c: keyof TWeeklyUnitRow) => shown.reduce((sum, r) => sum + Number(r[c]), 0);
  const link = `${baseUrl}/dashboard`;
  const intro = word(
    msg("mail.weekly.intro", { week: period.key, from: formatDateTime(period.from), to: formatDateTime(period.to) }),
  );
  const heads = COLUMNS.map((c) => word(msg(`mail.weekly.column.${c}`)));
  const greeting = word(msg("mail.digest.greeting", { name: person.name }));
  const text = [greeting, intro, ""];
  const html = [`<p>${escapeHtml(greeting)}</p>`, `<p>${escapeHtml(intro)}</p>`];
  if (shown.length === 0) {
    const nothing = word(msg("mail.weekly.nothing"));
    text.push(nothing);
    html.push(`<p>${escapeHtml(nothing)}</p>`);
  } else {
    const cells = (r: TWeeklyUnitRow) => COLUMNS.map((c) => String(r[c]));
    for (const r of shown)
      text.push(
        `- ${r.unitName}: ${cells(r)
          .map((v, i) => `${heads[i]} ${v}`)
          .join("; ")}`,
      );
    const sector = word(msg("mail.weekly.sector"));
    text.push(`${sector}: ${COLUMNS.map((c, i) => `${heads[i]} ${total(c)}`).join("; ")}`);
    const th = [word(msg("mail.weekly.unit")), ...heads].map((h) => `<th align="left">${escapeHtml(h)}</th>`).join("");
    const tr = (name: string, values: string[]) =>
      `<tr><td>${escapeHtml(name)}</td>${values.map((v) => `<td align="right">${v}</td>`).join("")}</tr>`;
    html.push(
      `<table cellpadding="4" border="1" style="border-collapse: collapse"><tr>${th}</tr>`,
      ...shown.map((r) => tr(r.unitName, cells(r))),
      tr(
        sector,
        COLUMNS.map((c) => String(total(c))),
      ),
      "</table>",
    );
  }
  const see = word(msg("mail.weekly.seeDashboard"));
  const signature = word(msg("mail.signature"));
  text.push("", `${see}: ${link}`, "", signature);
  html.push(
    `<p><a href="${escapeHtml(link)}">${escapeHtml(see)}</a><br>${escapeHtml(link)}</p>`,
    `<p>${escapeHtml(signature)}</p>`,
  );
  return {
    recipient: person.email,
    subject: word(msg("mail.weekly.subject", { week: period.key })),
    html: [
      `<!doctype html><html lang="${lang}"><body style="font-family: sans-serif">`,
      ...html,
      "</body></html>",
    ].join("\n"),
    text: text.join("\n") + "\n",
    link,
  };
}
