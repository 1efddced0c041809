import { NextIntlClientProvider } from "next-intl";
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CategoryCards } from "@/components/dashboards/category-cards";
import { EscalationList } from "@/components/dashboards/escalation-list";
import { ReportOverdue, ReportSignals } from "@/components/dashboards/report-lists";
import { ReviewCandidates } from "@/components/dashboards/review-candidates";
import { SignalsTable, type TSignalRow } from "@/components/dashboards/signals-table";
import { DirectiveSummary } from "@/components/directives/directive-summary";
import type { TRollupRow } from "@/lib/domain/rollups";
import { CATALOGS } from "@/lib/i18n/catalogs";
import type { TLocale } from "@/lib/i18n/locales";

/** The visible text of a server-rendered element, in the reader's language. */
const text = (element: ReactElement, locale: TLocale = "vi") =>
  renderToStaticMarkup(
    createElement(NextIntlClientProvider, {
      locale,
      messages: CATALOGS[locale],
      timeZone: "Asia/Ho_Chi_Minh",
      children: element,
    }),
  )
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/\s+/g, " ")
    .trim();

const row: TRollupRow = {
  key: "u",
  total: 12,
  categories: { DONE_ON_TIME: 6, DONE_LATE: 1, IN_TIME: 3, OVERDUE: 2 },
  signals: {} as TRollupRow["signals"],
  signalTotal: 3,
  onTimeRate: 6 / 7,
  averageWorkingDaysLate: 1.5,
  extended: 2,
  doneWithinExtension: 1,
};
const signal: TSignalRow = {
  id: "s1",
  kind: "STALLED",
  since: new Date("2026-11-02T03:00:00Z"),
  explanation: "Không cập nhật 10 ngày.",
  answerStatus: "ANSWERED",
  countsAgainstPerson: true,
  resolvedAt: null,
  evidenceEventIds: ["e1"],
  subjectUser: null,
  unit: { name: "Phòng A" },
  task: { id: "t1", title: "Rà soát", directive: { number: "1/CV" } },
};

describe("dashboard words", () => {
  it("keeps the Vietnamese of the cards and words them in English", () => {
    const vi = text(createElement(CategoryCards, { row, level: "step", hrefFor: () => "#", totalHref: "#" }));
    expect(vi).toContain("Hoàn thành đúng hạn 6 khâu");
    expect(vi).toContain("Tổng số khâu: 12");
    expect(vi).toContain("Tỷ lệ hoàn thành đúng hạn: 85,7%");
    expect(vi).toContain("Trễ trung bình: 1,5 ngày làm việc");
    expect(vi).toContain("Đã gia hạn: 2");
    const en = text(createElement(CategoryCards, { row, level: "task", hrefFor: () => "#", totalHref: "#" }), "en");
    expect(en).toContain("Total tasks: 12");
    expect(en).toContain("On-time completion rate: 85.7%");
    expect(en).toContain("Average delay: 1.5 working days");
  });

  it("keeps the Vietnamese of a signal row", () => {
    const vi = text(createElement(SignalsTable, { signals: [signal], caption: "c" }));
    expect(vi).toContain("Trì trệ, cầm chừng từ 02/11/2026 · đang diễn ra");
    expect(vi).toContain("(đơn vị) Phòng A");
    expect(vi).toContain("· sự kiện 1 Đã giải trình, chờ xem xét");
    expect(text(createElement(SignalsTable, { signals: [signal], caption: "c" }), "en")).toContain(
      "Stalled since 02/11/2026 · ongoing",
    );
  });

  it("keeps the printed report's sections", () => {
    expect(text(createElement(ReportSignals, { signals: [], total: 0 }))).toBe(
      "II. Cảnh báo trách nhiệm trong kỳ (0) STT Cán bộ Đơn vị Loại cảnh báo Từ ngày Diễn giải Giải trình Không có cảnh báo nào.",
    );
    expect(text(createElement(ReportOverdue, { items: [], total: 0 }), "en")).toContain("III. Overdue work (0)");
  });

  it("keeps an escalation's sentence", () => {
    const vi = text(
      createElement(EscalationList, {
        escalations: [
          {
            id: "x",
            kind: "AUTOMATIC",
            level: 2,
            reason: "Quá hạn 5 ngày",
            createdAt: new Date("2026-11-02T03:00:00Z"),
            task: { id: "t", title: "Rà soát" },
            step: { name: "Xử lý", owner: { name: "An" } },
            fromUnit: { name: "Phòng A" },
            toUnit: { name: "Sở B" },
            raisedBy: null,
          },
        ],
      }),
    );
    expect(vi).toBe(
      "Rà soát Tự động, cấp 2 · từ Phòng A lên Sở B · 02/11/2026 · Khâu “Xử lý” của An Lý do: Quá hạn 5 ngày",
    );
  });

  it("counts review candidates in the reader's number format", () => {
    const props = { candidates: [], total: 1234, rules: [], personHref: () => "#" };
    expect(text(createElement(ReviewCandidates, props))).toContain(
      "Hiển thị 0 trong 1.234 cán bộ, đáp ứng nhiều tiêu chí nhất trước.",
    );
    expect(text(createElement(ReviewCandidates, props), "en")).toContain("Showing 0 of 1,234 staff members");
  });

  it("names a directive's kind from the catalog", () => {
    const d = {
      number: "1/CT",
      kind: "CHI_THI",
      issuer: "BHXH Việt Nam",
      issuedAt: new Date("2026-11-02T03:00:00Z"),
      subject: "V/v",
      summary: null,
      implements: null,
      implementedBy: [],
      attachments: [],
      createdBy: null,
    };
    expect(text(createElement(DirectiveSummary, { directive: d }))).toContain("Loại văn bản Chỉ thị");
    expect(text(createElement(DirectiveSummary, { directive: d }), "en")).toContain("Type of document Directive");
    expect(text(createElement(DirectiveSummary, { directive: d }), "en")).toContain("Attachments None");
  });
});
