import { NextIntlClientProvider } from "next-intl";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TrendChart, type TTrendPoint } from "@/components/charts/trend-chart";
import { CATALOGS } from "@/lib/i18n/catalogs";
import type { TLocale } from "@/lib/i18n/locales";

const data: TTrendPoint[] = [
  { month: "2026-10", DONE_ON_TIME: 6, DONE_LATE: 2, OVERDUE: 0 },
  { month: "2026-11", DONE_ON_TIME: 3, DONE_LATE: 0, OVERDUE: 5 },
  { month: "2026-12", DONE_ON_TIME: 0, DONE_LATE: 0, OVERDUE: 0 },
];

const render = (points: TTrendPoint[], locale: TLocale = "vi") =>
  renderToStaticMarkup(
    createElement(NextIntlClientProvider, {
      locale,
      messages: CATALOGS[locale],
      timeZone: "Asia/Ho_Chi_Minh",
      children: createElement(TrendChart, { data: points, label: "Kết quả theo tháng: 3 tháng" }),
    }),
  );

describe("TrendChart (server-rendered SVG)", () => {
  it("is one labelled SVG image, with no script", () => {
    const html = render(data);
    expect(html).toMatch(/^<div><div [^>]*><svg [^>]*role="img"[^>]*aria-label="Kết quả theo tháng: 3 tháng"/);
    expect(html.match(/<svg /g)).toHaveLength(1);
    expect(html).toContain("<title>Kết quả theo tháng: 3 tháng</title>");
    expect(html).not.toContain("<script");
  });

  it("stacks one bar per non-zero count and names each month's numbers", () => {
    const html = render(data);
    expect(html.match(/<rect /g)).toHaveLength(4);
    expect(html).toContain(
      "<title>Tháng 11/2026: 3 hoàn thành đúng hạn, 0 hoàn thành quá hạn, 5 quá hạn (chưa xong)</title>",
    );
    for (const month of ["10/2026", "11/2026", "12/2026"]) expect(html).toContain(`>${month}</text>`);
    // Across, in percentages of the width: three months, a third each, bars 60% of their slot.
    expect(html).toContain('x="6.667%" y="');
    expect(html).toContain('width="20.000%"');
  });

  it("names the months' numbers and the legend in English for an English reader", () => {
    const html = render(data, "en");
    expect(html).toContain("<title>11/2026: 3 done on time, 0 done late, 5 overdue (not done)</title>");
    expect(html).toContain("Overdue (not done)</li>");
  });

  it("scales the tallest month to the top of the axis", () => {
    // Tallest month: 8 → axis 0, 2, 4, 6, 8; the plot spans y 8..256 of a 280-high chart.
    const html = render(data);
    const heights = [...html.matchAll(/<rect [^>]*height="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(heights[0] + heights[1]).toBeCloseTo(248);
    expect(heights[2] + heights[3]).toBeCloseTo(248);
    expect(html).toContain(">8</text>");
  });

  it("draws an empty period as an axis with no bars", () => {
    const html = render([{ month: "2026-12", DONE_ON_TIME: 0, DONE_LATE: 0, OVERDUE: 0 }]);
    expect(html).not.toContain("<rect");
    expect(html).toContain(">1</text>");
  });
});
