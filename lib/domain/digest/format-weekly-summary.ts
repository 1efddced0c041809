import { formatDateTime } from "../format/format-date-time";
import type { TDigestMail } from "./format-daily-digest";
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

const COLUMNS: readonly [keyof TWeeklyUnitRow, string][] = [
  ["newOverdue", "Mới quá hạn trong tuần"],
  ["openOverdue", "Đang quá hạn"],
  ["signalsRaised", "Cảnh báo mới"],
  ["escalations", "Báo cáo vượt cấp"],
];

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
): TDigestMail {
  const shown = rows.filter((r) => COLUMNS.some(([c]) => Number(r[c]) > 0));
  const total = (c: keyof TWeeklyUnitRow) => shown.reduce((sum, r) => sum + Number(r[c]), 0);
  const link = `${baseUrl}/dashboard`;
  const span = `từ ${formatDateTime(period.from)} đến ${formatDateTime(period.to)}`;
  const heads = COLUMNS.map(([, label]) => label);
  const text = [`Kính gửi ${person.name},`, `Tổng hợp tuần ${period.key} (${span}), theo đơn vị cấp trên cùng:`, ""];
  const html = [
    `<p>Kính gửi ${escapeHtml(person.name)},</p>`,
    `<p>${escapeHtml(`Tổng hợp tuần ${period.key} (${span}), theo đơn vị cấp trên cùng:`)}</p>`,
  ];
  if (shown.length === 0) {
    text.push("Không có việc quá hạn, cảnh báo hay báo cáo vượt cấp nào trong tuần.");
    html.push("<p>Không có việc quá hạn, cảnh báo hay báo cáo vượt cấp nào trong tuần.</p>");
  } else {
    const cells = (r: TWeeklyUnitRow) => COLUMNS.map(([c]) => String(r[c]));
    for (const r of shown)
      text.push(
        `- ${r.unitName}: ${cells(r)
          .map((v, i) => `${heads[i]} ${v}`)
          .join("; ")}`,
      );
    text.push(`Toàn ngành: ${COLUMNS.map(([c], i) => `${heads[i]} ${total(c)}`).join("; ")}`);
    const th = ["Đơn vị", ...heads].map((h) => `<th align="left">${escapeHtml(h)}</th>`).join("");
    const tr = (name: string, values: string[]) =>
      `<tr><td>${escapeHtml(name)}</td>${values.map((v) => `<td align="right">${v}</td>`).join("")}</tr>`;
    html.push(
      `<table cellpadding="4" border="1" style="border-collapse: collapse"><tr>${th}</tr>`,
      ...shown.map((r) => tr(r.unitName, cells(r))),
      tr(
        "Toàn ngành",
        COLUMNS.map(([c]) => String(total(c))),
      ),
      "</table>",
    );
  }
  text.push("", `Xem bảng điều hành: ${link}`, "", "Hệ thống Trách nhiệm – BHXH Việt Nam");
  html.push(
    `<p><a href="${escapeHtml(link)}">Xem bảng điều hành</a><br>${escapeHtml(link)}</p>`,
    "<p>Hệ thống Trách nhiệm – BHXH Việt Nam</p>",
  );
  return {
    recipient: person.email,
    subject: `Tổng hợp tuần ${period.key}: việc quá hạn, cảnh báo, báo cáo vượt cấp`,
    html: [`<!doctype html><html lang="vi"><body style="font-family: sans-serif">`, ...html, "</body></html>"].join(
      "\n",
    ),
    text: text.join("\n") + "\n",
    link,
  };
}
